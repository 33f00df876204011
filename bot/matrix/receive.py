"""Receiving: from a sync's rooms to `Inbound`s handled by the conversations.

For each event the receiver gathers the facts `bot.matrix.events.classify` asks for and does
what it decides: nothing (history, the bot's own, already handled, untrusted…), keep an
undecryptable event until its key arrives, refuse an unencrypted room, or deliver. Delivering
records the event's processed marker and lets the handler act in ONE transaction, so a crash
never handles an event twice nor loses it (DESIGN.md, "Matrix E2EE", 4 and 5). Undecryptable
events are kept and retried by `bot.matrix.unreadable`: a room's kept events whose key just
arrived go first, before the room's new events.

Rooms are worked through in parallel, each in order under its own lock.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection
from dataclasses import replace

from nio import (
    AsyncClient,
    DownloadError,
    Event,
    ForwardedRoomKeyEvent,
    MatrixRoom,
    MegolmEvent,
    ReactionEvent,
    RoomEncryptedMedia,
    RoomKeyEvent,
    RoomMessage,
    RoomMessageMedia,
    SyncResponse,
    UnknownEvent,
)
from nio.crypto import decrypt_attachment

from bot.matrix import rooms
from bot.matrix.events import (
    Action,
    Deliver,
    Fact,
    Facts,
    Ignore,
    KeepUndecryptable,
    Lookup,
    RefuseRoom,
    Why,
    classify,
    join_time,
)
from bot.matrix.inbound import (
    Attachment,
    Inbound,
    InboundHandler,
    parse_file_info,
    parse_message_content,
    parse_reaction_content,
)
from bot.matrix.outbox import Outbox
from bot.matrix.rooms import EncryptionPins
from bot.matrix.trustgate import TrustGate
from bot.matrix.unreadable import KeptEvents
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Store

log = logging.getLogger(__name__)


class Receiver:
    """Works through what a sync brought: invitations, leaves, and the joined rooms' events."""

    def __init__(
        self,
        client: AsyncClient,
        settings: Settings,
        store: Store,
        *,
        trust: TrustGate,
        pins: EncryptionPins,
        outbox: Outbox,
        handler: InboundHandler,
        kept: KeptEvents,
        redact: Redactor,
        metrics: Metrics,
    ) -> None:
        self.client = client
        self.settings = settings
        self.store = store
        self.trust = trust
        self.pins = pins
        self.outbox = outbox
        self.handler = handler
        self.kept = kept
        self.redact = redact
        self.metrics = metrics
        self._room_locks: dict[str, asyncio.Lock] = {}
        self._refused: set[str] = set()
        self._caught_up = False  # kept events were all tried once, after the first sync of this start

    async def process(self, resp: SyncResponse, initial: bool) -> None:
        """Everything in `resp`; `initial`: the first sync this bot ever made (all of it is history)."""
        client = self.client
        now = time.time()
        for room_id, info in resp.rooms.invite.items():
            await rooms.answer_invite(client, self.settings, self.redact, room_id, info.invite_state)
        if resp.rooms.leave:
            async with self.store.write(now) as uow:
                for room_id in resp.rooms.leave:
                    await uow.edge.record_leave(room_id, now)
        # Kept events to try again: those whose key just arrived; all of them once after a start.
        retry: set[str] | None = {
            e.session_id for e in resp.to_device_events if isinstance(e, RoomKeyEvent | ForwardedRoomKeyEvent)
        } if self._caught_up else None
        work = []
        for room_id, info in resp.rooms.join.items():
            room = client.rooms.get(room_id)
            if room is None:
                continue
            if room.encrypted:
                await self.pins.pin(room_id)
            work.append(self._process_room(room, list(info.state) + list(info.timeline.events), initial, retry))
        # Rooms in parallel, each in order; a failure in one room is logged, not spread.
        for result in await asyncio.gather(*work, return_exceptions=True):
            if isinstance(result, Exception):
                log.error("a room's events could not be processed", exc_info=result)
        if retry is None or retry:  # the rooms this sync brought no events for
            await self._retry_kept(retry, None, skip=resp.rooms.join.keys())
        self._caught_up = True

    async def _retry_kept(self, sessions: Collection[str] | None, room_id: str | None,
                          skip: Collection[str] = ()) -> None:
        for kept_room, ev in await self.kept.readable(sessions, room_id, skip):
            room = self.client.rooms.get(kept_room)
            if room is not None:
                # Checked against the history cut-off when it came in; the rest is decided again.
                facts = Facts(me=self.client.user_id, room_encrypted=room.encrypted, cutoff=None)
                await self._on_event(room, ev, facts)

    async def _process_room(self, room: MatrixRoom, events: list[Event], initial: bool,
                            retry: Collection[str] | None) -> None:
        async with self._room_locks.setdefault(room.room_id, asyncio.Lock()):
            if retry is None or retry:
                await self._retry_kept(retry, room.room_id)  # written before this sync's events
            async with self.store.read() as r:
                joined_at = await r.edge.room_joined_at(room.room_id)
            me = self.client.user_id
            if joined_at is None:
                joined_at = join_time(events, me, time.time())
                async with self.store.write() as uow:
                    await uow.edge.record_join(room.room_id, joined_at)
            facts = Facts(me=me, room_encrypted=room.encrypted, cutoff=joined_at, initial=initial)
            for ev in events:
                await self._on_event(room, ev, facts)

    async def _on_event(self, room: MatrixRoom, ev: Event, facts: Facts) -> None:
        action = await self._decide(room, ev, facts)
        if isinstance(action, Ignore):
            if action.why is Why.PLAINTEXT:
                log.info("ignored an unencrypted message in an encrypted room (%s)", ev.event_id)
            elif action.why is Why.UNTRUSTED:
                log.warning("ignored a message from an untrusted device of %s", self.redact.person(ev.sender))
            else:
                log.debug("ignored %s (%s): %s", ev.event_id, type(ev).__name__, action.why.value)
        elif isinstance(action, KeepUndecryptable):
            assert isinstance(ev, MegolmEvent)
            await self.kept.keep(room.room_id, ev)
        elif isinstance(action, RefuseRoom):
            if room.room_id not in self._refused:
                self._refused.add(room.room_id)
                await rooms.refuse_unencrypted(self.client, self.store, self.redact, room.room_id)
        elif isinstance(action, Deliver):
            inbound = await self._to_inbound(room, ev)
            if inbound is not None:
                await self._deliver(inbound)

    async def _decide(self, room: MatrixRoom, ev: Event, facts: Facts) -> Action:
        """`classify`, learning the facts it asks for (each costs a read or a key query)."""
        action = classify(ev, facts)
        while isinstance(action, Lookup):
            if action.fact is Fact.PROCESSED:
                async with self.store.read() as r:
                    facts = replace(facts, processed=await r.edge.is_processed(ev.event_id))
            elif action.fact is Fact.PINNED:
                facts = replace(facts, pinned=await self.pins.is_pinned(room.room_id))
            else:
                facts = replace(facts, trusted=await self.trust.check_event(ev.sender, ev))
            action = classify(ev, facts)
        return action

    async def _deliver(self, inbound: Inbound) -> None:
        """Record the event and let the handler act on it, all in one transaction."""
        async with self.store.write() as uow:
            if not await uow.edge.mark_processed(inbound.event_id, inbound.room_id, uow.now):
                return
            # Written after they were told something was stuck: a re-send, which replaces it.
            await uow.edge.supersede_told(inbound.room_id, inbound.sender, inbound.timestamp_ms / 1000)
            await self.handler.handle(inbound, uow)
        # The store's committed hook (the runtime's `flush`) has woken the rooms' senders.
        log.debug("handled %s; %d room(s) to send to", inbound.event_id, len(uow.rooms_to_flush))
        self.metrics.messages_handled.inc(kind=inbound.kind)
        self.outbox.acknowledge(inbound.room_id, inbound.event_id, inbound.room_id in uow.rooms_to_flush)

    # --- from an event to what the conversations hear ---------------------------------------
    async def _to_inbound(self, room: MatrixRoom, ev: Event) -> Inbound | None:
        base = {"room_id": room.room_id, "sender": ev.sender, "event_id": ev.event_id}
        ts = int(ev.server_timestamp)
        if isinstance(ev, ReactionEvent):
            parsed_reaction = parse_reaction_content(ev.source.get("content"))
            if parsed_reaction is None:
                return None
            return Inbound(**base, timestamp_ms=ts, kind="reaction", body=parsed_reaction[1],
                           relates_to=parsed_reaction[0])
        if isinstance(ev, RoomEncryptedMedia | RoomMessageMedia):
            attachment = await self._download(ev)
            return Inbound(**base, timestamp_ms=ts, kind="attachment", attachment=attachment)
        if isinstance(ev, RoomMessage | UnknownEvent):
            parsed = parse_message_content(ev.source.get("content"))
            if parsed is None:
                return None
            kind, body, relates_to, thread_root = parsed
            return Inbound(**base, timestamp_ms=ts, kind=kind, body=body, relates_to=relates_to,
                           thread_root=thread_root)
        return None

    async def _download(self, ev: RoomEncryptedMedia | RoomMessageMedia) -> Attachment | None:
        """The attachment, decrypted; None if it is too large, unreadable, or not a file at all."""
        info = parse_file_info(ev.source.get("content"))
        if info is None:
            return None
        kind, name, mimetype, declared = info
        limit = self.settings.max_attachment_mb * 1024 * 1024
        if declared is not None and declared > limit:
            return None
        resp = await self.client.download(mxc=ev.url)
        if isinstance(resp, DownloadError) or not hasattr(resp, "body"):
            return None
        data: bytes = resp.body
        if len(data) > limit:
            return None
        if isinstance(ev, RoomEncryptedMedia):
            try:
                data = decrypt_attachment(data, ev.key["k"], ev.hashes["sha256"], ev.iv)
            except Exception:  # a damaged or forged file: treat as no attachment
                log.info("an attachment failed to decrypt (%s)", ev.event_id)
                return None
        return Attachment(kind=kind, name=name, mimetype=mimetype, data=data)


__all__ = ["Receiver"]
