"""A person's protection plan: kept, shown, reminded, shared with mentors only on consent.

- **Made** by a flow's `plan` step (the risk check, flows/riskcheck.yaml): the engine says which
  steps the person kept (`PlanMade`). The plan is shown to them at once and kept, sealed, in
  place of an earlier one (whose reminders are cancelled) — unless they declined storage
  (`privacy_consent`): then it is shown once, with a word that it is not kept, and nothing is
  written and no reminder set.
- **Reminded**: a kept step the person wanted to be asked about becomes a follow-up (the
  follow-up service: quiet hours, pause, late delivery and "reminders" all apply); when it is
  due, the message names the step (`deliver`).
- **my plan** shows it, with each reminder's time on the person's clock.
- **Mentors**: `!plan 42` posts the plan in the case's thread if the person agreed (the flow's
  `plan_share` answer, remembered), otherwise asks them (yes/no) and posts it only after a yes;
  `!suggest 42 text` asks the person whether to add the mentor's step; a yes adds it.
- **Erased** with everything else ("delete my data"); exported with everything else ("my data").

The person's yes or no is heard only while the question is the bot's last message in the chat
(and for a day at most), like the privacy questions: an old "yes" never agrees to anything.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol

from bot.care.conversations import CONSENT, LibraryHolder, Talk
from bot.care.followups.service import FollowupService
from bot.care.followups.timing import local_parts
from bot.care.inbound import Inbound
from bot.care.render import Rendered, markdown_to_html, strip_bold
from bot.care.words import lang_of, said_yes_no
from bot.engine.catalog import Catalog
from bot.engine.effects import PlanMade
from bot.platform.config import Settings
from bot.store import UnitOfWork
from bot.store.cases import Case
from bot.store.followups import Followup

log = logging.getLogger(__name__)

REMINDER_MSGID = "plan-step-reminder"  # a plan step's follow-up (its text, as kept in the table)
SHARE_KEY = "plan_share"  # the person's answer to "may mentors see your plan?" (profile)
TAG_SUGGEST = "plan:suggest"
TAG_SHARE = "plan:share"
PENDING_S = 24 * 3600  # a yes or no is heard for a day after the question
MAX_SUGGESTION = 500


@dataclass(frozen=True)
class PlanEntry:
    """One step of a plan: a suggested step (`msgid`, `why`) kept as is or in the person's own
    `words`, or a mentor's words the person accepted (no msgid)."""

    msgid: str | None
    why: str | None
    words: str | None
    source: Literal["check", "mentor"]
    followup_id: int | None
    added_at: float


@dataclass(frozen=True)
class Plan:
    flow: str
    made_at: float
    steps: tuple[PlanEntry, ...]
    suggestion: tuple[str, int] | None = None  # a mentor's step waiting for yes/no: (text, case id)
    share_case: int | None = None  # the case whose mentor asked to see the plan


def plan_to_json(plan: Plan) -> dict[str, Any]:
    return {
        "flow": plan.flow,
        "made_at": plan.made_at,
        "steps": [
            {"msgid": s.msgid, "why": s.why, "words": s.words, "source": s.source, "followup_id": s.followup_id,
             "added_at": s.added_at}
            for s in plan.steps
        ],
        "suggestion": None if plan.suggestion is None else {"text": plan.suggestion[0], "case": plan.suggestion[1]},
        "share_case": plan.share_case,
    }


def plan_from_json(data: dict[str, Any]) -> Plan | None:
    """The plan, or None when the kept value is not one (damaged: treated as no plan)."""
    try:
        steps = tuple(
            PlanEntry(s.get("msgid"), s.get("why"), s.get("words"),
                      "mentor" if s.get("source") == "mentor" else "check", s.get("followup_id"),
                      float(s.get("added_at", 0)))
            for s in data.get("steps", [])
        )
        raw = data.get("suggestion")
        suggestion = (str(raw["text"]), int(raw["case"])) if isinstance(raw, dict) else None
        share = data.get("share_case")
        return Plan(str(data.get("flow", "")), float(data.get("made_at", 0)), steps, suggestion,
                    int(share) if share is not None else None)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


class CaseThreads(Protocol):
    """Where the mentors read about a case (the mentors' desk)."""

    async def tell_case(self, uow: UnitOfWork, case_id: int, text: Rendered) -> None: ...


