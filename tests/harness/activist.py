"""A real E2EE Matrix client (matrix-nio + vodozemac) that plays the activist in tests.

Waiting is done on events from its own sync loop, never by sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    LocalProtocolError,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    RoomCreateResponse,
    RoomMemberEvent,
    RoomMessage,
    RoomSendResponse,
)

from bot.matrix.crosssigning import CrossSigningManager
from bot.platform.sealing import SecretBox, generate_key

log = logging.getLogger(__name__)


@dataclass
class Received:
    event_id: str
    sender: str
    body: str
    content: dict[str, Any]
    decrypted: bool
    at: float = field(default_factory=time.perf_counter)  # when this client had it decrypted
    server_ts: int = 0  # the homeserver's origin_server_ts (ms since the epoch)


@dataclass
class Activist:
    homeserver: str
    user_id: str
    password: str
    store: Path
    client: AsyncClient = field(init=False)
    messages: dict[str, list[Received]] = field(default_factory=dict)
    undecryptable: dict[str, int] = field(default_factory=dict)
    undecryptable_ids: dict[str, list[str]] = field(default_factory=dict)  # room -> event ids, in order
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _task: asyncio.Task[None] | None = None
    _cursor: dict[str, int] = field(default_factory=dict)
    sync_timeout_ms: int = 5000  # Element long-polls for 30 s; crowds of activists use that
    sync_errors: int = 0

    async def login(self, cross_sign: bool = True) -> None:
        """Log in a new device; like Element, cross-sign it unless told not to."""
        self.store.mkdir(parents=True, exist_ok=True)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True, pickle_key="test-" * 8)
        self.client = AsyncClient(self.homeserver, self.user_id, store_path=str(self.store), config=config)
        resp = await self.client.login(self.password, device_name="activist-test")
        assert isinstance(resp, LoginResponse), resp
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        if cross_sign:
            box = SecretBox(generate_key())
            await CrossSigningManager(self.client, self.store / "identity.sealed", box, self.password).ensure()
        self.client.add_event_callback(self._on_message, RoomMessage)
        self.client.add_event_callback(self._on_undecryptable, MegolmEvent)
        self.client.add_event_callback(self._on_member, RoomMemberEvent)
        self.client.add_event_callback(self._on_invite, InviteMemberEvent)
        await self.client.sync(timeout=0, full_state=True)
        self._task = asyncio.create_task(self._sync_forever())

    async def _sync_forever(self) -> None:
        # `_prepare_keys` queries keys while the sync loop may too; nio then raises "No key query
        # required." inside `sync_forever`, which would end the loop and leave the client deaf.
        while True:
            try:
                await self.client.sync_forever(timeout=self.sync_timeout_ms)
            except LocalProtocolError:
                continue
            except Exception as e:  # e.g. a homeserver restarting: a client keeps syncing
                self.sync_errors += 1
                log.warning("activist sync failed (%s); syncing again", type(e).__name__)
                await asyncio.sleep(0.5)  # a backoff, not a synchronisation

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if hasattr(self, "client"):  # never logged in: nothing to close
            await self.client.close()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _on_message(self, room: MatrixRoom, event: RoomMessage) -> None:
        content = event.source.get("content", {})
        self.messages.setdefault(room.room_id, []).append(
            Received(event.event_id, event.sender, content.get("body", ""), content, bool(event.decrypted),
                     server_ts=event.server_timestamp)
        )
        await self._notify()

    async def _on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        self.undecryptable[room.room_id] = self.undecryptable.get(room.room_id, 0) + 1
        self.undecryptable_ids.setdefault(room.room_id, []).append(event.event_id)
        await self._notify()

    async def _on_member(self, room: MatrixRoom, event: RoomMemberEvent) -> None:
        await self._notify()

    async def _on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == self.user_id and event.membership == "invite":
            await self.client.join(room.room_id)
        await self._notify()

    async def wait_for(self, predicate: Any, timeout: float = 60.0) -> None:
        async def waiter() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        await asyncio.wait_for(waiter(), timeout)

    async def create_dm(self, other: str, encrypted: bool = True, invite: bool = True) -> str:
        initial_state = []
        if encrypted:
            initial_state.append(
                {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}
            )
        resp = await self.client.room_create(
            is_direct=True, invite=[other] if invite else [], initial_state=initial_state
        )
        assert isinstance(resp, RoomCreateResponse), resp
        return resp.room_id

    async def invite(self, room_id: str, user_id: str) -> None:
        """Invite into an existing room as a direct chat (the invite carries `is_direct`)."""
        await self.client.room_put_state(
            room_id, "m.room.member", {"membership": "invite", "is_direct": True}, state_key=user_id
        )

    async def wait_joined(self, room_id: str, user_id: str, timeout: float = 60.0) -> None:
        def joined() -> bool:
            room = self.client.rooms.get(room_id)
            return room is not None and user_id in room.users

        await self.wait_for(joined, timeout)

    async def wait_left(self, room_id: str, user_id: str, timeout: float = 60.0) -> None:
        def left() -> bool:
            room = self.client.rooms.get(room_id)
            return room is not None and user_id not in room.users

        await self.wait_for(left, timeout)

    async def prepare_keys(self, room_id: str) -> None:
        await self._prepare_keys(room_id)

    async def _prepare_keys(self, room_id: str) -> None:
        """Make nio see every current device of the room and share a fresh key with new ones.

        nio keeps using an outbound session that predates a member's new device; Element does
        not. The test client behaves like Element here, so that the bot is what is under test.
        """
        room = self.client.rooms[room_id]
        assert self.client.olm is not None
        self.client.olm.users_for_key_query.update(room.users)
        await self.client.keys_query()
        session = self.client.olm.outbound_group_sessions.get(room_id)
        if session is None:
            return
        known = session.users_shared_with | session.users_ignored
        for user in room.users:
            for device in self.client.device_store.active_user_devices(user):
                if device.id != self.client.device_id and (user, device.id) not in known:
                    self.client.olm.outbound_group_sessions.pop(room_id, None)
                    return

    async def send(self, room_id: str, body: str, prepare: bool = True) -> str:
        return await self.send_content(room_id, {"msgtype": "m.text", "body": body}, prepare=prepare)

    async def send_content(
        self, room_id: str, content: dict[str, Any], event_type: str = "m.room.message", prepare: bool = True
    ) -> str:
        """Send (encrypted if the room is). `prepare=False` skips the per-message device refresh,
        for load runs where the room's devices are known not to change (see `prepare_keys`)."""
        if prepare:
            await self._prepare_keys(room_id)
        resp = await self.client.room_send(
            room_id,
            event_type,
            content,
            # The test activist trusts the bot's devices; the bot's own policy is under test.
            ignore_unverified_devices=True,
        )
        assert isinstance(resp, RoomSendResponse), resp
        return resp.event_id

    async def next_from(self, room_id: str, sender: str, timeout: float = 60.0) -> Received:
        """The next message from `sender` in the room that no earlier call returned."""
        key = f"{room_id}|{sender}"

        def available() -> bool:
            mine = [m for m in self.messages.get(room_id, []) if m.sender == sender]
            return len(mine) > self._cursor.get(key, 0)

        await self.wait_for(available, timeout)
        mine = [m for m in self.messages.get(room_id, []) if m.sender == sender]
        index = self._cursor.get(key, 0)
        self._cursor[key] = index + 1
        return mine[index]

    async def wait_undecryptable(self, room_id: str, event_id: str, timeout: float = 60.0) -> None:
        """Until `event_id` arrived in the room and could not be decrypted (no room key)."""
        await self.wait_for(lambda: event_id in self.undecryptable_ids.get(room_id, []), timeout)

    def all_from(self, room_id: str, sender: str) -> list[Received]:
        return [m for m in self.messages.get(room_id, []) if m.sender == sender]
