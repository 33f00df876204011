"""Logging that keeps people safe: no message content, user and room ids hashed by default.

Call sites log *what happened* (a step id, a count, an error type) and pass people, rooms and
events through `person()` / `room()` / `event()` — an event id is no secret from the homeserver,
which can tell whose event it is, so it is hashed too; the content of messages and answers is
never a log argument.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import sys
from datetime import UTC, datetime


class Redactor:
    """Turns Matrix ids into short stable pseudonyms, unless debugging is on."""

    def __init__(self, salt: bytes, debug: bool = False) -> None:
        self._salt = salt
        self.debug = debug

    def _hash(self, value: str) -> str:
        return hmac.new(self._salt, value.encode(), hashlib.sha256).hexdigest()[:10]

    def person(self, user_id: str) -> str:
        return user_id if self.debug else f"user:{self._hash(user_id)}"

    def room(self, room_id: str) -> str:
        return room_id if self.debug else f"room:{self._hash(room_id)}"

    def event(self, event_id: str) -> str:
        """An event id, hashed: the homeserver can tell whose event an id is, and when."""
        return event_id if self.debug else f"event:{self._hash(event_id)}"


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


class _TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatException(self, ei: object) -> str:
        # Tracebacks can carry message content in local reprs; keep only the type.
        exc = ei[0] if isinstance(ei, tuple) else None
        return f"  ({exc.__name__ if isinstance(exc, type) else 'error'}; details hidden, set debug to see them)"


def setup_logging(level: str, fmt: str, debug: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    elif debug:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    else:
        handler.setFormatter(_TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # nio logs whole events at DEBUG and some payloads at INFO/WARNING; keep it quiet unless debugging.
    for noisy in ("nio", "peewee", "aiohttp", "apscheduler", "aiosqlite", "MARKDOWN"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.ERROR)
