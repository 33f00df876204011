"""The texts one turn queued for a room, sent as one event.

A step often says a few things at once — a short preface, a tip, then the question with its
options. Sent one by one, each costs an encrypted send (and the paced pause between them); the
person sees them arrive one under the other anyway. So the outbox joins, at send time:

- the consecutive plain texts (`m.room.message`, `m.text`, no relation: no reply, thread or
  edit) that one unit of work queued for the room — they share its `created_at` — and that are
  due at once (no delay of their own);
- a tagged text (a question, an offer) ends its group: its tag names the joined event, which is
  still that question;
- never in the rooms given (the mentor room, whose cards are edited later by their event id).

The group is the same however often it is looked at (a unit of work commits all its texts or
none, and they are marked sent together), so a retry after a crash sends the same event with the
same transaction id — the first item's — which the homeserver deduplicates.

Bodies are joined with a blank line; HTML bodies one after the other (each text renders as its
own paragraphs or list), a text without one escaped into a paragraph.
"""

from __future__ import annotations

import html
from collections.abc import Collection
from typing import Any

from bot.store import OutboxItem

JOINABLE_KEYS = frozenset({"msgtype", "body", "format", "formatted_body"})
HTML = "org.matrix.custom.html"
MAX_JOINED_CHARS = 16_000  # far below the homeserver's 64 KiB event limit, even encrypted and as HTML


def joinable(item: OutboxItem, never: Collection[str] = ()) -> bool:
    """Whether `item` may share an event with the texts queued next to it."""
    content = item.content
    return (
        item.event_type == "m.room.message"
        and item.room_id not in never
        and content.get("msgtype") == "m.text"
        and isinstance(content.get("body"), str)
        and set(content) <= JOINABLE_KEYS
        and item.not_before <= item.created_at
    )


def groups(items: list[OutboxItem], never: Collection[str] = ()) -> list[list[OutboxItem]]:
    """`items` (one room's, in order) cut into what goes out as one event each."""
    out: list[list[OutboxItem]] = []
    for item in items:
        last = out[-1] if out else None
        if (
            last is not None
            and joinable(item, never)
            and all(joinable(x, never) for x in last)
            and last[-1].created_at == item.created_at
            and last[-1].id + 1 == item.id
            and last[-1].tag is None
            and sum(len(x.content["body"]) for x in last) + len(item.content["body"]) <= MAX_JOINED_CHARS
        ):
            last.append(item)
        else:
            out.append([item])
    return out


def _html_of(content: dict[str, Any]) -> str:
    if content.get("format") == HTML and isinstance(content.get("formatted_body"), str):
        return str(content["formatted_body"])
    return "<p>" + html.escape(str(content["body"])).replace("\n", "<br>") + "</p>"


def joined_content(group: list[OutboxItem]) -> dict[str, Any]:
    """The one event's content for `group` (a group of one: its own content, untouched)."""
    if len(group) == 1:
        return group[0].content
    contents = [item.content for item in group]
    joined: dict[str, Any] = {"msgtype": "m.text", "body": "\n\n".join(str(c["body"]) for c in contents)}
    if any(c.get("format") == HTML for c in contents):
        joined["format"] = HTML
        joined["formatted_body"] = "".join(_html_of(c) for c in contents)
    return joined


__all__ = ["MAX_JOINED_CHARS", "groups", "joinable", "joined_content"]
