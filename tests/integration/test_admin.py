"""Admin commands and hot reload against a real Synapse: a broken change never goes live."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ECHO, Accounts, bot_env

pytestmark = pytest.mark.integration


async def test_reload_refuses_a_broken_flow_and_keeps_the_old_one_live(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ECHO, content)  # links resolved: a self-contained copy
    user_id, password = accounts.new("adminbot")
    env = bot_env(synapse, user_id, password, tmp_path / "data", CONTINUUM_ADMINS=activist.user_id,
                  CONTINUUM_FLOWS_DIR=str(content / "flows"), CONTINUUM_LOCALES_DIR=str(content / "locales"))
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        room_id = await activist.create_dm(user_id)
        await activist.wait_joined(room_id, user_id)
        await activist.send(room_id, "hello")
        assert "listening" in (await activist.next_from(room_id, user_id)).body

        health = await activist.send(room_id, "!health") and await activist.next_from(room_id, user_id)
        assert "Continuum health" in health.body and "last sync" in health.body
        stats = await activist.send(room_id, "!stats") and await activist.next_from(room_id, user_id)
        assert "aggregates only" in stats.body and activist.user_id not in stats.body and room_id not in stats.body

        flow = content / "flows" / "onboarding.yaml"
        good = flow.read_text()
        flow.write_text(good.replace("goto: again", "goto: nowhere", 1))
        await activist.send(room_id, "!reload")
        refused = await activist.next_from(room_id, user_id)
        assert "Reload refused" in refused.body and "nowhere" in refused.body
        await activist.send(room_id, "still working?")
        assert "heard you" in (await activist.next_from(room_id, user_id)).body, "the old flows stay live"

        flow.write_text(good)
        words = content / "locales" / "en" / "onboarding.ftl"
        words.write_text(words.read_text().replace("Continuum heard you.", "Continuum heard you, freshly reloaded."))
        await activist.send(room_id, "!reload")
        assert "reloaded" in (await activist.next_from(room_id, user_id)).body
        await activist.send(room_id, "and now?")
        assert "freshly reloaded" in (await activist.next_from(room_id, user_id)).body

        words.write_text(words.read_text().replace("freshly reloaded", "reloaded by SIGHUP"))
        assert proc.proc is not None
        proc.proc.send_signal(signal.SIGHUP)
        await proc.wait_line("flows reloaded")
        await activist.send(room_id, "and after the signal?")
        assert "reloaded by SIGHUP" in (await activist.next_from(room_id, user_id)).body
    finally:
        await proc.kill()


async def test_admin_commands_from_anyone_else_are_ordinary_text(bot: BotProcess, activist: Activist) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    room_id = await activist.create_dm(bot_user)
    await activist.wait_joined(room_id, bot_user)
    await activist.send(room_id, "!reload")
    reply = await activist.next_from(room_id, bot_user)
    assert "Reload" not in reply.body and "listening" in reply.body
