"""The Element-like client harness is real, and it can fail.

These tests exercise `tests/harness/element.py` (matrix-js-sdk 37.5.0 with Rust crypto, as in
Element) against a real Synapse, with matrix-nio (vodozemac) on the other side where it
matters. They pin down what the bot is up against: with Element's "only signed devices"
isolation, a device that is not cross-signed by its owner gets no room keys from Element, and
its own messages are refused.
"""

from __future__ import annotations

import asyncio
import secrets
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import pytest
from nio import (
    AsyncClient,
    AsyncClientConfig,
    Event,
    LoginResponse,
    MegolmEvent,
    RoomMessageText,
    RoomSendResponse,
    SyncResponse,
)

from tests.harness.element import ElementClient, ElementClientError, Isolation
from tests.harness.synapse import Synapse

if TYPE_CHECKING:
    from tests.integration.conftest import Accounts

pytestmark = pytest.mark.integration

# Generous: a cold WASM load plus key queries on a loaded CI machine.
WAIT = 30.0


def localpart(user_id: str) -> str:
    return user_id[1:].split(":", 1)[0]


StartElement = Callable[..., Awaitable[ElementClient]]


@pytest.fixture
async def element(synapse: Synapse, accounts: Accounts) -> AsyncIterator[StartElement]:
    """Start logged-in Element clients (cross-signed unless told otherwise); all closed after."""
    started: list[ElementClient] = []

    async def start(
        prefix: str,
        *,
        isolation: Isolation = "only_signed",
        auto_join: bool = True,
        cross_sign: bool = True,
    ) -> ElementClient:
        user_id, password = accounts.new(prefix)
        client = await ElementClient.start(name=prefix, isolation=isolation, auto_join=auto_join)
        started.append(client)
        await client.login(synapse.url, localpart(user_id), password)
        if cross_sign:
            await client.bootstrap_cross_signing()
        return client

    yield start
    for client in started:
        await client.close()


class NioPeer:
    """A matrix-nio (vodozemac) client with device keys but no cross-signing, like the bot
    would be without its own cross-signing bootstrap."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.timeline: dict[str, list[Event]] = {}

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    @classmethod
    async def login(cls, synapse: Synapse, accounts: Accounts, store: Path) -> NioPeer:
        user_id, password = accounts.new("nio")
        store.mkdir(parents=True, exist_ok=True)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True, pickle_key=secrets.token_hex(32))
        client = AsyncClient(synapse.url, user_id, store_path=str(store), config=config)
        response = await client.login(password, device_name="nio peer")
        assert isinstance(response, LoginResponse), response
        if client.should_upload_keys:
            await client.keys_upload()
        peer = cls(client)
        await peer.sync()
        return peer

    async def sync(self) -> None:
        response = await self.client.sync(timeout=1000)
        assert isinstance(response, SyncResponse), response
        for room_id, info in response.rooms.join.items():
            self.timeline.setdefault(room_id, []).extend(info.timeline.events)

    async def wait_event(self, room_id: str, event_id: str, timeout: float = WAIT) -> Event:
        """Long-poll /sync (the server answers as soon as something happens) until the event shows."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            for event in self.timeline.get(room_id, []):
                if event.event_id == event_id:
                    return event
            await self.sync()
        raise AssertionError(f"nio never saw {event_id} in {room_id}")

    async def join(self, room_id: str) -> None:
        response = await self.client.join(room_id)
        assert getattr(response, "room_id", None) == room_id, response
        await self.sync()

    async def send_plaintext(self, room_id: str, body: str) -> str:
        """Bypass nio's encryption: what a buggy bot leaking cleartext would do."""
        txn = secrets.token_hex(8)
        path = f"/_matrix/client/v3/rooms/{urllib.parse.quote(room_id)}/send/m.room.message/{txn}"
        async with (
            aiohttp.ClientSession() as http,
            http.put(
                self.client.homeserver + path,
                json={"msgtype": "m.text", "body": body},
                headers={"Authorization": f"Bearer {self.client.access_token}"},
            ) as response,
        ):
            response.raise_for_status()
            return str((await response.json())["event_id"])

    async def close(self) -> None:
        await self.client.close()


@pytest.fixture
async def nio_peer(synapse: Synapse, accounts: Accounts, tmp_path: Path) -> AsyncIterator[NioPeer]:
    peer = await NioPeer.login(synapse, accounts, tmp_path / "nio-store")
    yield peer
    await peer.close()


