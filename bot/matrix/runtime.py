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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import aiohttp
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
from bot.matrix.inbound import (
    Attachment,
    Inbound,
    parse_file_info,
    parse_message_content,
    parse_reaction_content,
)
from bot.matrix.login import cross_signing_manager, establish_trust, log_in
from bot.matrix.outbox import Outbox
from bot.matrix.session import DataDir, SessionError, StartupError
from bot.matrix.tasks import Background, wait_or_stop
from bot.matrix.trust import IdentityChange
from bot.matrix.trustgate import TrustGate
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Store, UnitOfWork

log = logging.getLogger(__name__)

SYNC_TIMEOUT_MS = 30_000
# Undecryptable events older than this get one gentle "please send again" (see DESIGN.md #4).
UNDECRYPTABLE_GRACE_S = 300.0


class InboundHandler(Protocol):
    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None: ...

    async def identity_changed(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        """The person's cross-signing identity changed (a new phone, or someone else)."""


@dataclass
class Hooks:
    """What other parts of the bot want to hear about from the edge."""

    identity_changed: list[Callable[[list[IdentityChange]], Awaitable[None]]] = field(default_factory=list)


def _carries_anything(resp: SyncResponse) -> bool:
    """Whether a sync brought more than ephemeral events (receipts, typing)."""
    return bool(
        resp.rooms.invite
        or resp.rooms.leave
        or resp.to_device_events
        or resp.device_list.changed
        or resp.device_list.left
        or any(info.timeline.events or info.state for info in resp.rooms.join.values())
    )
class MatrixRuntime:
    def __init__(
        self,
        settings: Settings,
        data: DataDir,
        store: Store,
        redactor: Redactor,
        handler: InboundHandler,
        hooks: Hooks | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.settings = settings
        self.data = data
        self.store = store
        self.redact = redactor
        self.handler = handler
        self._trust: TrustGate | None = None
        self.cross_signing: CrossSigningStatus | None = None
        self.hooks = hooks or Hooks()
        self.metrics = metrics or Metrics()
        self.client: AsyncClient | None = None
        self._stop = asyncio.Event()
        self._outbox: Outbox | None = None
        self._room_locks: dict[str, asyncio.Lock] = {}
        self._keys_lock = asyncio.Lock()
        self._refused: set[str] = set()
        self._told_undecryptable: set[str] = set()
        self._identity_notices: set[str] = set()  # people to tell once their new identity signs a device
        self.pins = rooms.EncryptionPins(store)
        self._background = Background()
        self.synced = asyncio.Event()

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
        return client

    async def login(self) -> AsyncClient:
        """The saved device (or a new one), with its device keys on the server."""
        self.client = await log_in(self.settings, self.data, self.store)
        return self.client

    def cross_signing_manager(self) -> CrossSigningManager:
        return cross_signing_manager(self.require_client(), self.settings, self.data, self.store)

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            raise RuntimeError("connect() first")
        return self._outbox

    @property
    def trust(self) -> TrustGate:
        if self._trust is None:
            raise RuntimeError("connect() first")
        return self._trust

    # --- the loop ------------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        client = self.require_client()
        async with self.store.read() as r:
            since = await r.edge.sync_token()
        first = True
        backoff = 1.0
        await self._retry_pending(None)
        await self.outbox.resume()
        while not self._stop.is_set():
            try:
                resp = await self._sync_once(client, since, full_state=first)
            except (aiohttp.ClientError, TimeoutError, OSError) as e:
                resp = None
                log.warning("homeserver unreachable (%s); retrying in %.0fs", e.__class__.__name__, backoff)
            if resp is None:
                if await wait_or_stop(self._stop, backoff):
                    break
                backoff = min(backoff * 2, 60.0)
                continue
            backoff = 1.0
            report = await self.trust.on_sync(resp)
            if report.changed_identities:
                await self._identities_changed(list(report.changed_identities))
            elif self._identity_notices:
                await self._announce_identities()
            await self._process(resp, initial=first and since is None)
            since = resp.next_batch
            if first or _carries_anything(resp):
                # A sync with only receipts or typing can be replayed harmlessly; skip the write.
                async with self.store.write() as uow:
                    await uow.edge.save_sync_token(since)
            self.metrics.synced()
            if first:
                log.info("Continuum is running as %s", self.redact.person(client.user_id))
            first = False
            self.synced.set()
            self.synced.clear()
        await self._shutdown()

    async def _identities_changed(self, changes: list[IdentityChange]) -> None:
        """Someone's master key changed: tell them in their chats with the bot, and the hooks."""
        log.warning("%d person(s) changed their security identity", len(changes))
        self._identity_notices.update(change.user_id for change in changes)
        await self._announce_identities()
        for notify in self.hooks.identity_changed:
            await notify(changes)

    async def _announce_identities(self) -> None:
        """Send the identity-change notices whose person has a device signed by the new identity.

        A client uploads its new master key first and re-signs its device a moment later; a
        notice sent in between would be encrypted for no device of theirs, and never readable.
        """
        client = self.require_client()
        for user_id in sorted(self._identity_notices):
            keys = self.trust.user_keys(user_id)
            if keys is None or not any(d.cross_signed for d in keys.devices.values()):
                continue
            self._identity_notices.discard(user_id)
            room_ids = [r.room_id for r in client.rooms.values() if user_id in r.users and r.encrypted]
            if not room_ids:
                continue
            async with self.store.write() as uow:
                for room_id in room_ids:
                    await self.handler.identity_changed(user_id, room_id, uow)

    async def _sync_once(self, client: AsyncClient, since: str | None, full_state: bool) -> SyncResponse | None:
        sync_task = asyncio.ensure_future(
            client.sync(timeout=0 if full_state else SYNC_TIMEOUT_MS, since=since, full_state=full_state)
        )
        stop_task = asyncio.ensure_future(self._stop.wait())
        done, _ = await asyncio.wait({sync_task, stop_task}, return_when=asyncio.FIRST_COMPLETED)
        stop_task.cancel()
        if sync_task not in done:
            sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sync_task
            return None
        resp = sync_task.result()
        if not isinstance(resp, SyncResponse):
            log.warning("sync failed: %s", getattr(resp, "status_code", None) or type(resp).__name__)
            return None
        await client.send_to_device_messages()
        await self._keys_housekeeping(client)
        return resp

    async def _keys_housekeeping(self, client: AsyncClient) -> None:
        async with self._keys_lock:
            if client.should_upload_keys:
                await client.keys_upload()
            if client.should_query_keys:
                await client.keys_query()
            if client.should_claim_keys:
                await client.keys_claim(client.get_users_for_key_claiming())

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
        await self.runtime.synced.wait()

    async def check(self) -> list[str]:
        """The start-up check, giving a join on the first sync a couple of syncs to show."""
        client = self._client()
        problems = await rooms.check_mentor_room(client, self.mentor_room)
        for _ in range(3):
            if self.mentor_room is None or self.mentor_room in client.rooms or self.mentor_room.startswith("#"):
                break
            try:
                await asyncio.wait_for(self.runtime.synced.wait(), timeout=40)
            except TimeoutError:
                break
            problems = await rooms.check_mentor_room(client, self.mentor_room)
        return problems


__all__ = [
    "Hooks",
    "InboundHandler",
    "MatrixRuntime",
    "RuntimeLink",
    "SessionError",
    "StartupError",
    "UnitOfWork",
]
