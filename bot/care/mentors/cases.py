"""A case's life: opened by an escalation (or joined by the next one), claimed, and forgotten.

This is the `CaseSink` of `bot.care.conversations`: an escalation opens a case and posts its card
(with @room when urgent); a second escalation while the case is open becomes part of it. The
person hears about it when the conversation starts the relay (`start_relay`): when the flow
that escalated has asked its last question, or at once when they asked for a person. Claiming
tells the person and refreshes the card. Erasure anonymises the
person's cases (their cards are edited, their threads told); retention forgets closed ones.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.care.conversations import Talk
from bot.care.crisis import Kind
from bot.care.crisis_desk import CrisisOutcome
from bot.care.mentors.cards import card_update, mention_room, summary_lines
from bot.care.mentors.posting import CARD_TAG, Posting, Reach
from bot.care.places import resource_country
from bot.engine.effects import Escalate
from bot.store import Store, UnitOfWork
from bot.store.cases import Case, SummaryLine

log = logging.getLogger(__name__)

# The relay's way of putting a person's words into a case's thread (`Relay.to_mentors`).
ToMentors = Callable[[UnitOfWork, Case, str, str], Awaitable[None]]


class CaseDesk:
    """Opening, joining, claiming and forgetting cases, each inside the caller's unit of work."""

    def __init__(self, posting: Posting, store: Store) -> None:
        self.post = posting
        self.store = store

    async def escalate(self, uow: UnitOfWork, talk: Talk, effect: Escalate) -> None:
        """Open a case (or add to the person's open one) and post its card; the relay stays as it
        is until `start_relay` (a flow may still have questions to ask)."""
        texts = self.post.texts
        lines = summary_lines(texts, effect) if effect.consent != "none" else []
        existing = await uow.cases.open_for_room(talk.room_id)
        if existing is not None and existing.user_id == talk.person.user_id:
            await self._join_case(uow, talk, existing, effect, lines)
            return
        reason = texts.text(effect.reason) if effect.reason else None
        case_id = await uow.cases.create(
            user_id=talk.person.user_id, room_id=talk.room_id, urgency=effect.urgency, consent=effect.consent,
            summary=lines, flow=effect.flow, reason=reason, now=uow.now,
        )
        await self._add_files(uow, case_id, lines)
        case = await uow.cases.get(case_id)
        assert case is not None
        room = self.post.settings.mentor_room
        reach = await self.post.reach(uow)
        if room is None:
            log.error("case %s could not be posted: no mentor room is configured", case.label)
        else:
            content = (await self.post.card(uow, case)).content()
            if case.urgency == "urgent":
                content = mention_room(content)
            txn = await uow.send(room, content, tag=f"{CARD_TAG}{case_id}")
            await uow.cases.set_card(case_id, txn)
            if reach == "down":
                log.error("case %s is queued for the mentor room, which cannot be reached now", case.label)
        log.info("case %s opened (%s, %s)", case.label, case.urgency, case.flow)
        self.post.wake()

    async def _join_case(self, uow: UnitOfWork, talk: Talk, case: Case, effect: Escalate,
                         lines: list[SummaryLine]) -> None:
        """A new escalation while the person's case is open: it becomes part of that case."""
        raised = await uow.cases.raise_urgency(case.id, effect.urgency, uow.now)
        if lines:
            await uow.cases.share_under_pseudonym(case.id)  # never reveals a name
            await uow.cases.add_summary(case.id, lines)
        await self._add_files(uow, case.id, lines)
        await self.post.to_thread(uow, case, card_update(self.post.texts, effect, case, lines), msgtype="m.text")
        fresh = await uow.cases.get(case.id)
        assert fresh is not None
        if raised and fresh.urgency == "urgent" and fresh.status == "open":
            await self.post.ping(uow, fresh, "mentor-urgent-now")
            await uow.cases.mark_repinged(case.id, uow.now, warned=False)
        await self.post.refresh_card(uow, fresh)
        self.post.wake()

    async def start_relay(self, uow: UnitOfWork, talk: Talk) -> bool:
        """Team mode starts: what the person writes goes to their open case's thread, and they are
        told so once, with how to come back to the bot. False when they have no open case."""
        case = await uow.cases.open_for_room(talk.room_id)
        if case is None or case.user_id != talk.person.user_id:
            return False
        reach = await self.post.reach(uow)
        await uow.cases.set_relay(case.id, reach != "none")  # with no mentor room nobody would read it
        await self.post.tell_parts(uow, talk.room_id, talk.lang, opened_message(reach, case.urgency, talk))
        return True

    async def crisis(self, uow: UnitOfWork, talk: Talk, kind: Kind, words: str | None, episode_s: float,
                     to_mentors: ToMentors) -> CrisisOutcome:
        """Crisis words (`bot.care.crisis_desk`): an urgent case opened, or the open one raised; the
        words in its thread (or, without the person's consent, that they were withheld); team mode
        where a team can be reached. A second hit within `episode_s` of the last: the words only."""
        reach = await self.post.reach(uow)
        case = await uow.cases.open_for_room(talk.room_id)
        mine = case is not None and case.user_id == talk.person.user_id
        again = (mine and case is not None and case.crisis_at is not None
                 and uow.now - case.crisis_at < episode_s)
        if not again:
            effect = Escalate(flow=talk.flow, urgency="urgent", summary=(), consent="pseudonymous" if words else "none",
                              reason=f"crisis-reason-{kind}")
            await self.escalate(uow, talk, effect)
            case = await uow.cases.open_for_room(talk.room_id)
            assert case is not None
            await uow.cases.mark_crisis(case.id, uow.now)
        assert case is not None
        if words is not None:
            await to_mentors(uow, case, "mentor-relay-from", words)
        else:
            await self.post.to_thread(uow, case, self.post.m("crisis-words-withheld"), msgtype="m.text")
        await uow.cases.set_relay(case.id, reach != "none")
        return CrisisOutcome(reach, again)

    @staticmethod
    async def _add_files(uow: UnitOfWork, case_id: int, lines: list[SummaryLine]) -> None:
        """The files among the shared answers, to follow the card into its thread."""
        for line in lines:
            if line.file:
                await uow.cases.add_file(case_id, line.file, uow.now)

    async def claim(self, uow: UnitOfWork, case: Case, mentor: str) -> None:
        """`mentor` takes the case: an open one's person is told; the card shows who has it."""
        await uow.cases.claim(case.id, mentor, uow.now)
        if case.status == "open" and case.room_id:
            lang = await self.post.lang_of(uow, case.user_id)
            await self.post.tell(uow, case.room_id, lang, "mentor-person-taken")
        await self.refresh(uow, case)
        log.info("case %s claimed", case.label)

    async def refresh(self, uow: UnitOfWork, case: Case) -> None:
        """Read the case again and edit its card to match."""
        fresh = await uow.cases.get(case.id)
        assert fresh is not None
        await self.post.refresh_card(uow, fresh)

    # --- privacy and retention ---------------------------------------------------------------------
    async def forget_person(self, uow: UnitOfWork, user_id: str) -> list[int]:
        """The person erased their data: their cases stay for the team, without them.

        Each card is edited to drop the person's id and summary (the original event stays in the
        room's history until the room's own retention removes it), and its thread says so.
        """
        ids = await uow.cases.anonymise_for_user(user_id, uow.now)
        for case_id in ids:
            case = await uow.cases.get(case_id)
            if case is None:
                continue
            await self.post.refresh_card(uow, case)
            await self.post.to_thread(uow, case, self.post.m("mentor-anonymised", case=case.label))
        return ids

    async def purge_closed_before(self, cutoff: float) -> int:
        """Retention: forget cases closed before `cutoff` (epoch seconds)."""
        async with self.store.write() as uow:
            return await uow.cases.purge_closed_before(cutoff)


def opened_message(reach: Reach, urgency: str, talk: Talk) -> list[tuple[str, dict[str, Any]]]:
    """What the person hears when their case opens — only what is true.

    The team was told, and when it reads (`care-hours`); for a case that is not urgent, who helps
    at any hour (an urgent case's flow, or the crisis reply, gives those itself). No mentor room,
    or one that cannot be reached: no person can answer through this chat now, and who can.
    """
    resources: list[tuple[str, dict[str, Any]]] = [
        ("crisis-resources", {"country": resource_country(talk.person.country, talk.person.timezone)})]
    if reach != "ok":
        truth = "mentor-person-no-team" if reach == "none" else "mentor-person-team-unreachable"
        outside: list[tuple[str, dict[str, Any]]] = [("urgent-outside-help", {})] if urgency == "urgent" else []
        return [(truth, {}), *resources, *outside]
    opened: list[tuple[str, dict[str, Any]]] = [("mentor-person-opened", {}), ("care-hours", {})]
    return opened if urgency == "urgent" else [*opened, ("care-now", {}), *resources]


__all__ = ["CaseDesk", "opened_message"]
