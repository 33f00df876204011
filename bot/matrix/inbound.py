"""Parsers of untrusted event content into what the care domain hears (`bot.care.inbound`), and
the handler that hears it.

The parsers never raise on strange input: anything they cannot read becomes None (ignored).
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

from bot.care.inbound import MAX_BODY, Attachment, Inbound, Kind
from bot.store import UnitOfWork

__all__ = ["MAX_BODY", "Attachment", "Inbound", "InboundHandler", "Kind", "UnreadableHandler", "parse_file_info",
           "parse_message_content", "parse_reaction_content"]


class InboundHandler(Protocol):
    """What the Matrix edge hands events to (`bot.care.conversations.Conversations`)."""

    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None:
        """Act on what a person said, in `uow` (which also holds the event's processed marker)."""


class UnreadableHandler(Protocol):
    """Who tells a person that a message of theirs could not be read (`bot.care.unreadable`)."""

    async def could_not_read(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        """Queue, in `uow`, the one notice that their recent message(s) in the room could not be read."""


def _str(value: Any, limit: int = MAX_BODY) -> str:
    return value[:limit] if isinstance(value, str) else ""


def parse_message_content(content: Any) -> tuple[Kind, str, str | None, str | None] | None:
    """(kind, body, relates_to, thread_root) for an m.room.message content, or None to ignore.

    An edit (`m.replace`) carries its new text in `m.new_content`; the fallback body starting
    with "* " is what old clients show and is not what the person meant.
    """
    if not isinstance(content, dict):
        return None
    relates = content.get("m.relates_to")
    relates = relates if isinstance(relates, dict) else {}
    rel_type = relates.get("rel_type")
    target = relates.get("event_id") if isinstance(relates.get("event_id"), str) else None
    if rel_type == "m.replace" and target:
        new = content.get("m.new_content")
        if not isinstance(new, dict):
            return None
        return "edit", _str(new.get("body")), target, None
    msgtype = content.get("msgtype")
    if msgtype not in ("m.text", "m.notice", "m.emote"):
        return None
    if msgtype == "m.notice":
        return None  # notices are bots talking; never answer them (avoids bot loops)
    thread_root = target if rel_type == "m.thread" else None
    return "text", _str(content.get("body")), None, thread_root


def parse_reaction_content(content: Any) -> tuple[str, str] | None:
    """(reacted-to event id, key) for an m.reaction content, or None."""
    if not isinstance(content, dict):
        return None
    relates = content.get("m.relates_to")
    if not isinstance(relates, dict) or relates.get("rel_type") != "m.annotation":
        return None
    target, key = relates.get("event_id"), relates.get("key")
    if not isinstance(target, str) or not isinstance(key, str) or not key or len(key) > 64:
        return None
    return target, key


def parse_file_info(content: Any) -> tuple[Literal["image", "file"], str, str, int | None] | None:
    """(kind, name, mimetype, declared size) for an m.image / m.file content, or None."""
    if not isinstance(content, dict):
        return None
    msgtype = content.get("msgtype")
    if msgtype not in ("m.image", "m.file"):
        return None
    raw_info = content.get("info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    mimetype = _str(info.get("mimetype"), 128) or "application/octet-stream"
    size = info.get("size")
    declared = size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None
    name = _str(content.get("filename") or content.get("body"), 255) or "attachment"
    return ("image" if msgtype == "m.image" else "file"), name, mimetype, declared
