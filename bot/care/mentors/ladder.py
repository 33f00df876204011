"""The ladder of an unclaimed case, decided from its row alone (pure: no I/O, no clock).

An **urgent** case nobody claimed climbs, counted from the moment it became urgent (its opening,
or the raise, or the last release):

1. an @room ping in the mentor room every `urgent_reping_minutes`, at most `urgent_reping_count`
   times, then ONE "still unclaimed" summary — the room is never flooded;
2. after `oncall_after_minutes`, a direct encrypted message with the case label only to the
   mentors on call (`!oncall on`, and the `mentors.rota` entries whose hours are now);
3. `leads_after_minutes` later, the same to the leads (`mentors.leads`, by default the admins).

A **high** case gets the room pings only, on its own longer timer (`high_reping_minutes`), with the
same bound and summary. Every step is stamped in the case's row (`pings`, `summary_at`,
`oncall_at`, `leads_at`), so the ladder goes on after a restart where it stood; a claim stops it, a
release or a raise starts it again from the foot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.platform.config import WEEKDAYS, MentorSettings, RotaEntry
from bot.store.cases import Case

Rung = Literal["ping", "summary", "oncall", "leads"]


@dataclass(frozen=True)
class Timers:
    """The ladder's settings, in seconds."""

    urgent_every: float
    high_every: float
    count: int
    oncall_after: float
    leads_after: float
    unit: float = 60.0  # seconds in one of the settings' "minutes"

    @classmethod
    def of(cls, mentors: MentorSettings) -> Timers:
        unit = float(mentors.minute_seconds)
        return cls(mentors.urgent_reping_minutes * unit, mentors.high_reping_minutes * unit,
                   mentors.urgent_reping_count, mentors.oncall_after_minutes * unit,
                   mentors.leads_after_minutes * unit, unit)

    def every(self, case: Case) -> float:
        return self.urgent_every if case.urgency == "urgent" else self.high_every

    def minutes(self, case: Case, now: float) -> int:
        """How long the case has waited, in the settings' minutes."""
        return max(0, int((now - case.since) // self.unit))


def _climbs(case: Case) -> bool:
    return case.status == "open" and case.urgency in ("high", "urgent") and not case.anonymised


def _last_ping(case: Case) -> float:
    return max(case.repinged_at or case.since, case.since)


def due(case: Case, timers: Timers, now: float) -> list[Rung]:
    """What the case is due for now, in the order to do it."""
    if not _climbs(case):
        return []
    rungs: list[Rung] = []
    if _last_ping(case) + timers.every(case) <= now:
        if case.pings < timers.count:
            rungs.append("ping")
        elif case.summary_at is None:
            rungs.append("summary")
    if case.urgency == "urgent":
        if case.oncall_at is None and case.since + timers.oncall_after <= now:
            rungs.append("oncall")
        if case.leads_at is None and case.since + timers.oncall_after + timers.leads_after <= now:
            rungs.append("leads")
    return rungs


def next_at(case: Case, timers: Timers) -> float | None:
    """When the case is next due for something (None: nothing more, until it changes)."""
    if not _climbs(case):
        return None
    times: list[float] = []
    if case.pings < timers.count or case.summary_at is None:
        times.append(_last_ping(case) + timers.every(case))
    if case.urgency == "urgent":
        if case.oncall_at is None:
            times.append(case.since + timers.oncall_after)
        if case.leads_at is None:
            times.append(case.since + timers.oncall_after + timers.leads_after)
    return min(times) if times else None


# --- who is on call by the rota ------------------------------------------------------------------
def on_rota(entry: RotaEntry, when: datetime) -> bool:
    """Whether `when` (aware) falls in the entry's hours, on one of its weekdays, in its own zone.

    Hours that run past midnight (22:00–06:00) belong to the day they start on; start equal to
    end is the whole day."""
    local = when.astimezone(ZoneInfo(entry.zone))
    today = WEEKDAYS[local.weekday()]
    yesterday = WEEKDAYS[(local - timedelta(days=1)).weekday()]
    clock = local.time().replace(tzinfo=None)
    if entry.start == entry.end:
        return today in entry.weekdays
    if entry.start < entry.end:
        return today in entry.weekdays and entry.start <= clock < entry.end
    # past midnight: the evening part is today's, the morning part yesterday's
    return (today in entry.weekdays and clock >= entry.start) or (yesterday in entry.weekdays and clock < entry.end)


def rota_now(rota: Iterable[RotaEntry], when: datetime) -> list[str]:
    """The mentors the rota puts on call at `when`, in rota order, each once."""
    return list(dict.fromkeys(entry.user for entry in rota if on_rota(entry, when)))


def _shown(t: time) -> str:
    return t.strftime("%H:%M")


def rota_line(entry: RotaEntry) -> str:
    """`@mia:server mon–fri 18:00–09:00 Europe/Berlin`, for `!oncall`."""
    days = ",".join(entry.weekdays) if len(entry.weekdays) < len(WEEKDAYS) else "every day"
    hours = "all day" if entry.start == entry.end else f"{_shown(entry.start)}–{_shown(entry.end)}"
    return f"{entry.user} {days} {hours} {entry.zone}"


__all__ = ["Rung", "Timers", "due", "next_at", "on_rota", "rota_line", "rota_now"]
