"""What the mentors' desk needs from the running bot: the port to the Matrix edge.

`bot.matrix.rooms.RuntimeLink` implements it over the running client; tests use fakes.
"""

from __future__ import annotations

from typing import Any, Protocol


class MatrixLink(Protocol):
    """What `Mentors` needs from the running bot (`bot.matrix.rooms.RuntimeLink`; fakes in tests)."""

    def is_member(self, user_id: str) -> bool:
        """Whether `user_id` has joined the mentor room (invited is not enough)."""
        ...

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        """Encrypt and upload a file; the `file` object of an m.file content."""
        ...

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str: ...

    async def direct_room(self, user_id: str, known: str | None) -> str:
        """A private, encrypted direct room between the bot and `user_id`: `known` while they are
        still in it (or invited), else a new one (invite-only, `is_direct`). Raises on failure."""
        ...

    async def first_sync(self) -> None: ...

    async def check(self) -> list[tuple[str, bool]]:
        """What is wrong with the mentor room (after the first sync): each problem, and whether it
        keeps cases from reaching a person (not joined, not encrypted, may not post, nobody there)."""
        ...


__all__ = ["MatrixLink"]
