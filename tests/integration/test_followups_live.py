"""A follow-up is a promise: it survives a restart and arrives exactly once (real Synapse)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.matrix.session import DataDir
from bot.platform.sealing import SecretBox
from bot.store import Store
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts, bot_env
from tests.integration.scripts import Chat, text

pytestmark = pytest.mark.integration

REMINDER = "Continuum keeps its promise"
HEARD = "Continuum heard you"


def quiet_hours(start: datetime, end: datetime) -> dict[str, str]:
    """Quiet hours by the wall clock of the default zone (UTC); equal ends mean none."""
    return {"CONTINUUM_FOLLOWUPS__QUIET_START": start.strftime("%H:%M:%S"),
            "CONTINUUM_FOLLOWUPS__QUIET_END": end.strftime("%H:%M:%S")}


async def test_a_followup_missed_while_the_bot_was_down_arrives_once_late_with_an_apology(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("promise")
    data = tmp_path / "data"
    now = datetime.now(UTC)
    # First run: quiet hours around now hold the promise back, so the bot cannot keep it before
    # it stops, however slowly this machine runs.
    env = bot_env(synapse, user_id, password, data, **quiet_hours(now - timedelta(hours=1), now + timedelta(hours=1)))
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        room_id = await activist.create_dm(user_id)
        await activist.wait_joined(room_id, user_id)
        chat = Chat(activist, room_id, user_id)
        await chat.answer("hello", then="Continuum is listening")
        await chat.answer("how are you", then=HEARD)
        await chat.answer("remind", then=HEARD)  # the echo flow promises to come back in 5 s
        assert await proc.stop() == 0

        # While the bot is down, the promised time passes: ten minutes ago, well beyond the minute
        # of grace after which a follow-up counts as late.
        store = await Store.open(data / "continuum.db", SecretBox(DataDir(data).data_key(None, None)[0]))
        try:
            async with store.write() as uow:
                (row,) = await uow.followups.for_user(activist.user_id)
                assert row.status == "scheduled" and row.deliver_at > datetime.now(UTC), "held back, not kept"
                past = (datetime.now(UTC) - timedelta(minutes=10)).timestamp()
                assert await uow.followups.snooze(row.id, due_at=past, deliver_at=past)
        finally:
            await store.close()

        proc.env.update(quiet_hours(now, now))  # no quiet hours any more: nothing waits for them
        await proc.start()
        await proc.wait_line("follow-ups: 1 scheduled, 1 overdue")
        await activist.wait_for(lambda: chat.count(REMINDER) > 0, 60)
        # The bot answers a room in order: once the marker's answer is here, a second copy of the
        # reminder queued before it would be here too. (The echo flows never ask for consent to
        # storage, so where the conversation stood lived in memory only and the restart forgot it:
        # the marker starts the conversation again.)
        await chat.answer("marker", then="Continuum is listening")
        reminders = [m for m in activist.all_from(room_id, user_id) if REMINDER in m.body]
        assert len(reminders) == 1, "the promise is kept exactly once"
        assert reminders[0].decrypted
        assert reminders[0].body.startswith(text("bot-followup-late")), "late, and it says so first"
    finally:
        await proc.kill()
