"""No one lost: a burst of first contacts while the bot's one-time keys run out, replies left
unsent by a kill -9, and a message that stays unreadable — against a real Synapse, with real
E2EE clients (matrix-nio + vodozemac) playing the activists.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from nio import ToDeviceMessage

from bot.authoring.loader import load_library
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ECHO, ROOT, Accounts, bot_env

pytestmark = pytest.mark.integration

BURST = 30  # people opening their first chat at once (the load bench goes to 100 and more)
ALGORITHM = "signed_curve25519"
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
UNREADABLE = LIB.catalog.render("en", "bot-undecryptable").split(".")[0]
ECHO_LIB = load_library(ECHO / "flows", ECHO / "locales").library
assert ECHO_LIB is not None
# Said once when the bot joins a direct chat, unless turned off (as `bot_env` does): never a reply.
GREETING = ECHO_LIB.catalog.render("en", "bot-greeting")


async def open_dm(activist: Activist, bot_user: str) -> str:
    room_id = await activist.create_dm(bot_user)
    await activist.wait_joined(room_id, bot_user)
    return room_id


def replies(activist: Activist, room_id: str, bot_user: str) -> list[str]:
    """What the bot said in the room, its hello left out."""
    return [m.body for m in activist.all_from(room_id, bot_user) if m.body != GREETING]


class KeyDrainer:
    """Claims the bot's one-time keys as fast as the homeserver hands them out — the other
    people of a large burst — through the plain client API, as any account may."""

    def __init__(self, hs: Synapse, accounts: Accounts, bot_user: str) -> None:
        self.hs, self.accounts, self.bot_user = hs, accounts, bot_user
        self.claimed = 0
        self.fallbacks = 0  # claims that got the bot's fallback key: no one-time key was left
        self.empty = 0  # claims that got nothing at all
        self._session: aiohttp.ClientSession | None = None
        self._token = ""
        self._device = ""

    async def __aenter__(self) -> KeyDrainer:
        user_id, password = self.accounts.new("drainer")
        self._session = aiohttp.ClientSession()
        login = await self._call("POST", "/login", {"type": "m.login.password", "password": password,
                                                    "identifier": {"type": "m.id.user", "user": user_id}})
        self._token = login["access_token"]
        devices = await self._call("POST", "/keys/query", {"device_keys": {self.bot_user: []}})
        (self._device,) = devices["device_keys"][self.bot_user].keys()
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._session is not None
        await self._session.close()

    async def _call(self, method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        assert self._session is not None
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        async with self._session.request(method, f"{self.hs.url}/_matrix/client/v3{path}", json=body,
                                         headers=headers) as resp:
            data: dict[str, Any] = await resp.json()
            assert resp.status == 200, data
            return data

    async def claim(self) -> str:
        """One claim: 'one-time', 'fallback' or 'none'."""
        got = await self._call("POST", "/keys/claim",
                               {"one_time_keys": {self.bot_user: {self._device: ALGORITHM}}})
        keys = got.get("one_time_keys", {}).get(self.bot_user, {}).get(self._device, {})
        if not keys:
            self.empty += 1
            return "none"
        (key,) = keys.values()
        if key.get("fallback"):
            self.fallbacks += 1
            return "fallback"
        self.claimed += 1
        return "one-time"

    async def drain(self) -> None:
        """Until no one-time key is left."""
        while await self.claim() == "one-time":
            pass

    async def keep_draining(self, until: asyncio.Event) -> None:
        while not until.is_set():
            if await self.claim() != "one-time":
                # None left right now: look again soon (a load generator's pace, not a wait for a state).
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(until.wait(), 0.05)


async def test_a_burst_of_first_contacts_while_the_keys_run_out_leaves_no_one_unanswered(
    synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> None:
    bot_user, password = accounts.new("bot")
    # A notice would count as an answer here; only a real reply does.
    env = bot_env(synapse, bot_user, password, tmp_path / "data", CONTINUUM_UNDECRYPTABLE_GRACE_S="3600")
    bot = BotProcess(env, tmp_path / "bot.log")
    await bot.start()
    people: list[Activist] = []
    try:
        gate = asyncio.Semaphore(8)

        async def person(i: int) -> Activist:
            user_id, pw = accounts.new(f"burst{i}-")
            a = Activist(synapse.url, user_id, pw, tmp_path / f"p{i}")
            async with gate:
                await a.login()
            people.append(a)
            return a

        crowd = await asyncio.gather(*(person(i) for i in range(BURST)))
        async with KeyDrainer(synapse, accounts, bot_user) as drainer:
            await drainer.drain()  # every one-time key the bot published is gone
            done = asyncio.Event()
            draining = asyncio.create_task(drainer.keep_draining(done))

            async def first_contact(a: Activist) -> str:
                room_id = await a.create_dm(bot_user)
                await a.wait_joined(room_id, bot_user)
                await a.send(room_id, "hello")  # at once, not after the bot's hello: that is the burst
                return room_id

            started = time.monotonic()
            rooms = await asyncio.gather(*(first_contact(a) for a in crowd))
            opened_in = time.monotonic() - started

            async def answered(a: Activist, room_id: str) -> bool:
                try:
                    # A reply, not the hello the bot says on joining whether it can read them or not.
                    await a.wait_for(lambda: bool(replies(a, room_id, bot_user)), timeout=120)
                except TimeoutError:
                    return False
                return True

            results = await asyncio.gather(*(answered(a, r) for a, r in zip(crowd, rooms, strict=True)))
            unanswered = [a.user_id for a, ok in zip(crowd, results, strict=True) if not ok]
            done.set()
            await draining
        assert unanswered == [], f"{len(unanswered)} of {BURST} people never got an answer"
        for a, room_id in zip(crowd, rooms, strict=True):
            reply = next(m for m in a.all_from(room_id, bot_user) if m.body != GREETING)
            assert reply.decrypted and "Continuum" in reply.body
            assert a.undecryptable.get(room_id, 0) == 0
        # The burst really ran the keys out: people got the fallback key, or the drainer did.
        assert drainer.fallbacks > 0 and drainer.empty == 0, (drainer.claimed, drainer.fallbacks, drainer.empty)
        assert "published a new fallback key" in bot.output
        assert opened_in < 60  # the chats were opened together (about 2 s on an idle machine)
    finally:
        await bot.kill()
        for a in people:
            await a.close()


async def test_replies_left_unsent_by_a_kill_go_out_right_after_the_first_sync(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, password = accounts.new("bot")
    # A long pace keeps replies two and three in the outbox when the bot is killed.
    env = bot_env(synapse, bot_user, password, tmp_path / "data", CONTINUUM_PACE_MS="10000",
                  CONTINUUM_LOG_LEVEL="DEBUG")
    first = BotProcess(env, tmp_path / "first.log")
    await first.start()
    try:
        room_id = await open_dm(activist, bot_user)
        sent = [await activist.send(room_id, text) for text in ("one", "two", "three")]
        assert len(sent) == 3
        await first.wait_lines("handled event:", 3)  # all three replies are committed
        await activist.next_from(room_id, bot_user)
    finally:
        await first.kill()
    # Usually one reply is out; on a busy machine the pace may have let a second one through.
    assert len(replies(activist, room_id, bot_user)) < 3, "the kill left replies unsent"
    second = BotProcess({**env, "CONTINUUM_PACE_MS": "0"}, tmp_path / "second.log")
    await second.start()
    try:
        await activist.next_from(room_id, bot_user)
        await activist.next_from(room_id, bot_user)
        await activist.send(room_id, "marker")
        await activist.next_from(room_id, bot_user)
        assert len(replies(activist, room_id, bot_user)) == 4, "each reply exactly once"
        assert "not joined" not in second.output
        assert "send failed" not in second.output
    finally:
        await second.kill()


async def test_an_unreadable_message_is_announced_once_and_its_late_key_answers_nothing_twice(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, password = accounts.new("bot")
    env = bot_env(synapse, bot_user, password, tmp_path / "data", CONTINUUM_UNDECRYPTABLE_GRACE_S="3")
    bot = BotProcess(env, tmp_path / "bot.log")
    await bot.start()
    try:
        room_id = await open_dm(activist, bot_user)
        await activist.send(room_id, "hello")
        await activist.next_from(room_id, bot_user)

        # Two messages under a room key the bot never gets, as when a client found no key of the
        # bot's to claim: the bot cannot read them.
        client = activist.client
        olm = client.olm
        assert olm is not None
        olm.create_outbound_group_session(room_id)
        lost = olm.outbound_group_sessions[room_id]
        lost_key, lost_id = lost.session_key, lost.id  # exported before the first message
        lost.shared = True  # nio must not share it
        for text in ("lost one", "lost two"):
            await client.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": text},
                                   ignore_unverified_devices=True)
        notice = await activist.next_from(room_id, bot_user)
        assert UNREADABLE in notice.body

        olm.outbound_group_sessions.pop(room_id)  # the person sends again, with a key the bot gets
        await activist.send(room_id, "lost one, again")
        assert "Continuum" in (await activist.next_from(room_id, bot_user)).body

        # Now the lost key arrives after all (the sender's client answers a key request late).
        device_id = next(iter(client.device_store[bot_user].keys()))
        device = client.device_store[bot_user][device_id]
        session = olm.session_store.get(device.curve25519)
        payload = olm._olm_encrypt(session, device, "m.room_key", {
            "algorithm": "m.megolm.v1.aes-sha2", "room_id": room_id, "session_id": lost_id, "session_key": lost_key,
        })
        await client.to_device(ToDeviceMessage("m.room.encrypted", bot_user, device_id, payload))
        await bot.wait_line("sent again became readable")
        await activist.send(room_id, "marker")
        await activist.next_from(room_id, bot_user)
        bodies = replies(activist, room_id, bot_user)
        assert len(bodies) == 4, bodies  # hello, the one notice, the re-sent message, the marker
        assert sum(UNREADABLE in b for b in bodies) == 1
        assert bot.output.count("sent again became readable") == 2
    finally:
        await bot.kill()
