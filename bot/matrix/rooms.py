"""Room operations on the homeserver: invitations, encryption pins, the refusal of unencrypted
rooms, leaving, redaction, history, encrypted uploads, creating rooms, and the mentor-room check.

Everything here talks to the homeserver (or remembers what it said), so it stays out of the care
domain: `bot.care.privacy` and `bot.care.mentors` reach it through the runtime
(`bot.matrix.runtime.MatrixRuntime`, `RuntimeLink`).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import Any

import aiohttp
from nio import (
    AsyncClient,
    InviteMemberEvent,
    JoinError,
    MatrixRoom,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomGetStateResponse,
    RoomLeaveResponse,
    RoomMessagesResponse,
    RoomPreset,
    RoomPutStateResponse,
    RoomRedactResponse,
    RoomResolveAliasResponse,
    RoomVisibility,
    UploadResponse,
)
from nio.crypto import encrypt_attachment

from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.store import Store

log = logging.getLogger(__name__)

MEGOLM = "m.megolm.v1.aes-sha2"
# Mentors the setup invites are moderators (they may remove members); the bot keeps 100.
MENTOR_POWER = 50
# Who may invite into the mentor room: the bot only. A mentor who could invite could bring in
# someone who then receives every card (`continuum setup invite` adds a mentor).
INVITE_POWER = 100
# What a wipe redacts: what people wrote or tapped (state events are never redacted).
_REDACTABLE = frozenset({"m.room.message", "m.room.encrypted", "m.reaction", "m.sticker"})
# The one plaintext message the bot ever sends, and only into a room never seen encrypted.
_REFUSAL = ("I only talk in end-to-end encrypted chats, to keep you safe. "
            "Please start a new encrypted direct chat with me.")
_NETWORK = (aiohttp.ClientError, TimeoutError, OSError)


# --- invitations ----------------------------------------------------------------------------
def invite_refusal(settings: Settings, room_id: str, inviter: str, is_direct: bool) -> str | None:
    """Why an invitation is declined (None: accept). The bot takes direct chats only, from the
    allowed servers and users; the configured mentor room is always accepted."""
    if settings.mentor_room is not None and room_id == settings.mentor_room:
        return None
    server = inviter.split(":", 1)[-1]
    if settings.allowed_servers and server not in settings.allowed_servers:
        return "server not allowed"
    if settings.allowed_users and inviter not in settings.allowed_users:
        return "user not allowed"
    if not is_direct:
        return "not a direct chat"
    return None


async def answer_invite(
    client: AsyncClient, settings: Settings, redact: Redactor, room_id: str, invite_state: list[Any]
) -> None:
    """Join the room or decline the invitation, as `invite_refusal` says."""
    me = client.user_id
    mine = [e for e in invite_state if isinstance(e, InviteMemberEvent) and e.state_key == me]
    if not mine:
        return
    inviter = mine[-1].sender
    is_direct = bool(mine[-1].content.get("is_direct")) if isinstance(mine[-1].content, dict) else False
    reason = invite_refusal(settings, room_id, inviter, is_direct)
    if reason is not None:
        log.info("declined an invite from %s: %s", redact.person(inviter), reason)
        await client.room_leave(room_id)
        return
    resp = await client.join(room_id)
    if isinstance(resp, JoinError):
        # The server's message may name the room or its members: its code says enough.
        log.warning("could not join %s (%s)", redact.room(room_id), getattr(resp, "status_code", None) or "error")
        return
    log.info("joined a room on invite from %s", redact.person(inviter))


# --- encryption -----------------------------------------------------------------------------
class EncryptionPins:
    """Rooms once seen encrypted stay encrypted for the bot, whatever their state says later
    (the rooms table; this keeps a cache of it)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._pinned: set[str] = set()

    async def pin(self, room_id: str) -> None:
        if room_id in self._pinned:
            return
        async with self.store.write() as uow:
            await uow.edge.pin_encrypted(room_id)
        self._pinned.add(room_id)

    async def is_pinned(self, room_id: str) -> bool:
        if room_id in self._pinned:
            return True
        async with self.store.read() as r:
            pinned = await r.edge.is_pinned_encrypted(room_id)
        if pinned:
            self._pinned.add(room_id)
        return pinned


