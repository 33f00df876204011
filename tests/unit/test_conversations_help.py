"""`help` reaches a person (issue #13, item 2): it repeats the waiting question with one line on
how to reach a person; "talk to a person", and yes to the offer of a person after answers that
were not understood, really escalate — in every language.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.model import ScaleQuestion
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ANNA, ANNA_DM, LANGS, SHIPPED, World, words
from tests.storekit import read

WELLBEING_FIRST = SHIPPED.flows["wellbeing"].steps["who5_1"]
assert isinstance(WELLBEING_FIRST, ScaleQuestion)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def in_wellbeing(store: Store, lang: str = "en") -> World:
    """Onboarded in `lang` (the language list's order is LANGS), the first WHO-5 statement waiting."""
    world = World(store)
    await world.onboard(str(LANGS.index(lang) + 1))
    replies = await world.say("2")
    assert any(words(SHIPPED, WELLBEING_FIRST.text, lang).splitlines()[0] in r for r in replies)
    return world


async def test_help_repeats_the_waiting_question_with_one_line_on_reaching_a_person(store: Store) -> None:
    world = await in_wellbeing(store)
    replies = await world.say("help")
    assert replies[:2] == [words(SHIPPED, "bot-help-person"), words(SHIPPED, "bot-help")]
    (question,) = replies[2:]
    assert question.startswith(words(SHIPPED, WELLBEING_FIRST.text))
    assert await world.cases() == []
    assert words(SHIPPED, "wellbeing-who5-2").splitlines()[0] in (await world.say("3"))[-1]  # the flow goes on


async def test_help_between_flows_shows_the_menu_again(store: Store) -> None:
    world = World(store)
    await world.onboard()
    replies = await world.say("help")
    assert replies[-1].startswith(words(SHIPPED, "menu-choose"))


def opened(replies: list[str], lang: str = "en") -> bool:
    """One message: the case is open, what they write goes to the team, and when the team reads."""
    return (len(replies) == 1 and replies[0].startswith(words(SHIPPED, "mentor-person-opened", lang))
            and words(SHIPPED, "care-hours", lang) in replies[0])


@pytest.mark.parametrize("phrase", ["talk to a person", "mentor", "I need a person"])
async def test_asking_for_a_person_in_words_opens_a_case_at_once(store: Store, phrase: str) -> None:
    world = await in_wellbeing(store)
    assert opened(await world.say(phrase))
    (case,) = await world.cases()
    assert case.relay and case.status == "open"


async def not_understood_until_a_person_is_offered(world: World, lang: str) -> list[str]:
    for attempt in range(1, WELLBEING_FIRST.retries + 1):
        replies = await world.say("purple")
        offered = any(words(SHIPPED, "retry-offer-person", lang) in r for r in replies)
        assert offered == (attempt == WELLBEING_FIRST.retries), f"attempt {attempt}: {replies}"
    return replies


@pytest.mark.parametrize("lang", LANGS)
async def test_yes_to_the_offer_of_a_person_opens_a_case(store: Store, lang: str) -> None:
    world = await in_wellbeing(store, lang)
    replies = await not_understood_until_a_person_is_offered(world, lang)
    assert replies[-1] == words(SHIPPED, "retry-offer-person", lang)  # the offer is the question now
    yes = SHIPPED.catalog.option_label(lang, "option-yes")
    assert opened(await world.say(yes), lang)
    (case,) = await world.cases()
    assert case.relay and case.reason == words(SHIPPED, "bot-mentor-requested-reason", "en")


@pytest.mark.parametrize("lang", ["en", "fa"])
async def test_no_to_the_offer_asks_the_question_again(store: Store, lang: str) -> None:
    world = await in_wellbeing(store, lang)
    await not_understood_until_a_person_is_offered(world, lang)
    no = SHIPPED.catalog.option_label(lang, "option-no")
    (question,) = await world.say(no)
    assert words(SHIPPED, WELLBEING_FIRST.text, lang).splitlines()[0] in question
    assert await world.cases() == []
    assert await world.say("4")  # and the answer goes to the flow
    state = await read(world.store, lambda r: r.people.load_state(ANNA_DM, ANNA))
    assert state is not None and '"who5_1":4' in state


async def test_an_answer_instead_of_yes_or_no_goes_to_the_question(store: Store) -> None:
    world = await in_wellbeing(store)
    await not_understood_until_a_person_is_offered(world, "en")
    replies = await world.say("at no time")
    assert words(SHIPPED, "wellbeing-who5-2").splitlines()[0] in replies[-1]
    assert await world.cases() == []
