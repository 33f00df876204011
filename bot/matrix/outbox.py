"""Sending what the store's outbox holds: one sender per room, in order, at a person's pace.

Every message a handler decides on is committed to the outbox first, in the same transaction as
the state change that caused it (DESIGN.md, "Matrix E2EE", 15). After each commit the runtime
wakes the rooms that got messages; each room's sender sends its committed messages in order, so
a slow or broken room never holds up the others. A crash between "decided" and "sent" resends
with the same transaction id, which the homeserver deduplicates. Nothing is ever sent in
plaintext: a room that is not encrypted, or that was once and no longer says so, gets nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import aiohttp
from nio import AsyncClient, RoomSendResponse

from bot.matrix.rooms import EncryptionPins
from bot.matrix.tasks import Background, wait_or_stop
from bot.matrix.trustgate import TrustGate
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import OutboxItem, Store, txn_of_ref

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 120.0


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
        self._senders: dict[str, asyncio.Task[None]] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._receipts: dict[str, str] = {}  # room → last handled event, acknowledged once replies are out

    # --- waking the senders ----------------------------------------------------------------
    def flush(self, room_id: str) -> None:
        """Messages were committed for `room_id`: wake its sender, or start one."""
        self._wake.setdefault(room_id, asyncio.Event()).set()
        task = self._senders.get(room_id)
        if task is None or task.done():
            self._senders[room_id] = self.background.spawn(self._sender(room_id), "sender")

    async def resume(self) -> None:
        """At start: send what was committed but not sent before the last stop."""
        async with self.store.read() as r:
            rooms = {item.room_id for item in await r.edge.unsent()}
        for room_id in rooms:
            self.flush(room_id)

    def acknowledge(self, room_id: str, event_id: str, replies_queued: bool) -> None:
        """Send a read receipt for a handled event: after the replies, so it never competes with them."""
        if replies_queued:
            self._receipts[room_id] = event_id
        else:
            self.background.spawn(self._receipt(room_id, event_id), "receipt")

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
                handled = self._receipts.pop(room_id, None)
                if handled is not None:
                    self.background.spawn(self._receipt(room_id, handled), "receipt")
                return
            # With a pace between messages, show "typing…" so the pause reads as composing.
            typing = self.pace_ms > 0 and len(items) > 1
            if typing:
                self.background.spawn(self._typing(room_id, True), "typing")
            for item in items:
                delay = item.not_before - time.time()
                if delay > 0 and await wait_or_stop(self.stop, delay):
                    return
                if await self._send_item(item):
                    backoff = 1.0
                    if self.pace_ms and await wait_or_stop(self.stop, self.pace_ms / 1000):
                        return
                    continue
                async with self.store.write() as uow:
                    await uow.edge.mark_attempt(item.id)
                if await wait_or_stop(self.stop, backoff):
                    return
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                break  # keep the room's order: retry from the first unsent
            if typing:
                self.background.spawn(self._typing(room_id, False), "typing")

    async def _send_item(self, item: OutboxItem) -> bool:
        if not await self._may_send_into(item.room_id):
            return False
        content = await self._with_targets(item.content)
        if content is None:
            return False
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
            return False
        except Exception as e:  # nio raises for crypto states we cannot fix by retrying at once
            self.metrics.send_errors.inc(reason="crypto")
            log.error("send failed (%s); will retry", e.__class__.__name__)
            return False
        if not isinstance(resp, RoomSendResponse):
            status = str(getattr(resp, "status_code", "") or "")
            self.metrics.send_errors.inc(
                reason={"M_LIMIT_EXCEEDED": "rate_limited", "M_FORBIDDEN": "forbidden"}.get(status, "server")
            )
            log.warning("send failed: %s", status or type(resp).__name__)
            return False
        log.debug("sent %s as %s", item.txn_id, self.redact.event(resp.event_id))
        async with self.store.write() as uow:
            await uow.edge.mark_sent(item.id, resp.event_id, uow.now)
        return True

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

    async def _receipt(self, room_id: str, event_id: str) -> None:
        with contextlib.suppress(Exception):  # a receipt is a courtesy; never fail on it
            await self.client.room_read_markers(room_id, fully_read_event=event_id, read_event=event_id)


__all__ = ["Outbox"]
