"""The `plan` step, as pure functions over `PlanProgress` (the engine runs them).

A plan offers the candidates whose condition holds, in the order the flow lists them and at
most `limit` of them; for each one the person is asked, in turn:

1. `choose` — keep it, change it into their own words, or leave it out (the skip word leaves
   it out too);
2. `words` — after "change": the step in their own words (skip: leave it out);
3. `remind` — for a kept step with a `followup`: shall the bot ask later whether they did it?

"back" undoes the last of these answers; before the first one it leaves the plan. What the
questions say and accept lives in common.ftl (`plan-*`), like the engine's other messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.engine.effects import PlannedStep
from bot.engine.evaluate import ConditionNode
from bot.engine.model import (
    AnyQuestionStep,
    ChoiceQuestion,
    Option,
    PlanStep,
    TextQuestion,
    YesNoQuestion,
)
from bot.engine.state import PlanChoice, PlanProgress
from bot.engine.values import Value

KEEP, CHANGE, DROP = "keep", "change", "drop"
MAX_WORDS = 300  # one sentence, in the person's own words

# The three questions, as ordinary questions so that answers are understood like any other.
CHOOSE = ChoiceQuestion(
    type="question",
    kind="choice",
    text="plan-step-choose",
    options=(
        Option(id=KEEP, text="plan-opt-keep"),
        Option(id=CHANGE, text="plan-opt-change"),
        Option(id=DROP, text="plan-opt-drop"),
    ),
    optional=True,  # the skip word leaves the step out
    next="plan",
)
WORDS = TextQuestion(
    type="question", kind="text", text="plan-step-words", optional=True, max_length=MAX_WORDS, next="plan"
)
REMIND = YesNoQuestion(type="question", kind="yesno", text="plan-step-remind", next="plan")
QUESTIONS: dict[str, AnyQuestionStep] = {"choose": CHOOSE, "words": WORDS, "remind": REMIND}

# The engine's messages for plans (common.ftl), and the arguments it gives them.
PLAN_MESSAGE_IDS: tuple[str, ...] = (
    "plan-step-choose",
    "plan-opt-keep",
    "plan-opt-change",
    "plan-opt-drop",
    "plan-step-words",
    "plan-step-remind",
)
PLAN_ARGS: dict[str, frozenset[str]] = {
    "plan-step-choose": frozenset({"number", "count", "step", "why"}),
    "plan-step-remind": frozenset({"days"}),
}
# The plan step's own `text` gets the number of steps offered.
PLAN_TEXT_ARGS: frozenset[str] = frozenset({"count"})


def offered(step: PlanStep, holds: Callable[[ConditionNode], bool]) -> tuple[int, ...]:
    """The candidates to offer (their indexes): those whose condition holds, at most `limit`."""
    found = [i for i, candidate in enumerate(step.candidates) if candidate.when is None or holds(candidate.when)]
    return tuple(found[: step.limit])


def question(progress: PlanProgress) -> AnyQuestionStep:
    return QUESTIONS.get(progress.phase, CHOOSE)


def finished(progress: PlanProgress) -> bool:
    return progress.position >= len(progress.offered)


def answered(step: PlanStep, progress: PlanProgress, value: Value | None, can_remind: bool = True) -> PlanProgress:
    """The progress after an understood answer to the question waiting (None: skipped);
    `can_remind`: whether a kept step's reminder may be offered (the step's `remind_when`)."""
    index = progress.offered[progress.position]
    candidate = step.candidates[index]
    if progress.phase == "remind":
        decided = progress.current or PlanChoice(index, True)
        return _settle(progress, replace(decided, remind=value is True))
    if progress.phase == "words":
        if not isinstance(value, str) or not value.strip():
            return _settle(progress, PlanChoice(index, False))
        choice = PlanChoice(index, True, words=" ".join(value.split()))
    elif value == CHANGE:
        return replace(progress, phase="words", current=None)
    elif value == KEEP:
        choice = PlanChoice(index, True)
    else:
        return _settle(progress, PlanChoice(index, False))
    if candidate.followup is not None and can_remind:
        return replace(progress, phase="remind", current=choice)
    return _settle(progress, choice)


def _settle(progress: PlanProgress, choice: PlanChoice) -> PlanProgress:
    return replace(progress, choices=(*progress.choices, choice), phase="choose", current=None)


def stepped_back(progress: PlanProgress) -> PlanProgress | None:
    """The progress with the last answer undone; None before the first answer."""
    if progress.phase == "remind":
        words = progress.current is not None and progress.current.words is not None
        return replace(progress, phase="words" if words else "choose", current=None)
    if progress.phase == "words":
        return replace(progress, phase="choose", current=None)
    if progress.choices:
        return replace(progress, choices=progress.choices[:-1], phase="choose", current=None)
    return None


def kept(step: PlanStep, progress: PlanProgress) -> tuple[PlannedStep, ...]:
    """The steps the person kept, in the order offered."""
    out: list[PlannedStep] = []
    for choice in progress.choices:
        if not choice.keep:
            continue
        candidate = step.candidates[choice.candidate]
        out.append(PlannedStep(candidate.text, candidate.why, choice.words,
                               candidate.followup_seconds if choice.remind else None))
    return tuple(out)


__all__ = [
    "CHOOSE",
    "PLAN_ARGS",
    "PLAN_MESSAGE_IDS",
    "PLAN_TEXT_ARGS",
    "QUESTIONS",
    "REMIND",
    "WORDS",
    "answered",
    "finished",
    "kept",
    "offered",
    "question",
    "stepped_back",
]
