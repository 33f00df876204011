"""`bot.matrix.outbox.Outbox`: what it sends, when, and what else it asks of the homeserver.

A stand-in for nio's client records every request the outbox makes, so that the tests can count
them: sends, typing notices, read receipts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from nio import MatrixRoom, RoomSendResponse

from bot.matrix.outbox import Outbox
from bot.matrix.rooms import EncryptionPins
from bot.matrix.tasks import Background
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store

BOT = "@bot:example.org"
ROOM = "!dm:example.org"


class RecordingClient:
    """Answers sends like a homeserver and keeps a log of every request."""

    def __init__(self) -> None:
        self.user_id = BOT
        self.rooms: dict[str, MatrixRoom] = {}
        self.requests: list[tuple[str, Any]] = []

    def join(self, room_id: str) -> None:
        room = MatrixRoom(room_id, BOT, encrypted=True)
        room.encrypted = True
        self.rooms[room_id] = room

    async def room_send(self, room_id: str, message_type: str, content: dict[str, Any], tx_id: str,
                        ignore_unverified_devices: bool = False) -> RoomSendResponse:
        self.requests.append(("send", content.get("body")))
        return RoomSendResponse(f"$sent-{len(self.requests)}", room_id)

    async def room_typing(self, room_id: str, typing_state: bool = True, timeout: int = 30000) -> None:
        self.requests.append(("typing", typing_state))

    async def room_read_markers(self, room_id: str, fully_read_event: str, read_event: str | None = None) -> None:
        self.requests.append(("receipt", read_event))

    def count(self, kind: str) -> int:
        return sum(1 for k, _ in self.requests if k == kind)


class Trusting:
    share_with_unverified = False

    async def prepare_send(self, room_id: str) -> None:
        pass


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    try:
        yield s
    finally:
        await s.close()


def outbox(store: Store, client: RecordingClient, background: Background, pace_ms: int = 0) -> Outbox:
    return Outbox(client, store, Trusting(), EncryptionPins(store), keys_lock=asyncio.Lock(),  # type: ignore[arg-type]
                  background=background, stop=asyncio.Event(), pace_ms=pace_ms, redact=Redactor(b"salt", False),
                  metrics=Metrics())


async def queue(store: Store, *bodies: str, delay_s: float = 0.0) -> None:
    async with store.write() as uow:
        for body in bodies:
            await uow.send(ROOM, {"msgtype": "m.text", "body": body}, delay_s=delay_s)


async def test_messages_queued_before_the_first_sync_go_out_after_it_without_a_failed_attempt(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """After a restart nio knows no room until the first sync: sending before it can only fail."""
    client, background = RecordingClient(), Background()
    box = outbox(store, client, background)
    await queue(store, "left unsent by the last run")
    await queue(store, "queued at start, e.g. an overdue follow-up")
    caplog.set_level(logging.INFO)
    box.flush(ROOM)  # the committed hook, before the first sync
    await box.drain(ROOM, 5)
    assert client.requests == []
    client.join(ROOM)  # the first sync loaded the rooms
    await box.resume()
    await box.drain(ROOM, 5)
    assert client.requests == [("send", "left unsent by the last run"),
                               ("send", "queued at start, e.g. an overdue follow-up")]
    assert "not joined" not in caplog.text
    rows = await store.db.fetchall("SELECT attempts FROM outbox")
    assert [r["attempts"] for r in rows] == [0, 0], "no attempt failed"
    await background.cancel_all()


async def test_the_texts_of_one_turn_go_out_as_one_event_and_a_reply_needs_no_receipt(store: Store) -> None:
    client, background = RecordingClient(), Background()
    client.join(ROOM)
    box = outbox(store, client, background, pace_ms=400)
    await box.resume()
    await queue(store, "That is worth fixing: a tip.", "Next question?")
    box.acknowledge(ROOM, "$their-answer", replies_queued=True)
    box.flush(ROOM)
    await box.drain(ROOM, 5)
    assert client.requests == [("send", "That is worth fixing: a tip.\n\nNext question?")]
    rows = await store.db.fetchall("SELECT event_id FROM outbox")
    assert {r["event_id"] for r in rows} == {"$sent-1"}, "both texts are marked sent as the one event"
    await background.cancel_all()


async def test_texts_of_different_turns_or_with_a_delay_stay_apart(store: Store) -> None:
    client, background = RecordingClient(), Background()
    client.join(ROOM)
    box = outbox(store, client, background)
    await box.resume()
    await queue(store, "first turn")
    await queue(store, "second turn")
    await queue(store, "later, on purpose", delay_s=0.05)
    box.flush(ROOM)
    await box.drain(ROOM, 5)
    assert client.requests == [("send", "first turn"), ("send", "second turn"), ("send", "later, on purpose")]
    await background.cancel_all()


async def test_typing_is_shown_only_when_a_reply_is_really_delayed(store: Store) -> None:
    client, background = RecordingClient(), Background()
    client.join(ROOM)
    box = outbox(store, client, background, pace_ms=400)
    await box.resume()
    await queue(store, "one", "two", "three")  # one event: no pause at all
    box.flush(ROOM)
    await box.drain(ROOM, 5)
    assert client.count("typing") == 0 and client.count("send") == 1
    await queue(store, "a reminder, in a while", delay_s=2.5)
    box.flush(ROOM)
    await box.drain(ROOM, 10)
    assert [k for k, _ in client.requests[1:]] == ["typing", "send", "typing"]
    await background.cancel_all()


async def test_receipts_of_messages_without_a_reply_are_batched_and_skipped_after_a_reply(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.matrix.outbox as outbox_module

    monkeypatch.setattr(outbox_module, "RECEIPT_BATCH_S", 0.05)
    client, background = RecordingClient(), Background()
    client.join(ROOM)
    box = outbox(store, client, background)
    await box.resume()
    for n in range(5):  # five reactions, none answered
        box.acknowledge(ROOM, f"$reaction-{n}", replies_queued=False)
    await asyncio.wait_for(asyncio.shield(box._receipt_tasks[ROOM]), 5)
    assert client.requests == [("receipt", "$reaction-4")], "one receipt, for the latest"
    box.acknowledge(ROOM, "$unanswered", replies_queued=False)
    box.acknowledge(ROOM, "$answered", replies_queued=True)  # its reply shows both were read
    await asyncio.wait_for(asyncio.shield(box._receipt_tasks[ROOM]), 5)
    assert client.count("receipt") == 1
    await background.cancel_all()
