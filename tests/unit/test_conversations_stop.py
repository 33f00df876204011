"""`stop` means stop (issue #13, item 7): the current conversation ends, reminders pause until
`resume`, and the next message gets the menu, not the old question. The texts that promise it
tell the truth in every language: each word they ask people to type does what they say.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.normalize import normalize, split_list
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ANNA, LANGS, SHIPPED, World, words
from tests.storekit import read

BOLD = re.compile(r"\*\*(.+?)\*\*")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def test_stop_ends_the_conversation_and_pauses_reminders(store: Store) -> None:
    world = World(store)
    await world.onboard()
    await world.say("2")  # the wellbeing check-in: a question waits
    assert await world.say("stop") == [words(SHIPPED, "bot-stopped")]
    state = await world.state()
    assert state is not None and state.ended and not state.waiting
    assert await read(store, lambda r: r.followups.is_paused(ANNA))
    # The next message is not taken for the old question: the menu answers it.
    replies = await world.say("3")
    assert replies[-1].startswith(words(SHIPPED, "menu-choose")) or words(SHIPPED, "menu-choose") in replies[-1]
    assert not any(words(SHIPPED, "wellbeing-who5-hint") in r for r in replies)
    assert await world.say("resume") == [words(SHIPPED, "bot-followup-resumed")]
    assert not await read(store, lambda r: r.followups.is_paused(ANNA))


async def test_stop_before_consent_keeps_nothing(store: Store) -> None:
    world = World(store)
    await world.say("hello")  # the language list waits; nothing agreed yet
    assert await world.say("stop") == [words(SHIPPED, "bot-stopped")]
    assert await read(store, lambda r: r.people.get(ANNA)) is None


def typed_words(lang: str) -> dict[str, set[str]]:
    """What each thing a person can type is, in `lang` (and English): keywords and reminder words."""
    catalog = SHIPPED.catalog
    found = {name: {normalize(w) for w in ws} for name, ws in catalog.keywords(lang).items()}
    for verb in ("list", "resume"):
        said = [catalog.render(code, f"followup-word-{verb}") for code in (lang, "en")]
        found[verb] = {normalize(w) for text in said for w in split_list(text)}
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_the_stop_and_help_texts_ask_for_does_what_they_say(lang: str) -> None:
    kinds = typed_words(lang)
    stopped = [normalize(w) for w in BOLD.findall(SHIPPED.catalog.render(lang, "bot-stopped"))]
    assert len(stopped) == 2, stopped
    assert stopped[0] in kinds["menu"] and stopped[1] in kinds["resume"]
    helped = [normalize(w) for w in BOLD.findall(SHIPPED.catalog.render(lang, "bot-help"))]
    for word in helped:
        assert any(word in ws for ws in kinds.values()), f"{lang}: **{word}** in bot-help is no keyword"
    assert any(word in kinds["stop"] for word in helped)
    person = [normalize(w) for w in BOLD.findall(SHIPPED.catalog.render(lang, "bot-help-person"))]
    assert person and all(word in kinds["mentor"] for word in person)
    team = [normalize(w) for w in BOLD.findall(SHIPPED.catalog.render(lang, "bot-help-team", {"case": "C-0001"}))]
    assert team and all(word in kinds["menu"] for word in team)


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_that_tells_people_to_write_stop_names_a_stop_word_of_their_language(lang: str) -> None:
    catalog = SHIPPED.catalog
    stop_words = typed_words(lang)["stop"]
    promising = [msgid for msgid in sorted(catalog.ids("en"))
                 if "stop" in [normalize(w) for w in BOLD.findall(catalog.render("en", msgid))]]
    assert {"bot-help", "wellbeing-intro"} <= set(promising)
    for msgid in promising:
        bold = [normalize(w) for w in BOLD.findall(catalog.render(lang, msgid))]
        assert any(word in stop_words for word in bold), f"{lang}: {msgid} asks for no stop word of {lang}: {bold}"
