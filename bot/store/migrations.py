"""Numbered schema upgrades, the mautrix way: each one an async function that may run SQL and
transform data (e.g. re-seal a column). Append only: never edit a migration that has shipped.

Each runs in its own transaction with the `PRAGMA user_version` bump, so a crash leaves the
database at the previous version, never half-upgraded. Columns whose names end in `_sealed` hold
AES-GCM blobs from `bot.platform.sealing` — never plaintext.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager

import aiosqlite

from bot.platform.sealing import SecretBox, SecretBoxError, bound

log = logging.getLogger(__name__)

Migration = Callable[[aiosqlite.Connection, SecretBox], Awaitable[None]]


async def _v1_edge(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """The Matrix edge: sync position, processed events, rooms, undecryptable events, outbox, identities."""
    await conn.execute(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """
    )
    await conn.execute(
        """
        CREATE TABLE processed_events (
            event_id TEXT PRIMARY KEY,
            room_id TEXT NOT NULL,
            processed_at REAL NOT NULL
        )
        """
    )
    await conn.execute("CREATE INDEX processed_events_by_time ON processed_events (processed_at)")
    await conn.execute(
        """
        CREATE TABLE rooms (
            room_id TEXT PRIMARY KEY,
            encrypted INTEGER NOT NULL DEFAULT 0,
            joined_at REAL,
            left_at REAL
        )
        """
    )
    await conn.execute(
        """
        CREATE TABLE pending_events (
            event_id TEXT PRIMARY KEY,
            room_id TEXT NOT NULL,
            sender TEXT NOT NULL,
            session_id TEXT NOT NULL,
            event_sealed BLOB NOT NULL,
            received_at REAL NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    await conn.execute("CREATE INDEX pending_events_by_session ON pending_events (session_id)")
    await conn.execute(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            room_id TEXT NOT NULL,
            txn_id TEXT NOT NULL UNIQUE,
            event_type TEXT NOT NULL DEFAULT 'm.room.message',
            content_sealed BLOB NOT NULL,
            not_before REAL NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            sent_at REAL,
            event_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    await conn.execute("CREATE INDEX outbox_unsent ON outbox (sent_at, id)")
    await conn.execute(
        """
        CREATE TABLE identities (
            user_id TEXT PRIMARY KEY,
            master_key TEXT NOT NULL,
            first_seen REAL NOT NULL,
            changed_at REAL
        )
        """
    )


async def _v2_people(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """People and their conversations. Preferences are not secret; answers and state are sealed."""
    await conn.execute(
        """
        CREATE TABLE people (
            user_id TEXT PRIMARY KEY,
            lang TEXT,
            timezone TEXT,
            country TEXT,
            profile_sealed BLOB,
            paused INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """
    )
    await conn.execute(
        """
        CREATE TABLE conversations (
            room_id TEXT NOT NULL,
            user_id TEXT NOT NULL REFERENCES people (user_id) ON DELETE CASCADE,
            flow TEXT,
            state_sealed BLOB,
            updated_at REAL NOT NULL,
            PRIMARY KEY (room_id, user_id)
        )
        """
    )
    await conn.execute("CREATE INDEX conversations_by_user ON conversations (user_id)")
    await conn.execute(
        """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ref TEXT NOT NULL UNIQUE,
            user_id TEXT NOT NULL,
            meta_sealed BLOB NOT NULL,
            data_sealed BLOB NOT NULL,
            created_at REAL NOT NULL
        )
        """
    )
    await conn.execute("CREATE INDEX attachments_by_user ON attachments (user_id)")
    await conn.execute("ALTER TABLE outbox ADD COLUMN tag TEXT")
    await conn.execute("CREATE INDEX outbox_by_event ON outbox (event_id)")


async def _v3_followups(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Follow-ups: the table is the queue; times are UTC epochs, zones IANA names; text sealed.

    AUTOINCREMENT so an id a person once saw ("cancel 42") is never reused for another row."""
    await conn.execute(
        """
        CREATE TABLE followups (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT NOT NULL,
            room_id TEXT NOT NULL,
            flow TEXT,
            text_sealed BLOB NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('flow', 'mentor', 'person')),
            case_id INTEGER,
            timezone TEXT NOT NULL,
            due_at REAL NOT NULL,
            deliver_at REAL NOT NULL,
            status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'offered', 'done', 'cancelled')),
            created_at REAL NOT NULL,
            delivered_at REAL,
            closed_at REAL,
            snoozed_count INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    await conn.execute("CREATE INDEX followups_due ON followups (status, deliver_at)")
    await conn.execute("CREATE INDEX followups_by_user ON followups (user_id)")


async def _v4_cases(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Mentors' cases: the table is the source of truth for claims, relays and urgent re-pings.

    The summary the person agreed to share and the mentors' notes are sealed. `user_id` and
    `room_id` become NULL when the person erases their data (the case itself stays for the team).
    Files wait in `case_files` until they are re-uploaded, encrypted, into the card's thread."""
    await conn.execute(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id TEXT,
            room_id TEXT,
            urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'high', 'urgent')),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'closed')),
            consent TEXT NOT NULL CHECK (consent IN ('full', 'pseudonymous', 'none')),
            summary_sealed BLOB,
            flow TEXT,
            reason TEXT,
            card_txn_id TEXT,
            card_event_id TEXT,
            claimed_by TEXT,
            claimed_at REAL,
            created_at REAL NOT NULL,
            closed_at REAL,
            repinged_at REAL,
            relay INTEGER NOT NULL DEFAULT 1,
            revealed INTEGER NOT NULL DEFAULT 0,
            warned INTEGER NOT NULL DEFAULT 0,
            feedback TEXT CHECK (feedback IN ('asked', 'yes', 'no', 'skipped')),
            handoff TEXT CHECK (handoff IN ('asked', 'approved', 'created', 'declined', 'failed')),
            handoff_mentor TEXT,
            handoff_room TEXT,
            anonymised_at REAL
        )
        """
    )
    await conn.execute("CREATE INDEX cases_by_status ON cases (status, urgency, created_at)")
    await conn.execute("CREATE INDEX cases_by_room ON cases (room_id, status)")
    await conn.execute("CREATE INDEX cases_by_user ON cases (user_id)")
    await conn.execute("CREATE INDEX cases_by_card ON cases (card_event_id)")
    await conn.execute("CREATE INDEX cases_by_handoff_room ON cases (handoff_room)")
    await conn.execute(
        """
        CREATE TABLE case_notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            text_sealed BLOB NOT NULL,
            created_at REAL NOT NULL
        )
        """
    )
    await conn.execute("CREATE INDEX case_notes_by_case ON case_notes (case_id)")
    await conn.execute(
        """
        CREATE TABLE case_files (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            ref TEXT NOT NULL,
            created_at REAL NOT NULL,
            delivered_at REAL
        )
        """
    )
    await conn.execute("CREATE INDEX case_files_pending ON case_files (delivered_at, id)")


# What _v5 re-seals: (table, sealed column, row-key columns, context before v5). Written out here
# rather than taken from bot/store/sealed.py so that this migration never changes once shipped;
# tests/unit/test_sealed_rows.py checks that it matches what the repositories seal with.
_V5_COLUMNS: tuple[tuple[str, str, tuple[str, ...], bytes], ...] = (
    ("outbox", "content_sealed", ("txn_id", "room_id", "event_type"), b"outbox"),
    ("pending_events", "event_sealed", ("event_id", "room_id", "sender"), b"pending-event"),
    ("people", "profile_sealed", ("user_id",), b"profile"),
    ("conversations", "state_sealed", ("room_id", "user_id"), b"conversation-state"),
    ("attachments", "meta_sealed", ("ref", "user_id"), b"attachment-meta"),
    ("attachments", "data_sealed", ("ref", "user_id"), b"attachment-data"),
    ("cases", "summary_sealed", ("id",), b"case-summary"),
    ("case_notes", "text_sealed", ("id", "case_id"), b"case-note"),
    ("followups", "text_sealed", ("id", "user_id", "room_id"), b"followup-text"),
)


async def _v5_bind_sealed_values_to_their_rows(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Every sealed value bound to its table, column AND row (see bot/store/sealed.py): a blob
    swapped between two rows — one person's queued message into another's room — no longer opens.

    Re-seals each value under `bound("continuum/<table>.<column>/v2", *row key)`. A value that
    does not open under its old context is left as it is: it was damaged already, and readers
    treat it as damaged."""
    damaged = 0
    for table, column, key, legacy in _V5_COLUMNS:
        names = ", ".join(key)
        async with conn.execute(f"SELECT rowid AS rid, {names}, {column} FROM {table}") as cur:  # noqa: S608
            rows = list(await cur.fetchall())
        for row in rows:
            blob = row[column]
            if not blob:
                continue  # NULL, or x'' (an outbox row already sent)
            try:
                plain = box.open(bytes(blob), legacy)
            except SecretBoxError:
                damaged += 1
                continue
            context = bound(f"continuum/{table}.{column}/v2".encode(), *(row[name] for name in key))
            await conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",  # noqa: S608 (our own names)
                               (box.seal(plain, context), row["rid"]))
    if damaged:
        log.warning("%d sealed value(s) did not open while binding them to their rows; left as they were "
                    "(they read as damaged)", damaged)