def assert_clean(message: dict[str, Any], body: str) -> None:
    assert message["body"] == body
    assert message["decrypted"] is True, message
    assert message["shield"] == {"colour": "NONE", "reason": None}, message


# -- harness basics ------------------------------------------------------------------------------


async def test_missing_node_modules_says_how_to_fix(tmp_path: Path) -> None:
    (tmp_path / "element_client.mjs").write_text("")
    with pytest.raises(ElementClientError, match="make js-deps"):
        await ElementClient.start(tmp_path)


async def test_logged_in_client_is_cross_signed(element: StartElement) -> None:
    alice = await element("alice")
    me = await alice.whoami()
    assert me["user_id"] == alice.user_id and me["device_id"] == alice.device_id
    assert me["cross_signing_ready"] is True
    assert me["device_signed_by_owner"] is True
    assert me["isolation"] == "only_signed"


async def test_unknown_command_fails_loudly(element: StartElement) -> None:
    alice = await element("alice", cross_sign=False)
    with pytest.raises(ElementClientError, match="unknown command") as caught:
        await alice.call("teleport")
    assert caught.value.response["ok"] is False


# -- (a) two Element clients -------------------------------------------------------------------


async def test_two_cross_signed_element_clients_talk_without_warnings(element: StartElement) -> None:
    alice = await element("alice")
    bob = await element("bob")
    assert alice.user_id and bob.user_id

    room_id = await alice.create_dm(bob.user_id)
    invite = await bob.wait_invite(sender=alice.user_id)
    assert invite == {**invite, "room_id": room_id, "is_direct": True, "joined": True, "encrypted": True}

    sent = await alice.send(room_id, "hello bob")
    got = await bob.wait_message(room_id, alice.user_id)
    assert got["event_id"] == sent
    assert_clean(got, "hello bob")
    assert got["sender_device"] == alice.device_id

    reply = await bob.send(room_id, "hi alice", html="<b>hi</b> alice")
    got = await alice.wait_message(room_id, bob.user_id)
    assert got["event_id"] == reply
    assert_clean(got, "hi alice")
    assert got["formatted_body"] == "<b>hi</b> alice"

    # Each sees the other as cross-signed (signed by owner) but not verified by themselves.
    [device] = await alice.device_info(bob.user_id)
    assert device["device_id"] == bob.device_id
    assert device["signed_by_owner"] is True and device["verified"] is False
    trust = await alice.user_verification(bob.user_id)
    assert trust["has_cross_signing_keys"] is True and trust["verified"] is False

    # A wait is for a *new* message: nothing else was sent, so this one times out.
    with pytest.raises(ElementClientError, match="within") as caught:
        await bob.wait_message(room_id, alice.user_id, timeout=0.5)
    assert caught.value.response["timeout"] is True
    assert caught.value.response["undecryptable"] == 0


async def test_reactions_edits_and_encrypted_files_round_trip(element: StartElement, tmp_path: Path) -> None:
    alice = await element("alice")
    bob = await element("bob")
    assert alice.user_id and bob.user_id
    room_id = await alice.create_dm(bob.user_id)
    await bob.wait_invite(sender=alice.user_id)

    original = await alice.send(room_id, "frist")
    await bob.wait_message(room_id, alice.user_id)

    edit = await alice.edit(room_id, original, "first")
    got = await bob.wait_message(room_id, alice.user_id)
    assert got["event_id"] == edit and got["decrypted"] is True
    assert got["relates_to"] == {"rel_type": "m.replace", "event_id": original}
    assert got["new_content"]["body"] == "first"

    reaction = await bob.react(room_id, original, "👍")
    got = await alice.wait_event(room_id, "m.reaction", bob.user_id)
    # matrix-js-sdk (so Element) never encrypts reactions, by design: the relation is in the
    # clear anyway. A bot must accept plaintext m.reaction in an encrypted room.
    assert got["event_id"] == reaction and got["decrypted"] is False
    assert got["relates_to"] == {"rel_type": "m.annotation", "event_id": original, "key": "👍"}

    secret = tmp_path / "evidence.txt"
    secret.write_bytes(b"photo of the checkpoint\n" * 100)
    file_event = await alice.send_file(room_id, secret, "text/plain")
    got = await bob.wait_message(room_id, alice.user_id)
    assert got["event_id"] == file_event and got["msgtype"] == "m.file"
    assert "url" not in got["content"] and got["content"]["file"]["url"].startswith("mxc://")
    assert await bob.download(file_event) == secret.read_bytes()


