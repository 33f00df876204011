"""Mentors: escalations become cases that people in one private, encrypted room work together.

What mentors see and do (all in the mentor room, and only its joined members; anyone else's
commands, reactions and replies are ignored without a word):

- **A card per case** (`C-0042`): urgency, conversation, reason, who (the Matrix id only when the
  person chose to share their name, else "C-0042 (pseudonymous)"), and the answers the person
  agreed to share, rendered in the default language. Urgent cards mention the room (`@room`).
  Files the person shared follow as encrypted files in the card's thread.
- **Claim** with `!claim 42`; `!release 42`, `!assign 42 @mentor:server`. The person is told
  when a mentor has taken the case. A reaction on the card claims it only when it came encrypted
  from a verified device: Element sends reactions unencrypted, naming no device, so the Matrix
  edge drops those in the mentor room (the server could fake one in a mentor's name).
- **Talk** by replying in the card's thread: the reply goes to the person as "Your mentor: …"
  (with the mentor's Matrix id only when `reveal_mentor_ids` is on or after `!reveal 42`), and
  gets a ✅ once queued. Replying to an unclaimed case claims it. What the person writes comes
  back into the thread as "C-0042: …". Edits and files from mentors are not passed on.
- `!note 42 text` (for the team only), `!close 42 [note]` (the person is told, and asked once
  "did this help? yes/no"), `!cases`, `!case 42`, `!handoff 42`, `!help`. In a case's thread
  the number may be left out.
- **Follow-ups**: `!followup 42 in 3d [text]` or `!followup 42 on 2026-12-03 10:00 [text]` (the
  person's clock) has the bot write to the person then, as from "your mentor"; `!followups 42`
  lists them, `!followup cancel 7` cancels one (`followup_commands`).
- **Changed identities**: when a person's security identity changes, the bot holds the new one
  and tells the mentors; `!identity` lists what is held, `!identity approve P-3FA9` (after
  checking with the person another way) trusts it, `!identity reject P-3FA9` keeps holding.
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

Team mode (`bot.care.conversations` decides it from the case's `relay`): what the person writes
goes to the case's thread, each message acknowledged once. It starts when the flow that
escalated has asked its last question (a flow's questions are never swallowed), at once when
the person writes **mentor**, and again whenever a mentor writes to them. Keywords still work:
**menu**, **language** and **back** hand the chat back to the bot (until a mentor writes or the
person writes **mentor**); **help** says who they are talking with; **stop**, **my data**,
**delete my data** and the reminders' words answer as always; **mentor** never opens a second
case (it says the request is with the team, and notes it in the thread). A new escalation by
the same person while a case is open joins that case (raising its urgency).

With `mentors.members` set, only the listed members of the room get cards (others get no room
keys, their commands are ignored, and the room and the admins are told); the setup leaves the
invite power to the bot alone.

The cases table is the source of truth (it survives restarts); the background task re-pings,
uploads files and creates handoff rooms from it. Everything an event causes is written in that
event's transaction; nothing is sent to the homeserver from inside a transaction.

How it is built (one module per concern, composed by `Mentors` below):

- `cases` — opening, joining, claiming and forgetting a case (the `CaseSink`);
- `cards` — pure: the card, the shared answers, status lines, listings, @room, neutral file names;
- `commands` — the `!commands`, a table of small handlers;
- `followup_commands` — `!followup`, `!followups`, and the thread told when one arrives;
- `relay` — thread ↔ person both ways, the feedback question, the handoff answer (the `MentorRoute`);
- `worker` — the background task: the ladder, files, handoff rooms, the start-up room check;
- `ladder` — pure: when an unclaimed case is due for a ping, the summary, the on-call or the leads;
- `oncall` — `!oncall`, who is on call (declared and by rota), the direct messages to mentors;
- `identity` — changed identities held until approved, and `!identity`;
- `membership` — members of the mentor room not on the mentor list;
- `posting` — where it all speaks: card edits, threads, replies, pings, the person;
- `link` — the `MatrixLink` port to the running bot.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot.care.conversations import LibraryHolder, Talk
from bot.care.crisis import Kind
from bot.care.crisis_desk import CrisisOutcome
from bot.care.followups.service import FollowupService
from bot.care.inbound import Inbound
from bot.care.mentors.cases import CaseDesk
from bot.care.mentors.commands import Command, Commands
from bot.care.mentors.followup_commands import FollowupCommands
from bot.care.mentors.identity import IdentityDesk
from bot.care.mentors.link import MatrixLink
from bot.care.mentors.membership import MembershipDesk
from bot.care.mentors.oncall import OnCallDesk
from bot.care.mentors.plan_commands import PlanCommands
from bot.care.mentors.posting import CARD_TAG, Posting
from bot.care.mentors.relay import Relay
from bot.care.mentors.worker import FILE_HURRY_S, FILE_WAIT_S, Worker
from bot.care.plan import PlanDesk
from bot.engine.effects import Escalate
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.store import Store, UnitOfWork
from bot.store.cases import Case


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
        followups: FollowupService | None = None,
        plans: PlanDesk | None = None,
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
        # `!followup` / `!followups` when the bot runs follow-ups; also told what becomes of them.
        self.followups = FollowupCommands(self.posting, self.commands, followups) if followups else None
        if self.followups is not None:
            self.commands.handlers["followup"] = self.followups.followup
            self.commands.case_handlers["followups"] = ("!followups 42", self.followups.listing)
        # `!plan` / `!suggest` when the bot keeps plans (plan_commands); the plan desk tells threads.
        if plans is not None:
            PlanCommands(self.posting, self.commands, plans).register()
        self.relay = Relay(self.posting, self.cases, self.commands, self._link)
        self.worker = Worker(self.posting, store, clock, self._link, woken, self.oncall)
        # Changed identities held until approved (`!identity`); the edge's `IdentityHandler`.
        self.identity = IdentityDesk(self.posting)
        self.commands.handlers["identity"] = self._identity_command
        # Members of the mentor room not on `mentors.members`: the edge's `MembershipHandler`.
        self.membership = MembershipDesk(self.posting)

    async def _identity_command(self, uow: UnitOfWork, cmd: Command) -> None:
        await self.identity.run(uow, cmd.msg, cmd.rest)

    def _link(self) -> MatrixLink | None:
        return self.link

    def is_mentor(self, user_id: str) -> bool:
        """A member of the mentor room (as last synced)."""
        return self.link is not None and self.link.is_member(user_id)

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

    async def start_relay(self, uow: UnitOfWork, talk: Talk) -> bool:
        return await self.cases.start_relay(uow, talk)

    async def crisis(self, uow: UnitOfWork, talk: Talk, kind: Kind, words: str | None,
                     episode_s: float) -> CrisisOutcome:
        return await self.cases.crisis(uow, talk, kind, words, episode_s, self.relay.to_mentors)

    async def on_mentor_room(self, uow: UnitOfWork, msg: Inbound) -> None:
        await self.relay.on_mentor_room(uow, msg)

    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        return await self.relay.intercept(uow, msg, talk)

    async def team_problems(self) -> list[str]:
        """What keeps cases from reaching a person now (for `!health`); empty when nothing is known."""
        async with self.store.read() as r:
            return await self.posting.team_problems(r)

    async def pass_on(self, uow: UnitOfWork, msg: Inbound, talk: Talk, case: Case) -> None:
        await self.relay.pass_on(uow, msg, talk, case)

    async def asked_again(self, uow: UnitOfWork, talk: Talk, case: Case) -> None:
        await self.relay.asked_again(uow, talk, case)

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
