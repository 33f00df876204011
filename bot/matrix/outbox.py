"""Sending what the store's outbox holds: one sender per room, in order, at a person's pace.

Every message a handler decides on is committed to the outbox first, in the same transaction as
the state change that caused it (DESIGN.md, "Matrix E2EE", 15). After each commit the runtime
wakes the rooms that got messages; each room's sender sends its committed messages in order, so
a slow or broken room never holds up the others. Nothing is sent before the first sync of a
start has loaded the rooms (`resume`): until then the rooms to wake are only noted. A crash
between "decided" and "sent" resends with the same transaction id, which the homeserver
deduplicates. Nothing is ever sent in plaintext: a room that is not encrypted, or that was once
and no longer says so, gets nothing.

Per turn the homeserver is asked as little as what people see allows: the texts one turn queued
go out as one event (`bot.matrix.coalesce`); "typing…" is shown only when a reply is really
delayed (a pause of `TYPING_AFTER_S` or more before it is out); a handled message that got a
reply gets no read receipt (the reply shows it was read), and the receipts of those that got none
are sent at most once per `RECEIPT_BATCH_S` per room, for the latest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import aiohttp
from nio import AsyncClient, RoomSendResponse

from bot.matrix.coalesce import groups, joined_content
from bot.matrix.rooms import EncryptionPins
from bot.matrix.tasks import Background, wait_or_stop
from bot.matrix.trustgate import TrustGate
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import OutboxItem, Store, txn_of_ref

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 120.0
TYPING_AFTER_S = 2.0  # a shorter wait before a reply needs no "typing…"
RECEIPT_BATCH_S = 5.0  # read receipts of messages that got no reply: one per room per this


class Outbox:
    """The per-room senders, with their wake-ups, typing notices and read receipts."""

    def __init__(
        self,
        client: AsyncClient,
        store: Store,
        trust: TrustGate,
        pins: EncryptionPins,
        *,
        keys_lock: asyncio.Lock,
        background: Background,
        stop: asyncio.Event,
        pace_ms: int,
        redact: Redactor,
        metrics: Metrics,
        never_join: frozenset[str] = frozenset(),
    ) -> None:
        self.client = client
        self.store = store
        self.trust = trust
        self.pins = pins
        self.keys_lock = keys_lock  # room keys are shared under it, never while keys are claimed
        self.background = background
        self.stop = stop
        self.pace_ms = pace_ms
        self.redact = redact
        self.metrics = metrics
        self.never_join = never_join  # rooms whose texts always go out one by one (the mentor room)
        self._senders: dict[str, asyncio.Task[None]] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._receipts: dict[str, str] = {}  # room → last handled event that got no reply, to acknowledge
        self._receipt_tasks: dict[str, asyncio.Task[None]] = {}
        self.started = False  # `resume()` ran: the client knows the rooms
        self._noted: set[str] = set()  # rooms woken before that

    # --- waking the senders ----------------------------------------------------------------
    def flush(self, room_id: str) -> None:
        """Messages were committed for `room_id`: wake its sender, or start one."""
        if not self.started:
            self._noted.add(room_id)
            return
        self._wake.setdefault(room_id, asyncio.Event()).set()
        task = self._senders.get(room_id)
        if task is None or task.done():
            self._senders[room_id] = self.background.spawn(self._sender(room_id), "sender")

    async def resume(self) -> None:
        """Once the first sync loaded the rooms: send what was committed but not sent before the last
        stop, and what was queued since the start."""
        self.started = True
        async with self.store.read() as r:
            rooms = set(await r.edge.unsent_rooms()) | self._noted
        self._noted.clear()
        for room_id in sorted(rooms):
            self.flush(room_id)

    def acknowledge(self, room_id: str, event_id: str, replies_queued: bool) -> None:
        """A handled event: a reply shows it was read; one that got none gets a read receipt,
        batched — the room's latest, once `RECEIPT_BATCH_S` passed."""
        if replies_queued:
            self._receipts.pop(room_id, None)  # the reply shows this one and those before were read
            return
        self._receipts[room_id] = event_id
        task = self._receipt_tasks.get(room_id)
        if task is None or task.done():
            self._receipt_tasks[room_id] = self.background.spawn(self._batched_receipt(room_id), "receipt")

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None:
        """Wait (at most `wait_s`) until the room's sender has sent what was queued."""
        task = self._senders.get(room_id)
        if task is not None and not task.done():
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(task), wait_s)

    # --- one room's sender -----------------------------------------------------------------
    async def _sender(self, room_id: str) -> None:
        wake = self._wake.setdefault(room_id, asyncio.Event())
        backoff = 1.0
        while not self.stop.is_set():
            wake.clear()
            async with self.store.read() as r:
                items = await r.edge.unsent(room_id)
            if not items:
                if wake.is_set():
                    # Something was queued while we looked: `flush` saw this task still running
                    # and left the sending to it, so look again rather than exit (a lost wake-up).
                    continue
                return
            batches = groups(items, self.never_join)
            typing = self._delayed(batches)
            if typing:
                self.background.spawn(self._typing(room_id, True), "typing")
            for n, batch in enumerate(batches):
                delay = max(item.not_before for item in batch) - time.time()
                if delay > 0 and await wait_or_stop(self.stop, delay):
                    return
                if await self._send_batch(batch):
                    backoff = 1.0
                    if self._paced(batches, n) and await wait_or_stop(self.stop, self.pace_ms / 1000):
                        return
                    continue
                async with self.store.write() as uow:
                    await uow.edge.mark_attempt(batch[0].id)
                if await wait_or_stop(self.stop, backoff):
                    return
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                break  # keep the room's order: retry from the first unsent
            if typing:
                self.background.spawn(self._typing(room_id, False), "typing")

    def _paced(self, batches: list[list[OutboxItem]], n: int) -> bool:
        """A pause after message `n`: only before another message (reactions need no reading time)."""
        return self.pace_ms > 0 and any(b[0].event_type == "m.room.message" for b in batches[n + 1:])

    def _delayed(self, batches: list[list[OutboxItem]]) -> bool:
        """Whether the last of `batches` is out only after a pause worth showing "typing…" for."""
        messages = sum(1 for b in batches if b[0].event_type == "m.room.message")
        wait = max(0.0, max(item.not_before for b in batches for item in b) - time.time())
        return wait + max(0, messages - 1) * self.pace_ms / 1000 >= TYPING_AFTER_S

    async def _send_batch(self, batch: list[OutboxItem]) -> bool:
        """One event for `batch` (the first item's transaction id); every item marked sent as it."""
        first = batch[0]
        item = first if len(batch) == 1 else OutboxItem(
            id=first.id, room_id=first.room_id, txn_id=first.txn_id, event_type=first.event_type,
            content=joined_content(batch), not_before=first.not_before, attempts=first.attempts,
            created_at=first.created_at, tag=batch[-1].tag,
        )
        event_id = await self._send_item(item)
        if event_id is None:
            return False
        async with self.store.write() as uow:
            for each in batch:
                await uow.edge.mark_sent(each.id, event_id, uow.now)
        return True

    async def _send_item(self, item: OutboxItem) -> str | None:
        """The event id `item` was sent as; None if it was not."""
        if not await self._may_send_into(item.room_id):
            return None
        content = await self._with_targets(item.content)
        if content is None:
            return None
        try:
            async with self.keys_lock:
                await self.trust.prepare_send(item.room_id)
            resp = await self.client.room_send(
                item.room_id,
                item.event_type,
                content,
                tx_id=item.txn_id,
                ignore_unverified_devices=self.trust.share_with_unverified,
            )
        except (aiohttp.ClientError, TimeoutError, OSError) as e:
            self.metrics.send_errors.inc(reason="network")
            log.warning("send failed (%s); will retry", e.__class__.__name__)
            return None
        except Exception as e:  # nio raises for crypto states we cannot fix by retrying at once
            self.metrics.send_errors.inc(reason="crypto")
            log.error("send failed (%s); will retry", e.__class__.__name__)
            return None
        if not isinstance(resp, RoomSendResponse):
            status = str(getattr(resp, "status_code", "") or "")
            self.metrics.send_errors.inc(
                reason={"M_LIMIT_EXCEEDED": "rate_limited", "M_FORBIDDEN": "forbidden"}.get(status, "server")
            )
            log.warning("send failed: %s", status or type(resp).__name__)
            return None
        log.debug("sent %s as %s", item.txn_id, self.redact.event(resp.event_id))
        return str(resp.event_id)

    async def _may_send_into(self, room_id: str) -> bool:
        """Joined and encrypted — never plaintext, above all into a room that was encrypted."""
        room = self.client.rooms.get(room_id)
        if room is None:
            log.warning("cannot send into %s: not joined", self.redact.room(room_id))
            return False
        pinned = await self.pins.is_pinned(room_id)
        if pinned and not room.encrypted:
            log.error("refusing to send plaintext into %s, which was encrypted", self.redact.room(room_id))
            return False
        if not room.encrypted:
            log.error("refusing to send into unencrypted %s", self.redact.room(room_id))
            return False
        return True

    async def _with_targets(self, content: dict[str, Any]) -> dict[str, Any] | None:
        """`content` with a reference to one of our own queued messages (a reply, a thread, an
        edit) pointing at the event id it was sent as; None while that message is not sent yet."""
        relates = content.get("m.relates_to")
        ref_txn = txn_of_ref(str(relates.get("event_id", ""))) if isinstance(relates, dict) else None
        if not isinstance(relates, dict) or ref_txn is None:
            return content
        async with self.store.read() as r:
            target = await r.edge.event_id_of_txn(ref_txn)
        if target is None:
            return None
        return {**content, "m.relates_to": {**relates, "event_id": target}}

    # --- courtesies ------------------------------------------------------------------------
    async def _typing(self, room_id: str, on: bool) -> None:
        with contextlib.suppress(Exception):  # a courtesy; never fail on it
            await self.client.room_typing(room_id, on, timeout=30000)

    async def _batched_receipt(self, room_id: str) -> None:
        if await wait_or_stop(self.stop, RECEIPT_BATCH_S):
            return
        event_id = self._receipts.pop(room_id, None)
        if event_id is not None:  # else a reply went out meanwhile: it shows what was read
            await self._receipt(room_id, event_id)

    async def _receipt(self, room_id: str, event_id: str) -> None:
        with contextlib.suppress(Exception):  # a receipt is a courtesy; never fail on it
            await self.client.room_read_markers(room_id, fully_read_event=event_id, read_event=event_id)


__all__ = ["Outbox"]
