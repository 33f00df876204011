"""Consent kept (#13 item 5): someone who declined storage can use every flow, but nothing of
theirs reaches the database — the step's state lives in memory only — and when a flow escalates
with their answers they are asked, in one line, whether those may be sent; the card says
truthfully what was shared.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ANNA, ANNA_DM, SHIPPED, World, plain, words
from tests.storekit import read


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def nothing_stored(store: Store) -> None:
    assert await read(store, lambda r: r.people.get(ANNA)) is None
    assert await read(store, lambda r: r.people.load_state(ANNA_DM, ANNA)) is None
    for table in ("conversations", "people", "followups"):
        row = await store.db.fetchone(f"SELECT COUNT(*) FROM {table}")
        assert row is not None and row[0] == 0, table


async def declined_then_wellbeing_crisis(world: World, lang_option: str = "1") -> list[str]:
    await world.say("hello")
    await world.say(lang_option)
    await world.say("2")  # consent: no (the next question: a person, agree after all, or end)
    await world.say(words(SHIPPED, "keyword-menu", "fr" if lang_option == "2" else "en").split(",")[0])
    await world.say("2")  # the wellbeing check-in
    await nothing_stored(world.store)  # in the middle of a flow: memory only
    for _ in range(5):
        await world.say("1")  # WHO-5: a low score
    await nothing_stored(world.store)
    return await world.say("2")  # thoughts of harming myself


async def test_declined_no_answers_sent_and_no_row_holds_them(store: Store) -> None:
    world = World(store)
    replies = await declined_then_wellbeing_crisis(world)
    assert replies[-1] == words(SHIPPED, "bot-share-ask")  # the one line, last
    (case,) = await world.cases()
    assert case.urgency == "urgent" and case.consent == "none" and not case.summary
    card = world.thread()[0]
    assert plain(words(SHIPPED, "mentor-card-not-shared")) in card
    assert words(SHIPPED, "mentor-card-shared") not in card
    assert await world.say("no") == [words(SHIPPED, "bot-share-kept")]
    (case,) = await world.cases()
    assert case.consent == "none" and not case.summary
    assert not any(words(SHIPPED, "mentor-card-shared") in body for body in world.thread())
    await nothing_stored(store)


async def test_declined_yes_sends_the_answers_then_and_only_then(store: Store) -> None:
    world = World(store)
    await declined_then_wellbeing_crisis(world, "2")  # in French
    assert await world.say("oui") == [words(SHIPPED, "bot-share-sent", "fr")]
    (case,) = await world.cases()
    assert case.consent == "pseudonymous" and case.summary  # what they agreed to send, now
    assert any(words(SHIPPED, "mentor-card-shared") in body for body in world.thread())
    await nothing_stored(store)


async def test_a_person_who_agreed_is_not_asked(store: Store) -> None:
    world = World(store)
    await world.onboard()
    await world.say("2")
    for _ in range(5):
        await world.say("1")
    replies = await world.say("2")
    assert words(SHIPPED, "bot-share-ask") not in replies
    (case,) = await world.cases()
    assert case.summary
