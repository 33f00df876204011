"""Static facts about flows: where steps lead, which variables and messages they use.

Shared by the library (indexes for the engine), the check and the graph output.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.engine.evaluate import ConditionNode, ExprNode, operands
from bot.engine.model import (
    QUESTION_CLASSES,
    AllCondition,
    AnyCondition,
    AnyQuestionStep,
    AnyStep,
    AttachmentQuestion,
    Branch,
    CallStep,
    ChoiceQuestion,
    ComputeStep,
    CountExpr,
    DivExpr,
    EndStep,
    EscalateStep,
    Flow,
    FollowupStep,
    GotoFlowStep,
    IfExpr,
    MaxExpr,
    MessageStep,
    MinExpr,
    MulExpr,
    NotCondition,
    NumberQuestion,
    PlanStep,
    PreferenceStep,
    RememberStep,
    RoundExpr,
    ScaleQuestion,
    SubExpr,
    SumExpr,
    TextQuestion,
    VarCondition,
    VarExpr,
    YesNoQuestion,
)
from bot.engine.planning import PLAN_ARGS, PLAN_MESSAGE_IDS

# Message ids that the engine itself may emit, whatever the flows say.
ENGINE_MESSAGE_IDS: tuple[str, ...] = (
    "option-yes",
    "option-no",
    "option-skip",
    "hint-choice",
    "hint-choice-multiple",
    "hint-yesno",
    "hint-scale",
    "hint-number",
    "hint-number-range",
    "hint-text",
    "hint-attachment",
    "retry-offer-person",
    "flow-restarted",
    "flow-back-unavailable",
    "flow-not-active",
    "flow-unavailable",
    "flow-broken",
    *PLAN_MESSAGE_IDS,
)
# Everything common.ftl must define in English (the engine's ids, keywords, the language name).
COMMON_MESSAGE_IDS: tuple[str, ...] = (
    "language-name",
    *ENGINE_MESSAGE_IDS,
    "keyword-menu",
    "keyword-back",
    "keyword-help",
    "keyword-mentor",
    "keyword-language",
    "keyword-stop",
    "keyword-delete",
    "keyword-mydata",
    "keyword-myplan",
)

# The arguments the engine passes to its own messages (the check compares placeables with these).
HINT_ARGS: dict[str, frozenset[str]] = {
    "hint-choice": frozenset({"count"}),
    "hint-choice-multiple": frozenset({"count"}),
    "hint-yesno": frozenset(),
    "hint-scale": frozenset({"min", "max"}),
    "hint-number": frozenset(),
    "hint-number-range": frozenset({"min", "max"}),
    "hint-text": frozenset({"min_length", "max_length"}),
    "hint-attachment": frozenset({"max_size_mb"}),
}
# The arguments the engine gives its other messages that take any (the plan's questions).
ENGINE_ARGS: dict[str, frozenset[str]] = dict(PLAN_ARGS)


def default_hint(step: AnyQuestionStep) -> str:
    if isinstance(step, ChoiceQuestion):
        return "hint-choice-multiple" if step.multiple else "hint-choice"
    if isinstance(step, NumberQuestion):
        return "hint-number-range" if step.min is not None and step.max is not None else "hint-number"
    return f"hint-{step.kind}"


def hint_args(step: AnyQuestionStep) -> dict[str, int | float]:
    if isinstance(step, ChoiceQuestion):
        return {"count": len(step.options)}
    if isinstance(step, ScaleQuestion):
        return {"min": step.min, "max": step.max}
    if isinstance(step, NumberQuestion):
        found: dict[str, int | float] = {}
        if step.min is not None:
            found["min"] = _plain(step.min)
        if step.max is not None:
            found["max"] = _plain(step.max)
        return found
    if isinstance(step, TextQuestion):
        return {"min_length": step.min_length, "max_length": step.max_length}
    if isinstance(step, AttachmentQuestion):
        return {"max_size_mb": _plain(step.max_size_mb)}
    return {}


def _plain(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


# --- where steps lead --------------------------------------------------------------------------


def branches(next_: str | tuple[Branch, ...]) -> tuple[Branch, ...]:
    return (Branch(goto=next_),) if isinstance(next_, str) else next_


def step_targets(step: AnyStep) -> list[str]:
    """The step ids a step can continue to, in order (duplicates removed)."""
    if isinstance(step, EndStep | GotoFlowStep):
        return []
    return list(dict.fromkeys(branch.goto for branch in branches(step.next)))


def is_terminal(step: AnyStep) -> bool:
    return isinstance(step, EndStep | GotoFlowStep)


def reachable(flow: Flow) -> set[str]:
    seen: set[str] = set()
    todo = [flow.start] if flow.start in flow.steps else []
    while todo:
        step_id = todo.pop()
        if step_id in seen:
            continue
        seen.add(step_id)
        todo.extend(t for t in step_targets(flow.steps[step_id]) if t in flow.steps and t not in seen)
    return seen


def can_end(flow: Flow) -> set[str]:
    """Steps from which some path reaches an `end` or `goto_flow` step."""
    predecessors: dict[str, set[str]] = {step_id: set() for step_id in flow.steps}
    for step_id, step in flow.steps.items():
        for target in step_targets(step):
            if target in predecessors:
                predecessors[target].add(step_id)
    done = {step_id for step_id, step in flow.steps.items() if is_terminal(step)}
    todo = list(done)
    while todo:
        step_id = todo.pop()
        for before in predecessors[step_id]:
            if before not in done:
                done.add(before)
                todo.append(before)
    return done


def called_flows(flow: Flow) -> list[str]:
    return [step.flow for step in flow.steps.values() if isinstance(step, CallStep)]


# --- conditions and expressions ----------------------------------------------------------------


def condition_nodes(condition: ConditionNode) -> Iterator[VarCondition]:
    """The `{var: …}` leaves of a condition."""
    if isinstance(condition, VarCondition):
        yield condition
    elif isinstance(condition, AllCondition):
        for part in condition.all:
            yield from condition_nodes(part)
    elif isinstance(condition, AnyCondition):
        for part in condition.any:
            yield from condition_nodes(part)
    elif isinstance(condition, NotCondition):
        yield from condition_nodes(condition.not_)


def expr_conditions(expr: ExprNode) -> Iterator[ConditionNode]:
    if isinstance(expr, CountExpr):
        yield from expr.count
    elif isinstance(expr, IfExpr):
        yield expr.if_
        yield from expr_conditions(expr.then)
        yield from expr_conditions(expr.else_)
    else:
        for child in expr_children(expr):
            yield from expr_conditions(child)


def expr_children(expr: ExprNode) -> tuple[ExprNode, ...]:
    if isinstance(expr, SumExpr | SubExpr | MulExpr | DivExpr | MinExpr | MaxExpr):
        return operands(expr)
    if isinstance(expr, RoundExpr):
        return (expr.round,)
    if isinstance(expr, IfExpr):
        return (expr.then, expr.else_)
    return ()


def expr_vars(expr: ExprNode) -> Iterator[str]:
    """Variables an expression reads directly (those in its conditions come from step_conditions)."""
    if isinstance(expr, VarExpr):
        yield expr.var
    for child in expr_children(expr):
        yield from expr_vars(child)


@dataclass(frozen=True, slots=True)
class ConditionUse:
    """A condition somewhere in a step, with the YAML path of its `when`/`if`/`count`."""

    path: tuple[str | int, ...]
    condition: ConditionNode


def step_conditions(step_id: str, step: AnyStep) -> Iterator[ConditionUse]:
    base: tuple[str | int, ...] = ("steps", step_id)
    if not isinstance(step, EndStep | GotoFlowStep) and not isinstance(step.next, str):
        for index, branch in enumerate(step.next):
            if branch.when is not None:
                yield ConditionUse((*base, "next", index, "when"), branch.when)
    if isinstance(step, MessageStep) and step.items is not None:
        for index, entry in enumerate(step.items.entries):
            if entry.when is not None:
                yield ConditionUse((*base, "items", "entries", index, "when"), entry.when)
    if isinstance(step, PlanStep):
        if step.remind_when is not None:
            yield ConditionUse((*base, "remind_when"), step.remind_when)
        for index, candidate in enumerate(step.candidates):
            if candidate.when is not None:
                yield ConditionUse((*base, "candidates", index, "when"), candidate.when)
    if isinstance(step, EscalateStep) and not isinstance(step.urgency, str):
        for index, urgency in enumerate(step.urgency):
            if urgency.when is not None:
                yield ConditionUse((*base, "urgency", index, "when"), urgency.when)
    if isinstance(step, ComputeStep):
        for name, expr in step.assign.items():
            for condition in expr_conditions(expr):
                yield ConditionUse((*base, "set", name), condition)


@dataclass(frozen=True, slots=True)
class VarUse:
    path: tuple[str | int, ...]
    var: str


def step_var_reads(step_id: str, step: AnyStep) -> Iterator[VarUse]:
    """Every variable a step reads, with the YAML path where it is named."""
    base: tuple[str | int, ...] = ("steps", step_id)
    for use in step_conditions(step_id, step):
        for leaf in condition_nodes(use.condition):
            yield VarUse(use.path, leaf.var)
    if isinstance(step, ComputeStep):
        for name, expr in step.assign.items():
            for var in expr_vars(expr):
                yield VarUse((*base, "set", name), var)
    elif isinstance(step, EscalateStep):
        for index, var in enumerate(step.summary):
            yield VarUse((*base, "summary", index), var)
        if step.consent is not None:
            yield VarUse((*base, "consent"), step.consent)
    elif isinstance(step, PreferenceStep):
        yield VarUse((*base, "from"), step.from_)
    elif isinstance(step, RememberStep):
        for index, var in enumerate(step.vars):
            yield VarUse((*base, "vars", index), var)


def step_var_writes(step: AnyStep) -> list[str]:
    if isinstance(step, (*QUESTION_CLASSES, PlanStep)):
        return [step.save] if step.save else []
    if isinstance(step, ComputeStep):
        return list(step.assign)
    return []


def flow_var_writes(flow: Flow) -> set[str]:
    return {name for step in flow.steps.values() for name in step_var_writes(step)}


def remembered(flows: Mapping[str, Flow]) -> set[str]:
    return {
        var
        for flow in flows.values()
        for step in flow.steps.values()
        if isinstance(step, RememberStep)
        for var in step.vars
    }


# --- messages ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MessageUse:
    """A message id used by a step, where (YAML path), and which arguments it is given."""

    path: tuple[str | int, ...]
    msgid: str
    role: str  # "text", "hint", "label", "followup", "reason", "title", "plan" (a plan's text), "kept" (its steps)


def flow_messages(flow: Flow) -> Iterator[MessageUse]:
    yield MessageUse(("title",), flow.title, "title")
    if flow.description is not None:
        yield MessageUse(("description",), flow.description, "title")
    for step_id, step in flow.steps.items():
        yield from step_messages(step_id, step)


def step_messages(step_id: str, step: AnyStep) -> Iterator[MessageUse]:
    base: tuple[str | int, ...] = ("steps", step_id)
    if isinstance(step, MessageStep):
        yield MessageUse((*base, "text"), step.text, "text")
        if step.items is not None:
            for index, entry in enumerate(step.items.entries):
                yield MessageUse((*base, "items", "entries", index, "text"), entry.text, "text")
    elif isinstance(step, QUESTION_CLASSES):
        yield MessageUse((*base, "text"), step.text, "text")
        yield MessageUse((*base, "hint") if step.hint else base, step.hint or default_hint(step), "hint")
        if isinstance(step, ChoiceQuestion):
            for index, option in enumerate(step.options):
                yield MessageUse((*base, "options", index), option.label_msgid, "label")
        elif isinstance(step, YesNoQuestion):
            yield MessageUse(base, "option-yes", "label")
            yield MessageUse(base, "option-no", "label")
        elif isinstance(step, ScaleQuestion):
            if step.min_label:
                yield MessageUse((*base, "min_label"), step.min_label, "label")
            if step.max_label:
                yield MessageUse((*base, "max_label"), step.max_label, "label")
            for value, label in sorted((step.labels or {}).items()):
                yield MessageUse((*base, "labels", value), label, "label")
        if step.optional:
            yield MessageUse((*base, "optional"), "option-skip", "label")
    elif isinstance(step, EndStep) and step.text:
        yield MessageUse((*base, "text"), step.text, "text")
    elif isinstance(step, FollowupStep):
        yield MessageUse((*base, "text"), step.text, "followup")
    elif isinstance(step, EscalateStep) and step.reason:
        yield MessageUse((*base, "reason"), step.reason, "reason")
    elif isinstance(step, PlanStep):
        yield MessageUse((*base, "text"), step.text, "plan")
        for index, candidate in enumerate(step.candidates):
            yield MessageUse((*base, "candidates", index, "text"), candidate.text, "kept")
            yield MessageUse((*base, "candidates", index, "why"), candidate.why, "kept")