# -- (b) Element's isolation decides whether an uncross-signed nio device gets the room key --------


@pytest.mark.parametrize(
    ("isolation", "nio_can_read"), [("only_signed", False), ("all", True)], ids=["only_signed", "all_devices"]
)
async def test_isolation_mode_decides_if_an_unsigned_nio_device_gets_room_keys(
    element: StartElement, nio_peer: NioPeer, isolation: Isolation, nio_can_read: bool
) -> None:
    alice = await element("alice", isolation=isolation)
    bob = await element("bob")  # a cross-signed control in the same room
    assert alice.user_id and bob.user_id

    room_id = await alice.create_room(invite=[bob.user_id, nio_peer.user_id])
    await bob.wait_invite(sender=alice.user_id)
    await nio_peer.join(room_id)
    # nio's device keys are on the server and it has no cross-signing identity at all.
    [device] = await alice.device_info(nio_peer.user_id)
    assert device["signed_by_owner"] is False

    body = f"for signed devices only {secrets.token_hex(4)}"
    event_id = await alice.send(room_id, body)

    # The control proves the message went out, encrypted and readable by signed devices.
    got = await bob.wait_message(room_id, alice.user_id)
    assert got["event_id"] == event_id
    assert_clean(got, body)

    seen = await nio_peer.wait_event(room_id, event_id)
    if nio_can_read:
        assert isinstance(seen, RoomMessageText), seen
        assert seen.body == body
    else:
        # The room key was never sent to nio's device: the event stays a MegolmEvent, and the
        # session is not in nio's store (so this is not a late-arriving key).
        assert isinstance(seen, MegolmEvent), seen
        olm = nio_peer.client.olm
        assert olm is not None
        assert olm.inbound_group_store.get(room_id, seen.sender_key, seen.session_id) is None


# -- (c) and the other way round: what Element makes of the unsigned device's messages ------------


@pytest.mark.parametrize("isolation", ["only_signed", "all"], ids=["only_signed", "all_devices"])
async def test_element_refuses_or_flags_messages_from_an_unsigned_nio_device(
    element: StartElement, nio_peer: NioPeer, isolation: Isolation
) -> None:
    alice = await element("alice", isolation=isolation)
    assert alice.user_id
    room_id = await alice.create_room(invite=[nio_peer.user_id])
    await nio_peer.join(room_id)

    await nio_peer.client.keys_query()
    response = await nio_peer.client.room_send(
        room_id,
        "m.room.message",
        {"msgtype": "m.text", "body": "from an unsigned device"},
        ignore_unverified_devices=True,
    )
    assert isinstance(response, RoomSendResponse), response
    event_id = response.event_id

    if isolation == "only_signed":
        failure = await alice.wait_undecryptable(room_id, nio_peer.user_id, timeout=WAIT)
        assert failure["event_id"] == event_id
        assert failure["reason"] == "UNSIGNED_SENDER_DEVICE"
        with pytest.raises(ElementClientError) as caught:
            await alice.wait_message(room_id, nio_peer.user_id, timeout=0.5)
        assert caught.value.response["undecryptable"] == 1
    else:
        got = await alice.wait_message(room_id, nio_peer.user_id, timeout=WAIT)
        assert got["event_id"] == event_id and got["decrypted"] is True
        assert got["shield"] == {"colour": "RED", "reason": "UNSIGNED_DEVICE"}


async def test_plaintext_in_an_encrypted_room_is_flagged(element: StartElement, nio_peer: NioPeer) -> None:
    alice = await element("alice")
    assert alice.user_id
    room_id = await alice.create_room(invite=[nio_peer.user_id])
    await nio_peer.join(room_id)

    event_id = await nio_peer.send_plaintext(room_id, "oops, cleartext")
    got = await alice.wait_message(room_id, nio_peer.user_id, timeout=WAIT)
    assert got["event_id"] == event_id
    assert got["decrypted"] is False
    assert got["shield"] == {"colour": "RED", "reason": "SENT_IN_CLEAR"}
