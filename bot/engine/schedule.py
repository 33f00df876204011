"""A schedule: follow-ups planned from a month a person gave (flows/README.md, "Schedules").

Admins write one per file, `flows/schedules/<id>.yaml`; the loader reads them with the flows and
the library holds both, so hot reload swaps them together. This module is only the typed shape
of the file; the host plans with it (bot/care/followups/journey.py).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator

from bot.engine.model import FlowId, MsgId, Strict, parse_duration

ScheduleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
# A remembered value's name (profile.<name>), as flows write it in `remember`.
ProfileName = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z][a-zA-Z0-9_]*$", max_length=58)]

DEFAULT_GRACE = "14d"
DEFAULT_SPACING = "7d"
MAX_STAGES = 24


def _duration(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a duration has a unit, e.g. 7d, 2w or 12h")
    parse_duration(value)
    return value


class Stage(Strict):
    """One check-in: `after` the anchor, offer `flow` with the invitation `text`."""

    after: str
    flow: FlowId
    text: MsgId
    grace: str | None = None  # how long past its time it may still come; default: the schedule's

    @field_validator("after", "grace", mode="before")
    @classmethod
    def _valid_duration(cls, value: Any) -> Any:
        return None if value is None else _duration(value)

    @property
    def after_seconds(self) -> int:
        return parse_duration(self.after)


class Schedule(Strict):
    """`anchor: arrival` reads the remembered values `arrival_year` and `arrival_month`;
    `requires` names a remembered yes/no that must be true (the person's explicit yes).
    That stages come in order is checked by `continuum flows check` (bot/authoring/schedules.py),
    where it can name the stage's line."""

    anchor: ProfileName
    requires: ProfileName | None = None
    grace: str = DEFAULT_GRACE
    spacing: str = DEFAULT_SPACING
    stages: tuple[Stage, ...] = Field(min_length=1, max_length=MAX_STAGES)

    @field_validator("grace", "spacing", mode="before")
    @classmethod
    def _valid_duration(cls, value: Any) -> Any:
        return _duration(value)

    @property
    def year_name(self) -> str:
        return f"{self.anchor}_year"

    @property
    def month_name(self) -> str:
        return f"{self.anchor}_month"

    @property
    def watched(self) -> frozenset[str]:
        """The remembered values a plan depends on: remembering any of them re-plans."""
        names = {self.year_name, self.month_name}
        if self.requires is not None:
            names.add(self.requires)
        return frozenset(names)

    def grace_seconds(self, stage: Stage) -> int:
        return parse_duration(stage.grace or self.grace)

    @property
    def spacing_seconds(self) -> int:
        return parse_duration(self.spacing)


__all__ = ["DEFAULT_GRACE", "DEFAULT_SPACING", "MAX_STAGES", "ProfileName", "Schedule", "ScheduleId", "Stage"]
