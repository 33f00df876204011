"""The one aiosqlite database: connection, numbered migrations, transactions.

All SQL of the project lives in `bot/store/`; other modules call the small repository
functions next to this file.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite

from bot.store.migrations import MIGRATIONS


class StoreError(Exception):
    """The database cannot be used (damaged, from a newer version, not writable)."""


class Database:
    """One connection, used by one process; writes are serialised through `transaction()`."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = await aiosqlite.connect(path, isolation_level=None)
            conn.row_factory = aiosqlite.Row
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            await conn.execute("PRAGMA busy_timeout=5000")
            # Deleted rows are overwritten on disk, so erased answers do not linger in free pages.
            await conn.execute("PRAGMA secure_delete=ON")
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the database {path}: {e}") from e
        db = cls(conn, path)
        await db.migrate()
        return db

    async def close(self) -> None:
        await self._conn.close()

    async def version(self) -> int:
        async with self._conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> None:
        current = await self.version()
        latest = len(MIGRATIONS)
        if current > latest:
            raise StoreError(
                f"the database is at version {current}, newer than this Continuum knows ({latest}); "
                "run the newer release or restore a backup"
            )
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            async with self.transaction() as conn:
                for statement in _statements(script):
                    await conn.execute(statement)
                # PRAGMA cannot take parameters; `number` is our own integer.
                await conn.execute(f"PRAGMA user_version={int(number)}")

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                await self._conn.execute("COMMIT")

    async def scrub(self, attempts: int = 40, pause_s: float = 0.05) -> bool:
        """Fold the write-ahead log back into the database and empty it; True once done.

        With `secure_delete`, erased rows are overwritten in the database file; the WAL file may
        still hold older copies of their pages until a checkpoint, so erasure and retention call
        this once they committed. SQLite refuses a checkpoint while a read on this connection is
        in progress ("table is locked"), so it tries again for a moment; if reads never pause,
        the next erasure or retention run tries again.
        """
        for _ in range(attempts):
            async with self._write_lock:
                try:
                    async with self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cur:
                        row = await cur.fetchone()
                    if row is not None and int(row[0]) == 0:
                        return True
                except sqlite3.OperationalError:
                    pass
            await asyncio.sleep(pause_s)
        return False

    async def fetchone(self, sql: str, params: tuple[object, ...] = ()) -> aiosqlite.Row | None:
        async with self._conn.execute(sql, params) as cur:
            return await cur.fetchone()

    async def fetchall(self, sql: str, params: tuple[object, ...] = ()) -> list[aiosqlite.Row]:
        async with self._conn.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def backup_to(self, target: Path) -> None:
        """A consistent copy while the bot runs (SQLite's online backup)."""
        async with self._write_lock:
            dest = await aiosqlite.connect(target)
            try:
                await self._conn.backup(dest)
            finally:
                await dest.close()


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
