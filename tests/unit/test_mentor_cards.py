"""What mentors read, straight from the pure functions: cards, shared answers, listings, @room,
file names; and the small pure parts of the relay and the commands."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.authoring.loader import load_library
from bot.care.inbound import Inbound
from bot.care.mentors.cards import (
    MentorTexts,
    card,
    card_edit,
    card_update,
    case_details,
    cases_listing,
    file_content,
    file_name,
    mention_room,
    neutral_name,
    summary_block,
    summary_lines,
)
from bot.care.mentors.commands import parse
from bot.care.mentors.relay import prefixed, strip_reply_fallback
from bot.care.render import strip_bold
from bot.engine.effects import Escalate, SummaryItem
from bot.store.cases import Case, Note, SummaryLine

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
TEXTS = MentorTexts(LIB, "en")
T0 = 1_800_000_000.0


def en(msgid: str, **args: Any) -> str:
    return strip_bold(LIB.catalog.render("en", msgid, args))


def a_case(**changes: Any) -> Case:
    case = Case(id=42, user_id="@anna_k:example.org", room_id="!dm:example.org", urgency="normal", status="open",
                consent="pseudonymous", summary=(SummaryLine("**Where** are you?", "at <home> & safe"),),
                flow="threat", reason="Asked for a person", card_txn_id="t1", card_event_id="$card",
                claimed_by=None, claimed_at=None, created_at=T0, closed_at=None, repinged_at=None, relay=True,
                revealed=False, warned=False, feedback=None, handoff=None, handoff_mentor=None, handoff_room=None,
                anonymised=False)
    return replace(case, **changes)


def test_the_card_of_an_open_pseudonymous_case() -> None:
    rendered = card(TEXTS, a_case(), files=2)
    lines = rendered.plain.split("\n\n")
    assert lines[0] == en("mentor-card-title", case="C-0042", urgency=en("mentor-urgency-normal"),
                          flow=en(LIB.flows["threat"].title))
    assert lines[1] == en("mentor-card-status-open")
    assert lines[2] == en("mentor-card-reason", reason="Asked for a person")
    assert lines[3] == en("mentor-card-who", who=en("mentor-card-pseudonymous", case="C-0042"))
    assert "@anna_k" not in rendered.plain and "@anna_k" not in rendered.html
    assert lines[4] == en("mentor-card-shared") + "\n- Where are you?\n  at <home> & safe"
    assert lines[5] == en("mentor-card-files", count=2)
    assert lines[6] == en("mentor-card-howto", number=42)
    # The person's words are escaped in the HTML; the admins' Markdown is rendered.
    assert "at &lt;home&gt; &amp; safe" in rendered.html and "<home>" not in rendered.html
    assert "<strong>Where</strong> are you?" in rendered.html


def test_the_card_names_the_person_only_with_full_consent_and_forgets_them_when_erased() -> None:
    assert en("mentor-card-who", who="@anna_k:example.org") in card(TEXTS, a_case(consent="full"), 0).plain
    erased = card(TEXTS, a_case(consent="full", anonymised=True, summary=()), files=3).plain
    assert "@anna_k" not in erased
    assert en("mentor-card-erased") in erased
    assert en("mentor-card-files", count=3) not in erased  # nor what they sent


def test_the_card_of_a_claimed_and_of_a_closed_case() -> None:
    claimed = card(TEXTS, a_case(status="claimed", claimed_by="@mia:example.org"), 0).plain
    assert en("mentor-card-status-claimed", mentor="@mia:example.org") in claimed
    assert en("mentor-card-howto", number=42) in claimed
    closed = card(TEXTS, a_case(status="closed"), 0).plain
    assert en("mentor-card-status-closed") in closed
    assert en("mentor-card-howto", number=42) not in closed
    assert en("mentor-card-files", count=0) not in closed


def test_what_was_not_shared_says_so_and_an_empty_summary_says_nothing() -> None:
    assert summary_block(TEXTS, [], "none").plain == en("mentor-card-not-shared")
    assert summary_block(TEXTS, [SummaryLine("Q", "A")], "none").plain == en("mentor-card-not-shared")
    empty = summary_block(TEXTS, [], "pseudonymous")
    assert (empty.plain, empty.html) == ("", "")
    assert en("mentor-card-shared") not in card(TEXTS, a_case(summary=()), 0).plain


def test_summary_lines_render_choices_yes_no_files_and_skips_in_the_mentors_language() -> None:
    effect = Escalate(flow="threat", urgency="high", consent="pseudonymous", reason=None, summary=(
        SummaryItem("threat-danger", "danger", False),
        SummaryItem("threat-kind", "kind", "account"),
        SummaryItem("threat-evidence", "evidence_1", "ref-1"),
        SummaryItem("threat-details", "details", None),
        SummaryItem(None, "score", 7),
        SummaryItem("threat-kind", "kind", ("account", "unknown-id")),
    ))
    lines = summary_lines(MentorTexts(LIB, "en"), effect)
    no = LIB.catalog.option_label("en", "option-no")
    assert lines[0] == SummaryLine(LIB.catalog.render("en", "threat-danger"), no)
    assert lines[1].answer == LIB.catalog.option_label("en", "threat-kind-account")
    assert lines[2] == SummaryLine(LIB.catalog.render("en", "threat-evidence"), en("mentor-answer-file"), "ref-1")
    assert lines[3].answer == en("mentor-answer-skipped")
    assert lines[4] == SummaryLine("score", "7")
    assert lines[5].answer == LIB.catalog.option_label("en", "threat-kind-account") + ", unknown-id"
    # The mentors read a French person's answers in their own language.
    fr = summary_lines(MentorTexts(LIB, "fr"), effect)
    assert fr[1].answer == LIB.catalog.option_label("fr", "threat-kind-account") != lines[1].answer


def test_the_update_a_second_escalation_adds() -> None:
    effect = Escalate(flow="unknown-flow", urgency="urgent", summary=(), consent="none",
                      reason="bot-mentor-requested-reason")
    update = card_update(TEXTS, effect, a_case(), [])
    assert update.plain.split("\n\n") == [
        en("mentor-card-update", case="C-0042", urgency=en("mentor-urgency-urgent"), flow=en("mentor-flow-unknown")),
        en("mentor-card-reason", reason=en("bot-mentor-requested-reason")),
        en("mentor-card-not-shared"),
    ]


def test_a_card_edit_replaces_the_card_and_notifies_nobody() -> None:
    new = card(TEXTS, a_case(status="claimed", claimed_by="@mia:example.org"), 0)
    edit = card_edit(new, "$card")
    assert edit["m.relates_to"] == {"rel_type": "m.replace", "event_id": "$card"}
    assert edit["m.new_content"]["body"] == new.plain
    assert edit["m.new_content"]["m.mentions"] == {} and edit["m.mentions"] == {}
    assert edit["body"] == "* " + new.plain and edit["formatted_body"] == "* " + new.html


def test_mention_room_adds_the_flag_and_the_word_without_changing_the_original() -> None:
    original = {"msgtype": "m.text", "body": "urgent", "formatted_body": "<b>urgent</b>"}
    mentioned = mention_room(original)
    assert mentioned["body"] == "@room urgent" and mentioned["formatted_body"] == "@room <b>urgent</b>"
    assert mentioned["m.mentions"] == {"room": True}
    assert original == {"msgtype": "m.text", "body": "urgent", "formatted_body": "<b>urgent</b>"}
    assert "formatted_body" not in mention_room({"body": "x"})


def test_the_cases_list_and_the_case_details() -> None:
    assert cases_listing(TEXTS, [], T0).plain == en("mentor-cases-none")
    cases = [a_case(urgency="urgent"), a_case(id=7, status="claimed", claimed_by="@max:example.org", flow=None,
                                             created_at=T0 - 3 * 86400)]
    listing = cases_listing(TEXTS, cases, T0 + 5 * 60)
    assert listing.plain.splitlines() == [
        en("mentor-cases-head"),
        "- " + en("mentor-cases-line", case="C-0042", urgency=en("mentor-urgency-urgent"),
                  status=en("mentor-status-open"), flow=en(LIB.flows["threat"].title),
                  age=en("mentor-age-minutes", count=5)),
        "- " + en("mentor-cases-line", case="C-0007", urgency=en("mentor-urgency-normal"),
                  status=en("mentor-status-claimed", mentor="@max:example.org"), flow=en("mentor-flow-unknown"),
                  age=en("mentor-age-days", count=3)),
    ]
    notes = [Note(1, 42, "@mia:example.org", "called <them>", T0)]
    details = case_details(TEXTS, a_case(handoff="asked"), 0, notes, T0 + 3 * 3600)
    parts = details.plain.split("\n\n")
    assert parts[-3:] == [
        en("mentor-case-opened-at", age=en("mentor-age-hours", count=3)),
        en("mentor-case-handoff-asked"),
        en("mentor-case-notes") + "\n- @mia:example.org: called <them>",
    ]
    assert "called &lt;them&gt;" in details.html


@pytest.mark.parametrize(("seconds", "msgid", "count"), [
    (-5, "mentor-age-minutes", 0), (59 * 60, "mentor-age-minutes", 59), (60 * 60, "mentor-age-hours", 1),
    (47 * 3600 + 3599, "mentor-age-hours", 47), (48 * 3600, "mentor-age-days", 2),
])
def test_ages(seconds: float, msgid: str, count: int) -> None:
    assert TEXTS.age(seconds) == en(msgid, count=count)


def test_file_names_say_nothing_about_the_person_unless_they_shared_their_name() -> None:
    case = a_case()
    assert neutral_name(case, 2, "image/png") == "C-0042-file-2.png"
    assert neutral_name(case, 1, "application/x-unknown-thing") == "C-0042-file-1"
    assert file_name(case, 1, "anna-passport.jpg", "image/jpeg") == "C-0042-file-1.jpg"
    assert file_name(a_case(consent="full"), 1, "anna-passport.jpg", "image/jpeg") == "anna-passport.jpg"
    image = file_content("a.png", "image/png", 10, {"url": "mxc://x/y"})
    assert image["msgtype"] == "m.image" and image["info"] == {"mimetype": "image/png", "size": 10}
    assert file_content("a.pdf", "application/pdf", 1, {})["msgtype"] == "m.file"


def test_relayed_words_are_escaped_under_a_plain_label() -> None:
    content = prefixed("**C-0042:**", "<b>hi</b>\nthere")
    assert content["body"] == "C-0042: <b>hi</b>\nthere"
    assert content["formatted_body"] == "<b>C-0042:</b> &lt;b&gt;hi&lt;/b&gt;<br>there"


def test_a_reply_fallback_is_dropped_once_and_only_at_the_start() -> None:
    assert strip_reply_fallback("> <@a:x> the card\n> more\n\nmy answer") == "my answer"
    assert strip_reply_fallback("my answer\n> quoted\n\nrest") == "my answer\n> quoted\n\nrest"


def test_commands_are_parsed_with_their_rest() -> None:
    def msg(body: str) -> Inbound:
        return Inbound("!m:x", "@mia:x", "$1", 0, "text", body)

    cmd = parse(msg("  !Note 42  three people came \n"), None)
    assert cmd is not None and (cmd.name, cmd.rest, cmd.thread_case) == ("note", "42  three people came", None)
    assert parse(msg("hello !claim 3"), None) is None
    assert parse(msg("!"), None) is None
    case = a_case()
    in_thread = parse(msg("!close"), case)
    assert in_thread is not None and (in_thread.name, in_thread.rest, in_thread.thread_case) == ("close", "", case)
