"""`bot.matrix.keys`: the bot always has a key for a new person to claim.

A small HTTP stand-in for the homeserver's two key endpoints (`/sync` reports the counts, and
`/keys/upload` records what was published) lets the client's real request path run: nio parses
the sync, `KeyedClient` reads the counts nio drops, and `upload_keys` publishes.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import vodozemac
from aiohttp import web
from nio import AsyncClientConfig, KeysUploadResponse, SyncResponse

from bot.matrix.canonical import verify_signed_json
from bot.matrix.keys import ALGORITHM, KeyedClient, needs_fallback_key, needs_upload, upload_keys

USER, DEVICE = "@bot:example.org", "BOTDEVICE"


class FakeKeysServer:
    """Answers /sync with the counts it is told, and keeps what /keys/upload receives."""

    def __init__(self) -> None:
        self.one_time_keys = 0  # as the homeserver would count them
        self.unused_fallback: list[str] | None = []  # None: a homeserver that does not report it
        self.uploads: list[dict[str, Any]] = []
        self.fail_next = False

    async def sync(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = {"next_batch": f"s{len(self.uploads)}",
                                "device_one_time_keys_count": {ALGORITHM: self.one_time_keys}}
        if self.one_time_keys == 0:
            body["device_one_time_keys_count"] = {}  # as Synapse may say "none left"
        if self.unused_fallback is not None:
            body["device_unused_fallback_key_types"] = self.unused_fallback
        return web.json_response(body)

    async def upload(self, request: web.Request) -> web.Response:
        content = await request.json()
        if self.fail_next:
            self.fail_next = False
            return web.json_response({"errcode": "M_UNKNOWN", "error": "try later"}, status=500)
        self.uploads.append(content)
        self.one_time_keys += len(content.get("one_time_keys", {}))
        if content.get("fallback_keys"):
            self.unused_fallback = [ALGORITHM]
        return web.json_response({"one_time_key_counts": {ALGORITHM: self.one_time_keys}})


@pytest.fixture
async def server() -> AsyncIterator[tuple[FakeKeysServer, str]]:
    fake = FakeKeysServer()
    app = web.Application()
    app.router.add_get("/_matrix/client/r0/sync", fake.sync)
    app.router.add_get("/_matrix/client/v3/sync", fake.sync)
    app.router.add_post("/_matrix/client/r0/keys/upload", fake.upload)
    app.router.add_post("/_matrix/client/v3/keys/upload", fake.upload)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield fake, f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def client(server: tuple[FakeKeysServer, str], tmp_path: Path) -> AsyncIterator[KeyedClient]:
    config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=False, pickle_key="k" * 32)
    c = KeyedClient(server[1], USER, DEVICE, str(tmp_path), config)
    c.restore_login(USER, DEVICE, "token")
    try:
        yield c
    finally:
        await c.close()


def verify(key_object: dict[str, Any], ed25519: str) -> bool:
    """The signature covers the object without `signatures` (and so covers `"fallback": true`)."""
    return verify_signed_json(key_object, USER, ed25519, DEVICE)


async def test_a_new_device_publishes_a_signed_fallback_key_with_its_first_keys(
    server: tuple[FakeKeysServer, str], client: KeyedClient
) -> None:
    fake, _ = server
    assert needs_upload(client) and needs_fallback_key(client)
    assert isinstance(await upload_keys(client), KeysUploadResponse)
    first = fake.uploads[0]
    assert "device_keys" in first and len(first["one_time_keys"]) == 50
    (key_id, fallback), = first["fallback_keys"].items()
    assert key_id.startswith(f"{ALGORITHM}:") and fallback["fallback"] is True
    assert client.olm is not None
    assert verify(fallback, client.olm.account.identity_keys["ed25519"])
    assert not verify({**fallback, "fallback": False}, client.olm.account.identity_keys["ed25519"])
    assert not needs_upload(client)


async def test_one_time_keys_are_topped_up_after_a_sync_that_says_none_are_left(
    server: tuple[FakeKeysServer, str], client: KeyedClient
) -> None:
    """nio alone ignores a count of 0 and keeps believing its last count: it would never upload again."""
    fake, _ = server
    await upload_keys(client)
    assert isinstance(await client.sync(timeout=0), SyncResponse)
    assert not needs_upload(client)  # 50 published, the fallback key unused
    fake.one_time_keys = 0  # a burst of new people claimed them all
    assert isinstance(await client.sync(timeout=0), SyncResponse)
    assert client.one_time_keys_left == 0 and needs_upload(client)
    await upload_keys(client)
    assert len(fake.uploads[-1]["one_time_keys"]) == 50
    assert "fallback_keys" not in fake.uploads[-1]  # the fallback key was not used: kept
    fake.one_time_keys = 37
    await client.sync(timeout=0)
    await upload_keys(client)
    assert len(fake.uploads[-1]["one_time_keys"]) == 13  # back to the maximum, no more


async def test_a_used_fallback_key_is_replaced_and_the_old_one_still_opens_sessions(
    server: tuple[FakeKeysServer, str], client: KeyedClient
) -> None:
    fake, _ = server
    await upload_keys(client)
    (old_id, old), = fake.uploads[0]["fallback_keys"].items()
    await client.sync(timeout=0)
    assert not needs_fallback_key(client)
    fake.unused_fallback = []  # the homeserver handed it out
    await client.sync(timeout=0)
    assert needs_fallback_key(client)
    await upload_keys(client)
    (new_id, new), = fake.uploads[-1]["fallback_keys"].items()
    assert new_id != old_id and new["key"] != old["key"]
    assert "one_time_keys" not in fake.uploads[-1] or not fake.uploads[-1]["one_time_keys"]
    # A person whose client claimed the old fallback key before the rotation still gets through.
    assert client.olm is not None
    sender = vodozemac.Account()
    session = sender.create_outbound_session(
        vodozemac.Curve25519PublicKey.from_base64(client.olm.account.identity_keys["curve25519"]),
        vodozemac.Curve25519PublicKey.from_base64(old["key"]),
    )
    message = session.encrypt(json.dumps({"hello": True}).encode())
    _, plaintext = client.olm.account.create_inbound_session(sender.curve25519_key.to_base64(), message)
    assert json.loads(plaintext) == {"hello": True}


async def test_a_failed_upload_publishes_the_same_fallback_key_next_time(
    server: tuple[FakeKeysServer, str], client: KeyedClient
) -> None:
    fake, _ = server
    await upload_keys(client)
    await client.sync(timeout=0)
    fake.unused_fallback = []
    await client.sync(timeout=0)
    fake.fail_next = True
    assert not isinstance(await upload_keys(client), KeysUploadResponse)
    assert needs_fallback_key(client)
    assert client.olm is not None
    unpublished = {key_id: key.to_base64() for key_id, key in client.olm.account._account.fallback_key.items()}
    await upload_keys(client)
    assert {k.split(":", 1)[1]: v["key"] for k, v in fake.uploads[-1]["fallback_keys"].items()} == unpublished
    assert await upload_keys(client) is None  # nothing left to publish: no request
    assert sum(1 for u in fake.uploads if u.get("fallback_keys")) == 2


async def test_a_homeserver_that_does_not_report_fallback_keys_gets_none_pushed_on_it(
    server: tuple[FakeKeysServer, str], client: KeyedClient
) -> None:
    fake, _ = server
    await upload_keys(client)  # a new device sends one anyway, as the spec allows
    fake.unused_fallback = None
    client.unused_fallback_keys = None
    await client.sync(timeout=0)
    assert not needs_fallback_key(client)


async def test_when_every_one_time_key_was_claimed_new_people_still_get_through_on_the_fallback_key(
    server: tuple[FakeKeysServer, str], client: KeyedClient
) -> None:
    """The burst: 50 people claim the 50 one-time keys; the 51st and 52nd get the fallback key (as
    the homeserver hands it out when none is left), and the bot reads them both."""
    fake, _ = server
    await upload_keys(client)
    olm = client.olm
    assert olm is not None
    identity = vodozemac.Curve25519PublicKey.from_base64(olm.account.identity_keys["curve25519"])
    one_time = [k["key"] for k in fake.uploads[0]["one_time_keys"].values()]
    (fallback,) = [k["key"] for k in fake.uploads[0]["fallback_keys"].values()]

    def first_message(key: str, n: int) -> tuple[str, vodozemac.OlmMessage]:
        sender = vodozemac.Account()
        session = sender.create_outbound_session(identity, vodozemac.Curve25519PublicKey.from_base64(key))
        return sender.curve25519_key.to_base64(), session.encrypt(json.dumps({"n": n}).encode())

    for n, key in enumerate(one_time):
        sender_key, message = first_message(key, n)
        _, plaintext = olm.account.create_inbound_session(sender_key, message)
        assert json.loads(plaintext) == {"n": n}
    fake.one_time_keys = 0
    await client.sync(timeout=0)
    assert client.one_time_keys_left == 0 and needs_upload(client), "topped up after the burst"
    for n in (50, 51):  # no one-time key left: both are handed the fallback key
        sender_key, message = first_message(fallback, n)
        _, plaintext = olm.account.create_inbound_session(sender_key, message)
        assert json.loads(plaintext) == {"n": n}
    with pytest.raises(Exception):  # noqa: B017  # a one-time key is good for one session only
        olm.account.create_inbound_session(*first_message(one_time[0], 99))
