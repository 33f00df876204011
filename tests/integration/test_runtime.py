"""The Matrix edge against a real Synapse, with a real E2EE client playing the activist."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse, free_port
from tests.integration.conftest import Accounts, bot_env

pytestmark = pytest.mark.integration


async def open_dm(activist: Activist, bot_user: str) -> str:
    room_id = await activist.create_dm(bot_user)
    await activist.wait_joined(room_id, bot_user)
    return room_id


async def test_encrypted_dm_round_trip(bot: BotProcess, activist: Activist) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    room_id = await open_dm(activist, bot_user)
    await activist.send(room_id, "hello")
    reply = await activist.next_from(room_id, bot_user)
    assert reply.decrypted, "the bot's reply must arrive end-to-end encrypted"
    assert "Continuum" in reply.body


async def test_the_bot_says_hello_once_on_joining_then_answers(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, password = accounts.new("greeter")
    env = bot_env(synapse, bot_user, password, tmp_path / "data") | {"CONTINUUM_GREETING": "true"}
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        room_id = await open_dm(activist, bot_user)
        hello = await activist.next_from(room_id, bot_user)
        assert hello.decrypted and hello.body.startswith("Hello, I am the team's bot.")
        # A restart replays nothing: the join was handled, so there is no second hello.
        assert await proc.stop() == 0
        await proc.start()
        await activist.send(room_id, "hello")
        reply = await activist.next_from(room_id, bot_user)
        assert reply.decrypted and "Continuum" in reply.body
        assert len(activist.all_from(room_id, bot_user)) == 2
    finally:
        await proc.stop()


async def test_restart_keeps_decrypting_both_ways(bot: BotProcess, activist: Activist) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    room_id = await open_dm(activist, bot_user)
    await activist.send(room_id, "before restart")
    assert (await activist.next_from(room_id, bot_user)).decrypted
    assert await bot.stop() == 0
    await bot.start()
    await activist.send(room_id, "after restart")
    reply = await activist.next_from(room_id, bot_user)
    assert reply.decrypted and "Continuum" in reply.body
    assert activist.undecryptable.get(room_id, 0) == 0


async def test_message_sent_while_down_is_answered_once_after_restart(bot: BotProcess, activist: Activist) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    room_id = await open_dm(activist, bot_user)
    await activist.send(room_id, "first")
    await activist.next_from(room_id, bot_user)
    assert await bot.stop() == 0
    await activist.send(room_id, "while you were away")
    await bot.start()
    await activist.next_from(room_id, bot_user)
    # A marker message proves the bot has moved past the backlog; then count replies exactly.
    await activist.send(room_id, "marker")
    await activist.next_from(room_id, bot_user)
    assert len(activist.all_from(room_id, bot_user)) == 3


async def test_no_reply_to_history_after_restart(bot: BotProcess, activist: Activist) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    room_id = await open_dm(activist, bot_user)
    for text in ("one", "two"):
        await activist.send(room_id, text)
        await activist.next_from(room_id, bot_user)
    assert await bot.stop() == 0
    await bot.start()
    await activist.send(room_id, "three")
    await activist.next_from(room_id, bot_user)
    assert len(activist.all_from(room_id, bot_user)) == 3, "old messages must not be answered again"


async def test_history_from_before_the_bot_was_invited_is_ignored(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, password = accounts.new("bot")
    proc = BotProcess(bot_env(synapse, bot_user, password, tmp_path / "late"), tmp_path / "late.log")
    await proc.start()
    try:
        room_id = await activist.create_dm(bot_user, invite=False)
        await activist.send(room_id, "said before the bot was invited")
        await activist.invite(room_id, bot_user)
        await activist.wait_joined(room_id, bot_user)
        await activist.send(room_id, "now")
        await activist.next_from(room_id, bot_user)
        await activist.send(room_id, "marker")
        await activist.next_from(room_id, bot_user)
        assert len(activist.all_from(room_id, bot_user)) == 2
    finally:
        await proc.kill()


async def test_unencrypted_room_is_refused_politely_then_left(bot: BotProcess, activist: Activist) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    room_id = await activist.create_dm(bot_user, encrypted=False)
    await activist.wait_joined(room_id, bot_user)
    await activist.send(room_id, "hi, in plaintext")
    notice = await activist.next_from(room_id, bot_user)
    assert "encrypted" in notice.body
    await activist.wait_left(room_id, bot_user)
    assert len(activist.all_from(room_id, bot_user)) == 1


async def test_second_process_on_the_same_data_dir_is_refused(bot: BotProcess, tmp_path: Path) -> None:
    second = BotProcess(dict(bot.env), tmp_path / "second.log")
    await second.start(expect_ready=False)
    code = await second.wait_exit()
    assert code == 1
    assert "another Continuum process" in second.output


async def test_refuses_a_saved_device_whose_crypto_store_is_gone(bot: BotProcess, tmp_path: Path) -> None:
    assert await bot.stop() == 0
    data_dir = Path(bot.env["CONTINUUM_DATA_DIR"])
    for store_file in (data_dir / "crypto").glob("*.db"):
        store_file.unlink()
    again = BotProcess(dict(bot.env), tmp_path / "again.log")
    await again.start(expect_ready=False)
    assert await again.wait_exit() == 1
    assert "crypto store is missing" in again.output


async def test_sigterm_stops_cleanly_while_syncing(bot: BotProcess) -> None:
    code = await asyncio.wait_for(bot.stop(), 30)
    assert code == 0
    assert "stopped cleanly" in bot.output


async def _forward(local_port: int, target_port: int) -> asyncio.Server:
    """A plain TCP forwarder on loopback: the homeserver becomes reachable when this starts."""

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", target_port)
        await asyncio.gather(pipe(client_r, server_w), pipe(server_r, client_w))

    return await asyncio.start_server(handle, "127.0.0.1", local_port)


async def test_an_unreachable_homeserver_is_said_and_the_start_gives_up(
    synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> None:
    user_id, password = accounts.new("lonely")
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = bot_env(synapse, user_id, password, tmp_path / "data", CONTINUUM_HOMESERVER=url,
                  CONTINUUM_STARTUP_TIMEOUT_SECONDS="3")
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start(expect_ready=False)
    await proc.wait_line(f"connecting to the homeserver at {url}", timeout=30)
    assert await proc.wait_exit(timeout=60) != 0
    assert f"cannot reach the homeserver at {url}" in proc.output
    assert "Traceback" not in proc.output


async def test_the_bot_waits_for_a_homeserver_that_comes_up_late(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("patient")
    port = free_port()
    env = bot_env(synapse, user_id, password, tmp_path / "data", CONTINUUM_HOMESERVER=f"http://127.0.0.1:{port}")
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start(expect_ready=False)
    try:
        await proc.wait_line("trying again in", timeout=30)
        forwarder = await _forward(port, int(synapse.url.rsplit(":", 1)[1]))
        try:
            await proc.wait_line("Continuum is running as " + user_id, timeout=90)  # the bot's own id, in clear
            room_id = await open_dm(activist, user_id)
            await activist.send(room_id, "hello")
            assert (await activist.next_from(room_id, user_id)).decrypted
        finally:
            forwarder.close()
    finally:
        await proc.kill()
