"""What people read after a flow's summary and when they ask for their data (issue #14, items 5-6):

- a message's items are bullets, so a numbered question after them is the only "1. 2." in sight;
- `my data` says what the file holds, its name, and that it follows; the count it gives is of
  what is really kept (the latest conversation per chat), not of conversations ever held.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.care.privacy import EXPORT_NAME
from bot.care.render import Renderer
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import SHIPPED, World, words

RENDER = Renderer(SHIPPED.catalog)


def test_items_are_bullets_so_that_the_question_after_them_is_the_only_numbered_list() -> None:
    args = {"score": 6, "total": 14}
    base = RENDER.text("en", "hygiene-summary", args)
    items = ("hygiene-next-twofactor", "hygiene-next-passwords", "hygiene-next-phishing")
    rendered = RENDER.with_items("en", base, items, args)
    lines = rendered.plain.split("\n")[-3:]
    assert all(line.startswith("• ") for line in lines), lines
    assert lines[0] == "• " + words(SHIPPED, items[0])
    assert "<ul>" in rendered.html and "<ol>" not in rendered.html


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def test_my_data_says_what_the_file_holds_its_name_and_that_it_follows(store: Store) -> None:
    world = World(store)
    await world.onboard()
    for _ in range(2):  # two more conversations: the language list, twice
        await world.say("language")
        await world.say("1")
    replies = await world.say("my data")
    summary = replies[0]
    assert EXPORT_NAME in summary
    assert summary == words(SHIPPED, "bot-privacy-export", conversations=1, reminders=0, files=0, cases=0,
                            file=EXPORT_NAME)
    assert "conversations: 1" not in summary  # one kept conversation is not "conversations: 1" after three
    assert world.actions.uploads, "the file is attached after the summary"
