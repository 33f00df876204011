"""The flow authoring format (flows/README.md) as typed, immutable pydantic models.

Conditions and expressions are parsed into small typed trees here and evaluated by
`evaluate.py`; nothing written by an admin is ever executed as code.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    StringConstraints,
    Tag,
    field_validator,
    model_validator,
)

# --- names -------------------------------------------------------------------------------------

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
MSGID_PATTERN = r"^[a-zA-Z][a-zA-Z0-9_-]*$"
VAR_PATTERN = r"^[a-zA-Z][a-zA-Z0-9_]*$"
OPTION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"

BUILTIN_VARS: frozenset[str] = frozenset({"lang", "timezone", "country"})
PROFILE_PREFIX = "profile."
# In Fluent messages a remembered value `profile.x` is the argument `$profile_x`.
PROFILE_ARG_PREFIX = "profile_"

FlowId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
StepId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
MsgId = Annotated[str, StringConstraints(pattern=MSGID_PATTERN, max_length=128)]
OptionId = Annotated[str, StringConstraints(pattern=OPTION_PATTERN, max_length=64)]

_VAR_RE = re.compile(VAR_PATTERN)


def _check_var_name(name: str) -> str:
    if not _VAR_RE.match(name) or len(name) > 64:
        raise ValueError(f"`{name}` is not a valid variable name (letters, digits and _, starting with a letter)")
    if name in BUILTIN_VARS:
        raise ValueError(f"`{name}` is a built-in variable and cannot be set by a flow")
    if name.startswith(PROFILE_ARG_PREFIX):
        raise ValueError(f"variable names starting with `{PROFILE_ARG_PREFIX}` are reserved for remembered values")
    return name


def _check_var_ref(name: str) -> str:
    if name in BUILTIN_VARS:
        return name
    if name.startswith(PROFILE_PREFIX):
        rest = name[len(PROFILE_PREFIX) :]
        if not _VAR_RE.match(rest):
            raise ValueError(f"`{name}` is not a valid remembered value (use profile.<name>)")
        return name
    return _check_var_name(name)


VarName = Annotated[str, StringConstraints(max_length=64)]
VarRef = Annotated[str, StringConstraints(max_length=80)]


class Strict(BaseModel):
    """Base of every model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# --- conditions --------------------------------------------------------------------------------
# The condition, expression and step models below look alike on purpose: each YAML shape is its
# own small pydantic model, picked by its key or `type`, so that pydantic checks each one and an
# error names the exact key. The likeness is declaration, not logic to share.

Scalar: TypeAlias = StrictBool | StrictInt | StrictFloat | StrictStr

COMPARE_OPS: tuple[str, ...] = ("eq", "ne", "lt", "le", "gt", "ge")
VAR_OPS: tuple[str, ...] = (*COMPARE_OPS, "in", "contains", "set")
ConditionOp = Literal["eq", "ne", "lt", "le", "gt", "ge", "in", "contains", "set"]


class VarCondition(Strict):
    """`{var: x, <op>: value}`, stored as var/op/value."""

    tag: ClassVar[str] = "var"
    var: VarRef
    op: ConditionOp
    value: Scalar | tuple[Scalar, ...]

    @model_validator(mode="before")
    @classmethod
    def _from_mapping(cls, data: Any) -> Any:
        if not isinstance(data, dict) or "op" in data:
            return data
        unknown = [str(key) for key in data if key != "var" and key not in VAR_OPS]
        if unknown:
            raise ValueError(f"unknown key `{unknown[0]}` in a condition (use one of: {', '.join(VAR_OPS)})")
        ops = [key for key in data if key in VAR_OPS]
        if len(ops) != 1:
            raise ValueError(f"a condition on `var` needs exactly one of: {', '.join(VAR_OPS)}")
        return {"var": data.get("var"), "op": ops[0], "value": data[ops[0]]}

    @field_validator("var")
    @classmethod
    def _valid_var(cls, value: str) -> str:
        return _check_var_ref(value)

    @model_validator(mode="after")
    def _value_fits_op(self) -> VarCondition:
        value = self.value
        if self.op == "in":
            if not isinstance(value, tuple) or not value:
                raise ValueError("`in` needs a non-empty list, e.g. `in: [a, b]`")
        elif isinstance(value, tuple):
            raise ValueError(f"`{self.op}` compares with one value, not a list")
        elif self.op == "set":
            if not isinstance(value, bool):
                raise ValueError("`set` is `true` or `false`")
        elif self.op in ("lt", "le", "gt", "ge") and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ValueError(f"`{self.op}` compares with a number")
        return self


