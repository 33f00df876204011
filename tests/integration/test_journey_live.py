"""A first-year check-in is planned from the arrival month and delivered (real Synapse, real bot).

The shipped flows run from a copy whose journey schedule has its first stage 5 seconds after the
answer instead of 7 days; everything else — the exile flow, the planning, the follow-up timer,
the invitation with yes / later / no and the check-in flow — is the real thing.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts
from tests.integration.test_conversations import onboard, open_chat, real_flows_env, text

pytestmark = pytest.mark.integration


def flows_with_a_quick_first_stage(tmp_path: Path) -> Path:
    flows = tmp_path / "flows"
    shutil.copytree(ROOT / "flows", flows)
    schedule = flows / "schedules" / "journey.yaml"
    original = schedule.read_text(encoding="utf-8")
    quick = original.replace("{after: 7d,   flow: journey_week1", "{after: 5s,   flow: journey_week1")
    assert quick != original, "the shipped schedule changed: update this test"
    schedule.write_text(quick, encoding="utf-8")
    return flows


async def test_a_journey_check_in_is_planned_delivered_once_and_yes_starts_it(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("journey")
    env = real_flows_env(synapse, user_id, password, tmp_path / "data", flows_with_a_quick_first_stage(tmp_path))
    env.update({"CONTINUUM_FOLLOWUPS__QUIET_START": "00:00:00", "CONTINUUM_FOLLOWUPS__QUIET_END": "00:00:00"})
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        chat = await open_chat(activist, user_id)
        await onboard(chat)  # no time zone given: the default, UTC
        await chat.answer("exile", then=text("exile-arrival-year"))
        now = datetime.now(UTC)
        await chat.answer(str(now.year), then=text("exile-arrival-month"))
        await chat.answer(str(now.month), then=text("exile-journey-optin"))
        await chat.answer("yes", then=text("exile-journey-on"))
        invitation = text("journey-invite-week1")
        await chat.expect(invitation)  # 5 seconds after the answer
        assert [b for b in chat.bodies() if invitation in b][0].endswith(text("bot-followup-offer"))
        await chat.answer("yes", then=text("journey-week1-intro")[:60])
        assert chat.count(invitation) == 1, "offered exactly once"
        assert text("bot-followup-late") not in "\n".join(chat.bodies())
        assert all(m.decrypted for m in activist.all_from(chat.room_id, user_id))
        await proc.wait_line("schedule journey: 5 follow-up(s) planned")
    finally:
        await proc.kill()
