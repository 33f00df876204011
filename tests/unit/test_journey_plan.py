"""The first-year journey plan (bot/care/followups/journey.py `plan`): pure, on a controllable clock.

Every test passes `answered_at` and `now` itself; nothing reads the real clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.authoring.loader import load_library
from bot.care.followups.journey import Planned, arrival_month, plan, solar_hijri_month_start
from bot.engine.schedule import Schedule

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
JOURNEY = LIB.schedules["journey"]  # the shipped schedule: 7d (grace 7d), 30d, 91d, 182d, 365d
BERLIN, KABUL, NEW_YORK = "Europe/Berlin", "Asia/Kabul", "America/New_York"
NIGHT = (time(22, 0), time(8, 0))
NO_QUIET = (time(0, 0), time(0, 0))


def local(tz: str, y: int, m: int, d: int, h: int = 12, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def flows(planned: list[Planned]) -> list[str]:
    return [p.stage.flow for p in planned]


def due_local(planned: list[Planned], tz: str) -> list[datetime]:
    return [p.due.astimezone(ZoneInfo(tz)).replace(tzinfo=None) for p in planned]


def journey(year: object, month: object, answered: datetime, now: datetime | None = None, tz: str = BERLIN,
            quiet: tuple[time, time] = NO_QUIET, schedule: Schedule = JOURNEY, **kw: object) -> list[Planned]:
    return plan(year, month, answered, now or answered, schedule, tz, *quiet, **kw)  # type: ignore[arg-type]


# --- anchored dates ------------------------------------------------------------------------------


def test_a_past_month_anchors_on_its_first_day_at_the_hour_they_answered() -> None:
    # Arrived in February 2026, told the bot on 5 March at 15:30 in Berlin: stages count from
    # 1 February 15:30. Week 1 (8 Feb) is 25 days past (beyond its 7 days): skipped. Month 1
    # (3 Mar) is 2 days past, within 14: it comes now.
    answered = local(BERLIN, 2026, 3, 5, 15, 30)
    planned = journey(2026, 2, answered)
    assert flows(planned) == ["journey_month1", "journey_month3", "journey_month6", "journey_month12"]
    assert due_local(planned, BERLIN) == [
        datetime(2026, 3, 5, 15, 30),  # now
        datetime(2026, 5, 3, 15, 30),  # 1 Feb + 91d
        datetime(2026, 8, 2, 15, 30),  # 1 Feb + 182d (summer time: still 15:30 on the wall)
        datetime(2027, 2, 1, 15, 30),  # 1 Feb + 365d
    ]


def test_this_month_anchors_on_the_moment_they_answered() -> None:
    answered = local(BERLIN, 2026, 3, 20, 9, 15)
    planned = journey(2026, 3, answered)
    assert flows(planned) == ["journey_week1", "journey_month1", "journey_month3", "journey_month6",
                              "journey_month12"]
    assert due_local(planned, BERLIN)[:2] == [datetime(2026, 3, 27, 9, 15), datetime(2026, 4, 19, 9, 15)]
    assert planned[0].expires_at == planned[0].due + timedelta(days=7)  # week1's own grace
    assert planned[1].expires_at == planned[1].due + timedelta(days=14)  # the schedule's


def test_days_are_counted_on_the_wall_clock_across_daylight_saving_time() -> None:
    answered = local(NEW_YORK, 2026, 3, 5, 10, 0)  # EST; 7 days later is EDT
    [week1, *_] = journey(2026, 3, answered, tz=NEW_YORK)
    assert week1.due.astimezone(ZoneInfo(NEW_YORK)).replace(tzinfo=None) == datetime(2026, 3, 12, 10, 0)
    assert week1.due - answered == timedelta(days=7, hours=-1)


def test_the_month_is_judged_in_the_persons_zone() -> None:
    # 31 March 23:30 UTC is already 1 April in Kabul (UTC+4:30): March is last month there.
    answered = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    assert flows(journey(2026, 3, answered, tz="UTC"))[0] == "journey_week1"  # still March in UTC
    in_kabul = journey(2026, 3, answered, tz=KABUL)  # from 1 March: week1 (8 Mar) is 24 days past
    assert flows(in_kabul)[0] == "journey_month1"


# --- quiet hours -----------------------------------------------------------------------------------


def test_quiet_hours_move_delivery_not_the_stage() -> None:
    answered = local(BERLIN, 2026, 3, 20, 23, 0)  # at night; each stage is due at 23:00
    planned = journey(2026, 3, answered, quiet=NIGHT)
    for p in planned:
        assert p.due.astimezone(ZoneInfo(BERLIN)).hour == 23
        assert p.deliver_at.astimezone(ZoneInfo(BERLIN)).replace(tzinfo=None).time() == time(8, 0)
        assert p.deliver_at - p.due == timedelta(hours=9)


def test_a_catching_up_stage_that_quiet_hours_would_hold_past_its_grace_is_skipped() -> None:
    tight = Schedule.model_validate({"anchor": "arrival", "stages": [{"after": "1h", "flow": "f", "text": "t",
                                                                    "grace": "2h"}]})
    answered = local(BERLIN, 2026, 3, 20, 21, 0)
    # Due 21:00+1h = 22:00 (quiet until 08:00); seen at 23:00 it is 1h past — within its grace, but
    # it could only go out at 08:00, ten hours past: skipped rather than sent so late.
    assert journey(2026, 3, answered, now=answered + timedelta(hours=2), quiet=NIGHT, schedule=tight) == []
    assert len(journey(2026, 3, answered, now=answered + timedelta(hours=2), schedule=tight)) == 1


# --- skipping stages in the past -------------------------------------------------------------------


def test_stages_long_past_are_skipped_not_sent_late() -> None:
    answered = local(BERLIN, 2026, 7, 10)
    planned = journey(2026, 1, answered)  # 1 Jan: week1, month1, month3 (2 Apr) long past
    assert flows(planned) == ["journey_month6", "journey_month12"]
    assert planned[0].due == answered  # month6 (2 Jul) is 8 days past: now
    assert due_local(planned, BERLIN)[1] == datetime(2027, 1, 1, 12, 0)


def test_a_stage_just_past_comes_now_once_and_keeps_its_own_expiry() -> None:
    answered = local(BERLIN, 2026, 4, 5)
    planned = journey(2026, 1, answered)  # month3 = 1 Jan + 91d = 2 Apr: 3 days past, within 14d
    assert flows(planned) == ["journey_month3", "journey_month6", "journey_month12"]
    assert planned[0].due == answered
    assert planned[0].expires_at == local(BERLIN, 2026, 4, 2) + timedelta(days=14)


def test_week1_has_a_shorter_grace() -> None:
    assert flows(journey(2026, 3, local(BERLIN, 2026, 3, 20), now=local(BERLIN, 2026, 4, 2)))[0] == "journey_week1"
    # Answered 20 March, seen 5 April: week 1 (27 Mar) is 9 days past, beyond its 7 days.
    assert flows(journey(2026, 3, local(BERLIN, 2026, 3, 20), now=local(BERLIN, 2026, 4, 5)))[0] == "journey_month1"


def test_only_the_latest_stage_catches_up_and_gives_way_when_the_next_is_near() -> None:
    dense = Schedule.model_validate({"anchor": "arrival", "grace": "30d", "stages": [
        {"after": "2d", "flow": "a", "text": "t"}, {"after": "10d", "flow": "b", "text": "t"},
        {"after": "20d", "flow": "c", "text": "t"}]})
    start = local(BERLIN, 2026, 1, 1)
    # Day 11: a and b are both within their grace; only b (the latest) comes, now; c in 9 days.
    seen = journey(2026, 1, start, now=start + timedelta(days=11), schedule=dense)
    assert flows(seen) == ["b", "c"]
    assert seen[0].due == start + timedelta(days=11)
    # Day 14: c is 6 days away, within the 7 days' spacing: b gives way to it.
    seen = journey(2026, 1, start, now=start + timedelta(days=14), schedule=dense)
    assert flows(seen) == ["c"]
    assert seen[0].due == start + timedelta(days=20)


def test_at_most_one_stage_per_spacing() -> None:
    dense = Schedule.model_validate({"anchor": "arrival", "stages": [
        {"after": "1d", "flow": "a", "text": "t"}, {"after": "3d", "flow": "b", "text": "t"},
        {"after": "20d", "flow": "c", "text": "t"}]})
    answered = local(BERLIN, 2026, 5, 10)
    planned = journey(2026, 5, answered, schedule=dense)
    assert flows(planned) == ["a", "b", "c"]
    assert [p.due - answered for p in planned] == [timedelta(days=1), timedelta(days=8), timedelta(days=20)]
    assert planned[1].expires_at == planned[1].due + timedelta(days=14)  # moved: expires from its new time


# --- changing the arrival month, check-ins already handled ----------------------------------------


def test_changing_the_arrival_month_moves_every_stage() -> None:
    answered = local(BERLIN, 2026, 3, 20)
    january = journey(2026, 1, answered)
    february = journey(2026, 2, answered)
    assert flows(january) == flows(february) == ["journey_month3", "journey_month6", "journey_month12"]
    assert due_local(january, BERLIN)[0] == datetime(2026, 4, 2, 12, 0)
    assert [b.due - a.due for a, b in zip(january, february, strict=True)] == [timedelta(days=31)] * 3
    # December: month3 (2 March) is now 18 days past — beyond its grace, so it is skipped.
    assert flows(journey(2025, 12, answered)) == ["journey_month6", "journey_month12"]


def test_stages_already_handled_do_not_come_again() -> None:
    answered = local(BERLIN, 2026, 3, 20)
    planned = journey(2026, 3, answered, handled={"journey_week1", "journey_month3"})
    assert flows(planned) == ["journey_month1", "journey_month6", "journey_month12"]


# --- months that plan nothing ----------------------------------------------------------------------


@pytest.mark.parametrize(("year", "month"), [
    (2026, 4),  # next month
    (2027, 1),  # next year
    (2019, 5),  # long ago: every stage far past
    (1800, 5), (1600, 5), (2300, 1),  # not a sane year
    (2026, 0), (2026, 13), (None, 3), (2026, None), ("2026", 3), (True, 3), (2026.5, 3),
])
def test_future_or_insane_months_plan_nothing(year: object, month: object) -> None:
    assert journey(year, month, local(BERLIN, 2026, 3, 20)) == []


def test_a_whole_float_year_is_a_year() -> None:
    assert flows(journey(2026.0, 3.0, local(BERLIN, 2026, 3, 20)))[0] == "journey_week1"


def test_aware_times_are_required() -> None:
    with pytest.raises(ValueError):
        journey(2026, 3, datetime(2026, 3, 20, 12, 0))


# --- Solar Hijri -----------------------------------------------------------------------------------


def test_solar_hijri_months_in_the_gregorian_calendar() -> None:
    assert solar_hijri_month_start(1405, 1) == date(2026, 3, 21)  # Nowruz 1405
    assert solar_hijri_month_start(1404, 10) == date(2025, 12, 22)  # 1 Dey
    assert solar_hijri_month_start(1404, 12) == date(2026, 2, 20)  # 1 Esfand
    assert solar_hijri_month_start(1404, 13) == date(2026, 3, 21)
    month = arrival_month(1404, 12)
    assert month is not None and (month.start, month.end, month.calendar) == (
        date(2026, 2, 20), date(2026, 3, 21), "solar_hijri")
    gregorian = arrival_month(2026, 2)
    assert gregorian is not None and (gregorian.start, gregorian.end) == (date(2026, 2, 1), date(2026, 3, 1))


def test_a_solar_hijri_year_is_read_with_its_month() -> None:
    # Esfand 1404 began on 20 Feb 2026; answered on 10 March (still Esfand): anchored on the answer.
    answered = local(KABUL, 2026, 3, 10)
    assert flows(journey(1404, 12, answered, tz=KABUL))[0] == "journey_week1"
    # Dey 1404 began on 22 Dec 2025: its month1 (21 Jan) is long past, month3 (23 Mar) ahead.
    planned = journey(1404, 10, answered, tz=KABUL)
    assert flows(planned)[0] == "journey_month3"
    assert due_local(planned, KABUL)[0] == datetime(2026, 3, 23, 12, 0)
    # Farvardin 1405 is next month: nothing yet.
    assert journey(1405, 1, answered, tz=KABUL) == []
