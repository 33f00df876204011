"""Conversations: each person's flow state, their keywords, and the effects of each step.

The glue between the Matrix edge and the pure flow engine. Everything here happens inside the
transaction that records the event as handled: the new state, the outgoing messages (outbox),
the case or follow-up an effect opened. A crash at any point leaves either all of it or none.

Each person is, in each chat, in one of three modes, read from what is stored (never a second
copy that could disagree):

- **flow** — a flow is running (a question waits), or they are between flows (the menu);
- **team** — their open case in this chat has its relay on: what they write goes to the case's
  thread, each message acknowledged once; the flow state is kept, paused. Keywords still work:
  **menu**, **language** and **back** hand the chat back to the bot; **help** says who they are
  talking with; **mentor** says the request is with the team; the rest answer as always;
- **paused** — after **stop**: the flow ended, reminders paused until **resume**; any message
  still gets an answer (the menu).

A flow that escalates keeps the chat until its last question is answered: the team mode starts
when it ends (said once, with how to come back), and no menu follows it. **mentor**, or yes to
the offer of a person after answers that were not understood, starts it at once.
"""

from __future__ import annotations

import logging
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from bot.care.attachments import keep_attachment
from bot.care.crisis import Kind
from bot.care.crisis_desk import EPISODE_S, CrisisDesk, CrisisOutcome
from bot.care.followups.timing import canonical_timezone
from bot.care.inbound import Inbound
from bot.care.places import resource_country
from bot.care.render import Rendered, Renderer, reaction_index
from bot.care.transient import Transient
from bot.care.words import person_lang, said_yes_no
from bot.engine.effects import (
    Ask,
    Effect,
    Escalate,
    FlowEnded,
    FlowStarted,
    Hint,
    Notice,
    OfferPerson,
    PlanMade,
    Remember,
    Say,
    ScheduleFollowup,
    SetPreference,
)
from bot.engine.engine import repeat, start, step
from bot.engine.engine import stop as stop_flow
from bot.engine.inputs import AttachmentInput, BackInput, EditInput, Input, OptionInput, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import EscalateStep
from bot.engine.state import Context, State, StateError
from bot.engine.values import Value, to_json_value
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Person, Store, UnitOfWork, sent_event_ref
from bot.store.cases import Case

log = logging.getLogger(__name__)

ONBOARDING, MENU = "onboarding", "menu"
CONSENT = "privacy_consent"
OFFER_TAG = "offer:person"  # outbox tag of the yes/no offer of a person (`retry-offer-person`)
SHARE_TAG = "ask:share"  # outbox tag of "may I send your answers to the team?" (no consent to storage)
_STAFF_COMMAND = re.compile(r"^\s*!([a-z]+)\b", re.IGNORECASE)


class LibraryHolder:
    """The live flow library; hot reload swaps the reference, in-flight steps keep theirs."""

    def __init__(self, library: FlowLibrary) -> None:
        self.library = library


@dataclass(frozen=True)
class Talk:
    """Who is talking, where, in which language — what effect handlers need to know."""

    room_id: str
    person: Person
    lang: str
    flow: str


class CaseSink(Protocol):
    """Where escalations go (the mentors module)."""

    async def escalate(self, uow: UnitOfWork, talk: Talk, effect: Escalate) -> None: ...

    async def start_relay(self, uow: UnitOfWork, talk: Talk) -> bool:
        """Team mode starts for the person's open case (they are told); False without one."""
        ...

    async def crisis(self, uow: UnitOfWork, talk: Talk, kind: Kind, words: str | None,
                     episode_s: float) -> CrisisOutcome:
        """Crisis words: an urgent case opened or raised, the words (or that they were withheld)
        in its thread, team mode where a team can be reached (`bot.care.crisis_desk`)."""
        ...


@dataclass(frozen=True)
class Heard:
    """A message the follow-ups understood; `start_flow` when it accepted an invitation."""

    start_flow: str | None = None


class AdminRoute(Protocol):
    def is_command(self, msg: Inbound) -> bool: ...

    async def handle(self, uow: UnitOfWork, msg: Inbound) -> None: ...


