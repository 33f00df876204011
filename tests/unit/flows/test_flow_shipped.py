"""Properties of the flows shipped in flows/ and locales/, whatever they currently contain.

The content is written in parallel with the engine, so these tests iterate over whatever flows
exist. Random answers — valid, invalid, back, edit, reactions, attachments — must never make the
engine raise; after every call the flow has ended or waits at the question it just asked; and
every message id the engine emits exists in English. A flows/ that does not load fails here;
it never skips.
"""

from __future__ import annotations

from typing import Any

import pytest
from flowkit import REPO, T0, later
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.authoring.check import used_message_ids
from bot.authoring.loader import load_library
from bot.engine.effects import (
    Ask,
    Effect,
    Escalate,
    Hint,
    Notice,
    OfferPerson,
    Say,
    ScheduleFollowup,
    effect_from_dict,
)
from bot.engine.engine import start, step
from bot.engine.inputs import AttachmentInput, BackInput, EditInput, Input, OptionInput, TextInput
from bot.engine.state import Context, State

RESULT = load_library(REPO / "flows", REPO / "locales", strict=False)
LIB = RESULT.library
FLOW_IDS = sorted(LIB.flows) if LIB is not None else []
LANGS = [*LIB.catalog.languages, "xx"] if LIB is not None else ["en"]

# Without flows the parametrised tests below still run once, on a placeholder, and fail.
NO_FLOW = "(no flow loaded)"


def test_the_shipped_flows_load_with_the_ones_the_bot_starts_by_itself() -> None:
    assert LIB is not None, "flows/ or locales/ do not load:\n" + "\n".join(map(str, RESULT.errors))
    assert {"onboarding", "menu", "language"} <= set(FLOW_IDS)


def test_shipped_flows_and_locales_pass_the_check() -> None:
    errors = [str(p) for p in RESULT.errors]
    assert errors == [], "continuum flows check reports errors:\n" + "\n".join(errors)


def emitted_ids(effect: Effect) -> list[str]:
    if isinstance(effect, Say):
        return [effect.msgid, *effect.items]
    if isinstance(effect, Ask):
        ids = [effect.msgid, *(o.label_msgid for o in effect.options)]
        ids += [m for m in (effect.min_label, effect.max_label) if m]
        return [*ids, "option-skip"] if effect.optional else ids
    if isinstance(effect, Hint | Notice):
        return [effect.msgid]
    if isinstance(effect, OfferPerson):
        return ["retry-offer-person"]
    if isinstance(effect, ScheduleFollowup):
        return [effect.text_msgid]
    if isinstance(effect, Escalate):
        return [m for m in (effect.reason, *(i.question_msgid for i in effect.summary)) if m]
    return []


def assert_sound(state: State, effects: list[Effect]) -> None:
    assert LIB is not None
    english = LIB.catalog.ids("en")
    for effect in effects:
        for msgid in emitted_ids(effect):
            assert msgid in english, f"{type(effect).__name__} emits `{msgid}`, which is not in English"
        assert effect_from_dict(effect.to_dict()) == effect
    assert Notice("flow-broken") not in effects, "a shipped flow hit a dead end or a loop"
    if state.ended:
        assert state.step is None
    else:
        asks = [e for e in effects if isinstance(e, Ask)]
        assert asks, "waiting without having asked anything"
        assert (asks[-1].flow, asks[-1].step) == (state.flow, state.step)
    assert State.from_json(state.to_json()) == state


def valid_answer(ask: Ask, pick: int) -> Input:
    """An answer the question accepts, chosen by `pick`."""
    if ask.kind in ("choice", "yesno"):
        count = len(ask.options)
        if ask.multiple and pick % 3 == 0:
            return TextInput(", ".join(str(1 + (pick + i) % count) for i in range(1 + pick % count)))
        return TextInput(str(1 + pick % count)) if pick % 2 else OptionInput(1 + pick % count)
    if ask.kind == "scale" and ask.min is not None and ask.max is not None:
        return TextInput(str(int(ask.min) + pick % (int(ask.max) - int(ask.min) + 1)))
    if ask.kind == "number":
        low = int(ask.min) if ask.min is not None else 0
        return TextInput(str(low + pick % 5))
    if ask.kind == "attachment":
        return AttachmentInput(f"ref-{pick}", "image" if pick % 2 else "file", 1000 + pick, "image/png", "x.png")
    if ask.optional and pick % 4 == 0:
        return TextInput("skip")
    return TextInput(f"answer number {pick}")


JUNK = st.one_of(
    st.text(max_size=40).map(TextInput),
    st.sampled_from(["", "yes", "no", "skip", "0", "11", "-1", "1, 2", "۳", "back", "?"]).map(TextInput),
    st.integers(-3, 15).map(OptionInput),
    st.just(BackInput()),
    st.text(max_size=10).map(EditInput),
    st.builds(
        AttachmentInput,
        ref=st.text(max_size=8),
        kind=st.sampled_from(["image", "file"]),
        size=st.integers(-1, 50_000_000),
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    flow_id=st.sampled_from(FLOW_IDS or [NO_FLOW]),
    lang=st.sampled_from(LANGS),
    country=st.sampled_from([None, "IR", "AF", "RU"]),
    data=st.data(),
)
def test_random_answers_never_break_a_shipped_flow(flow_id: str, lang: str, country: str | None, data: Any) -> None:
    assert LIB is not None
    profile = data.draw(st.sampled_from([{}, {"who5": 40}, {"who5": 88, "privacy_consent": True}]))
    state, effects = start(LIB, flow_id, T0, Context(lang=lang, country=country, profile=profile))
    assert_sound(state, effects)
    for minute in range(1, 80):
        if state.ended:
            break
        ask = [e for e in effects if isinstance(e, Ask)][-1]
        if data.draw(st.integers(0, 9)) < 7:
            given_input = valid_answer(ask, data.draw(st.integers(0, 1000)))
        else:
            given_input = data.draw(JUNK)
        state, effects = step(LIB, state, given_input, later(minute))
        assert_sound(state, effects)


@pytest.mark.parametrize("flow_id", FLOW_IDS or [NO_FLOW])
@pytest.mark.parametrize("pick", [0, 1, 2, 5])
def test_every_shipped_flow_can_be_answered_to_its_end(flow_id: str, pick: int) -> None:
    assert LIB is not None
    state, effects = start(LIB, flow_id, T0, Context())
    assert_sound(state, effects)
    for minute in range(1, 300):
        if state.ended:
            break
        ask = [e for e in effects if isinstance(e, Ask)][-1]
        state, effects = step(LIB, state, valid_answer(ask, pick + minute), later(minute))
        assert_sound(state, effects)
    assert state.ended, f"{flow_id} did not end after 300 answers"


def test_the_check_knows_every_message_the_engine_can_emit() -> None:
    assert LIB is not None
    used = used_message_ids(LIB.flows.values())
    assert {"retry-offer-person", "flow-restarted", "option-skip", "hint-choice"} <= used
