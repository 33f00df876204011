"""A changed security identity is held, not trusted — on a real (temporary) database.

The trust policy (`DeviceTrust` over `StoreTofu`) sees a person's master key change; the hold is
recorded and, in the same transaction, the person (their old devices only — see
`tests/integration/test_master_key_hold.py`), the mentors and the admins are told. The hold
survives a restart and is never announced twice for the same key; `!identity approve` by a
mentor (mentor room) or an admin (their direct chat) re-pins, and the new identity is trusted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.authoring.loader import load_library
from bot.care.admin import AdminDesk
from bot.care.conversations import LibraryHolder
from bot.care.inbound import Inbound
from bot.care.mentors import Mentors
from bot.care.render import strip_bold
from bot.matrix.canonical import SigningKey, sign_json
from bot.matrix.crosssigning import CrossSigningIdentity
from bot.matrix.trust import DeviceTrust
from bot.matrix.trustgate import StoreTofu
from bot.platform.config import Settings
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store, UnitOfWork
from tests.storekit import read, write

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None

MENTORS = "!mentors:example.org"
ANNA, ANNA_DM = "@anna:example.org", "!anna-dm:example.org"
MIA = "@mia:example.org"  # a mentor
ADA, ADA_DM = "@ada:example.org", "!ada-dm:example.org"  # an admin


def en(msgid: str, **args: Any) -> str:
    return strip_bold(LIB.catalog.render("en", msgid, args))


@dataclass
class Link:
    members: set[str] = field(default_factory=lambda: {MIA})

    def is_member(self, user_id: str) -> bool:
        return user_id in self.members

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        raise AssertionError("no uploads here")

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str:
        raise AssertionError("no rooms here")

    async def first_sync(self) -> None:
        return None

    async def check(self) -> list[str]:
        return []


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


def device(user_id: str, device_id: str) -> dict[str, Any]:
    key = SigningKey.generate()
    return sign_json({"user_id": user_id, "device_id": device_id, "algorithms": [],
                      "keys": {f"ed25519:{device_id}": key.public_key, f"curve25519:{device_id}": f"c{device_id}"}},
                     user_id, device_id, key)


def reply(identity: CrossSigningIdentity, devices: dict[str, dict[str, Any]]) -> dict[str, Any]:
    body = identity.upload_body()
    return {"device_keys": {ANNA: devices}, "master_keys": {ANNA: body["master_key"]},
            "self_signing_keys": {ANNA: body["self_signing_key"]}}


class Bot:
    """The trust policy and the mentors' desk over one database, wired as `bot.app` does."""

    def __init__(self, store: Store, *, consent: str | None = None) -> None:
        self.store = store
        self.settings = Settings(homeserver="https://hs.example.org", user_id="@bot:example.org",  # type: ignore[arg-type]
                                 password="x", mentor_room=MENTORS, admins=[ADA])
        self.mentors = Mentors(self.settings, store, LibraryHolder(LIB), link=Link())
        self.admin = AdminDesk(self.settings, store, Metrics(), lambda: [], identity=self.mentors.identity)
        self.announced = 0
        self.rechecks = 0
        self.mentors.identity.recheck = self._recheck
        self.tofu = StoreTofu(store, self._on_held)
        self.api = _Api()
        self.trust = self.restart()

    def restart(self) -> DeviceTrust:
        """A new trust policy over the same database, as after a restart."""
        trust = DeviceTrust(_Client(), "cross-signed", self.tofu)  # type: ignore[arg-type]
        trust.api = self.api  # type: ignore[assignment]
        self.trust = trust
        return trust

    async def _on_held(self, uow: UnitOfWork, user_id: str, label: str) -> None:
        """What `bot.matrix.identities.IdentityNotices.held` does: the person's rooms and the admins'."""
        self.announced += 1
        await self.mentors.identity.identity_held(uow, user_id, label, [ANNA_DM], [ADA_DM])

    async def _recheck(self) -> None:
        self.rechecks += 1

    async def see(self, identity: CrossSigningIdentity, devices: dict[str, dict[str, Any]]) -> None:
        self.api.response = reply(identity, devices)
        await self.trust.refresh([ANNA])

    async def command(self, sender: str, room_id: str, body: str) -> None:
        msg = Inbound(room_id=room_id, sender=sender, event_id=f"$cmd{body}", timestamp_ms=0, kind="text", body=body)
        async with self.store.write() as uow:
            if self.admin.is_command(msg):
                await self.admin.handle(uow, msg)
            elif room_id == MENTORS:
                await self.mentors.on_mentor_room(uow, msg)
            for job in uow.committed_jobs:
                await job()  # (run after the commit by the runtime; here the order does not matter)

    async def unsent(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        async with self.store.write() as uow:
            for item in await uow.edge.unsent():
                out.setdefault(item.room_id, []).append(str(item.content["body"]))
                await uow.edge.mark_sent(item.id, f"$sent{item.id}", uow.now)
        return out


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield opened
    await opened.close()


async def held_bot(store: Store) -> tuple[Bot, CrossSigningIdentity, dict[str, Any], dict[str, Any]]:
    """Anna pinned with her phone; then a new identity appears with a device of its own."""
    bot = Bot(store)
    first, minted = CrossSigningIdentity.generate(ANNA), CrossSigningIdentity.generate(ANNA)
    phone, intruder = first.sign_device(device(ANNA, "PHONE")), minted.sign_device(device(ANNA, "INTRUDER"))
    await bot.see(first, {"PHONE": phone})
    await bot.see(minted, {"PHONE": phone, "INTRUDER": intruder})
    return bot, minted, phone, intruder


async def test_a_changed_identity_is_held_and_everyone_is_told_without_naming_the_person(store: Store) -> None:
    bot, _minted, _phone, _intruder = await held_bot(store)
    assert not bot.trust.is_trusted_sender(ANNA, "INTRUDER")
    assert bot.trust.is_trusted_sender(ANNA, "PHONE")
    [hold] = await read(store, lambda r: r.identities.holds())
    assert hold.label.startswith("P-") and hold.status == "pending"
    sent = await bot.unsent()
    assert sent[ANNA_DM] == [en("bot-identity-held")]
    who = en("mentor-identity-no-case", label=hold.label)
    notice = en("mentor-identity-held", who=who, label=hold.label)
    assert sent[MENTORS] == [notice] and sent[ADA_DM] == [notice]
    assert "anna" not in notice
    assert f"!identity approve {hold.label}" in notice


async def test_with_an_open_case_the_mentors_see_its_label_and_the_name_only_if_shared(tmp_path: Path) -> None:
    for consent, shows_id in (("pseudonymous", False), ("full", True)):
        store = await Store.open(tmp_path / f"{consent}.db", SecretBox(generate_key()))
        try:
            await write(store, lambda u, c=consent: u.cases.create(  # type: ignore[misc]
                user_id=ANNA, room_id=ANNA_DM, urgency="normal", consent=c, summary=[], flow="menu", reason=None,
                now=0.0))
            bot, _minted, _phone, _intruder = await held_bot(store)
            [notice] = (await bot.unsent())[MENTORS]
            assert "C-0001" in notice
            assert (ANNA in notice) is shows_id, consent
        finally:
            await store.close()


async def test_the_hold_survives_a_restart_and_is_told_once_per_key(store: Store) -> None:
    bot, minted, phone, intruder = await held_bot(store)
    assert bot.announced == 1
    bot.restart()
    await bot.see(minted, {"PHONE": phone, "INTRUDER": intruder})
    assert not bot.trust.is_trusted_sender(ANNA, "INTRUDER"), "still held after a restart"
    assert bot.trust.is_trusted_sender(ANNA, "PHONE")
    assert bot.announced == 1, "the same key is not news"
    other = CrossSigningIdentity.generate(ANNA)
    await bot.see(other, {"PHONE": phone, "INTRUDER": other.sign_device(device(ANNA, "INTRUDER"))})
    assert bot.announced == 2, "every change is told"


async def test_a_mentor_approves_in_the_mentor_room_and_the_new_identity_is_trusted(store: Store) -> None:
    bot, minted, phone, intruder = await held_bot(store)
    [hold] = await read(store, lambda r: r.identities.holds())
    await bot.unsent()
    await bot.command(MIA, MENTORS, "!identity")
    listing = (await bot.unsent())[MENTORS][0]
    assert hold.label in listing and en("mentor-identity-status-pending") in listing

    await bot.command("@eve:example.org", MENTORS, f"!identity approve {hold.label}")  # not a member
    assert await read(store, lambda r: r.identities.holds()) == [hold] and await bot.unsent() == {}

    await bot.command(MIA, MENTORS, f"!identity reject {hold.label}")
    assert (await read(store, lambda r: r.identities.hold_of(ANNA))).status == "rejected"  # type: ignore[union-attr]
    assert (await bot.unsent())[MENTORS] == [en("mentor-identity-rejected", label=hold.label)]
    await bot.see(minted, {"PHONE": phone, "INTRUDER": intruder})
    assert not bot.trust.is_trusted_sender(ANNA, "INTRUDER"), "rejecting keeps holding"

    await bot.command(MIA, MENTORS, f"!identity approve {hold.label.lower()}")
    assert (await bot.unsent())[MENTORS] == [en("mentor-identity-approved", label=hold.label)]
    assert bot.rechecks == 1
    assert await read(store, lambda r: r.identities.holds()) == []
    assert await bot.trust.recheck_held() == {ANNA}
    assert bot.trust.is_trusted_sender(ANNA, "INTRUDER")
    pinned = await read(store, lambda r: r.identities.pinned(ANNA))
    assert pinned is not None and pinned.master_key == minted.master_key and pinned.held_key is None
    assert pinned.self_signing_key == minted.self_signing_key


async def test_an_admin_approves_by_case_number_in_their_direct_chat(store: Store) -> None:
    await write(store, lambda u: u.cases.create(user_id=ANNA, room_id=ANNA_DM, urgency="normal",
                                                consent="pseudonymous", summary=[], flow="menu", reason=None, now=0.0))
    bot, _minted, _phone, _intruder = await held_bot(store)
    await bot.unsent()
    await bot.command("@someone:example.org", "!some-dm:example.org", "!identity approve 1")
    assert await bot.unsent() == {} and await read(store, lambda r: r.identities.holds()) != []
    await bot.command(ADA, ADA_DM, "!identity approve C-0001")
    sent = await bot.unsent()
    assert sent[ADA_DM] == sent[MENTORS], "the admin is answered, and the mentors learn it too"
    assert await read(store, lambda r: r.identities.holds()) == []
    await bot.command(ADA, ADA_DM, "!identity approve P-0000")
    assert (await bot.unsent())[ADA_DM] == [en("mentor-identity-unknown", label="P-0000")]
    await bot.command(ADA, ADA_DM, "!identity")
    assert (await bot.unsent())[ADA_DM] == [en("mentor-identity-none")]


async def test_the_person_hears_when_their_new_identity_is_confirmed(store: Store) -> None:
    bot = Bot(store)
    async with store.write() as uow:
        await bot.mentors.identity.identity_confirmed(uow, ANNA, [ANNA_DM, MENTORS])
    assert await bot.unsent() == {ANNA_DM: [en("bot-identity-confirmed")]}


async def test_a_hold_names_nobody_in_the_database(store: Store) -> None:
    await held_bot(store)
    rows = await store.db.fetchall("SELECT * FROM identity_holds")
    assert len(rows) == 1
    assert all(ANNA not in str(value) and "anna" not in str(value) for value in dict(rows[0]).values())