class PrivacyRoute(Protocol):
    """bot.care.privacy: the panic word, rooms being wiped, and answers to its yes/no questions;
    "delete my data" and "my data"."""

    async def intercept(self, uow: UnitOfWork, msg: Inbound) -> bool: ...

    async def ask_delete(self, uow: UnitOfWork, room_id: str, lang: str) -> None: ...

    async def send_export(self, uow: UnitOfWork, room_id: str, user_id: str, lang: str) -> None: ...


class FollowupSink(Protocol):
    async def schedule(self, uow: UnitOfWork, talk: Talk, effect: ScheduleFollowup) -> None: ...

    async def pause(self, uow: UnitOfWork, user_id: str) -> None: ...

    async def timezone_changed(self, uow: UnitOfWork, user_id: str, tz_name: str) -> None: ...

    async def profile_changed(self, uow: UnitOfWork, talk: Talk, names: set[str]) -> None: ...

    async def hear(self, uow: UnitOfWork, user_id: str, room_id: str, text: str) -> Heard | None: ...


class MentorRoute(Protocol):
    """The mentors module: everything said in the mentor room, the answers to its own questions
    to a person (handoff, feedback), and the person's words in team mode."""

    async def on_mentor_room(self, uow: UnitOfWork, msg: Inbound) -> None: ...

    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool: ...

    async def pass_on(self, uow: UnitOfWork, msg: Inbound, talk: Talk, case: Case) -> None: ...

    async def asked_again(self, uow: UnitOfWork, talk: Talk, case: Case) -> None: ...

    def is_mentor(self, user_id: str) -> bool: ...


class PlanRoute(Protocol):
    """bot.care.plan: plans made by flows, "my plan", and answers to its own yes/no questions."""

    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool: ...

    async def made(self, uow: UnitOfWork, talk: Talk, effect: PlanMade) -> None: ...

    async def show(self, uow: UnitOfWork, talk: Talk) -> None: ...


@dataclass
class FloodGate:
    """At most `limit` messages a minute per person; one polite note per minute beyond it."""

    limit: int
    window_s: float = 60.0
    _seen: dict[str, deque[float]] = field(default_factory=dict)
    _warned: dict[str, float] = field(default_factory=dict)

    def check(self, user_id: str, now: float) -> str:
        """'ok', 'warn' (say so once) or 'drop'."""
        times = self._seen.setdefault(user_id, deque())
        while times and now - times[0] > self.window_s:
            times.popleft()
        times.append(now)
        if len(times) <= self.limit:
            return "ok"
        if now - self._warned.get(user_id, 0.0) > self.window_s:
            self._warned[user_id] = now
            return "warn"
        return "drop"