class AllCondition(Strict):
    tag: ClassVar[str] = "all"
    all: tuple[Condition, ...] = Field(min_length=1)


class AnyCondition(Strict):
    tag: ClassVar[str] = "any"
    any: tuple[Condition, ...] = Field(min_length=1)


class NotCondition(Strict):
    tag: ClassVar[str] = "not"
    not_: Condition = Field(alias="not")


def _condition_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in ("all", "any", "not"):
            if key in value:
                return key
        return "var" if "var" in value else None
    tag = getattr(value, "tag", None)
    return tag if isinstance(tag, str) else None


Condition = Annotated[
    Annotated[VarCondition, Tag("var")]
    | Annotated[AllCondition, Tag("all")]
    | Annotated[AnyCondition, Tag("any")]
    | Annotated[NotCondition, Tag("not")],
    Discriminator(
        _condition_tag,
        custom_error_type="invalid_condition",
        custom_error_message="a condition is a mapping with `var` and an operator, or `all`, `any` or `not`",
    ),
]

# --- expressions -------------------------------------------------------------------------------


class VarExpr(Strict):
    tag: ClassVar[str] = "var"
    var: VarRef

    @field_validator("var")
    @classmethod
    def _valid_var(cls, value: str) -> str:
        return _check_var_ref(value)


class SumExpr(Strict):
    tag: ClassVar[str] = "sum"
    sum: tuple[Expr, ...] = Field(min_length=1)


class SubExpr(Strict):
    tag: ClassVar[str] = "sub"
    sub: tuple[Expr, Expr]


class MulExpr(Strict):
    tag: ClassVar[str] = "mul"
    mul: tuple[Expr, ...] = Field(min_length=2)


class DivExpr(Strict):
    tag: ClassVar[str] = "div"
    div: tuple[Expr, Expr]


class RoundExpr(Strict):
    tag: ClassVar[str] = "round"
    round: Expr


class MinExpr(Strict):
    tag: ClassVar[str] = "min"
    min: tuple[Expr, ...] = Field(min_length=1)


class MaxExpr(Strict):
    tag: ClassVar[str] = "max"
    max: tuple[Expr, ...] = Field(min_length=1)


class CountExpr(Strict):
    tag: ClassVar[str] = "count"
    count: tuple[Condition, ...] = Field(min_length=1)


class IfExpr(Strict):
    tag: ClassVar[str] = "if"
    if_: Condition = Field(alias="if")
    then: Expr
    else_: Expr = Field(alias="else")


EXPR_KEYS: tuple[str, ...] = ("var", "sum", "sub", "mul", "div", "round", "min", "max", "count", "if")


def _expr_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in EXPR_KEYS:
            if key in value:
                return key
        return None
    if isinstance(value, bool | int | float | str):
        return "literal"
    tag = getattr(value, "tag", None)
    return tag if isinstance(tag, str) else None


Expr = Annotated[
    Annotated[Scalar, Tag("literal")]
    | Annotated[VarExpr, Tag("var")]
    | Annotated[SumExpr, Tag("sum")]
    | Annotated[SubExpr, Tag("sub")]
    | Annotated[MulExpr, Tag("mul")]
    | Annotated[DivExpr, Tag("div")]
    | Annotated[RoundExpr, Tag("round")]
    | Annotated[MinExpr, Tag("min")]
    | Annotated[MaxExpr, Tag("max")]
    | Annotated[CountExpr, Tag("count")]
    | Annotated[IfExpr, Tag("if")],
    Discriminator(
        _expr_tag,
        custom_error_type="invalid_expression",
        custom_error_message=("an expression is a number, a text, or a mapping with one of: " + ", ".join(EXPR_KEYS)),
    ),
]

