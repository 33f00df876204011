"""Mentors and admins in a direct chat (issue #13, item 10): a `!command` there gets the admin
command (for admins: `!reload`, `!stats`, `!health`) or ONE line pointing to the mentor room —
never the onboarding meant for activists."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ADA, ADA_DM, ANNA, ANNA_DM, MENTORS, MIA, MIA_DM, SHIPPED, World, words
from tests.storekit import read


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield World(store)
    await store.close()


def pointer(command: str) -> str:
    return words(SHIPPED, "mentor-dm-pointer", command=command, room=f"https://matrix.to/#/{MENTORS}")


@pytest.mark.parametrize("command", ["!cases", "!claim 42", "!HELP", " !note 3 call back"])
async def test_a_mentors_command_in_a_direct_chat_points_to_the_mentor_room(world: World, command: str) -> None:
    _, sent = await world.send(command, user=MIA, room=MIA_DM)
    (line,) = sent
    assert line.body == pointer(command.split()[0].lower())
    assert line.content["msgtype"] == "m.notice"
    assert await read(world.store, lambda r: r.people.get(MIA)) is None  # no onboarding, nothing kept


async def test_an_admins_commands_work_in_a_direct_chat_and_mentor_commands_point_away(world: World) -> None:
    (stats,) = await world.say("!stats", user=ADA, room=ADA_DM)
    assert stats.startswith("Continuum — aggregates only")
    (health,) = await world.say("!health", user=ADA, room=ADA_DM)
    assert health.startswith("Continuum health")
    assert await world.say("!cases", user=ADA, room=ADA_DM) == [pointer("!cases")]
    assert await read(world.store, lambda r: r.people.get(ADA)) is None


async def test_a_mentor_who_just_talks_is_welcomed_like_anyone(world: World) -> None:
    replies = await world.say("hello", user=MIA, room=MIA_DM)
    assert replies and replies[-1].startswith(words(SHIPPED, "language-choose").splitlines()[0])


async def test_anyone_else_writing_an_exclamation_mark_is_an_ordinary_person(world: World) -> None:
    replies = await world.say("!cases", user=ANNA, room=ANNA_DM)
    assert replies and replies[-1].startswith(words(SHIPPED, "language-choose").splitlines()[0])
