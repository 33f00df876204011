"""Undecryptable messages (`bot.matrix.unreadable` with `bot.matrix.receive.Receiver`): kept,
handled in the order they were written once their key arrives, and — if it never does — the
person told once, after a grace period; a message they re-sent after that is never answered twice.

The homeserver's syncs are built from dicts as Synapse sends them; a small stand-in for nio's
client decrypts what it has a key for, as nio does when a sync comes in.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from nio import Event, MatrixRoom, MegolmEvent, RoomKeyEvent, RoomMessageText, SyncResponse
from nio.exceptions import EncryptionError

from bot.care.inbound import Inbound
from bot.matrix.receive import Receiver
from bot.matrix.rooms import EncryptionPins
from bot.matrix.unreadable import KeptEvents
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store, UnitOfWork
from tests.storekit import read

BOT, ANNA = "@bot:example.org", "@anna:example.org"
ROOM = "!dm:example.org"
GRACE = 30.0


class FakeClient:
    """The parts of nio's client the receiving side uses; decrypts what it holds a key for."""

    def __init__(self) -> None:
        self.user_id = BOT
        room = MatrixRoom(ROOM, BOT, encrypted=True)
        room.encrypted = True
        self.rooms = {ROOM: room}
        self.keys: set[str] = set()  # session ids the bot has the key of
        self.texts: dict[str, str] = {}  # event id → what the person wrote
        self.key_requests: list[str] = []

    def decrypt_event(self, event: MegolmEvent) -> Event:
        if event.session_id not in self.keys or not event.room_id:
            raise EncryptionError("no key")
        message = RoomMessageText.from_dict({
            "type": "m.room.message", "event_id": event.event_id, "sender": event.sender,
            "origin_server_ts": event.server_timestamp, "room_id": event.room_id,
            "content": {"msgtype": "m.text", "body": self.texts[event.event_id]},
        })
        message.decrypted = True
        return message

    async def request_room_key(self, event: MegolmEvent) -> None:
        self.key_requests.append(event.event_id)


class Trusting:
    share_with_unverified = False

    async def check_event(self, sender: str, event: Any) -> bool:
        return True


class QuietOutbox:
    def acknowledge(self, room_id: str, event_id: str, replies_queued: bool) -> None:
        pass


