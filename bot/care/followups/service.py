"""Follow-ups that keep their promise: scheduled, delivered exactly once, never dropped.

How it works, and why:

- **The table is the queue.** Every follow-up is a row of `followups` (bot/store/followups.py);
  the row, not a timer, is the source of truth. APScheduler's AsyncIOScheduler (memory job store)
  holds ONE date job, armed at the earliest `deliver_at` of all scheduled rows. When it fires,
  `run_due` delivers every row that is due, then re-arms the job at the next earliest one. One job
  instead of one per row keeps memory flat at 100,000 rows and makes a restart trivial: `start()`
  asks the index for the earliest row. Arming too early is harmless (a run that finds nothing just
  re-arms), so anything that might make a follow-up due sooner arms eagerly (and again once its
  transaction committed: a run before the commit cannot see the row); and the wait is capped
  (`max_sleep`) so a lost wake-up costs minutes, never a promise.
- **Exactly once.** Each row is delivered in ONE transaction: re-read it (still 'scheduled', its
  person not paused), let `deliver` queue the message into the outbox on that same transaction,
  mark the row 'offered', commit. A crash before the commit leaves nothing queued and the row
  scheduled, so it goes out after the restart; after the commit the outbox sends it with its
  stored transaction id, once.
- **Missed while down: late, never dropped.** At `start()` rows whose time passed are delivered
  at once, with `late=True` on the `Followup` handed to `deliver` ("sorry this comes late").
  A row is late when it goes out more than `late_grace` after the time it was promised for.
- **Quiet hours always win**, also for late rows: nothing is delivered while the person's wall
  clock is in quiet hours; such a row waits for their end (bot/care/followups/timing.py has the DST rules).
- **Pause**: a paused person gets nothing; their rows stay scheduled and go out, late and with
  the apology, once they resume.
- **Planned check-ins expire**: a row planned by a schedule (flows/schedules/, e.g. the first-year
  journey) carries `expires_at`; past it the row is closed without a message — "about a week
  since you arrived" is not sent in month two, after a long pause or outage. The person's own
  "later" or snooze makes a new promise without expiry.
- **Zones by name**: rows keep the IANA name, and `start()` re-applies tzdata and the configured
  quiet hours to rows not yet due, so a rule or setting change moves them.

`deliver` must queue its messages through the unit of work it is given and must not open one of
its own (the database's write lock is held, and it is not re-entrant).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from typing import Literal, Protocol

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.care.followups import timing
from bot.engine.effects import ScheduleFollowup
from bot.platform.config import FollowupSettings
from bot.store import Store, UnitOfWork
from bot.store.followups import OPEN, Followup, Source, Status

log = logging.getLogger(__name__)

JOB_ID = "continuum-followups-due"
Answer = Literal["yes", "later", "no"]
ANSWERS: tuple[Answer, ...] = ("yes", "later", "no")
_FAR = float("inf")


@dataclass(frozen=True)
class OfferAnswer:
    """What the person's answer did: `start_flow` for 'yes' (None for a mentor's free text),
    `next_at` (UTC) for 'later'."""

    followup_id: int
    answer: Answer
    start_flow: str | None = None
    next_at: datetime | None = None


@dataclass
class RunReport:
    delivered: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)  # due, but the person's quiet hours began
    failed: list[int] = field(default_factory=list)  # `deliver` raised; retried after `retry_delay`
    expired: list[int] = field(default_factory=list)  # planned check-ins past their time: closed, not sent


@dataclass(frozen=True)
class StartReport:
    scheduled: int
    overdue: int
    retimed: int


_Outcome = Literal["delivered", "deferred", "skipped", "failed", "expired"]


def _after_commit(uow: UnitOfWork, arm: Callable[[], None]) -> None:
    """Arm the timer for a row again once the unit that made it due committed. Arming before the
    commit alone is not enough: a run that fires before the commit does not see the row, and
    re-arms from the table without it — which would hold the row until `max_sleep`."""

    async def again() -> None:
        arm()

    uow.on_commit(again)


class FollowupService:
    """Schedules, delivers and lets people control their follow-ups; see the module doc."""

    def __init__(
        self,
        store: Store,
        settings: FollowupSettings,
        clock: Callable[[], datetime],
        deliver: Callable[[Followup, UnitOfWork], Awaitable[None]],
        scheduler: AsyncIOScheduler | None = None,
        *,
        later: timedelta = timedelta(days=1),
        late_grace: timedelta = timedelta(minutes=1),
        max_sleep: timedelta = timedelta(minutes=15),
        retry_delay: timedelta = timedelta(minutes=1),
        batch_size: int = 100,
    ) -> None:
        self._store = store
        self._quiet = (settings.quiet_start, settings.quiet_end)
        self._default_tz = settings.default_timezone
        if not timing.valid_timezone(self._default_tz):
            log.warning("followups.default_timezone is not an IANA zone name; using UTC")
            self._default_tz = "UTC"
        self._clock = clock
        self._deliver = deliver
        self._scheduler = scheduler
        self._own_scheduler = False
        self.later = later
        self._late_grace = late_grace.total_seconds()
        self._max_sleep = max_sleep.total_seconds()
        self._retry_delay = retry_delay.total_seconds()
        self._batch = batch_size
        self._run_lock = asyncio.Lock()
        self._running = False  # the timer may fire (between start and stop)
        self._stopping = False  # a run in progress should end after its current row
        self._armed_for: float | None = None

    # --- time helpers --------------------------------------------------------------------
    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the clock must return an aware datetime")
        return now.astimezone(UTC)

    def _zone_name(self, name: str | None) -> str:
        # A zone tzdata no longer knows (or never knew) falls back rather than losing the row.
        return name if name is not None and timing.valid_timezone(name) else self._default_tz

    def zone_for(self, name: str | None) -> str:
        return self._zone_name(name)  # a person's zone (shown and kept), else the configured default

    def now(self) -> datetime:
        """The service's clock (UTC)."""
        return self._now()

    @property
    def quiet_hours(self) -> tuple[time, time]:
        """The configured quiet hours (start, end), on each person's wall clock."""
        return self._quiet

    def _deliver_time(self, due: datetime, tz_name: str) -> datetime:
        return timing.deliver_at(due, tz_name, *self._quiet)

    def _is_late(self, row: Followup, tz_name: str, now: datetime) -> bool:
        # Measured against when it was promised for (after quiet hours), not the stored
        # deliver_at, which a deferral or a pause may have moved.
        promised = self._deliver_time(row.due_at, tz_name)
        return (now - promised).total_seconds() > self._late_grace

    # --- lifecycle -----------------------------------------------------------------------
    async def start(self) -> StartReport:
        """Re-apply zones and quiet hours to rows not yet due, then arm the timer. Rows missed
        while the bot was down are due now: the timer fires at once and delivers them, late."""
        now = self._now()
        retimed = await self._retime_all(now)
        async with self._store.read() as r:
            overdue = await r.followups.count_due(now.timestamp())
            counts = await r.followups.count_by_status()
        if self._scheduler is None:
            self._scheduler = AsyncIOScheduler(timezone=UTC)
            self._own_scheduler = True
        if not self._scheduler.running:
            self._scheduler.start()
            self._own_scheduler = True
        self._running = True
        self._stopping = False
        await self._rearm(now, failed=False)
        log.info(
            "follow-ups: %d scheduled, %d overdue (sent as soon as quiet hours allow, marked late), %d retimed",
            counts.get("scheduled", 0),
            overdue,
            retimed,
        )
        return StartReport(scheduled=counts.get("scheduled", 0), overdue=overdue, retimed=retimed)

    async def stop(self) -> None:
        """Disarm, then wait for a delivery in progress to finish its transaction."""
        self._running = False
        self._stopping = True
        if self._scheduler is not None:
            try:
                self._scheduler.remove_job(JOB_ID)
            except JobLookupError:
                pass
            if self._own_scheduler and self._scheduler.running:
                self._scheduler.shutdown(wait=False)
        self._armed_for = None
        async with self._run_lock:
            pass

    async def _retime_all(self, now: datetime) -> int:
        """Rows not yet due get the deliver_at today's tzdata and settings give them.

        Rows already due are left alone: they are either overdue (delivered now) or were deferred
        past quiet hours on purpose, and recomputing from the old promise would undo that.
        """
        now_s = now.timestamp()
        changed = 0
        last = 0
        while True:
            async with self._store.read() as r:
                chunk = await r.followups.scheduled_after(last)
            if not chunk:
                return changed
            last = chunk[-1].id
            moves: list[tuple[int, float]] = []
            for t in chunk:
                target = self._deliver_time(datetime.fromtimestamp(t.due_at, UTC), self._zone_name(t.tz_name))
                target_s = target.timestamp()
                if target_s > now_s and abs(target_s - t.deliver_at) > 0.5:
                    moves.append((t.id, target_s))
            if moves:
                async with self._store.write() as uow:
                    await uow.followups.set_deliver_at_many(moves)
                changed += len(moves)

    # --- the timer -----------------------------------------------------------------------
    def _arm(self, when: float, now_s: float | None = None) -> None:
        """Point the one job at `when` (epoch s), at most `max_sleep` after `now_s` (the clock)."""
        if self._scheduler is None or not self._running:
            return
        if now_s is None:
            now_s = self._now().timestamp()
        when = min(when, now_s + self._max_sleep)
        self._scheduler.add_job(
            self._on_timer,
            trigger="date",
            run_date=datetime.fromtimestamp(when, UTC),
            id=JOB_ID,
            replace_existing=True,
            misfire_grace_time=None,  # a past run date still runs (now), never silently skipped
            coalesce=True,
            max_instances=2,  # a fire during a run must not be dropped (a date job has no next fire)
        )
        self._armed_for = when

    def _arm_sooner(self, when: float, uow: UnitOfWork | None = None) -> None:
        if self._armed_for is None or when < self._armed_for:
            self._arm(when)
        if uow is not None:  # the unit that makes a row due at `when`: again once it committed
            _after_commit(uow, lambda: self._arm_sooner(when))

    async def _rearm(self, now: datetime, failed: bool) -> None:
        async with self._store.read() as r:
            next_due = await r.followups.next_due()
        when = _FAR if next_due is None else next_due
        if failed and when <= now.timestamp():
            when = now.timestamp() + self._retry_delay  # a failing row must not spin the loop
        self._arm(when, now.timestamp())

    async def _on_timer(self) -> None:
        self._armed_for = None
        if not self._running:
            return
        if self._run_lock.locked():
            return  # the run in progress re-arms from the table when it ends
        try:
            await self.run_due()
        except Exception as e:
            # Only the type: an exception's text may quote a person's data.
            log.error("follow-up run failed (%s); retrying", type(e).__name__)
            self._arm(self._now().timestamp() + self._retry_delay)

    async def notify(self) -> None:
        """Re-arm from the table (after changing follow-ups other than through this service)."""
        await self._rearm(self._now(), failed=False)

    # --- delivery ------------------------------------------------------------------------
    async def run_due(self, now: datetime | None = None) -> RunReport:
        """Deliver every row due at `now` (default: the clock), one transaction each, then re-arm."""
        async with self._run_lock:
            at = self._now() if now is None else now.astimezone(UTC)
            report = RunReport()
            cursor = (float("-inf"), 0)
            while not self._stopping:
                async with self._store.read() as r:
                    batch = await r.followups.due(at.timestamp(), self._batch, cursor)
                if not batch:
                    break
                for timing in batch:
                    if self._stopping:
                        break  # the rest stays scheduled and goes out after the restart
                    cursor = (timing.deliver_at, timing.id)
                    outcome = await self._deliver_one(timing.id, at)
                    if outcome != "skipped":
                        getattr(report, outcome).append(timing.id)  # delivered, deferred, failed, expired
            await self._rearm(at, failed=bool(report.failed))
        if report.delivered or report.failed or report.expired:
            log.info("follow-ups: %d delivered, %d deferred to after quiet hours, %d failed, %d expired",
                     len(report.delivered), len(report.deferred), len(report.failed), len(report.expired))
        return report

    async def _deliver_one(self, followup_id: int, now: datetime) -> _Outcome:
        now_s = now.timestamp()
        outcome: _Outcome = "skipped"
        try:
            async with self._store.write(now_s) as uow:
                row = await uow.followups.get(followup_id)
                # Re-read under the write lock: it may have been answered, cancelled, snoozed
                # or delivered since the due list was read, or its person may have paused.
                if row is None or row.status != "scheduled" or row.deliver_at.timestamp() > now_s:
                    return "skipped"
                if row.expires_at is not None and row.expires_at.timestamp() < now_s:
                    await uow.followups.cancel(followup_id, now_s)
                    return "expired"
                if await uow.followups.is_paused(row.user_id):
                    return "skipped"
                tz_name = self._zone_name(row.tz_name)
                if timing.in_quiet_hours(now, tz_name, *self._quiet):
                    await uow.followups.set_deliver_at(followup_id, self._deliver_time(now, tz_name).timestamp())
                    return "deferred"
                await self._deliver(replace(row, late=self._is_late(row, tz_name, now)), uow)
                if not await uow.followups.mark_offered(followup_id, now_s):
                    raise RuntimeError("the follow-up changed while it was being delivered")
                outcome = "delivered"
        except Exception as e:
            # Rolled back: nothing was queued and the row is still scheduled.
            log.error("follow-up %d could not be delivered (%s); will retry", followup_id, type(e).__name__)
            return "failed"
        return outcome

    # --- scheduling ----------------------------------------------------------------------
    async def schedule(
        self,
        uow: UnitOfWork,
        user_id: str,
        room_id: str,
        *,
        after: timedelta | None = None,
        at: datetime | None = None,
        flow: str | None = None,
        text: str,
        source: Source,
        tz_name: str | None,
        case_id: int | None = None,
        schedule: str | None = None,
        expires_at: datetime | None = None,
    ) -> int:
        """Promise to come back `after` from now or `at` (aware); returns the follow-up's id.

        `text` is the invitation's message id (flows) or a mentor's own words; it is sealed.
        `tz_name` is the person's IANA zone (None or unknown: the configured default).
        `schedule` names the schedule that planned it, `expires_at` (aware) when it stops making
        sense (see the module doc).
        """
        if (after is None) == (at is None):
            raise ValueError("give exactly one of after= or at=")
        now = self._now()
        if at is not None:
            if at.tzinfo is None:
                raise ValueError("at= must be an aware datetime")
            due = at.astimezone(UTC)
        else:
            assert after is not None
            due = now + after
        due = max(due, now)  # a time already past means "as soon as allowed", not "late"
        zone_name = self._zone_name(tz_name)
        when = self._deliver_time(due, zone_name)
        followup_id = await uow.followups.add(
            user_id=user_id, room_id=room_id, flow=flow, text=text, source=source, case_id=case_id,
            tz_name=zone_name, due_at=due.timestamp(), deliver_at=when.timestamp(), now=now.timestamp(),
            schedule=schedule, expires_at=None if expires_at is None else expires_at.timestamp(),
        )
        self._arm_sooner(when.timestamp(), uow)
        return followup_id

    async def schedule_effect(
        self, uow: UnitOfWork, user_id: str, room_id: str, effect: ScheduleFollowup, tz_name: str | None
    ) -> int:
        """A flow's `ScheduleFollowup` effect: come back to `effect.flow` with `effect.text_msgid`."""
        return await self.schedule(
            uow,
            user_id,
            room_id,
            after=timedelta(seconds=effect.after_seconds),
            flow=effect.flow,
            text=effect.text_msgid,
            source="flow",
            tz_name=tz_name,
        )

    # --- the person's controls -----------------------------------------------------------
    async def list_for(self, user_id: str, *, include_closed: bool = False) -> list[Followup]:
        """A person's follow-ups, soonest first: open ones, or all they have (for "what do you keep")."""
        statuses: tuple[Status, ...] = ("scheduled", "offered", "done", "cancelled") if include_closed else OPEN
        async with self._store.read() as r:
            return await r.followups.for_user(user_id, statuses)

    async def get(self, followup_id: int, *, owner: str | None = None) -> Followup | None:
        async with self._store.read() as r:
            row = await r.followups.get(followup_id)
        return row if row is not None and _owned(row, owner) else None

    async def get_open(self, uow: UnitOfWork, followup_id: int, *, owner: str | None = None) -> Followup | None:
        """An open (scheduled or offered) follow-up, of `owner` when given, read in `uow`."""
        row = await uow.followups.get(followup_id)
        return row if row is not None and _owned(row, owner) and row.status in OPEN else None

    async def snooze(
        self, uow: UnitOfWork, followup_id: int, duration: timedelta, *, owner: str | None = None
    ) -> datetime | None:
        """Come back `duration` from now instead (quiet hours re-applied); the new delivery time,
        or None if there is no such open follow-up (of `owner`, when given)."""
        if duration <= timedelta(0):
            raise ValueError("snooze needs a positive duration")
        row = await self.get_open(uow, followup_id, owner=owner)
        return None if row is None else await self._move(uow, row, self._now() + duration)

    async def postpone(self, uow: UnitOfWork, followup_id: int, *, owner: str | None = None) -> datetime | None:
        """The person's "snooze": a day later at the follow-up's own time of day (`timing.postponed`),
        quiet hours re-applied; the new delivery time, or None as for `snooze`."""
        row = await self.get_open(uow, followup_id, owner=owner)
        if row is None:
            return None
        waiting = row.status == "scheduled" and row.due_at > self._now()
        due = timing.postponed(row.due_at, self._now(), self._zone_name(row.tz_name), waiting=waiting)
        return await self._move(uow, row, due)

    async def _move(self, uow: UnitOfWork, row: Followup, due: datetime) -> datetime | None:
        when = self._deliver_time(due, self._zone_name(row.tz_name))
        if not await uow.followups.snooze(row.id, due.timestamp(), when.timestamp()):
            return None
        self._arm_sooner(when.timestamp(), uow)
        return when

    async def cancel(self, uow: UnitOfWork, followup_id: int, *, owner: str | None = None) -> bool:
        row = await self.get_open(uow, followup_id, owner=owner)
        return row is not None and await uow.followups.cancel(followup_id, self._now().timestamp())

    async def answer_offer(
        self, uow: UnitOfWork, followup_id: int, answer: Answer, *, owner: str | None = None
    ) -> OfferAnswer | None:
        """The person's answer to a delivered follow-up. 'yes' closes it and names the flow to
        start, 'later' snoozes it by `later` (one day), 'no' cancels it. None when it was not on
        offer (already answered, never delivered, someone else's): a second tap does nothing."""
        if answer not in ANSWERS:
            raise ValueError(f"unknown answer {answer!r}")
        row = await uow.followups.get(followup_id)
        if row is None or not _owned(row, owner) or row.status != "offered":
            return None
        if answer == "yes":
            await uow.followups.complete(followup_id, self._now().timestamp())
            return OfferAnswer(followup_id, answer, start_flow=row.flow)
        if answer == "later":
            next_at = await self.snooze(uow, followup_id, self.later, owner=owner)
            return OfferAnswer(followup_id, answer, next_at=next_at)
        await uow.followups.cancel(followup_id, self._now().timestamp())
        return OfferAnswer(followup_id, answer)

    async def pause(self, uow: UnitOfWork, user_id: str) -> None:
        """Nothing is delivered to the person until `resume`; their follow-ups stay scheduled."""
        await uow.followups.set_paused(user_id, True, self._now().timestamp())

    async def resume(self, uow: UnitOfWork, user_id: str) -> None:
        """Deliver what waited (late, with the apology), outside quiet hours."""
        now = self._now()
        await uow.followups.set_paused(user_id, False, now.timestamp())
        self._arm_sooner(now.timestamp(), uow)

    async def is_paused(self, user_id: str) -> bool:
        async with self._store.read() as r:
            return await r.followups.is_paused(user_id)

    async def change_timezone(self, uow: UnitOfWork, user_id: str, tz_name: str) -> int:
        """The person moved: their scheduled follow-ups keep their promise, in the new zone's
        quiet hours. Returns how many rows were retimed."""
        zone_name = self._zone_name(tz_name)
        rows = await uow.followups.scheduled_for_user(user_id)
        for t in rows:
            when = self._deliver_time(datetime.fromtimestamp(t.due_at, UTC), zone_name)
            await uow.followups.set_timezone(t.id, zone_name, when.timestamp())
            self._arm_sooner(when.timestamp(), uow)
        return len(rows)

    async def cancel_all_for(self, uow: UnitOfWork, user_id: str) -> int:
        return await uow.followups.cancel_all_for_user(user_id, self._now().timestamp())

    async def forget(self, uow: UnitOfWork, user_id: str) -> int:
        """For "delete my data": erase every follow-up of the person, whatever its status."""
        return await uow.followups.delete_for_user(user_id)


