"""A replaced master key is held, not trusted — against a real Synapse, with real E2EE clients.

The attack a compelled or malicious homeserver can make (README, "Device trust"): log in a new
device on a person's account, upload a new master and self-signing key, and sign that device
with them. The bot keeps trusting the person's own device (still signed by the identity it
pinned), gives the new device no room key and ignores what it says, tells the person (on the
old device), the mentors (by a label, never the Matrix id) and the admin (in their direct chat);
after a mentor's `!identity approve` the conversation goes on with the new device.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.matrix.crosssigning import CrossSigningManager
from bot.matrix.rooms import create_encrypted_room
from bot.platform.sealing import SecretBox, generate_key
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts
from tests.integration.scripts import open_chat_and_onboard, text
from tests.integration.test_mentor_room import expect, mentor_env

pytestmark = pytest.mark.integration


async def test_a_replaced_master_key_is_held_until_a_mentor_approves(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("holdbot")
    mentor_id, mentor_password = accounts.new("holdmentor")
    admin_id, admin_password = accounts.new("holdadmin")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    admin = Activist(synapse.url, admin_id, admin_password, tmp_path / "admin-store")
    intruder = Activist(synapse.url, activist.user_id, activist.password, tmp_path / "intruder-store")
    proc: BotProcess | None = None
    try:
        await mentor.login()
        await admin.login()
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        env = mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room) | {"CONTINUUM_ADMINS": admin_id}
        proc = BotProcess(env, tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        admin_dm = await admin.create_dm(bot_user)
        await admin.wait_joined(admin_dm, bot_user)
        dm = await open_chat_and_onboard(activist, bot_user)

        # The homeserver's move: a new device, a new identity minted for the account, signing it.
        await intruder.login(cross_sign=False)
        minted = CrossSigningManager(intruder.client, tmp_path / "minted" / "identity.sealed",
                                     SecretBox(generate_key()), activist.password)
        await minted.reset()

        # The mentors and the admin are told, by a label that names nobody.
        notice = await expect(mentor, room, bot_user, "!identity approve P-")
        assert notice.decrypted and activist.user_id not in notice.body
        found = re.search(r"P-[0-9A-F]{4,}", notice.body)
        assert found is not None
        label = found.group(0)
        assert text("mentor-identity-no-case", label=label) in notice.body
        told_admin = await expect(admin, admin_dm, bot_user, label)
        assert told_admin.decrypted and activist.user_id not in told_admin.body
        # The person hears it on their own device, the one the pinned identity signed.
        warning = await expect(activist, dm, bot_user, text("bot-identity-held").split(".")[0])
        assert warning.decrypted

        # The new device: what it says is not acted on, and it cannot read the bot's next message.
        await intruder.wait_joined(dm, bot_user)
        await intruder.wait_undecryptable(dm, warning.event_id)
        replies_before = len(activist.all_from(dm, bot_user))
        await intruder.send(dm, "menu")
        await proc.wait_line("ignored a message from an untrusted device")
        await activist.send(dm, "menu")  # the real device, still trusted
        menu = await expect(activist, dm, bot_user, text("menu-choose"), after=replies_before)
        menus = [m for m in activist.all_from(dm, bot_user)[replies_before:] if text("menu-choose") in m.body]
        assert len(menus) == 1, "the new identity's message must not be acted on"
        await intruder.wait_undecryptable(dm, menu.event_id)
        assert intruder.all_from(dm, bot_user) == [], "the held identity's device gets no room key"

        # A mentor checked with the person another way, and approves: the conversation goes on.
        await mentor.send(room, f"!identity approve {label}")
        await expect(mentor, room, bot_user, text("mentor-identity-approved", label=label))
        confirmed = await expect(intruder, dm, bot_user, text("bot-identity-confirmed"))
        assert confirmed.decrypted
        seen = len(intruder.all_from(dm, bot_user))
        await intruder.send(dm, "menu")
        await expect(intruder, dm, bot_user, text("menu-choose"), after=seen)

        for secret in (activist.user_id, activist.user_id.split(":")[0][1:]):
            assert secret not in proc.output, "the logs name nobody"
    finally:
        if proc is not None:
            await proc.kill()
        await intruder.close()
        await admin.close()
        await mentor.close()
