"""Events the bot could not decrypt yet: kept, their key asked for, retried as keys arrive, and —
should a key never come — their sender told once, after a grace period, and asked to send again.

Most keys arrive within seconds of their message, often in the same sync (DESIGN.md, "Matrix
E2EE", 4): so nobody is told at once. The rules:

- An undecryptable event is kept (sealed, in `pending_events`) and its key requested.
- Kept events are tried again when a room key arrives, and all of them with the first sync of a
  start (`bot.matrix.receive`), on their room's worker before the room's new events of the same
  sync, so that two messages are handled in the order they were written.
- Still unreadable after `grace_s`: the sender hears, once for everything stuck in that room so
  far, that a message did not reach the bot readably (`UnreadableHandler`). Never silence.
- Once told, what the person writes next in that room replaces what was stuck: should a stuck
  event's key arrive later, it is marked handled and dropped, never answered on top of the
  re-sent one. An event nobody was told about is handled whenever its key arrives.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Collection

from nio import AsyncClient, Event, MegolmEvent

from bot.matrix.inbound import UnreadableHandler
from bot.platform.metrics import Metrics
from bot.store import PendingEvent, Store

log = logging.getLogger(__name__)

MAX_WAIT_S = 300.0  # the notice loop looks at the table at least this often


class KeptEvents:
    """The kept undecryptable events, and the one notice each stuck sender gets."""

    def __init__(
        self,
        client: AsyncClient,
        store: Store,
        *,
        notice: UnreadableHandler | None,
        stop: asyncio.Event,
        grace_s: float,
        metrics: Metrics,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client = client
        self.store = store
        self.notice = notice
        self.stop = stop
        self.grace_s = grace_s
        self.metrics = metrics
        self.clock = clock
        self._wake = asyncio.Event()

    async def keep(self, room_id: str, ev: MegolmEvent) -> None:
        """Keep `ev` until its key arrives, and ask for the key."""
        self.metrics.decryption_failures.inc()
        async with self.store.write(self.clock()) as uow:
            await uow.edge.add_pending(ev.event_id, room_id, ev.sender, ev.session_id, ev.source, uow.now)
        log.info("an event could not be decrypted yet; asking for its key")
        with contextlib.suppress(Exception):  # a key request already in flight is fine
            await self.client.request_room_key(ev)
        self._wake.set()

    async def waiting(self, sessions: Collection[str] | None) -> list[PendingEvent]:
        """The kept events of `sessions` (None: all), oldest first."""
        async with self.store.read() as r:
            return await r.edge.pending(sessions)

    async def take(self, pending: PendingEvent) -> Event | None:
        """`pending` decrypted and taken out of the store, or None: still unreadable (kept, one
        more attempt counted), or replaced by a re-sent message (marked handled, never answered)."""
        decrypted = self._decrypt(pending)
        if decrypted is None:
            async with self.store.write(self.clock()) as uow:
                await uow.edge.bump_pending(pending.event_id)
            return None
        async with self.store.write(self.clock()) as uow:
            await uow.edge.drop_pending(pending.event_id)
            if pending.superseded:
                await uow.edge.mark_processed(pending.event_id, pending.room_id, uow.now)
        if pending.superseded:
            log.info("a message its sender sent again became readable; not handled twice")
            return None
        return decrypted

    def _decrypt(self, pending: PendingEvent) -> Event | None:
        megolm = MegolmEvent.from_dict(pending.source)
        if not isinstance(megolm, MegolmEvent):
            return None
        megolm.room_id = pending.room_id  # a sync's timeline events do not carry their room
        try:
            decrypted = self.client.decrypt_event(megolm)
        except Exception:  # no key yet, or a damaged event
            return None
        return None if isinstance(decrypted, MegolmEvent) or not isinstance(decrypted, Event) else decrypted

    # --- the notice -------------------------------------------------------------------------------
    async def run_notices(self) -> None:
        """Tell each sender whose events stayed unreadable for `grace_s`; until `stop`."""
        while not self.stop.is_set():
            self._wake.clear()
            try:
                wait = await self.tell_due()
            except Exception as e:  # never let the loop die; the table is looked at again later
                log.error("telling people about unreadable messages failed (%s)", type(e).__name__)
                wait = self.grace_s
            stop = asyncio.ensure_future(self.stop.wait())
            woken = asyncio.ensure_future(self._wake.wait())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.wait({stop, woken}, return_when=asyncio.FIRST_COMPLETED), wait)
            stop.cancel()
            woken.cancel()

    async def tell_due(self) -> float:
        """Tell the senders whose oldest untold event waited `grace_s`; seconds until the next one is due."""
        now = self.clock()
        async with self.store.read() as r:
            untold = await r.edge.untold_pending()
        wait = MAX_WAIT_S
        for room_id, sender, first in untold:
            due = first + self.grace_s
            if due > now:
                wait = min(wait, due - now)
                continue
            if room_id not in self.client.rooms:
                continue  # left, or not synced yet: looked at again later
            async with self.store.write(now) as uow:
                if await uow.edge.mark_told(room_id, sender, uow.now) and self.notice is not None:
                    await self.notice.could_not_read(sender, room_id, uow)
            log.info("told a person that a message of theirs could not be read")
        return max(wait, 0.05)


__all__ = ["MAX_WAIT_S", "KeptEvents"]
