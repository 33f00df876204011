"""Mentors: escalations become cases that people in one private, encrypted room work together.

What mentors see and do (all in the mentor room, and only its joined members; anyone else's
commands, reactions and replies are ignored without a word):

- **A card per case** (`C-0042`): urgency, conversation, reason, who (the Matrix id only when the
  person chose to share their name, else "C-0042 (pseudonymous)"), and the answers the person
  agreed to share, rendered in the default language. Urgent cards mention the room (`@room`).
  Files the person shared follow as encrypted files in the card's thread.
- **Claim** by reacting to the card (any reaction) or `!claim 42`; `!release 42`,
  `!assign 42 @mentor:server`. The person is told when a mentor has taken the case.
- **Talk** by replying in the card's thread: the reply goes to the person as "Your mentor: …"
  (with the mentor's Matrix id only when `reveal_mentor_ids` is on or after `!reveal 42`), and
  gets a ✅ once queued. Replying to an unclaimed case claims it. What the person writes comes
  back into the thread as "C-0042: …". Edits and files from mentors are not passed on.
- `!note 42 text` (for the team only), `!close 42 [note]` (the person is told, and asked once
  "did this help? yes/no"), `!cases`, `!case 42`, `!handoff 42`, `!help`. In a case's thread
  the number may be left out.
- **Unclaimed cases climb a ladder** (`ladder`): an urgent case is re-pinged with `@room` every
  `urgent_reping_minutes`, at most `urgent_reping_count` times, then ONE "still unclaimed" summary;
  after `oncall_after_minutes` its label goes by encrypted direct message to the mentors on call
  (`!oncall on`, or the `mentors.rota`), `leads_after_minutes` later to the leads. A `high` case is
  re-pinged (without @room) every `high_reping_minutes`, with the same bound. The person of an
  urgent case is told once that the team was reminded, with crisis resources — never that help is
  on the way before a mentor has claimed.
- **On call**: `!oncall on|off`, `!oncall` lists who is on call now and the rota.
- **Handoff**: `!handoff 42` opens a new encrypted room with the person and the mentor — at once
  when the person shared their name, otherwise after they answer yes. The bot stays in that room
  (power level 100) and never speaks there.

While a person has an open case, their messages go to the mentors, not to the flows. Keywords
still work: **menu** and **language** hand the chat back to the bot (messages go to the flows
again until a mentor writes or the person writes **mentor**); **help**, **back**, **stop**,
**my data**, **delete my data** work as always without changing that; **mentor** never opens a
second case (it says the request is with the team, and notes it in the thread). A new
escalation by the same person while a case is open joins that case (raising its urgency).

The cases table is the source of truth (it survives restarts); the background task re-pings,
uploads files and creates handoff rooms from it. Everything an event causes is written in that
event's transaction; nothing is sent to the homeserver from inside a transaction.

How it is built (one module per concern, composed by `Mentors` below):

- `cases` — opening, joining, claiming and forgetting a case (the `CaseSink`);
- `cards` — pure: the card, the shared answers, status lines, listings, @room, neutral file names;
- `commands` — the `!commands`, a table of small handlers;
- `relay` — thread ↔ person both ways, the feedback question, the handoff answer (the `MentorRoute`);
- `worker` — the background task: the ladder, files, handoff rooms, the start-up room check;
- `ladder` — pure: when an unclaimed case is due for a ping, the summary, the on-call or the leads;
- `oncall` — `!oncall`, who is on call (declared and by rota), the direct messages to mentors;
- `posting` — where it all speaks: card edits, threads, replies, pings, the person;
- `link` — the `MatrixLink` port to the running bot.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot.care.conversations import LibraryHolder, Talk
from bot.care.inbound import Inbound
from bot.care.mentors.cases import CaseDesk
from bot.care.mentors.commands import Commands
from bot.care.mentors.link import MatrixLink
from bot.care.mentors.oncall import OnCallDesk
from bot.care.mentors.posting import CARD_TAG, Posting
from bot.care.mentors.relay import Relay
from bot.care.mentors.worker import FILE_HURRY_S, FILE_WAIT_S, Worker
from bot.engine.effects import Escalate
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.store import Store, UnitOfWork


class Mentors:
    """The `CaseSink`, `MentorRoute` and `CaseEraser` of the care domain, and the background task."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        library: LibraryHolder,
        redactor: Redactor | None = None,
        *,
        clock: Callable[[], float] = time.time,
        link: MatrixLink | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.redact = redactor
        self.link = link  # bound by `start` (tests may pass one)
        woken = asyncio.Event()
        self.posting = Posting(settings, library, woken.set)
        self.cases = CaseDesk(self.posting, store)
        self.commands = Commands(self.posting, self.cases, self._link)
        self.oncall = OnCallDesk(self.posting, store, clock, self._link)
        self.commands.handlers["oncall"] = self.oncall.command  # `!oncall`, kept in its own module
        self.relay = Relay(self.posting, self.cases, self.commands, self._link)
        self.worker = Worker(self.posting, store, clock, self._link, woken, self.oncall)

    def _link(self) -> MatrixLink | None:
        return self.link

    # --- lifecycle ---------------------------------------------------------------------------------
    def start(self, link: MatrixLink) -> None:
        """Bind to the running bot and start the background task (call once the edge exists)."""
        self.link = link
        self.worker.start()

    async def stop(self) -> None:
        await self.worker.stop()

    async def run(self) -> None:
        """Re-ping urgent cases, deliver files, create handoff rooms; until `stop()`."""
        await self.worker.run()

    # --- the care domain's ports -------------------------------------------------------------------
    async def escalate(self, uow: UnitOfWork, talk: Talk, effect: Escalate) -> None:
        await self.cases.escalate(uow, talk, effect)

    async def on_mentor_room(self, uow: UnitOfWork, msg: Inbound) -> None:
        await self.relay.on_mentor_room(uow, msg)

    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        return await self.relay.intercept(uow, msg, talk)

    async def team_problems(self) -> list[str]:
        """What keeps cases from reaching a person now (for `!health`); empty when nothing is known."""
        async with self.store.read() as r:
            return await self.posting.team_problems(r)

    async def forget_person(self, uow: UnitOfWork, user_id: str) -> list[int]:
        return await self.cases.forget_person(uow, user_id)

    async def purge_closed_before(self, cutoff: float) -> int:
        return await self.cases.purge_closed_before(cutoff)

    # --- background work (driven by `run`, or directly by tests) -----------------------------------
    async def next_delay(self, now: float) -> float:
        return await self.worker.next_delay(now)

    async def repings_due(self, now: float) -> list[int]:
        return await self.worker.repings_due(now)

    async def deliver_files(self) -> int:
        return await self.worker.deliver_files()

    async def run_handoffs(self) -> int:
        return await self.worker.run_handoffs()


__all__ = ["CARD_TAG", "FILE_HURRY_S", "FILE_WAIT_S", "MatrixLink", "Mentors"]
