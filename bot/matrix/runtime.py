"""The Matrix edge, composed: what the composition root (`bot.app`) and the care adapters use.

Nothing about flows lives here, nor much of anything else: each part sits in a module named for
what it holds, and `MatrixRuntime` wires them together once the bot has logged in —

- `bot.matrix.login`: the saved device (or a new one), its keys, cross-signing, the trust policy;
- `bot.matrix.sync`: the sync loop; each response goes to the trust policy (which holds changed
  identities and has `bot.matrix.identities` tell people), then to `bot.matrix.receive` (the
  rooms' events, judged by the pure `bot.matrix.events.classify`);
- `bot.matrix.outbox`: one sender per room for what the store's outbox committed, from the first
  sync on (before it the client knows no room);
- `bot.matrix.unreadable`: undecryptable events, kept until their key arrives, and the one
  notice a person gets when it does not;
- `bot.matrix.keys`: the device's one-time and fallback keys, always some for a new person;
- `bot.matrix.rooms`: invitations, encryption pins, redaction, history, leaving, uploads;
- `bot.matrix.tasks`: the background tasks, all in one set.

Each event becomes an `Inbound` that a handler turns into state changes and outgoing messages
inside ONE transaction, together with the event's processed marker; after the commit the store
calls `flush`, which wakes the rooms' senders.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

from nio import SyncResponse

from bot.matrix import rooms
from bot.matrix.crosssigning import CrossSigningManager, CrossSigningStatus
from bot.matrix.identities import IdentityHandler, IdentityNotices
from bot.matrix.inbound import InboundHandler, UnreadableHandler
from bot.matrix.keys import KeyedClient
from bot.matrix.login import cross_signing_manager, establish_trust, log_in
from bot.matrix.mentorroom import MembershipHandler, MentorRoomWatch, warn_without_list
from bot.matrix.outbox import Outbox
from bot.matrix.receive import Receiver
from bot.matrix.session import DataDir
from bot.matrix.sync import SyncLoop
from bot.matrix.tasks import Background
from bot.matrix.trustgate import TrustGate
from bot.matrix.unreadable import KeptEvents
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Store, UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Parts:
    """What exists once the bot has logged in and knows whom to trust."""

    trust: TrustGate
    outbox: Outbox
    receiver: Receiver
    kept: KeptEvents
    identities: IdentityNotices
    sync: SyncLoop
    mentor_room: MentorRoomWatch


class MatrixRuntime:
    """Log in with `connect()`, then `run()` until `stop()`; `flush` is the store's committed hook."""

    def __init__(
        self,
        settings: Settings,
        data: DataDir,
        store: Store,
        redactor: Redactor,
        handler: InboundHandler,
        metrics: Metrics | None = None,
        identity: IdentityHandler | None = None,
        membership: MembershipHandler | None = None,
        unreadable: UnreadableHandler | None = None,
    ) -> None:
        self.settings = settings
        self.data = data
        self.store = store
        self.redact = redactor
        self.handler = handler
        self.identity = identity
        self.membership = membership
        self.unreadable = unreadable
        self.metrics = metrics or Metrics()
        self.client: KeyedClient | None = None
        self.cross_signing: CrossSigningStatus | None = None
        self._parts: _Parts | None = None
        self._stop = asyncio.Event()
        self._keys_lock = asyncio.Lock()  # sharing room keys and claiming one-time keys take turns
        self._background = Background()
        self._caught_up = False  # what was left undone at the last stop was picked up (first sync)

    # --- start ---------------------------------------------------------------------------
    async def login(self) -> KeyedClient:
        """The saved device (or a new one), with its device keys on the server."""
        self.client = await log_in(self.settings, self.data, self.store)
        return self.client

    async def connect(self) -> KeyedClient:
        """Log in, publish the device keys, make sure the device is cross-signed; then trust."""
        client = await self.login()
        client.on_network_retry = lambda _attempt: self.metrics.send_errors.inc(reason="network")
        notices: list[IdentityNotices] = []  # bound below, once the trust policy exists

        async def on_held(uow: UnitOfWork, user_id: str, label: str) -> None:
            await notices[0].held(uow, user_id, label)

        self.cross_signing, trust = await establish_trust(client, self.settings, self.data, self.store,
                                                         self.redact.person, on_held)
        identities = IdentityNotices(client, self.settings, self.store, trust, self.identity, self.redact)
        notices.append(identities)
        pins = rooms.EncryptionPins(self.store)
        outbox = Outbox(
            client, self.store, trust, pins, keys_lock=self._keys_lock, background=self._background,
            stop=self._stop, pace_ms=self.settings.pace_ms, redact=self.redact, metrics=self.metrics,
            never_join=frozenset({self.settings.mentor_room} if self.settings.mentor_room else ()),
        )
        kept = KeptEvents(client, self.store, notice=self.unreadable, stop=self._stop,
                          grace_s=self.settings.undecryptable_grace_s, metrics=self.metrics)
        receiver = Receiver(
            client, self.settings, self.store, trust=trust, pins=pins, outbox=outbox, handler=self.handler,
            kept=kept, redact=self.redact, metrics=self.metrics, background=self._background,
        )
        sync = SyncLoop(client, self.store, self._on_sync, keys_lock=self._keys_lock, stop=self._stop,
                        redact=self.redact, metrics=self.metrics, background=self._background)
        watch = MentorRoomWatch(client, self.settings, self.store, self.membership, identities.admin_rooms)
        warn_without_list(self.settings)
        self._parts = _Parts(trust, outbox, receiver, kept, identities, sync, watch)
        return client

    def cross_signing_manager(self) -> CrossSigningManager:
        return cross_signing_manager(self.require_client(), self.settings, self.data, self.store)

    def require_client(self) -> KeyedClient:
        if self.client is None:
            raise RuntimeError("connect() first")
        return self.client

    def _connected(self) -> _Parts:
        if self._parts is None:
            raise RuntimeError("connect() first")
        return self._parts

    # --- running -------------------------------------------------------------------------
    async def run(self) -> None:
        """Sync until `stop()` (catching up on what was left undone with the first sync); then shut down."""
        parts = self._connected()
        await parts.sync.run()
        await self._background.cancel_all()
        await self.require_client().close()

    async def _on_sync(self, resp: SyncResponse, initial: bool) -> Awaitable[Any]:
        """Trust first, then the rooms' events, queued on each room's worker (what settles once
        they were handled goes back to the sync loop, which saves the token only then)."""
        parts = self._connected()
        await parts.trust.on_sync(resp)
        await parts.mentor_room.after_sync()
        if not self._caught_up:
            # Only now does the client know the rooms (nio fills them from the first sync): a sender
            # started earlier found its room "not joined" and backed off, for minutes, in front of the
            # replies to what people wrote while the bot was down; kept events could not be decrypted.
            self._caught_up = True
            await parts.receiver.retry_pending(None)
            await parts.outbox.resume()
            self.spawn(parts.kept.run_notices(), "unreadable-notices")
        return await parts.receiver.process(resp, initial)

    def stop(self) -> None:
        self._stop.set()

    async def recheck_identities(self) -> None:
        """After a mentor or an admin approved a changed identity: trust it, and say so."""
        await self._connected().identities.recheck()

    @property
    def first_sync_done(self) -> asyncio.Event:
        """Set once the first sync after the start was handled (and stays set)."""
        return self._connected().sync.progress.first_done

    async def wait_next_sync(self) -> None:
        """Wait until the next sync has been handled."""
        await self._connected().sync.progress.wait_next()

    def flush(self, uow: UnitOfWork) -> None:
        """After a unit of work committed: start sending what it queued, and its after-commit jobs."""
        if self._parts is not None:  # before connect(), `run()` picks the rooms up at start
            for room_id in uow.rooms_to_flush:
                self._parts.outbox.flush(room_id)
        for job in uow.committed_jobs:
            self.spawn(job(), "after-commit")

    def spawn(self, work: Awaitable[None], name: str) -> None:
        """Run `work` in the background (`name` says what it does, never for whom)."""
        self._background.spawn(work, name)

    # --- for bot.care.privacy (`RoomActions`) ----------------------------------------------
    @property
    def own_user_id(self) -> str:
        return str(self.require_client().user_id)

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None:
        """Wait (at most `wait_s`) until the room's sender has sent what was queued."""
        await self._connected().outbox.drain(room_id, wait_s)

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
    """`bot.care.mentors.link.MatrixLink` over the running `MatrixRuntime`."""

    def __init__(self, runtime: MatrixRuntime, mentor_room: str | None) -> None:
        self.runtime = runtime
        self.mentor_room = mentor_room

    def is_member(self, user_id: str) -> bool:
        """Joined the mentor room, and on the mentor list when there is one."""
        client = self.runtime.client
        if client is None or self.mentor_room is None:
            return False
        room = client.rooms.get(self.mentor_room)
        listed = self.runtime.settings.mentors.members
        return (room is not None and user_id in room.users and user_id not in room.invited_users
                and (not listed or user_id in listed))

    @property
    def own_user_id(self) -> str:
        return self.runtime.own_user_id

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        """The file goes up encrypted and without its name (`name` stays inside the event)."""
        file = await self.runtime.upload_encrypted(data, mimetype)
        if file is None:
            raise RuntimeError("the upload failed")
        return file

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str:
        return await rooms.create_encrypted_room(self.runtime.require_client(), invite, name)

    async def direct_room(self, user_id: str, known: str | None) -> str:
        """The bot's direct room with `user_id`: `known` unless they have left it, else a new one.

        A new room is returned once a sync has shown the invitation (at most a few syncs): the room
        key of the first message then goes to the invited mentor's devices too — sent before, it
        would reach only the bot, and the mentor would join to an unreadable alert."""
        client = self.runtime.require_client()
        if known is not None:
            room = client.rooms.get(known)
            # Not synced yet (just created) counts as still there; a room they left does not.
            if room is None or user_id in room.users or user_id in room.invited_users:
                return known
        room_id = await rooms.create_encrypted_room(client, [user_id], None, direct=True)
        for _ in range(5):
            room = client.rooms.get(room_id)
            if room is not None and user_id in room.users:
                break
            try:
                await asyncio.wait_for(self.runtime.wait_next_sync(), timeout=30)
            except TimeoutError:
                break
        return room_id

    async def first_sync(self) -> None:
        await self.runtime.first_sync_done.wait()

    async def check(self) -> list[tuple[str, bool]]:
        """The start-up check, giving a join on the first sync a couple of syncs to show."""
        client = self.runtime.require_client()
        problems = await rooms.mentor_room_problems(client, self.mentor_room)
        for _ in range(3):
            if self.mentor_room is None or self.mentor_room in client.rooms or self.mentor_room.startswith("#"):
                break
            try:
                await asyncio.wait_for(self.runtime.wait_next_sync(), timeout=40)
            except TimeoutError:
                break
            problems = await rooms.mentor_room_problems(client, self.mentor_room)
        return problems


__all__ = ["MatrixRuntime", "RuntimeLink"]
