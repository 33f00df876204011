"""Mentors' follow-ups (`!followup`, `!followups`, `!followup cancel`) with a controllable clock.

The mentors' desk, the follow-up service and the follow-up desk run on one real (temporary)
database, wired as the app wires them; time is `world.now`, moved by hand. Delivery is the
service's own `run_due`, as its timer would call it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.care.conversations import LibraryHolder
from bot.care.followups.service import Followup, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.care.mentors import Mentors
from bot.care.mentors.followup_commands import when_and_text
from bot.platform.config import FollowupSettings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store, UnitOfWork
from tests.storekit import read
from tests.unit.test_mentors import (
    ANNA,
    ANNA_DM,
    EVE,
    LIB,
    MENTORS,
    MIA,
    T0,
    FakeLink,
    Sent,
    World,
    en,
    in_room,
    threat,
)
from tests.unit.test_mentors import settings as mentor_settings

DAY = 86400.0
MAX_MENTOR = "@max:example.org"


@dataclass
class Desk:
    world: World
    service: FollowupService
    talk: FollowupDesk

    async def due(self) -> list[int]:
        """The service's timer firing now."""
        return (await self.service.run_due(datetime.fromtimestamp(self.world.now, UTC))).delivered

    async def person_tz(self, tz: str | None) -> None:
        async with self.world.store.write(self.world.now) as tx:
            person = await tx.people.get(ANNA) or Person(ANNA, lang="en")
            person.timezone = tz
            await tx.people.save(person, self.world.now)

    async def replies(self) -> list[str]:
        """What the bot said in the mentor room since the last look (notices, not the card's edits)."""
        return [s.body for s in in_room(await self.world.sent(), MENTORS) if "m.new_content" not in s.content]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


@pytest.fixture
async def desk(store: Store) -> Desk:
    link = FakeLink()
    box: dict[str, object] = {}

    def clock() -> datetime:
        world = box["world"]
        assert isinstance(world, World)
        return datetime.fromtimestamp(world.now, UTC)

    async def deliver(followup: Followup, uow: UnitOfWork) -> None:
        talk = box["talk"]
        assert isinstance(talk, FollowupDesk)
        await talk.deliver(followup, uow)

    service = FollowupService(store, FollowupSettings(), clock, deliver)  # quiet 22:00–08:00, default zone UTC
    talk = FollowupDesk(store, LibraryHolder(LIB), service, "en")
    now: Callable[[], float] = lambda: box["world"].now  # type: ignore[attr-defined]  # noqa: E731
    mentors = Mentors(mentor_settings(), store, LibraryHolder(LIB), clock=now, link=link, followups=service)
    talk.notices = mentors.followups
    world = World(store, mentors, link)
    box.update(world=world, talk=talk)
    store.on_committed(link.committed)
    await world.escalate(threat())  # case 1, Anna's, with her name shared
    await world.sent()
    return Desk(world, service, talk)


async def rows(store: Store) -> list[Followup]:
    return await read(store, lambda r: r.followups.for_user(ANNA, ("scheduled", "offered", "done", "cancelled")))


# --- scheduling --------------------------------------------------------------------------------


async def test_a_mentors_followup_is_kept_in_the_table_and_delivered_once_as_from_your_mentor(desk: Desk) -> None:
    world = desk.world
    await world.mentor(MIA, "!followup 1 in 3d Did the lawyer call back?")
    (row,) = await rows(world.store)
    assert (row.source, row.case_id, row.user_id, row.room_id, row.flow) == ("mentor", 1, ANNA, ANNA_DM, None)
    assert row.text == "Did the lawyer call back?" and row.deliver_at.timestamp() == T0 + 3 * DAY
    (reply,) = await desk.replies()
    assert reply.startswith(en("mentor-followup-set", number=row.id, case="C-0001", when="Mon 18 Jan 2027, 08:00",
                               zone="UTC", utc="2027-01-18 08:00 UTC"))
    raw = await world.store.db.fetchone("SELECT text_sealed FROM followups WHERE id = ?", (row.id,))
    assert raw is not None and b"lawyer" not in bytes(raw["text_sealed"]), "the mentor's words are sealed at rest"

    world.now = T0 + 3 * DAY - 60
    assert await desk.due() == []
    world.now = T0 + 3 * DAY
    assert await desk.due() == [row.id]
    sent = await world.sent()
    (to_her,) = in_room(sent, ANNA_DM)
    assert to_her.body == "\n\n".join([en("bot-followup-from-mentor"), "Did the lawyer call back?",
                                       en("bot-followup-mentor-answer")])
    assert MIA not in to_her.body and MIA not in to_her.content["formatted_body"]
    (notice,) = in_room(sent, MENTORS)
    assert notice.body == en("mentor-followup-delivered", case="C-0001", number=row.id)
    assert notice.content["m.relates_to"]["rel_type"] == "m.thread"
    world.now += DAY
    assert await desk.due() == [], "exactly once"
    assert in_room(await world.sent(), ANNA_DM) == []


