"""What follow-ups say and hear in a chat: invitations, yes/later/no, and the person's controls."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.care.conversations import LibraryHolder
from bot.care.followups.service import Followup, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.matrix.runtime import UnitOfWork
from bot.platform.config import FollowupSettings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store
from tests.storekit import read

ROOT = Path(__file__).resolve().parents[2]
ANNA, ROOM = "@anna:example.org", "!dm:example.org"
T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None


class World:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.now = T0
        no_quiet = FollowupSettings(quiet_start=time(0, 0), quiet_end=time(0, 0))
        self.service = FollowupService(store, no_quiet, lambda: self.now, self._deliver)
        self.desk = FollowupDesk(store, LibraryHolder(LIB), self.service, "en")

    async def _deliver(self, followup: Followup, uow: UnitOfWork) -> None:
        await self.desk.deliver(followup, uow)

    async def say(self, text: str, lang: str = "en") -> tuple[object, list[str]]:
        async with self.store.write(self.now.timestamp()) as uow:
            await uow.people.save(Person(ANNA, lang=lang), 0.0)
            heard = await self.desk.hear(uow, ANNA, ROOM, text)
        return heard, await self.drain()

    async def drain(self) -> list[str]:
        unsent = await read(self.store, lambda r: r.edge.unsent())
        bodies = [str(i.content.get("body", "")) for i in unsent]
        async with self.store.write() as uow:
            for item in unsent:
                await uow.edge.mark_sent(item.id, f"$sent{item.id}", uow.now)
        return bodies


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await Store.open(tmp_path / "db.sqlite", SecretBox(generate_key()))
    try:
        yield World(store)
    finally:
        await store.close()


def en(msgid: str, **args: object) -> str:
    return LIB.catalog.render("en", msgid, args).replace("**", "")


async def schedule(world: World, flow: str | None = "wellbeing", after: timedelta = timedelta(days=7)) -> int:
    async with world.store.write() as tx:
        return await world.service.schedule(tx, ANNA, ROOM, after=after, flow=flow, text="wellbeing-followup-invite",
                                            source="flow", tz_name="Europe/Berlin")


async def test_an_invitation_offers_yes_later_no_and_yes_starts_the_flow(world: World) -> None:
    await schedule(world)
    world.now += timedelta(days=7, minutes=1)
    await world.service.run_due(world.now)
    sent = await world.drain()
    assert len(sent) == 1 and en("bot-followup-offer") in sent[0]
    heard, replies = await world.say("yes")
    assert heard is not None and getattr(heard, "start_flow", None) == "wellbeing" and replies == []
    again, _ = await world.say("yes")
    assert again is None, "a second yes must not start the flow twice"


async def test_later_snoozes_a_day_and_no_cancels(world: World) -> None:
    first = await schedule(world)
    world.now += timedelta(days=8)
    await world.service.run_due(world.now)
    await world.drain()
    _, replies = await world.say("later")
    assert replies == [en("bot-followup-later-ok")]
    row = await world.service.get(first)
    assert row is not None and row.status == "scheduled" and row.deliver_at >= world.now + timedelta(hours=23)
    world.now += timedelta(days=1, minutes=1)
    await world.service.run_due(world.now)
    await world.drain()
    _, replies = await world.say("no")
    assert replies == [en("bot-followup-cancelled")]


async def test_a_late_invitation_apologises(world: World) -> None:
    await schedule(world, after=timedelta(minutes=5))
    world.now += timedelta(hours=3)  # the bot was down when it fell due
    await world.service.start()
    await world.service.run_due(world.now)
    await world.service.stop()
    (sent,) = await world.drain()
    assert sent.startswith(en("bot-followup-late"))


async def test_the_person_lists_cancels_and_snoozes_by_number(world: World) -> None:
    first = await schedule(world)
    _, listing = await world.say("reminders")
    assert f"#{first}" in listing[0]
    _, replies = await world.say(f"snooze {first}")
    assert replies == [en("bot-followup-snooze-ok", number=first)]
    _, replies = await world.say(f"cancel {first}")
    assert replies == [en("bot-followup-cancel-ok", number=first)]
    _, replies = await world.say(f"cancel {first + 100}")
    assert replies == [en("bot-followup-unknown", number=first + 100)]
    _, listing = await world.say("my reminders")
    assert listing == [en("bot-followup-none")]


async def test_remind_me_schedules_a_reminder_and_bad_times_are_explained(world: World) -> None:
    _, replies = await world.say("remind me tomorrow")
    assert replies == [en("bot-followup-set")]
    (row,) = await world.service.list_for(ANNA)
    assert row.source == "person" and row.deliver_at - world.now >= timedelta(hours=23)
    _, replies = await world.say("remind me whenever")
    assert replies == [en("bot-followup-bad-time")]


async def test_commands_work_in_the_persons_language(world: World) -> None:
    _, replies = await world.say("rappelez-moi dans 3d", lang="fr")
    assert replies == [LIB.catalog.render("fr", "bot-followup-set").replace("**", "")]


async def test_ordinary_words_are_not_follow_up_commands(world: World) -> None:
    heard, replies = await world.say("my password is weak")
    assert heard is None and replies == []
    heard, replies = await world.say("yes")  # nothing on offer: a yes belongs to the flow
    assert heard is None and replies == []
