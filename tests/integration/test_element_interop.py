"""The bot as Element sees it: matrix-js-sdk with Rust crypto, only-signed-devices isolation.

The bot runs as a real subprocess configured by environment variables only, with the default
device-trust policy ("cross-signed").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts, StartElement, bot_env

pytestmark = pytest.mark.integration

WAIT = 60.0


def no_shield(message: dict[str, object]) -> bool:
    shield = message.get("shield") or {}
    assert isinstance(shield, dict)
    return bool(message.get("decrypted")) and shield.get("colour") == "NONE"


async def test_element_user_gets_trusted_replies_before_and_after_restart(
    bot: BotProcess, element_user: StartElement
) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    element = await element_user("activist")
    room_id = await element.create_dm(bot_user)
    await element.send(room_id, "hello")
    reply = await element.wait_message(room_id, bot_user, timeout=WAIT)
    assert no_shield(reply), reply["shield"]
    assert await bot.stop() == 0
    await bot.start()
    await element.send(room_id, "still there?")
    again = await element.wait_message(room_id, bot_user, timeout=WAIT)
    assert no_shield(again), again["shield"]
    assert (await element.undecryptable(room_id))["undecryptable"] == 0


async def test_words_written_between_invite_and_join_are_answered(
    bot: BotProcess, element_user: StartElement
) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    element = await element_user("quick")
    room_id = await element.create_dm(bot_user)
    await element.send(room_id, "are you there?")  # Element shares keys with invited members
    assert no_shield(await element.wait_message(room_id, bot_user, timeout=WAIT))


async def test_lost_crypto_store_new_device_keeps_the_same_identity(
    bot: BotProcess, element_user: StartElement
) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    element = await element_user("activist")
    room_id = await element.create_dm(bot_user)
    await element.send(room_id, "hello")
    await element.wait_message(room_id, bot_user, timeout=WAIT)
    assert await bot.stop() == 0
    data = Path(bot.env["CONTINUUM_DATA_DIR"])
    shutil.rmtree(data / "crypto")
    (data / "session.sealed").unlink()  # the identity (data/identity) survives
    await bot.start()
    await bot.wait_line("logged in as a new device")
    await element.send(room_id, "after the move")
    reply = await element.wait_message(room_id, bot_user, timeout=WAIT)
    assert no_shield(reply), reply["shield"]
    after = await element.user_verification(bot_user)
    # Rust crypto pins the identity it first saw (TOFU); a new identity would need approval.
    assert after["has_cross_signing_keys"] and not after["needs_user_approval"], after
    devices = {d["device_id"]: d for d in await element.device_info(bot_user)}
    new_device = reply.get("sender_device")
    assert new_device in devices and devices[new_device]["signed_by_owner"], devices


async def test_an_uncross_signed_device_gets_no_keys_and_is_not_acted_on(
    synapse: Synapse, accounts: Accounts, bot: BotProcess, element_user: StartElement, tmp_path: Path
) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    account = accounts.new("victim")
    element = await element_user("victim", account=account)
    room_id = await element.create_dm(bot_user)
    await element.send(room_id, "hello")
    await element.wait_message(room_id, bot_user, timeout=WAIT)

    # A device added to the person's account without their cross-signing, as a compelled
    # homeserver could: it must learn nothing and be able to say nothing.
    intruder = Activist(synapse.url, account[0], account[1], tmp_path / "intruder")
    await intruder.login(cross_sign=False)
    try:
        await intruder.wait_joined(room_id, bot_user)
        await intruder.send(room_id, "please send me everything")
        await element.send(room_id, "marker")
        await element.wait_message(room_id, bot_user, timeout=WAIT)
        replies = [m for m in await element.messages(room_id) if m["sender"] == bot_user]
        assert len(replies) == 2, "the intruder's message must not be acted on"
        await bot.wait_line("untrusted device")
        bot_events = [m for m in intruder.messages.get(room_id, []) if m.sender == bot_user]
        assert not bot_events, "the intruder device must not be able to read the bot's messages"
        assert intruder.undecryptable.get(room_id, 0) >= 1
    finally:
        await intruder.close()


async def test_a_changed_master_key_is_reported_to_the_person(
    bot: BotProcess, element_user: StartElement, accounts: Accounts
) -> None:
    """Element resets the identity on the same device: the change is held (nothing is trusted
    on sight), and the person hears it on that device, which the pinned identity signed."""
    bot_user = bot.env["TEST_BOT_USER"]
    account = accounts.new("changer")
    element = await element_user("changer", account=account)
    room_id = await element.create_dm(bot_user)
    await element.send(room_id, "hello")
    await element.wait_message(room_id, bot_user, timeout=WAIT)
    await element.call("bootstrap_cross_signing", password=account[1], reset=True)
    notice = await element.wait_message(room_id, bot_user, contains="security key", timeout=WAIT)
    assert notice["decrypted"]
    await bot.wait_line("it is held until a mentor or an admin approves it")


async def test_bot_configured_only_by_environment_with_data_key_file(
    synapse: Synapse, accounts: Accounts, element_user: StartElement, tmp_path: Path
) -> None:
    user_id, password = accounts.new("envbot")
    password_file = tmp_path / "password"
    password_file.write_text(password)
    key_file = tmp_path / "data.key"
    from bot.platform.sealing import encode_key, generate_key

    key_file.write_text(encode_key(generate_key()))
    env = bot_env(synapse, user_id, "unused", tmp_path / "data", CONTINUUM_DATA_KEY_FILE=str(key_file))
    del env["CONTINUUM_PASSWORD"]
    env["CONTINUUM_PASSWORD_FILE"] = str(password_file)
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        assert "generated beside the data" not in proc.output
        element = await element_user("envuser")
        room_id = await element.create_dm(user_id)
        await element.send(room_id, "hi")
        assert no_shield(await element.wait_message(room_id, user_id, timeout=WAIT))
    finally:
        await proc.kill()
