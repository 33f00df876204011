"""The journey after relocation: check-ins over the first year, planned from the arrival month.

A person may give (in the `exile` flow) the year and month they arrived and say yes to check-ins;
the flow remembers `arrival_year`, `arrival_month` and `journey_checkins`. A schedule
(`flows/schedules/journey.yaml`, see flows/README.md) lists the stages: "7 days after, offer
journey_week1 with journey-invite-week1", … This module turns the two into follow-ups.

`plan` is pure (no clock, no I/O) and decides when each stage comes:

- **Anchored.** A stage is due `after` the 1st of the arrival month, at the time of day the
  person answered (a time they were awake); if the month had not ended when they answered, the
  anchor is the moment they answered instead ("arrived this month" may mean yesterday). Days are
  counted on the person's wall clock, so a check-in keeps its hour across daylight saving time.
- **A plan made now, not a promise made earlier.** A stage whose time passed more than its grace
  ago is skipped, never sent late with an apology; one still within its grace comes now. Of
  several such stages only the latest comes, and none if the next stage is near anyway.
- **Spaced.** At most one stage within the schedule's `spacing` (7 days): a later stage moves.
- **Quiet hours** are the follow-ups' own (`timing.deliver_at`); a catching-up stage that quiet
  hours would hold past its grace is skipped.
- **Only sane months.** A month in the future plans nothing, and so do years outside 1900–2200.
  A year from 1300 to 1500 is read as Solar Hijri (the calendar of Iran and Afghanistan; people
  there may type 1403 although the question asks for the Gregorian year), with a Solar Hijri
  month (1 = Farvardin): its first day in the Gregorian calendar, to within a day (Nowruz is
  taken as 21 March; it falls on the 20th or 21st).

`Journeys` is the host side: when a conversation remembers one of the values a schedule reads, it
replaces the person's planned rows of that schedule with a new plan, through the follow-up
service (exactly once, quiet hours, yes / later / no, pause). Turning check-ins off removes them.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal, Protocol

from bot.care.conversations import CONSENT
from bot.care.followups import timing
from bot.care.followups.service import FollowupService
from bot.engine.library import FlowLibrary
from bot.engine.schedule import Schedule, Stage
from bot.store import UnitOfWork

log = logging.getLogger(__name__)

GREGORIAN_YEARS = (1900, 2200)
SOLAR_HIJRI_YEARS = (1300, 1500)
_SOLAR_HIJRI_OFFSET = 621  # Farvardin 1, 1403 ≈ 21 March 2024
# Solar Hijri months: six of 31 days, five of 30, and Esfand (29 or 30).
_SH_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30)

Calendar = Literal["gregorian", "solar_hijri"]


@dataclass(frozen=True)
class Month:
    """The month a person gave, as Gregorian dates: its first day and the first day after it."""

    start: date
    end: date
    calendar: Calendar


@dataclass(frozen=True)
class Planned:
    """One stage of a plan. `due` (UTC) is when it is offered, `deliver_at` the same after quiet
    hours, `expires_at` the time after which it is no longer offered (a long pause, an outage)."""

    stage: Stage
    due: datetime
    deliver_at: datetime
    expires_at: datetime


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def solar_hijri_month_start(year: int, month: int) -> date:
    """The Gregorian date of the 1st of a Solar Hijri month (to within a day)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    nowruz = date(year + _SOLAR_HIJRI_OFFSET, 3, 21)
    return nowruz + timedelta(days=sum(_SH_MONTH_DAYS[: month - 1]))


def arrival_month(year: object, month: object) -> Month | None:
    """The month of `year` and `month` (remembered values: numbers), or None when they are not a
    month of a sane year. 1300–1500 is a Solar Hijri year; 1900–2200 a Gregorian one."""
    y, m = _whole(year), _whole(month)
    if y is None or m is None or not 1 <= m <= 12:
        return None
    if SOLAR_HIJRI_YEARS[0] <= y <= SOLAR_HIJRI_YEARS[1]:
        return Month(solar_hijri_month_start(y, m), solar_hijri_month_start(y, m + 1), "solar_hijri")
    if GREGORIAN_YEARS[0] <= y <= GREGORIAN_YEARS[1]:
        following = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
        return Month(date(y, m, 1), following, "gregorian")
    return None


def _wall_plus(anchor_local: datetime, seconds: int, tz_name: str) -> datetime:
    """`seconds` after a local moment, counted on the wall clock (a day is a calendar day); UTC."""
    wall = anchor_local.replace(tzinfo=None) + timedelta(seconds=seconds)
    return wall.replace(tzinfo=timing.zone(tz_name), fold=0).astimezone(UTC)


@dataclass(frozen=True)
class _Candidate:
    stage: Stage
    promised: datetime  # the stage's own time
    at: datetime  # when it would be offered (now, for one catching up)
    late: bool
    grace: timedelta


def _anchor(arrived: Month, answered_local: datetime) -> datetime | None:
    if arrived.start > answered_local.date():
        return None  # a month still to come
    if answered_local.date() < arrived.end:
        return answered_local  # "this month": from the moment they said so
    return datetime.combine(arrived.start, answered_local.time(), tzinfo=answered_local.tzinfo)


