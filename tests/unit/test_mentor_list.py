"""Who may read cases: the mentor room's members against `mentors.members`.

A mentor who could invite could bring in someone who then receives every card. With the list
set, a member of the mentor room who is not on it gets no room key from the bot (every device
blacklisted in nio, whatever its signatures), their commands are ignored, and the mentor room and
the admins are told once. Without the list, the bot warns at start. The integration side:
`tests/integration/test_mentor_room.py::test_a_member_not_on_the_mentor_list_cannot_read_the_next_card`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from nio import MatrixRoom
from nio.crypto import OlmDevice

from bot.authoring.loader import load_library
from bot.care.conversations import LibraryHolder
from bot.care.mentors import Mentors
from bot.care.render import strip_bold
from bot.matrix.canonical import SigningKey, sign_json
from bot.matrix.crosssigning import CrossSigningIdentity
from bot.matrix.mentorroom import MentorRoomWatch, warn_without_list
from bot.matrix.rooms import mentor_room_outsiders, withheld_by_mentor_list
from bot.matrix.runtime import RuntimeLink
from bot.matrix.trust import DeviceTrust, MemoryTofuStore
from bot.platform.config import MentorSettings, Settings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None

BOT, MENTORS = "@bot:example.org", "!mentors:example.org"
MIA, EVE, INVITED = "@mia:example.org", "@eve:example.org", "@ivan:example.org"
ADA_DM = "!ada-dm:example.org"


def settings(members: list[str] | None = None) -> Settings:
    return Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                    mentor_room=MENTORS, mentors=MentorSettings(members=members or []))


class FakeOlm:
    def __init__(self) -> None:
        self.state: dict[str, str] = {}

    def is_device_verified(self, device: OlmDevice) -> bool:
        return self.state.get(device.id) == "verified"

    def is_device_blacklisted(self, device: OlmDevice) -> bool:
        return self.state.get(device.id) == "blacklisted"


class FakeClient:
    """Rooms, devices and nio's trust calls; nothing else."""

    def __init__(self) -> None:
        self.user_id = BOT
        self.access_token = "x"
        self.users_for_key_query: set[str] = set()
        self.olm = FakeOlm()
        self.device_store: list[OlmDevice] = []
        room = MatrixRoom(MENTORS, BOT)
        for user in (BOT, MIA, EVE):
            room.add_member(user, None, None)
        room.add_member(INVITED, None, None, invited=True)
        self.rooms = {MENTORS: room}

    def verify_device(self, device: OlmDevice) -> None:
        self.olm.state[device.id] = "verified"

    def blacklist_device(self, device: OlmDevice) -> None:
        self.olm.state[device.id] = "blacklisted"

    def unblacklist_device(self, device: OlmDevice) -> None:
        self.olm.state.pop(device.id, None)


def test_the_outsiders_are_members_joined_or_invited_who_are_not_listed() -> None:
    client = FakeClient()
    assert mentor_room_outsiders(client, settings([MIA])) == {EVE, INVITED}  # type: ignore[arg-type]
    assert mentor_room_outsiders(client, settings([MIA, EVE, INVITED])) == set()  # type: ignore[arg-type]
    assert mentor_room_outsiders(client, settings()) == set(), "no list: nobody is kept out"  # type: ignore[arg-type]
    withheld = withheld_by_mentor_list(client, settings([MIA]))  # type: ignore[arg-type]
    assert withheld(EVE) and not withheld(MIA) and not withheld(BOT)


def _signed_devices(client: FakeClient) -> dict[str, Any]:
    """MIA and EVE, each with one device their own identity cross-signed; a /keys/query reply."""
    reply: dict[str, Any] = {"device_keys": {}, "master_keys": {}, "self_signing_keys": {}}
    for user in (MIA, EVE):
        identity = CrossSigningIdentity.generate(user)
        key = SigningKey.generate()
        device_id = f"D{user[1:4].upper()}"
        payload = sign_json({"user_id": user, "device_id": device_id, "algorithms": [],
                             "keys": {f"ed25519:{device_id}": key.public_key,
                                      f"curve25519:{device_id}": f"curve-{device_id}"}}, user, device_id, key)
        body = identity.upload_body()
        reply["device_keys"][user] = {device_id: identity.sign_device(payload)}
        reply["master_keys"][user] = body["master_key"]
        reply["self_signing_keys"][user] = body["self_signing_key"]
        client.device_store.append(OlmDevice(user, device_id, {"ed25519": key.public_key,
                                                               "curve25519": f"curve-{device_id}"}))
    return reply