# --- next --------------------------------------------------------------------------------------


class Branch(Strict):
    when: Condition | None = None
    goto: StepId


Next: TypeAlias = StepId | tuple[Branch, ...]

# --- steps -------------------------------------------------------------------------------------


class ItemEntry(Strict):
    when: Condition | None = None
    text: MsgId


class Items(Strict):
    limit: int | None = Field(default=None, ge=1, le=50)
    entries: tuple[ItemEntry, ...] = Field(min_length=1)


class MessageStep(Strict):
    type: Literal["message"]
    text: MsgId
    items: Items | None = None
    next: Next


class Option(Strict):
    """A choice option: `id` or `{id: x, text: msgid}`; the label is `option-<id>` by default."""

    id: OptionId
    text: MsgId | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_word(cls, data: Any) -> Any:
        return {"id": data} if isinstance(data, str) else data

    @property
    def label_msgid(self) -> str:
        return self.text or f"option-{self.id}"


class _QuestionBase(Strict):
    type: Literal["question"]
    text: MsgId
    save: VarName | None = None
    hint: MsgId | None = None
    retries: int = Field(default=2, ge=1, le=20)
    optional: bool = False
    reactions: bool | None = None
    next: Next

    @field_validator("save")
    @classmethod
    def _valid_save(cls, value: str | None) -> str | None:
        return None if value is None else _check_var_name(value)


class ChoiceQuestion(_QuestionBase):
    kind: Literal["choice"]
    options: tuple[Option, ...] = Field(min_length=1, max_length=30)
    multiple: bool = False

    @field_validator("options")
    @classmethod
    def _unique_options(cls, options: tuple[Option, ...]) -> tuple[Option, ...]:
        seen: set[str] = set()
        for option in options:
            if option.id in seen:
                raise ValueError(f"option `{option.id}` is listed twice")
            seen.add(option.id)
        return options


class YesNoQuestion(_QuestionBase):
    kind: Literal["yesno"]


MAX_SCALE_POINTS = 11


class ScaleQuestion(_QuestionBase):
    kind: Literal["scale"]
    min: int
    max: int
    min_label: MsgId | None = None
    max_label: MsgId | None = None
    # The words printed on the scale, per value: `{0: msgid, 5: msgid}`; their text and
    # `.synonyms` are accepted as answers ("at no time" → 0), like option labels.
    labels: dict[int, MsgId] | None = None
    # People answer a scale with its words as often as with its numbers: one more try before a
    # person is offered.
    retries: int = Field(default=3, ge=1, le=20)

    @model_validator(mode="after")
    def _range(self) -> ScaleQuestion:
        if self.max <= self.min:
            raise ValueError(f"`max` ({self.max}) must be greater than `min` ({self.min})")
        if self.max - self.min + 1 > MAX_SCALE_POINTS:
            raise ValueError(f"a scale has at most {MAX_SCALE_POINTS} points (min..max)")
        for value in self.labels or {}:
            if not self.min <= value <= self.max:
                raise ValueError(f"`labels` has {value}, outside the scale ({self.min} to {self.max})")
        return self


class NumberQuestion(_QuestionBase):
    kind: Literal["number"]
    min: float | None = None
    max: float | None = None
    integer: bool = True

    @model_validator(mode="after")
    def _range(self) -> NumberQuestion:
        if self.min is not None and self.max is not None and self.max < self.min:
            raise ValueError(f"`max` ({self.max}) must not be below `min` ({self.min})")
        return self


MAX_TEXT_LENGTH = 10_000