async def refuse_unencrypted(client: AsyncClient, store: Store, redact: Redactor, room_id: str) -> None:
    """Say, in plaintext, that the bot talks in encrypted chats only; then leave the room."""
    log.info("refusing an unencrypted room %s", redact.room(room_id))
    await client.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": _REFUSAL})
    await client.room_leave(room_id)
    async with store.write() as uow:
        await uow.edge.record_leave(room_id, uow.now)


# --- for privacy: redactions, history, leaving ----------------------------------------------
async def redact_event(client: AsyncClient, room_id: str, event_id: str) -> str:
    """Redact one event, without a reason: 'ok', 'forbidden' (power level) or 'failed'."""
    try:
        resp = await client.room_redact(room_id, event_id)
    except _NETWORK:
        return "failed"
    if isinstance(resp, RoomRedactResponse):
        return "ok"
    return "forbidden" if getattr(resp, "status_code", None) == "M_FORBIDDEN" else "failed"


def may_redact_others(client: AsyncClient, room_id: str) -> bool:
    """Whether the room's power levels, as last synced, let the bot redact others' events."""
    room = client.rooms.get(room_id)
    if room is None:
        return False
    levels = room.power_levels
    return bool(levels.get_user_level(client.user_id) >= levels.defaults.redact)


async def history(client: AsyncClient, room_id: str, limit: int = 5000) -> list[tuple[str, str]]:
    """(event id, sender) of the room's messages, reactions and encrypted events that the
    homeserver still serves and nobody redacted yet, newest first, at most `limit`."""
    found: list[tuple[str, str]] = []
    start: str | None = None
    while len(found) < limit:
        try:
            resp = await client.room_messages(room_id, start=start, limit=100)
        except _NETWORK:
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


async def leave_and_forget(client: AsyncClient, room_id: str) -> bool:
    """Leave the room and forget it (the homeserver may drop it once every member has)."""
    try:
        resp = await client.room_leave(room_id)
        left = isinstance(resp, RoomLeaveResponse)
        if left:
            await client.room_forget(room_id)
    except _NETWORK:
        return False
    return left


async def upload_encrypted(client: AsyncClient, data: bytes, mimetype: str) -> dict[str, Any] | None:
    """Encrypt a file for a room (AES-CTR, as Matrix attachments are) and upload the ciphertext.

    Returns the `file` object of an m.file / m.image content — the url and the keys, which only
    the room's members see (inside the encrypted event) — or None if the upload failed. The
    homeserver sees the ciphertext and its size: no file name, no type.
    """
    ciphertext, keys = encrypt_attachment(data)
    try:
        resp, _ = await client.upload(
            io.BytesIO(ciphertext), content_type="application/octet-stream", filename=None,
            filesize=len(ciphertext),
        )
    except _NETWORK:
        return None
    if not isinstance(resp, UploadResponse):
        return None
    return {"url": resp.content_uri, "mimetype": mimetype, **keys}


