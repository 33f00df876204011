"""The follow-up service on a real (temporary) database, driven by a controllable clock.

Nothing sleeps to synchronise: tests call `run_due(now)` and look at what reached the outbox.
The fake unit of work queues into the real outbox table on the delivery's own transaction, so a
rolled-back delivery is visibly absent there, exactly as in production.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.care.conversations import Talk
from bot.care.followups.service import JOB_ID, ConversationFollowups, Followup, FollowupService
from bot.engine.effects import ScheduleFollowup
from bot.platform.config import FollowupSettings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store, UnitOfWork
from bot.store.followups import Source
from bot.store.people import Person
from tests.storekit import read

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
ANNA = "@anna:example.org"
BORIS = "@boris:example.org"
ROOM_A = "!a:example.org"
ROOM_B = "!b:example.org"
# 15 Jan 2026, 12:00 UTC = 13:00 in Berlin (CET, UTC+1), 07:00 in New York (EST).
T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def berlin(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(BERLIN)).astimezone(UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> datetime:
        self.now = now
        return now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@dataclass
class Deliverer:
    """The lead's `deliver`, as a test double: renders a body and queues it."""

    attempts: list[Followup] = field(default_factory=list)
    committed: list[set[str]] = field(default_factory=list)
    fail: set[int] = field(default_factory=set)  # ids that raise after queueing
    cancel: set[int] = field(default_factory=set)  # ids whose delivery is cancelled mid-way
    on_commit: asyncio.Event = field(default_factory=asyncio.Event)

    async def __call__(self, followup: Followup, unit: UnitOfWork) -> None:
        self.attempts.append(followup)
        late = "Sorry this comes late. " if followup.late else ""
        await unit.send(followup.room_id, {"msgtype": "m.text", "body": f"{late}{followup.text} #{followup.id}"})
        if followup.id in self.fail:
            raise RuntimeError(f"renderer broke on {followup.text}")  # after queueing: must roll back
        if followup.id in self.cancel:
            raise asyncio.CancelledError

    def after_commit(self, unit: UnitOfWork) -> None:
        if unit.rooms_to_flush:  # units that queued a message (the store calls this after every commit)
            self.committed.append(set(unit.rooms_to_flush))
            self.on_commit.set()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def deliverer() -> Deliverer:
    return Deliverer()


Make = Callable[..., FollowupService]


@pytest.fixture
def make(store: Store, clock: Clock, deliverer: Deliverer) -> Make:
    store.on_committed(deliverer.after_commit)

    def build(
        settings: FollowupSettings | None = None, scheduler: AsyncIOScheduler | None = None, **kwargs: Any
    ) -> FollowupService:
        return FollowupService(
            store,
            settings or FollowupSettings(),
            clock,
            deliverer,
            scheduler,
            **kwargs,
        )

    return build


