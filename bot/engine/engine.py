"""The flow engine: a pure function from (library, state, input, now) to (state, effects).

No I/O, no clock reads, no randomness, no globals: the host passes `now` and executes the
effects. Nothing here raises for any input or any library; problems end the flow with a
Notice and an OfferPerson instead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from bot.engine import planning
from bot.engine.analysis import branches, default_hint, hint_args
from bot.engine.answers import Answer, parse_answer
from bot.engine.catalog import LANG_PATTERN
from bot.engine.effects import (
    Ask,
    Effect,
    Escalate,
    FlowEnded,
    FlowStarted,
    Hint,
    Notice,
    OfferPerson,
    OptionView,
    PlanMade,
    Remember,
    Say,
    ScheduleFollowup,
    SetPreference,
    StepVisited,
    SummaryItem,
)
from bot.engine.evaluate import evaluate, holds
from bot.engine.inputs import AttachmentInput, BackInput, EditInput, Input, OptionInput, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import (
    BUILTIN_VARS,
    DAY_SECONDS,
    PROFILE_ARG_PREFIX,
    PROFILE_PREFIX,
    QUESTION_CLASSES,
    ActionStep,
    AnyQuestionStep,
    Branch,
    CallStep,
    ChoiceQuestion,
    ComputeStep,
    EndStep,
    EscalateStep,
    Flow,
    FollowupStep,
    GotoFlowStep,
    MessageStep,
    NumberQuestion,
    PlanStep,
    PreferenceStep,
    RememberStep,
    ScaleQuestion,
    YesNoQuestion,
)
from bot.engine.state import Context, Frame, Mark, PlanProgress, State
from bot.engine.values import Arg, Value

MAX_STEPS_PER_CALL = 200  # non-question steps run by one call before we call it a loop
MAX_CALL_DEPTH = 8
MAX_HISTORY = 20
MAX_INPUT_CHARS = 20_000

# Message ids of the engine's own notes (all defined in common.ftl).
NOTE_RESTARTED = "flow-restarted"
NOTE_BACK_UNAVAILABLE = "flow-back-unavailable"
NOTE_NOT_ACTIVE = "flow-not-active"
NOTE_UNAVAILABLE = "flow-unavailable"
NOTE_BROKEN = "flow-broken"

_CONSENTS = ("full", "pseudonymous", "none")


def start(
    lib: FlowLibrary, flow_id: str, now: datetime, ctx: Context | None = None, *, trace: bool = False
) -> tuple[State, list[Effect]]:
    """Starts `flow_id` for a person; runs until the first question (or the end).

    With `trace`, the effects also say each step the run entered (`StepVisited`), for tests
    that follow every path; hosts leave it off."""
    run = _Run(lib, now, ctx or Context(), flow_id, started_at=now, trace=trace)
    try:
        flow = lib.flow(flow_id)
        if flow is None:
            run.effects.append(Notice(NOTE_UNAVAILABLE))
            run.ended = True
        else:
            run.enter(flow)
            run.advance()
    except Exception:  # a bug must never take a conversation down; end it visibly instead
        run.abort(NOTE_BROKEN)
    return run.freeze(), run.effects


def step(
    lib: FlowLibrary, state: State, user_input: Input, now: datetime, *, trace: bool = False
) -> tuple[State, list[Effect]]:
    """Gives one input to the waiting question and runs until the next question or the end
    (`trace`: as for `start`)."""
    run = _Run.resume(lib, state, now, trace=trace)
    try:
        run.receive(user_input)
    except Exception:  # see start()
        run.abort(NOTE_BROKEN)
    return run.freeze(), run.effects


def repeat(lib: FlowLibrary, state: State, now: datetime) -> list[Effect]:
    """The question waiting in `state`, asked again as it stands (e.g. after `help`); nothing
    when no question waits or its flow changed since. The state itself does not change."""
    if not state.waiting:
        return []
    run = _Run.resume(lib, state, now)
    try:
        flow = run.current_flow()
        waiting = run.waiting_question() if flow is not None and flow.version == state.version else None
        if waiting is None:
            return []
        run.ask(*waiting, record=False)
    except Exception:  # see start(): a broken flow must not break `help`
        return []
    return [effect for effect in run.effects if isinstance(effect, Ask)]


def stop(state: State, now: datetime) -> State:
    """The person ended the conversation (`stop`): nothing waits any more; answers so far stay."""
    return replace(state, step=None, stack=(), ended=True, updated_at=now)


# Long: one step of every step type, kept together so that the state machine reads top to bottom.
class _Run:
    """The mutable working copy of a State during one call; it never escapes the call."""

    def __init__(
        self, lib: FlowLibrary, now: datetime, ctx: Context, flow_id: str, started_at: datetime, trace: bool = False
    ) -> None:
        self.lib = lib
        self.trace = trace
        self.now = now
        self.started_at = started_at
        self.lang = ctx.lang
        self.timezone = ctx.timezone
        self.country = ctx.country
        self.profile: dict[str, Value] = dict(ctx.profile)
        self.flow_id = flow_id
        self.version = 0
        self.step_id: str | None = None
        self.vars: dict[str, Value] = {}
        self.stack: list[Frame] = []
        self.failures = 0
        self.history: list[Mark] = []
        self.done: set[str] = set()
        self.ended = False
        self.effects: list[Effect] = []
        self.steps_run = 0
        self.plan: PlanProgress | None = None  # inside a `plan` step

    @classmethod
    def resume(cls, lib: FlowLibrary, state: State, now: datetime, trace: bool = False) -> _Run:
        run = cls(lib, now, state.ctx, state.flow, state.started_at, trace)
        run.version = state.version
        run.step_id = state.step
        run.vars = dict(state.vars)
        run.stack = list(state.stack)
        run.failures = state.failures
        run.history = list(state.history)
        run.done = set(state.done)
        run.ended = state.ended
        run.plan = state.plan
        return run

    def freeze(self) -> State:
        return State(
            flow=self.flow_id,
            version=self.version,
            step=None if self.ended else self.step_id,
            ctx=Context(self.lang, self.timezone, self.country, dict(self.profile)),
            vars=dict(self.vars),
            started_at=self.started_at,
            updated_at=self.now,
            stack=tuple(self.stack),
            failures=self.failures,
            history=tuple(self.history[-MAX_HISTORY:]),
            done=tuple(sorted(self.done)),
            ended=self.ended,
            plan=None if self.ended else self.plan,
        )

    # --- variables and message arguments -------------------------------------------------------

    def lookup(self, name: str) -> Value | None:
        if name == "lang":
            return self.lang
        if name == "timezone":
            return self.timezone
        if name == "country":
            return self.country
        if name.startswith(PROFILE_PREFIX):
            return self.profile.get(name[len(PROFILE_PREFIX) :])
        return self.vars.get(name)

    def _arg(self, value: Value) -> Arg:
        if isinstance(value, bool):
            return self.lib.catalog.option_label(self.lang, "option-yes" if value else "option-no")
        if isinstance(value, tuple):
            return ", ".join(value)
        return value

    def args(self, *msgids: str) -> dict[str, Arg]:
        """The message arguments these messages use, and only those: effects may be stored or
        queued by the host, so they carry no more of the person's answers than needed."""
        wanted: set[str] = set()
        for msgid in msgids:
            wanted |= self.lib.catalog.variables(msgid)
        out: dict[str, Arg] = {}
        for name in sorted(wanted):
            value: Value | None
            if name.startswith(PROFILE_ARG_PREFIX):
                value = self.profile.get(name[len(PROFILE_ARG_PREFIX) :])
            elif name in BUILTIN_VARS:
                value = self.lookup(name)
            else:
                value = self.vars.get(name)
            if value is not None:
                out[name] = self._arg(value)
        return out

    # --- moving around -------------------------------------------------------------------------

    def current_flow(self) -> Flow | None:
        return self.lib.flow(self.flow_id)

    def enter(self, flow: Flow) -> None:
        self.effects.append(FlowStarted(flow.id))
        self.flow_id, self.version, self.step_id = flow.id, flow.version, flow.start
        self.failures = 0
        self.plan = None

    def goto(self, next_: str | tuple[Branch, ...]) -> bool:
        for branch in branches(next_):
            if branch.when is None or holds(branch.when, self.lookup):
                self.step_id = branch.goto
                return True
        # No fallback branch matched (the check forbids this): stop rather than guess.
        self.abort(NOTE_BROKEN)
        return False

    def abort(self, msgid: str) -> None:
        """Ends the flow and all its callers with a note and the offer of a person."""
        if self.ended:
            return
        self.effects.append(Notice(msgid))
        self.effects.append(OfferPerson())
        self.effects.append(FlowEnded(self.flow_id))
        for frame in reversed(self.stack):
            self.effects.append(FlowEnded(frame.flow))
        self.stack.clear()
        self.ended = True
        self.step_id = None
        self.plan = None

    def restart(self, flow: Flow) -> None:
        """The flow changed under the person and their step is gone: start it again."""
        self.effects.append(Notice(NOTE_RESTARTED))
        keep = set(self.lib.writes(flow.id))
        for frame in self.stack:
            keep |= self.lib.writes(frame.flow)
        self.vars = {name: value for name, value in self.vars.items() if name in keep}
        self.history = [mark for mark in self.history if mark.flow != flow.id]
        self.flow_id, self.version, self.step_id = flow.id, flow.version, flow.start
        self.failures = 0
        self.plan = None

    def return_to_caller(self) -> None:
        frame = self.stack.pop()
        caller = self.lib.flow(frame.flow)
        if caller is None:
            self.abort(NOTE_UNAVAILABLE)
            return
        call = caller.steps.get(frame.step)
        if call is None or isinstance(call, EndStep | GotoFlowStep):
            self.restart(caller)
            return
        self.flow_id, self.version, self.step_id = caller.id, caller.version, frame.step
        self.goto(call.next)

    def advance(self) -> None:
        """Runs non-question steps until a question waits for an answer or the flow ends."""
        while not self.ended:
            flow = self.current_flow()
            current = flow.steps.get(self.step_id) if flow is not None and self.step_id is not None else None
            if flow is None or current is None:
                self.abort(NOTE_BROKEN)
                return
            if isinstance(current, QUESTION_CLASSES):
                self.visited(flow)
                self.ask(flow, current, record=True)
                return
            self.steps_run += 1
            if self.steps_run > MAX_STEPS_PER_CALL:
                self.abort(NOTE_BROKEN)
                return
            self.visited(flow)
            if isinstance(current, PlanStep):
                if self.plan_begin(flow, current, record=True):
                    return  # its first question waits
                continue
            self.run_step(flow, current)

    def visited(self, flow: Flow) -> None:
        if self.trace and self.step_id is not None:
            self.effects.append(StepVisited(flow.id, self.step_id))

    def run_step(self, flow: Flow, current: ActionStep) -> None:
        key = f"{flow.id}/{self.step_id}"
        if isinstance(current, MessageStep):
            items: tuple[str, ...] = ()
            if current.items is not None:
                shown = [e.text for e in current.items.entries if e.when is None or holds(e.when, self.lookup)]
                limit = current.items.limit
                items = tuple(shown[:limit] if limit is not None else shown)
            self.effects.append(Say(current.text, self.args(current.text, *items), items))
            self.goto(current.next)
        elif isinstance(current, ComputeStep):
            for name, expr in current.assign.items():
                value = evaluate(expr, self.lookup)
                if value is None:
                    self.vars.pop(name, None)
                else:
                    self.vars[name] = value
            self.goto(current.next)
        elif isinstance(current, EscalateStep):
            if key not in self.done:  # once per run, even after back or edit
                self.done.add(key)
                self.effects.append(self.escalation(flow, current))
            self.goto(current.next)
        elif isinstance(current, FollowupStep):
            if key not in self.done:
                self.done.add(key)
                self.effects.append(ScheduleFollowup(current.flow, current.after_seconds, current.text))
            self.goto(current.next)
        elif isinstance(current, PreferenceStep):
            self.set_preference(current)
            self.goto(current.next)
        elif isinstance(current, RememberStep):
            for name in current.vars:
                value = self.vars.get(name)
                if value is not None:
                    self.profile[name] = value
                    self.effects.append(Remember(name, value))
            self.goto(current.next)
        elif isinstance(current, CallStep):
            callee = self.lib.flow(current.flow)
            if callee is None or len(self.stack) >= MAX_CALL_DEPTH:
                self.abort(NOTE_BROKEN)
                return
            assert self.step_id is not None
            self.stack.append(Frame(flow.id, flow.version, self.step_id))
            self.enter(callee)
        elif isinstance(current, GotoFlowStep):
            target = self.lib.flow(current.flow)
            if target is None:
                self.abort(NOTE_BROKEN)
                return
            self.effects.append(FlowEnded(flow.id))
            if not self.stack:  # a new top-level flow starts fresh; only the profile carries over
                self.vars.clear()
                self.history.clear()
                self.done.clear()
            self.enter(target)
        else:
            if current.text:
                self.effects.append(Say(current.text, self.args(current.text)))
            self.effects.append(FlowEnded(flow.id))
            if self.stack:
                self.return_to_caller()
            else:
                self.ended = True
                self.step_id = None

    def escalation(self, flow: Flow, current: EscalateStep) -> Escalate:
        urgency: Any = current.urgency
        if not isinstance(urgency, str):
            urgency = next(
                (b.value for b in urgency if b.when is None or holds(b.when, self.lookup)),
                "normal",
            )
        consent_value = self.lookup(current.consent) if current.consent else None
        consent: Any = consent_value if consent_value in _CONSENTS else "pseudonymous"
        summary: tuple[SummaryItem, ...] = ()
        if consent != "none":  # without consent the summary never leaves the engine
            flows = [flow.id, *(frame.flow for frame in reversed(self.stack))]
            summary = tuple(
                SummaryItem(self.lib.question_msgid(flows, var), var, self.lookup(var)) for var in current.summary
            )
        return Escalate(flow.id, urgency, summary, consent, current.reason)

    def set_preference(self, current: PreferenceStep) -> None:
        value = self.lookup(current.from_)
        if not isinstance(value, str) or not value.strip():
            return
        value = value.strip()
        if current.name == "language":
            # A language without locale files is still the person's choice (texts fall back to English).
            if value not in self.lib.catalog.languages and not LANG_PATTERN.match(value):
                return
            self.lang = value
        elif current.name == "timezone":
            self.timezone = value
        else:
            self.country = value
        self.effects.append(SetPreference(current.name, value))

    # --- questions -----------------------------------------------------------------------------

    def ask(self, flow: Flow, question: AnyQuestionStep, record: bool) -> None:
        assert self.step_id is not None
        if record:
            self.failures = 0
            self.history.append(Mark(flow.id, flow.version, self.step_id, tuple(self.stack)))
            del self.history[:-MAX_HISTORY]
        options: tuple[OptionView, ...] = ()
        low: int | float | None = None
        high: int | float | None = None
        reactions = question.reactions if question.reactions is not None else flow.reactions
        if isinstance(question, ChoiceQuestion):
            options = tuple(OptionView(o.id, o.label_msgid, i) for i, o in enumerate(question.options, 1))
            reactions = reactions and not question.multiple
        elif isinstance(question, YesNoQuestion):
            options = (OptionView("yes", "option-yes", 1), OptionView("no", "option-no", 2))
        else:
            reactions = False
        if isinstance(question, ScaleQuestion | NumberQuestion):
            low, high = question.min, question.max
        self.effects.append(
            Ask(
                flow=flow.id,
                step=self.step_id,
                msgid=question.text,
                args=self.args(question.text),
                kind=question.kind,
                options=options,
                min=low,
                max=high,
                min_label=question.min_label if isinstance(question, ScaleQuestion) else None,
                max_label=question.max_label if isinstance(question, ScaleQuestion) else None,
                multiple=isinstance(question, ChoiceQuestion) and question.multiple,
                reactions=reactions,
                optional=question.optional,
                attempt=self.failures + 1,
            )
        )

    def waiting_question(self) -> tuple[Flow, AnyQuestionStep] | None:
        flow = self.current_flow()
        if flow is None or self.step_id is None:
            return None
        current = flow.steps.get(self.step_id)
        return (flow, current) if isinstance(current, QUESTION_CLASSES) else None

    def restore(self, mark: Mark, plans: bool = False) -> bool:
        """Moves back to an earlier question (or, with `plans`, a plan step), if it still exists."""
        flow = self.lib.flow(mark.flow)
        target = flow.steps.get(mark.step) if flow is not None else None
        if flow is None or not (isinstance(target, QUESTION_CLASSES) or (plans and isinstance(target, PlanStep))):
            return False
        if any(self.lib.flow(frame.flow) is None for frame in mark.stack):
            return False
        self.flow_id, self.version, self.step_id = flow.id, flow.version, mark.step
        self.stack = list(mark.stack)
        self.failures = 0
        self.plan = None
        return True

    def receive(self, user_input: Input) -> None:
        if self.ended or self.step_id is None:
            self.ended = True
            self.effects.append(Notice(NOTE_NOT_ACTIVE))
            return
        flow = self.current_flow()
        if flow is None:
            self.abort(NOTE_UNAVAILABLE)
            return
        if flow.version != self.version:
            self.follow_new_version(flow)
            return
        waiting = self.waiting_question()
        if waiting is None:
            plan_step = self.waiting_plan()
            if plan_step is not None:
                self.plan_receive(flow, plan_step, user_input)
                return
            self.advance()  # the step changed kind without a version bump: carry on from it
            return
        if isinstance(user_input, BackInput):
            self.back(*waiting)
            return
        if isinstance(user_input, EditInput):
            if self.failures == 0 and len(self.history) >= 2 and self.restore(self.history[-2]):
                self.history.pop()
                restored = self.waiting_question()
                if restored is not None:
                    self.answer(*restored, TextInput(user_input.text))
                    return
            self.answer(*waiting, TextInput(user_input.text))
            return
        if isinstance(user_input, TextInput | OptionInput | AttachmentInput):
            self.answer(*waiting, user_input)
            return
        self.not_understood(*waiting)  # not an input type we know

    def follow_new_version(self, flow: Flow) -> None:
        """The flow changed since the person's last answer."""
        current = flow.steps.get(self.step_id) if self.step_id is not None else None
        if current is None:
            self.restart(flow)
            self.advance()
            return
        self.version = flow.version
        if isinstance(current, QUESTION_CLASSES):
            # The question may have changed: ask it again rather than guess what the answer meant.
            self.failures = 0
            if self.history and self.history[-1].step == self.step_id and self.history[-1].flow == flow.id:
                self.history[-1] = replace(self.history[-1], version=flow.version)
            self.ask(flow, current, record=False)
            return
        self.advance()

    def back(self, flow: Flow, question: AnyQuestionStep) -> None:
        if self.back_to_previous():
            return
        self.effects.append(Notice(NOTE_BACK_UNAVAILABLE))
        self.ask(flow, question, record=False)

    def back_to_previous(self) -> bool:
        """Asks the question before the current one again (a plan starts over); False if none."""
        if len(self.history) >= 2 and self.restore(self.history[-2], plans=True):
            self.history.pop()
            restored = self.waiting_question()
            if restored is not None:
                self.ask(*restored, record=False)
                return True
            plan_step = self.waiting_plan()
            flow = self.current_flow()
            if plan_step is not None and flow is not None:
                if not self.plan_begin(flow, plan_step, record=False):
                    self.advance()  # it has nothing to offer any more: carry on after it
                return True
        return False

    def answer(self, flow: Flow, question: AnyQuestionStep, answer: Answer) -> None:
        assert self.step_id is not None
        if isinstance(answer, TextInput) and len(answer.text) > MAX_INPUT_CHARS:
            self.not_understood(flow, question)
            return
        result = parse_answer(self.lib, flow.id, self.step_id, question, answer, self.lang)
        if result is None:
            self.not_understood(flow, question)
            return
        if question.save:
            if result.value is None:
                self.vars.pop(question.save, None)
            else:
                self.vars[question.save] = result.value
        self.failures = 0
        if self.goto(question.next):
            self.advance()

    def not_understood(self, flow: Flow, question: AnyQuestionStep) -> None:
        self.failures += 1
        hint_msgid = question.hint or default_hint(question)
        self.effects.append(Hint(hint_msgid, {**self.args(hint_msgid), **hint_args(question)}))
        if self.failures % question.retries == 0:
            self.effects.append(OfferPerson())
        self.ask(flow, question, record=False)

    # --- plans (bot/engine/planning.py) ----------------------------------------------------------

    def waiting_plan(self) -> PlanStep | None:
        flow = self.current_flow()
        current = flow.steps.get(self.step_id) if flow is not None and self.step_id is not None else None
        return current if isinstance(current, PlanStep) else None

    def plan_begin(self, flow: Flow, current: PlanStep, record: bool) -> bool:
        """Offers the plan's first step (True), or moves on when none applies (False)."""
        assert self.step_id is not None
        offered = planning.offered(current, lambda condition: holds(condition, self.lookup))
        if not offered:
            self.plan = None
            if current.save:
                self.vars[current.save] = 0
            self.goto(current.next)
            return False
        self.plan = PlanProgress(flow.id, self.step_id, offered)
        self.effects.append(Say(current.text, {**self.args(current.text), "count": len(offered)}))
        if record:
            self.failures = 0
            mark = Mark(flow.id, flow.version, self.step_id, tuple(self.stack))
            if self.history and (self.history[-1].flow, self.history[-1].step) == (mark.flow, mark.step):
                self.history[-1] = mark  # the same plan, begun again (its flow changed)
            else:
                self.history.append(mark)
                del self.history[:-MAX_HISTORY]
        self.plan_ask(flow, current)
        return True

    def plan_ask(self, flow: Flow, current: PlanStep) -> None:
        assert self.step_id is not None and self.plan is not None
        progress = self.plan
        question = planning.question(progress)
        candidate = current.candidates[progress.offered[progress.position]]
        args: dict[str, Arg] = {}
        options: tuple[OptionView, ...] = ()
        if isinstance(question, ChoiceQuestion):
            render = self.lib.catalog.render
            args = {"number": progress.position + 1, "count": len(progress.offered),
                    "step": render(self.lang, candidate.text), "why": render(self.lang, candidate.why)}
            options = tuple(OptionView(o.id, o.label_msgid, i) for i, o in enumerate(question.options, 1))
        elif isinstance(question, YesNoQuestion):
            args = {"days": -(-(candidate.followup_seconds or DAY_SECONDS) // DAY_SECONDS)}  # whole days, up
            options = (OptionView("yes", "option-yes", 1), OptionView("no", "option-no", 2))
        self.effects.append(
            Ask(flow=flow.id, step=self.step_id, msgid=question.text, args=args, kind=question.kind, options=options,
                optional=question is planning.WORDS, attempt=self.failures + 1)
        )

    def plan_receive(self, flow: Flow, current: PlanStep, user_input: Input) -> None:
        progress = self.plan
        if progress is None or (progress.flow, progress.step) != (flow.id, self.step_id) or planning.finished(progress):
            self.advance()  # no usable progress (e.g. from another version): offer the plan afresh
            return
        if isinstance(user_input, BackInput):
            back = planning.stepped_back(progress)
            if back is not None:
                self.plan = back
                self.plan_ask(flow, current)
            elif not self.back_to_previous():
                self.effects.append(Notice(NOTE_BACK_UNAVAILABLE))
                self.plan_ask(flow, current)
            return
        answer: Answer
        if isinstance(user_input, EditInput):
            # An edit re-answers the previous question of the plan, unless this one failed already.
            back = planning.stepped_back(progress) if self.failures == 0 else None
            self.plan = back or progress
            answer = TextInput(user_input.text)
        elif isinstance(user_input, TextInput | OptionInput | AttachmentInput):
            answer = user_input
        else:
            self.plan_not_understood(flow, current)
            return
        self.plan_answer(flow, current, answer)

    def plan_answer(self, flow: Flow, current: PlanStep, answer: Answer) -> None:
        assert self.plan is not None and self.step_id is not None
        question = planning.question(self.plan)
        result = None
        if not (isinstance(answer, TextInput) and len(answer.text) > MAX_INPUT_CHARS):
            key = f"{self.step_id}.{self.plan.phase}"  # the answer tables are kept per question
            result = parse_answer(self.lib, flow.id, key, question, answer, self.lang)
        if result is None:
            self.plan_not_understood(flow, current)
            return
        self.failures = 0
        can_remind = current.remind_when is None or holds(current.remind_when, self.lookup)
        self.plan = planning.answered(current, self.plan, result.value, can_remind)
        if not planning.finished(self.plan):
            self.plan_ask(flow, current)
            return
        steps = planning.kept(current, self.plan)
        self.effects.append(PlanMade(flow.id, steps, len(self.plan.offered)))
        self.plan = None
        if current.save:
            self.vars[current.save] = len(steps)
        if self.goto(current.next):
            self.advance()

    def plan_not_understood(self, flow: Flow, current: PlanStep) -> None:
        assert self.plan is not None
        question = planning.question(self.plan)
        self.failures += 1
        self.effects.append(Hint(default_hint(question), hint_args(question)))
        if self.failures % question.retries == 0:
            self.effects.append(OfferPerson())
        self.plan_ask(flow, current)
