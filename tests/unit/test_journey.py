"""The journey after relocation, wired: the shipped `exile` flow and journey schedule, the real
conversations, follow-up service (on a paused scheduler), privacy and a real store.

The person talks through `Conversations.handle`; time is the test's clock; deliveries happen when
a test calls `run_due`. Nothing sleeps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.care.followups.journey import Journeys
from bot.care.followups.service import JOB_ID, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.platform.config import FollowupSettings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store
from bot.store.followups import Followup
from tests.storekit import read
from tests.unit.test_privacy import ANNA, ANNA_DM, LIB, text
from tests.unit.test_privacy import World as ChatWorld

T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # the chat world's clock: Monday 4 May 2026, 10:00 UTC
DAY, HOUR = timedelta(days=1), timedelta(hours=1)
STAGES = ["journey_week1", "journey_month1", "journey_month3", "journey_month6", "journey_month12"]


class World(ChatWorld):
    """The privacy tests' chat world, with the follow-up service on a paused scheduler."""

    def __init__(self, store: Store, box: SecretBox, scheduler: AsyncIOScheduler) -> None:
        super().__init__(store, box)
        assert self.now == T0
        no_quiet = FollowupSettings(quiet_start=time(0, 0), quiet_end=time(0, 0))
        self.service = FollowupService(store, no_quiet, lambda: self.now, self._deliver, scheduler)
        self.desk = FollowupDesk(store, self.desk.library, self.service, "en")
        self.conversations.followups = self.desk

    async def rows(self, *statuses: str) -> list[Followup]:
        found = await read(self.store, lambda r: r.followups.for_schedule(ANNA, "journey"))
        return [f for f in found if not statuses or f.status in statuses]

    async def arrival(self, year: str, month: str | None, checkins: str | None, *, first: bool = True) -> list[str]:
        """Through the menu to `exile`, then the arrival questions; the bot's replies to the last answer."""
        await self.say("menu")
        replies = await self.say("exile")
        if not first:
            replies = await self.say("arrival")
        assert text("exile-arrival-year") in "\n".join(replies)
        replies = await self.say(year)
        for answer in (month, checkins):
            if answer is not None:
                replies = await self.say(answer)
        return replies

    async def deliver(self, at: datetime) -> list[str]:
        self.now = at
        before = len(self.sent)
        await self.service.run_due(at)
        await self.play_sender()
        return [c.get("body", "") for r, c, _ in self.sent[before:] if r == ANNA_DM]


@pytest.fixture
async def store_box(tmp_path: Path) -> AsyncIterator[tuple[Store, SecretBox]]:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        yield store, box
    finally:
        await store.close()


@pytest.fixture
async def paused_scheduler() -> AsyncIterator[AsyncIOScheduler]:
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.start(paused=True)
    yield scheduler
    scheduler.shutdown(wait=False)


@pytest.fixture
async def world(store_box: tuple[Store, SecretBox], paused_scheduler: AsyncIOScheduler) -> World:
    w = World(*store_box, paused_scheduler)
    await w.service.start()
    await w.onboard()
    return w


def due(rows: list[Followup]) -> list[timedelta]:
    return [r.due_at - T0 for r in rows]


async def test_saying_yes_plans_the_first_year_and_arms_the_timer(world: World,
                                                                  paused_scheduler: AsyncIOScheduler) -> None:
    replies = await world.arrival("2026", "5", "yes")  # this month: counted from now
    assert text("exile-journey-on") in "\n".join(replies)
    rows = await world.rows()
    assert [r.flow for r in rows] == STAGES
    assert [r.text for r in rows] == [f"journey-invite-{f.removeprefix('journey_')}" for f in STAGES]
    assert due(rows) == [7 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY]
    assert {(r.source, r.schedule, r.status, r.room_id) for r in rows} == {("flow", "journey", "scheduled", ANNA_DM)}
    assert [r.expires_at - r.due_at for r in rows if r.expires_at] == [7 * DAY] + [14 * DAY] * 4
    job = paused_scheduler.get_job(JOB_ID)
    assert job is not None and job.next_run_time <= T0 + 7 * DAY  # armed (capped by max_sleep)