@pytest.fixture
async def paused_scheduler() -> AsyncIterator[AsyncIOScheduler]:
    """A running scheduler that never fires: tests read the armed time and call run_due themselves."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.start(paused=True)
    yield scheduler
    scheduler.shutdown(wait=False)


async def add(
    service: FollowupService,
    store: Store,
    user: str = ANNA,
    room: str = ROOM_A,
    *,
    after: timedelta | None = None,
    at: datetime | None = None,
    tz: str | None = BERLIN,
    flow: str | None = "wellbeing",
    text: str = "followup-wellbeing-invite",
    source: Source = "flow",
) -> int:
    async with store.write() as tx:
        return await service.schedule(
            tx,
            user,
            room,
            after=after,
            at=at,
            flow=flow,
            text=text,
            source=source,
            tz_name=tz,
        )


async def outbox_bodies(store: Store) -> list[str]:
    return [str(item.content["body"]) for item in await read(store, lambda _u: _u.edge.unsent())]


async def row(store: Store, followup_id: int) -> Followup:
    found = await read(store, lambda _u: _u.followups.get(followup_id))
    assert found is not None
    return found


# --- scheduling ----------------------------------------------------------------------------


async def test_schedule_keeps_zone_by_name_and_text_sealed(store: Store, make: Make) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(days=3), text="a mentor's own words")
    raw = await store.db.fetchone("SELECT * FROM followups WHERE id = ?", (fid,))
    assert raw is not None
    assert raw["timezone"] == BERLIN
    assert b"mentor" not in bytes(raw["text_sealed"])
    stored = await row(store, fid)
    assert stored.text == "a mentor's own words"
    assert stored.status == "scheduled"
    assert stored.due_at == T0 + timedelta(days=3)
    assert stored.deliver_at == stored.due_at  # 13:00 in Berlin: not quiet
    assert stored.source == "flow" and stored.flow == "wellbeing" and stored.snoozed_count == 0


async def test_schedule_into_the_night_waits_for_morning(store: Store, make: Make, clock: Clock) -> None:
    service = make()
    clock.set(berlin(2026, 1, 15, 21, 0))
    fid = await add(service, store, after=timedelta(hours=2))  # 23:00 in Berlin
    assert (await row(store, fid)).deliver_at == berlin(2026, 1, 16, 8, 0)
    assert (await service.run_due(berlin(2026, 1, 15, 23, 30))).delivered == []
    assert (await service.run_due(berlin(2026, 1, 16, 7, 59))).delivered == []
    report = await service.run_due(berlin(2026, 1, 16, 8, 0))
    assert report.delivered == [fid]
    assert await outbox_bodies(store) == [f"followup-wellbeing-invite #{fid}"]  # on time: no apology


async def test_same_instant_in_different_zones(store: Store, make: Make, clock: Clock) -> None:
    service = make()
    clock.set(datetime(2026, 1, 15, 21, 0, tzinfo=UTC))
    in_berlin = await add(service, store, ANNA, ROOM_A, after=timedelta(hours=1), tz=BERLIN)  # 23:00 local
    in_new_york = await add(service, store, BORIS, ROOM_B, after=timedelta(hours=1), tz=NEW_YORK)  # 17:00
    assert (await service.run_due(datetime(2026, 1, 15, 22, 0, tzinfo=UTC))).delivered == [in_new_york]
    assert (await service.run_due(datetime(2026, 1, 16, 7, 0, tzinfo=UTC))).delivered == [in_berlin]


async def test_unknown_or_missing_zone_uses_the_default(store: Store, make: Make) -> None:
    service = make(FollowupSettings(default_timezone=NEW_YORK))
    unknown = await add(service, store, after=timedelta(days=1), tz="Mars/Olympus")
    missing = await add(service, store, after=timedelta(days=1), tz=None)
    assert (await row(store, unknown)).tz_name == NEW_YORK
    assert (await row(store, missing)).tz_name == NEW_YORK


async def test_schedule_at_and_argument_checks(store: Store, make: Make, clock: Clock) -> None:
    service = make()
    fid = await add(service, store, at=berlin(2026, 2, 1, 10, 0))
    assert (await row(store, fid)).deliver_at == berlin(2026, 2, 1, 10, 0)
    past = await add(service, store, at=T0 - timedelta(days=2))  # "as soon as allowed", not late
    assert (await row(store, past)).due_at == T0
    delivered = await service.run_due(T0)
    assert delivered.delivered == [past]
    assert (await outbox_bodies(store))[0].startswith("followup-wellbeing-invite")
    with pytest.raises(ValueError):
        await add(service, store, after=timedelta(hours=1), at=T0)
    with pytest.raises(ValueError):
        await add(service, store)
    with pytest.raises(ValueError):
        await add(service, store, at=datetime(2026, 2, 1, 10, 0))


async def test_schedule_effect_from_a_flow(store: Store, make: Make) -> None:
    service = make()
    async with store.write() as tx:
        fid = await service.schedule_effect(
            tx, ANNA, ROOM_A, ScheduleFollowup("hygiene", 7 * 86400, "hygiene-followup"), BERLIN
        )
    stored = await row(store, fid)
    assert (stored.flow, stored.text, stored.source) == ("hygiene", "hygiene-followup", "flow")
    assert stored.due_at == T0 + timedelta(days=7)


async def test_a_rolled_back_schedule_leaves_nothing(store: Store, make: Make) -> None:
    service = make()
    with pytest.raises(RuntimeError):
        async with store.write() as tx:
            await service.schedule(tx, ANNA, ROOM_A, after=timedelta(hours=1), text="x", source="flow", tz_name=BERLIN)
            raise RuntimeError("the handler failed later in the same event")
    assert await service.list_for(ANNA) == []
    assert (await service.run_due(T0 + timedelta(days=1))).delivered == []


# --- delivery: exactly once ----------------------------------------------------------------


async def test_delivered_once_at_its_time(store: Store, make: Make, deliverer: Deliverer) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(hours=2))
    assert (await service.run_due(T0 + timedelta(hours=1))).delivered == []
    report = await service.run_due(T0 + timedelta(hours=2))
    assert report.delivered == [fid]
    assert (await service.run_due(T0 + timedelta(hours=3))).delivered == []
    assert len(await outbox_bodies(store)) == 1
    assert [f.late for f in deliverer.attempts] == [False]
    assert deliverer.committed == [{ROOM_A}]
    stored = await row(store, fid)
    assert stored.status == "offered"
    assert stored.delivered_at == T0 + timedelta(hours=2)


async def test_crash_between_deliver_and_commit_sends_nothing_then_exactly_once(
    store: Store, make: Make, deliverer: Deliverer
) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(hours=1))
    deliverer.fail.add(fid)
    report = await service.run_due(T0 + timedelta(hours=1))
    assert report.failed == [fid] and report.delivered == []
    assert await outbox_bodies(store) == []  # the queued message was rolled back with the rest
    assert (await row(store, fid)).status == "scheduled"
    assert deliverer.committed == []
    deliverer.fail.clear()
    assert (await service.run_due(T0 + timedelta(hours=1, minutes=2))).delivered == [fid]
    assert (await service.run_due(T0 + timedelta(hours=2))).delivered == []
    assert len(await outbox_bodies(store)) == 1
    assert len(deliverer.attempts) == 2


async def test_cancelled_mid_delivery_rolls_back_and_propagates(store: Store, make: Make, deliverer: Deliverer) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(hours=1))
    deliverer.cancel.add(fid)
    with pytest.raises(asyncio.CancelledError):
        await service.run_due(T0 + timedelta(hours=1))
    assert await outbox_bodies(store) == []
    assert (await row(store, fid)).status == "scheduled"
    deliverer.cancel.clear()
    # A new process (same database) picks it up.
    assert (await make().run_due(T0 + timedelta(hours=1))).delivered == [fid]
    assert len(await outbox_bodies(store)) == 1


async def test_concurrent_runs_never_double(store: Store, make: Make) -> None:
    service = make()
    other = make()  # even two services on one database
    ids = [await add(service, store, after=timedelta(minutes=i)) for i in range(20)]
    at = T0 + timedelta(hours=1)
    reports = await asyncio.gather(service.run_due(at), other.run_due(at), service.run_due(at))
    delivered = [fid for report in reports for fid in report.delivered]
    assert sorted(delivered) == ids
    assert len(await outbox_bodies(store)) == 20


async def test_a_failing_row_does_not_hold_up_the_others(
    store: Store, make: Make, deliverer: Deliverer, paused_scheduler: AsyncIOScheduler
) -> None:
    service = make(scheduler=paused_scheduler, retry_delay=timedelta(minutes=5))
    await service.start()
    ids = [await add(service, store, after=timedelta(minutes=i)) for i in range(5)]
    deliverer.fail.add(ids[1])
    at = T0 + timedelta(hours=1)
    report = await service.run_due(at)
    assert report.delivered == [ids[0], *ids[2:]]
    assert report.failed == [ids[1]]
    job = paused_scheduler.get_job(JOB_ID)
    assert job is not None and job.next_run_time == at + timedelta(minutes=5)  # retry, not a spin
    await service.stop()


async def test_more_than_a_hundred_rows_in_order(store: Store, make: Make, deliverer: Deliverer) -> None:
    service = make(batch_size=7)  # many pages
    # Zones where 12:00 UTC is daytime, so the final run delivers everything (none deferred).
    zones = [BERLIN, "Europe/London", "Asia/Dubai", "America/Sao_Paulo", "UTC"]
    ids = []
    for i in range(150):
        # Scrambled offsets so insertion order is not delivery order.
        ids.append(
            await add(
                service,
                store,
                f"@p{i}:example.org",
                f"!r{i}:x",
                after=timedelta(minutes=(i * 37) % 1000),
                tz=zones[i % 5],
            )
        )
    rows = [await row(store, fid) for fid in ids]
    expected = [r.id for r in sorted(rows, key=lambda r: (r.deliver_at, r.id))]
    report = await service.run_due(T0 + timedelta(days=2))
    assert report.delivered == expected
    assert [f.id for f in deliverer.attempts] == expected
    assert len(await outbox_bodies(store)) == 150
    assert (await service.run_due(T0 + timedelta(days=3))).delivered == []


# --- missed while down ---------------------------------------------------------------------


async def test_missed_while_down_is_delivered_late_once(
    store: Store, make: Make, clock: Clock, deliverer: Deliverer, paused_scheduler: AsyncIOScheduler
) -> None:
    before = make()
    fid = await add(before, store, after=timedelta(hours=2))  # 15:00 in Berlin
    # The bot was down for two days; it comes back at 11:00 Berlin time.
    after = make(scheduler=paused_scheduler)
    clock.set(berlin(2026, 1, 17, 11, 0))
    started = await after.start()
    assert (started.scheduled, started.overdue) == (1, 1)
    job = paused_scheduler.get_job(JOB_ID)
    assert job is not None and job.next_run_time <= clock.now  # fires at once
    assert (await after.run_due()).delivered == [fid]
    assert [f.late for f in deliverer.attempts] == [True]
    assert await outbox_bodies(store) == [f"Sorry this comes late. followup-wellbeing-invite #{fid}"]
    assert (await after.run_due(clock.advance(hours=1))).delivered == []
    await after.stop()
    assert paused_scheduler.get_job(JOB_ID) is None


async def test_missed_while_down_still_respects_quiet_hours(
    store: Store, make: Make, clock: Clock, deliverer: Deliverer
) -> None:
    fid = await add(make(), store, after=timedelta(hours=2))
    service = make()
    clock.set(berlin(2026, 1, 17, 3, 0))  # back up in the middle of the person's night
    report = await service.run_due()
    assert report.deferred == [fid] and report.delivered == []
    assert (await row(store, fid)).deliver_at == berlin(2026, 1, 17, 8, 0)
    assert await outbox_bodies(store) == []
    assert (await service.run_due(berlin(2026, 1, 17, 8, 0))).delivered == [fid]
    assert [f.late for f in deliverer.attempts] == [True]  # late against the promise, not the deferral


async def test_slightly_behind_is_not_late(store: Store, make: Make, deliverer: Deliverer) -> None:
    service = make(late_grace=timedelta(minutes=1))
    await add(service, store, after=timedelta(hours=1))
    await service.run_due(T0 + timedelta(hours=1, seconds=30))
    assert [f.late for f in deliverer.attempts] == [False]


async def test_start_reapplies_changed_quiet_hours_to_rows_not_yet_due(store: Store, make: Make, clock: Clock) -> None:
    first = make()
    morning = await add(first, store, at=berlin(2026, 1, 20, 8, 30))
    afternoon = await add(first, store, at=berlin(2026, 1, 20, 15, 0))
    # The admin widens the night to 21:00–09:00 and restarts.
    second = make(FollowupSettings(quiet_start=time(21), quiet_end=time(9)), scheduler=None)
    report = await second.start()
    try:
        assert report.retimed == 1
        assert (await row(store, morning)).deliver_at == berlin(2026, 1, 20, 9, 0)
        assert (await row(store, afternoon)).deliver_at == berlin(2026, 1, 20, 15, 0)
        again = await second.start()  # idempotent
        assert again.retimed == 0
    finally:
        await second.stop()


# --- pause ---------------------------------------------------------------------------------


async def test_pause_holds_everything_and_resume_delivers_late(
    store: Store, make: Make, clock: Clock, deliverer: Deliverer
) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(hours=1))
    other = await add(service, store, BORIS, ROOM_B, after=timedelta(hours=1))
    async with store.write() as tx:
        await service.pause(tx, ANNA)  # no `people` row yet: created
    assert await service.is_paused(ANNA) and not await service.is_paused(BORIS)
    assert (await service.run_due(clock.advance(days=2))).delivered == [other]
    assert (await row(store, fid)).status == "scheduled"
    assert await read(store, lambda _u: _u.followups.next_due()) is None  # a paused person does not keep the timer busy
    async with store.write() as tx:
        await service.resume(tx, ANNA)
    assert (await service.run_due()).delivered == [fid]
    assert [(f.id, f.late) for f in deliverer.attempts] == [(other, True), (fid, True)]


async def test_pause_keeps_the_persons_other_data(store: Store, make: Make) -> None:
    service = make()
    async with store.write() as tx:
        await tx.people.save(Person(ANNA, lang="fr", timezone=BERLIN), 1.0)
        await service.pause(tx, ANNA)
    person = await store.db.fetchone("SELECT lang, timezone, paused FROM people WHERE user_id = ?", (ANNA,))
    assert person is not None and (person["lang"], person["timezone"], person["paused"]) == ("fr", BERLIN, 1)


# --- the person's controls -----------------------------------------------------------------


async def test_list_for_shows_a_persons_open_followups_soonest_first(store: Store, make: Make) -> None:
    service = make()
    later = await add(service, store, after=timedelta(days=5))
    sooner = await add(service, store, after=timedelta(days=1))
    await add(service, store, BORIS, ROOM_B, after=timedelta(days=2))
    cancelled = await add(service, store, after=timedelta(days=3))
    async with store.write() as tx:
        assert await service.cancel(tx, cancelled)
    assert [f.id for f in await service.list_for(ANNA)] == [sooner, later]
    assert [f.id for f in await service.list_for(ANNA, include_closed=True)] == [sooner, cancelled, later]


async def test_snooze_moves_it_and_reapplies_quiet_hours(store: Store, make: Make, clock: Clock) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(hours=1))
    clock.set(berlin(2026, 1, 15, 20, 0))
    async with store.write() as tx:
        when = await service.snooze(tx, fid, timedelta(hours=3))  # 23:00 → the next morning
    assert when == berlin(2026, 1, 16, 8, 0)
    stored = await row(store, fid)
    assert (stored.deliver_at, stored.snoozed_count, stored.status) == (when, 1, "scheduled")
    assert stored.due_at == berlin(2026, 1, 15, 23, 0)
    assert (await service.run_due(berlin(2026, 1, 16, 7, 0))).delivered == []
    assert (await service.run_due(berlin(2026, 1, 16, 8, 0))).delivered == [fid]


async def test_people_control_only_their_own(store: Store, make: Make) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(days=1))
    async with store.write() as tx:
        assert await service.snooze(tx, fid, timedelta(days=1), owner=BORIS) is None
        assert not await service.cancel(tx, fid, owner=BORIS)
    assert await service.get(fid, owner=BORIS) is None
    assert (await row(store, fid)).snoozed_count == 0
    async with store.write() as tx:
        assert await service.cancel(tx, fid, owner=ANNA)
        assert not await service.cancel(tx, fid, owner=ANNA)  # once
        assert await service.snooze(tx, fid, timedelta(days=1)) is None  # closed
        with pytest.raises(ValueError):
            await service.snooze(tx, fid, timedelta(0))
    assert (await service.run_due(T0 + timedelta(days=3))).delivered == []


async def offered(service: FollowupService, store: Store, **kwargs: Any) -> int:
    fid = await add(service, store, after=timedelta(hours=1), **kwargs)
    assert fid in (await service.run_due(T0 + timedelta(hours=1))).delivered
    return fid


async def test_answer_yes_closes_and_names_the_flow(store: Store, make: Make) -> None:
    service = make()
    fid = await offered(service, store, flow="hygiene")
    async with store.write() as tx:
        answer = await service.answer_offer(tx, fid, "yes", owner=ANNA)
    assert answer is not None and answer.start_flow == "hygiene" and answer.next_at is None
    assert (await row(store, fid)).status == "done"
    async with store.write() as tx:
        assert await service.answer_offer(tx, fid, "yes", owner=ANNA) is None  # a second tap does nothing


async def test_answer_later_comes_back_a_day_later(store: Store, make: Make, clock: Clock) -> None:
    service = make(later=timedelta(days=1))
    fid = await offered(service, store)
    clock.set(T0 + timedelta(hours=2))
    async with store.write() as tx:
        answer = await service.answer_offer(tx, fid, "later")
    assert answer is not None and answer.next_at == T0 + timedelta(days=1, hours=2)
    assert answer.start_flow is None
    stored = await row(store, fid)
    assert (stored.status, stored.snoozed_count, stored.delivered_at) == ("scheduled", 1, None)
    assert (await service.run_due(T0 + timedelta(days=1, hours=2))).delivered == [fid]
    assert len(await outbox_bodies(store)) == 2


async def test_answer_no_cancels(store: Store, make: Make) -> None:
    service = make()
    fid = await offered(service, store)
    async with store.write() as tx:
        assert await service.answer_offer(tx, fid, "no", owner=BORIS) is None  # not Boris's
        answer = await service.answer_offer(tx, fid, "no", owner=ANNA)
    assert answer is not None and answer.start_flow is None
    assert (await row(store, fid)).status == "cancelled"


async def test_answers_only_apply_to_offers(store: Store, make: Make) -> None:
    service = make()
    fid = await add(service, store, after=timedelta(days=1))
    async with store.write() as tx:
        assert await service.answer_offer(tx, fid, "yes") is None  # not delivered yet
        assert await service.answer_offer(tx, 9999, "yes") is None
        with pytest.raises(ValueError):
            await service.answer_offer(tx, fid, "maybe")  # type: ignore[arg-type]
    assert (await row(store, fid)).status == "scheduled"


async def test_mentor_free_text_has_no_flow(store: Store, make: Make) -> None:
    service = make()
    fid = await offered(service, store, flow=None, text="How did the meeting go?", source="mentor")
    async with store.write() as tx:
        answer = await service.answer_offer(tx, fid, "yes")
    assert answer is not None and answer.start_flow is None


async def test_person_moves_to_another_zone(store: Store, make: Make) -> None:
    service = make()
    fid = await add(service, store, at=datetime(2026, 1, 20, 2, 0, tzinfo=UTC))  # 03:00 Berlin → 08:00
    assert (await row(store, fid)).deliver_at == berlin(2026, 1, 20, 8, 0)
    async with store.write() as tx:
        assert await service.change_timezone(tx, ANNA, NEW_YORK) == 1  # 21:00 in New York: fine
    stored = await row(store, fid)
    assert (stored.tz_name, stored.deliver_at) == (NEW_YORK, datetime(2026, 1, 20, 2, 0, tzinfo=UTC))


async def test_cancel_all_and_forget(store: Store, make: Make) -> None:
    service = make()
    await add(service, store, after=timedelta(days=1))
    await add(service, store, after=timedelta(days=2))
    kept = await add(service, store, BORIS, ROOM_B, after=timedelta(days=1))
    async with store.write() as tx:
        assert await service.cancel_all_for(tx, ANNA) == 2
    assert await service.list_for(ANNA) == []
    async with store.write() as tx:
        assert await service.forget(tx, ANNA) == 2
    assert await service.list_for(ANNA, include_closed=True) == []
    assert [f.id for f in await service.list_for(BORIS)] == [kept]


async def test_retention_purges_closed_rows(store: Store, make: Make) -> None:
    service = make()
    done = await offered(service, store)
    async with store.write() as tx:
        await service.answer_offer(tx, done, "yes")
    open_one = await add(service, store, after=timedelta(days=30))
    async with store.write() as tx:
        assert await tx.followups.purge_closed_before((T0 + timedelta(days=1)).timestamp()) == 1
    assert [f.id for f in await service.list_for(ANNA, include_closed=True)] == [open_one]


# --- the timer -----------------------------------------------------------------------------


async def test_one_job_armed_at_the_earliest(
    store: Store, make: Make, clock: Clock, paused_scheduler: AsyncIOScheduler
) -> None:
    service = make(scheduler=paused_scheduler, max_sleep=timedelta(days=30))
    await add(service, store, after=timedelta(days=3))
    await service.start()

    def armed() -> datetime:
        job = paused_scheduler.get_job(JOB_ID)
        assert job is not None
        return job.next_run_time  # type: ignore[no-any-return]

    assert armed() == T0 + timedelta(days=3)
    await add(service, store, after=timedelta(days=1))
    assert armed() == T0 + timedelta(days=1)  # sooner: re-armed
    await add(service, store, after=timedelta(days=2))
    assert armed() == T0 + timedelta(days=1)  # later: the timer stays
    await service.run_due(T0 + timedelta(days=1))
    assert armed() == T0 + timedelta(days=2)  # after a run, the next earliest
    assert len(paused_scheduler.get_jobs()) == 1
    await service.stop()


async def test_wait_is_capped(store: Store, make: Make, paused_scheduler: AsyncIOScheduler) -> None:
    service = make(scheduler=paused_scheduler, max_sleep=timedelta(minutes=15))
    await service.start()
    job = paused_scheduler.get_job(JOB_ID)
    assert job is not None and job.next_run_time == T0 + timedelta(minutes=15)  # empty table: still polls
    await add(service, store, after=timedelta(days=3))
    job = paused_scheduler.get_job(JOB_ID)
    assert job is not None and job.next_run_time == T0 + timedelta(minutes=15)
    await service.stop()


async def test_the_timer_really_fires(store: Store, deliverer: Deliverer) -> None:
    """With the real clock and a real scheduler: scheduled now, delivered by the timer."""
    store.on_committed(deliverer.after_commit)
    service = FollowupService(
        store,
        FollowupSettings(quiet_start=time(0), quiet_end=time(0)),  # no quiet hours: any time of day
        lambda: datetime.now(UTC),
        deliverer,
    )
    await service.start()
    try:
        fid = await add(service, store, after=timedelta(milliseconds=50), tz="UTC")
        await asyncio.wait_for(deliverer.on_commit.wait(), timeout=10)
        assert [f.id for f in deliverer.attempts] == [fid]
        assert (await row(store, fid)).status == "offered"
    finally:
        await service.stop()


async def test_resume_delivers_at_once_although_the_timer_fires_before_the_commit(
    store: Store, deliverer: Deliverer
) -> None:
    """A row that a unit makes due now is armed for again once the unit committed: the timer's
    first fire runs before the commit and finds the person still paused."""

    jobs: list[asyncio.Task[None]] = []

    def committed(unit: UnitOfWork) -> None:  # as the runtime's flush does
        deliverer.after_commit(unit)
        jobs.extend(asyncio.ensure_future(job()) for job in unit.committed_jobs)

    store.on_committed(committed)
    service = FollowupService(store, FollowupSettings(quiet_start=time(0), quiet_end=time(0)),
                              lambda: datetime.now(UTC), deliverer)
    async with store.write() as tx:
        await service.pause(tx, ANNA)
    fid = await add(service, store, after=timedelta(0), tz="UTC")
    await service.start()
    try:
        async with store.write() as tx:
            await service.resume(tx, ANNA)
            await asyncio.sleep(0.05)  # the transaction is slow: the timer fires inside it
        await asyncio.wait_for(deliverer.on_commit.wait(), timeout=10)
        assert [f.id for f in deliverer.attempts] == [fid]
    finally:
        await service.stop()


# --- privacy -------------------------------------------------------------------------------


async def test_logs_carry_no_ids_or_words(
    store: Store, make: Make, deliverer: Deliverer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    service = make(FollowupSettings(default_timezone="Not/AZone"))
    secret = "the safe house is on Rue X"
    fid = await add(service, store, after=timedelta(hours=1), text=secret)
    deliverer.fail.add(fid)
    await service.run_due(T0 + timedelta(hours=1))
    deliverer.fail.clear()
    await service.run_due(T0 + timedelta(hours=2))
    assert caplog.records  # it did log
    assert secret not in caplog.text and "Rue X" not in caplog.text
    assert ANNA not in caplog.text and ROOM_A not in caplog.text and "anna" not in caplog.text


async def test_adapter_for_conversations(store: Store, make: Make, clock: Clock) -> None:
    """bot.care.conversations hands effects over with its own Talk; the adapter maps them."""
    service = make()
    sink = ConversationFollowups(service)
    talk = Talk(ROOM_A, Person(ANNA, timezone=NEW_YORK), "en", "wellbeing")
    async with store.write(clock.now.timestamp()) as unit:
        await sink.schedule(unit, talk, ScheduleFollowup("wellbeing", 3600, "wellbeing-followup"))
        await sink.pause(unit, ANNA)
    [stored] = await service.list_for(ANNA)
    assert (stored.tz_name, stored.room_id, stored.flow, stored.text) == (
        NEW_YORK,
        ROOM_A,
        "wellbeing",
        "wellbeing-followup",
    )
    assert await service.is_paused(ANNA)
    async with store.write(clock.now.timestamp()) as unit:
        await sink.resume(unit, ANNA)
    assert not await service.is_paused(ANNA)
