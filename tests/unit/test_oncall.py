"""The on-call ladder of unclaimed cases, with a controllable clock, on a real (temporary) database.

An urgent case nobody takes: bounded @room pings then one summary; a direct message (case label
only) to the mentors on call after `oncall_after_minutes`, to the leads `leads_after_minutes`
later; `high` cases on their own timer. All of it from the cases table, so a new `Mentors` over
the same store — the bot after a restart — goes on where the last one stood.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest

from bot.care.mentors.ladder import Timers, due, next_at, on_rota, rota_now
from bot.platform.config import MentorSettings, RotaEntry, Settings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from bot.store.cases import Case
from tests.storekit import read, write
from tests.unit import test_mentors as kit
from tests.unit.test_mentors import (
    ANNA,
    ANNA_DM,
    BORIS,
    BORIS_DM,
    MAX,
    MENTORS,
    MIA,
    T0,
    World,
    en,
    in_room,
    threat,
)

LEAD = "@lea:example.org"
ADMIN = "@ada:example.org"
MIN = 60.0


def configured(*, admins: tuple[str, ...] = (ADMIN,), **mentors: Any) -> Settings:
    values: dict[str, Any] = {"oncall_after_minutes": 10, "leads_after_minutes": 20, "urgent_reping_minutes": 15,
                              "urgent_reping_count": 2, "high_reping_minutes": 60, "check_seconds": 3600}
    values.update(mentors)
    return Settings(homeserver="https://hs.example.org", user_id="@bot:example.org", password="x",  # type: ignore[arg-type]
                    mentor_room=MENTORS, admins=list(admins), mentors=MentorSettings(**values))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


@pytest.fixture
def world(store: Store) -> World:
    return kit.make_world(store, configured(leads=[LEAD]))


async def at(world: World, minutes: float) -> list[int]:
    world.now = T0 + minutes * MIN
    return await world.mentors.repings_due(world.now)


def direct_messages(world: World) -> list[kit.Sent]:
    return [s for s in world.log if s.room_id.startswith("!direct") and s.event_type == "m.room.message"]


def thread_notes(world: World, fragment: str) -> list[kit.Sent]:
    return [s for s in in_room(world.log, MENTORS) if fragment in s.body]


# --- `!oncall` -----------------------------------------------------------------------------------


async def test_oncall_on_off_and_the_list_are_kept_in_the_database(store: Store, world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.mentor(MIA, "!oncall on")
    await world.mentor(MAX, "!oncall off")
    sent = in_room(await world.sent(), MENTORS)
    assert [s.body for s in sent] == [en("mentor-oncall-on"), en("mentor-oncall-already-on"),
                                      en("mentor-oncall-not-on")]
    assert [o.user_id for o in await read(store, lambda r: r.oncall.on_call())] == [MIA]

    again = kit.make_world(store, configured(leads=[LEAD]), now=T0 + 60)  # the bot restarted
    await again.mentor(MAX, "!oncall")
    (listing,) = in_room(await again.sent(), MENTORS)
    assert en("mentor-oncall-list", names=MIA) in listing.body
    assert "!oncall on" in listing.body
    await again.mentor(MIA, "!oncall off")
    await again.mentor(MIA, "!oncall maybe")
    off, usage = in_room(await again.sent(), MENTORS)
    assert off.body == en("mentor-oncall-off") and "!oncall on|off" in usage.body
    assert await read(store, lambda r: r.oncall.on_call()) == []


async def test_someone_outside_the_mentor_room_cannot_go_on_call(store: Store, world: World) -> None:
    await world.mentor(kit.EVE, "!oncall on")
    assert await world.sent() == []
    assert await read(store, lambda r: r.oncall.on_call()) == []


async def test_the_list_shows_the_rota_and_who_it_puts_on_call_now(store: Store) -> None:
    monday_noon = datetime(2027, 1, 4, 12, 0, tzinfo=UTC).timestamp()  # a Monday
    rota = [RotaEntry(user=MAX, weekdays=["mon"], start=time(9), end=time(17), zone="UTC"),
            RotaEntry(user=LEAD, weekdays=["sat", "sun"], zone="Asia/Kabul")]
    world = kit.make_world(store, configured(rota=rota), now=monday_noon)
    await world.mentor(MIA, "!oncall")
    (listing,) = in_room(await world.sent(), MENTORS)
    assert en("mentor-oncall-list", names=MAX) in listing.body
    assert f"{MAX} mon 09:00–17:00 UTC" in listing.body and f"{LEAD} sat,sun all day Asia/Kabul" in listing.body


# --- the ladder of an urgent case ----------------------------------------------------------------


async def test_an_unclaimed_urgent_case_reaches_the_oncall_mentor_then_the_leads(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="urgent", consent="full"))
    await world.sent()
    assert await at(world, 9) == []
    assert await world.mentors.next_delay(world.now) == pytest.approx(MIN)  # the on-call step is next

    assert await at(world, 10) == [1]
    await world.sent()
    assert world.link.direct == [MIA]
    (dm,) = direct_messages(world)
    assert dm.body == en("mentor-dm-oncall", case="C-0001", minutes=10, number=1)
    for secret in (ANNA, ANNA_DM, "two men", "detention"):
        assert secret not in str(dm.content), "a direct message names the case only"
    assert thread_notes(world, en("mentor-ladder-oncall-sent", case="C-0001", names=MIA))

    assert await at(world, 29) == [1]  # the first room ping came at 15 minutes
    await world.sent()
    assert len(direct_messages(world)) == 1
    assert await at(world, 30) == [1]  # the second ping, and the leads
    await world.sent()
    assert world.link.direct == [MIA, LEAD]
    lead_dm = direct_messages(world)[-1]
    assert lead_dm.body == en("mentor-dm-lead", case="C-0001", minutes=30, number=1)
    assert thread_notes(world, en("mentor-ladder-leads-sent", case="C-0001", names=LEAD))


async def test_room_pings_stop_after_the_count_with_one_summary(world: World) -> None:
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    pings = []
    for minute in range(1, 200):
        if await at(world, minute):
            pings += [s for s in in_room(await world.sent(), MENTORS) if s.body.startswith("@room ")]
    assert [p.body for p in pings] == [
        "@room " + en("mentor-reping", case="C-0001", minutes=15, number=1),
        "@room " + en("mentor-reping", case="C-0001", minutes=30, number=1),
        "@room " + en("mentor-still-unclaimed", case="C-0001", count=2, minutes=45, number=1),
    ]
    case = await world.case()
    assert case.pings == 2 and case.summary_at == T0 + 45 * MIN
    assert next_at(case, Timers.of(world.mentors.settings.mentors)) is None
    assert await world.mentors.next_delay(world.now) == pytest.approx(3600.0)  # back to the usual pace


async def test_the_person_hears_once_that_the_team_was_reminded_never_that_help_is_on_the_way(
        world: World) -> None:
    await world.escalate(threat(urgency="urgent"), lang="fr")
    await world.sent()
    for minute in (15, 30, 45):
        await at(world, minute)
        await world.sent()
    told = [s.body for s in in_room(world.log, ANNA_DM)]
    assert sum(kit.lang_text("fr", "mentor-person-on-the-way") in body for body in told) == 1
    on_the_way = kit.lang_text("en", "mentor-person-on-the-way").lower()
    assert "on the way" not in on_the_way and "on its way" not in on_the_way


async def test_the_ladder_goes_on_after_a_restart_where_it_stood(store: Store, world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    await at(world, 15)  # on call told, first ping
    await world.sent()
    assert world.link.direct == [MIA]

    link = kit.FakeLink(rooms=[[MIA]])  # the homeserver's rooms so far: the new link numbers on
    again = kit.make_world(store, configured(leads=[LEAD]), link=link, now=T0 + 16 * MIN)
    assert await again.mentors.next_delay(again.now) == pytest.approx(14 * MIN)  # the next ping, from the row
    assert await at(again, 16) == []
    assert await at(again, 30) == [1]
    await again.sent()
    assert link.direct == [LEAD], "the on-call mentor is not told twice; the leads are told once"
    assert await at(again, 45) == [1]
    summary = en("mentor-still-unclaimed", case="C-0001", count=2, minutes=45, number=1)
    assert [s.body for s in in_room(await again.sent(), MENTORS)] == ["@room " + summary]
    assert await at(again, 500) == []


async def test_a_claim_stops_the_ladder_and_a_release_starts_it_again(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    await at(world, 5)
    await world.mentor(MAX, "!claim 1")
    await world.sent()
    assert await at(world, 100) == []
    await world.mentor(MAX, "!release 1")
    await world.sent()
    assert await at(world, 109) == []
    assert await at(world, 110) == [1]  # on call, 10 minutes after the release
    await world.sent()
    assert world.link.direct == [MIA]


async def test_a_case_raised_to_urgent_climbs_from_the_raise(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="normal"))
    await world.sent()
    assert await at(world, 30) == []  # normal cases do not climb
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    assert await at(world, 39) == []
    assert await at(world, 40) == [1]
    await world.sent()
    assert world.link.direct == [MIA]


async def test_each_mentor_gets_one_direct_room_reused_and_a_new_one_if_they_left(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="urgent"))
    await world.escalate(threat(urgency="urgent"), user=BORIS, room=BORIS_DM)
    await world.sent()
    await at(world, 10)
    await world.sent()
    assert world.link.direct == [MIA]
    first, second = direct_messages(world)
    assert first.room_id == second.room_id == "!direct1:example.org"
    assert "C-0001" in first.body and "C-0002" in second.body
    world.link.left.add(MIA)
    await world.escalate(threat(urgency="urgent"), user="@cleo:example.org", room="!cleo-dm:example.org")
    await world.sent()
    await at(world, 20)
    await world.sent()
    assert world.link.direct == [MIA, MIA]
    assert direct_messages(world)[-1].room_id == "!direct2:example.org"
    assert await read(world.store, lambda r: r.oncall.dm_room(MIA)) == "!direct2:example.org"


async def test_nobody_on_call_and_no_leads_are_said_in_the_thread(store: Store) -> None:
    world = kit.make_world(store, configured(admins=()))
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    await at(world, 30)
    await world.sent()
    assert world.link.direct == []
    assert thread_notes(world, en("mentor-ladder-nobody-oncall", case="C-0001"))
    assert thread_notes(world, en("mentor-ladder-no-leads", case="C-0001"))
    assert await at(world, 31) == []  # said once


async def test_the_leads_default_to_the_admins_and_the_rota_puts_people_on_call(store: Store) -> None:
    monday = datetime(2027, 1, 4, 23, 0, tzinfo=UTC).timestamp()  # Monday 23:00 UTC
    rota = [RotaEntry(user=MAX, weekdays=["mon"], start=time(22), end=time(6), zone="UTC")]
    world = kit.make_world(store, configured(rota=rota), now=monday)
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    world.now = monday + 10 * MIN
    await world.mentors.repings_due(world.now)
    world.now = monday + 30 * MIN
    await world.mentors.repings_due(world.now)
    await world.sent()
    assert world.link.direct == [MAX, ADMIN]


async def test_a_direct_room_that_cannot_be_made_is_said_and_not_retried_forever(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    world.link.fail_rooms = True
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    await at(world, 10)
    await world.sent()
    assert thread_notes(world, en("mentor-ladder-dm-failed", case="C-0001", mentor=MIA))
    assert (await world.case()).oncall_at == T0 + 10 * MIN


async def test_a_mentor_writing_in_their_direct_room_is_pointed_to_the_mentor_room(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    await at(world, 10)
    await world.sent()
    assert await world.person("ok, on it", user=MIA, room="!direct1:example.org") is True
    (answer,) = in_room(await world.sent(), "!direct1:example.org")
    assert answer.body == en("mentor-dm-here")
    assert await read(world.store, lambda r: r.people.get(MIA)) is None  # no conversation started


# --- high cases ------------------------------------------------------------------------------------


async def test_high_cases_have_their_own_longer_timer_and_no_direct_messages(world: World) -> None:
    await world.mentor(MIA, "!oncall on")
    await world.escalate(threat(urgency="high"))
    await world.sent()
    assert await at(world, 59) == []
    assert await at(world, 60) == [1]
    (ping,) = in_room(await world.sent(), MENTORS)
    assert ping.body == en("mentor-reping-high", case="C-0001", minutes=60, number=1)
    assert "m.mentions" not in ping.content  # no @room for a high case
    assert await at(world, 120) == [1]
    assert await at(world, 180) == [1]
    (summary,) = in_room(await world.sent(), MENTORS)[-1:]
    assert summary.body == en("mentor-still-unclaimed", case="C-0001", count=2, minutes=180, number=1)
    assert await at(world, 1000) == []
    assert world.link.direct == [] and in_room(world.log, ANNA_DM)[1:] == []  # the person is not told


# --- the pure parts --------------------------------------------------------------------------------


def case(**fields: Any) -> Case:
    values: dict[str, Any] = {
        "id": 1, "user_id": ANNA, "room_id": ANNA_DM, "urgency": "urgent", "status": "open", "consent": "full",
        "summary": (), "flow": "threat", "reason": None, "card_txn_id": None, "card_event_id": None,
        "claimed_by": None, "claimed_at": None, "created_at": T0, "closed_at": None, "repinged_at": None,
        "relay": True, "revealed": False, "warned": False, "feedback": None, "handoff": None,
        "handoff_mentor": None, "handoff_room": None, "anonymised": False,
    }
    values.update(fields)
    return Case(**values)


def test_what_is_due_when() -> None:
    timers = Timers(urgent_every=15 * MIN, high_every=60 * MIN, count=2, oncall_after=10 * MIN,
                    leads_after=20 * MIN)
    assert due(case(), timers, T0 + 10 * MIN) == ["oncall"]
    assert due(case(), timers, T0 + 30 * MIN) == ["ping", "oncall", "leads"]
    assert due(case(pings=2, repinged_at=T0 + 30 * MIN, oncall_at=1.0, leads_at=1.0), timers, T0 + 45 * MIN) == [
        "summary"]
    assert due(case(status="claimed"), timers, T0 + 99 * MIN) == []
    assert due(case(urgency="normal"), timers, T0 + 99 * MIN) == []
    assert due(case(urgency="high"), timers, T0 + 59 * MIN) == []
    assert next_at(case(urgency="high"), timers) == T0 + 60 * MIN
    assert next_at(case(urgent_since=T0 + 100 * MIN, repinged_at=T0 + 100 * MIN), timers) == T0 + 110 * MIN
    assert timers.minutes(case(), T0 + 90.0) == 1


def test_seconds_scale_timers_for_live_tests_only_change_the_unit() -> None:
    timers = Timers.of(MentorSettings(minute_seconds=1, oncall_after_minutes=3))
    assert timers.oncall_after == 3.0 and timers.minutes(case(), T0 + 7.5) == 7


@pytest.mark.parametrize(("when", "on"), [
    (datetime(2027, 1, 4, 21, 59, tzinfo=UTC), False),  # Monday, 22:59 in Berlin (winter: UTC+1)
    (datetime(2027, 1, 4, 22, 0, tzinfo=UTC), False),  # Monday 23:00 Berlin: Monday is not on the rota
    (datetime(2027, 1, 5, 22, 30, tzinfo=UTC), True),  # Tuesday 23:30 Berlin
    (datetime(2027, 1, 6, 4, 59, tzinfo=UTC), True),  # Wednesday 05:59 Berlin: Tuesday night's end
    (datetime(2027, 1, 6, 5, 0, tzinfo=UTC), False),  # Wednesday 06:00 Berlin
])
def test_rota_hours_past_midnight_in_the_mentors_own_zone(when: datetime, on: bool) -> None:
    entry = RotaEntry(user=MIA, weekdays=["tue"], start=time(22), end=time(6), zone="Europe/Berlin")
    assert on_rota(entry, when) is on


def test_the_rota_lists_each_mentor_once_and_whole_days() -> None:
    rota = [RotaEntry(user=MIA, weekdays=["mon"]), RotaEntry(user=MIA, weekdays=["mon"], start=time(8), end=time(9)),
            RotaEntry(user=MAX, weekdays=["tue"])]
    assert rota_now(rota, datetime(2027, 1, 4, 8, 30, tzinfo=UTC)) == [MIA]


def test_config_refuses_a_bad_rota_and_bad_leads() -> None:
    from bot.platform.config import ConfigError, settings_from_values
    base = {"homeserver": "https://hs.example.org", "user_id": "@bot:example.org", "password": "x"}
    with pytest.raises(ConfigError) as bad:
        settings_from_values({**base, "mentors": {"rota": [{"user": "mia", "zone": "Mars/Base"}],
                                                  "leads": ["lea"]}})
    text = "\n".join(bad.value.problems)
    assert "mentors.rota.0.user" in text and "Mars/Base" in text and "mentors.leads" in text
    good = settings_from_values({**base, "admins": [ADMIN], "mentors": {"leads": "@lea:example.org, @max:example.org"}})
    assert good.leads == [LEAD, MAX]
    assert settings_from_values({**base, "admins": [ADMIN]}).leads == [ADMIN]


async def test_the_migration_adds_the_ladder_columns(store: Store) -> None:
    await write(store, lambda u: u.oncall.set_on(MIA, T0))
    await world_case(store)
    row = await read(store, lambda r: r.cases.get(1))
    assert row is not None and row.pings == 0 and row.oncall_at is None and row.since == T0


async def world_case(store: Store) -> None:
    from bot.store import Person

    async def make(u: Any) -> None:
        await u.people.save(Person(ANNA), T0)
        await u.cases.create(user_id=ANNA, room_id=ANNA_DM, urgency="urgent", consent="none", summary=[],
                             flow="threat", reason=None, now=T0)
    await write(store, make)
