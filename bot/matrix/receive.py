"""Receiving: from a sync's rooms to `Inbound`s handled by the conversations.

For each event the receiver gathers the facts `bot.matrix.events.classify` asks for and does
what it decides: nothing (history, the bot's own, already handled, untrusted…), keep an
undecryptable event until its key arrives, refuse an unencrypted room, or deliver. Delivering
records the event's processed marker and lets the handler act in ONE transaction, so a crash
never handles an event twice nor loses it (DESIGN.md, "Matrix E2EE", 4 and 5).

Each room has its own worker (`bot.matrix.tasks.RoomQueues`): its events are handled in order,
rooms apart, and off the sync loop — a slow download holds up its own room only, and the next
sync comes in meanwhile. `process` returns a future that is done once every room's events of that
sync were handled; the sync loop saves its token only then, so that a crash replays them.
Files are fetched with a hard cap and a deadline, and not at all for a sender over the flood
limit (`bot.matrix.download`). Undecryptable events are kept by `bot.matrix.unreadable` and tried
again when a key arrives: on their room's worker, before that room's events of the same sync, so
that messages are handled in the order they were written.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection
from dataclasses import replace
from functools import partial
from typing import Any

from nio import (
    AsyncClient,
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
from bot.matrix.download import DOWNLOAD_TIMEOUT_S, SenderRate, fetch_media
from bot.matrix.events import (
    Action,
    Deliver,
    Fact,
    Facts,
    Greet,
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
from bot.matrix.tasks import Background, RoomQueues
from bot.matrix.trustgate import TrustGate
from bot.matrix.unreadable import KeptEvents
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import PendingEvent, Store

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
        redact: Redactor,
        metrics: Metrics,
        background: Background | None = None,
        kept: KeptEvents | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.store = store
        self.trust = trust
        self.pins = pins
        self.outbox = outbox
        self.handler = handler
        self.kept = kept or KeptEvents(client, store, notice=None, stop=asyncio.Event(),
                                       grace_s=settings.undecryptable_grace_s, metrics=metrics)
        self.redact = redact
        self.metrics = metrics
        self.rooms = RoomQueues(background or Background())
        self.rate = SenderRate(settings.flood_messages_per_minute)
        self.download_timeout_s = DOWNLOAD_TIMEOUT_S
        self._refused: set[str] = set()

    async def process(self, resp: SyncResponse, initial: bool) -> asyncio.Future[Any]:
        """Everything in `resp`; `initial`: the first sync this bot ever made (all of it is history).

        Returns once each room's events are queued on the room's worker; the future it returns is
        done once they were all handled."""
        client = self.client
        now = time.time()
        for room_id, info in resp.rooms.invite.items():
            await rooms.answer_invite(client, self.settings, self.redact, room_id, info.invite_state)
        if resp.rooms.leave:
            async with self.store.write(now) as uow:
                for room_id in resp.rooms.leave:
                    await uow.edge.record_leave(room_id, now)
        # Kept events whose key just arrived go first, each on its room's worker.
        session_ids = {
            e.session_id for e in resp.to_device_events if isinstance(e, RoomKeyEvent | ForwardedRoomKeyEvent)
        }
        queued = await self.retry_pending(session_ids) if session_ids else []
        for room_id, info in resp.rooms.join.items():
            room = client.rooms.get(room_id)
            if room is None:
                continue
            if room.encrypted:
                await self.pins.pin(room_id)
            events = list(info.state) + list(info.timeline.events)
            if events:
                queued.append(self.rooms.submit(room_id, partial(self._process_room, room, events, initial)))
        return asyncio.gather(*queued)

    async def _process_room(self, room: MatrixRoom, events: list[Event], initial: bool) -> None:
        async with self.store.read() as r:
            joined_at = await r.edge.room_joined_at(room.room_id)
        me = self.client.user_id
        if joined_at is None:
            joined_at = join_time(events, me, time.time())
            async with self.store.write() as uow:
                await uow.edge.record_join(room.room_id, joined_at)
        facts = Facts(me=me, room_encrypted=room.encrypted, cutoff=joined_at, initial=initial,
                      mentor_room=room.room_id == self.settings.mentor_room)
        for ev in events:
            await self._on_event(room, ev, facts)

    async def _on_event(self, room: MatrixRoom, ev: Event, facts: Facts) -> None:
        action = await self._decide(room, ev, facts)
        if isinstance(action, Ignore):
            if action.why is Why.PLAINTEXT:
                log.info("ignored an unencrypted message in an encrypted room (%s)", self.redact.event(ev.event_id))
            elif action.why in (Why.UNTRUSTED, Why.UNAUTHENTICATED, Why.NOT_ALL_TRUSTED):
                what = "a message" if action.why is Why.UNTRUSTED else "a reaction"
                log.warning("ignored %s from an untrusted device of %s (%s)", what, self.redact.person(ev.sender),
                            action.why.value)
            else:
                log.debug("ignored %s (%s): %s", self.redact.event(ev.event_id), type(ev).__name__, action.why.value)
        elif isinstance(action, KeepUndecryptable):
            assert isinstance(ev, MegolmEvent)
            await self.kept.keep(room.room_id, ev)
        elif isinstance(action, RefuseRoom):
            if room.room_id not in self._refused:
                self._refused.add(room.room_id)
                await rooms.refuse_unencrypted(self.client, self.store, self.redact, room.room_id)
        elif isinstance(action, Deliver):
            # Counted as the conversations' flood gate counts: no download for what it would drop.
            within_rate = self.rate.allow(ev.sender, time.monotonic())
            inbound = await self._to_inbound(room, ev, download=within_rate)
            if inbound is not None:
                await self._deliver(inbound)
        elif isinstance(action, Greet):
            others = [user for user in room.users if user != facts.me]
            if len(others) == 1:  # a direct chat: greet the one who invited the bot
                await self._deliver(Inbound(room_id=room.room_id, sender=others[0], event_id=ev.event_id,
                                            timestamp_ms=int(ev.server_timestamp), kind="joined"))

    async def _decide(self, room: MatrixRoom, ev: Event, facts: Facts) -> Action:
        """`classify`, learning the facts it asks for (each costs a read or a key query)."""
        action = classify(ev, facts)
        while isinstance(action, Lookup):
            if action.fact is Fact.PROCESSED:
                async with self.store.read() as r:
                    facts = replace(facts, processed=await r.edge.is_processed(ev.event_id))
            elif action.fact is Fact.PINNED:
                facts = replace(facts, pinned=await self.pins.is_pinned(room.room_id))
            elif action.fact is Fact.ALL_TRUSTED:
                facts = replace(facts, all_trusted=await self.trust.all_devices_trusted(ev.sender))
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
        log.debug("handled %s; %d room(s) to send to", self.redact.event(inbound.event_id), len(uow.rooms_to_flush))
        self.metrics.messages_handled.inc(kind=inbound.kind)
        self.outbox.acknowledge(inbound.room_id, inbound.event_id, inbound.room_id in uow.rooms_to_flush)

    # --- from an event to what the conversations hear ---------------------------------------
    async def _to_inbound(self, room: MatrixRoom, ev: Event, download: bool = True) -> Inbound | None:
        base = {"room_id": room.room_id, "sender": ev.sender, "event_id": ev.event_id}
        ts = int(ev.server_timestamp)
        if isinstance(ev, ReactionEvent):
            parsed_reaction = parse_reaction_content(ev.source.get("content"))
            if parsed_reaction is None:
                return None
            return Inbound(**base, timestamp_ms=ts, kind="reaction", body=parsed_reaction[1],
                           relates_to=parsed_reaction[0])
        if isinstance(ev, RoomEncryptedMedia | RoomMessageMedia):
            # Files from mentors are never passed on: nothing to fetch in the mentor room.
            wanted = download and room.room_id != self.settings.mentor_room
            if not download:
                log.info("a file was not downloaded: its sender is over the flood limit")
            attachment = await self._download(ev) if wanted else None
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
        if not isinstance(ev.url, str):
            return None
        fetched = await fetch_media(self.client.homeserver, self.client.access_token, ev.url, limit,
                                    self.download_timeout_s)
        if fetched is None:
            return None
        data = fetched
        if isinstance(ev, RoomEncryptedMedia):
            try:
                data = decrypt_attachment(data, ev.key["k"], ev.hashes["sha256"], ev.iv)
            except Exception:  # a damaged or forged file: treat as no attachment
                log.info("an attachment failed to decrypt (%s)", self.redact.event(ev.event_id))
                return None
        return Attachment(kind=kind, name=name, mimetype=mimetype, data=data)

    # --- undecryptable events ---------------------------------------------------------------
    async def retry_pending(self, sessions: Collection[str] | None) -> list[asyncio.Future[None]]:
        """Try the kept undecryptable events again, each on its room's worker (after what that
        room already has queued): those of `sessions`, whose key just arrived, or (None) all of
        them, at start. Returns the futures of the retries queued."""
        waiting = await self.kept.waiting(sessions)
        return [self.rooms.submit(p.room_id, partial(self._retry, p)) for p in waiting
                if self.client.rooms.get(p.room_id) is not None]

    async def _retry(self, pending: PendingEvent) -> None:
        room = self.client.rooms.get(pending.room_id)
        if room is None:
            return
        decrypted = await self.kept.take(pending)
        if decrypted is not None:
            # Checked against the history cut-off when it came in; the rest is decided again.
            facts = Facts(me=self.client.user_id, room_encrypted=room.encrypted, cutoff=None,
                          mentor_room=room.room_id == self.settings.mentor_room)
            await self._on_event(room, decrypted, facts)


__all__ = ["Receiver"]