class Conversations:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        library: LibraryHolder,
        redactor: Redactor,
        cases: CaseSink,
        followups: FollowupSink,
        mentor_route: MentorRoute | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        metrics: Metrics | None = None,
        admin: AdminRoute | None = None,
        privacy: PrivacyRoute | None = None,
        plans: PlanRoute | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.library = library
        self.redact = redactor
        self.cases = cases
        self.followups = followups
        self.mentor_route = mentor_route
        self.clock = clock
        self.metrics = metrics or Metrics()
        self.admin = admin
        self.privacy = privacy
        self.plans = plans
        self.flood = FloodGate(settings.flood_messages_per_minute)
        self.crisis = CrisisDesk()
        self.transient = Transient()  # people without consent to storage: in memory only

    # --- entry point (InboundHandler) ------------------------------------------------------
    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None:
        # First of all: the panic word, a room being wiped, an answer to "erase everything?".
        if self.privacy is not None and await self.privacy.intercept(uow, msg):
            return
        if msg.kind == "joined":
            await self._greet(uow, msg)
            return
        if self.admin is not None and self.admin.is_command(msg):
            await self.admin.handle(uow, msg)
            return
        if msg.room_id == self.settings.mentor_room:
            if self.mentor_route is not None:
                await self.mentor_route.on_mentor_room(uow, msg)
            return  # the mentor room is never a conversation with the bot
        lib = self.library.library
        person = await uow.people.get(msg.sender) or self.transient.person(msg.sender) or Person(msg.sender)
        lang = person_lang(person, self.settings.default_language)
        verdict = self.flood.check(msg.sender, time.monotonic())
        if verdict != "ok":
            if verdict == "warn":
                await self._say(uow, msg.room_id, Renderer(lib.catalog).text(lang, "bot-slow-down"))
            return
        if await self._staff_command(uow, msg):
            return
        state = await self._load_state(uow, msg.room_id, msg.sender)
        talk = Talk(msg.room_id, person, lang, state.flow if state else ONBOARDING)
        if self.plans is not None and await self.plans.intercept(uow, msg, talk):
            return  # a yes or no to a plan question (a mentor's suggestion, sharing the plan)
        if self.mentor_route is not None and await self.mentor_route.intercept(uow, msg, talk):
            return
        if await heard_crisis(self, uow, msg, talk, state):
            return  # answered at once; the flow is paused (its state untouched)
        keyword = lib.catalog.keyword_of(lang, msg.body) if msg.kind == "text" else None
        if msg.kind == "text" and keyword is None and await self._offer_answered(uow, msg, talk, state):
            return
        if msg.kind == "text" and keyword is None and await share_answered(self, uow, msg, talk):
            return
        case = await self._team_case(uow, talk)
        if case is not None and await self._team_mode(uow, msg, talk, state, keyword, case):
            return
        await self._flow_mode(uow, msg, talk, state, keyword)

    async def _flow_mode(self, uow: UnitOfWork, msg: Inbound, talk: Talk, state: State | None,
                         keyword: str | None) -> None:
        """The message goes to the flows: a keyword, an answer, or the start of a flow."""
        lib = self.library.library
        person = talk.person
        now = self.clock()
        new_state: State | None
        effects: list[Effect]
        heard = None
        if msg.kind == "text" and keyword is None and person.profile.get(CONSENT):
            heard = await self.followups.hear(uow, msg.sender, msg.room_id, msg.body)
        if heard is not None:
            if heard.start_flow is None or lib.flow(heard.start_flow) is None:
                return
            new_state, effects = start(lib, heard.start_flow, now, self._context(person))
        elif state is None or (state.ended and keyword is None):
            first = not person.profile.get(CONSENT)
            new_state, effects = start(lib, ONBOARDING if first else MENU, now, self._context(person))
        elif keyword == "continue" and (asked := repeat(lib, state, now)):
            new_state, effects = state, list(asked)  # back to the paused flow: its question again
        elif keyword in ("menu", "language", "continue"):  # continue with nothing waiting: the menu
            new_state, effects = start(lib, "language" if keyword == "language" else MENU, now,
                                       self._context(person))
        elif keyword == "back":
            new_state, effects = step(lib, state, BackInput(), now)
        elif keyword is not None:
            await self._keyword(uow, talk, keyword, state)
            return
        else:
            user_input = await self._to_input(uow, msg, state)
            if user_input is None:
                return
            new_state, effects = step(lib, state, user_input, now)
        await self._apply(uow, talk, new_state, effects)

    # --- team mode -------------------------------------------------------------------------
    async def _team_case(self, uow: UnitOfWork, talk: Talk) -> Case | None:
        """The person's open case in this chat if its relay is on (team mode), else None."""
        if self.mentor_route is None:
            return None
        case = await uow.cases.open_for_room(talk.room_id)
        if case is None or case.user_id != talk.person.user_id or not case.relay:
            return None
        return case

    async def _team_mode(self, uow: UnitOfWork, msg: Inbound, talk: Talk, state: State | None,
                         keyword: str | None, case: Case) -> bool:
        """Team mode: True when the message was handled here; False hands the chat back to the
        bot (relay off) and lets the flows take this same message."""
        assert self.mentor_route is not None
        if keyword in ("menu", "language", "back", "continue"):
            await uow.cases.set_relay(case.id, False)
            return False
        render = Renderer(self.library.library.catalog)
        if keyword == "help":
            await self._say(uow, talk.room_id, render.text(talk.lang, "bot-help-team", {"case": case.label}))
            await self._say(uow, talk.room_id, render.text(talk.lang, "bot-help"))
        elif keyword == "mentor":
            await self.mentor_route.asked_again(uow, talk, case)
        elif keyword is not None:
            await self._keyword(uow, talk, keyword, state)
        elif msg.kind == "text" and talk.person.profile.get(CONSENT) and (
                heard := await self.followups.hear(uow, msg.sender, msg.room_id, msg.body)) is not None:
            lib = self.library.library
            if heard.start_flow is not None and lib.flow(heard.start_flow) is not None:
                await uow.cases.set_relay(case.id, False)  # a flow's questions are the bot's again
                new_state, effects = start(lib, heard.start_flow, self.clock(), self._context(talk.person))
                await self._apply(uow, talk, new_state, effects)
        else:
            await self.mentor_route.pass_on(uow, msg, talk, case)
        return True

    # --- a person, at once -----------------------------------------------------------------
    async def _reach_person(self, uow: UnitOfWork, talk: Talk, state: State | None) -> None:
        """**mentor**, or yes to the offer of a person: team mode now, the flow paused. With a
        case already open in this chat, no second case: the team is told they asked again."""
        case = await uow.cases.open_for_room(talk.room_id)
        if case is not None and case.user_id == talk.person.user_id and self.mentor_route is not None:
            await self.mentor_route.asked_again(uow, talk, case)
            return
        effect = Escalate(flow=state.flow if state else MENU, urgency="normal", summary=(), consent="pseudonymous",
                          reason="bot-mentor-requested-reason")
        await self.cases.escalate(uow, talk, effect)
        await self.cases.start_relay(uow, talk)  # the mentors tell the person what happens next

    async def _offer_answered(self, uow: UnitOfWork, msg: Inbound, talk: Talk, state: State | None) -> bool:
        """Yes or no to the bot's last message, when that was the offer of a person."""
        latest = await uow.edge.latest_tag(msg.room_id)
        if latest is None or latest[0] is None or not latest[0].startswith(OFFER_TAG):
            return False
        catalog = self.library.library.catalog
        answer = said_yes_no(catalog, msg.body, (talk.lang, catalog.default_lang))
        if answer is None:
            return False  # an answer to the question itself, or anything else: the flow hears it
        if answer:
            await self._reach_person(uow, talk, state)
            return True
        asked = repeat(self.library.library, state, self.clock()) if state is not None else []
        if not asked:  # nothing waits: the menu
            new_state, effects = start(self.library.library, MENU, self.clock(), self._context(talk.person))
            await self._apply(uow, talk, new_state, effects)
            return True
        render = Renderer(catalog)
        for effect in asked:
            await self._effect(uow, talk, render, effect)
        return True

    # --- mentors and admins in a direct chat -----------------------------------------------
    async def _staff_command(self, uow: UnitOfWork, msg: Inbound) -> bool:
        """A mentor's or admin's `!command` in a direct chat: one line saying where it works
        (the admin commands themselves were answered before) — never the onboarding."""
        if msg.kind != "text":
            return False
        match = _STAFF_COMMAND.match(msg.body)
        if match is None:
            return False
        mentor = self.mentor_route is not None and self.mentor_route.is_mentor(msg.sender)
        if not mentor and msg.sender not in self.settings.admins:
            return False
        room = self.settings.mentor_room
        render = Renderer(self.library.library.catalog)
        command = f"!{match.group(1).lower()}"
        text = (render.text(self.settings.default_language, "mentor-dm-pointer",
                            {"command": command, "room": f"https://matrix.to/#/{room}"}) if room
                else render.text(self.settings.default_language, "mentor-dm-no-room", {"command": command}))
        await uow.send(msg.room_id, text.content("m.notice"))
        return True

    # --- keywords that are not flow moves --------------------------------------------------
    async def _keyword(self, uow: UnitOfWork, talk: Talk, keyword: str, state: State | None) -> None:
        render = Renderer(self.library.library.catalog)
        if keyword == "help":
            await self._help(uow, talk, render, state)
        elif keyword == "mentor":
            await self._reach_person(uow, talk, state)
        elif keyword == "stop":
            await self._stop(uow, talk, render, state)
        elif keyword == "delete" and self.privacy is not None:
            await self.privacy.ask_delete(uow, talk.room_id, talk.lang)
        elif keyword == "mydata" and self.privacy is not None:
            await self.privacy.send_export(uow, talk.room_id, talk.person.user_id, talk.lang)
        elif keyword == "myplan" and self.plans is not None:
            await self.plans.show(uow, talk)

    async def _help(self, uow: UnitOfWork, talk: Talk, render: Renderer, state: State | None) -> None:
        """How to reach a person, the words that work, then the question that waits, again."""
        await self._say(uow, talk.room_id, render.text(talk.lang, "bot-help-person"))
        await self._say(uow, talk.room_id, render.text(talk.lang, "bot-help"))
        for effect in repeat(self.library.library, state, self.clock()) if state is not None else []:
            await self._effect(uow, talk, render, effect)

    async def _stop(self, uow: UnitOfWork, talk: Talk, render: Renderer, state: State | None) -> None:
        """**stop**: the conversation ends here and reminders pause (until **resume**)."""
        if talk.person.profile.get(CONSENT):
            await self.followups.pause(uow, talk.person.user_id)
        await self._say(uow, talk.room_id, render.text(talk.lang, "bot-stopped"))
        if state is not None and not state.ended:
            await self._save(uow, talk, stop_flow(state, self.clock()))

    # --- turning a Matrix event into engine input ------------------------------------------
    async def _to_input(self, uow: UnitOfWork, msg: Inbound, state: State) -> Input | None:
        if msg.kind == "text":
            return TextInput(msg.body[: self.settings.max_text_length])
        if msg.kind == "edit":
            return EditInput(msg.body[: self.settings.max_text_length])
        if msg.kind == "reaction":
            tag = await uow.edge.tag_of_event(msg.relates_to or "")
            # Only a tap under the question that is waiting now counts; old questions are history.
            if tag is None or tag.split("|", 1)[0] != ask_tag(state.flow, state.step or ""):
                return None
            index = reaction_index(msg.body, tag_kind(tag))
            return OptionInput(index) if index is not None else None
        if msg.kind == "attachment":
            if msg.attachment is None:
                return TextInput("")  # too large or unreadable: the engine re-asks with its hint
            ref = await keep_attachment(uow, msg.sender, msg.attachment)
            return AttachmentInput(ref, msg.attachment.kind, msg.attachment.size, msg.attachment.mimetype,
                                   msg.attachment.name)
        return None

    # --- applying what the engine decided --------------------------------------------------
    async def _apply(self, uow: UnitOfWork, talk: Talk, state: State, effects: list[Effect]) -> None:
        lib = self.library.library
        render = Renderer(lib.catalog)
        person = talk.person
        lang = state.ctx.lang or talk.lang
        ended: list[str] = []
        for effect in effects:
            if isinstance(effect, SetPreference):
                if effect.name == "timezone":
                    zone = canonical_timezone(effect.value)
                    if zone is None:
                        await self._say(uow, talk.room_id, render.text(lang, "bot-timezone-unknown"))
                        continue
                    person.timezone = zone
                    await self.followups.timezone_changed(uow, person.user_id, zone)
                elif effect.name == "language":
                    person.lang = lang = effect.value
                else:
                    person.country = effect.value
            elif isinstance(effect, Remember):
                person.profile[effect.name] = to_json_value(effect.value)
            elif isinstance(effect, FlowEnded):
                ended.append(effect.flow)
        talk = Talk(talk.room_id, person, lang, state.flow)
        await self.followups.profile_changed(uow, talk, {e.name for e in effects if isinstance(e, Remember)})
        offered = False
        asked_to_share = any(isinstance(e, Escalate) and asks_to_share(person, e) for e in effects)
        for effect in effects:
            if offered and isinstance(effect, Ask):
                continue  # the offer of a person is the question now; "no" asks this one again
            offered = offered or isinstance(effect, OfferPerson)
            await self._effect(uow, talk, render, effect)
        if state.ended and ended and person.profile.get(CONSENT):
            if self._escalated(state, effects):
                # The flow asked its last question: now what they write goes to the team (said
                # once, with how to come back) — and no menu pushed over it.
                await self.cases.start_relay(uow, talk)
            elif state.flow != MENU and not offered and not asked_to_share:
                # Never a dead end: after a flow, the menu (unless a person was just offered).
                state, more = start(lib, MENU, self.clock(), self._context(person))
                for effect in more:
                    await self._effect(uow, talk, render, effect)
        if asked_to_share:
            await uow.send(talk.room_id, render.text(lang, "bot-share-ask").content(), tag=SHARE_TAG)
        await self._save(uow, talk, state)

    def _escalated(self, state: State, effects: list[Effect]) -> bool:
        """Whether this run of the flow opened (or joined) a case, in this turn or an earlier one."""
        if any(isinstance(e, Escalate) for e in effects):
            return True
        lib = self.library.library
        for key in state.done:
            flow_id, _, step_id = key.partition("/")
            flow = lib.flow(flow_id)
            if flow is not None and isinstance(flow.steps.get(step_id), EscalateStep):
                return True
        return False

    async def _save(self, uow: UnitOfWork, talk: Talk, state: State) -> None:
        person = talk.person
        if not person.profile.get(CONSENT):
            # No consent, nothing in the database: the step in memory only, no trace once it ends.
            await uow.people.delete(person.user_id)
            self.transient.keep(talk.room_id, person, None if state.ended else state.to_json())
            return
        self.transient.forget(talk.room_id, person.user_id)
        await uow.people.save(person, uow.now)
        await uow.people.save_state(talk.room_id, person.user_id, state.flow, state.to_json(), uow.now)

    async def _effect(self, uow: UnitOfWork, talk: Talk, render: Renderer, effect: Effect) -> None:
        lang = talk.lang
        if isinstance(effect, Say):
            args = dict(effect.args)
            if "country" in render.catalog.variables(effect.msgid):  # the helplines: chosen, else the time zone's
                args["country"] = resource_country(talk.person.country, talk.person.timezone)
            text = render.with_items(lang, render.text(lang, effect.msgid, args), effect.items, args)
            await self._say(uow, talk.room_id, text)
        elif isinstance(effect, Ask):
            await self._ask(uow, talk, render, effect)
        elif isinstance(effect, Hint):
            await self._say(uow, talk.room_id, render.text(lang, effect.msgid, effect.args))
        elif isinstance(effect, Notice):
            await self._say(uow, talk.room_id, render.text(lang, effect.msgid))
        elif isinstance(effect, OfferPerson):
            # A real question: yes reaches a person (`_offer_answered`); anything else goes on.
            await uow.send(talk.room_id, render.text(lang, "retry-offer-person").content(), tag=OFFER_TAG)
        elif isinstance(effect, Escalate):
            await self.cases.escalate(uow, talk, self.transient.hold_answers(talk.room_id, talk.person, effect)
                                      if asks_to_share(talk.person, effect) else effect)
        elif isinstance(effect, ScheduleFollowup):
            await self.followups.schedule(uow, talk, effect)
        elif isinstance(effect, PlanMade) and self.plans is not None:
            await self.plans.made(uow, talk, effect)
        elif isinstance(effect, FlowStarted):
            self.metrics.conversations_started.inc(flow=effect.flow)

    async def _ask(self, uow: UnitOfWork, talk: Talk, render: Renderer, ask: Ask) -> None:
        question = await uow.send(talk.room_id, render.ask(talk.lang, ask).content(),
                                  tag=f"{ask_tag(ask.flow, ask.step)}|{ask.kind}")
        for key in Renderer.reaction_keys(ask):
            await uow.send(
                talk.room_id,
                {"m.relates_to": {"rel_type": "m.annotation", "event_id": sent_event_ref(question), "key": key}},
                event_type="m.reaction",
            )

    async def _greet(self, uow: UnitOfWork, msg: Inbound) -> None:
        """The bot joined on the sender's invitation: one short hello, so nobody waits in silence
        for a bot they cannot tell is there. Not in the mentor room, not to someone it talks with,
        not to a mentor or an admin (their `!commands` are answered, not an onboarding)."""
        staff = msg.sender in self.settings.admins or (
            self.mentor_route is not None and self.mentor_route.is_mentor(msg.sender))
        if (not self.settings.greeting or staff or msg.room_id == self.settings.mentor_room
                or await uow.people.load_state(msg.room_id, msg.sender)):
            return
        person = await uow.people.get(msg.sender) or Person(msg.sender)
        lang = person_lang(person, self.settings.default_language)
        await self._say(uow, msg.room_id, Renderer(self.library.library.catalog).text(lang, "bot-greeting"))

    async def _say(self, uow: UnitOfWork, room_id: str, text: Rendered) -> None:
        await uow.send(room_id, text.content())

    # --- state -----------------------------------------------------------------------------
    async def _load_state(self, uow: UnitOfWork, room_id: str, user_id: str) -> State | None:
        raw = await uow.people.load_state(room_id, user_id) or self.transient.state(room_id, user_id)
        if raw is None:
            return None
        try:
            return State.from_json(raw)
        except StateError:
            log.warning("a stored conversation could not be read; starting again")
            return None

    def _context(self, person: Person) -> Context:
        profile: dict[str, Value] = {}
        for key, raw in person.profile.items():
            if isinstance(raw, list):
                profile[key] = tuple(str(x) for x in raw)
            elif isinstance(raw, str | int | float | bool):
                profile[key] = raw
        return Context(lang=person_lang(person, self.settings.default_language), timezone=person.timezone,
                       country=person.country, profile=profile)


