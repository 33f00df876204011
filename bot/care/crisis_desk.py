"""Crisis heard anywhere: every free-text message and edit, in every mode, before the flow or the
relay sees it (after the panic word, admin commands and the mentor room).

A hit (`bot.care.crisis.detect`, the lists in `locales/<lang>/crisis.ftl`):

- the person gets, at once and in one message, the crisis reply in their language — are they
  safe right now; that the team is told now (with its hours) or, honestly, that no person can be
  reached through this chat; the resources for their country (chosen, else their time zone's) at
  any hour; for danger, the 24/7 contacts for defenders; and how to go back (**continue**, **menu**);
- the flow they were in is paused: its state is not touched, so **continue** asks its question
  again and their next answer fits it;
- the mentors get an URGENT case (or their open case is raised to urgent), and the person's words
  in its thread only if they agreed to keep and share what they write here (the privacy notice);
  otherwise a line that they wrote words of crisis, without the words;
- what they write next goes to the team (team mode), where a team can be reached.

Once per crisis episode: a second hit within `EPISODE_S` of the whole reply gets one short line
(`crisis-again`), and its words go to the thread like the first's. Nothing here logs the words.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from bot.care.crisis import Kind, crisis_lists, detect, reply_messages
from bot.care.inbound import Inbound
from bot.care.places import resource_country
from bot.care.render import Renderer
from bot.store import UnitOfWork

log = logging.getLogger(__name__)

EPISODE_S = 30 * 60  # a second crisis message this soon after the whole reply: a short line only
CRISIS_TAG = "crisis"  # outbox tag of the crisis reply


@dataclass(frozen=True)
class CrisisOutcome:
    """What the team side did: whether a person can be reached now, and whether this is a second
    hit in the same episode (the whole reply was given already)."""

    reach: Literal["ok", "none", "down"]
    again: bool


# The mentors' side: open or raise the urgent case, pass on the words (None: say they were withheld).
OpenCase = Callable[[UnitOfWork, Kind, "str | None"], Awaitable[CrisisOutcome]]


class CrisisDesk:
    """Listens for crisis words (the conversations call it first with every message)."""

    async def heard(self, uow: UnitOfWork, msg: Inbound, renderer: Renderer, open_case: OpenCase | None, *,
                    lang: str, country: str | None, timezone: str | None, consented: bool) -> bool:
        """True when `msg` held crisis words and was answered here (the flow does not see it)."""
        if msg.kind not in ("text", "edit") or not msg.body.strip():
            return False
        hit = detect(msg.body, lang, crisis_lists(renderer.catalog))
        if hit is None:
            return False
        words = msg.body if consented else None
        outcome = CrisisOutcome("none", False) if open_case is None else await open_case(uow, hit.kind, words)
        if outcome.again:
            await uow.send(msg.room_id, renderer.text(lang, "crisis-again").content(), tag=CRISIS_TAG)
            log.info("crisis words heard again (%s)", hit.kind)
            return True
        parts = reply_messages(hit.kind, resource_country(country, timezone), outcome.reach == "ok")
        reply = renderer.join([renderer.text(lang, msgid, args) for msgid, args in parts])
        await uow.send(msg.room_id, reply.content(), tag=CRISIS_TAG)
        log.info("crisis words heard (%s, list %s): replied, the flow paused, the team %s",
                 hit.kind, hit.lang, "told" if outcome.reach != "none" else "cannot be reached")
        return True


__all__ = ["CRISIS_TAG", "EPISODE_S", "CrisisDesk", "CrisisOutcome", "OpenCase"]
