"""Identity pins (each person's first-seen master key) are kept for as long as the account is
known: erasure and retention leave them, so that a person whose identity was swapped while they
were away is told when they come back — their new key counts as CHANGED, not as new. The pin is
found by a keyed hash of the user id and sealed, so no row names the person."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.care.retention import RetentionService
from bot.matrix.canonical import SigningKey, sign_json
from bot.matrix.crosssigning import CrossSigningIdentity
from bot.matrix.trust import DeviceTrust
from bot.matrix.trustgate import StoreTofu
from bot.platform.config import Retention
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from bot.store.edge import UNREADABLE_PIN
from bot.store.migrations import MIGRATIONS
from bot.store.sealed import pin_of
from tests.storekit import read, write
from tests.unit.test_privacy import ANNA, ANNA_DM, World, fill, text, traces

NOW = 1_800_000_000.0


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        yield World(store, box)
    finally:
        await store.close()


class _Api:
    def __init__(self) -> None:
        self.response: dict[str, Any] = {}

    async def keys_query(self, user_ids: list[str]) -> dict[str, Any]:
        return self.response


class _Client:
    user_id = "@bot:example.org"
    olm = None
    access_token = "x"
    users_for_key_query: set[str] = set()  # noqa: RUF012


def _reply(identity: CrossSigningIdentity, user_id: str) -> dict[str, Any]:
    key = SigningKey.generate()
    device = sign_json({"user_id": user_id, "device_id": "PHONE", "algorithms": [],
                        "keys": {"ed25519:PHONE": key.public_key, "curve25519:PHONE": "curve"}}, user_id, "PHONE", key)
    body = identity.upload_body()
    return {"device_keys": {user_id: {"PHONE": identity.sign_device(device)}},
            "master_keys": {user_id: body["master_key"]}, "self_signing_keys": {user_id: body["self_signing_key"]}}


async def _trust_check(store: Store, identity: CrossSigningIdentity, user_id: str) -> tuple[list[str], list[str]]:
    """What the bot's trust check reports for `user_id` now publishing `identity`: (new, changed)."""
    trust = DeviceTrust(_Client(), "cross-signed", StoreTofu(store))  # type: ignore[arg-type]
    api = _Api()
    api.response = _reply(identity, user_id)
    trust.api = api  # type: ignore[assignment]
    report = await trust.refresh([user_id])
    return report.new_identities, [c.user_id for c in report.changed_identities]


async def test_after_erasure_a_returning_persons_swapped_identity_is_noticed(world: World) -> None:
    first, swapped = CrossSigningIdentity.generate(ANNA), CrossSigningIdentity.generate(ANNA)
    await fill(world, uuid.uuid4().hex)
    await _trust_check(world.store, first, ANNA)
    # `fill` pinned another key for her: the one seen now is held, never re-pinned by itself.
    assert await read(world.store, lambda r: r.edge.get_master_key(ANNA)) == "anna-master-key"
    await world.say("delete my data")
    assert await world.say("yes") == [text("bot-privacy-deleted")]
    assert await world.say("yes") == [text("bot-privacy-goodbye")]
    await world.run_jobs()
    assert await traces(world.store, world.box, [ANNA, ANNA_DM]) == []  # no row names her
    # She comes back, and the server now shows another identity for her account.
    assert await _trust_check(world.store, swapped, ANNA) == ([], [ANNA])


async def test_after_months_idle_a_swapped_identity_is_still_noticed(world: World) -> None:
    first, swapped = CrossSigningIdentity.generate(ANNA), CrossSigningIdentity.generate(ANNA)
    await world.onboard()
    assert await _trust_check(world.store, first, ANNA) == ([ANNA], [])  # pinned on first sight
    world.now += timedelta(days=400)
    report = await RetentionService(world.store, Retention(), lambda: world.now).run_retention()
    assert report.deleted["people"] == 1, "everything else about her is gone"
    assert await read(world.store, lambda r: r.people.get(ANNA)) is None
    assert await _trust_check(world.store, swapped, ANNA) == ([], [ANNA])


async def test_a_pin_names_nobody_and_keeps_its_times(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        await write(store, lambda uow: uow.edge.set_master_key(ANNA, "first-key", NOW))
        await write(store, lambda uow: uow.edge.set_master_key(ANNA, "second-key", NOW + 60))
        rows = await store.db.fetchall("SELECT * FROM identity_pins")
        assert [r["pin"] for r in rows] == [pin_of(box, ANNA)] and ANNA not in rows[0]["pin"]
        assert b"second-key" not in bytes(rows[0]["sealed"])
        assert await read(store, lambda r: r.edge.identity_of(ANNA)) == {
            "master_key": "second-key", "first_seen": NOW, "changed_at": NOW + 60}
        # Another data key finds nothing: the pin is keyed by the operator's key.
        assert pin_of(SecretBox(generate_key()), ANNA) != pin_of(box, ANNA)
    finally:
        await store.close()


async def test_a_pin_that_no_longer_opens_counts_as_a_change(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        identity = CrossSigningIdentity.generate(ANNA)
        await _trust_check(store, identity, ANNA)
        async with store.db.write_tx() as conn:
            await conn.execute("UPDATE identity_pins SET sealed = x'00'")
        assert await read(store, lambda r: r.edge.get_master_key(ANNA)) == UNREADABLE_PIN
        assert await _trust_check(store, identity, ANNA) == ([], [ANNA]), "told, never silently re-pinned as new"
    finally:
        await store.close()


async def test_the_migration_turns_named_identities_into_pins(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    path = tmp_path / "continuum.db"
    async with aiosqlite.connect(path) as conn:
        conn.row_factory = aiosqlite.Row
        for migration in MIGRATIONS[:5]:
            await migration(conn, box)
        await conn.execute("PRAGMA user_version=5")
        await conn.execute("INSERT INTO identities (user_id, master_key, first_seen, changed_at) VALUES (?, ?, ?, ?)",
                           (ANNA, "anna-key", NOW, NOW + 5))
        await conn.commit()
    store = await Store.open(path, box)
    try:
        assert await store.db.version() >= 6
        tables = [r["name"] for r in await store.db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "identities" not in tables
        assert await read(store, lambda r: r.edge.identity_of(ANNA)) == {
            "master_key": "anna-key", "first_seen": NOW, "changed_at": NOW + 5}
        cells = [json.dumps(dict(r)) for r in await store.db.fetchall("SELECT pin FROM identity_pins")]
        assert cells and not any(ANNA in c for c in cells)
    finally:
        await store.close()
    assert ANNA.encode() not in path.read_bytes()
