"""A protection plan against a real Synapse, with real E2EE clients and the bot as a subprocess
(issue #19): one person makes a plan in the risk check, "my plan" shows the kept steps, a kept
step's reminder arrives when due, a mentor sees the plan only after the person's yes, and a
mentor's suggested step is added when the person accepts it.

One bot process, one person, one mentor. The shipped flows are copied with one change: the
safe-place step's reminder comes after a few seconds instead of 7 days (`flows check` warns
about that; people are never asked in seconds). Nothing sleeps: every step waits for the
message it expects.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.matrix.rooms import create_encrypted_room
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts
from tests.integration.scripts import expect, open_chat_and_onboard, real_flows_env, say, text

pytestmark = pytest.mark.integration

SHIPPED_REMINDER = "text: riskcheck-step-safe-place, why: riskcheck-why-safe-place, followup: 7d"
REMINDER_S = 12  # long enough for "my plan" to show it still to come, short enough for CI
OWN_WORDS = "Do the digital check on Sunday"
SUGGESTED = "Keep a charged phone by the door at night"


def flows_with_a_quick_reminder(target: Path) -> Path:
    shutil.copytree(ROOT / "flows", target)
    riskcheck = target / "riskcheck.yaml"
    source = riskcheck.read_text(encoding="utf-8")
    assert source.count(SHIPPED_REMINDER) == 1
    riskcheck.write_text(source.replace(SHIPPED_REMINDER, SHIPPED_REMINDER.replace("7d", f"{REMINDER_S}s")),
                         encoding="utf-8")
    return target


# The risk check of a person at home who does not feel safe there and skips the rest; the plan
# offers the safe place (kept, with its reminder), the digital check (changed into their own
# words) and a later check (left out). Each answer, then the message that must follow it.
RISK_CHECK = [
    ("4", "riskcheck-where"),
    ("1", "riskcheck-home-place"),
    ("3", "riskcheck-home-routine"),
    *((answer, then) for answer, then in zip(["skip"] * 10, [
        "riskcheck-whereabouts", "riskcheck-incidents", "riskcheck-coping", "riskcheck-threat-who",
        "riskcheck-threat-what", "riskcheck-likelihood", "riskcheck-trusted", "riskcheck-network",
        "riskcheck-habits", "riskcheck-step-safe-place"], strict=True)),
    ("1", "plan-step-remind"),  # keep it
    ("yes", "riskcheck-step-hygiene"),  # remind me
    ("2", "plan-step-words"),  # change it into my own words
    (OWN_WORDS, "plan-step-remind"),
    ("no", "riskcheck-step-revisit"),
    ("3", "riskcheck-share"),  # leave it out; the plan is shown and kept
    ("no", "riskcheck-done"),  # mentors may not see it (yet)
]


def fragment(msgid: str) -> str:
    """A stretch of the message's first line that carries no variable."""
    if msgid == "plan-step-remind":
        return "Shall I ask you in"
    return text(msgid)


async def test_a_plan_is_made_shown_reminded_shared_on_consent_and_a_suggestion_accepted(
    synapse: Synapse, accounts: Accounts, activist: Activist, mentor: Activist, tmp_path: Path
) -> None:
    flows = flows_with_a_quick_reminder(tmp_path / "flows")
    bot_user, password = accounts.new("planbot")
    room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
    no_quiet_hours = {"CONTINUUM_FOLLOWUPS__QUIET_START": "00:00:00", "CONTINUUM_FOLLOWUPS__QUIET_END": "00:00:00"}
    proc = BotProcess(real_flows_env(synapse, bot_user, password, tmp_path / "data", flows, CONTINUUM_MENTOR_ROOM=room,
                                **no_quiet_hours), tmp_path / "bot.log")
    await proc.start()
    try:
        await mentor.wait_joined(room, bot_user)
        await proc.wait_line("mentor room checked")
        dm = await open_chat_and_onboard(activist, bot_user)

        # The risk check, to the plan: shown at once, kept.
        start = len(activist.all_from(dm, bot_user))
        for answer, then in RISK_CHECK:
            await say(activist, dm, bot_user, answer, fragment(then))
        made = await expect(activist, dm, bot_user, text("plan-made-head"), after=start)
        assert made.decrypted
        assert text("riskcheck-step-safe-place") in made.body and OWN_WORDS in made.body
        assert text("riskcheck-step-revisit") not in made.body

        # "my plan": the kept steps, the reminder still to come.
        mine = await say(activist, dm, bot_user, "my plan", text("plan-show-head", when="…").split("(")[0].strip())
        assert text("riskcheck-step-safe-place") in mine.body and OWN_WORDS in mine.body
        assert text("riskcheck-step-revisit") not in mine.body

        # The safe place's reminder, when due, names the step.
        due = await expect(activist, dm, bot_user, text("plan-step-due", step="…"), after=start)
        assert due.decrypted and text("riskcheck-step-safe-place") in due.body

        # A mentor: nothing of the plan before the person's yes, the plan in the thread after it.
        await say(activist, dm, bot_user, "mentor", text("mentor-person-opened"))
        card = await expect(mentor, room, bot_user, "C-0001")
        seen = len(mentor.all_from(room, bot_user))
        asked_at = len(activist.all_from(dm, bot_user))
        await mentor.send(room, "!plan 1")
        await expect(mentor, room, bot_user, text("mentor-plan-asked", case="C-0001"), after=seen)
        await expect(activist, dm, bot_user, text("plan-share-ask"), after=asked_at)
        assert not any(OWN_WORDS in m.body for m in mentor.all_from(room, bot_user))
        await say(activist, dm, bot_user, "yes", text("plan-share-yes"))
        shared = await expect(mentor, room, bot_user, text("mentor-plan-head", case="C-0001", count=2), after=seen)
        assert shared.decrypted and OWN_WORDS in shared.body
        assert shared.content["m.relates_to"]["event_id"] == card.event_id, "in the case's thread"

        # A suggested step, accepted: in the plan, and the thread is told.
        seen = len(mentor.all_from(room, bot_user))
        asked_at = len(activist.all_from(dm, bot_user))
        await mentor.send(room, f"!suggest 1 {SUGGESTED}")
        await expect(mentor, room, bot_user, text("mentor-suggest-sent", case="C-0001"), after=seen)
        ask = await expect(activist, dm, bot_user, text("plan-suggest-ask", step="…"), after=asked_at)
        assert SUGGESTED in ask.body
        await say(activist, dm, bot_user, "yes", text("plan-suggest-added"))
        await expect(mentor, room, bot_user, text("mentor-suggest-added", case="C-0001"), after=seen)
        mine = await say(activist, dm, bot_user, "my plan", text("plan-show-head", when="…").split("(")[0].strip())
        assert SUGGESTED in mine.body and text("plan-line-mentor") in mine.body
        assert not [m for m in mentor.all_from(room, bot_user) if m.body.startswith("C-0001: yes")], \
            "the person's answers went to the bot, not to the team"
    finally:
        await proc.kill()
