"""The Matrix edge: login, crypto store, sync loop, invites, encryption checks, sending.

Nothing about flows lives here. Each event becomes an `Inbound` that a handler turns into state
changes and outgoing messages inside ONE transaction, together with the event's processed
marker; the outbox is then drained by one sender per room, so a slow or broken room never holds
up the others, and a crash between "decided" and "sent" resends with the same transaction id
(the homeserver deduplicates it) instead of losing or doubling the message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable
from dataclasses import replace
from typing import Any, TypeVar

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
from bot.matrix.crosssigning import CrossSigningManager, CrossSigningStatus
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
from bot.matrix.identities import IdentityNotices
from bot.matrix.inbound import (
    Attachment,
    Inbound,
    InboundHandler,
    parse_file_info,
    parse_message_content,
    parse_reaction_content,
)
from bot.matrix.login import cross_signing_manager, establish_trust, log_in
from bot.matrix.outbox import Outbox
from bot.matrix.session import DataDir, SessionError, StartupError
from bot.matrix.sync import SyncLoop
from bot.matrix.tasks import Background
from bot.matrix.trustgate import TrustGate
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Store, UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")


class MatrixRuntime:
    def __init__(
        self,
        settings: Settings,
        data: DataDir,
        store: Store,
        redactor: Redactor,
        handler: InboundHandler,
        metrics: Metrics | None = None,
    ) -> None:
        self.settings = settings
        self.data = data
        self.store = store
        self.redact = redactor
        self.handler = handler
        self._trust: TrustGate | None = None
        self.cross_signing: CrossSigningStatus | None = None
        self.metrics = metrics or Metrics()
        self.client: AsyncClient | None = None
        self._stop = asyncio.Event()
        self._outbox: Outbox | None = None
        self._room_locks: dict[str, asyncio.Lock] = {}
        self._keys_lock = asyncio.Lock()
        self._refused: set[str] = set()
        self.pins = rooms.EncryptionPins(store)
        self._background = Background()
        self._sync: SyncLoop | None = None
        self._identities: IdentityNotices | None = None

    # --- start ---------------------------------------------------------------------------
    async def connect(self) -> AsyncClient:
        """Log in, publish the device keys, make sure the device is cross-signed; then trust."""
        client = await self.login()
        self.cross_signing, trust = await establish_trust(client, self.settings, self.data, self.store)
        self._trust = trust
        self._outbox = Outbox(
            client, self.store, trust, self.pins, keys_lock=self._keys_lock, background=self._background,
            stop=self._stop, pace_ms=self.settings.pace_ms, redact=self.redact, metrics=self.metrics,
        )
        self._identities = IdentityNotices(client, self.store, trust, self.handler)
        self._sync = SyncLoop(client, self.store, self._on_sync, keys_lock=self._keys_lock, stop=self._stop,
                              redact=self.redact, metrics=self.metrics)
        return client

    async def login(self) -> AsyncClient:
        """The saved device (or a new one), with its device keys on the server."""
        self.client = await log_in(self.settings, self.data, self.store)
        return self.client

    def cross_signing_manager(self) -> CrossSigningManager:
        return cross_signing_manager(self.require_client(), self.settings, self.data, self.store)

    @property
    def outbox(self) -> Outbox:
        return self._connected(self._outbox)

    @property
    def trust(self) -> TrustGate:
        return self._connected(self._trust)

    @staticmethod
    def _connected(part: T | None) -> T:
        if part is None:
            raise RuntimeError("connect() first")
        return part

    # --- the loop ------------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        """Catch up on what was left undone, then sync until `stop()`; then shut down."""
        sync = self._connected(self._sync)
        await self._retry_pending(None)
        await self.outbox.resume()
        await sync.run()
        await self._shutdown()

    async def _on_sync(self, resp: SyncResponse, initial: bool) -> None:
        report = await self.trust.on_sync(resp)
        await self._connected(self._identities).after_sync(report)
        await self._process(resp, initial)

    @property
    def first_sync_done(self) -> asyncio.Event:
        """Set once the first sync after the start was handled (and stays set)."""
        return self._connected(self._sync).first_sync_done

    async def wait_next_sync(self) -> None:
        """Wait until the next sync has been handled."""
        await self._connected(self._sync).wait_next_sync()

    async def _shutdown(self) -> None:
        await self._background.cancel_all()
        if self.client is not None:
            await self.client.close()

    def require_client(self) -> AsyncClient:
        if self.client is None:
            raise RuntimeError("connect() first")
        return self.client

    # --- processing a sync response ------------------------------------------------------
    async def _process(self, resp: SyncResponse, initial: bool) -> None:
        client = self.require_client()
        now = time.time()
        for room_id, info in resp.rooms.invite.items():
            await rooms.answer_invite(client, self.settings, self.redact, room_id, info.invite_state)
        if resp.rooms.leave:
            async with self.store.write(now) as uow:
                for room_id in resp.rooms.leave:
                    await uow.edge.record_leave(room_id, now)
        work = []
        for room_id, info in resp.rooms.join.items():
            room = client.rooms.get(room_id)
            if room is None:
                continue
            if room.encrypted:
                await self.pins.pin(room_id)
            work.append(self._process_room(room, list(info.state) + list(info.timeline.events), initial))
        # Rooms in parallel, each in order; a failure in one room is logged, not spread.
        for result in await asyncio.gather(*work, return_exceptions=True):
            if isinstance(result, Exception):
                log.error("a room's events could not be processed", exc_info=result)
        session_ids = {
            e.session_id for e in resp.to_device_events if isinstance(e, RoomKeyEvent | ForwardedRoomKeyEvent)
        }
        for session_id in session_ids:
            await self._retry_pending(session_id)

    def _room_lock(self, room_id: str) -> asyncio.Lock:
        return self._room_locks.setdefault(room_id, asyncio.Lock())

    async def _process_room(self, room: MatrixRoom, events: list[Event], initial: bool) -> None:
        async with self._room_lock(room.room_id):
            async with self.store.read() as r:
                joined_at = await r.edge.room_joined_at(room.room_id)
            me = self.require_client().user_id
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
            await self._on_undecryptable(room, ev)
        elif isinstance(action, RefuseRoom):
            if room.room_id not in self._refused:
                self._refused.add(room.room_id)
                await rooms.refuse_unencrypted(self.require_client(), self.store, self.redact, room.room_id)
        elif isinstance(action, Deliver):
            inbound = await self._to_inbound(room, ev)
            if inbound is not None:
                await self.deliver(inbound)

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

    async def deliver(self, inbound: Inbound) -> None:
        """Record the event and let the handler act on it, all in one transaction."""
        async with self.store.write() as uow:
            if not await uow.edge.mark_processed(inbound.event_id, inbound.room_id, uow.now):
                return
            await self.handler.handle(inbound, uow)
        # The store's committed hook (`flush`) has woken the rooms' senders.
        log.debug("handled %s; %d room(s) to send to", inbound.event_id, len(uow.rooms_to_flush))
        self.metrics.messages_handled.inc(kind=inbound.kind)
        self.outbox.acknowledge(inbound.room_id, inbound.event_id, inbound.room_id in uow.rooms_to_flush)

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
            if attachment is None:
                return Inbound(**base, timestamp_ms=ts, kind="attachment", attachment=None)
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
        info = parse_file_info(ev.source.get("content"))
        if info is None:
            return None
        kind, name, mimetype, declared = info
        limit = self.settings.max_attachment_mb * 1024 * 1024
        if declared is not None and declared > limit:
            return None
        client = self.require_client()
        resp = await client.download(mxc=ev.url)
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

    # --- undecryptable events ------------------------------------------------------------
    async def _on_undecryptable(self, room: MatrixRoom, ev: MegolmEvent) -> None:
        client = self.require_client()
        self.metrics.decryption_failures.inc()
        async with self.store.write() as uow:
            await uow.edge.add_pending(ev.event_id, room.room_id, ev.sender, ev.session_id, ev.source, uow.now)
        log.info("an event could not be decrypted yet; asking for its key (%s)", ev.event_id)
        with contextlib.suppress(Exception):  # a key request already in flight is fine
            await client.request_room_key(ev)

    async def _retry_pending(self, session_id: str | None) -> None:
        client = self.client
        if client is None:
            return
        async with self.store.read() as r:
            waiting = await r.edge.pending(session_id)
        for pending in waiting:
            room = client.rooms.get(pending.room_id)
            megolm = MegolmEvent.from_dict(pending.source)
            if room is None or not isinstance(megolm, MegolmEvent):
                continue
            try:
                decrypted = client.decrypt_event(megolm)
            except Exception:
                decrypted = None
            if decrypted is None or isinstance(decrypted, MegolmEvent):
                async with self.store.write() as uow:
                    await uow.edge.bump_pending(pending.event_id)
                continue
            async with self.store.write() as tx:
                await tx.edge.drop_pending(pending.event_id)
            # Checked against the history cut-off when it came in; the rest is decided again.
            await self._on_event(room, decrypted, Facts(me=client.user_id, room_encrypted=room.encrypted, cutoff=None))

    # --- sending -------------------------------------------------------------------------
    def flush(self, uow: UnitOfWork) -> None:
        """After a unit of work committed: start sending what it queued."""
        if self._outbox is not None:  # before connect(), `run()` picks the rooms up at start
            for room_id in uow.rooms_to_flush:
                self._outbox.flush(room_id)
        for job in uow.committed_jobs:
            self.spawn(job(), "after-commit")

    def spawn(self, work: Awaitable[None], name: str) -> None:
        """Run `work` in the background (`name` says what it does, never for whom)."""
        self._background.spawn(work, name)

    # --- for bot.care.privacy: redactions, leaving, encrypted uploads ----------------------------
    @property
    def own_user_id(self) -> str:
        return str(self.require_client().user_id)

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None:
        """Wait (at most `wait_s`) until the room's sender has sent what was queued."""
        await self.outbox.drain(room_id, wait_s)

    async def redact_event(self, room_id: str, event_id: str) -> str:
        return await rooms.redact_event(self.require_client(), room_id, event_id)

    def may_redact_others(self, room_id: str) -> bool:
        return rooms.may_redact_others(self.require_client(), room_id)

    async def history(self, room_id: str, limit: int = 5000) -> list[tuple[str, str]]:
        return await rooms.history(self.require_client(), room_id, limit)

    async def leave(self, room_id: str) -> bool:
        return await rooms.leave_and_forget(self.require_client(), room_id)

    async def upload_encrypted(self, data: bytes, mimetype: str) -> dict[str, Any] | None:
        return await rooms.upload_encrypted(self.require_client(), data, mimetype)