class _Api:
    def __init__(self, reply: dict[str, Any]) -> None:
        self.reply = reply

    async def keys_query(self, user_ids: list[str]) -> dict[str, Any]:
        return self.reply


@pytest.mark.parametrize("policy", ["cross-signed", "all"])
async def test_an_unlisted_members_cross_signed_devices_get_no_room_key(policy: str) -> None:
    client = FakeClient()
    reply = _signed_devices(client)
    trust = DeviceTrust(client, policy, MemoryTofuStore(),  # type: ignore[arg-type]
                        withheld=withheld_by_mentor_list(client, settings([MIA])))  # type: ignore[arg-type]
    trust.api = _Api(reply)  # type: ignore[assignment]
    await trust.refresh([MIA, EVE])
    await trust.update()
    states = {d.user_id: client.olm.state.get(d.id) for d in client.device_store}
    assert states[EVE] == "blacklisted", "nio never shares a room key with a blacklisted device"
    assert states[MIA] == ("verified" if policy == "cross-signed" else None)

    # Once on the list (or out of the room), the device is trusted again as its signatures say.
    trust2 = DeviceTrust(client, policy, MemoryTofuStore(),  # type: ignore[arg-type]
                         withheld=withheld_by_mentor_list(client, settings([MIA, EVE])))  # type: ignore[arg-type]
    trust2.api = _Api(reply)  # type: ignore[assignment]
    await trust2.refresh([MIA, EVE])
    assert client.olm.state.get(next(d.id for d in client.device_store if d.user_id == EVE)) == (
        "verified" if policy == "cross-signed" else None)


def test_an_unlisted_member_is_no_member_for_the_commands() -> None:
    client = FakeClient()
    for members, expected in (([MIA], {MIA}), ([], {MIA, EVE})):
        runtime = SimpleNamespace(client=client, settings=settings(members))
        link = RuntimeLink(runtime, MENTORS)  # type: ignore[arg-type]
        assert {u for u in (MIA, EVE, INVITED, "@nobody:example.org") if link.is_member(u)} == expected


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield opened
    await opened.close()


async def test_the_room_and_the_admins_are_told_once_per_unlisted_member(store: Store) -> None:
    client = FakeClient()
    mentors = Mentors(settings([MIA]), store, LibraryHolder(LIB))
    for _ in range(2):  # a restart: a new watch over the same database
        watch = MentorRoomWatch(client, settings([MIA]), store, mentors.membership,  # type: ignore[arg-type]
                                lambda _user: [ADA_DM])
        await watch.after_sync()
        await watch.after_sync()
    async with store.read() as r:
        sent = [(item.room_id, str(item.content["body"])) for item in await r.edge.unsent()]
    expected = [strip_bold(LIB.catalog.render("en", "mentor-room-unlisted", {"user": user})) for user in (EVE, INVITED)]
    assert sorted(sent) == sorted([(room, text) for text in expected for room in (MENTORS, ADA_DM)])


def test_without_a_list_the_bot_warns_at_start(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        warn_without_list(settings())
        assert "mentors.members is not set" in caplog.text
        caplog.clear()
        warn_without_list(settings([MIA]))
        assert caplog.text == ""


def test_the_setting_takes_a_comma_separated_list_and_refuses_what_is_no_user_id() -> None:
    assert MentorSettings(members="@a:x.org, @b:y.org").members == ["@a:x.org", "@b:y.org"]  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not Matrix user ids"):
        MentorSettings(members=["mia"])
