"""Cross-signing, secret storage and device trust against a real Synapse (no mocks).

Every signature the server hands back is verified here with our own canonical JSON + Ed25519,
and, where Node is available, an Element-like client (matrix-js-sdk + Rust crypto) confirms
that real clients see the bot's device as signed by its owner.
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
import stat
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinResponse,
    LoginResponse,
    MegolmEvent,
    RoomCreateResponse,
    RoomMessageText,
    RoomSendResponse,
    SyncResponse,
)

from bot.matrix.canonical import encode_base64, verify_signed_json
from bot.matrix.crosssigning import (
    CrossSigningAuthRequired,
    CrossSigningManager,
    IdentityMismatch,
    MatrixApi,
    parse_cross_signing_key,
)
from bot.matrix.ssss import (
    CROSS_SIGNING_SECRETS,
    SecretStorageError,
    encode_recovery_key,
    restore_from_recovery_key,
    store_identity,
)
from bot.matrix.trust import DeviceTrust, MemoryTofuStore
from bot.platform.sealing import SecretBox, generate_key
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts

pytestmark = pytest.mark.integration

Login = Callable[..., Awaitable[AsyncClient]]


@pytest.fixture
async def login(synapse: Synapse, tmp_path: Path) -> AsyncIterator[Login]:
    """Log in real nio clients (each with its own store); all are closed at the end."""
    clients: list[AsyncClient] = []

    async def _login(user_id: str, password: str, store: Path | None = None) -> AsyncClient:
        store = store or tmp_path / f"store-{secrets.token_hex(4)}"
        store.mkdir(parents=True, exist_ok=True)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True, pickle_key=secrets.token_hex(32))
        client = AsyncClient(synapse.url, user_id, store_path=str(store), config=config)
        clients.append(client)
        resp = await client.login(password, device_name="continuum-test")
        assert isinstance(resp, LoginResponse), resp
        if client.should_upload_keys:
            await client.keys_upload()
        return client

    yield _login
    for client in clients:
        await client.close()


def manager(client: AsyncClient, data: Path, box: SecretBox, password: str | None) -> CrossSigningManager:
    return CrossSigningManager(client, data / "identity" / "cross_signing.sealed", box, password)


async def published(observer: AsyncClient, user_id: str) -> dict[str, Any]:
    """What another account sees for `user_id` in /keys/query."""
    return await MatrixApi(observer).keys_query([user_id])


def assert_device_cross_signed(response: dict[str, Any], user_id: str, device_id: str, master: str) -> None:
    """The chain device <- self-signing <- master, checked cryptographically."""
    assert parse_cross_signing_key(response["master_keys"][user_id], user_id, "master") == master
    ssk_obj = response["self_signing_keys"][user_id]
    ssk = parse_cross_signing_key(ssk_obj, user_id, "self_signing")
    assert ssk is not None
    assert verify_signed_json(ssk_obj, user_id, master), "self-signing key not signed by the master key"
    device = response["device_keys"][user_id][device_id]
    assert verify_signed_json(device, user_id, device["keys"][f"ed25519:{device_id}"], device_id)
    assert verify_signed_json(device, user_id, ssk), "device not signed by the self-signing key"


async def test_ensure_publishes_identity_and_signs_device(accounts: Accounts, login: Login, tmp_path: Path) -> None:
    bot_id, bot_pw = accounts.new("bot")
    observer_id, observer_pw = accounts.new("observer")
    bot = await login(bot_id, bot_pw)
    observer = await login(observer_id, observer_pw)
    box = SecretBox(generate_key())

    mgr = manager(bot, tmp_path / "data", box, bot_pw)
    status = await mgr.ensure()
    assert status.created_identity and status.uploaded_keys and status.signed_device
    identity = mgr.load_identity()
    assert identity is not None and status.fingerprints == identity.fingerprints()

    path = mgr.identity_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    sealed = path.read_bytes()
    assert encode_base64(identity.master.seed).encode() not in sealed

    assert_device_cross_signed(await published(observer, bot_id), bot_id, bot.device_id, identity.master_key)

    # A second run changes nothing.
    again = await mgr.ensure()
    assert not again.changed
    assert again.fingerprints == status.fingerprints
    assert mgr.fingerprints() == identity.fingerprints()
    assert await mgr.published_fingerprints() == identity.fingerprints()


async def test_new_device_with_the_same_identity_file_is_signed_by_the_same_master(
    accounts: Accounts, login: Login, tmp_path: Path
) -> None:
    bot_id, bot_pw = accounts.new("bot")
    observer_id, observer_pw = accounts.new("observer")
    observer = await login(observer_id, observer_pw)
    box = SecretBox(generate_key())
    data = tmp_path / "data"

    first = await login(bot_id, bot_pw, tmp_path / "crypto-1")
    status = await manager(first, data, box, bot_pw).ensure()
    await first.logout()

    # A fresh crypto store and a new login: a new device, the same sealed identity.
    second = await login(bot_id, bot_pw, tmp_path / "crypto-2")
    assert second.device_id != first.device_id
    again = await manager(second, data, box, None).ensure()
    assert not again.created_identity and not again.uploaded_keys and again.signed_device
    assert again.fingerprints == status.fingerprints
    assert_device_cross_signed(await published(observer, bot_id), bot_id, second.device_id, status.fingerprints.master)


async def test_identity_on_server_but_not_here_is_refused_until_reset(
    accounts: Accounts, login: Login, tmp_path: Path
) -> None:
    bot_id, bot_pw = accounts.new("bot")
    box = SecretBox(generate_key())
    client = await login(bot_id, bot_pw)
    original = await manager(client, tmp_path / "old", box, bot_pw).ensure()

    elsewhere = manager(client, tmp_path / "new", box, None)  # a data dir without the file
    with pytest.raises(IdentityMismatch, match="identity restore"):
        await elsewhere.ensure()
    assert not elsewhere.identity_path.exists()

    # Replacing a published identity needs authentication: without a password, say what to do.
    with pytest.raises(CrossSigningAuthRequired, match="CONTINUUM_PASSWORD"):
        await elsewhere.reset()
    assert not elsewhere.identity_path.exists()
    assert not elsewhere.identity_path.with_name("cross_signing.sealed.new").exists()

    # With the password (m.login.password UIA) it goes through, on purpose.
    with_password = manager(client, tmp_path / "new", box, bot_pw)
    reset = await with_password.reset()
    assert reset.fingerprints.master != original.fingerprints.master
    assert await with_password.published_fingerprints() == reset.fingerprints
    assert not (await with_password.ensure()).changed

    # The old data dir now holds an identity the server no longer publishes: refused.
    with pytest.raises(IdentityMismatch, match="different cross-signing master key"):
        await manager(client, tmp_path / "old", box, bot_pw).ensure()


async def test_wrong_password_is_reported(accounts: Accounts, login: Login, tmp_path: Path) -> None:
    bot_id, bot_pw = accounts.new("bot")
    box = SecretBox(generate_key())
    client = await login(bot_id, bot_pw)
    await manager(client, tmp_path / "a", box, bot_pw).ensure()
    with pytest.raises(CrossSigningAuthRequired, match="refused the bot's password"):
        await manager(client, tmp_path / "b", box, "not-the-password").reset()


async def test_secret_storage_round_trip_onto_a_new_machine(accounts: Accounts, login: Login, tmp_path: Path) -> None:
    bot_id, bot_pw = accounts.new("bot")
    observer_id, observer_pw = accounts.new("observer")
    observer = await login(observer_id, observer_pw)
    first = await login(bot_id, bot_pw, tmp_path / "crypto-1")
    mgr = manager(first, tmp_path / "machine-1", SecretBox(generate_key()), bot_pw)
    status = await mgr.ensure()
    own = mgr.load_identity()
    assert own is not None

    stored = await store_identity(first, own)
    assert stored.new_key and stored.recovery_key.startswith("Es")
    assert stored.recovery_key not in repr(stored)

    # The server holds ciphertext only.
    api = MatrixApi(first)
    assert await api.get_account_data("m.secret_storage.default_key") == {"key": stored.key_id}
    description = await api.get_account_data(f"m.secret_storage.key.{stored.key_id}")
    assert description is not None
    assert description["algorithm"] == "m.secret_storage.v1.aes-hmac-sha2"
    assert {"iv", "mac"} <= set(description)
    contents = [await api.get_account_data(name) for name in CROSS_SIGNING_SECRETS]
    for content in contents:
        assert content is not None and set(content["encrypted"]) == {stored.key_id}
    for key in (own.master, own.self_signing, own.user_signing):
        assert encode_base64(key.seed) not in str(contents)

    # Storing again without the recovery key would orphan it: refused. With it: reused.
    with pytest.raises(SecretStorageError, match="already has secret storage"):
        await store_identity(first, own)
    again = await store_identity(first, own, stored.recovery_key)
    assert again.key_id == stored.key_id and not again.new_key

    # A new machine: fresh crypto store, new login, no identity file.
    second = await login(bot_id, bot_pw, tmp_path / "crypto-2")
    with pytest.raises(SecretStorageError, match="does not open"):
        await restore_from_recovery_key(second, encode_recovery_key(secrets.token_bytes(32)))
    restored = await restore_from_recovery_key(second, stored.recovery_key.replace(" ", ""))
    assert restored.fingerprints() == status.fingerprints

    adopted = await manager(second, tmp_path / "machine-2", SecretBox(generate_key()), None).adopt(restored)
    assert adopted.signed_device and not adopted.uploaded_keys
    assert adopted.fingerprints == status.fingerprints
    assert_device_cross_signed(await published(observer, bot_id), bot_id, second.device_id, status.fingerprints.master)


# -- device trust ---------------------------------------------------------------------------------

WAIT = 30.0
ENCRYPTION = {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}


class Peer:
    """A nio client driven by hand: each `sync` long-polls, and events are kept per room."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.timeline: dict[str, list[Any]] = {}
        self.last: SyncResponse | None = None

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    async def sync(self, timeout_ms: int = 1000) -> SyncResponse:
        response = await self.client.sync(timeout=timeout_ms, full_state=self.last is None)
        assert isinstance(response, SyncResponse), response
        self.last = response
        for room_id, info in response.rooms.join.items():
            self.timeline.setdefault(room_id, []).extend(info.timeline.events)
        await self.client.send_to_device_messages()
        if self.client.should_query_keys:
            await self.client.keys_query()
        return response

    async def wait_event(self, room_id: str, predicate: Callable[[Any], bool], timeout: float = WAIT) -> Any:
        """Long-poll /sync (the server answers as soon as something arrives) until an event matches."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            for event in self.timeline.get(room_id, []):
                if predicate(event):
                    return event
            await self.sync()
        raise AssertionError(f"no matching event in {room_id} within {timeout}s")


async def encrypted_room(owner: Peer, *members: Peer) -> str:
    response = await owner.client.room_create(invite=[m.user_id for m in members], initial_state=[ENCRYPTION])
    assert isinstance(response, RoomCreateResponse), response
    for member in members:
        joined = await member.client.join(response.room_id)
        assert isinstance(joined, JoinResponse), joined
        await member.sync()
    await owner.sync()
    return str(response.room_id)


def device_of(peer: Peer, owner: Peer) -> Any:
    return peer.client.device_store[owner.user_id][str(owner.client.device_id)]


async def test_device_trust_verifies_cross_signed_and_blacklists_the_rest(
    accounts: Accounts, login: Login, tmp_path: Path
) -> None:
    box = SecretBox(generate_key())
    bot_id, bot_pw = accounts.new("bot")
    signed_id, signed_pw = accounts.new("signed")
    plain_id, plain_pw = accounts.new("plain")
    bot = Peer(await login(bot_id, bot_pw))
    signed = Peer(await login(signed_id, signed_pw))
    plain = Peer(await login(plain_id, plain_pw))
    bot_status = await manager(bot.client, tmp_path / "bot", box, bot_pw).ensure()
    signed_mgr = manager(signed.client, tmp_path / "signed", box, signed_pw)
    first_identity = await signed_mgr.ensure()
    for peer in (bot, signed, plain):
        await peer.sync()

    room_id = await encrypted_room(bot, signed, plain)
    tofu = MemoryTofuStore()
    trust = DeviceTrust(bot.client, "cross-signed", tofu, own_master_key=bot_status.fingerprints.master)
    report = await trust.prepare_send(room_id)

    assert report.is_trusted(signed_id, str(signed.client.device_id))
    assert str(plain.client.device_id) in report.untrusted[plain_id]
    assert plain_id in report.without_identity
    assert signed_id in report.new_identities
    assert tofu.keys[signed_id] == first_identity.fingerprints.master
    assert bot.client.olm.is_device_verified(device_of(bot, signed))
    assert bot.client.olm.is_device_blacklisted(device_of(bot, plain))
    assert trust.is_trusted_sender(signed_id, str(signed.client.device_id))
    assert not trust.is_trusted_sender(plain_id, str(plain.client.device_id))
    assert not (await trust.update()).nio_changes  # idempotent

    # nio now shares the room key with the cross-signed device only, without ignoring anyone.
    sent = await bot.client.room_send(
        room_id,
        "m.room.message",
        {"msgtype": "m.text", "body": "for cross-signed eyes"},
        ignore_unverified_devices=trust.ignore_unverified_devices,
    )
    assert isinstance(sent, RoomSendResponse), sent
    got = await signed.wait_event(room_id, lambda e: e.event_id == sent.event_id)
    assert isinstance(got, RoomMessageText) and got.body == "for cross-signed eyes"
    withheld = await plain.wait_event(room_id, lambda e: e.event_id == sent.event_id)
    assert isinstance(withheld, MegolmEvent), "an uncross-signed device must not get the room key"

    # Incoming: act on the cross-signed device's message, not on the plain one's.
    for peer, body in ((signed, "from signed"), (plain, "from plain")):
        response = await peer.client.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": body}, ignore_unverified_devices=True
        )
        assert isinstance(response, RoomSendResponse), response
    from_signed = await bot.wait_event(room_id, lambda e: getattr(e, "body", None) == "from signed")
    from_plain = await bot.wait_event(room_id, lambda e: getattr(e, "body", None) == "from plain")
    assert await trust.check_event(signed_id, from_signed)
    assert not await trust.check_event(plain_id, from_plain)

    # The other account resets its identity: the change is held, never trusted on sight.
    reset = await signed_mgr.reset()
    assert reset.fingerprints.master != first_identity.fingerprints.master

    async def changed_identities() -> list[Any]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while loop.time() < deadline:
            report = await trust.on_sync(await bot.sync())
            if report.changed_identities:
                return report.changed_identities
        raise AssertionError("the identity change never reached the bot through sync")

    [change] = await changed_identities()
    assert change.user_id == signed_id
    assert change.old_master_key == first_identity.fingerprints.master
    assert change.new_master_key == reset.fingerprints.master
    assert tofu.keys[signed_id] == first_identity.fingerprints.master, "the old pin stays"
    assert tofu.held[signed_id] == reset.fingerprints.master
    # reset() re-signed that same device with the new identity; the server still carries the old
    # identity's signature on it, so it is one of the person's own devices: still trusted.
    assert trust.is_trusted_sender(signed_id, str(signed.client.device_id))
    assert bot.client.olm.is_device_verified(device_of(bot, signed))

    # A human approves: the new identity is pinned and its signature is what counts now.
    tofu.approve(signed_id)
    assert await trust.recheck_held() == {signed_id}
    assert tofu.keys[signed_id] == reset.fingerprints.master
    assert trust.is_trusted_sender(signed_id, str(signed.client.device_id))


async def test_policy_all_leaves_nio_alone_and_trusts_everyone(
    accounts: Accounts, login: Login, tmp_path: Path
) -> None:
    bot_id, bot_pw = accounts.new("bot")
    plain_id, plain_pw = accounts.new("plain")
    bot = Peer(await login(bot_id, bot_pw))
    plain = Peer(await login(plain_id, plain_pw))
    await bot.sync()
    await plain.sync()
    room_id = await encrypted_room(bot, plain)
    trust = DeviceTrust(bot.client, "all", MemoryTofuStore())
    report = await trust.prepare_send(room_id)
    assert report.nio_changes == 0
    device = device_of(bot, plain)
    assert not bot.client.olm.is_device_verified(device)
    assert not bot.client.olm.is_device_blacklisted(device)
    assert trust.is_trusted_sender(plain_id, str(plain.client.device_id))
    sent = await bot.client.room_send(
        room_id, "m.room.message", {"msgtype": "m.text", "body": "hi"}, ignore_unverified_devices=True
    )
    assert isinstance(sent, RoomSendResponse)
    got = await plain.wait_event(room_id, lambda e: e.event_id == sent.event_id)
    assert isinstance(got, RoomMessageText)


# -- what Element (matrix-js-sdk + Rust crypto) sees -----------------------------------------------

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or not (Path(__file__).parents[1] / "js" / "node_modules" / "matrix-js-sdk").is_dir(),
    reason="Node.js and tests/js/node_modules are needed for the Element-like client",
)


@needs_node
async def test_element_accepts_the_cross_signed_bot_and_the_bot_trusts_element(
    synapse: Synapse, accounts: Accounts, login: Login, tmp_path: Path
) -> None:
    from tests.harness.element import ElementClient

    bot_id, bot_pw = accounts.new("bot")
    alice_id, alice_pw = accounts.new("alice")
    bot = Peer(await login(bot_id, bot_pw))
    await manager(bot.client, tmp_path / "bot", SecretBox(generate_key()), bot_pw).ensure()
    await bot.sync()

    alice = await ElementClient.start(name="alice", isolation="only_signed", auto_join=True)
    try:
        await alice.login(synapse.url, alice_id[1:].split(":", 1)[0], alice_pw)
        await alice.bootstrap_cross_signing()

        room_id = await alice.create_dm(bot_id)
        joined = await bot.client.join(room_id)
        assert isinstance(joined, JoinResponse), joined
        await bot.sync()
        await alice.wait_event(room_id, "m.room.member", bot_id, timeout=WAIT)

        # Element sees the bot's device as signed by its owner: MSC4153 lets it through. (Rust
        # crypto keeps cross-signing identities of users it tracks, i.e. shares a room with.)
        [device] = await alice.device_info(bot_id)
        assert device["device_id"] == bot.client.device_id
        assert device["signed_by_owner"] is True
        assert (await alice.user_verification(bot_id))["has_cross_signing_keys"] is True

        # Element (only signed devices) shares its room key with the bot's device.
        await alice.send(room_id, "hello bot")
        hello = await bot.wait_event(room_id, lambda e: isinstance(e, (RoomMessageText, MegolmEvent)))
        assert isinstance(hello, RoomMessageText), "Element withheld the room key from the bot"
        assert hello.body == "hello bot"

        # The bot verifies Element's own cross-signing (made by Rust crypto) and trusts it.
        trust = DeviceTrust(bot.client, "cross-signed", MemoryTofuStore())
        assert await trust.check_event(alice_id, hello)
        await trust.prepare_send(room_id)
        assert trust.is_trusted_sender(alice_id, str(alice.device_id))

        sent = await bot.client.room_send(
            room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": "hello activist"},
            ignore_unverified_devices=trust.ignore_unverified_devices,
        )
        assert isinstance(sent, RoomSendResponse), sent
        got = await alice.wait_message(room_id, bot_id, timeout=WAIT)
        assert got["body"] == "hello activist"
        assert got["decrypted"] is True
        assert got["shield"] == {"colour": "NONE", "reason": None}, got["shield"]
    finally:
        await alice.close()
