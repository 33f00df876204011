"""Answer scales understood as people write them (issue #14, items 5 and 6): the words printed on
a scale (`labels`) are answers, in the person's language and in English; a number and its words
together are one answer when they agree; a scale offers a person after three misses, not two.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from flowkit import T0, build, later
from pydantic import ValidationError
from test_flow_check import Project, find

from bot.authoring.loader import load_library
from bot.engine.answers import Understood, parse_answer
from bot.engine.effects import Hint, OfferPerson
from bot.engine.engine import start, step
from bot.engine.inputs import TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import ScaleQuestion
from bot.engine.state import Context

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


@functools.cache
def shipped() -> FlowLibrary:
    lib = load_library(REPO / "flows", REPO / "locales").library
    assert lib is not None
    return lib

FLOW = """
id: q
version: 1
title: q-title
start: often
steps:
  often:
    type: question
    kind: scale
    min: 0
    max: 5
    labels: {0: q-never, 3: q-half, 5: q-always}
    text: q-often
    save: often
    next: end
  end: {type: end}
"""
MESSAGES = {
    "en": {"q": """\
        q-title = Q
        q-often = How often?
        q-never = At no time
            .synonyms = never
        q-half = More than half of the time
        q-always = All of the time
        """},
    "fa": {"q": """\
        q-never = هیچ‌وقت
            .synonyms = هرگز, هیچ وقت
        q-half = بیش از نیمی از اوقات
        """},
}
LIB = build(FLOW, messages=MESSAGES)
QUESTION = LIB.flows["q"].steps["often"]
assert isinstance(QUESTION, ScaleQuestion)


def understood(text: str, lang: str = "en") -> Understood | None:
    return parse_answer(LIB, "q", "often", QUESTION, TextInput(text), lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("at no time", "en", 0),
        ("At no time.", "en", 0),
        ("never", "en", 0),
        ("هیچ‌وقت", "fa", 0),  # with the zero-width non-joiner Persian keyboards type
        ("هیچ وقت", "fa", 0),
        ("at no time", "fa", 0),  # English works in every language
        ("all of the time", "fa", 5),  # a label the translation lacks: English
        ("0 = at no time", "en", 0),  # copied from the scale line
        ("3 - more than half of the time", "en", 3),
        ("۳ = بیش از نیمی از اوقات", "fa", 3),
        ("More than half of the time (3)", "en", 3),
        ("3/5", "en", 3),
        ("4 out of 5", "en", 4),
        ("۴", "fa", 4),
    ],
)
def test_the_words_on_the_scale_are_answers(text: str, lang: str, value: int) -> None:
    assert understood(text, lang) == Understood(value)


@pytest.mark.parametrize("text", ["2 at no time", "half", "3/10", "6", "3 or 4", "sometimes", "5 = never"])
def test_words_that_disagree_or_are_not_on_the_scale_are_not_answers(text: str) -> None:
    assert understood(text) is None


def test_labels_outside_the_scale_are_refused() -> None:
    with pytest.raises(ValidationError, match="outside the scale"):
        ScaleQuestion.model_validate({"type": "question", "kind": "scale", "min": 0, "max": 5, "text": "q",
                                      "labels": {6: "q-six"}, "next": "end"})


def test_the_check_names_a_label_message_that_does_not_exist(project: Project) -> None:
    project.write("flows/scale.yaml", FLOW.replace("id: q", "id: scale").replace("q-never", "q-nowhere"))
    project.write("locales/en/scale.ftl", "### reviewed: yes\n" + MESSAGES["en"]["q"].replace("    ", ""))
    problem = find(project.load(), "message `q-nowhere` is missing in `en`")
    assert problem.file.endswith("flows/scale.yaml") and problem.severity == "error"


def test_a_scale_offers_a_person_after_three_answers_not_understood() -> None:
    assert QUESTION.retries == 3
    state, _ = start(LIB, "q", T0, Context())
    offers = []
    for minute in range(1, 7):
        state, effects = step(LIB, state, TextInput("purple"), later(minute))
        assert any(isinstance(e, Hint) for e in effects)
        offers.append(any(isinstance(e, OfferPerson) for e in effects))
    assert offers == [False, False, True, False, False, True]


def test_other_questions_still_offer_a_person_after_two() -> None:
    flow = FLOW.replace("kind: scale", "kind: number").replace("    labels: {0: q-never, 3: q-half, 5: q-always}\n", "")
    lib = build(flow, messages=MESSAGES)
    state, _ = start(lib, "q", T0, Context())
    state, _ = step(lib, state, TextInput("purple"), later(1))
    state, effects = step(lib, state, TextInput("purple"), later(2))
    assert any(isinstance(e, OfferPerson) for e in effects)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "fa", "ar", "ru", "prs", "ps"])
def test_the_shipped_who5_statements_accept_their_scales_words(lang: str) -> None:
    lib = shipped()
    for step_id in ("who5_1", "who5_2", "who5_3", "who5_4", "who5_5"):
        question = lib.flows["wellbeing"].steps[step_id]
        assert isinstance(question, ScaleQuestion) and question.labels is not None
        for value, msgid in question.labels.items():
            label = lib.catalog.render(lang, msgid)
            assert lib.catalog.has(lang, msgid), f"{msgid} is not translated into {lang}"
            got = parse_answer(lib, "wellbeing", step_id, question, TextInput(label), lang)
            assert got == Understood(value), (lang, step_id, label)
    question = lib.flows["wellbeing"].steps["who5_1"]
    assert isinstance(question, ScaleQuestion)
    assert parse_answer(lib, "wellbeing", "who5_1", question, TextInput("at no time"), lang) == Understood(0)


def test_the_flow_format_documents_labels() -> None:
    readme = (REPO / "flows" / "README.md").read_text(encoding="utf-8")
    assert "`labels`" in readme and "`retries: N` (default 2; 3 for a scale" in readme
