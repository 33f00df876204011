"""Persistence: one SQLite database with numbered migrations; no SQL outside this package."""

from __future__ import annotations

from pathlib import Path

from bot.secretbox import SecretBox
from bot.store.attachments import AttachmentsRepo, StoredFile
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

    @classmethod
    async def open(cls, path: Path, box: SecretBox) -> Store:
        return cls(await Database.open(path), box)

    async def close(self) -> None:
        await self.db.close()
