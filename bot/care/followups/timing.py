"""Time rules of follow-ups, as pure functions: quiet hours, durations, time-zone names.

Nothing here reads the clock; callers pass the instant. A person's zone is always an IANA *name*
("Europe/Berlin"), never an offset: offsets change twice a year and whenever a government changes
its rules, and only the name lets tzdata apply those changes to follow-ups already scheduled.

Quiet hours are judged by the person's *wall clock*. The window [quiet_start, quiet_end) may wrap
midnight (22:00–08:00) or not (13:00–15:00); equal ends mean "no quiet hours". DST is resolved
deterministically:

- a follow-up due inside quiet hours waits for the first instant after it at which the local wall
  clock reads `quiet_end` or later;
- if `quiet_end` does not exist that day (spring-forward gap, e.g. 02:30 on the night clocks jump
  02:00 → 03:00), quiet hours end at the jump itself (03:00 local): the first real instant whose
  wall time is past `quiet_end`;
- if `quiet_end` happens twice (fall-back overlap), quiet hours end at its first occurrence after
  the due instant — normally the earlier one (fold=0), the later one only when the follow-up falls
  due in between;
- an instant inside a fall-back overlap is quiet if its wall time is, whichever fold it has.
"""

from __future__ import annotations

import functools
import math
import re
import zoneinfo
from datetime import UTC, datetime, time, timedelta

# Zones that exist as files on most systems but are not places: "localtime" is whatever the host
# uses and "Factory" means "unset". A person's zone must never depend on the server.
_NOT_PLACES = frozenset({"localtime", "Factory", "posixrules"})
# Enough passes for any real zone; Samoa skipping 30 Dec 2011 needs two.
_MAX_PASSES = 4
# No follow-up further ahead than this is accepted from a person's command.
MAX_DURATION = timedelta(days=366)


class UnknownTimezone(ValueError):
    """The name is not an IANA time zone known to this system's tzdata."""


@functools.lru_cache(maxsize=1)
def _known_zones() -> frozenset[str]:
    # Reading tzdata's directory costs ~0.1 s; the set does not change while we run.
    return frozenset(zoneinfo.available_timezones() - _NOT_PLACES)


def valid_timezone(name: str) -> bool:
    """True for an IANA zone name this system knows ("Europe/Berlin", "UTC"); case-sensitive."""
    return name in _known_zones()


def canonical_timezone(name: str) -> str | None:
    """The properly-cased IANA name for a person's spelling ("europe/berlin"), or None."""
    text = name.strip().replace(" ", "_")
    if valid_timezone(text):
        return text
    folded = text.casefold()
    matches = [zone for zone in _known_zones() if zone.casefold() == folded]
    return matches[0] if len(matches) == 1 else None


def zone(name: str) -> zoneinfo.ZoneInfo:
    if not valid_timezone(name):
        raise UnknownTimezone(f"unknown time zone {name!r}")
    return _load_zone(name)


# ZoneInfo's own strong cache holds only 8 zones; with people in a dozen zones it would re-read
# tzdata files for nearly every row. Bounded by the ~600 names tzdata has.
@functools.lru_cache(maxsize=1024)
def _load_zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("expected an aware datetime (UTC)")


def _is_quiet_wall(wall: time, quiet_start: time, quiet_end: time) -> bool:
    if quiet_start == quiet_end:
        return False
    if quiet_start < quiet_end:
        return quiet_start <= wall < quiet_end
    return wall >= quiet_start or wall < quiet_end


def _wall(moment: datetime) -> time:
    # `time()` drops tzinfo; comparisons of naive times ignore `fold`, i.e. pure wall time.
    return moment.time()


def in_quiet_hours(at_utc: datetime, tz_name: str, quiet_start: time, quiet_end: time) -> bool:
    """Whether the person's wall clock at `at_utc` is inside quiet hours."""
    _require_aware(at_utc)
    return _is_quiet_wall(_wall(at_utc.astimezone(zone(tz_name))), quiet_start, quiet_end)


def deliver_at(due_utc: datetime, tz_name: str, quiet_start: time, quiet_end: time) -> datetime:
    """When a follow-up due at `due_utc` may be delivered: `due_utc` itself unless that is inside the
    person's quiet hours, else the end of those quiet hours (see the module doc for DST). UTC.

    Raises UnknownTimezone for a name tzdata does not know, ValueError for a naive datetime.
    """
    _require_aware(due_utc)
    tz = zone(tz_name)
    result = due_utc.astimezone(UTC)
    for _ in range(_MAX_PASSES):
        local = result.astimezone(tz)
        if not _is_quiet_wall(_wall(local), quiet_start, quiet_end):
            return result
        result = _end_of_quiet(result, local, tz, quiet_start, quiet_end)
    return result


