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
import io
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    DownloadError,
    Event,
    ForwardedRoomKeyEvent,
    InviteMemberEvent,
    JoinError,
    KeysUploadResponse,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    ReactionEvent,
    RoomEncryptedMedia,
    RoomKeyEvent,
    RoomLeaveResponse,
    RoomMemberEvent,
    RoomMessage,
    RoomMessageMedia,
    RoomMessagesResponse,
    RoomRedactResponse,
    RoomSendResponse,
    SyncResponse,
    UnknownEvent,
    UploadResponse,
    WhoamiResponse,
)
from nio.crypto import decrypt_attachment

from bot.matrix.crosssigning import CrossSigningError, CrossSigningManager, CrossSigningStatus
from bot.matrix.inbound import (
    Attachment,
    Inbound,
    parse_file_info,
    parse_message_content,
    parse_reaction_content,
)
from bot.matrix.session import DataDir, SavedLogin, SessionError
from bot.matrix.trust import DeviceTrust, IdentityChange, TrustReport, UserKeys
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import OutboxItem, Store, UnitOfWork, txn_of_ref

log = logging.getLogger(__name__)

SYNC_TIMEOUT_MS = 30_000
# Undecryptable events older than this get one gentle "please send again" (see DESIGN.md #4).
UNDECRYPTABLE_GRACE_S = 300.0


class StartupError(Exception):
    """The bot cannot start; the message tells the admin what to do."""


