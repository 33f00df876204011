"""Admin commands — `!reload`, `!stats`, `!health`, `!identity` — for the configured admins only.

They work in an admin's direct chat with the bot and in the mentor room; from anyone else they
are ordinary text. Answers carry aggregates only: no user ids, no room ids, no content.
`!identity` (list, approve or reject changed security identities held by the bot) is the
mentors' command (`bot.care.mentors.identity`), open to admins wherever they write to the bot;
admins are told of each held identity in their direct chat with the bot.
"""

from __future__ import annotations

import html
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.care.inbound import Inbound
from bot.platform.config import Settings
from bot.platform.metrics import Metrics
from bot.store import Store, UnitOfWork

COMMANDS = ("!reload", "!stats", "!health", "!identity")
_MAX_ERRORS_SHOWN = 15


class IdentityRoute(Protocol):
    """`!identity` (`bot.care.mentors.identity.IdentityDesk`)."""

    async def run(self, uow: UnitOfWork, msg: Inbound, rest: str) -> None: ...


class AdminDesk:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        metrics: Metrics,
        reload: Callable[[], list[str]],
        started_at: float | None = None,
        team: Callable[[], Awaitable[list[str]]] | None = None,
        identity: IdentityRoute | None = None,
    ) -> None:
        self.settings = settings
        self.team = team  # what keeps cases from reaching a person (the mentors)
        self.store = store
        self.metrics = metrics
        self.reload = reload
        self.started_at = started_at if started_at is not None else time.time()
        self.identity = identity

    def is_command(self, msg: Inbound) -> bool:
        return (
            msg.kind == "text"
            and msg.sender in self.settings.admins
            and msg.body.strip().split(" ", 1)[0].lower() in COMMANDS
        )

    async def handle(self, uow: UnitOfWork, msg: Inbound) -> None:
        command, _, rest = msg.body.strip().partition(" ")
        command = command.lower()
        if command == "!identity":
            if self.identity is not None:
                await self.identity.run(uow, msg, rest)
            return
        if command == "!reload":
            lines = self._reload()
        elif command == "!stats":
            lines = await self._stats()
        else:
            lines = await self._health()
        plain = "\n".join(lines)
        rich = "<br>".join(html.escape(line) for line in lines)
        await uow.send(msg.room_id, {"msgtype": "m.notice", "body": plain, "format": "org.matrix.custom.html",
                                     "formatted_body": rich})

    def _reload(self) -> list[str]:
        errors = self.reload()
        if not errors:
            return ["Flows and locales reloaded; the new version is live."]
        shown = errors[:_MAX_ERRORS_SHOWN]
        more = len(errors) - len(shown)
        return [f"Reload refused: {len(errors)} error(s). The previous flows stay live.", *shown] + (
            [f"… and {more} more (run `continuum flows check`)."] if more else []
        )

    async def _stats(self) -> list[str]:
        counts = await self.store.stats()
        lines = ["Continuum — aggregates only"]
        lines += [f"{name}: {value}" for name, value in counts.items()]
        return lines

    async def _health(self) -> list[str]:
        lag = self.metrics.sync_lag_seconds()
        counts = await self.store.health_counts()
        uptime = int(time.time() - self.started_at)
        team = await self.team() if self.team is not None else []
        return [
            "Continuum health",
            *(f"ERROR mentor room: {problem}" for problem in team),
            f"uptime: {uptime // 3600}h {uptime % 3600 // 60}m",
            f"last sync: {'never' if lag is None else f'{lag:.0f}s ago'}",
            *(f"{name}: {value}" for name, value in counts.items()),
            *([] if team or self.team is None else ["mentor room: cases reach it"]),
        ]