async def _v6_identity_pins(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Identity pins that outlive erasure and retention without naming anyone.

    Each person's first-seen master key (TOFU) is kept for as long as the bot knows the account —
    a public key, kept so that an identity swapped while they were away is noticed when they come
    back. The row is found by an HMAC of the user id under a key derived from the data key, and
    the key and its times are sealed, so no row names the person once their data is erased."""
    await conn.execute("CREATE TABLE identity_pins (pin TEXT PRIMARY KEY, sealed BLOB NOT NULL)")
    pin_key = box.derive(b"continuum/identity-pin/v1")
    async with conn.execute("SELECT user_id, master_key, first_seen, changed_at FROM identities") as cur:
        rows = list(await cur.fetchall())
    for row in rows:
        pin = hmac.new(pin_key, str(row["user_id"]).encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
        value = {"master_key": row["master_key"], "first_seen": row["first_seen"], "changed_at": row["changed_at"]}
        sealed = box.seal(json.dumps(value).encode(), bound(b"continuum/identity_pins.sealed/v2", pin))
        await conn.execute("INSERT OR REPLACE INTO identity_pins (pin, sealed) VALUES (?, ?)", (pin, sealed))
    await conn.execute("DROP TABLE identities")  # secure_delete: its pages are overwritten


async def _v7_identity_holds(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Changed identities held until a mentor or an admin approves them (DESIGN.md, "Matrix E2EE", 12).

    One row per person whose master key changed since it was pinned: found by the same keyed hash
    as their pin, named to mentors by a short label (`P-3FA9`) that says nothing about them, and
    the old and new keys sealed. The row outlives restarts; approving deletes it and re-pins."""
    await conn.execute(
        """
        CREATE TABLE identity_holds (
            pin TEXT PRIMARY KEY,
            label TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending',
            held_at REAL NOT NULL,
            sealed BLOB NOT NULL
        )
        """
    )


async def _v8_followup_schedules(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Follow-ups planned by a schedule (flows/schedules/<id>.yaml): `schedule` names it, so a new
    plan replaces the rows of the old one; `expires_at` is the time after which such a row is no
    longer offered (a check-in "about a week after you arrived" makes no sense in month three)."""
    await conn.execute("ALTER TABLE followups ADD COLUMN schedule TEXT")
    await conn.execute("ALTER TABLE followups ADD COLUMN expires_at REAL")


async def _v9_unreadable_notices(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Events that stay undecryptable: when their sender was told so (once, after a grace
    period), and whether they wrote again since — then their message was re-sent, and the kept
    one is dropped rather than answered twice should its key ever arrive."""
    await conn.execute("ALTER TABLE pending_events ADD COLUMN told_at REAL")
    await conn.execute("ALTER TABLE pending_events ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0")
    await conn.execute("CREATE INDEX pending_events_by_room ON pending_events (room_id, received_at)")


async def _v10_plans(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """Protection plans: one per person, the whole plan sealed and bound to the person's row.

    The row goes with the person (erasure, retention, a conversation that keeps nothing)."""
    await conn.execute(
        """
        CREATE TABLE plans (
            user_id TEXT PRIMARY KEY REFERENCES people (user_id) ON DELETE CASCADE,
            plan_sealed BLOB NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )
        """
    )


async def _v11_oncall_ladder(conn: aiosqlite.Connection, box: SecretBox) -> None:
    """The ladder of an unclaimed case, in the cases table (so it survives restarts): when it took
    its urgency, how many room pings it had, when the one "still unclaimed" summary, the on-call
    and the leads' direct messages went out. Who declared themselves on call, and the direct room
    the bot made with each mentor (created once, then reused); when the person of a case last got
    the whole crisis reply (`crisis_at`: one per crisis episode). No content and no person here:
    mentors' ids and room ids only."""
    for column in ("urgent_since REAL", "pings INTEGER NOT NULL DEFAULT 0", "summary_at REAL", "oncall_at REAL",
                   "leads_at REAL", "crisis_at REAL"):
        await conn.execute(f"ALTER TABLE cases ADD COLUMN {column}")
    await conn.execute("CREATE TABLE oncall (user_id TEXT PRIMARY KEY, since REAL NOT NULL)")
    await conn.execute(
        """
        CREATE TABLE mentor_dms (
            user_id TEXT PRIMARY KEY,
            room_id TEXT NOT NULL UNIQUE,
            created_at REAL NOT NULL
        )
        """
    )


MIGRATIONS: tuple[Migration, ...] = (_v1_edge, _v2_people, _v3_followups, _v4_cases,
                                     _v5_bind_sealed_values_to_their_rows, _v6_identity_pins,
                                     _v7_identity_holds, _v8_followup_schedules,
                                     _v9_unreadable_notices, _v10_plans, _v11_oncall_ladder)
LATEST_VERSION = len(MIGRATIONS)


async def run_migrations(
    current: int,
    write_tx: Callable[[], AbstractAsyncContextManager[aiosqlite.Connection]],
    box: SecretBox,
) -> int:
    """Run every migration after `current`, each in its own transaction; returns the new version."""
    version = current
    for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
        async with write_tx() as conn:
            await migration(conn, box)
            # PRAGMA cannot take parameters; `number` is our own integer.
            await conn.execute(f"PRAGMA user_version={int(number)}")
        version = number
    return version