class InboundHandler(Protocol):
    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None: ...

    async def identity_changed(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        """The person's cross-signing identity changed (a new phone, or someone else)."""


class TrustGate(Protocol):
    """The device-trust policy as the runtime needs it (implemented by `bot.matrix.trust.DeviceTrust`)."""

    @property
    def share_with_unverified(self) -> bool: ...

    async def on_sync(self, response: Any) -> TrustReport: ...

    async def prepare_send(self, room_id: str) -> TrustReport: ...

    async def check_event(self, sender: str, event: Any) -> bool: ...

    def user_keys(self, user_id: str) -> UserKeys | None: ...


class StoreTofu:
    """Each person's first-seen master key, kept in our database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def get_master_key(self, user_id: str) -> str | None:
        async with self.store.read() as r:
            return await r.edge.get_master_key(user_id)

    async def set_master_key(self, user_id: str, key: str) -> None:
        async with self.store.write() as uow:
            await uow.edge.set_master_key(user_id, key, uow.now)


@dataclass
class Hooks:
    """What other parts of the bot want to hear about from the edge."""

    identity_changed: list[Callable[[list[IdentityChange]], Awaitable[None]]] = field(default_factory=list)


def _carries_anything(resp: SyncResponse) -> bool:
    """Whether a sync brought more than ephemeral events (receipts, typing)."""
    rooms = resp.rooms
    return bool(
        rooms.invite
        or rooms.leave
        or resp.to_device_events
        or resp.device_list.changed
        or resp.device_list.left
        or any(info.timeline.events or info.state for info in rooms.join.values())
    )
# What a wipe redacts: what people wrote or tapped (state events are never redacted).
_REDACTABLE = frozenset({"m.room.message", "m.room.encrypted", "m.reaction", "m.sticker"})


def text_content(body: str, html: str | None = None, msgtype: str = "m.text") -> dict[str, Any]:
    content: dict[str, Any] = {"msgtype": msgtype, "body": body}
    if html is not None:
        content["format"] = "org.matrix.custom.html"
        content["formatted_body"] = html
    return content


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
        self._senders: dict[str, asyncio.Task[None]] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._room_locks: dict[str, asyncio.Lock] = {}
        self._keys_lock = asyncio.Lock()
        self._refused: set[str] = set()
        self._told_undecryptable: set[str] = set()
        self._courtesies: set[asyncio.Task[None]] = set()
        self._identity_notices: set[str] = set()  # people to tell once their new identity signs a device
        self._pinned: set[str] = set()  # rooms seen encrypted (a cache of the rooms table)
        self._receipts: dict[str, str] = {}  # room → last handled event, acknowledged once replies are out
        self._jobs: set[asyncio.Task[None]] = set()
        self.synced = asyncio.Event()

    # --- start ---------------------------------------------------------------------------
    async def connect(self) -> AsyncClient:
        """Log in, publish the device keys, make sure the device is cross-signed; then trust."""
        client = await self.login()
        s = self.settings
        try:
            self.cross_signing = await self.cross_signing_manager().ensure()
        except CrossSigningError as e:
            await client.close()
            raise StartupError(f"cross-signing: {e}") from None
        if self.cross_signing.created_identity:
            log.info("created the bot's cross-signing identity; `continuum identity show` prints its fingerprints")
        self._trust = DeviceTrust(
            client, s.trust, StoreTofu(self.store), own_master_key=self.cross_signing.fingerprints.master
        )
        return client

    def cross_signing_manager(self) -> CrossSigningManager:
        client = self._require_client()
        return CrossSigningManager(client, self.data.identity_file, self.store.box, self.settings.read_password())

    async def login(self) -> AsyncClient:
        """The saved device (or a new one), with its device keys on the server."""
        s = self.settings
        config = AsyncClientConfig(
            encryption_enabled=True,
            store_sync_tokens=False,  # our own database holds the token, next to the markers
            pickle_key=self.data.pickle_key(s.pickle_key_file),
            request_timeout=60,
        )
        saved = self.data.load_login(self.store.box)
        if saved is not None:
            if saved.user_id != s.user_id:
                raise StartupError(
                    f"the data dir belongs to {saved.user_id}, not {s.user_id}; use another data dir"
                )
            self.data.check_store_matches(saved)
            client = AsyncClient(s.homeserver, s.user_id, saved.device_id, str(self.data.crypto_dir), config)
            client.restore_login(saved.user_id, saved.device_id, saved.access_token)
            who = await self._whoami(client)
            if who.device_id and who.device_id != saved.device_id:
                await client.close()
                raise StartupError(
                    f"the saved access token belongs to device {who.device_id}, not {saved.device_id}"
                )
        else:
            client = AsyncClient(s.homeserver, s.user_id, store_path=str(self.data.crypto_dir), config=config)
            client.user_id = s.user_id
            token = s.read_access_token()
            if token is not None:
                client.access_token = token
                who = await self._whoami(client)
                if not who.device_id:
                    await client.close()
                    raise StartupError("the access token has no device id; log in with a password instead")
                if self.data.crypto_store_file(s.user_id, who.device_id).exists() is False and any(
                    self.data.crypto_dir.glob("*.db")
                ):
                    log.warning("logging in with a token for a device this data dir has no store for")
                client.restore_login(s.user_id, who.device_id, token)
            else:
                resp = await client.login(password=s.read_password() or "", device_name=s.device_name)
                if not isinstance(resp, LoginResponse):
                    await client.close()
                    raise StartupError(f"login as {s.user_id} failed: {getattr(resp, 'message', resp)}")
            assert client.device_id is not None
            self.data.save_login(self.store.box, SavedLogin(s.user_id, client.device_id, client.access_token))
            log.info("logged in as a new device %s", client.device_id)
        if client.olm is None:
            await client.close()
            raise StartupError("end-to-end encryption is not available (is matrix-nio[e2e] installed?)")
        if client.should_upload_keys:
            resp_up = await client.keys_upload()
            if not isinstance(resp_up, KeysUploadResponse):
                await client.close()
                raise StartupError(f"uploading the device keys failed: {getattr(resp_up, 'message', resp_up)}")
        self.client = client
        return client

    @property
    def trust(self) -> TrustGate:
        if self._trust is None:
            raise RuntimeError("connect() first")
        return self._trust

    async def _whoami(self, client: AsyncClient) -> WhoamiResponse:
        resp = await client.whoami()
        if not isinstance(resp, WhoamiResponse):
            await client.close()
            raise StartupError(
                f"the homeserver refused the saved access token ({getattr(resp, 'message', resp)}); "
                "if the device was logged out, remove the session file to log in again"
            )
        return resp

    # --- the loop ------------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        client = self._require_client()
        async with self.store.read() as r:
            since = await r.edge.sync_token()
            unsent_rooms = {i.room_id for i in await r.edge.unsent()}
        first = True
        backoff = 1.0
        await self._retry_pending(None)
        for room_id in unsent_rooms:
            self._flush(room_id)
        while not self._stop.is_set():
            try:
                resp = await self._sync_once(client, since, full_state=first)
            except (aiohttp.ClientError, TimeoutError, OSError) as e:
                resp = None
                log.warning("homeserver unreachable (%s); retrying in %.0fs", e.__class__.__name__, backoff)
            if resp is None:
                if await self._wait_stop(backoff):
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
        client = self._require_client()
        for user_id in sorted(self._identity_notices):
            keys = self.trust.user_keys(user_id)
            if keys is None or not any(d.cross_signed for d in keys.devices.values()):
                continue
            self._identity_notices.discard(user_id)
            rooms = [r.room_id for r in client.rooms.values() if user_id in r.users and r.encrypted]
            if not rooms:
                continue
            async with self.store.write() as uow:
                for room_id in rooms:
                    await self.handler.identity_changed(user_id, room_id, uow)

    async def _wait_stop(self, seconds: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        return self._stop.is_set()

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
        tasks = [*self._senders.values(), *self._jobs, *self._courtesies]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.client is not None:
            await self.client.close()

    def require_client(self) -> AsyncClient:
        return self._require_client()

    def _require_client(self) -> AsyncClient:
        if self.client is None:
            raise RuntimeError("connect() first")
        return self.client

    # --- processing a sync response ------------------------------------------------------
    async def _process(self, resp: SyncResponse, initial: bool) -> None:
        client = self._require_client()
        now = time.time()
        for room_id, info in resp.rooms.invite.items():
            await self._on_invite(room_id, info.invite_state)
        if resp.rooms.leave:
            async with self.store.write(now) as uow:
                for room_id in resp.rooms.leave:
                    await uow.edge.record_leave(room_id, now)
        work = []
        for room_id, info in resp.rooms.join.items():
            room = client.rooms.get(room_id)
            if room is None:
                continue
            if room.encrypted and room_id not in self._pinned:
                async with self.store.write() as uow:
                    await uow.edge.pin_encrypted(room_id)
                self._pinned.add(room_id)
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
            me = self._require_client().user_id
            if joined_at is None:
                mine = {
                    ev.membership: ev.server_timestamp / 1000
                    for ev in events
                    if isinstance(ev, RoomMemberEvent) and ev.state_key == me
                }
                # What a person wrote after inviting the bot was meant for it (Element shares those
                # keys with invited members); what came before is history. Without our membership
                # events in sight, only what comes from now on is new.
                joined_at = mine.get("invite") or mine.get("join") or time.time()
                async with self.store.write() as uow:
                    await uow.edge.record_join(room.room_id, joined_at)
            for ev in events:
                if isinstance(ev, RoomMemberEvent) or ev.sender == me:
                    continue
                # History: anything from before the bot joined, or everything on a first-ever sync.
                if initial or joined_at is None or ev.server_timestamp / 1000 < joined_at:
                    continue
                await self._on_event(room, ev)

    async def _on_event(self, room: MatrixRoom, ev: Event) -> None:
        log.debug("event %s (%s)", ev.event_id, type(ev).__name__)
        async with self.store.read() as r:
            if await r.edge.is_processed(ev.event_id):
                return
        if isinstance(ev, MegolmEvent):
            await self._on_undecryptable(room, ev)
            return
        if not isinstance(ev, RoomMessage | ReactionEvent | UnknownEvent):
            return  # state changes and the like: nothing a person said
        encrypted = room.encrypted or await self._is_pinned(room.room_id)
        if not encrypted:
            if isinstance(ev, RoomMessage):
                await self._refuse_unencrypted(room)
            return
        if isinstance(ev, RoomMessage) and not getattr(ev, "decrypted", False):
            # Plaintext slipped into an encrypted room: anyone on the server could have written it.
            log.info("ignored an unencrypted message in an encrypted room (%s)", ev.event_id)
            return
        # Element sends reactions unencrypted by design; they only pick an option we offered.
        if not isinstance(ev, ReactionEvent) and not await self.trust.check_event(ev.sender, ev):
            log.warning("ignored a message from an untrusted device of %s", self.redact.person(ev.sender))
            return
        inbound = await self._to_inbound(room, ev)
        if inbound is None:
            return
        await self.deliver(inbound)

    async def deliver(self, inbound: Inbound) -> None:
        """Record the event and let the handler act on it, all in one transaction."""
        async with self.store.write() as uow:
            if not await uow.edge.mark_processed(inbound.event_id, inbound.room_id, uow.now):
                return
            await self.handler.handle(inbound, uow)
        # The store's committed hook (`flush`) has woken the rooms' senders.
        log.debug("handled %s; %d room(s) to send to", inbound.event_id, len(uow.rooms_to_flush))
        self.metrics.messages_handled.inc(kind=inbound.kind)
        if inbound.room_id in uow.rooms_to_flush:
            # Acknowledge once the replies are out: a receipt request never competes with them.
            self._receipts[inbound.room_id] = inbound.event_id
        else:
            self._background(self._receipt(inbound.room_id, inbound.event_id))

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
        client = self._require_client()
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
        client = self._require_client()
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
            await self._on_event(room, decrypted)

    # --- invites and unencrypted rooms ---------------------------------------------------
    async def _on_invite(self, room_id: str, invite_state: list[Any]) -> None:
        client = self._require_client()
        me = client.user_id
        mine = [e for e in invite_state if isinstance(e, InviteMemberEvent) and e.state_key == me]
        if not mine:
            return
        inviter = mine[-1].sender
        is_direct = bool(mine[-1].content.get("is_direct")) if isinstance(mine[-1].content, dict) else False
        reason = self._invite_refusal(room_id, inviter, is_direct)
        if reason is not None:
            log.info("declined an invite from %s: %s", self.redact.person(inviter), reason)
            await client.room_leave(room_id)
            return
        resp = await client.join(room_id)
        if isinstance(resp, JoinError):
            log.warning("could not join %s: %s", self.redact.room(room_id), resp.message)
            return
        log.info("joined a room on invite from %s", self.redact.person(inviter))

    def _invite_refusal(self, room_id: str, inviter: str, is_direct: bool) -> str | None:
        s = self.settings
        if s.mentor_room is not None and room_id == s.mentor_room:
            return None
        server = inviter.split(":", 1)[-1]
        if s.allowed_servers and server not in s.allowed_servers:
            return "server not allowed"
        if s.allowed_users and inviter not in s.allowed_users:
            return "user not allowed"
        if not is_direct:
            return "not a direct chat"
        return None

    async def _refuse_unencrypted(self, room: MatrixRoom) -> None:
        if room.room_id in self._refused:
            return
        self._refused.add(room.room_id)
        client = self._require_client()
        log.info("refusing an unencrypted room %s", self.redact.room(room.room_id))
        # The one plaintext message the bot ever sends, and only into a room never seen encrypted.
        await client.room_send(
            room.room_id,
            "m.room.message",
            text_content(
                "I only talk in end-to-end encrypted chats, to keep you safe. "
                "Please start a new encrypted direct chat with me."
            ),
        )
        await client.room_leave(room.room_id)
        async with self.store.write() as uow:
            await uow.edge.record_leave(room.room_id, uow.now)

    # --- sending -------------------------------------------------------------------------
    def flush(self, uow: UnitOfWork) -> None:
        """After a unit of work committed: start sending what it queued."""
        for room_id in uow.rooms_to_flush:
            self._flush(room_id)
        for job in uow.committed_jobs:
            self.spawn(job())

    def spawn(self, work: Awaitable[None]) -> None:
        """Run `work` in the background, keeping a reference; a failure is logged by type only."""
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self._jobs.add(task)
        task.add_done_callback(self._job_done)

    def _job_done(self, task: asyncio.Task[None]) -> None:
        self._jobs.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a background job failed (%s)", type(task.exception()).__name__)

    async def _is_pinned(self, room_id: str) -> bool:
        if room_id in self._pinned:
            return True
        async with self.store.read() as r:
            pinned = await r.edge.is_pinned_encrypted(room_id)
        if pinned:
            self._pinned.add(room_id)
            return True
        return False

    def _flush(self, room_id: str) -> None:
        self._wake.setdefault(room_id, asyncio.Event()).set()
        task = self._senders.get(room_id)
        if task is None or task.done():
            self._senders[room_id] = asyncio.create_task(self._sender(room_id), name=f"sender-{room_id}")

    async def _sender(self, room_id: str) -> None:
        wake = self._wake.setdefault(room_id, asyncio.Event())
        backoff = 1.0
        while not self._stop.is_set():
            wake.clear()
            async with self.store.read() as r:
                items = await r.edge.unsent(room_id)
            if not items:
                if wake.is_set():
                    # Something was queued while we looked: `_flush` saw this task still running
                    # and left the sending to it, so look again rather than exit (a lost wake-up).
                    continue
                handled = self._receipts.pop(room_id, None)
                if handled is not None:
                    self._background(self._receipt(room_id, handled))
                return
            # With a pace between messages, show "typing…" so the pause reads as composing.
            typing = self.settings.pace_ms > 0 and len(items) > 1
            if typing:
                self._background(self._typing(room_id, True))
            for item in items:
                delay = item.not_before - time.time()
                if delay > 0 and await self._wait_stop(delay):
                    return
                if await self._send_item(item):
                    backoff = 1.0
                    if self.settings.pace_ms and await self._wait_stop(self.settings.pace_ms / 1000):
                        return
                    continue
                async with self.store.write() as uow:
                    await uow.edge.mark_attempt(item.id)
                if await self._wait_stop(backoff):
                    return
                backoff = min(backoff * 2, 120.0)
                break  # keep the room's order: retry from the first unsent
            if typing:
                self._background(self._typing(room_id, False))

    async def _send_item(self, item: OutboxItem) -> bool:
        client = self._require_client()
        room = client.rooms.get(item.room_id)
        if room is None:
            log.warning("cannot send into %s: not joined", self.redact.room(item.room_id))
            return False
        pinned = await self._is_pinned(item.room_id)
        if pinned and not room.encrypted:
            log.error("refusing to send plaintext into %s, which was encrypted", self.redact.room(item.room_id))
            return False
        if not room.encrypted:
            log.error("refusing to send into unencrypted %s", self.redact.room(item.room_id))
            return False
        content = item.content
        relates = content.get("m.relates_to")
        ref_txn = txn_of_ref(str(relates.get("event_id", ""))) if isinstance(relates, dict) else None
        if isinstance(relates, dict) and ref_txn is not None:
            async with self.store.read() as r:
                target = await r.edge.event_id_of_txn(ref_txn)
            if target is None:
                return False
            content = {**content, "m.relates_to": {**relates, "event_id": target}}
        try:
            async with self._keys_lock:
                await self.trust.prepare_send(item.room_id)
            resp = await client.room_send(
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
        log.debug("sent %s as %s", item.txn_id, resp.event_id)
        async with self.store.write() as uow:
            await uow.edge.mark_sent(item.id, resp.event_id, uow.now)
        return True

    def _background(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._courtesies.add(task)
        task.add_done_callback(self._courtesies.discard)

    async def _typing(self, room_id: str, on: bool) -> None:
        client = self._require_client()
        with contextlib.suppress(Exception):  # a courtesy; never fail on it
            await client.room_typing(room_id, on, timeout=30000)

    async def _receipt(self, room_id: str, event_id: str) -> None:
        client = self._require_client()
        with contextlib.suppress(Exception):  # a receipt is a courtesy; never fail on it
            await client.room_read_markers(room_id, fully_read_event=event_id, read_event=event_id)

    # --- for bot.care.privacy: redactions, leaving, encrypted uploads ----------------------------
    @property
    def own_user_id(self) -> str:
        return str(self._require_client().user_id)

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None:
        """Wait (at most `wait_s`) until the room's sender has sent what was queued."""
        task = self._senders.get(room_id)
        if task is not None and not task.done():
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(task), wait_s)

    async def redact_event(self, room_id: str, event_id: str) -> str:
        """Redact one event, without a reason: 'ok', 'forbidden' (power level) or 'failed'."""
        client = self._require_client()
        try:
            resp = await client.room_redact(room_id, event_id)
        except (aiohttp.ClientError, TimeoutError, OSError):
            return "failed"
        if isinstance(resp, RoomRedactResponse):
            return "ok"
        return "forbidden" if getattr(resp, "status_code", None) == "M_FORBIDDEN" else "failed"

    def may_redact_others(self, room_id: str) -> bool:
        """Whether the room's power levels, as last synced, let the bot redact others' events."""
        room = self._require_client().rooms.get(room_id)
        if room is None:
            return False
        levels = room.power_levels
        return bool(levels.get_user_level(self.own_user_id) >= levels.defaults.redact)

    async def history(self, room_id: str, limit: int = 5000) -> list[tuple[str, str]]:
        """(event id, sender) of the room's messages, reactions and encrypted events that the
        homeserver still serves and nobody redacted yet, newest first, at most `limit`."""
        client = self._require_client()
        found: list[tuple[str, str]] = []
        start: str | None = None
        while len(found) < limit:
            try:
                resp = await client.room_messages(room_id, start=start, limit=100)
            except (aiohttp.ClientError, TimeoutError, OSError):
                break
            if not isinstance(resp, RoomMessagesResponse) or not resp.chunk:
                break
            for ev in resp.chunk:
                source = getattr(ev, "source", None)
                if not isinstance(source, dict) or "state_key" in source:
                    continue
                unsigned = source.get("unsigned")
                if isinstance(unsigned, dict) and "redacted_because" in unsigned:
                    continue
                if source.get("type") in _REDACTABLE and isinstance(source.get("event_id"), str):
                    found.append((str(source["event_id"]), str(source.get("sender", ""))))
            if not resp.end or resp.end == start:
                break
            start = resp.end
        return found[:limit]

    async def leave(self, room_id: str) -> bool:
        """Leave the room and forget it (the homeserver may drop it once every member has)."""
        client = self._require_client()
        try:
            resp = await client.room_leave(room_id)
            left = isinstance(resp, RoomLeaveResponse)
            if left:
                await client.room_forget(room_id)
        except (aiohttp.ClientError, TimeoutError, OSError):
            return False
        return left

    async def upload_encrypted(self, data: bytes, mimetype: str) -> dict[str, Any] | None:
        """Upload `data` encrypted (the key never reaches the server) and return the `file`
        object of an `m.file` event, or None if the upload failed. The homeserver sees the
        ciphertext and its size — no file name, no type."""
        client = self._require_client()
        try:
            resp, keys = await client.upload(io.BytesIO(data), encrypt=True, filesize=len(data))
        except (aiohttp.ClientError, TimeoutError, OSError):
            return None
        if not isinstance(resp, UploadResponse) or not keys:
            return None
        return {**keys, "url": resp.content_uri, "mimetype": mimetype}

    async def wait_idle(self) -> None:
        """Wait until every queued message has been sent (tests and shutdown)."""
        while True:
            pending = [t for t in self._senders.values() if not t.done()]
            if not pending:
                return
            await asyncio.gather(*pending, return_exceptions=True)


__all__ = [
    "Hooks",
    "InboundHandler",
    "MatrixRuntime",
    "SessionError",
    "StartupError",
    "StoreTofu",
    "TrustGate",
    "UnitOfWork",
    "text_content",
]
