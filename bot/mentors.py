"""Mentors: escalations become case cards in the private, encrypted mentor room.

This first version posts a card per escalation; claiming, threads and relays build on it.
"""

from __future__ import annotations

import html
import logging

from bot.config import Settings
from bot.conversations import Talk
from bot.flows.effects import Escalate
from bot.flows.library import FlowLibrary
from bot.matrix.inbound import Inbound
from bot.matrix.runtime import UnitOfWork

log = logging.getLogger(__name__)


class Mentors:
    def __init__(self, settings: Settings, library: FlowLibrary | None = None) -> None:
        self.settings = settings
        self.library = library

    async def escalate(self, uow: UnitOfWork, talk: Talk, effect: Escalate) -> None:
        room = self.settings.mentor_room
        if room is None:
            log.warning("an escalation could not be posted: no mentor room is configured")
            return
        who = talk.person.user_id if effect.consent == "full" else "a person (pseudonymous)"
        lines = [f"New case — urgency {effect.urgency} — from {who} — flow {effect.flow}"]
        for item in effect.summary:
            if item.value is not None:
                lines.append(f"- {item.var}: {item.value}")
        plain = "\n".join(lines)
        body = "<br>".join(html.escape(line) for line in lines)
        if effect.urgency == "urgent":
            plain, body = "@room " + plain, "@room " + body
        await uow.send(room, {"msgtype": "m.text", "body": plain, "format": "org.matrix.custom.html",
                              "formatted_body": body})

    async def on_mentor_room(self, uow: UnitOfWork, msg: Inbound) -> None:
        return None

    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        return False