class PlanDesk:
    """The plans' side of the care domain: `PlanRoute` of the conversations, the mentors' plan
    commands' backend, a follow-up renderer, and what privacy erases and exports."""

    def __init__(self, settings: Settings, library: LibraryHolder, followups: FollowupService | None) -> None:
        self.settings = settings
        self.library = library
        self.followups = followups
        self.threads: CaseThreads | None = None  # the mentors' desk, bound by the app

    # --- reading and writing ---------------------------------------------------------------
    async def load(self, uow: UnitOfWork, user_id: str) -> Plan | None:
        stored = await uow.plans.get(user_id)
        return None if stored is None or stored.data is None else plan_from_json(stored.data)

    async def _keep(self, uow: UnitOfWork, user_id: str, plan: Plan) -> None:
        await uow.plans.put(user_id, plan_to_json(plan), uow.now)

    # --- made by a flow ----------------------------------------------------------------------
    async def made(self, uow: UnitOfWork, talk: Talk, effect: PlanMade) -> None:
        """Show the plan the person just chose; keep it (sealed) only if they agreed to storage."""
        if not effect.steps:
            return  # the flow says what happens when nothing was kept; an earlier plan stays
        person = talk.person
        if not person.profile.get(CONSENT):
            shown = tuple(PlanEntry(s.msgid, s.why, s.words, "check", None, uow.now) for s in effect.steps)
            body = self._listing(talk.lang, shown, {}, person.timezone)
            await self._send(uow, talk.room_id, [self._md(talk.lang, "plan-made-head"), body,
                                                 self._md(talk.lang, "plan-made-not-kept")])
            return
        old = await self.load(uow, person.user_id)
        await self._cancel_reminders(uow, person.user_id, old, effect.flow)
        entries: list[PlanEntry] = []
        for step in effect.steps:
            followup_id = None
            if step.followup_seconds and self.followups is not None:
                followup_id = await self.followups.schedule(
                    uow, person.user_id, talk.room_id, after=timedelta(seconds=step.followup_seconds), flow=None,
                    text=REMINDER_MSGID, source="flow", tz_name=person.timezone)
            entries.append(PlanEntry(step.msgid, step.why, step.words, "check", followup_id, uow.now))
        plan = Plan(effect.flow, uow.now, tuple(entries))
        await uow.people.save(person, uow.now)  # the row the plan belongs to
        await self._keep(uow, person.user_id, plan)
        replaced = old is not None and bool(old.steps)
        body = self._listing(talk.lang, plan.steps, await self._reminders(uow, plan), person.timezone)
        kept = self._md(talk.lang, "plan-made-kept", replaced="yes" if replaced else "no")
        await self._send(uow, talk.room_id, [self._md(talk.lang, "plan-made-head"), body, kept])
        log.info("a plan was kept (%d step(s))", len(plan.steps))

    async def _cancel_reminders(self, uow: UnitOfWork, user_id: str, old: Plan | None, flow: str) -> None:
        """A new plan replaces the old one: its steps' reminders, and the invitations to review
        it (follow-ups to the flow that makes plans), are cancelled."""
        if self.followups is None:
            return
        ids = {s.followup_id for s in old.steps if s.followup_id is not None} if old is not None else set()
        for row in await uow.followups.for_user(user_id):
            if row.id in ids or (row.source == "flow" and row.flow == flow):
                await self.followups.cancel(uow, row.id, owner=user_id)

    async def _reminders(self, uow: UnitOfWork, plan: Plan) -> dict[int, datetime]:
        """When each step's reminder will come (those still to come)."""
        out: dict[int, datetime] = {}
        for step in plan.steps:
            if step.followup_id is None:
                continue
            row = await uow.followups.get(step.followup_id)
            if row is not None and row.status == "scheduled":
                out[step.followup_id] = row.deliver_at
        return out

    # --- "my plan" -----------------------------------------------------------------------------
    async def show(self, uow: UnitOfWork, talk: Talk) -> None:
        plan = await self.load(uow, talk.person.user_id)
        if plan is None or not plan.steps:
            await self._send(uow, talk.room_id, [self._md(talk.lang, "plan-none")])
            return
        zone = self._zone(talk.person.timezone)
        made = strip_bold(self.library.library.catalog.render(
            talk.lang, "bot-when", local_parts(datetime.fromtimestamp(plan.made_at, UTC), zone)))
        body = self._listing(talk.lang, plan.steps, await self._reminders(uow, plan), talk.person.timezone)
        await self._send(uow, talk.room_id, [self._md(talk.lang, "plan-show-head", count=len(plan.steps), when=made),
                                             body, self._md(talk.lang, "plan-show-foot")])

    # --- reminders (called inside the follow-up service's delivery transaction) ----------------
    async def deliver(self, followup: Followup, uow: UnitOfWork) -> bool:
        """Say a plan step's reminder, naming the step; False when the follow-up is not one (or
        its step is gone: the generic text of its message id is said instead)."""
        if followup.text != REMINDER_MSGID:
            return False
        plan = await self.load(uow, followup.user_id)
        step = next((s for s in plan.steps if s.followup_id == followup.id), None) if plan is not None else None
        if step is None:
            return False
        lang = await lang_of(uow, followup.user_id, self.settings.default_language)
        parts = [self._md(lang, "bot-followup-late")] if followup.late else []
        parts.append(self._md(lang, "plan-step-due", step=self._step_text(lang, step)))
        await self._send(uow, followup.room_id, parts)
        return True

    # --- the person's yes or no (the hook before the mentors' relay) ---------------------------
    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        """Handle the answer to a plan question the bot just asked (True), or leave the message."""
        if msg.kind != "text":
            return False
        catalog = self.library.library.catalog
        yes = said_yes_no(catalog, msg.body, (talk.lang, catalog.default_lang))
        if yes is None:
            return False
        latest = await uow.edge.latest_tag(msg.room_id)
        if latest is None or latest[0] not in (TAG_SUGGEST, TAG_SHARE) or uow.now - latest[1] > PENDING_S:
            return False
        plan = await self.load(uow, msg.sender)
        if plan is None:
            return False
        if latest[0] == TAG_SUGGEST and plan.suggestion is not None:
            await self._suggestion_answered(uow, talk, plan, yes)
            return True
        if latest[0] == TAG_SHARE and plan.share_case is not None:
            await self._share_answered(uow, talk, plan, yes)
            return True
        return False

    async def _suggestion_answered(self, uow: UnitOfWork, talk: Talk, plan: Plan, yes: bool) -> None:
        assert plan.suggestion is not None
        text, case_id = plan.suggestion
        steps = plan.steps
        if yes:
            steps = (*steps, PlanEntry(None, None, text, "mentor", None, uow.now))
        await self._keep(uow, talk.person.user_id, replace(plan, steps=steps, suggestion=None))
        await self._send(uow, talk.room_id, [self._md(talk.lang, "plan-suggest-added" if yes else "plan-suggest-no")])
        await self._tell_case(uow, case_id, "mentor-suggest-added" if yes else "mentor-suggest-declined")

    async def _share_answered(self, uow: UnitOfWork, talk: Talk, plan: Plan, yes: bool) -> None:
        assert plan.share_case is not None
        case_id = plan.share_case
        await self._keep(uow, talk.person.user_id, replace(plan, share_case=None))
        if yes:
            talk.person.profile[SHARE_KEY] = True
            await uow.people.save(talk.person, uow.now)
        await self._send(uow, talk.room_id, [self._md(talk.lang, "plan-share-yes" if yes else "plan-share-no")])
        if not yes:
            await self._tell_case(uow, case_id, "mentor-plan-declined")
            return
        case = await uow.cases.get(case_id)
        if case is not None and self.threads is not None:
            await self.threads.tell_case(uow, case_id, await self.for_mentors(uow, case, plan))

    async def _tell_case(self, uow: UnitOfWork, case_id: int, msgid: str) -> None:
        if self.threads is None:
            return
        case = await uow.cases.get(case_id)
        if case is not None:
            await self.threads.tell_case(uow, case_id, self._mentor_text(msgid, case=case.label))

    # --- the mentors' commands -------------------------------------------------------------------
    async def request_view(self, uow: UnitOfWork, case: Case) -> tuple[str, Rendered | None]:
        """`!plan`: ("shown", the plan for the thread) with the person's consent; ("asked", None)
        after asking them; ("none", None) without a plan."""
        assert case.user_id is not None and case.room_id is not None
        plan = await self.load(uow, case.user_id)
        person = await uow.people.get(case.user_id)
        if plan is None or not plan.steps or person is None:
            return "none", None
        if person.profile.get(SHARE_KEY) is True:
            return "shown", await self.for_mentors(uow, case, plan)
        await self._keep(uow, case.user_id, replace(plan, share_case=case.id))
        lang = await lang_of(uow, case.user_id, self.settings.default_language)
        await self._send(uow, case.room_id, [self._md(lang, "plan-share-ask")], tag=TAG_SHARE)
        return "asked", None

    async def suggest(self, uow: UnitOfWork, case: Case, text: str) -> str:
        """`!suggest`: ask the person whether to add the mentor's step; "sent", or "no-storage"
        when the person did not agree to keep anything (a plan could not be kept for them)."""
        assert case.user_id is not None and case.room_id is not None
        person = await uow.people.get(case.user_id)
        if person is None or not person.profile.get(CONSENT):
            return "no-storage"
        words = " ".join(text.split())[:MAX_SUGGESTION]
        plan = await self.load(uow, case.user_id) or Plan("", uow.now, ())
        await self._keep(uow, case.user_id, replace(plan, suggestion=(words, case.id)))
        lang = await lang_of(uow, case.user_id, self.settings.default_language)
        await self._send(uow, case.room_id, [self._md(lang, "plan-suggest-ask", step=words)], tag=TAG_SUGGEST)
        return "sent"

    async def for_mentors(self, uow: UnitOfWork, case: Case, plan: Plan) -> Rendered:
        """The plan as the case's thread shows it, in the mentors' language."""
        lang = self.settings.default_language
        person = await uow.people.get(case.user_id) if case.user_id else None
        body = self._listing(lang, plan.steps, await self._reminders(uow, plan), person.timezone if person else None)
        return self._join([self._md(lang, "mentor-plan-head", case=case.label, count=len(plan.steps)), body])

    # --- words -----------------------------------------------------------------------------------
    def _step_text(self, lang: str, step: PlanEntry) -> str:
        return step_text(self.library.library.catalog, lang, step)

    def _zone(self, tz_name: str | None) -> str:
        return self.followups.zone_for(tz_name) if self.followups is not None else (tz_name or "UTC")

    def _md(self, lang: str, msgid: str, **args: Any) -> tuple[str, str]:
        """A message's Markdown source: (for the plain body, for HTML with the values escaped)."""
        catalog = self.library.library.catalog
        escaped = {k: html.escape(v) if isinstance(v, str) else v for k, v in args.items()}
        return catalog.render(lang, msgid, args), catalog.render(lang, msgid, escaped)

    def _mentor_text(self, msgid: str, **args: Any) -> Rendered:
        return self._join([self._md(self.settings.default_language, msgid, **args)])

    def _listing(self, lang: str, steps: tuple[PlanEntry, ...], reminders: dict[int, datetime],
                 tz_name: str | None) -> tuple[str, str]:
        """One paragraph per step: the step, why, where it came from, when its reminder comes."""
        catalog = self.library.library.catalog
        plain: list[str] = []
        marked: list[str] = []
        for number, step in enumerate(steps, 1):
            lines = [self._md(lang, "plan-line", number=number, step=self._step_text(lang, step))]
            if step.why:
                lines.append(self._md(lang, "plan-line-why", why=catalog.render(lang, step.why)))
            if step.source == "mentor":
                lines.append(self._md(lang, "plan-line-mentor"))
            elif step.words:
                lines.append(self._md(lang, "plan-line-own"))
            due = reminders.get(step.followup_id) if step.followup_id is not None else None
            if due is not None:
                when = strip_bold(catalog.render(lang, "bot-when", local_parts(due, self._zone(tz_name))))
                lines.append(self._md(lang, "plan-line-remind", when=when))
            plain.append("\n".join(p for p, _ in lines))
            marked.append("\n".join(h for _, h in lines))
        return "\n\n".join(plain), "\n\n".join(marked)

    @staticmethod
    def _join(parts: list[tuple[str, str]]) -> Rendered:
        plain = "\n\n".join(p for p, _ in parts if p)
        marked = "\n\n".join(h for _, h in parts if h)
        return Rendered(strip_bold(plain), markdown_to_html(marked))

    async def _send(self, uow: UnitOfWork, room_id: str, parts: list[tuple[str, str]], tag: str | None = None) -> None:
        await uow.send(room_id, self._join(parts).content(), tag=tag)


