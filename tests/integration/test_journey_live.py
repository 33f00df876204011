"""A first-year check-in is planned from the arrival month and delivered (real Synapse, real bot).

The shipped flows run from a copy whose journey schedule has its first stage 5 seconds after the
answer instead of 7 days; everything else — the exile flow, the planning, the follow-up timer,
the invitation with yes / later / no, stop and resume, and the check-in flow — is the real thing.

Two people plan a journey; the first (`paused`) writes **stop** before their check-in is due.
When the second one's check-in arrives, the first one's time has passed too (it was planned
earlier, and the timer delivers due rows oldest first): what the first one then gets after a
round trip through their own chat is what the pause let through. No sleep anywhere.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts
from tests.integration.scripts import Chat, onboard, open_chat, real_flows_env, text

pytestmark = pytest.mark.integration

FIRST_STAGE_S = 5


def flows_with_a_quick_first_stage(tmp_path: Path) -> Path:
    flows = tmp_path / "flows"
    shutil.copytree(ROOT / "flows", flows)
    schedule = flows / "schedules" / "journey.yaml"
    original = schedule.read_text(encoding="utf-8")
    quick = original.replace("{after: 7d,   flow: journey_week1", f"{{after: {FIRST_STAGE_S}s,   flow: journey_week1")
    assert quick != original, "the shipped schedule changed: update this test"
    schedule.write_text(quick, encoding="utf-8")
    return flows


async def plan_a_journey(chat: Chat) -> float:
    """Onboard, give this month as the arrival month, say yes; returns the time just before the yes."""
    await onboard(chat)  # no time zone given: the default, UTC
    await chat.answer("exile", then=text("exile-arrival-year"))
    today = time.gmtime()
    await chat.answer(str(today.tm_year), then=text("exile-arrival-month"))
    await chat.answer(str(today.tm_mon), then=text("exile-journey-optin"))
    before = time.time()
    await chat.answer("yes", then=text("exile-journey-on"))
    return before


async def test_a_journey_check_in_comes_at_its_time_once_across_a_restart_and_stop_holds_it(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("journey")
    env = real_flows_env(synapse, user_id, password, tmp_path / "data", flows_with_a_quick_first_stage(tmp_path))
    env.update({"CONTINUUM_FOLLOWUPS__QUIET_START": "00:00:00", "CONTINUUM_FOLLOWUPS__QUIET_END": "00:00:00"})
    proc = BotProcess(env, tmp_path / "bot.log")
    other_id, other_password = accounts.new("paused")
    other = Activist(synapse.url, other_id, other_password, tmp_path / "paused-store")
    await other.login()
    await proc.start()
    invitation = text("journey-invite-week1")
    try:
        paused = await open_chat(other, user_id)
        await plan_a_journey(paused)
        await paused.answer("stop", then=text("bot-stopped"))

        chat = await open_chat(activist, user_id)
        answered = await plan_a_journey(chat)

        # At the planned time (the bot's clock and the homeserver's are this machine's), once.
        await chat.expect(invitation)
        [offer] = [m for m in activist.all_from(chat.room_id, user_id) if invitation in m.body]
        assert offer.server_ts / 1000 >= answered + FIRST_STAGE_S - 0.01, "not before its time"
        assert offer.body.endswith(text("bot-followup-offer"))
        assert text("bot-followup-late") not in offer.body

        # Killed after the offer went out: after the restart it is not offered again, and the
        # person's yes still answers it.
        await proc.kill()
        await proc.start()
        await chat.answer("yes", then=text("journey-week1-intro")[:60])
        assert chat.count(invitation) == 1, "offered exactly once"
        assert all(m.decrypted for m in activist.all_from(chat.room_id, user_id))

        # Stop held the other person's check-in although its time passed; resume lets it out.
        await paused.answer("reminders", then=text("bot-followup-list-paused")[:40])
        assert paused.count(invitation) == 0, "stop pauses the journey's check-ins"
        await paused.answer("resume", then=text("bot-followup-resumed"))
        await paused.expect(invitation)
        assert paused.count(invitation) == 1
    finally:
        await proc.kill()
        await other.close()
