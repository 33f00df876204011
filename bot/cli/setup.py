"""`continuum setup mentors @a:server …`: create the encrypted mentor room with the bot's account;
`continuum setup invite @c:server`: invite one more mentor into it.

Only the bot may invite into the mentor room (power level 100): a mentor who could invite could
bring in someone who then receives every card. New mentors come in through `setup invite`, run by
an admin, and belong on `mentors.members` too.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    LoginResponse,
    RoomGetStateEventResponse,
    RoomInviteResponse,
    RoomPutStateResponse,
)

from bot.cli.common import add_config_option, settings_of
from bot.matrix.rooms import INVITE_POWER, MENTOR_POWER, create_encrypted_room
from bot.matrix.session import StartupError


@contextlib.asynccontextmanager
async def _bot_account(
    homeserver: str, user_id: str, password: str | None, token: str | None,
) -> AsyncIterator[AsyncClient]:
    """The bot's account for a moment. With a password, a short-lived device that is logged out
    again afterwards (room changes need no encryption keys: the running bot shares them when it posts)."""
    client = AsyncClient(homeserver, user_id, config=AsyncClientConfig(encryption_enabled=False))
    logged_in = False
    try:
        if token:
            client.restore_login(user_id, "", token)
        else:
            resp = await client.login(password=password or "", device_name="Continuum setup (temporary)")
            if not isinstance(resp, LoginResponse):
                raise RuntimeError(f"login as {user_id} failed: {getattr(resp, 'message', resp)}")
            logged_in = True
        yield client
    finally:
        if logged_in:
            await client.logout()
        await client.close()


async def setup_mentor_room(
    homeserver: str, user_id: str, password: str | None, token: str | None, mentors: list[str], name: str | None,
) -> str:
    """Create the mentor room with the bot's account and invite the mentors; returns its id.

    The mentors are moderators (power level 50); inviting takes power level 100, which only the
    bot has."""
    async with _bot_account(homeserver, user_id, password, token) as client:
        return await create_encrypted_room(
            client, mentors, name, power=dict.fromkeys(mentors, MENTOR_POWER), invite_level=INVITE_POWER
        )


async def invite_mentor(
    homeserver: str, user_id: str, password: str | None, token: str | None, room_id: str, mentor: str,
) -> None:
    """Invite one more mentor into the mentor room, as a moderator (power level 50)."""
    async with _bot_account(homeserver, user_id, password, token) as client:
        invited = await client.room_invite(room_id, mentor)
        if not isinstance(invited, RoomInviteResponse):
            raise RuntimeError(f"the homeserver refused the invitation: {getattr(invited, 'message', invited)}")
        current = await client.room_get_state_event(room_id, "m.room.power_levels")
        if not isinstance(current, RoomGetStateEventResponse):
            raise RuntimeError("the invitation went out, but the room's power levels could not be read")
        levels = dict(current.content)
        levels["users"] = {**levels.get("users", {}), mentor: MENTOR_POWER}
        put = await client.room_put_state(room_id, "m.room.power_levels", levels)
        if not isinstance(put, RoomPutStateResponse):
            raise RuntimeError(f"the invitation went out, but the mentor's power level could not be set: "
                               f"{getattr(put, 'message', put)}")


def _bad_ids(ids: list[str]) -> list[str]:
    return [m for m in ids if not (m.startswith("@") and ":" in m)]


def _cmd_setup_mentors(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    bad = _bad_ids(args.mentors)
    if bad:
        print(f"not Matrix user ids: {', '.join(bad)} (expected @name:server)", file=sys.stderr)
        return 2
    mentors = list(dict.fromkeys(args.mentors))
    try:
        room_id = asyncio.run(setup_mentor_room(
            settings.homeserver, settings.user_id, settings.read_password(), settings.read_access_token(),
            mentors, args.name,
        ))
    except (RuntimeError, OSError) as e:
        raise StartupError(f"could not create the mentor room: {e}") from None
    print(room_id)
    print(
        f"Created an invite-only, end-to-end-encrypted mentor room and invited {len(mentors)} mentor(s).\n"
        f"Put its id in the configuration:  mentor_room = \"{room_id}\"   (or CONTINUUM_MENTOR_ROOM={room_id})\n"
        f"and list who may read cases:      [mentors] members = [{', '.join(repr(m) for m in mentors)}]\n"
        f"Only the bot may invite; add a mentor later with `continuum setup invite @name:server`.",
        file=sys.stderr,
    )
    return 0


def _cmd_setup_invite(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    if _bad_ids([args.mentor]):
        print(f"not a Matrix user id: {args.mentor} (expected @name:server)", file=sys.stderr)
        return 2
    if settings.mentor_room is None:
        print("no mentor room is configured (mentor_room / CONTINUUM_MENTOR_ROOM)", file=sys.stderr)
        return 2
    try:
        asyncio.run(invite_mentor(settings.homeserver, settings.user_id, settings.read_password(),
                                  settings.read_access_token(), settings.mentor_room, args.mentor))
    except (RuntimeError, OSError) as e:
        raise StartupError(f"could not invite {args.mentor}: {e}") from None
    listed = args.mentor in settings.mentors.members or not settings.mentors.members
    print(f"Invited {args.mentor} into the mentor room." + (
        "" if listed else " Add them to mentors.members too, or they will get no cases."), file=sys.stderr)
    return 0


def add_commands(subparsers: Any) -> None:
    """Add `continuum setup mentors …` and `continuum setup invite …` (an argparse subparsers action)."""
    setup = subparsers.add_parser("setup", help="one-time setup steps")
    sub = setup.add_subparsers(dest="setup_command", required=True)
    mentors = sub.add_parser(
        "mentors", help="create the encrypted mentor room with the bot's account and invite the mentors",
        description="Create a private, invite-only, end-to-end-encrypted room with the bot's account (which "
                    "keeps power level 100, and alone may invite), invite the given mentors (power level 50: "
                    "moderators), and print the room id to put in `mentor_room`. The account comes from the "
                    "configuration, as for `continuum run`.",
    )
    mentors.add_argument("mentors", nargs="+", metavar="@mentor:server", help="the mentors to invite")
    mentors.add_argument("--name", default=None,
                         help="a room name (visible to the homeserver, so keep it dull); default: none")
    invite = sub.add_parser(
        "invite", help="invite one more mentor into the mentor room (only the bot may invite)",
        description="Invite a mentor into the configured mentor room with the bot's account, as a moderator "
                    "(power level 50). List them in mentors.members too.",
    )
    invite.add_argument("mentor", metavar="@mentor:server", help="the mentor to invite")
    add_config_option(setup)
    add_config_option(mentors, under_group=True)
    add_config_option(invite, under_group=True)
    mentors.set_defaults(func=_cmd_setup_mentors)
    invite.set_defaults(func=_cmd_setup_invite)
