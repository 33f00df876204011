"""`!plan` and `!suggest`: a case's protection plan, seen only with its person's consent.

- `!plan 42`: the person's plan, posted in the case's thread — at once if they agreed to let
  mentors see it (their answer at the end of the risk check, or an earlier yes), otherwise after
  the bot asked them and they said yes. Nothing of the plan is shown before that.
- `!suggest 42 text`: the bot asks the person, in their language, whether to add this step to
  their plan; their yes or no is told in the thread.

In a case's thread the case number may be left out. The plans themselves are the care domain's
(bot/care/plan.py); this module only takes the mentors' words to it and answers in the room.
"""

from __future__ import annotations

from bot.care.mentors.commands import Command, Commands
from bot.care.mentors.posting import Posting
from bot.care.plan import PlanDesk
from bot.care.render import Rendered
from bot.store import UnitOfWork
from bot.store.cases import Case

PLAN_USAGE = "!plan 42"
SUGGEST_USAGE = "!suggest 42 text"


class PlanCommands:
    """The mentors' plan commands, and where the plan desk tells a case's thread what happened."""

    def __init__(self, posting: Posting, commands: Commands, plans: PlanDesk) -> None:
        self.post = posting
        self.commands = commands
        self.plans = plans

    def register(self) -> None:
        self.commands.case_handlers["plan"] = (PLAN_USAGE, self.show)
        self.commands.case_handlers["suggest"] = (SUGGEST_USAGE, self.suggest)
        self.plans.threads = self

    def _reachable(self, case: Case) -> bool:
        return not case.anonymised and case.user_id is not None and case.room_id is not None

    async def show(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        if not self._reachable(case):
            await self.commands.say(uow, cmd, "mentor-case-unreachable", case=case.label)
            return
        outcome, plan = await self.plans.request_view(uow, case)
        if outcome == "shown" and plan is not None:
            await self.post.to_thread(uow, case, plan, msgtype="m.text")
            if cmd.thread_case is None or cmd.thread_case.id != case.id:
                await self.commands.say(uow, cmd, "mentor-plan-in-thread", case=case.label)
        elif outcome == "asked":
            await self.commands.say(uow, cmd, "mentor-plan-asked", case=case.label)
        else:
            await self.commands.say(uow, cmd, "mentor-plan-none", case=case.label)

    async def suggest(self, uow: UnitOfWork, cmd: Command, case: Case, text: str) -> None:
        if not text.strip():
            await self.commands.say(uow, cmd, "mentor-usage", usage=SUGGEST_USAGE)
            return
        if not self._reachable(case):
            await self.commands.say(uow, cmd, "mentor-case-unreachable", case=case.label)
            return
        outcome = await self.plans.suggest(uow, case, text)
        key = "mentor-suggest-sent" if outcome == "sent" else "mentor-suggest-no-storage"
        await self.commands.say(uow, cmd, key, case=case.label)

    # --- the plan desk's `CaseThreads` ------------------------------------------------------------
    async def tell_case(self, uow: UnitOfWork, case_id: int, text: Rendered) -> None:
        case = await uow.cases.get(case_id)
        if case is not None:
            await self.post.to_thread(uow, case, text, msgtype="m.text")


__all__ = ["PLAN_USAGE", "SUGGEST_USAGE", "PlanCommands"]
