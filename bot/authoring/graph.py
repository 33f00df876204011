"""Pictures of a flow: Mermaid and Graphviz dot text, and svg/png through `dot` if installed."""

from __future__ import annotations

import shutil
import subprocess
from typing import Literal

from bot.engine.analysis import branches
from bot.engine.evaluate import ConditionNode
from bot.engine.model import (
    QUESTION_CLASSES,
    AllCondition,
    AnyCondition,
    AnyQuestionStep,
    AnyStep,
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
    NotCondition,
    PlanStep,
    PreferenceStep,
    RememberStep,
    VarCondition,
)

GraphFormat = Literal["mermaid", "dot", "svg", "png"]
_OP_SIGNS = {"eq": "=", "ne": "≠", "lt": "<", "le": "≤", "gt": ">", "ge": "≥", "in": "in", "contains": "has"}


class GraphError(Exception):
    """The picture cannot be made (e.g. Graphviz is not installed)."""


def describe_condition(condition: ConditionNode) -> str:
    """A short, readable form of a condition for edge labels: `mood < 4`."""
    if isinstance(condition, VarCondition):
        if condition.op == "set":
            return f"{condition.var} {'set' if condition.value else 'unset'}"
        value = condition.value
        shown = "[" + ", ".join(map(_literal, value)) + "]" if isinstance(value, tuple) else _literal(value)
        return f"{condition.var} {_OP_SIGNS[condition.op]} {shown}"
    if isinstance(condition, AllCondition):
        return " and ".join(_group(c) for c in condition.all)
    if isinstance(condition, AnyCondition):
        return " or ".join(_group(c) for c in condition.any)
    assert isinstance(condition, NotCondition)
    return f"not {_group(condition.not_)}"


def _group(condition: ConditionNode) -> str:
    text = describe_condition(condition)
    return f"({text})" if isinstance(condition, AllCondition | AnyCondition) else text


def _literal(value: bool | int | float | str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _label(step_id: str, step: AnyStep) -> str:
    if isinstance(step, QUESTION_CLASSES):
        return f"{step_id}\\n{_question_kind(step)}"
    if isinstance(step, CallStep):
        return f"{step_id}\\ncall {step.flow}"
    if isinstance(step, GotoFlowStep):
        return f"{step_id}\\n→ {step.flow}"
    if isinstance(step, EscalateStep):
        urgency = step.urgency if isinstance(step.urgency, str) else "by condition"
        return f"{step_id}\\nescalate ({urgency})"
    if isinstance(step, FollowupStep):
        return f"{step_id}\\nfollow-up {step.after}: {step.flow}"
    if isinstance(step, PreferenceStep):
        return f"{step_id}\\nset {step.name}"
    if isinstance(step, RememberStep):
        return f"{step_id}\\nremember {', '.join(step.vars)}"
    if isinstance(step, ComputeStep):
        return f"{step_id}\\ncompute {', '.join(step.assign)}"
    if isinstance(step, EndStep):
        return f"{step_id}\\nend"
    if isinstance(step, PlanStep):
        return f"{step_id}\\nplan (up to {step.limit} of {len(step.candidates)} steps)"
    assert isinstance(step, MessageStep)
    return f"{step_id}\\nmessage"


def _question_kind(step: AnyQuestionStep) -> str:
    if isinstance(step, ChoiceQuestion):
        return f"{'choices' if step.multiple else 'choice'}: {', '.join(o.id for o in step.options)}"
    return step.kind


def _edges(step: AnyStep) -> list[tuple[str, str]]:
    """(target, label) for each way out of a step."""
    if isinstance(step, EndStep | GotoFlowStep):
        return []
    out: list[tuple[str, str]] = []
    listed: tuple[Branch, ...] = branches(step.next)
    for index, branch in enumerate(listed):
        if branch.when is not None:
            label = describe_condition(branch.when)
        else:
            label = "otherwise" if len(listed) > 1 and index > 0 else ""
        out.append((branch.goto, label))
    return out


def _node_id(step_id: str) -> str:
    return "s_" + step_id.replace("-", "_")


def _escape(text: str, quote: str = '"') -> str:
    return text.replace(quote, "'")


# How a step is drawn, the same in both formats: questions branch, ends end, escalations and
# follow-ups act outside the conversation, calls run another flow.
NodeKind = Literal["question", "end", "outside", "call", "step"]
_MERMAID_NODE: dict[NodeKind, str] = {
    "question": '{{"{}"}}',
    "end": '(["{}"])',
    "outside": '[/"{}"/]',
    "call": '[["{}"]]',
    "step": '["{}"]',
}
_DOT_SHAPE: dict[NodeKind, str] = {
    "question": "diamond",
    "end": "oval",
    "outside": "parallelogram",
    "call": "box3d",
    "step": "box",
}


def _node_kind(step: AnyStep) -> NodeKind:
    if isinstance(step, (*QUESTION_CLASSES, PlanStep)):
        return "question"
    if isinstance(step, EndStep | GotoFlowStep):
        return "end"
    if isinstance(step, EscalateStep | FollowupStep):
        return "outside"
    if isinstance(step, CallStep):
        return "call"
    return "step"


def to_mermaid(flow: Flow) -> str:
    lines = ["flowchart TD", f"  %% flow {flow.id}, version {flow.version}"]
    for step_id, step in flow.steps.items():
        label = _escape(_label(step_id, step)).replace("\\n", "<br/>")
        lines.append(f"  {_node_id(step_id)}" + _MERMAID_NODE[_node_kind(step)].format(label))
    lines.append(f'  start(("start")) --> {_node_id(flow.start)}')
    for step_id, step in flow.steps.items():
        for target, label in _edges(step):
            arrow = f' -->|"{_escape(label)}"| ' if label else " --> "
            lines.append(f"  {_node_id(step_id)}{arrow}{_node_id(target)}")
    return "\n".join(lines) + "\n"


def to_dot(flow: Flow) -> str:
    lines = [
        f'digraph "{flow.id}" {{',
        f'  label="{flow.id} (version {flow.version})"; labelloc=t; rankdir=TB;',
        '  node [fontname="sans-serif", fontsize=11]; edge [fontname="sans-serif", fontsize=9];',
        '  start [shape=circle, label="start"];',
    ]
    for step_id, step in flow.steps.items():
        shape = _DOT_SHAPE[_node_kind(step)]
        lines.append(f'  {_node_id(step_id)} [shape={shape}, label="{_escape(_label(step_id, step))}"];')
    lines.append(f"  start -> {_node_id(flow.start)};")
    for step_id, step in flow.steps.items():
        for target, label in _edges(step):
            suffix = f' [label="{_escape(label)}"]' if label else ""
            lines.append(f"  {_node_id(step_id)} -> {_node_id(target)}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_image(flow: Flow, fmt: Literal["svg", "png"]) -> bytes:
    """svg or png bytes through Graphviz; raises GraphError when `dot` is missing or fails."""
    dot = shutil.which("dot")
    if dot is None:
        raise GraphError(
            "Graphviz `dot` is not installed, so svg/png cannot be made. "
            "Install graphviz (e.g. `apt install graphviz`), or use --format mermaid or dot."
        )
    try:
        done = subprocess.run(  # noqa: S603 - a fixed binary with our own text on stdin
            [dot, f"-T{fmt}"], input=to_dot(flow).encode("utf-8"), capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GraphError(f"running dot failed: {exc}") from None
    if done.returncode != 0:
        raise GraphError(f"dot failed: {done.stderr.decode('utf-8', 'replace').strip()}")
    return done.stdout