class TextQuestion(_QuestionBase):
    kind: Literal["text"]
    min_length: int = Field(default=1, ge=0)
    max_length: int = Field(default=2000, ge=1, le=MAX_TEXT_LENGTH)

    @model_validator(mode="after")
    def _range(self) -> TextQuestion:
        if self.max_length < self.min_length:
            raise ValueError("`max_length` must not be below `min_length`")
        return self


AttachmentKind = Literal["image", "file"]


class AttachmentQuestion(_QuestionBase):
    kind: Literal["attachment"]
    accept: tuple[AttachmentKind, ...] = Field(default=("image", "file"), min_length=1)
    max_size_mb: float = Field(default=10, gt=0, le=100)


Question = Annotated[
    ChoiceQuestion | YesNoQuestion | ScaleQuestion | NumberQuestion | TextQuestion | AttachmentQuestion,
    Field(discriminator="kind"),
]
QUESTION_CLASSES = (ChoiceQuestion, YesNoQuestion, ScaleQuestion, NumberQuestion, TextQuestion, AttachmentQuestion)
AnyQuestionStep: TypeAlias = (
    ChoiceQuestion | YesNoQuestion | ScaleQuestion | NumberQuestion | TextQuestion | AttachmentQuestion
)


class ComputeStep(Strict):
    type: Literal["compute"]
    assign: dict[VarName, Expr] = Field(alias="set", min_length=1)
    next: Next

    @field_validator("assign")
    @classmethod
    def _valid_names(cls, assign: dict[str, Any]) -> dict[str, Any]:
        for name in assign:
            _check_var_name(name)
        return assign


Urgency = Literal["normal", "high", "urgent"]
URGENCIES: tuple[str, ...] = ("normal", "high", "urgent")


class UrgencyBranch(Strict):
    when: Condition | None = None
    value: Urgency


Consent = Literal["full", "pseudonymous", "none"]
CONSENTS: tuple[str, ...] = ("full", "pseudonymous", "none")


class EscalateStep(Strict):
    type: Literal["escalate"]
    urgency: Urgency | tuple[UrgencyBranch, ...] = "normal"
    summary: tuple[VarRef, ...] = ()
    consent: VarRef | None = None
    reason: MsgId | None = None
    next: Next

    @field_validator("summary")
    @classmethod
    def _valid_summary(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_var_ref(name) for name in names)

    @field_validator("consent")
    @classmethod
    def _valid_consent(cls, name: str | None) -> str | None:
        return None if name is None else _check_var_ref(name)


_DURATION_RE = re.compile(r"^\s*(\d{1,6})\s*(s|m|h|d|w)\s*$")
# Seconds exist for tests and demos of the follow-up machinery; people's flows use m/h/d/w.
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
MAX_FOLLOWUP_SECONDS = 366 * 86400


def parse_duration(text: str) -> int:
    """`30m`, `12h`, `3d`, `1w` → seconds; raises ValueError otherwise."""
    match = _DURATION_RE.match(text)
    if not match:
        raise ValueError(f"`{text}` is not a duration; write e.g. 30m, 12h, 3d or 1w")
    seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if not 0 < seconds <= MAX_FOLLOWUP_SECONDS:
        raise ValueError("a follow-up comes between 1 second and 1 year later")
    return seconds


