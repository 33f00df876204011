"""Where one person is in a flow: an immutable value that round-trips through JSON exactly."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.engine.values import Value, from_json_value, to_json_value

STATE_SCHEMA = 1


class StateError(ValueError):
    """A stored state that cannot be read (corrupt, or written by a newer schema)."""


@dataclass(frozen=True, slots=True)
class Context:
    """About the person: language, time zone, country and remembered values (`profile.<name>`)."""

    lang: str = "en"
    timezone: str | None = None
    country: str | None = None
    profile: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Frame:
    """A caller waiting for a subflow: it continues after its `call` step `step`."""

    flow: str
    version: int
    step: str


@dataclass(frozen=True, slots=True)
class Mark:
    """A question asked earlier (for back and edit)."""

    flow: str
    version: int
    step: str
    stack: tuple[Frame, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanChoice:
    """What the person decided about one offered step of a plan."""

    candidate: int  # index in the plan step's `candidates`
    keep: bool
    words: str | None = None  # their own wording, when they changed it
    remind: bool = False


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """Where a person is inside a `plan` step: the steps offered, the decisions so far, and
    which question about the next one waits (`choose`, `words` or `remind`)."""

    flow: str
    step: str
    offered: tuple[int, ...]
    choices: tuple[PlanChoice, ...] = ()
    phase: str = "choose"
    current: PlanChoice | None = None  # the decision in the making (before `remind`)

    @property
    def position(self) -> int:
        """The 0-based index (in `offered`) of the step being asked about."""
        return len(self.choices)


@dataclass(frozen=True, slots=True)
class State:
    flow: str  # the flow running now (the innermost subflow)
    version: int
    step: str | None  # the question waiting for an answer; None once ended
    ctx: Context
    vars: Mapping[str, Value]
    started_at: datetime
    updated_at: datetime
    stack: tuple[Frame, ...] = ()
    failures: int = 0  # answers in a row not understood at the current question
    history: tuple[Mark, ...] = ()  # asked questions, the current one last
    done: tuple[str, ...] = ()  # "flow/step" of escalate and followup steps already run
    ended: bool = False
    schema: int = STATE_SCHEMA
    plan: PlanProgress | None = None  # inside a `plan` step

    @property
    def waiting(self) -> bool:
        return not self.ended and self.step is not None

    @property
    def root_flow(self) -> str:
        """The flow the person started (the bottom of the call stack)."""
        return self.stack[0].flow if self.stack else self.flow

    def to_json(self) -> str:
        return json.dumps(_state_to_plain(self), ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> State:
        try:
            data = json.loads(text)
            return _state_from_plain(data)
        except StateError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise StateError(f"unreadable flow state: {exc}") from None


def _frame_plain(frame: Frame) -> dict[str, Any]:
    return {"flow": frame.flow, "version": frame.version, "step": frame.step}


def _state_to_plain(state: State) -> dict[str, Any]:
    return {
        "schema": state.schema,
        "flow": state.flow,
        "version": state.version,
        "step": state.step,
        "ctx": {
            "lang": state.ctx.lang,
            "timezone": state.ctx.timezone,
            "country": state.ctx.country,
            "profile": {k: to_json_value(v) for k, v in state.ctx.profile.items()},
        },
        "vars": {k: to_json_value(v) for k, v in state.vars.items()},
        "started_at": state.started_at.isoformat(),
        "updated_at": state.updated_at.isoformat(),
        "stack": [_frame_plain(frame) for frame in state.stack],
        "failures": state.failures,
        "history": [
            {
                "flow": mark.flow,
                "version": mark.version,
                "step": mark.step,
                "stack": [_frame_plain(frame) for frame in mark.stack],
            }
            for mark in state.history
        ],
        "done": list(state.done),
        "ended": state.ended,
        **({"plan": _plan_plain(state.plan)} if state.plan is not None else {}),
    }


def _choice_plain(choice: PlanChoice) -> dict[str, Any]:
    return {"candidate": choice.candidate, "keep": choice.keep, "words": choice.words, "remind": choice.remind}


def _plan_plain(plan: PlanProgress) -> dict[str, Any]:
    return {
        "flow": plan.flow,
        "step": plan.step,
        "offered": list(plan.offered),
        "choices": [_choice_plain(c) for c in plan.choices],
        "phase": plan.phase,
        "current": None if plan.current is None else _choice_plain(plan.current),
    }


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise StateError(f"`{name}` must be true or false")
    return value


def _choice(data: Any) -> PlanChoice:
    if not isinstance(data, dict):
        raise StateError("a plan choice is an object")
    return PlanChoice(_int(data["candidate"], "candidate"), _bool(data["keep"], "keep"),
                      _opt_str(data.get("words"), "words"), _bool(data.get("remind", False), "remind"))


def _plan(data: Any) -> PlanProgress | None:
    if data is None:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("offered"), list) or not isinstance(
        data.get("choices"), list
    ):
        raise StateError("`plan` must be an object with `offered` and `choices` lists")
    phase = _str(data["phase"], "phase")
    if phase not in ("choose", "words", "remind"):
        raise StateError(f"unknown plan phase `{phase}`")
    current = data.get("current")
    return PlanProgress(
        flow=_str(data["flow"], "flow"),
        step=_str(data["step"], "step"),
        offered=tuple(_int(i, "offered") for i in data["offered"]),
        choices=tuple(_choice(c) for c in data["choices"]),
        phase=phase,
        current=None if current is None else _choice(current),
    )


def _str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise StateError(f"`{name}` must be a string")
    return value


def _opt_str(value: Any, name: str) -> str | None:
    return None if value is None else _str(value, name)


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise StateError(f"`{name}` must be an integer")
    return value


def _frame(data: Any) -> Frame:
    return Frame(_str(data["flow"], "flow"), _int(data["version"], "version"), _str(data["step"], "step"))


def _values(data: Any, name: str) -> dict[str, Value]:
    if not isinstance(data, dict):
        raise StateError(f"`{name}` must be an object")
    return {_str(k, name): from_json_value(v) for k, v in data.items()}


def _state_from_plain(data: Any) -> State:
    if not isinstance(data, dict):
        raise StateError("a flow state is a JSON object")
    schema = _int(data.get("schema"), "schema")
    if schema > STATE_SCHEMA:
        raise StateError(f"flow state schema {schema} is newer than this bot ({STATE_SCHEMA})")
    ctx = data["ctx"]
    if not isinstance(ctx, dict):
        raise StateError("`ctx` must be an object")
    ended = data["ended"]
    if not isinstance(ended, bool):
        raise StateError("`ended` must be true or false")
    done = data["done"]
    history = data["history"]
    stack = data["stack"]
    if not isinstance(done, list) or not isinstance(history, list) or not isinstance(stack, list):
        raise StateError("`done`, `history` and `stack` must be lists")
    return State(
        schema=schema,
        flow=_str(data["flow"], "flow"),
        version=_int(data["version"], "version"),
        step=_opt_str(data["step"], "step"),
        ctx=Context(
            lang=_str(ctx["lang"], "lang"),
            timezone=_opt_str(ctx.get("timezone"), "timezone"),
            country=_opt_str(ctx.get("country"), "country"),
            profile=_values(ctx.get("profile", {}), "profile"),
        ),
        vars=_values(data["vars"], "vars"),
        started_at=datetime.fromisoformat(_str(data["started_at"], "started_at")),
        updated_at=datetime.fromisoformat(_str(data["updated_at"], "updated_at")),
        stack=tuple(_frame(frame) for frame in stack),
        failures=_int(data["failures"], "failures"),
        history=tuple(
            Mark(
                _str(mark["flow"], "flow"),
                _int(mark["version"], "version"),
                _str(mark["step"], "step"),
                tuple(_frame(frame) for frame in mark["stack"]),
            )
            for mark in history
        ),
        done=tuple(_str(key, "done") for key in done),
        ended=ended,
        plan=_plan(data.get("plan")),
    )