async def heard_crisis(conv: Conversations, uow: UnitOfWork, msg: Inbound, talk: Talk, state: State | None) -> bool:
    """Crisis words, heard before anything else takes the message (`bot.care.crisis_desk`)."""
    person = talk.person
    here = Talk(talk.room_id, person, talk.lang, state.flow if state is not None and not state.ended else MENU)

    async def open_case(u: UnitOfWork, kind: Kind, words: str | None) -> CrisisOutcome:
        return await conv.cases.crisis(u, here, kind, words, EPISODE_S)

    return await conv.crisis.heard(uow, msg, Renderer(conv.library.library.catalog), open_case, lang=talk.lang,
                                   country=person.country, timezone=person.timezone,
                                   consented=bool(person.profile.get(CONSENT)))


async def share_answered(conv: Conversations, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
    """Yes or no to "may I send your answers to the team?" (asked of people without consent
    to storage when a flow escalated with answers): yes sends them to the open case, now."""
    latest = await uow.edge.latest_tag(msg.room_id)
    if latest is None or latest[0] != SHARE_TAG:
        return False
    catalog = conv.library.library.catalog
    answer = said_yes_no(catalog, msg.body, (talk.lang, catalog.default_lang))
    pending = conv.transient.pending.pop((talk.room_id, talk.person.user_id))
    if not talk.person.profile.get(CONSENT):
        conv.transient.forget(talk.room_id, talk.person.user_id)
    if answer is None or pending is None:
        return False
    if answer:
        await conv.cases.escalate(uow, talk, pending)  # joins their open case: the answers, shown
    reply = "bot-share-sent" if answer else "bot-share-kept"
    await uow.send(talk.room_id, Renderer(catalog).text(talk.lang, reply).content())
    return True



def asks_to_share(person: Person, effect: Escalate) -> bool:
    """An escalation with answers, from someone who did not agree to storage: ask them first."""
    return not person.profile.get(CONSENT) and effect.consent != "none" and bool(effect.summary)


def ask_tag(flow: str, step_id: str) -> str:
    return f"ask:{flow}:{step_id}"


def tag_kind(detail: str | None) -> str:
    return (detail or "").rsplit("|", 1)[-1]


__all__ = ["CaseSink", "Conversations", "FloodGate", "FollowupSink", "Heard", "LibraryHolder", "PlanRoute", "Talk",
           "ask_tag"]
