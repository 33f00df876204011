"""One-line reads and writes through the store's units, for tests that inspect or prepare rows."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.store import Reader, Store, UnitOfWork

T = TypeVar("T")


async def read(store: Store, fn: Callable[[Reader], Awaitable[T]]) -> T:
    async with store.read() as r:
        return await fn(r)


async def write(store: Store, fn: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    async with store.write() as uow:
        return await fn(uow)
