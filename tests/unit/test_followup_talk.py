"""What follow-ups say and hear in a chat: invitations, yes/later/no, and the person's controls."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.care.conversations import LibraryHolder
from bot.care.followups.service import Followup, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.care.followups.timing import local_parts
from bot.engine.normalize import normalize, split_list
from bot.platform.config import FollowupSettings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store, UnitOfWork
from bot.store.followups import Source
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

    async def say(self, text: str, lang: str = "en", tz: str | None = None) -> tuple[object, list[str]]:
        async with self.store.write(self.now.timestamp()) as uow:
            person = await uow.people.get(ANNA) or Person(ANNA)
            person.lang, person.timezone = lang, tz
            await uow.people.save(person, 0.0)
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
    assert replies == [en("bot-followup-snooze-ok", number=first, when="Wed 18 Mar 2026, 12:00")]
    _, replies = await world.say(f"cancel {first}")
    assert replies == [en("bot-followup-cancel-ok", number=first)]
    _, replies = await world.say(f"cancel {first + 100}")
    assert replies == [en("bot-followup-unknown", number=first + 100)]
    _, listing = await world.say("my reminders")
    assert listing == [en("bot-followup-none")]


async def test_remind_me_schedules_a_reminder_and_bad_times_are_explained(world: World) -> None:
    _, replies = await world.say("remind me tomorrow")
    assert replies == [en("bot-followup-set", when="Wed 11 Mar 2026, 12:00")] and "Wed 11 Mar" in replies[0]
    (row,) = await world.service.list_for(ANNA)
    assert row.source == "person" and row.deliver_at - world.now >= timedelta(hours=23)
    _, replies = await world.say("remind me whenever")
    assert replies == [en("bot-followup-bad-time")]


async def test_commands_work_in_the_persons_language(world: World) -> None:
    _, replies = await world.say("rappelez-moi dans 3d", lang="fr")
    assert replies == [LIB.catalog.render("fr", "bot-followup-set", {"when": "ven. 13 mars 2026 à 12:00"})]


async def test_ordinary_words_are_not_follow_up_commands(world: World) -> None:
    heard, replies = await world.say("my password is weak")
    assert heard is None and replies == []
    heard, replies = await world.say("yes")  # nothing on offer: a yes belongs to the flow
    assert heard is None and replies == []


async def add(world: World, after: timedelta, source: Source, text: str, flow: str | None = None) -> int:
    async with world.store.write() as tx:
        return await world.service.schedule(tx, ANNA, ROOM, after=after, flow=flow, text=text, source=source,
                                            tz_name="Europe/Berlin")


# --- snooze: a day from the reminder's own time (issue #14, item 3) ------------------------------


async def test_snooze_moves_a_reminder_a_day_from_its_own_time_and_says_when(world: World) -> None:
    first = await schedule(world, after=timedelta(days=3))  # Fri 13 Mar, 12:00 UTC = 13:00 in Berlin
    _, replies = await world.say(f"snooze {first}", tz="Europe/Berlin")
    row = await world.service.get(first)
    assert row is not None and row.deliver_at == T0 + timedelta(days=4), "its own time plus a day, not now plus a day"
    assert replies == [en("bot-followup-snooze-ok", number=first, when="Sat 14 Mar 2026, 13:00")]


async def test_snooze_keeps_the_wall_clock_time_across_a_dst_change(world: World) -> None:
    # Berlin springs forward on Sun 29 Mar 2026: 13:00 on the 28th (CET) → 13:00 on the 29th (CEST).
    first = await schedule(world, after=timedelta(days=18))  # Sat 28 Mar, 12:00 UTC = 13:00 CET
    _, replies = await world.say(f"snooze {first}", tz="Europe/Berlin")
    row = await world.service.get(first)
    assert row is not None and row.deliver_at == T0 + timedelta(days=19, hours=-1)
    assert "Sun 29 Mar 2026, 13:00" in replies[0]


async def test_snooze_of_an_invitation_already_offered_comes_back_the_next_day_at_its_time(world: World) -> None:
    first = await schedule(world, after=timedelta(days=1))  # Wed 11 Mar, 13:00 in Berlin
    world.now = T0 + timedelta(days=1)
    await world.service.run_due(world.now)
    await world.drain()
    world.now = T0 + timedelta(days=1, hours=9)  # Wed, 22:00 in Berlin: "not today, thanks"
    _, replies = await world.say(f"snooze {first}", tz="Europe/Berlin")
    row = await world.service.get(first)
    assert row is not None and row.status == "scheduled" and row.deliver_at == T0 + timedelta(days=2)
    assert replies == [en("bot-followup-snooze-ok", number=first, when="Thu 12 Mar 2026, 13:00")]


# --- reminders people can read (item 4) ----------------------------------------------------------


async def test_the_list_shows_when_in_the_persons_zone_and_what_each_reminder_is_for(world: World) -> None:
    invite = await schedule(world, after=timedelta(days=7))  # Tue 17 Mar, 12:00 UTC
    mine = await add(world, timedelta(days=8), "person", "bot-followup-reminder", flow="menu")
    mentor = await add(world, timedelta(days=9), "mentor", "How did the hearing go?")
    _, (listing,) = await world.say("reminders", tz="America/New_York")  # UTC-4 since 8 March
    lines = listing.splitlines()
    assert lines[0] == en("bot-followup-list-head", zone="America/New_York")
    assert lines[1:4] == [
        f"#{invite} · Tue 17 Mar 2026, 08:00 · {en('wellbeing-title')}",
        f"#{mine} · Wed 18 Mar 2026, 08:00 · {en('bot-followup-what-person')}",
        f"#{mentor} · Thu 19 Mar 2026, 08:00 · {en('bot-followup-what-mentor')}",
    ]
    assert "UTC" not in listing


async def test_the_list_follows_the_persons_language_and_falls_back_to_the_default_zone(world: World) -> None:
    invite = await schedule(world, after=timedelta(days=7))
    _, (listing,) = await world.say("mes rappels", lang="fr")  # no zone of their own: the default (UTC)
    lines = listing.splitlines()
    assert lines[0] == LIB.catalog.render("fr", "bot-followup-list-head", {"zone": "UTC"}).replace("**", "")
    assert lines[1] == f"#{invite} · mar. 17 mars 2026 à 12:00 · {LIB.catalog.render('fr', 'wellbeing-title')}"


@pytest.mark.parametrize("lang", sorted(LIB.catalog.languages))
def test_every_language_shows_a_weekday_a_date_and_the_time(lang: str) -> None:
    shown = LIB.catalog.render(lang, "bot-when", local_parts(datetime(2026, 12, 3, 9, 5, tzinfo=UTC), "UTC"))
    assert "[bot-when]" not in shown and "09:05" in shown and "2026" in shown and "3" in shown
    other_day = LIB.catalog.render(lang, "bot-when", local_parts(datetime(2026, 12, 4, 9, 5, tzinfo=UTC), "UTC"))
    assert other_day.replace("4", "3") != shown, "the weekday's name changes with the day"
    other_month = LIB.catalog.render(lang, "bot-when", local_parts(datetime(2026, 11, 3, 9, 5, tzinfo=UTC), "UTC"))
    assert other_month != shown, "the month shows"


async def test_after_stop_the_list_says_reminders_are_paused_and_how_to_resume(world: World) -> None:
    await schedule(world)
    async with world.store.write() as tx:
        await world.service.pause(tx, ANNA)  # what **stop** does
    _, (listing,) = await world.say("reminders")
    assert en("bot-followup-list-paused") in listing
    _, replies = await world.say("resume")
    assert replies == [en("bot-followup-resumed")]
    _, (listing,) = await world.say("reminders")
    assert en("bot-followup-list-paused") not in listing


@pytest.mark.parametrize("lang", sorted(LIB.catalog.languages))
def test_the_word_that_turns_reminders_back_on_is_one_the_bot_understands(lang: str) -> None:
    resume = {normalize(w) for w in split_list(LIB.catalog.render(lang, "followup-word-resume"))}
    for msgid in ("bot-followup-list-paused", "bot-stopped"):
        bold = re.findall(r"\*\*(.+?)\*\*", LIB.catalog.render(lang, msgid).replace("\u2068", "").replace("\u2069", ""))
        assert any(normalize(word) in resume for word in bold), f"{lang}: {msgid} names a word that resumes"


async def test_remind_me_answers_with_when_in_the_persons_zone(world: World) -> None:
    _, replies = await world.say("remind me in 1d", tz="Asia/Tehran")  # UTC+3:30
    assert replies == [en("bot-followup-set", when="Wed 11 Mar 2026, 15:30")]
    assert "Wed 11 Mar 2026, 15:30" in replies[0]


# --- what arrives, for every source (the bug: a person's reminder showed its message id) --------


async def test_every_kind_of_reminder_arrives_in_words_never_as_a_message_id(world: World) -> None:
    await schedule(world, after=timedelta(days=1))
    await world.say("remind me in 2d")
    await world.drain()
    await add(world, timedelta(days=3), "mentor", "How did the <b>hearing</b> go?")
    await add(world, timedelta(days=4), "mentor", "")
    arrived: list[str] = []
    for day in (1, 2, 3, 4):  # each on time (a late one would start with an apology)
        world.now = T0 + timedelta(days=day)
        await world.service.run_due(world.now)
        arrived += await world.drain()
    invite, reminder, from_mentor, check_in = arrived
    assert invite == f"{en('wellbeing-followup-invite')}\n\n{en('bot-followup-offer')}"
    assert reminder == f"{en('bot-followup-reminder')}\n\n{en('bot-followup-offer')}"
    assert from_mentor == "\n\n".join([en("bot-followup-from-mentor"), "How did the <b>hearing</b> go?",
                                        en("bot-followup-mentor-again")])
    assert check_in == f"{en('bot-followup-from-mentor-check')}\n\n{en('bot-followup-mentor-again')}"
    for body in (invite, reminder, from_mentor, check_in):
        assert "bot-followup" not in body and "[" not in body


async def test_a_mentors_words_are_escaped_and_a_yes_after_them_is_no_answer_to_an_invitation(world: World) -> None:
    await add(world, timedelta(hours=1), "mentor", "How did the <b>hearing</b> go?")
    world.now = T0 + timedelta(hours=2)
    await world.service.run_due(world.now)
    (item,) = await read(world.store, lambda r: r.edge.unsent())
    assert "&lt;b&gt;hearing&lt;/b&gt;" in item.content["formatted_body"]
    await world.drain()
    heard, replies = await world.say("yes")
    assert heard is None and replies == [], "a mentor's message asks no yes/later/no: the yes is the person's own"