class Conversation:
    """Answers every message with one reply, and records what it heard, in order."""

    def __init__(self) -> None:
        self.heard: list[str] = []

    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None:
        self.heard.append(msg.body)
        await uow.send(msg.room_id, {"msgtype": "m.text", "body": f"about {msg.body}"})

    async def identity_changed(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        pass


class Notices:
    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []

    async def could_not_read(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        self.told.append((user_id, room_id))
        await uow.send(room_id, {"msgtype": "m.text", "body": "please send it again"})


class Bot:
    """A receiver as the runtime builds it, over a real store, with a clock the test moves."""

    def __init__(self, store: Store, client: FakeClient, conversation: Conversation, notices: Notices) -> None:
        self.now = 1_000_000.0
        self.client = client
        self.kept = KeptEvents(client, store, notice=notices, stop=asyncio.Event(), grace_s=GRACE,  # type: ignore[arg-type]
                               metrics=Metrics(), clock=lambda: self.now)
        settings = Settings(homeserver="https://example.org", user_id=BOT, password="pw")
        self.receiver = Receiver(
            client, settings, store, trust=Trusting(), pins=EncryptionPins(store), outbox=QuietOutbox(),  # type: ignore[arg-type]
            handler=conversation, kept=self.kept, redact=Redactor(b"salt", False), metrics=Metrics(),
        )
        self._batch = 0
        self._started = False  # the runtime tries every kept event once, with the first sync of a start
        self._ts = 1_000_000_000  # ms, after the bot joined

    def message(self, event_id: str, body: str, session: str) -> dict[str, Any]:
        self._ts = max(self._ts + 1, int(self.now * 1000))  # the homeserver's clock, near the bot's
        self.client.texts[event_id] = body
        return {"type": "m.room.encrypted", "event_id": event_id, "sender": ANNA, "origin_server_ts": self._ts,
                "content": {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": "anna-curve", "ciphertext": "x",
                            "session_id": session, "device_id": "ANNAPHONE"}}

    async def sync(self, *events: dict[str, Any], keys: tuple[str, ...] = ()) -> None:
        """A sync bringing `events` to the room and the room keys of `keys`, handled as the runtime does."""
        self._batch += 1
        raw: dict[str, Any] = {"next_batch": f"s{self._batch}", "rooms": {"join": {ROOM: {
            "timeline": {"events": list(events), "limited": False, "prev_batch": "p"},
            "state": {"events": []}, "ephemeral": {"events": []}, "account_data": {"events": []}}}}}
        resp = SyncResponse.from_dict(raw)
        assert isinstance(resp, SyncResponse)
        for session in keys:  # what nio does with a sync: install the keys, then decrypt the timeline
            self.client.keys.add(session)
            resp.to_device_events.append(RoomKeyEvent({}, ANNA, "anna-curve", ROOM, session, "m.megolm.v1.aes-sha2"))
        timeline = resp.rooms.join[ROOM].timeline.events
        for i, ev in enumerate(timeline):
            if isinstance(ev, MegolmEvent) and ev.session_id in self.client.keys:
                ev.room_id = ROOM
                timeline[i] = self.client.decrypt_event(ev)
        if not self._started:
            self._started = True
            await self.receiver.retry_pending(None)
        settled = await self.receiver.process(resp, initial=False)
        await settled  # each room's events are handled on the room's worker


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    try:
        async with s.write() as uow:
            await uow.edge.record_join(ROOM, 0.0)
        yield s
    finally:
        await s.close()


@pytest.fixture
def parts(store: Store) -> tuple[Bot, Conversation, Notices]:
    conversation, notices = Conversation(), Notices()
    return Bot(store, FakeClient(), conversation, notices), conversation, notices


async def replies(store: Store) -> list[str]:
    rows = await read(store, lambda r: r.edge.unsent(ROOM))
    return [str(item.content["body"]) for item in rows]


async def test_a_key_that_comes_with_the_next_message_keeps_the_order_and_nobody_is_told(
    store: Store, parts: tuple[Bot, Conversation, Notices]
) -> None:
    bot, conversation, notices = parts
    await bot.sync(bot.message("$a", "first", "s1"))
    assert conversation.heard == [] and bot.client.key_requests == ["$a"]
    bot.now += 5
    await bot.sync(bot.message("$b", "second", "s1"), keys=("s1",))
    assert conversation.heard == ["first", "second"]
    bot.now += GRACE * 10
    await bot.kept.tell_due()
    assert notices.told == []
    assert await read(store, lambda r: r.edge.pending()) == []


async def test_a_message_still_unreadable_after_the_grace_period_is_announced_once(
    store: Store, parts: tuple[Bot, Conversation, Notices]
) -> None:
    bot, _conversation, notices = parts
    await bot.sync(bot.message("$a", "first", "lost"))
    bot.now += 10
    await bot.sync(bot.message("$b", "second", "lost"))
    assert await bot.kept.tell_due() == pytest.approx(GRACE - 10)  # not yet: keys often come late
    assert notices.told == []
    bot.now += GRACE
    await bot.kept.tell_due()
    await bot.kept.tell_due()
    assert notices.told == [(ANNA, ROOM)], "one notice for everything stuck, however often it is looked at"
    assert await replies(store) == ["please send it again"]
    # The events stay: a key may still come.
    assert [p.event_id for p in await read(store, lambda r: r.edge.pending())] == ["$a", "$b"]


async def test_after_the_notice_a_resent_message_is_answered_and_the_late_key_answers_nothing_twice(
    store: Store, parts: tuple[Bot, Conversation, Notices]
) -> None:
    bot, conversation, _notices = parts
    await bot.sync(bot.message("$a", "my answer", "lost"))
    bot.now += GRACE + 1
    await bot.kept.tell_due()
    bot.now += 5  # the person reads the notice and writes again
    await bot.sync(bot.message("$a2", "my answer", "fresh"), keys=("fresh",))
    assert conversation.heard == ["my answer"]
    await bot.sync(keys=("lost",))  # the lost key turns up after all
    assert conversation.heard == ["my answer"], "the re-sent message was answered; the first one is not, again"
    assert await read(store, lambda r: r.edge.pending()) == []
    assert await read(store, lambda r: r.edge.is_processed("$a"))


async def test_a_told_person_who_wrote_nothing_since_gets_the_late_message_answered(
    store: Store, parts: tuple[Bot, Conversation, Notices]
) -> None:
    bot, conversation, notices = parts
    await bot.sync(bot.message("$a", "hello", "slow"))
    await bot.sync(bot.message("$b", "are you there?", "slow"))
    bot.now += GRACE + 1
    await bot.kept.tell_due()
    await bot.sync(keys=("slow",))
    assert conversation.heard == ["hello", "are you there?"], "both, in order: neither replaces the other"
    assert notices.told == [(ANNA, ROOM)]


async def test_a_new_unreadable_message_after_a_notice_gets_its_own_notice(
    store: Store, parts: tuple[Bot, Conversation, Notices]
) -> None:
    """Once per stuck batch, not once ever: a person is never left in silence."""
    bot, _conversation, notices = parts
    await bot.sync(bot.message("$a", "one", "lost"))
    bot.now += GRACE + 1
    await bot.kept.tell_due()
    await bot.sync(bot.message("$b", "two", "lost-again"))
    await bot.kept.tell_due()
    assert len(notices.told) == 1
    bot.now += GRACE + 1
    await bot.kept.tell_due()
    assert len(notices.told) == 2


async def test_kept_messages_are_tried_again_after_a_restart_before_the_new_ones(
    store: Store, parts: tuple[Bot, Conversation, Notices]
) -> None:
    """A key that arrived just before a crash, or that the crypto store had all along."""
    bot, conversation, notices = parts
    await bot.sync(bot.message("$a", "before the crash", "s1"))
    restarted = Bot(store, bot.client, conversation, notices)
    restarted._ts = bot._ts
    bot.client.keys.add("s1")  # nio's crypto store kept the key that arrived
    await restarted.sync(restarted.message("$b", "after the restart", "s1"))
    assert conversation.heard == ["before the crash", "after the restart"]