async def test_in_a_cases_thread_the_number_can_be_left_out(desk: Desk) -> None:
    world = desk.world
    card = await world.card_id()
    await world.mentor(MAX_MENTOR, "!followup tomorrow", thread=card)
    (row,) = await rows(world.store)
    assert row.case_id == 1 and row.text == "" and row.deliver_at.timestamp() == T0 + DAY
    (reply,) = in_room(await world.sent(), MENTORS)
    assert reply.content["m.relates_to"]["event_id"] == card, "answered in the thread it was asked in"
    world.now = T0 + DAY
    await desk.due()
    (to_her,) = in_room(await world.sent(), ANNA_DM)
    assert to_her.body == f"{en('bot-followup-from-mentor-check')}\n\n{en('bot-followup-mentor-answer')}"


async def test_on_a_date_means_the_persons_own_clock(desk: Desk) -> None:
    world = desk.world
    await desk.person_tz("Asia/Tehran")  # UTC+3:30
    await world.mentor(MIA, "!followup 1 on 2027-01-20 10:00 How are the children?")
    (row,) = await rows(world.store)
    assert row.deliver_at == datetime(2027, 1, 20, 6, 30, tzinfo=UTC) and row.tz_name == "Asia/Tehran"
    assert row.text == "How are the children?"
    (reply,) = await desk.replies()
    assert "Wed 20 Jan 2027, 10:00" in reply and "Asia/Tehran" in reply and "2027-01-20 06:30 UTC" in reply


async def test_the_persons_quiet_hours_hold_a_mentors_followup_back(desk: Desk) -> None:
    world = desk.world
    await desk.person_tz("Asia/Tehran")
    await world.mentor(MIA, "!followup 1 on 2027-01-20 23:30")  # quiet there from 22:00 to 08:00
    (row,) = await rows(world.store)
    assert row.due_at == datetime(2027, 1, 20, 20, 0, tzinfo=UTC)
    assert row.deliver_at == datetime(2027, 1, 21, 4, 30, tzinfo=UTC)  # 08:00 in Tehran
    (reply,) = await desk.replies()
    assert en("mentor-followup-quiet") in reply and "Thu 21 Jan 2027, 08:00" in reply
    world.now = datetime(2027, 1, 20, 20, 0, tzinfo=UTC).timestamp()
    assert await desk.due() == []
    world.now = row.deliver_at.timestamp()
    assert await desk.due() == [row.id]


async def test_a_paused_person_gets_it_when_they_resume_and_the_mentor_is_told(desk: Desk) -> None:
    world = desk.world
    async with world.store.write(world.now) as tx:
        await desk.service.pause(tx, ANNA)
    await world.mentor(MIA, "!followup 1 in 1h")
    (reply,) = await desk.replies()
    assert en("mentor-followup-paused") in reply
    world.now += 2 * 3600
    assert await desk.due() == []
    async with world.store.write(world.now) as tx:
        await desk.service.resume(tx, ANNA)
    (row,) = await rows(world.store)
    assert await desk.due() == [row.id]
    (to_her,) = in_room(await world.sent(), ANNA_DM)
    assert to_her.body.startswith(en("bot-followup-late")), "late, and it says so"


async def test_the_list_shows_each_followup_on_their_clock_and_in_utc_and_cancel_removes_one(desk: Desk) -> None:
    world = desk.world
    await desk.person_tz("Asia/Tokyo")  # UTC+9
    await world.mentor(MIA, "!followup 1 in 2d Ask about the <b>visa</b>")
    await world.mentor(MIA, "!followup 1 in 5d")
    first, second = await rows(world.store)
    await world.sent()
    await world.mentor(MIA, "!followups C-0001")
    (listing,) = await desk.replies()
    assert listing.splitlines() == [
        en("mentor-followups-head", case="C-0001"),
        f"- #{first.id} · Sun 17 Jan 2027, 17:00 (Asia/Tokyo) · 2027-01-17 08:00 UTC · Ask about the <b>visa</b>",
        f"- #{second.id} · Wed 20 Jan 2027, 17:00 (Asia/Tokyo) · 2027-01-20 08:00 UTC · "
        f"{en('mentor-followup-no-text')}",
    ]
    await world.mentor(MIA, f"!followup cancel {first.id}")
    assert await desk.replies() == [en("mentor-followup-cancelled", number=first.id, case="C-0001")]
    await world.mentor(MIA, f"!followup cancel {first.id}")
    assert await desk.replies() == [en("mentor-followup-unknown", number=str(first.id))]
    world.now += 10 * DAY
    assert await desk.due() == [second.id]


async def test_the_html_of_a_listing_escapes_the_mentors_words(desk: Desk) -> None:
    world = desk.world
    await world.mentor(MIA, "!followup 1 in 2d Ask about the <b>visa</b>")
    await world.sent()
    await world.mentor(MIA, "!followups 1")
    (listing,) = in_room(await world.sent(), MENTORS)
    assert "&lt;b&gt;visa&lt;/b&gt;" in listing.content["formatted_body"]


