"""A person's changed security identity is told to them, and to the mentors of their open case."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.care.conversations import Conversations, LibraryHolder
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.storekit import read

ROOT = Path(__file__).resolve().parents[2]
PERSON, DM, MENTORS = "@anna:example.org", "!dm:example.org", "!mentors:example.org"


class Nobody:
    """Cases and follow-ups are not exercised here."""

    async def escalate(self, *args: object) -> None: ...
    async def schedule(self, *args: object) -> None: ...
    async def pause(self, *args: object) -> None: ...
    async def timezone_changed(self, *args: object) -> None: ...
    async def hear(self, *args: object) -> None: ...


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "db.sqlite", SecretBox(generate_key()))
    yield opened
    await opened.close()


async def notices(store: Store, with_case: bool) -> dict[str, list[str]]:
    library = load_library(ROOT / "flows", ROOT / "locales").library
    assert library is not None
    settings = Settings(homeserver="https://m.example.org", user_id="@bot:example.org", password="x",
                        mentor_room=MENTORS)
    conversations = Conversations(settings, store, LibraryHolder(library), Redactor(b"k"), Nobody(), Nobody())
    async with store.write() as tx:
        if with_case:
            await tx.cases.create(user_id=PERSON, room_id=DM, urgency="normal", consent="pseudonymous",
                                     summary=[], flow="menu", reason=None, now=0.0)
        await conversations.identity_changed(PERSON, DM, tx)
    sent: dict[str, list[str]] = {}
    for item in await read(store, lambda _u: _u.edge.unsent()):
        sent.setdefault(item.room_id, []).append(str(item.content["body"]))
    return sent


async def test_the_person_and_the_mentors_of_their_open_case_are_told(store: Store) -> None:
    sent = await notices(store, with_case=True)
    assert "security key has changed" in sent[DM][0]
    (notice,) = sent[MENTORS]
    assert "C-0001" in notice and PERSON not in notice


async def test_without_an_open_case_only_the_person_is_told(store: Store) -> None:
    sent = await notices(store, with_case=False)
    assert list(sent) == [DM]
