"""The soak's verdict: a doubled, lost or undecryptable message, or a stuck person, is a FAIL
that names the person, the message and when it came."""

from __future__ import annotations

from pathlib import Path

from tests.harness import script
from tests.harness.activist import Activist, Received
from tests.harness.crowd import Chat, Outcome
from tests.harness.soak import Plan, Result, Walk, incidents

BOT = "@bot:continuum.test"
ROOM = "!room:continuum.test"
REFERENCE = ["Which language?", "Do you agree?", "Which time zone?"]


def walk(index: int, bodies: list[str], *, undecryptable: int = 0, stuck: str | None = None) -> Walk:
    person = Activist("http://127.0.0.1:1", f"@p{index}:continuum.test", "pw", Path("/nonexistent"))
    person.messages[ROOM] = [Received(f"$e{k}", BOT, b, {"body": b}, True, at=100.0 + k) for k, b in enumerate(bodies)]
    if undecryptable:
        person.undecryptable[ROOM] = undecryptable
    w = Walk(index, Chat(person, BOT, ROOM), script.Person(1), stuck=stuck)
    w.outcomes = [Outcome("hello", 99.5, 100.0), Outcome("1", 100.5, 101.0)]
    return w


def result(*walks: Walk, faults: int = 7) -> Result:
    return Result(Plan(people=len(walks)), [REFERENCE] * len(walks), list(walks), ["+  1.0s  turn 0: kill -9"],
                  {"reset_after": 2}, "", 0.0, reference_latencies=[0.5, 0.7], faults_run=(faults, 7))


def test_the_same_transcripts_pass() -> None:
    r = result(walk(0, REFERENCE), walk(1, REFERENCE))
    assert r.passed
    assert r.report().splitlines()[-1].startswith("PASS: 4/4 turns answered")


def test_a_doubled_question_fails_and_shows_when_it_came_and_after_what() -> None:
    r = result(walk(0, REFERENCE), walk(1, [REFERENCE[0], REFERENCE[1], REFERENCE[1], REFERENCE[2]]))
    assert not r.passed
    assert r.counts()["messages_extra"] == 1 and r.counts()["transcripts_equal"] == 1
    report = r.report()
    assert "person 1: transcript differs" in report
    assert "+ extra: 'Do you agree?' at +102.0s, after turn 1 ('1')" in report
    assert report.splitlines()[-1].startswith("FAIL:")


def test_a_lost_message_fails() -> None:
    r = result(walk(0, [REFERENCE[0], REFERENCE[2]]))
    assert not r.passed and r.counts()["messages_missing"] == 1
    assert "- missing: 'Do you agree?' (message 1)" in r.report()


def test_a_run_where_not_every_planned_fault_happened_fails() -> None:
    r = result(walk(0, REFERENCE), faults=6)
    assert not r.passed
    assert "only 6 of the 7 planned faults happened" in r.report()


def test_the_drops_come_last_and_every_fault_has_its_own_slot() -> None:
    schedule = Plan(seed=3).schedule()
    assert [kind for _, kind, _ in schedule][-1] == "drop"
    shares = [share for share, _, _ in schedule]
    assert shares == sorted(shares) and 0.1 < shares[0] and shares[-1] < 0.76
    assert sorted(kind for _, kind, _ in schedule) == sorted(["kill"] * 3 + ["synapse", "burst", "burst", "outage",
                                                              "drop"])


def test_an_undecryptable_message_fails_even_with_the_same_transcript() -> None:
    assert not result(walk(0, REFERENCE, undecryptable=1)).passed


def test_a_stuck_person_fails_and_shows_the_last_messages() -> None:
    r = result(walk(0, REFERENCE, stuck="turn 2: said 'yes', no timezone-ask"))
    assert not r.passed
    assert "person 0: STUCK — turn 2: said 'yes', no timezone-ask" in r.report()


def test_a_scripted_person_answers_the_shipped_questions_by_policy() -> None:
    by_id = {q.msgid: q for q in script.questions()}
    person = script.Person(1, checks=1)
    assert person.next == "hello" and person.answers() is script.asks_question
    assert person.heard(by_id["language-choose"]) == by_id["language-choose"].number("en")
    assert person.heard(by_id["onboarding-consent"]) == "yes"
    assert person.heard(by_id["timezone-ask"]) == "skip"
    menu = by_id["menu-choose"]
    assert person.heard(menu) == menu.number("hygiene")
    assert person.heard(by_id[script.hygiene_questions()[0]]) in (script.YES, script.NO, script.UNSURE)
    assert person.heard(by_id["hygiene-offer-mentor"]) == "no"
    assert person.heard(menu) == menu.number("end") and person.finished
    assert person.answers() is script.anything


def test_the_same_seed_gives_the_same_answers() -> None:
    item = next(q for q in script.questions() if q.msgid == script.hygiene_questions()[0])
    first, again = script.Person(5), script.Person(5)
    assert [first.heard(item) for _ in range(30)] == [again.heard(item) for _ in range(30)]


def test_a_bot_message_is_known_by_the_question_it_asks() -> None:
    q = next(q for q in script.questions() if q.msgid == "language-choose")
    assert script.asked(q.text + "\n\n1. English\n2. Français") == q
    assert script.asked("Hello, and welcome.") is None


def test_a_second_question_before_the_person_answers_is_a_double() -> None:
    person = Activist("http://127.0.0.1:1", "@p:continuum.test", "pw", Path("/nonexistent"))
    question = next(q.text for q in script.questions() if q.msgid == "onboarding-consent")
    said = [(BOT, "Welcome"), (BOT, question), ("@p:continuum.test", "yes"), (BOT, question), (BOT, question),
            (BOT, "tip"), (BOT, "tip")]
    person.messages[ROOM] = [Received(f"$e{k}", who, b, {"body": b}, True) for k, (who, b) in enumerate(said)]
    assert Chat(person, BOT, ROOM).doubled(script.asks_question) == 2


def test_the_bots_warnings_are_grouped_without_ids() -> None:
    log = "\n".join([
        "2026-01-01 10:00:00,001 WARNING bot.matrix.runtime: cannot send into room:ab12cd: not joined",
        "2026-01-01 10:00:00,002 WARNING bot.matrix.runtime: cannot send into room:ef34ab: not joined",
        "2026-01-01 10:00:00,003 INFO bot.app: connected; first sync",
    ])
    assert incidents(log) == {"WARNING bot.matrix.runtime: cannot send into #: not joined": 2}