async def test_mentors_cannot_cancel_a_persons_own_reminder(desk: Desk) -> None:
    world = desk.world
    async with world.store.write(world.now) as tx:
        own = await desk.service.schedule(tx, ANNA, ANNA_DM, after=timedelta(days=1), flow="menu",
                                          text="bot-followup-reminder", source="person", tz_name=None)
    await world.mentor(MIA, f"!followup cancel {own}")
    assert await desk.replies() == [en("mentor-followup-unknown", number=str(own))]
    assert (await rows(world.store))[0].status == "scheduled"


async def test_when_the_person_cancels_it_the_thread_is_told(desk: Desk) -> None:
    world = desk.world
    await world.mentor(MIA, "!followup 1 in 2d")
    (row,) = await rows(world.store)
    await world.sent()
    async with world.store.write(world.now) as tx:
        await desk.talk.hear(tx, ANNA, ANNA_DM, f"cancel {row.id}")
    sent = await world.sent()
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("bot-followup-cancel-ok", number=row.id)]
    (notice,) = in_room(sent, MENTORS)
    assert notice.body == en("mentor-followup-cancelled-by-them", case="C-0001", number=row.id)


async def test_after_the_case_is_closed_the_person_is_told_how_to_reach_someone(desk: Desk) -> None:
    world = desk.world
    await world.mentor(MIA, "!followup 1 in 7d How are things now?")
    await world.mentor(MIA, "!close 1")
    await world.sent()
    world.now += 7 * DAY
    await desk.due()
    (to_her,) = in_room(await world.sent(), ANNA_DM)
    assert to_her.body.endswith(en("bot-followup-mentor-again"))


async def test_a_case_whose_person_erased_their_data_answers_with_one_line(desk: Desk) -> None:
    world = desk.world
    async with world.store.write(world.now) as tx:
        await world.mentors.forget_person(tx, ANNA)
    await world.sent()
    await world.mentor(MIA, "!followup 1 in 3d hello")
    assert await desk.replies() == [en("mentor-case-unreachable", case="C-0001")]
    assert await rows(world.store) == []


async def test_times_it_cannot_keep_are_explained(desk: Desk) -> None:
    world = desk.world
    await world.mentor(MIA, "!followup 1 whenever you like")
    await world.mentor(MIA, "!followup 1 on 2020-01-01 10:00")
    await world.mentor(MIA, "!followup 1 in 400d")
    await world.mentor(MIA, "!followup 1 on 2027-02-30 10:00")
    await world.mentor(MIA, "!followup cancel")
    assert await desk.replies() == [
        en("mentor-followup-bad-time"),
        en("mentor-followup-past", when="Wed 1 Jan 2020, 10:00", zone="UTC"),
        en("mentor-followup-bad-time"),
        en("mentor-followup-bad-time"),
        en("mentor-usage", usage="!followup cancel 7"),
    ]
    assert await rows(world.store) == []


async def test_only_members_of_the_mentor_room_can_ask(desk: Desk) -> None:
    await desk.world.mentor(EVE, "!followup 1 in 1d")
    assert await rows(desk.world.store) == []
    assert await desk.replies() == []


async def test_help_names_the_followup_commands(desk: Desk) -> None:
    await desk.world.mentor(MIA, "!help")
    (help_text,) = await desk.replies()
    assert "!followup 42 in 3d" in help_text and "!followups 42" in help_text and "!followup cancel 7" in help_text


async def test_without_the_followup_service_the_command_is_unknown(store: Store) -> None:
    link = FakeLink()
    world = World(store, Mentors(mentor_settings(), store, LibraryHolder(LIB), clock=lambda: T0, link=link), link)
    await world.escalate(threat())
    await world.sent()
    await world.mentor(MIA, "!followup 1 in 1d")
    sent: list[Sent] = in_room(await world.sent(), MENTORS)
    assert [s.body for s in sent] == [en("mentor-unknown-command", command="!followup")]


@pytest.mark.parametrize(("said", "due", "text"), [
    ("in 3d", T0 + 3 * DAY, ""),
    ("3d call the lawyer", T0 + 3 * DAY, "call the lawyer"),
    ("in 1w 2d\nline two", T0 + 9 * DAY, "line two"),
    ("tomorrow 3 things", T0 + DAY, "3 things"),
    ("on 2027-01-16 09:30 hi", datetime(2027, 1, 16, 9, 30, tzinfo=UTC).timestamp(), "hi"),
    ("at 2027-01-16T09:30", datetime(2027, 1, 16, 9, 30, tzinfo=UTC).timestamp(), ""),
])
def test_when_and_text_reads_durations_and_dates(said: str, due: float, text: str) -> None:
    parsed = when_and_text(said, datetime.fromtimestamp(T0, UTC), "UTC")
    assert parsed is not None and parsed[0].timestamp() == due and parsed[1] == text


@pytest.mark.parametrize("said", ["", "soon", "on", "on 2027-01-16", "on 16.01.2027 10:00", "in 0d", "in 2 years"])
def test_when_and_text_refuses_what_it_cannot_read(said: str) -> None:
    assert when_and_text(said, datetime.fromtimestamp(T0, UTC), "UTC") is None
