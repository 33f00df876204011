"""The soak's verdict: a doubled, lost or undecryptable message, or a stuck person, is a FAIL
that names the person, the message and when it came."""

from __future__ import annotations

from pathlib import Path

from tests.harness.activist import Activist, Received
from tests.harness.crowd import Chat, Outcome
from tests.harness.script import Turn
from tests.harness.soak import Plan, Result, Walk, incidents

BOT = "@bot:continuum.test"
ROOM = "!room:continuum.test"
REFERENCE = ["Which language?", "Do you agree?", "Which time zone?"]


def walk(index: int, bodies: list[str], *, undecryptable: int = 0, stuck: str | None = None) -> Walk:
    person = Activist("http://127.0.0.1:1", f"@p{index}:continuum.test", "pw", Path("/nonexistent"))
    person.messages[ROOM] = [Received(f"$e{k}", BOT, b, {"body": b}, True, at=100.0 + k) for k, b in enumerate(bodies)]
    if undecryptable:
        person.undecryptable[ROOM] = undecryptable
    turns = [Turn("hello", "language-choose", REFERENCE[0]), Turn("1", "onboarding-consent", REFERENCE[1])]
    w = Walk(index, Chat(person, BOT, ROOM), turns, stuck=stuck)
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


def test_a_turn_is_answered_by_the_message_that_holds_its_question() -> None:
    turn = Turn("hello", "language-choose", "Which language would you like me to use?")
    assert turn.answered_by("Which language would you like me to use?\n1. English\n2. Français")
    assert not turn.answered_by("Hello, and welcome.")


def test_the_bots_warnings_are_grouped_without_ids() -> None:
    log = "\n".join([
        "2026-01-01 10:00:00,001 WARNING bot.matrix.runtime: cannot send into room:ab12cd: not joined",
        "2026-01-01 10:00:00,002 WARNING bot.matrix.runtime: cannot send into room:ef34ab: not joined",
        "2026-01-01 10:00:00,003 INFO bot.app: connected; first sync",
    ])
    assert incidents(log) == {"WARNING bot.matrix.runtime: cannot send into #: not joined": 2}
