"""The pure flow engine: the flow model, a person's state, the step function and its effects.

`start(library, flow_id, now, context)` and `step(library, state, input, now)` return the new
`State` and a list of effects (plain data: say, ask, escalate, schedule a follow-up, …) for the
host to carry out. Nothing here does I/O, reads a clock or keeps globals, and nothing here
imports the rest of `bot` (tests/unit/test_architecture.py keeps it so).
"""

from bot.engine.catalog import Catalog
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
    Remember,
    Say,
    ScheduleFollowup,
    SetPreference,
    StepVisited,
    SummaryItem,
    effect_from_dict,
)
from bot.engine.engine import repeat, start, step, stop
from bot.engine.inputs import AttachmentInput, BackInput, EditInput, Input, OptionInput, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.state import Context, State, StateError

__all__ = [
    "Ask",
    "AttachmentInput",
    "BackInput",
    "Catalog",
    "Context",
    "EditInput",
    "Effect",
    "Escalate",
    "FlowEnded",
    "FlowLibrary",
    "FlowStarted",
    "Hint",
    "Input",
    "Notice",
    "OfferPerson",
    "OptionInput",
    "OptionView",
    "Remember",
    "Say",
    "ScheduleFollowup",
    "SetPreference",
    "State",
    "StateError",
    "StepVisited",
    "SummaryItem",
    "TextInput",
    "effect_from_dict",
    "repeat",
    "start",
    "step",
    "stop",
]