async def test_the_invitation_comes_once_at_its_time_and_yes_starts_the_check_in(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    assert await world.deliver(T0 + 7 * DAY - timedelta(minutes=1)) == []
    [invitation] = await world.deliver(T0 + 7 * DAY)
    assert invitation.startswith(text("journey-invite-week1")) and text("bot-followup-offer") in invitation
    assert await world.deliver(T0 + 7 * DAY + timedelta(hours=1)) == []  # exactly once
    replies = await world.say("yes")
    assert replies and replies[0].startswith(text("journey-week1-intro")[:40])
    assert [r.status for r in await world.rows()] == ["done", "scheduled", "scheduled", "scheduled", "scheduled"]


async def test_changing_the_arrival_month_replans(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    await world.arrival("2026", "3", "yes", first=False)  # 1 March: week1 and month1 long past
    rows = await world.rows()
    assert [r.flow for r in rows] == ["journey_month3", "journey_month6", "journey_month12"]
    march = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)  # at the time of day she answered (UTC: no zone given)
    assert [r.due_at for r in rows] == [march + 91 * DAY, march + 182 * DAY, march + 365 * DAY]
    assert len(await read(world.store, lambda r: r.followups.for_user(ANNA, ("scheduled",)))) == 3


async def test_stages_already_offered_or_answered_do_not_come_again(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    await world.deliver(T0 + 7 * DAY)
    await world.say("no")  # declines week 1
    world.now = T0 + 8 * DAY
    await world.arrival("2026", "5", "yes", first=False)  # same month again: re-anchored on this answer
    rows = await world.rows()
    assert [(r.flow, r.status) for r in rows] == [("journey_week1", "cancelled")] + [
        (f, "scheduled") for f in STAGES[1:]]
    assert due(rows[1:]) == [8 * DAY + 30 * DAY, 8 * DAY + 91 * DAY, 8 * DAY + 182 * DAY, 8 * DAY + 365 * DAY]


async def test_turning_check_ins_off_removes_the_plan_and_a_waiting_invitation(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    await world.deliver(T0 + 7 * DAY)  # week 1 waits for yes / later / no
    world.now = T0 + 8 * DAY
    replies = await world.arrival("2026", "5", "no", first=False)
    assert text("exile-journey-off") in "\n".join(replies)
    assert [(r.flow, r.status) for r in await world.rows()] == [("journey_week1", "cancelled")]
    assert await world.deliver(T0 + 400 * DAY) == []
    # A "yes" now is not taken for the withdrawn invitation.
    assert text("journey-week1-intro")[:40] not in "\n".join(await world.say("yes"))


async def test_a_year_without_its_month_removes_the_stages_not_yet_offered(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    replies = await world.arrival("2025", "skip", None, first=False)
    assert text("exile-month-skipped") in "\n".join(replies)
    assert await world.rows() == []


async def test_skipping_the_year_keeps_the_plan(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    await world.arrival("skip", None, None, first=False)
    assert len(await world.rows("scheduled")) == 5


async def test_stop_holds_the_check_ins_and_one_past_its_time_is_dropped_not_sent_late(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    assert text("bot-stopped")[:20] in "\n".join(await world.say("stop"))
    assert await world.deliver(T0 + 10 * DAY) == []  # paused: week 1 waits
    world.now = T0 + 15 * DAY  # week 1 (day 7) expired on day 14
    await world.say("resume")
    assert await world.deliver(T0 + 15 * DAY) == []
    rows = await world.rows()
    assert [(r.flow, r.status) for r in rows][:2] == [("journey_week1", "cancelled"), ("journey_month1", "scheduled")]
    [invitation] = await world.deliver(T0 + 30 * DAY)
    assert invitation.startswith(text("journey-invite-month1"))
    assert text("bot-followup-late") not in invitation


async def test_later_is_a_new_promise_that_does_not_expire_and_survives_a_new_plan(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    await world.deliver(T0 + 13 * DAY + 6 * HOUR)  # week 1, six days after its time (it expires on day 14)
    assert await world.say("later") == [text("bot-followup-later-ok")]
    [week1] = [r for r in await world.rows() if r.flow == "journey_week1"]
    assert (week1.status, week1.expires_at, week1.due_at) == ("scheduled", None, T0 + 14 * DAY + 6 * HOUR)
    world.now = T0 + 13 * DAY + 7 * HOUR
    await world.arrival("2026", "5", "yes", first=False)
    assert [r.id for r in await world.rows() if r.flow == "journey_week1"] == [week1.id]
    [invitation] = await world.deliver(T0 + 14 * DAY + 6 * HOUR)  # past day 14, yet asked for: it comes
    assert invitation.startswith(text("journey-invite-week1"))


async def test_delete_my_data_erases_the_plan(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    await world.say("delete my data")
    assert await world.say("yes") == [text("bot-privacy-deleted")]
    assert await world.rows() == []
    assert await world.deliver(T0 + 400 * DAY) == []


async def test_a_solar_hijri_year_is_accepted_and_a_year_in_between_is_asked_again(world: World) -> None:
    await world.say("menu")
    await world.say("exile")
    [again] = await world.say("1750")  # neither calendar: the question again
    assert again.startswith(text("exile-arrival-year"))
    await world.say("1405")  # Ordibehesht 1405 = 21 April – 21 May 2026: this month
    await world.say("2")
    await world.say("yes")
    rows = await world.rows()
    assert [r.flow for r in rows] == STAGES and due(rows)[0] == 7 * DAY


async def test_the_plan_follows_the_persons_zone(world: World) -> None:
    async with world.store.write() as uow:
        person = await uow.people.get(ANNA)
        assert person is not None
        person.timezone = "Asia/Kabul"
        await uow.people.save(person, T0.timestamp())
    await world.arrival("2026", "4", "yes")  # 1 April, 14:30 in Kabul
    [first, second, *_] = await world.rows()
    assert (first.flow, first.tz_name) == ("journey_month1", "Asia/Kabul")
    assert first.due_at == T0  # 1 May 14:30 in Kabul was 3 days ago: within its grace, now
    assert second.due_at == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 1 April + 91 days, 14:30 in Kabul


async def test_nothing_is_planned_without_consent_or_for_other_remembered_values(
    store_box: tuple[Store, SecretBox], paused_scheduler: AsyncIOScheduler
) -> None:
    w = World(*store_box, paused_scheduler)
    journeys = Journeys(w.service, w.desk.library)

    class Talk:
        room_id = ANNA_DM

        def __init__(self, profile: dict[str, object]) -> None:
            self.person = Person(ANNA, profile=profile)

    chosen = {"arrival_year": 2026, "arrival_month": 5, "journey_checkins": True}
    async with w.store.write() as uow:
        assert await journeys.profile_changed(uow, Talk(chosen), {"arrival_year", "arrival_month"}) == 0
        assert await journeys.profile_changed(uow, Talk({**chosen, "privacy_consent": True}), {"who5"}) == 0
        assert await journeys.profile_changed(uow, Talk({**chosen, "privacy_consent": True}), set()) == 0
        assert await journeys.profile_changed(uow, Talk({**chosen, "privacy_consent": True}),
                                              {"journey_checkins"}) == 5
    assert LIB is not None and len(await w.rows()) == 5


async def test_a_waiting_invitation_does_not_take_the_answers_of_a_conversation_begun_after_it(world: World) -> None:
    await world.arrival("2026", "5", "yes")
    assert len(await world.deliver(T0 + 7 * DAY)) == 1
    world.now = T0 + 7 * DAY + HOUR
    await world.say("menu")
    first = await world.say("Check my digital security")
    assert first and not any(text("journey-week1-intro")[:40] in b for b in first)
    after_yes = await world.say("yes")  # the hygiene check's question, not the check-in
    assert after_yes and not any(text("journey-week1-intro")[:40] in b for b in after_yes)
    assert (await world.rows())[0].status == "offered"
