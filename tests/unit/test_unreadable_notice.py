"""`bot.care.unreadable.UnreadableNotice`: the one notice about an unreadable message is short,
in the person's own language (the default one for someone the bot does not know yet, and for the
mentor room, where it is a notice), and says what to do: send it again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.care.conversations import LibraryHolder
from bot.care.unreadable import MSGID, UnreadableNotice
from bot.platform.config import Settings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
LANGS = sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
MENTORS = "!mentors:example.org"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    try:
        yield s
    finally:
        await s.close()


def notice(default: str = "en") -> UnreadableNotice:
    settings = Settings(homeserver="https://example.org", user_id="@bot:example.org", password="pw",  # type: ignore[arg-type]
                        mentor_room=MENTORS, default_language=default)
    return UnreadableNotice(settings, LibraryHolder(LIB))


async def told(store: Store, teller: UnreadableNotice, user_id: str, room_id: str) -> dict[str, object]:
    async with store.write() as uow:
        await teller.could_not_read(user_id, room_id, uow)
    async with store.read() as r:
        (item,) = await r.edge.unsent(room_id)
    return item.content


@pytest.mark.parametrize("lang", LANGS)
async def test_the_notice_is_in_the_persons_language_and_asks_to_send_again(store: Store, lang: str) -> None:
    user, room = f"@{lang}:example.org", f"!{lang}:example.org"
    async with store.write() as uow:
        await uow.people.save(Person(user, lang=lang), uow.now)
    content = await told(store, notice(), user, room)
    expected = LIB.catalog.render(lang, MSGID)
    assert content["msgtype"] == "m.text"
    assert str(content["body"]).replace("\u200f", "") == expected
    assert len(expected) < 160, "short"
    if lang == "en":
        assert "send it again" in expected


async def test_someone_unknown_hears_the_default_language_and_the_mentor_room_gets_a_notice(store: Store) -> None:
    content = await told(store, notice(default="fr"), "@new:example.org", "!new:example.org")
    assert str(content["body"]) == LIB.catalog.render("fr", MSGID)
    async with store.write() as uow:
        await uow.people.save(Person("@mentor:example.org", lang="ru"), uow.now)
    content = await told(store, notice(default="es"), "@mentor:example.org", MENTORS)
    assert content["msgtype"] == "m.notice" and str(content["body"]) == LIB.catalog.render("es", MSGID)
