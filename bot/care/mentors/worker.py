"""The mentors' background task, driven by the cases table (so it survives restarts).

It checks the mentor room once after the first sync (and says in the log what is wrong), then
loops: climb the ladder of unclaimed high and urgent cases (`bot.care.mentors.ladder`: bounded
room pings, one summary, direct messages to the mentors on call and then to the leads — telling
the person once, at the first ping of an urgent case, that the team was reminded), upload the files
of cases whose card is out into the card's thread, and create the direct rooms of agreed handoffs.
It sleeps until the next step is due, or until an event wakes it. Network work (uploads, room
creation) runs outside any transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.care.mentors.cards import file_content, file_name
from bot.care.mentors.ladder import Rung, Timers, due, next_at
from bot.care.mentors.link import MatrixLink
from bot.care.mentors.oncall import OnCallDesk
from bot.care.mentors.posting import Posting
from bot.care.places import resource_country
from bot.care.words import person_lang
from bot.store import Store, UnitOfWork
from bot.store.cases import Case, PendingFile

log = logging.getLogger(__name__)

FILE_WAIT_S = 2.0  # how soon to look again while files wait for their card to be sent…
FILE_HURRY_S = 600.0  # …for this long after they came; then at the usual pace


class Worker:
    """Re-pings, files and handoff rooms, from the cases table; the start-up room check."""

    def __init__(self, posting: Posting, store: Store, clock: Callable[[], float],
                 link: Callable[[], MatrixLink | None], woken: asyncio.Event, oncall: OnCallDesk) -> None:
        self.post = posting
        self.oncall = oncall
        self.settings = posting.settings
        self.store = store
        self.clock = clock
        self.link = link
        self._wake = woken
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    # --- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the room check and the loop (the link must be bound)."""
        self._stopping.clear()
        self._tasks = [
            asyncio.create_task(self.check_room(), name="mentor-room-check"),
            asyncio.create_task(self.run(), name="mentors"),
        ]

    async def stop(self) -> None:
        self._stopping.set()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    def _bound(self) -> MatrixLink:
        link = self.link()
        assert link is not None
        return link

    async def check_room(self) -> None:
        """Log what is wrong with the mentor room, once, after the first sync; remember whether cases
        can reach a person (what people are told, and `!health`, depend on it)."""
        link = self._bound()
        try:
            await link.first_sync()
            problems = await link.check()
        except Exception as e:  # the check must never stop the bot
            log.error("MENTOR ROOM: could not be checked (%s)", e.__class__.__name__)
            return
        for problem, _blocking in problems:
            log.error("MENTOR ROOM: %s", problem)
        self.post.room_problems = [problem for problem, blocking in problems if blocking]
        if self.post.room_problems:
            log.error("MENTOR ROOM: activists are still served, but cases cannot reach a person until this is "
                      "fixed; people who ask for one are told so and given outside contacts")
        elif problems:
            log.error("MENTOR ROOM: cases reach the room, but fix the above")
        else:
            log.info("mentor room checked: joined, encrypted, the bot can post")

    async def run(self) -> None:
        """Re-ping urgent cases, deliver files, create handoff rooms; until `stop()`."""
        await self._bound().first_sync()
        while not self._stopping.is_set():
            self._wake.clear()
            steps: list[tuple[str, Callable[[], Awaitable[object]]]] = [
                ("the ladder", self._repings_now),
                ("files", self.deliver_files),
                ("handoffs", self.run_handoffs),
            ]
            failed = False
            for name, step in steps:
                try:
                    await step()
                except Exception as e:
                    failed = True
                    log.error("mentors: %s failed (%s); retrying later", name, e.__class__.__name__)
            delay = float(self.settings.mentors.check_seconds)
            if not failed:  # after a failure, at the usual pace: no tight loop of errors
                try:
                    delay = await self.next_delay(self.clock())
                except Exception as e:
                    log.error("mentors: the next check could not be timed (%s)", e.__class__.__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._until_woken(), timeout=delay)

    async def _repings_now(self) -> list[int]:
        return await self.repings_due(self.clock())

    async def _until_woken(self) -> None:
        stop = asyncio.create_task(self._stopping.wait())
        wake = asyncio.create_task(self._wake.wait())
        try:
            await asyncio.wait({stop, wake}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
            wake.cancel()

    async def next_delay(self, now: float) -> float:
        """Seconds until the background task should look again."""
        delay = float(self.settings.mentors.check_seconds)
        timers = Timers.of(self.settings.mentors)
        async with self.store.read() as r:
            times = [t for case in await r.cases.unclaimed() if (t := next_at(case, timers)) is not None]
            waiting = await r.cases.undelivered_files(since=now - FILE_HURRY_S)
        if times:
            delay = min(delay, max(min(times) - now, 1.0))
        if waiting:
            delay = min(delay, FILE_WAIT_S)
        return delay

    # --- the ladder --------------------------------------------------------------------------------
    async def repings_due(self, now: float) -> list[int]:
        """Climb the ladder of every unclaimed case that is due now; returns the ids of those that moved.

        Room pings and the summary are queued in one unit; the direct messages follow (their rooms
        may have to be created first, which is network work)."""
        if self.settings.mentor_room is None:
            return []
        timers = Timers.of(self.settings.mentors)
        moved: list[int] = []
        direct: list[tuple[int, Rung]] = []
        async with self.store.write(now) as uow:
            for case in await uow.cases.unclaimed():
                rungs = due(case, timers, now)
                if not rungs:
                    continue
                moved.append(case.id)
                if "ping" in rungs:
                    await self._ping(uow, case, timers, now)
                if "summary" in rungs:
                    await self._summary(uow, case, timers, now)
                direct += [(case.id, rung) for rung in rungs if rung in ("oncall", "leads")]
        if direct:
            await self.oncall.send(direct, now)
        if moved:
            log.info("the ladder moved for %d unclaimed case(s)", len(moved))
        return moved

    async def _ping(self, uow: UnitOfWork, case: Case, timers: Timers, now: float) -> None:
        """A reminder in the room (@room for urgent cases), and for an urgent case the person hears,
        once, that the team was reminded."""
        urgent = case.urgency == "urgent"
        # While the card itself has not reached the room (e.g. the bot is not in it yet), pings
        # would only pile up behind it.
        if await self.post.card_event(uow, case) is not None:
            await self.post.ping(uow, case, "mentor-reping" if urgent else "mentor-reping-high",
                                 room=urgent, minutes=timers.minutes(case, now))
        warn = urgent and not case.warned and case.room_id is not None
        if warn:
            await self._on_the_way(uow, case)
        await uow.cases.mark_pinged(case.id, now, warned=warn)

    async def _summary(self, uow: UnitOfWork, case: Case, timers: Timers, now: float) -> None:
        """The one "still unclaimed" message after the last ping; the room hears no more of it."""
        await self.post.ping(uow, case, "mentor-still-unclaimed", room=case.urgency == "urgent",
                             minutes=timers.minutes(case, now), count=case.pings)
        await uow.cases.mark_ladder(case.id, "summary", now)

    async def _on_the_way(self, uow: UnitOfWork, case: Case) -> None:
        """Tell the person, once, that the team was reminded (never that help is on the way: nobody
        has claimed yet), with the crisis resources for their country."""
        person = await uow.people.get(case.user_id) if case.user_id else None
        lang = person_lang(person, self.settings.default_language)
        render = self.post.texts.render
        country = resource_country(person.country, person.timezone) if person else "other"
        text = render.join([
            render.text(lang, "mentor-person-on-the-way"),
            render.text(lang, "crisis-resources", {"country": country}),
        ])
        assert case.room_id is not None
        await uow.send(case.room_id, text.content())

    # --- files -------------------------------------------------------------------------------------
    async def deliver_files(self) -> int:
        """Upload the files of cases whose card is out, into the card's thread; returns how many."""
        link = self.link()
        if link is None or self.settings.mentor_room is None:
            return 0
        async with self.store.write() as uow:
            await uow.cases.fill_card_events()
            pending = await uow.cases.pending_files()
        sent = 0
        for item in pending:
            delivered = await self._deliver_file(link, item)
            if delivered is None:
                break  # the upload failed: the rest waits for the next round
            sent += delivered
        return sent

    async def _deliver_file(self, link: MatrixLink, item: PendingFile) -> int | None:
        """1 when the file went out, 0 when there was nothing to send, None when the upload failed."""
        async with self.store.read() as r:
            stored = await r.attachments.get(item.ref)
            case = await r.cases.get(item.case_id)
        if case is None:
            return 0
        if stored is None:  # purged by retention, or erased
            async with self.store.write(self.clock()) as uow:
                await uow.cases.mark_file_delivered(item.id, uow.now)
                await self.post.to_thread(uow, case, self.post.m("mentor-file-gone", case=case.label))
            return 0
        name = file_name(case, item.number, stored.name, stored.mimetype)
        try:
            file_info = await link.upload(stored.data, stored.mimetype, name)
        except Exception as e:
            log.warning("a file of case %s could not be uploaded (%s); retrying later",
                        case.label, e.__class__.__name__)
            return None
        content = file_content(name, stored.mimetype, len(stored.data), file_info)
        async with self.store.write(self.clock()) as uow:
            if not stored.cleaned:  # said before the file, so that nobody opens it unwarned
                await self.post.to_thread(uow, case, self.post.m("mentor-file-not-cleaned", case=case.label))
            await self.post.send_to_thread(uow, case, content)
            await uow.cases.mark_file_delivered(item.id, uow.now)
        return 1

    # --- handoff rooms -----------------------------------------------------------------------------
    async def run_handoffs(self) -> int:
        """Create the direct rooms that were agreed to; returns how many."""
        link = self.link()
        if link is None:
            return 0
        async with self.store.read() as r:
            approved = await r.cases.handoffs_approved()
        made = 0
        for case in approved:
            mentor, person = case.handoff_mentor, case.user_id
            room_id: str | None = None
            if mentor and person:
                try:
                    room_id = await link.create_encrypted_room([person, mentor], None)
                except Exception as e:
                    log.warning("the direct room of case %s could not be created (%s)", case.label,
                                e.__class__.__name__)
            async with self.store.write(self.clock()) as uow:
                if room_id is None:
                    await uow.cases.set_handoff(case.id, "failed")
                    await self.post.to_thread(uow, case, self.post.m("mentor-handoff-failed", case=case.label,
                                                                     number=case.id))
                else:
                    await uow.cases.set_handoff(case.id, "created", room_id=room_id)
                    await self.post.to_thread(uow, case, self.post.m("mentor-handoff-created", case=case.label,
                                                                     mentor=mentor or "?"))
                    lang = await self.post.lang_of(uow, person)
                    await self.post.tell(uow, case.room_id, lang, "mentor-person-handoff-invited")
                    made += 1
        return made


__all__ = ["FILE_HURRY_S", "FILE_WAIT_S", "Worker"]
