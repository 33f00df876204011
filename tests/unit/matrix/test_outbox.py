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
