"""Persistence: one SQLite database with numbered migrations; no SQL outside this package.

Everything goes through a unit (`bot.store.unit`): `async with store.read() as r` for a committed
snapshot, `async with store.write() as uow` for one atomic change (with the messages it queues).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.attachments import AttachmentsRepo, StoredFile
from bot.store.cases import CasesRepo
from bot.store.db import Database, StoreError, fetch_one
from bot.store.edge import EdgeRepo, OutboxItem, PendingEvent
from bot.store.followups import FollowupsRepo
from bot.store.people import PeopleRepo, Person
from bot.store.plans import PlansRepo, StoredPlan
from bot.store.unit import Reader, UnitOfWork, sent_event_ref, txn_of_ref

__all__ = [
    "AttachmentsRepo",
    "CasesRepo",
    "Database",
    "EdgeRepo",
    "FollowupsRepo",
    "OutboxItem",
    "PendingEvent",
    "PeopleRepo",
    "Person",
    "PlansRepo",
    "Reader",
    "Store",
    "StoreError",
    "StoredFile",
    "StoredPlan",
    "UnitOfWork",
    "sent_event_ref",
    "txn_of_ref",
]

CommittedHook = Callable[[UnitOfWork], None]


class Store:
    """The database, and the units of work over it."""

    def __init__(self, db: Database, box: SecretBox, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.box = box
        self._clock = clock
        self._committed: CommittedHook | None = None

    @classmethod
    async def open(cls, path: Path, box: SecretBox) -> Store:
        return cls(await Database.open(path, box), box)

    def on_committed(self, hook: CommittedHook | None) -> None:
        """Call `hook(unit)` after every committed write unit (the composition root wires the
        runtime's sender here), never after a rollback."""
        self._committed = hook

    @contextlib.asynccontextmanager
    async def write(self, now: float | None = None) -> AsyncIterator[UnitOfWork]:
        """One atomic change: everything done through the unit commits together, or nothing does."""
        async with self.db.write_tx() as conn:
            uow = UnitOfWork(conn, self.box, self._clock() if now is None else now)
            yield uow
        if self._committed is not None:
            self._committed(uow)

    @contextlib.asynccontextmanager
    async def read(self, now: float | None = None) -> AsyncIterator[Reader]:
        """A committed snapshot, for reads outside a write unit."""
        async with self.db.read_tx() as conn:
            yield Reader(conn, self.box, self._clock() if now is None else now)

    async def stats(self) -> dict[str, int]:
        """Aggregates for admins: counts only, never who or what."""
        async with self.db.read_tx() as conn:
            out = {"people": await _count(conn, "SELECT COUNT(*) FROM people")}
            for flow, n in sorted((await PeopleRepo(conn, self.box).count_by_flow()).items()):
                out[f"conversations in {flow}"] = n
            out["open cases"] = await _count(conn, "SELECT COUNT(*) FROM cases WHERE status != 'closed'")
            out["closed cases"] = await _count(conn, "SELECT COUNT(*) FROM cases WHERE status = 'closed'")
            out["follow-ups scheduled"] = await _count(
                conn, "SELECT COUNT(*) FROM followups WHERE status = 'scheduled'"
            )
        return out

    async def health_counts(self) -> dict[str, int]:
        async with self.db.read_tx() as conn:
            return {
                "messages waiting to be sent": await _count(conn, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"),
                "events waiting for their keys": await _count(conn, "SELECT COUNT(*) FROM pending_events"),
            }

    async def close(self) -> None:
        await self.db.close()


async def _count(conn: aiosqlite.Connection, sql: str) -> int:
    row = await fetch_one(conn, sql)
    return int(row[0]) if row else 0
