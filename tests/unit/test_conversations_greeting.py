"""A short hello when the bot joins a person's direct chat (issue #14, item 14): people expect
one, and otherwise wait in silence for a bot they cannot tell is there. It is said once, in
the default language, never in the mentor room and never over a conversation already going.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ADA, ADA_DM, MENTORS, MIA, MIA_DM, SHIPPED, World, words


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def test_joining_a_persons_chat_greets_them_and_their_first_message_starts_onboarding(store: Store) -> None:
    world = World(store)
    _, sent = await world.send("", kind="joined")
    assert [s.body for s in sent] == [words(SHIPPED, "bot-greeting")]
    assert await world.state() is None  # nothing kept, nothing asked: the greeting waits for no answer
    replies = await world.say("hello")
    assert any(words(SHIPPED, "language-choose").splitlines()[0] in r for r in replies)


async def test_no_greeting_over_a_conversation_already_going(store: Store) -> None:
    world = World(store)
    await world.onboard()
    _, sent = await world.send("", kind="joined")
    assert sent == []


async def test_no_greeting_in_the_mentor_room(store: Store) -> None:
    world = World(store)
    _, sent = await world.send("", kind="joined", room=MENTORS)
    assert sent == []


async def test_no_greeting_to_a_mentor_or_an_admin(store: Store) -> None:
    world = World(store)
    for user, room in ((MIA, MIA_DM), (ADA, ADA_DM)):
        _, sent = await world.send("", kind="joined", user=user, room=room)
        assert sent == []
