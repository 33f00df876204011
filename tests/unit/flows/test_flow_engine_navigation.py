"""Moving through a conversation: retries, back, edit, subflows, flow updates, state storage."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from flowkit import T0, asked, build, later, play

from bot.engine.effects import (
    Ask,
    Escalate,
    FlowEnded,
    Hint,
    Notice,
    OfferPerson,
    effect_from_dict,
)
from bot.engine.engine import start, step
from bot.engine.inputs import AttachmentInput, BackInput, EditInput, OptionInput, TextInput
from bot.engine.state import Context, State, StateError

SURVEY = """
id: survey
version: 1
title: survey-title
start: age
steps:
  age: {type: question, kind: number, min: 0, max: 120, text: survey-age, save: age, next: mood}
  mood: {type: question, kind: scale, min: 0, max: 10, text: survey-mood, save: mood, retries: 3, next: share}
  share: {type: question, kind: yesno, text: survey-share, save: share, next: case}
  case: {type: escalate, summary: [age, mood], next: done}
  done: {type: end, text: survey-done}
"""


def test_answers_not_understood_get_a_hint_and_the_question_again() -> None:
    lib = build(SURVEY)
    state, effects = play(lib, "survey", "old")
    assert [type(e).__name__ for e in effects[-2:]] == ["Hint", "Ask"]
    hint = effects[-2]
    assert isinstance(hint, Hint) and hint.msgid == "hint-number-range"
    assert hint.args["min"] == 0 and hint.args["max"] == 120
    ask = effects[-1]
    assert isinstance(ask, Ask) and ask.step == "age" and ask.attempt == 2
    assert state.failures == 1 and state.step == "age"


def test_after_retries_failures_in_a_row_a_person_is_offered_and_asking_goes_on() -> None:
    lib = build(SURVEY)
    _, effects = play(lib, "survey", "x", "y")  # default retries: 2
    assert effects.count(OfferPerson()) == 1
    _, effects = play(lib, "survey", "30", "x", "y", "z")  # mood has retries: 3
    assert effects.count(OfferPerson()) == 1
    _, effects = play(lib, "survey", "30", *["bad"] * 6)
    assert effects.count(OfferPerson()) == 2
    assert [e.attempt for e in effects if isinstance(e, Ask)][-1] == 7


def test_a_good_answer_resets_the_failure_count() -> None:
    lib = build(SURVEY)
    state, effects = play(lib, "survey", "x", "30", "y")
    assert OfferPerson() not in effects and state.failures == 1
    assert [e.attempt for e in effects if isinstance(e, Ask)] == [1, 2, 1, 2]


def test_back_returns_to_the_previous_question() -> None:
    lib = build(SURVEY)
    state, effects = play(lib, "survey", "30", BackInput())
    assert asked(effects) == ["age", "mood", "age"]
    state, effects = step(lib, state, TextInput("31"), later(5))
    assert asked(effects) == ["mood"] and state.vars["age"] == 31


def test_back_at_the_first_question_says_so_and_asks_again() -> None:
    lib = build(SURVEY)
    state, effects = play(lib, "survey", BackInput())
    assert effects[-2:] == [Notice("flow-back-unavailable"), effects[-1]]
    assert asked(effects) == ["age", "age"] and state.step == "age"


def test_back_twice_walks_further_back() -> None:
    lib = build(SURVEY)
    _, effects = play(lib, "survey", "30", "5", BackInput(), BackInput(), "40", "6", "yes")
    assert asked(effects) == ["age", "mood", "share", "mood", "age", "mood", "share"]
    case = next(e for e in effects if isinstance(e, Escalate))
    assert [item.value for item in case.summary] == [40, 6]


def test_an_escalation_fires_once_per_run_even_after_going_back() -> None:
    lib = build(
        SURVEY.replace("next: done}", "next: again}").replace(
            "  done: {type: end, text: survey-done}",
            "  again: {type: question, kind: yesno, text: survey-again, next: done}\n  done: {type: end}",
        )
    )
    _, effects = play(lib, "survey", "30", "5", "yes", BackInput(), BackInput(), "yes", "no")
    assert sum(isinstance(e, Escalate) for e in effects) == 1


def test_edit_re_answers_the_previous_question_when_the_current_is_unanswered() -> None:
    lib = build(SURVEY)
    state, effects = play(lib, "survey", "30", EditInput("35"))
    assert state.vars["age"] == 35 and state.step == "mood"
    assert asked(effects) == ["age", "mood", "mood"]


def test_edit_after_a_try_at_the_current_question_counts_as_an_answer_to_it() -> None:
    lib = build(SURVEY)
    state, _ = play(lib, "survey", "30", "lots", EditInput("7"))
    assert state.vars == {"age": 30, "mood": 7} and state.step == "share"


def test_edit_at_the_first_question_is_an_answer_to_it() -> None:
    lib = build(SURVEY)
    state, _ = play(lib, "survey", EditInput("44"))
    assert state.vars["age"] == 44


def test_edit_not_understood_for_the_previous_question_asks_it_again() -> None:
    lib = build(SURVEY)
    state, effects = play(lib, "survey", "30", EditInput("many"))
    assert state.step == "age" and state.failures == 1 and isinstance(effects[-2], Hint)


NESTED = """
id: outer
version: 1
title: outer-title
start: first
steps:
  first: {type: question, kind: text, text: outer-first, save: first, next: inner}
  inner: {type: call, flow: inner, next: last}
  last: {type: question, kind: text, text: outer-last, save: last, next: done}
  done: {type: end}