class FollowupStep(Strict):
    type: Literal["followup"]
    after: str
    flow: FlowId
    text: MsgId
    next: Next

    @field_validator("after", mode="before")
    @classmethod
    def _valid_after(cls, value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError("`after` is a duration with a unit, e.g. 30m, 12h, 3d or 1w")
        parse_duration(value)
        return value

    @property
    def after_seconds(self) -> int:
        return parse_duration(self.after)


PreferenceName = Literal["language", "timezone", "country"]


class PreferenceStep(Strict):
    type: Literal["preference"]
    name: PreferenceName
    from_: VarRef = Field(alias="from")
    next: Next

    @field_validator("from_")
    @classmethod
    def _valid_from(cls, name: str) -> str:
        return _check_var_ref(name)


class RememberStep(Strict):
    type: Literal["remember"]
    vars: tuple[VarName, ...] = Field(min_length=1)
    next: Next

    @field_validator("vars")
    @classmethod
    def _valid_vars(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_var_name(name) for name in names)


class CallStep(Strict):
    type: Literal["call"]
    flow: FlowId
    next: Next


class GotoFlowStep(Strict):
    type: Literal["goto_flow"]
    flow: FlowId


class EndStep(Strict):
    type: Literal["end"]
    text: MsgId | None = None


# A plan offers at most this many steps at once: a few steps a person can take, not a to-do list.
MAX_PLAN_STEPS = 5
DAY_SECONDS = 86400


class PlanCandidate(Strict):
    """One step a plan may suggest: shown when `when` holds, with why; `followup` lets the person
    ask to be reminded whether they did it. People are asked "in N days", so `flows check` warns
    about a duration that is not whole days (only test flows use seconds, to see one arrive)."""

    when: Condition | None = None
    text: MsgId
    why: MsgId
    followup: str | None = None

    @field_validator("followup", mode="before")
    @classmethod
    def _valid_followup(cls, value: Any) -> Any:
        if value is None:
            return value
        if not isinstance(value, str):
            raise ValueError("`followup` is a duration in days or weeks, e.g. 7d or 2w")
        parse_duration(value)  # a valid duration (raises otherwise)
        return value

    @property
    def followup_seconds(self) -> int | None:
        return None if self.followup is None else parse_duration(self.followup)


class PlanStep(Strict):
    """The person's own plan: the candidates whose condition holds (in order, at most `limit`)
    are offered one by one — keep, change into their own words, or leave out — then the plan
    goes to the host (`PlanMade`). `text` is said first (with `$count`, the steps offered);
    `save` receives how many steps were kept. `remind_when`: only while it holds are people
    asked whether they want a step's reminder (someone whose plan cannot be kept is not asked
    for a reminder the bot could not keep either)."""

    type: Literal["plan"]
    text: MsgId
    limit: int = Field(default=MAX_PLAN_STEPS, ge=1, le=MAX_PLAN_STEPS)
    candidates: tuple[PlanCandidate, ...] = Field(min_length=1, max_length=50)
    remind_when: Condition | None = None
    save: VarName | None = None
    next: Next

    @field_validator("save")
    @classmethod
    def _valid_save(cls, value: str | None) -> str | None:
        return None if value is None else _check_var_name(value)


# Every step that is not a question: the engine runs it and moves on.
ActionStep: TypeAlias = (
    MessageStep
    | ComputeStep
    | EscalateStep
    | FollowupStep
    | PreferenceStep
    | RememberStep
    | CallStep
    | GotoFlowStep
    | EndStep
)
# Listed out rather than `Question | ActionStep`: pydantic names the types in this order when a
# flow uses an unknown one, and a message step is the one to name first.
Step = Annotated[
    MessageStep
    | Question
    | ComputeStep
    | EscalateStep
    | FollowupStep
    | PreferenceStep
    | RememberStep
    | CallStep
    | GotoFlowStep
    | EndStep
    | PlanStep,
    Field(discriminator="type"),
]
AnyStep: TypeAlias = AnyQuestionStep | ActionStep | PlanStep

# --- flow --------------------------------------------------------------------------------------


class Flow(Strict):
    id: FlowId
    version: int = Field(ge=0)
    title: MsgId
    description: MsgId | None = None
    start: StepId
    reactions: bool = False
    menu: bool = True
    steps: dict[StepId, Step] = Field(min_length=1)


_RECURSIVE: tuple[type[BaseModel], ...] = (
    AllCondition,
    AnyCondition,
    NotCondition,
    SumExpr,
    SubExpr,
    MulExpr,
    DivExpr,
    RoundExpr,
    MinExpr,
    MaxExpr,
    CountExpr,
    IfExpr,
    VarCondition,
    Branch,
    ItemEntry,
    Items,
    PlanCandidate,
    PlanStep,
    Flow,
)
for _model in _RECURSIVE:
    _model.model_rebuild()
