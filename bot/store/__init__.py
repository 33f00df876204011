"""Persistence: one SQLite database with numbered migrations; no SQL outside this package."""

from __future__ import annotations

from pathlib import Path

from bot.platform.sealing import SecretBox
from bot.store.attachments import AttachmentsRepo, StoredFile
from bot.store.cases import CasesRepo
from bot.store.db import Database, StoreError
from bot.store.edge import EdgeRepo, OutboxItem, PendingEvent
from bot.store.followups import FollowupsRepo
from bot.store.people import PeopleRepo, Person

__all__ = [
    "AttachmentsRepo",
    "Database",
    "EdgeRepo",
    "OutboxItem",
    "PendingEvent",
    "PeopleRepo",
    "Person",
    "Store",
    "StoreError",
    "StoredFile",
]


class Store:
    """The database and the repositories over it."""

    def __init__(self, db: Database, box: SecretBox) -> None:
        self.db = db
        self.box = box
        self.edge = EdgeRepo(db, box)
        self.people = PeopleRepo(db, box)
        self.followups = FollowupsRepo(db, box)
        self.attachments = AttachmentsRepo(db, box)
        self.cases = CasesRepo(db, box)

    @classmethod
    async def open(cls, path: Path, box: SecretBox) -> Store:
        return cls(await Database.open(path), box)

    async def stats(self) -> dict[str, int]:
        """Aggregates for admins: counts only, never who or what."""
        out = {"people": await self._count("SELECT COUNT(*) FROM people")}
        for flow, n in sorted((await self.people.count_by_flow()).items()):
            out[f"conversations in {flow}"] = n
        if await self._has_table("cases"):
            out["open cases"] = await self._count("SELECT COUNT(*) FROM cases WHERE status != 'closed'")
            out["closed cases"] = await self._count("SELECT COUNT(*) FROM cases WHERE status = 'closed'")
        out["follow-ups scheduled"] = await self._count("SELECT COUNT(*) FROM followups WHERE status = 'scheduled'")
        return out

    async def health_counts(self) -> dict[str, int]:
        return {
            "messages waiting to be sent": await self._count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"),
            "events waiting for their keys": await self._count("SELECT COUNT(*) FROM pending_events"),
        }

    async def _count(self, sql: str) -> int:
        row = await self.db.fetchone(sql)
        return int(row[0]) if row else 0

    async def _has_table(self, name: str) -> bool:
        row = await self.db.fetchone("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return row is not None

    async def close(self) -> None:
        await self.db.close()
