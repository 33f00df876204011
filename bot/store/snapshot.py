"""Raw SQLite work for backups: a consistent in-memory image of a live database (the bot's own or
nio's crypto store), checking an image, and reading its schema version; and for moving nio's
crypto store to a new pickle key (bot/matrix/cryptostore.py): a file copy through SQLite's
backup API and reads of its pickled rows. The only SQLite code outside the running store, and it
lives beside it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store.migrations import LATEST_VERSION

__all__ = ["LATEST_VERSION", "SnapshotError", "check_sqlite_image", "copy_database", "count_rows", "nio_accounts",
           "schema_version", "sqlite_snapshot"]

# The tables of nio's crypto store (peewee names them after its models) that hold pickles.
NIO_PICKLED_TABLES = ("accounts", "olmsessions", "megolminboundsessions")


class SnapshotError(Exception):
    """A database could not be read or is damaged."""


def sqlite_snapshot(path: Path) -> bytes:
    """A consistent image of a (possibly live) SQLite database, taken through its own locks."""
    try:
        # mode=rw: never create a missing database. query_only: this connection never writes.
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
    except sqlite3.Error as e:
        raise SnapshotError(f"cannot open the database {path}: {e}") from None
    mem = sqlite3.connect(":memory:")
    try:
        src.execute("PRAGMA query_only=1")
        # One step (pages=-1) holds one read transaction: a snapshot of a single instant.
        # CPython retries on SQLITE_BUSY/LOCKED, so a bot writing at that moment only delays us.
        src.backup(mem)
        check = mem.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise SnapshotError(f"the database {path} is damaged (quick_check failed); not backing it up")
        return mem.serialize()
    except sqlite3.Error as e:
        raise SnapshotError(f"cannot read the database {path}: {e}") from None
    finally:
        mem.close()
        src.close()


def check_sqlite_image(data: bytes) -> bool:
    """Whether a serialized database opens and passes quick_check (entirely in memory)."""
    if len(data) < 100 or not data.startswith(b"SQLite format 3\x00"):
        return False
    # An image of a WAL-mode database says so in bytes 18-19; an in-memory database cannot be in
    # WAL mode, so check a copy marked as rollback-journal. The file written keeps its WAL mark.
    image = data[:18] + b"\x01\x01" + data[20:]
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(image)
        row = conn.execute("PRAGMA quick_check").fetchone()
        return row is not None and row[0] == "ok"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def schema_version(image: bytes) -> int:
    # PRAGMA user_version lives at offset 60 of the header, big-endian.
    return int.from_bytes(image[60:64], "big") if len(image) >= 64 else 0


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)


def nio_accounts(path: Path) -> list[tuple[str, str, bytes]]:
    """(user id, device id, pickled account) of each account of a nio crypto store (read only)."""
    try:
        conn = _read_only(path)
        try:
            rows = conn.execute("SELECT user_id, device_id, account FROM accounts").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return []  # nio never saved an account here
        raise SnapshotError(f"cannot read the crypto store {path}: {e}") from None
    except sqlite3.Error as e:
        raise SnapshotError(f"cannot read the crypto store {path}: {e}") from None
    return [(str(u), str(d), bytes(a)) for u, d, a in rows]


def count_rows(path: Path, table: str) -> int:
    """How many rows one of the pickled tables of a nio crypto store holds."""
    if table not in NIO_PICKLED_TABLES:
        raise ValueError(f"not a pickled table of nio's store: {table}")
    try:
        conn = _read_only(path)
        try:
            return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608 (checked above)
        finally:
            conn.close()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return 0
        raise SnapshotError(f"cannot read the crypto store {path}: {e}") from None


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` into a new file `target` (SQLite's backup API)."""
    target.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as e:
        target.unlink(missing_ok=True)
        raise SnapshotError(f"cannot copy the database {source}: {e}") from None
