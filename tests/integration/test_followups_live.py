"""A follow-up is a promise: it survives a restart and arrives exactly once (real Synapse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts, bot_env

pytestmark = pytest.mark.integration

REMINDER = "Continuum keeps its promise"


async def test_a_followup_due_in_seconds_survives_a_restart_and_arrives_once(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("promise")
    env = bot_env(synapse, user_id, password, tmp_path / "data",
                  # No quiet hours, so the test does not depend on the time of day it runs.
                  CONTINUUM_FOLLOWUPS__QUIET_START="00:00:00", CONTINUUM_FOLLOWUPS__QUIET_END="00:00:00")
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        room_id = await activist.create_dm(user_id)
        await activist.wait_joined(room_id, user_id)
        for text in ("hello", "how are you"):
            await activist.send(room_id, text)
            await activist.next_from(room_id, user_id)
        await activist.send(room_id, "remind")  # the echo flow schedules a follow-up in 5 s
        await activist.next_from(room_id, user_id)
        assert await proc.stop() == 0
        await proc.start()
        await activist.wait_for(lambda: any(REMINDER in m.body for m in activist.all_from(room_id, user_id)), 60)
        await activist.send(room_id, "marker")
        marker_reply = await activist.next_from(room_id, user_id)
        while REMINDER in marker_reply.body:  # the reminder itself was the next unread message
            marker_reply = await activist.next_from(room_id, user_id)
        reminders = [m for m in activist.all_from(room_id, user_id) if REMINDER in m.body]
        assert len(reminders) == 1, "the promise is kept exactly once"
        assert reminders[0].decrypted
    finally:
        await proc.kill()
