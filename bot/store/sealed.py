"""Every sealed column of the database, and the row key each value is bound to.

A value is sealed under `bound(purpose, *row key)` (bot/platform/sealing.py): the table and
column, plus the columns that say whose it is and where it goes. Swapping two blobs — or moving
one to another row, or pointing a row at another room — makes it fail to open, and readers then
treat the row as damaged (skip it, log the error type), never as another row's data.

Rows whose id is given by SQLite (AUTOINCREMENT) are inserted with an empty value and sealed
right after, in the same transaction, once the id is known.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from bot.platform.sealing import SecretBox, SecretBoxError, bound

log = logging.getLogger(__name__)
_reported: set[bytes] = set()  # damaged values already logged (by nonce), so a retry loop logs once


class Row(Protocol):
    """A database row (sqlite3.Row) or a dict with the same names."""

    def __getitem__(self, key: str, /) -> Any: ...


@dataclass(frozen=True)
class SealedColumn:
    table: str
    column: str
    key: tuple[str, ...]  # the row's columns bound into the context
    legacy: bytes | None  # the context of schema versions 1-4 (column only), for migration 5

    @property
    def purpose(self) -> bytes:
        return f"continuum/{self.table}.{self.column}/v2".encode()

    def context(self, *values: str | int) -> bytes:
        if len(values) != len(self.key):
            raise ValueError(f"{self.table}.{self.column} is bound to {self.key}")
        return bound(self.purpose, *values)

    def context_of(self, row: Row) -> bytes:
        return self.context(*(row[name] for name in self.key))


OUTBOX = SealedColumn("outbox", "content_sealed", ("txn_id", "room_id", "event_type"), b"outbox")
PENDING = SealedColumn("pending_events", "event_sealed", ("event_id", "room_id", "sender"), b"pending-event")
PROFILE = SealedColumn("people", "profile_sealed", ("user_id",), b"profile")
STATE = SealedColumn("conversations", "state_sealed", ("room_id", "user_id"), b"conversation-state")
ATTACHMENT_META = SealedColumn("attachments", "meta_sealed", ("ref", "user_id"), b"attachment-meta")
ATTACHMENT_DATA = SealedColumn("attachments", "data_sealed", ("ref", "user_id"), b"attachment-data")
SUMMARY = SealedColumn("cases", "summary_sealed", ("id",), b"case-summary")
NOTE = SealedColumn("case_notes", "text_sealed", ("id", "case_id"), b"case-note")
FOLLOWUP = SealedColumn("followups", "text_sealed", ("id", "user_id", "room_id"), b"followup-text")
# Each person's first-seen master key (TOFU), found by `pin_of(user_id)` (migration 6).
IDENTITY = SealedColumn("identity_pins", "sealed", ("pin",), None)
# A changed identity held until approved: the old and the new master key (migration 7).
HOLD = SealedColumn("identity_holds", "sealed", ("pin", "label"), None)
# Each person's protection plan (migration 10).
PLAN = SealedColumn("plans", "plan_sealed", ("user_id",), None)

COLUMNS: tuple[SealedColumn, ...] = (OUTBOX, PENDING, PROFILE, STATE, ATTACHMENT_META, ATTACHMENT_DATA, SUMMARY,
                                     NOTE, FOLLOWUP, IDENTITY, HOLD, PLAN)

PIN_PURPOSE = b"continuum/identity-pin/v1"


def pin_of(box: SecretBox, user_id: str) -> str:
    """The key of a person's identity pin: a keyed hash of their Matrix id (HMAC-SHA256 under a
    key derived from the data key). The row never names them; with the data key and their id
    the bot finds it again, so a returning person's changed identity is still noticed."""
    return hmac.new(box.derive(PIN_PURPOSE), user_id.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def column(table: str, name: str) -> SealedColumn | None:
    return next((c for c in COLUMNS if c.table == table and c.column == name), None)


def open_cell(box: SecretBox, sealed_column: SealedColumn, row: Row) -> bytes | None:
    """The row's value of `sealed_column`, opened; None (logged by error type only) when it does
    not open under this row's context: damaged, moved from another row, or sealed with another key."""
    try:
        return box.open(bytes(row[sealed_column.column]), sealed_column.context_of(row))
    except (SecretBoxError, ValueError, TypeError) as e:
        nonce = bytes(row[sealed_column.column] or b"")[:16]
        if nonce in _reported:
            return None
        if len(_reported) < 10_000:
            _reported.add(nonce)
        log.warning("a sealed value in %s.%s could not be opened (%s); the row is treated as damaged",
                    sealed_column.table, sealed_column.column, type(e).__name__)
        return None


__all__ = [
    "ATTACHMENT_DATA",
    "ATTACHMENT_META",
    "COLUMNS",
    "FOLLOWUP",
    "HOLD",
    "IDENTITY",
    "NOTE",
    "OUTBOX",
    "PENDING",
    "PLAN",
    "PROFILE",
    "STATE",
    "SUMMARY",
    "SealedColumn",
    "column",
    "open_cell",
    "pin_of",
]