"""
INNER = """
id: inner
version: 1
title: inner-title
start: one
steps:
  one: {type: question, kind: text, text: inner-one, save: one, next: done}
  done: {type: end}
"""


def test_back_crosses_into_and_out_of_a_subflow() -> None:
    lib = build(NESTED, INNER)
    state, effects = play(lib, "outer", "a", "b", BackInput())
    assert asked(effects) == ["first", "one", "last", "one"]
    assert state.flow == "inner" and [f.flow for f in state.stack] == ["outer"]
    state, effects = step(lib, state, BackInput(), later(9))
    assert asked(effects) == ["first"] and state.flow == "outer" and state.stack == ()
    state, effects = step(lib, state, TextInput("a2"), later(10))
    assert asked(effects) == ["one"] and state.flow == "inner"


def _v2(text: str) -> str:
    return text.replace("version: 1", "version: 2")


def test_a_new_version_with_the_same_step_asks_that_question_again() -> None:
    old = build(SURVEY)
    state, _ = play(old, "survey", "30")
    new = build(_v2(SURVEY).replace("max: 10, text: survey-mood", "max: 5, text: survey-mood-v2"))
    state, effects = step(new, state, TextInput("9"), later(3))
    assert state.version == 2 and state.step == "mood" and "mood" not in state.vars
    assert len(effects) == 1 and isinstance(effects[0], Ask)
    assert (effects[0].msgid, effects[0].max) == ("survey-mood-v2", 5)
    state, _ = step(new, state, TextInput("4"), later(4))
    assert state.vars["mood"] == 4 and state.step == "share"


def test_a_new_version_without_the_step_restarts_keeping_answers_that_still_exist() -> None:
    old = build(SURVEY)
    state, _ = play(old, "survey", "30", "5")
    assert state.step == "share"
    changed = (
        _v2(SURVEY)
        .replace("  share: {type: question, kind: yesno, text: survey-share, save: share, next: case}\n", "")
        .replace("next: share}", "next: case}")
        .replace("save: mood,", "save: feeling,")
        .replace("summary: [age, mood]", "summary: [age, feeling]")
    )
    state, effects = step(build(changed), state, TextInput("yes"), later(3))
    assert effects[0] == Notice("flow-restarted")
    assert asked(effects) == ["age"]
    assert dict(state.vars) == {"age": 30}  # `mood` is gone from the flow, `age` is kept
    assert state.version == 2


def test_a_flow_removed_under_a_person_ends_with_a_notice() -> None:
    state, _ = play(build(SURVEY), "survey", "30")
    state, effects = step(build(NESTED, INNER), state, TextInput("5"), later(3))
    assert state.ended and effects[0] == Notice("flow-unavailable")


def test_a_changed_caller_is_handled_when_the_subflow_returns() -> None:
    state, _ = play(build(NESTED, INNER), "outer", "a")
    assert state.flow == "inner"
    caller_v2 = _v2(NESTED).replace(
        "inner: {type: call, flow: inner, next: last}", "sub: {type: call, flow: inner, next: last}"
    )
    state, effects = step(
        build(caller_v2.replace("next: inner}", "next: sub}"), INNER), state, TextInput("b"), later(3)
    )
    assert Notice("flow-restarted") in effects and asked(effects) == ["first"] and state.flow == "outer"


def test_state_round_trips_through_json_exactly_at_every_point() -> None:
    lib = build(NESTED, INNER)
    state, _ = start(lib, "outer", T0, Context(lang="fa", timezone="Asia/Tehran", country="IR", profile={"x": 1.5}))
    for given in ["a", "b", "c"]:
        again = State.from_json(state.to_json())
        assert again == state
        assert again.to_json() == state.to_json()
        state, _ = step(lib, state, TextInput(given), later(1))
    assert State.from_json(state.to_json()) == state and state.ended
    multi = State.from_json(state.to_json())
    assert multi.started_at == T0 and multi.updated_at == later(1)


def test_state_json_keeps_every_value_type() -> None:
    state = State(
        flow="f",
        version=3,
        step="s",
        ctx=Context(profile={"b": True, "l": ("a", "b")}),
        vars={"i": 1, "f": 0.1, "s": "ü", "b": False, "l": ("x",), "e": ()},
        started_at=datetime(2025, 1, 1, tzinfo=UTC),
        updated_at=datetime(2025, 1, 2, tzinfo=UTC),
        done=("f/case",),
    )
    data = json.loads(state.to_json())
    assert data["schema"] == 1 and data["vars"]["l"] == ["x"]
    assert State.from_json(state.to_json()) == state


@pytest.mark.parametrize(
    "text",
    ["", "[]", "{}", '{"schema": 99}', "not json", '{"schema": 1, "flow": 3}'],
)
def test_unreadable_state_json_raises_state_error_only(text: str) -> None:
    with pytest.raises(StateError):
        State.from_json(text)


def test_effects_serialise_to_plain_dicts_and_back() -> None:
    lib = build(SURVEY)
    _, effects = play(lib, "survey", "30", "x", "y", "z", "5", "yes")
    for effect in effects:
        plain = effect.to_dict()
        assert json.loads(json.dumps(plain)) == plain
        assert effect_from_dict(plain) == effect
    assert effects[-1] == FlowEnded("survey")


@pytest.mark.parametrize(
    "junk",
    [
        TextInput(""),
        TextInput("\x00\x01\u202e\ufeff"),
        TextInput("9" * 100_000),
        TextInput("💥" * 5000),
        OptionInput(-1),
        OptionInput(10**12),
        AttachmentInput("", "image", -5),
        AttachmentInput("r", "file", 10**15, "x/y", "../../etc/passwd"),
        EditInput(""),
        BackInput(),
    ],
)
def test_junk_input_never_raises_and_leaves_a_usable_state(junk: object) -> None:
    lib = build(SURVEY)
    state, _ = play(lib, "survey", "30")
    after, effects = step(lib, state, junk, later(3))  # type: ignore[arg-type]
    assert effects and (after.waiting or after.ended)
    assert State.from_json(after.to_json()) == after


def test_the_engine_is_deterministic_and_does_not_change_its_inputs() -> None:
    lib = build(SURVEY)
    state, _ = play(lib, "survey", "30")
    before = state.to_json()
    first = step(lib, state, TextInput("4"), later(2))
    second = step(lib, state, TextInput("4"), later(2))
    assert first == second and state.to_json() == before
