"""What the care domain hears: one thing a person did in a room — a message, a reaction, an
edit, a file — as plain data, no nio types. The Matrix edge makes these (`bot.matrix.inbound`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# "joined": the bot accepted the sender's invitation to this room (no body): a chance to say hello.
Kind = Literal["text", "reaction", "edit", "attachment", "joined"]

# Text beyond this is cut before anything else sees it; flows apply their own, lower limits.
MAX_BODY = 20_000


@dataclass(frozen=True)
class Attachment:
    """A decrypted file, already downloaded and size-checked by the edge."""

    kind: Literal["image", "file"]
    name: str
    mimetype: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class Inbound:
    room_id: str
    sender: str
    event_id: str
    timestamp_ms: int
    kind: Kind
    body: str = field(default="", repr=False)
    relates_to: str | None = None  # the event reacted to, edited, or the thread root
    thread_root: str | None = None
    attachment: Attachment | None = None
