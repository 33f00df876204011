"""Retention: what is no longer needed is deleted on a schedule, kind by kind.

Periods come from `settings.retention` (days; 0 purges at the next run). The onboarding privacy
notice states the defaults to every person, so changing them means changing that text too.

- conversation states (the answers): not updated for `answers_days`;
- people (language, zone, profile): not seen for `answers_days`, and with no conversation, no
  reminder to come and no open case left;
- closed reminders: closed (or offered and never answered) `answers_days` ago;
- closed cases, with their notes and file links: closed `closed_cases_days` ago;
- attachments: received `attachments_days` ago;
- processed-event markers, sent outbox rows (event ids; their content went at sending),
  undeliverable outbox rows, undecryptable events, rooms the bot left: `processed_events_days`.

Identity pins (each person's first-seen master key) are never purged: they are public keys, kept
for as long as the account is known so that a changed identity is noticed even after everything
else about the person is gone, and they name nobody (a keyed hash of the id, sealed).

Each run ends with a WAL checkpoint, so deleted rows do not linger in the write-ahead log.
`start_retention` runs it every hour in the bot's event loop; `run_retention(now)` runs it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.platform.config import Retention
from bot.store import Store

log = logging.getLogger(__name__)

DAY_S = 86_400.0


@dataclass
class RetentionReport:
    """How many rows of each kind one run deleted."""

    deleted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


class RetentionService:
    def __init__(
        self,
        store: Store,
        settings: Retention,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        *,
        interval: timedelta = timedelta(hours=1),
        first_run_after: timedelta = timedelta(minutes=1),
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.interval = interval
        self.first_run_after = first_run_after
        self._task: asyncio.Task[None] | None = None

    def _cutoff(self, now: float, days: int) -> float:
        return now - days * DAY_S

    async def run_retention(self, now: datetime | None = None) -> RetentionReport:
        """Delete everything past its period, as of `now` (default: the clock)."""
        at = (now or self.clock()).timestamp()
        s = self.settings
        answers = self._cutoff(at, s.answers_days)
        markers = self._cutoff(at, s.processed_events_days)
        report = RetentionReport()
        d = report.deleted
        async with self.store.write(at) as uow:
            d["conversations"], gone = await uow.people.purge_inactive(answers)
            d["people"] = len(gone)
            d["followups"] = await uow.followups.purge_closed_before(answers)
            d["pending_events"] = await uow.edge.purge_pending_before(markers)
            d["unsent_outbox"] = await uow.edge.purge_unsent_before(markers)
            d["left_rooms"] = await uow.edge.purge_left_rooms_before(markers)
            d["closed_cases"] = await uow.cases.purge_closed_before(self._cutoff(at, s.closed_cases_days))
            d["attachments"] = await uow.attachments.purge_before(self._cutoff(at, s.attachments_days))
            d["processed_events"] = await uow.edge.purge_processed_before(markers)
            d["sent_outbox"] = await uow.edge.purge_sent_before(markers)
        if report.total:
            await self.store.db.scrub()
            log.info("retention: deleted %s", ", ".join(f"{n} {kind}" for kind, n in sorted(d.items()) if n))
        return report

    # --- schedule ----------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._loop(), name="retention")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        await asyncio.sleep(self.first_run_after.total_seconds())
        while True:
            try:
                await self.run_retention()
            except Exception as e:  # never let one failed run end the schedule
                log.error("retention run failed (%s); trying again in an hour", type(e).__name__)
            await asyncio.sleep(self.interval.total_seconds())


def start_retention(
    store: Store,
    settings: Retention,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> RetentionService:
    """Start the hourly purge in the running event loop; `await handle.stop()` at shutdown."""
    service = RetentionService(store, settings, clock)
    service.start()
    return service


__all__ = ["RetentionReport", "RetentionService", "start_retention"]
