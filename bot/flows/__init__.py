"""Guided conversations: the flow format, its messages, the pure engine and the admin tools.

The host loads a `FlowLibrary` with `load_library` (or swaps it with `reload`), then drives a
person's conversation with `start` and `step`, stores the returned `State` (`to_json`) and
executes the returned effects. See flows/README.md for the authoring format.
"""

from .effects import (
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
    SummaryItem,
    effect_from_dict,
)
from .engine import start, step
from .inputs import AttachmentInput, BackInput, EditInput, Input, OptionInput, TextInput
from .library import FlowLibrary
from .loader import LoadResult, load_catalog, load_library, reload
from .locales import Catalog
from .problems import Problem
from .state import Context, State, StateError

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
    "LoadResult",
    "Notice",
    "OfferPerson",
    "OptionInput",
    "OptionView",
    "Problem",
    "Remember",
    "Say",
    "ScheduleFollowup",
    "SetPreference",
    "State",
    "StateError",
    "SummaryItem",
    "TextInput",
    "effect_from_dict",
    "load_catalog",
    "load_library",
    "reload",
    "start",
    "step",
]
