"""The one SQLite database: a write connection, a small pool of read-only connections, numbered
migrations.

Two connections, not one, because reads must never see another coroutine's open transaction
(DESIGN.md #15): with WAL, a read transaction on its own connection sees exactly what was
committed when it began. Writes are serialised on the write connection (`BEGIN IMMEDIATE`), so a
unit of work either commits whole or leaves nothing. All SQL of the project lives in
`bot/store/`; nothing outside it imports aiosqlite.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite

from bot.platform.permissions import make_private
from bot.platform.sealing import SecretBox
from bot.store.migrations import LATEST_VERSION, run_migrations

READERS = 2  # read connections; a unit of work holds one only for its few queries


class StoreError(Exception):
    """The database cannot be used (damaged, from a newer version, not writable)."""


async def fetch_one(conn: aiosqlite.Connection, sql: str, params: tuple[object, ...] = ()) -> aiosqlite.Row | None:
    async with conn.execute(sql, params) as cur:
        row: aiosqlite.Row | None = await cur.fetchone()
        return row


async def fetch_all(conn: aiosqlite.Connection, sql: str, params: tuple[object, ...] = ()) -> list[aiosqlite.Row]:
    async with conn.execute(sql, params) as cur:
        return list(await cur.fetchall())


async def _connect(target: str, *, uri: bool = False) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(target, isolation_level=None, uri=uri)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA busy_timeout=5000")
    return conn


class Database:
    def __init__(self, conn: aiosqlite.Connection, readers: list[aiosqlite.Connection], path: Path) -> None:
        self._conn = conn
        self._readers: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        self._all_readers = readers
        for reader in readers:
            self._readers.put_nowait(reader)
        self.path = path
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, box: SecretBox) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = await _connect(str(path))
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            # Deleted rows are overwritten on disk, so erased answers do not linger in free pages.
            await conn.execute("PRAGMA secure_delete=ON")
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the database {path}: {e}") from e
        # Owner-only, even when created by a process with a looser umask (a tool, a test).
        make_private(path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        readers: list[aiosqlite.Connection] = []
        read_only = f"{path.resolve().as_uri()}?mode=ro"  # noqa: ASYNC240 (once, at start)
        db = cls(conn, readers, path)
        try:
            await db.migrate(box)
            for _ in range(READERS):
                # Read-only: a read unit cannot write even by mistake.
                reader = await _connect(read_only, uri=True)
                readers.append(reader)
                db._readers.put_nowait(reader)
        except BaseException:
            await db.close()
            raise
        return db

    async def close(self) -> None:
        for reader in self._all_readers:
            await reader.close()
        await self._conn.close()

    async def version(self) -> int:
        row = await fetch_one(self._conn, "PRAGMA user_version")
        return int(row[0]) if row else 0

    async def migrate(self, box: SecretBox) -> None:
        current = await self.version()
        if current > LATEST_VERSION:
            raise StoreError(
                f"the database is at version {current}, newer than this Continuum knows ({LATEST_VERSION}); "
                "run the newer release or restore a backup"
            )
        await run_migrations(current, self.write_tx, box)

    @contextlib.asynccontextmanager
    async def write_tx(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT on the write connection, rolled back on any exception."""
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                await self._conn.execute("COMMIT")

    @contextlib.asynccontextmanager
    async def read_tx(self) -> AsyncIterator[aiosqlite.Connection]:
        """A read transaction on a read-only connection: one committed snapshot for its queries."""
        conn = await self._readers.get()
        try:
            await conn.execute("BEGIN")
            try:
                yield conn
            finally:
                await conn.execute("COMMIT")
        finally:
            self._readers.put_nowait(conn)

    async def scrub(self, attempts: int = 40, pause_s: float = 0.05) -> bool:
        """Fold the write-ahead log back into the database and empty it; True once done.

        With `secure_delete`, erased rows are overwritten in the database file; the WAL file may
        still hold older copies of their pages until a checkpoint, so erasure and retention call
        this once they committed. SQLite refuses a full checkpoint while a read transaction is
        open ("table is locked", or busy), so it tries again for a moment; if reads never pause,
        the next erasure or retention run tries again.
        """
        for _ in range(attempts):
            async with self._write_lock:
                try:
                    row = await fetch_one(self._conn, "PRAGMA wal_checkpoint(TRUNCATE)")
                    if row is not None and int(row[0]) == 0:
                        return True
                except sqlite3.OperationalError:
                    pass
            await asyncio.sleep(pause_s)
        return False

    async def fetchone(self, sql: str, params: tuple[object, ...] = ()) -> aiosqlite.Row | None:
        """A raw read of committed rows, for inspection (tests, the admin's tools)."""
        async with self.read_tx() as conn:
            return await fetch_one(conn, sql, params)

    async def fetchall(self, sql: str, params: tuple[object, ...] = ()) -> list[aiosqlite.Row]:
        """A raw read of committed rows, for inspection (tests, the admin's tools)."""
        async with self.read_tx() as conn:
            return await fetch_all(conn, sql, params)

    async def backup_to(self, target: Path) -> None:
        """A consistent copy while the bot runs (SQLite's online backup)."""
        async with self._write_lock:
            dest = await aiosqlite.connect(target)
            try:
                await self._conn.backup(dest)
            finally:
                await dest.close()