# --- rooms ----------------------------------------------------------------------------------
async def create_encrypted_room(
    client: AsyncClient,
    invite: list[str],
    name: str | None = None,
    power: dict[str, int] | None = None,
    invite_level: int | None = None,
    direct: bool = False,
) -> str:
    """Create a private, invite-only, end-to-end-encrypted room and invite `invite`.

    The creator (the bot) keeps the highest power level; `power` raises others afterwards. History
    is visible to members from their invitation on, never to the public, and guests are kept out.
    Returns the room id; raises RuntimeError with the homeserver's message on failure. Room names
    are readable by the homeserver: pass None or something dull. `direct` marks the invitation as a
    direct chat (clients list it with people, not rooms).
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
        is_direct=direct,
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


def direct_room_with(client: AsyncClient, user_id: str) -> str | None:
    """An encrypted room whose joined members are the bot and `user_id` only (their direct chat)."""
    me = client.user_id
    for room_id in sorted(client.rooms):
        room = client.rooms[room_id]
        joined = set(room.users) - set(room.invited_users)
        if room.encrypted and joined == {me, user_id}:
            return str(room_id)
    return None


def mentor_room_outsiders(client: AsyncClient, settings: Settings) -> set[str]:
    """Members of the mentor room (joined or invited) who are not on `mentors.members`; none
    when the list is not set. They get no room keys from the bot and their commands are ignored."""
    listed = set(settings.mentors.members)
    room = client.rooms.get(settings.mentor_room) if settings.mentor_room else None
    if not listed or room is None:
        return set()
    return {u for u in room.users if u != client.user_id and u not in listed}


def withheld_by_mentor_list(client: AsyncClient, settings: Settings) -> Callable[[str], bool]:
    """For the trust policy: whether a user's devices must get no room keys at all, because they
    are in the mentor room without being on `mentors.members` (nio's blacklist is per device, so
    this holds in every room, for as long as they stay in the mentor room)."""
    def withheld(user_id: str) -> bool:
        return user_id in mentor_room_outsiders(client, settings)

    return withheld


# --- the check at start ---------------------------------------------------------------------
async def check_mentor_room(client: AsyncClient, room_id: str | None) -> list[str]:
    """What is wrong with the configured mentor room, in words an admin can act on ([] = fine).

    Call after a sync, so that the client knows the rooms it is in.
    """
    return [text for text, _blocking in await mentor_room_problems(client, room_id)]


async def mentor_room_problems(client: AsyncClient, room_id: str | None) -> list[tuple[str, bool]]:
    """`check_mentor_room`, each problem with whether it keeps cases from reaching a person
    (True: no room, not joined, not encrypted, may not post, nobody else there)."""
    if room_id is None:
        return [("no mentor room is configured (mentor_room / CONTINUUM_MENTOR_ROOM): escalations reach nobody; "
                 "create one with `continuum setup mentors @mentor:server …`", True)]
    if room_id.startswith("#"):
        resolved = await client.room_resolve_alias(room_id)
        hint = f" ({resolved.room_id})" if isinstance(resolved, RoomResolveAliasResponse) else ""
        return [(f"mentor_room is an alias; set the room's id{hint} instead, as the bot matches rooms by id", True)]
    me = client.user_id
    room: MatrixRoom | None = client.rooms.get(room_id)
    if room is None:
        if room_id in getattr(client, "invited_rooms", {}):
            return [("the bot is invited to the mentor room but could not join it yet", True)]
        return [("the bot is not a member of the mentor room: invite the bot's account to it "
                 "(it accepts the invitation to the configured room)", True)]
    problems: list[tuple[str, bool]] = []
    if not room.encrypted:
        problems.append(("the mentor room is NOT end-to-end encrypted: the bot will not post cases there; "
                         "create a new encrypted room (`continuum setup mentors`) and configure it", True))
    levels = room.power_levels
    creator = await _is_creator(client, room_id, str(getattr(room, "room_version", "1")))
    if not creator and not (levels.can_user_send_message(me, "m.room.encrypted") and levels.can_user_send_message(me)):
        problems.append(("the bot may not post in the mentor room: raise its power level there", True))
    if not creator and not levels.can_user_notify(me, "room"):
        problems.append(("the bot's power level in the mentor room is too low for @room: urgent cases will "
                         "not notify everyone; make the bot a moderator there", False))
    if getattr(room, "join_rule", "invite") == "public":
        problems.append(("anyone can join the mentor room: make it invite-only", False))
    others = [u for u in room.users if u != me and u not in room.invited_users]
    if not others:
        problems.append(("nobody but the bot has joined the mentor room yet: invite the mentors", True))
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


__all__ = [
    "EncryptionPins",
    "answer_invite",
    "check_mentor_room",
    "create_encrypted_room",
    "direct_room_with",
    "history",
    "invite_refusal",
    "leave_and_forget",
    "may_redact_others",
    "mentor_room_outsiders",
    "mentor_room_problems",
    "redact_event",
    "refuse_unencrypted",
    "upload_encrypted",
    "withheld_by_mentor_list",
]
