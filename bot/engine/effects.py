"""What the engine asks the host to do: plain, immutable, JSON-serialisable data."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias, get_args

from bot.engine.values import Arg, Value, from_json_value

Args: TypeAlias = Mapping[str, Arg]


class _EffectBase:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """`{"type": "<class name>", …fields}` with JSON types only."""
        out: dict[str, Any] = {"type": type(self).__name__}
        for item in dataclasses.fields(self):  # type: ignore[arg-type]
            out[item.name] = _plain(getattr(self, item.name))
        return out


@dataclass(frozen=True, slots=True)
class Say(_EffectBase):
    """Say message `msgid`; `items` are message ids shown as a list under it."""

    msgid: str
    args: Args = field(default_factory=dict)
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OptionView:
    id: str
    label_msgid: str
    number: int  # 1-based; also the reaction index


@dataclass(frozen=True, slots=True)
class Ask(_EffectBase):
    """Ask a question and wait. `attempt` is 1 the first time, then counts answers not understood."""

    flow: str
    step: str
    msgid: str
    args: Args
    kind: str
    options: tuple[OptionView, ...] = ()
    min: int | float | None = None
    max: int | float | None = None
    min_label: str | None = None
    max_label: str | None = None
    multiple: bool = False
    reactions: bool = False
    optional: bool = False
    attempt: int = 1


@dataclass(frozen=True, slots=True)
class Hint(_EffectBase):
    """The answer was not understood: say this hint (then the question is asked again)."""

    msgid: str
    args: Args = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OfferPerson(_EffectBase):
    """Offer a human (message `retry-offer-person`)."""


@dataclass(frozen=True, slots=True)
class SummaryItem:
    question_msgid: str | None  # the question that saved `var` (None for computed values)
    var: str
    value: Value | None  # None: not answered / skipped


Urgency = Literal["normal", "high", "urgent"]
Consent = Literal["full", "pseudonymous", "none"]


@dataclass(frozen=True, slots=True)
class Escalate(_EffectBase):
    """Open a case for the mentors. With consent `none` the summary is already empty."""

    flow: str
    urgency: Urgency
    summary: tuple[SummaryItem, ...]
    consent: Consent
    reason: str | None


@dataclass(frozen=True, slots=True)
class ScheduleFollowup(_EffectBase):
    flow: str
    after_seconds: int
    text_msgid: str


@dataclass(frozen=True, slots=True)
class SetPreference(_EffectBase):
    name: Literal["language", "timezone", "country"]
    value: str


@dataclass(frozen=True, slots=True)
class Remember(_EffectBase):
    name: str
    value: Value


@dataclass(frozen=True, slots=True)
class FlowStarted(_EffectBase):
    flow: str


@dataclass(frozen=True, slots=True)
class FlowEnded(_EffectBase):
    flow: str


@dataclass(frozen=True, slots=True)
class Notice(_EffectBase):
    """A short note from the engine itself, e.g. `flow-restarted`."""

    msgid: str


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """A step the person kept: the suggested step's message id and its reason's, their own
    wording if they changed it, and after how long to ask whether they did it (None: never)."""

    msgid: str
    why: str
    words: str | None = None
    followup_seconds: int | None = None


@dataclass(frozen=True, slots=True)
class PlanMade(_EffectBase):
    """A `plan` step is done: the steps the person kept, in order (possibly none), out of
    `offered` suggested. The host keeps the plan (or, without consent to storage, only shows it)."""

    flow: str
    steps: tuple[PlannedStep, ...]
    offered: int


@dataclass(frozen=True, slots=True)
class StepVisited(_EffectBase):
    """Only when the caller asks for a trace: the run entered `step` of `flow` (a question when
    it is first asked, any other step just before it runs). Nothing for a host to do; coverage
    tests follow the walk with it."""

    flow: str
    step: str


Effect: TypeAlias = (
    Say
    | Ask
    | Hint
    | OfferPerson
    | Escalate
    | ScheduleFollowup
    | SetPreference
    | Remember
    | FlowStarted
    | FlowEnded
    | Notice
    | PlanMade
    | StepVisited
)

_BY_NAME: dict[str, type[Any]] = {cls.__name__: cls for cls in get_args(Effect)}


def _plain(value: Any) -> Any:
    if isinstance(value, OptionView | SummaryItem | PlannedStep):
        return {item.name: _plain(getattr(value, item.name)) for item in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def effect_from_dict(data: Mapping[str, Any]) -> Effect:
    """The inverse of `Effect.to_dict`; raises ValueError for anything else."""
    try:
        cls = _BY_NAME[data["type"]]
        kwargs = {key: value for key, value in data.items() if key != "type"}
        if cls is Ask:
            kwargs["options"] = tuple(OptionView(**option) for option in kwargs.get("options", ()))
        if cls is Escalate:
            kwargs["summary"] = tuple(
                SummaryItem(
                    item["question_msgid"],
                    item["var"],
                    None if item["value"] is None else from_json_value(item["value"]),
                )
                for item in kwargs["summary"]
            )
        if cls is PlanMade:
            kwargs["steps"] = tuple(PlannedStep(**item) for item in kwargs["steps"])
        if cls is Remember:
            kwargs["value"] = from_json_value(kwargs["value"])
        if cls is Say:
            kwargs["items"] = tuple(kwargs.get("items", ()))
        effect: Effect = cls(**kwargs)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not an effect: {exc}") from None
    return effect


__all__ = [
    "Args",
    "Ask",
    "Effect",
    "Escalate",
    "FlowEnded",
    "FlowStarted",
    "Hint",
    "Notice",
    "OfferPerson",
    "OptionView",
    "PlanMade",
    "PlannedStep",
    "Remember",
    "Say",
    "ScheduleFollowup",
    "SetPreference",
    "StepVisited",
    "SummaryItem",
    "effect_from_dict",
]
