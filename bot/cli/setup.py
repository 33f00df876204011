"""`continuum setup mentors @a:server …`: create the encrypted mentor room with the bot's account."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from nio import AsyncClient, AsyncClientConfig, LoginResponse

from bot.cli.common import add_config_option, settings_of
from bot.matrix.rooms import MENTOR_POWER, create_encrypted_room
from bot.matrix.runtime import StartupError


async def setup_mentor_room(
    homeserver: str, user_id: str, password: str | None, token: str | None, mentors: list[str], name: str | None,
) -> str:
    """Create the mentor room with the bot's account and invite the mentors; returns its id.

    With a password, logs in a short-lived device and logs it out again afterwards (room
    creation needs no encryption keys: the running bot shares them when it posts).
    """
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
        return await create_encrypted_room(
            client, mentors, name, power=dict.fromkeys(mentors, MENTOR_POWER), invite_level=MENTOR_POWER
        )
    finally:
        if logged_in:
            await client.logout()
        await client.close()


def _cmd_setup_mentors(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    bad = [m for m in args.mentors if not (m.startswith("@") and ":" in m)]
    if bad:
        print(f"not Matrix user ids: {', '.join(bad)} (expected @name:server)", file=sys.stderr)
        return 2
    try:
        room_id = asyncio.run(setup_mentor_room(
            settings.homeserver, settings.user_id, settings.read_password(), settings.read_access_token(),
            list(dict.fromkeys(args.mentors)), args.name,
        ))
    except (RuntimeError, OSError) as e:
        raise StartupError(f"could not create the mentor room: {e}") from None
    print(room_id)
    print(
        f"Created an invite-only, end-to-end-encrypted mentor room and invited {len(args.mentors)} mentor(s).\n"
        f"Put its id in the configuration:  mentor_room = \"{room_id}\"   (or CONTINUUM_MENTOR_ROOM={room_id})",
        file=sys.stderr,
    )
    return 0


def add_commands(subparsers: Any) -> None:
    """Add `continuum setup mentors @a:server @b:server …` (an argparse subparsers action)."""
    setup = subparsers.add_parser("setup", help="one-time setup steps")
    sub = setup.add_subparsers(dest="setup_command", required=True)
    mentors = sub.add_parser(
        "mentors", help="create the encrypted mentor room with the bot's account and invite the mentors",
        description="Create a private, invite-only, end-to-end-encrypted room with the bot's account (which "
                    "keeps power level 100), invite the given mentors (power level 50: they may invite "
                    "colleagues), and print the room id to put in `mentor_room`. The account comes from the "
                    "configuration, as for `continuum run`.",
    )
    mentors.add_argument("mentors", nargs="+", metavar="@mentor:server", help="the mentors to invite")
    mentors.add_argument("--name", default=None,
                         help="a room name (visible to the homeserver, so keep it dull); default: none")
    add_config_option(setup)
    add_config_option(mentors, under_group=True)
    mentors.set_defaults(func=_cmd_setup_mentors)