def step_text(catalog: Catalog, lang: str, step: PlanEntry) -> str:
    """A step in words: the person's (or mentor's) own, else the suggested step's message."""
    if step.words:
        return step.words
    return catalog.render(lang, step.msgid) if step.msgid else ""


def export_plan(catalog: Catalog, lang: str, data: dict[str, Any] | None) -> dict[str, Any] | None:
    """A kept plan as "my data" lists it: the steps in words, where each came from, its reminder."""
    plan = None if data is None else plan_from_json(data)
    if plan is None:
        return None
    return {
        "made_at": datetime.fromtimestamp(plan.made_at, UTC).isoformat(timespec="seconds"),
        "steps": [{"step": strip_bold(step_text(catalog, lang, s)),
                   "why": strip_bold(catalog.render(lang, s.why)) if s.why else None,
                   "suggested_by": "mentor" if s.source == "mentor" else "risk check",
                   "own_words": bool(s.words) and s.source != "mentor",
                   "reminder": s.followup_id}
                  for s in plan.steps],
        "waiting_suggestion": plan.suggestion[0] if plan.suggestion else None,
    }


__all__ = ["REMINDER_MSGID", "SHARE_KEY", "TAG_SHARE", "TAG_SUGGEST", "CaseThreads", "Plan", "PlanDesk",
           "PlanEntry", "export_plan", "plan_from_json", "plan_to_json", "step_text"]