def _end_of_quiet(
    after_utc: datetime, local: datetime, tz: zoneinfo.ZoneInfo, quiet_start: time, quiet_end: time
) -> datetime:
    """The first instant after `after_utc` (quiet, wall time `local`) whose wall time is ≥ quiet_end."""
    end_date = local.date()
    if quiet_start > quiet_end and _wall(local) >= quiet_start:
        end_date += timedelta(days=1)  # the evening part of a window that wraps midnight
    wall_end = datetime.combine(end_date, quiet_end)
    for fold in (0, 1):
        candidate = wall_end.replace(tzinfo=tz, fold=fold)
        as_utc = candidate.astimezone(UTC)
        if as_utc.astimezone(tz).replace(tzinfo=None) != wall_end:
            return _jump_past(wall_end, tz)  # quiet_end falls in a spring-forward gap
        if as_utc > after_utc:
            return as_utc
    # Both occurrences already passed (cannot happen for a quiet `local`): the next day's end.
    return datetime.combine(end_date + timedelta(days=1), quiet_end, tzinfo=tz).astimezone(UTC)


def _jump_past(wall_end: datetime, tz: zoneinfo.ZoneInfo) -> datetime:
    """The instant the clocks jump over the nonexistent wall time `wall_end`.

    fold=0 and fold=1 read the missing time with the offsets before and after the jump; the jump
    lies between the two and local wall time only rises across it, so bisect on whole seconds
    (tzdata transitions fall on whole seconds).
    """
    a = wall_end.replace(tzinfo=tz, fold=0).timestamp()
    b = wall_end.replace(tzinfo=tz, fold=1).timestamp()
    lo, hi = math.floor(min(a, b)), math.ceil(max(a, b))

    def past(epoch: int) -> bool:
        return datetime.fromtimestamp(epoch, tz).replace(tzinfo=None) >= wall_end

    if past(lo) or not past(hi):
        return datetime.fromtimestamp(hi, UTC)  # not a simple gap; still ≥ the missing time
    while hi - lo > 1:  # invariant: not past(lo), past(hi)
        mid = (lo + hi) // 2
        if past(mid):
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


# --- showing a moment to a person ---------------------------------------------------------


def local_parts(moment_utc: datetime, tz_name: str) -> dict[str, int | str]:
    """What the wall clock and calendar in `tz_name` read at `moment_utc`: the arguments of the
    `bot-when` message, which each language arranges its own way. `weekday` (1 = Monday … 7 =
    Sunday) and `month` (1–12) are numbers for Fluent selectors; `day`, `year` and `time` ("08:05")
    are strings, so no locale groups the year's digits ("2,026")."""
    _require_aware(moment_utc)
    local = moment_utc.astimezone(zone(tz_name))
    return {"weekday": local.isoweekday(), "day": str(local.day), "month": local.month,
            "year": str(local.year), "time": local.strftime("%H:%M")}


def postponed(due_utc: datetime, now_utc: datetime, tz_name: str, *, waiting: bool) -> datetime:
    """A follow-up snoozed by its person: the same wall-clock time a calendar day later (23 or 25
    hours across a DST change, as a person means "a day later") — a day after its own due time while
    it is still `waiting` to fall due, else (already offered, or held back past its time) on the day
    after `now_utc`'s date. Both dates in `tz_name`. UTC."""
    _require_aware(due_utc)
    _require_aware(now_utc)
    tz = zone(tz_name)
    due_local = due_utc.astimezone(tz)
    day = (due_local if waiting else now_utc.astimezone(tz)).date() + timedelta(days=1)
    return datetime.combine(day, due_local.time().replace(fold=0), tzinfo=tz).astimezone(UTC)


# --- durations ---------------------------------------------------------------------------

_UNITS: dict[str, timedelta] = {}
for _names, _size in (
    (("m", "min", "mins", "minute", "minutes"), timedelta(minutes=1)),
    (("h", "hr", "hrs", "hour", "hours"), timedelta(hours=1)),
    (("d", "day", "days"), timedelta(days=1)),
    (("w", "wk", "wks", "week", "weeks"), timedelta(weeks=1)),
):
    for _name in _names:
        _UNITS[_name] = _size

_PART = re.compile(r"\s*(\d{1,4})\s*([^\W\d_]+)\s*")
_WORDS = {"tomorrow": timedelta(days=1)}


def parse_duration(text: str) -> timedelta | None:
    """Parse "3d", "1w", "12h", "30m", "1d 12h", "in 2 days" or "tomorrow" into a positive timedelta.

    "tomorrow" means one day from now (quiet hours then move it to a decent hour). Digits of any
    script count ("۳d"). Anything else, zero, or more than a year is None, never a guess.
    """
    cleaned = text.strip().casefold()
    cleaned = cleaned.removeprefix("in ").strip()
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    if not cleaned:
        return None
    total = timedelta(0)
    position = 0
    while position < len(cleaned):
        match = _PART.match(cleaned, position)
        if match is None or match.end() == position:
            return None
        unit = _UNITS.get(match.group(2))
        if unit is None:
            return None
        total += int(match.group(1)) * unit
        position = match.end()
    if total <= timedelta(0) or total > MAX_DURATION:
        return None
    return total


__all__ = [
    "MAX_DURATION",
    "UnknownTimezone",
    "canonical_timezone",
    "deliver_at",
    "in_quiet_hours",
    "local_parts",
    "parse_duration",
    "postponed",
    "valid_timezone",
    "zone",
]
