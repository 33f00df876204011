"""The values a conversation keeps in its variables, and their JSON form."""

from __future__ import annotations

import math
from typing import Any, TypeAlias

# An answer or computed value. A multiple choice is a tuple of option ids (immutable, and it
# round-trips through JSON as a list).
Value: TypeAlias = str | int | float | bool | tuple[str, ...]
# What Fluent receives as a message argument.
Arg: TypeAlias = str | int | float


def to_json_value(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value


def from_json_value(raw: Any) -> Value:
    """The inverse of to_json_value; raises ValueError for anything that is not a Value."""
    if isinstance(raw, bool | int | str):
        return raw
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise ValueError("a number must be finite")
        return raw
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return tuple(raw)
    raise ValueError(f"not a variable value: {type(raw).__name__}")