class RuntimeLink:
    """`bot.care.mentors.desk.MatrixLink` over the running `MatrixRuntime` (its nio client)."""

    def __init__(self, runtime: MatrixRuntime, mentor_room: str | None) -> None:
        self.runtime = runtime
        self.mentor_room = mentor_room

    def _client(self) -> AsyncClient:
        client = self.runtime.client
        if client is None:
            raise RuntimeError("not connected")
        return client

    def is_member(self, user_id: str) -> bool:
        client = self.runtime.client
        if client is None or self.mentor_room is None:
            return False
        room = client.rooms.get(self.mentor_room)
        return room is not None and user_id in room.users and user_id not in room.invited_users

    @property
    def own_user_id(self) -> str:
        return str(self._client().user_id)

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        """The file goes up encrypted and without its name (`name` stays inside the event)."""
        file = await rooms.upload_encrypted(self._client(), data, mimetype)
        if file is None:
            raise RuntimeError("the upload failed")
        return file

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str:
        return await rooms.create_encrypted_room(self._client(), invite, name)

    async def first_sync(self) -> None:
        await self.runtime.first_sync_done.wait()

    async def check(self) -> list[str]:
        """The start-up check, giving a join on the first sync a couple of syncs to show."""
        client = self._client()
        problems = await rooms.check_mentor_room(client, self.mentor_room)
        for _ in range(3):
            if self.mentor_room is None or self.mentor_room in client.rooms or self.mentor_room.startswith("#"):
                break
            try:
                await asyncio.wait_for(self.runtime.wait_next_sync(), timeout=40)
            except TimeoutError:
                break
            problems = await rooms.check_mentor_room(client, self.mentor_room)
        return problems


__all__ = [
    "InboundHandler",
    "MatrixRuntime",
    "RuntimeLink",
    "SessionError",
    "StartupError",
    "UnitOfWork",
]
