"""The mentor room on the Matrix side: checking it at start, creating rooms, encrypted uploads,
and `continuum setup mentors`.

Kept apart from `bot.care.mentors.desk` (which only decides and queues) because everything here talks to
the homeserver. `RuntimeLink` is what `Mentors` uses of the running bot's `MatrixRuntime`.
"""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Any

from nio import (
    AsyncClient,
    MatrixRoom,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomGetStateResponse,
    RoomPreset,
    RoomPutStateResponse,
    RoomResolveAliasResponse,
    RoomVisibility,
    UploadResponse,
)
from nio.crypto import encrypt_attachment

from bot.matrix.runtime import MatrixRuntime

log = logging.getLogger(__name__)

MEGOLM = "m.megolm.v1.aes-sha2"
# Mentors the setup invites may invite colleagues and remove members; the bot keeps 100.
MENTOR_POWER = 50


# --- rooms ----------------------------------------------------------------------------------
async def create_encrypted_room(
    client: AsyncClient,
    invite: list[str],
    name: str | None = None,
    power: dict[str, int] | None = None,
    invite_level: int | None = None,
) -> str:
    """Create a private, invite-only, end-to-end-encrypted room and invite `invite`.

    The creator (the bot) keeps the highest power level; `power` raises others afterwards. History
    is visible to members from their invitation on, never to the public, and guests are kept out.
    Returns the room id; raises RuntimeError with the homeserver's message on failure. Room names
    are readable by the homeserver: pass None or something dull.
    """
    # The creator is never listed: room version 12 refuses it there (creators outrank everyone),
    # older versions refuse a `users` override without it. So others are raised after creation.
    override: dict[str, Any] | None = {"invite": invite_level} if invite_level is not None else None
    resp = await client.room_create(
        visibility=RoomVisibility.private,
        name=name,
        preset=RoomPreset.private_chat,
        invite=invite,
        initial_state=[
            {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}},
            {"type": "m.room.history_visibility", "state_key": "", "content": {"history_visibility": "invited"}},
            {"type": "m.room.guest_access", "state_key": "", "content": {"guest_access": "forbidden"}},
        ],
        power_level_override=override,
    )
    if not isinstance(resp, RoomCreateResponse):
        raise RuntimeError(f"the homeserver refused to create the room: {getattr(resp, 'message', resp)}")
    room_id = str(resp.room_id)
    if power:
        current = await client.room_get_state_event(room_id, "m.room.power_levels")
        if not isinstance(current, RoomGetStateEventResponse):
            raise RuntimeError(f"room {room_id} was created, but its power levels could not be read")
        levels = dict(current.content)
        levels["users"] = {**levels.get("users", {}), **power}
        put = await client.room_put_state(room_id, "m.room.power_levels", levels)
        if not isinstance(put, RoomPutStateResponse):
            raise RuntimeError(f"room {room_id} was created, but its power levels could not be set: "
                               f"{getattr(put, 'message', put)}")
    return room_id


async def upload_encrypted(client: AsyncClient, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
    """Encrypt a file for a room (AES-CTR, as Matrix attachments are) and upload the ciphertext.

    Returns the `file` object of an m.file / m.image content: url plus the keys that only the
    room's members will see (inside the encrypted event). Raises RuntimeError on failure.
    """
    ciphertext, keys = encrypt_attachment(data)
    resp, _ = await client.upload(
        io.BytesIO(ciphertext), content_type="application/octet-stream", filename=None,
        filesize=len(ciphertext),
    )
    if not isinstance(resp, UploadResponse):
        raise RuntimeError(f"upload refused: {getattr(resp, 'message', resp)}")
    return {"url": resp.content_uri, "mimetype": mimetype, **keys}


# --- the check at start ---------------------------------------------------------------------
async def check_mentor_room(client: AsyncClient, room_id: str | None) -> list[str]:
    """What is wrong with the configured mentor room, in words an admin can act on ([] = fine).

    Call after a sync, so that the client knows the rooms it is in.
    """
    if room_id is None:
        return ["no mentor room is configured (mentor_room / CONTINUUM_MENTOR_ROOM): escalations reach nobody; "
                "create one with `continuum setup mentors @mentor:server …`"]
    if room_id.startswith("#"):
        resolved = await client.room_resolve_alias(room_id)
        hint = f" ({resolved.room_id})" if isinstance(resolved, RoomResolveAliasResponse) else ""
        return [f"mentor_room is an alias; set the room's id{hint} instead, as the bot matches rooms by id"]
    me = client.user_id
    room: MatrixRoom | None = client.rooms.get(room_id)
    if room is None:
        if room_id in getattr(client, "invited_rooms", {}):
            return ["the bot is invited to the mentor room but could not join it yet"]
        return ["the bot is not a member of the mentor room: invite the bot's account to it "
                "(it accepts the invitation to the configured room)"]
    problems: list[str] = []
    if not room.encrypted:
        problems.append("the mentor room is NOT end-to-end encrypted: the bot will not post cases there; "
                        "create a new encrypted room (`continuum setup mentors`) and configure it")
    levels = room.power_levels
    creator = await _is_creator(client, room_id, str(getattr(room, "room_version", "1")))
    if not creator and not (levels.can_user_send_message(me, "m.room.encrypted") and levels.can_user_send_message(me)):
        problems.append("the bot may not post in the mentor room: raise its power level there")
    if not creator and not levels.can_user_notify(me, "room"):
        problems.append("the bot's power level in the mentor room is too low for @room: urgent cases will "
                        "not notify everyone; make the bot a moderator there")
    if getattr(room, "join_rule", "invite") == "public":
        problems.append("anyone can join the mentor room: make it invite-only")
    others = [u for u in room.users if u != me and u not in room.invited_users]
    if not others:
        problems.append("nobody but the bot has joined the mentor room yet: invite the mentors")
    return problems


async def _is_creator(client: AsyncClient, room_id: str, room_version: str) -> bool:
    """In room version 12 and later the room's creators outrank every power level (they are not
    listed in the power levels, where a client would read 0 for them)."""
    if room_version.isdigit() and int(room_version) < 12:
        return False
    state = await client.room_get_state(room_id)
    if not isinstance(state, RoomGetStateResponse):
        return False
    for event in state.events:
        if isinstance(event, dict) and event.get("type") == "m.room.create":
            content = event.get("content")
            creators = content.get("additional_creators") if isinstance(content, dict) else None
            return event.get("sender") == client.user_id or client.user_id in (creators or [])
    return False


# --- what Mentors uses of the running bot ---------------------------------------------------
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
        return await upload_encrypted(self._client(), data, mimetype, name)

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str:
        return await create_encrypted_room(self._client(), invite, name)

    async def first_sync(self) -> None:
        await self.runtime.synced.wait()

    async def check(self) -> list[str]:
        """The start-up check, giving a join on the first sync a couple of syncs to show."""
        client = self._client()
        problems = await check_mentor_room(client, self.mentor_room)
        for _ in range(3):
            if self.mentor_room is None or self.mentor_room in client.rooms or self.mentor_room.startswith("#"):
                break
            try:
                await asyncio.wait_for(self.runtime.synced.wait(), timeout=40)
            except TimeoutError:
                break
            problems = await check_mentor_room(client, self.mentor_room)
        return problems


__all__ = [
    "RuntimeLink",
    "check_mentor_room",
    "create_encrypted_room",
    "upload_encrypted",
]
