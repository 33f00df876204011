"""Backup while the bot runs, restore on a "new machine", and carry on the same encrypted chat."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from bot.platform.sealing import generate_key, write_key_file
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts, bot_env

pytestmark = pytest.mark.integration


CONTINUUM = [sys.executable, "-m", "bot"]  # the installed command line, as an admin runs it


async def run_continuum(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")}
    full_env.update(env)
    proc = await asyncio.create_subprocess_exec(
        *CONTINUUM, *args, env=full_env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode is not None
    return proc.returncode, out.decode(errors="replace")


async def test_backup_while_running_then_restore_elsewhere_keeps_the_chat_encrypted(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, password = accounts.new("bot")
    # The key lives outside the data dir, as the README asks; the restore needs the same key.
    key_file = tmp_path / "etc" / "data.key"
    write_key_file(key_file, generate_key())
    env = bot_env(synapse, bot_user, password, tmp_path / "data", CONTINUUM_DATA_KEY_FILE=str(key_file))
    original = BotProcess(env, tmp_path / "original.log")
    await original.start()
    archive = tmp_path / "backups" / "continuum.cvb"
    archive.parent.mkdir()
    try:
        room_id = await activist.create_dm(bot_user)
        await activist.wait_joined(room_id, bot_user)
        await activist.send(room_id, "hello")
        assert (await activist.next_from(room_id, bot_user)).decrypted

        code, out = await run_continuum(["backup", str(archive)], env)
        assert code == 0, out
        assert original.proc is not None and original.proc.returncode is None, "the bot kept running"
        assert "another Continuum process" not in original.output
        assert await original.stop() == 0
    finally:
        await original.kill()
    assert not (tmp_path / "data" / "data.key").exists()

    restored_dir = tmp_path / "new-machine" / "data"
    code, out = await run_continuum(
        ["restore", str(archive), "--data-dir", str(restored_dir)], {"CONTINUUM_DATA_KEY_FILE": str(key_file)}
    )
    assert code == 0, out
    assert "Restored" in out

    restored = BotProcess(dict(env, CONTINUUM_DATA_DIR=str(restored_dir)), tmp_path / "restored.log")
    await restored.start()
    try:
        assert "logged in as a new device" not in restored.output, "the restored bot must be the same device"
        # Everything the original bot said reached the activist long before the restored bot started.
        before = len(activist.all_from(room_id, bot_user))
        await activist.send(room_id, "hello again, from after the move")
        await activist.wait_for(lambda: len(activist.all_from(room_id, bot_user)) > before, timeout=60)
        replies = activist.all_from(room_id, bot_user)[before:]
        assert replies and all(r.decrypted and r.body for r in replies)
        assert activist.undecryptable.get(room_id, 0) == 0, "the activist could not decrypt the bot"
        assert "could not be decrypted" not in restored.output, "the bot could not decrypt the activist"
    finally:
        await restored.kill()


async def test_restore_refuses_the_data_dir_of_a_running_bot(bot: BotProcess, tmp_path: Path) -> None:
    archive = tmp_path / "b.cvb"
    code, out = await run_continuum(["backup", str(archive)], bot.env)
    assert code == 0, out
    data_key = Path(bot.env["CONTINUUM_DATA_DIR"]) / "data.key"  # generated beside the data (no key set)
    assert "keep a copy of it" in out
    code, out = await run_continuum(
        ["restore", str(archive), "--data-dir", bot.env["CONTINUUM_DATA_DIR"], "--force"],
        {"CONTINUUM_DATA_KEY_FILE": str(data_key)},
    )
    assert code == 1
    assert "running Continuum holds" in out and "Traceback" not in out
