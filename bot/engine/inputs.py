"""What a person can send to a waiting question."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias


@dataclass(frozen=True, slots=True)
class TextInput:
    text: str


@dataclass(frozen=True, slots=True)
class OptionInput:
    """A tapped reaction under the question: the option's number (1-based)."""

    index: int


@dataclass(frozen=True, slots=True)
class AttachmentInput:
    """An image or file; `ref` is the host's opaque reference to the stored (encrypted) file."""

    ref: str
    kind: Literal["image", "file"]
    size: int
    mimetype: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class BackInput:
    """Go back to the previous question."""


@dataclass(frozen=True, slots=True)
class EditInput:
    """The person edited their last message: re-answer the previous question if the current
    one has not been answered yet, else it counts as a new text answer."""

    text: str


Input: TypeAlias = TextInput | OptionInput | AttachmentInput | BackInput | EditInput