def _candidates(schedule: Schedule, anchor: datetime, now: datetime, tz_name: str,
                handled: Collection[str]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for stage in sorted(schedule.stages, key=lambda s: s.after_seconds):
        if stage.flow in handled:
            continue
        promised = _wall_plus(anchor, stage.after_seconds, tz_name)
        grace = timedelta(seconds=schedule.grace_seconds(stage))
        if promised > now:
            found.append(_Candidate(stage, promised, promised, False, grace))
        elif now - promised <= grace:
            found.append(_Candidate(stage, promised, now, True, grace))
    late = [c for c in found if c.late]
    ahead = [c for c in found if not c.late]
    spacing = timedelta(seconds=schedule.spacing_seconds)
    # Catching up: only the latest stage already due, and not when the next one is near anyway.
    keep = late[-1:] if not ahead or ahead[0].at - now >= spacing else []
    return keep + ahead


def plan(
    year: object,
    month: object,
    answered_at: datetime,
    now: datetime,
    schedule: Schedule,
    tz_name: str,
    quiet_start: time,
    quiet_end: time,
    *,
    handled: Collection[str] = (),
) -> list[Planned]:
    """When each stage of `schedule` comes for a person who arrived in `month` of `year` and
    answered at `answered_at`, seen at `now` (both aware); see the module doc. `handled` holds the
    flows of stages already offered, answered or declined: they do not come again. Soonest first."""
    if answered_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("answered_at and now must be aware datetimes")
    arrived = arrival_month(year, month)
    if arrived is None:
        return []
    answered_local = answered_at.astimezone(timing.zone(tz_name))
    anchor = _anchor(arrived, answered_local)
    if anchor is None or arrived.start > now.astimezone(timing.zone(tz_name)).date():
        return []
    now = now.astimezone(UTC)
    spacing = timedelta(seconds=schedule.spacing_seconds)
    result: list[Planned] = []
    for candidate in _candidates(schedule, anchor, now, tz_name, handled):
        at = candidate.at if not result else max(candidate.at, result[-1].deliver_at + spacing)
        deliver = timing.deliver_at(at, tz_name, quiet_start, quiet_end)
        expires = (candidate.promised if candidate.late else at) + candidate.grace
        if deliver > expires:
            continue  # quiet hours would hold a catching-up stage past its grace
        result.append(Planned(candidate.stage, at, deliver, expires))
    return result


# --- the host side -----------------------------------------------------------------------------


class _Person(Protocol):
    @property
    def user_id(self) -> str: ...

    @property
    def timezone(self) -> str | None: ...

    @property
    def profile(self) -> Mapping[str, object]: ...


class JourneyTalk(Protocol):
    """What planning needs of `bot.care.conversations.Talk`."""

    @property
    def room_id(self) -> str: ...

    @property
    def person(self) -> _Person: ...


class _Library(Protocol):
    @property
    def library(self) -> FlowLibrary: ...


class Journeys:
    """Plans and re-plans the schedules' follow-ups when a person's remembered values change."""

    def __init__(self, service: FollowupService, library: _Library) -> None:
        self.service = service
        self.library = library

    async def profile_changed(self, uow: UnitOfWork, talk: JourneyTalk, names: Collection[str]) -> int:
        """The conversation remembered `names` (the profile already holds the new values): every
        schedule that reads one of them is planned again. Returns how many rows were planned."""
        if not names:
            return 0
        planned = 0
        for schedule_id, schedule in self.library.library.schedules.items():
            if not schedule.watched & set(names):
                continue
            # A year remembered without its month means the month is not known any more (the
            # person gave only the year): the old month must not time the new year.
            month_known = not (schedule.year_name in names and schedule.month_name not in names)
            planned += await self.replan(uow, talk, schedule_id, schedule, month_known=month_known)
        return planned

    async def replan(self, uow: UnitOfWork, talk: JourneyTalk, schedule_id: str, schedule: Schedule,
                     *, month_known: bool = True) -> int:
        person = talk.person
        profile = person.profile
        wanted = bool(profile.get(CONSENT)) and (schedule.requires is None or profile.get(schedule.requires) is True)
        await uow.followups.delete_scheduled_of_schedule(person.user_id, schedule_id)
        rows = await uow.followups.for_schedule(person.user_id, schedule_id)
        if not wanted:
            # Check-ins turned off: nothing more comes, not even an invitation already waiting.
            for row in rows:
                if row.status in ("scheduled", "offered"):
                    await self.service.cancel(uow, row.id)
            return 0
        handled = {row.flow for row in rows if row.flow}  # offered, answered, declined or snoozed
        now = self.service.now()
        zone = self.service.zone_for(person.timezone)
        month = profile.get(schedule.month_name) if month_known else None
        stages = plan(profile.get(schedule.year_name), month, now, now, schedule, zone,
                      *self.service.quiet_hours, handled=handled)
        for stage in stages:
            await self.service.schedule(uow, person.user_id, talk.room_id, at=stage.due, flow=stage.stage.flow,
                                        text=stage.stage.text, source="flow", tz_name=zone,
                                        schedule=schedule_id, expires_at=stage.expires_at)
        log.info("schedule %s: %d follow-up(s) planned", schedule_id, len(stages))
        return len(stages)


__all__ = [
    "GREGORIAN_YEARS",
    "SOLAR_HIJRI_YEARS",
    "JourneyTalk",
    "Journeys",
    "Month",
    "Planned",
    "arrival_month",
    "plan",
    "solar_hijri_month_start",
]
