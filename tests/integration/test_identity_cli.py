"""`continuum identity show / restore / reset` against a real Synapse."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest

from tests.harness.botproc import BotProcess
from tests.integration.conftest import StartElement

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


async def continuum(env: dict[str, str], *args: str, stdin: str = "") -> tuple[int, str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")} | env
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=full, cwd=ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(stdin.encode()), 120)
    return int(proc.returncode or 0), out.decode()


def recovery_key(output: str) -> str:
    match = re.search(r"\n\s{4}(Es[1-9A-HJ-NP-Za-km-z ]{40,})\n", output)
    assert match, output
    return match.group(1).strip()


async def test_recovery_key_brings_the_identity_to_a_new_machine(
    bot: BotProcess, element_user: StartElement, tmp_path: Path
) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    element = await element_user("watcher")
    room_id = await element.create_dm(bot_user)
    await element.send(room_id, "hi")
    await element.wait_message(room_id, bot_user, timeout=60)

    code, shown = await continuum(bot.env, "identity", "show")
    assert code == 0, shown
    key = recovery_key(shown)
    master = re.search(r"master key:\s+(\S+)", shown)
    assert master, shown
    code, again = await continuum(bot.env, "identity", "show")
    assert key not in again, "the recovery key is shown once"

    assert await bot.stop() == 0
    new_machine = dict(bot.env, CONTINUUM_DATA_DIR=str(tmp_path / "new-machine"))
    code, out = await continuum(new_machine, "identity", "restore", stdin=key + "\n")
    assert code == 0, out
    assert master.group(1).split()[0] in out
    moved = BotProcess(new_machine, tmp_path / "moved.log")
    await moved.start()
    try:
        await element.send(room_id, "are you the same bot?")
        reply = await element.wait_message(room_id, bot_user, timeout=60)
        assert reply["decrypted"] and reply["shield"]["colour"] == "NONE", reply["shield"]
        status = await element.user_verification(bot_user)
        assert not status["needs_user_approval"], "activists must see no identity change"
    finally:
        await moved.kill()


async def test_a_wrong_recovery_key_changes_nothing(bot: BotProcess, tmp_path: Path) -> None:
    code, _ = await continuum(bot.env, "identity", "show")
    assert code == 0
    assert await bot.stop() == 0
    elsewhere = dict(bot.env, CONTINUUM_DATA_DIR=str(tmp_path / "elsewhere"))
    wrong = "EsTc " + "1111 " * 11
    code, out = await continuum(elsewhere, "identity", "restore", stdin=wrong + "\n")
    assert code == 1 and "Traceback" not in out, out
    assert not (tmp_path / "elsewhere" / "identity" / "cross_signing.sealed").exists()