class _PersonLike(Protocol):
    @property
    def user_id(self) -> str: ...

    @property
    def timezone(self) -> str | None: ...


class TalkLike(Protocol):
    """What the adapter needs of `bot.care.conversations.Talk` (not imported: no cycle, no coupling)."""

    @property
    def room_id(self) -> str: ...

    @property
    def person(self) -> _PersonLike: ...


class ConversationFollowups:
    """The service in the shape `bot.care.conversations.FollowupSink` asks for."""

    def __init__(self, service: FollowupService) -> None:
        self.service = service

    async def schedule(self, uow: UnitOfWork, talk: TalkLike, effect: ScheduleFollowup) -> None:
        await self.service.schedule_effect(uow, talk.person.user_id, talk.room_id, effect, talk.person.timezone)

    async def pause(self, uow: UnitOfWork, user_id: str) -> None:
        await self.service.pause(uow, user_id)

    async def resume(self, uow: UnitOfWork, user_id: str) -> None:
        await self.service.resume(uow, user_id)


def _owned(row: Followup, owner: str | None) -> bool:
    return owner is None or row.user_id == owner


__all__ = [
    "ANSWERS",
    "JOB_ID",
    "Answer",
    "ConversationFollowups",
    "Followup",
    "FollowupService",
    "OfferAnswer",
    "RunReport",
    "StartReport",
    "TalkLike",
]
