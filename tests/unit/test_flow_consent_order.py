"""Every "what may the mentor see?" question lists its options in the same order (#14).

The order is: 1. without my name (`pseudonymous`), 2. with my name (`full`), 3. nothing (`none`);
a question that offers fewer keeps the same relative order. A person who learned "1 keeps my
name out" in one flow must never reveal their name by typing 1 in another, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.engine.library import FlowLibrary
from bot.engine.model import ChoiceQuestion, EscalateStep, Flow

REPO = Path(__file__).resolve().parents[2]
ORDER = ("pseudonymous", "full", "none")
LANGS = ("en", "fr", "es", "fa", "ar", "ru", "prs", "ps")

# Words that mark "without my name" in each language; the label of `full` must not carry them.
WITHOUT = {
    "en": r"\bwithout\b|\bnot my name\b",
    "fr": r"\bsans\b",
    "es": r"\bsin\b",
    "fa": r"بدون",
    "ar": r"دون",
    "ru": r"\bбез\b",
    "prs": r"بدون",
    "ps": r"پرته",
}


@pytest.fixture(scope="module")
def lib() -> FlowLibrary:
    result = load_library(REPO / "flows", REPO / "locales")
    assert result.library is not None, "\n".join(map(str, result.errors))
    return result.library


def consent_questions(lib: FlowLibrary) -> Iterator[tuple[Flow, str, ChoiceQuestion]]:
    """Every question whose answer is used as the `consent:` of an escalation in the same flow."""
    for flow in lib.flows.values():
        consent_vars = {s.consent for s in flow.steps.values() if isinstance(s, EscalateStep) and s.consent}
        for step_id, step in flow.steps.items():
            if step.__class__.__name__.endswith("Question") and getattr(step, "save", None) in consent_vars:
                assert isinstance(step, ChoiceQuestion), f"{flow.id}/{step_id}: consent must be a choice"
                yield flow, step_id, step


def test_there_are_consent_questions(lib: FlowLibrary) -> None:
    found = {flow.id for flow, _, _ in consent_questions(lib)}
    assert {"threat", "wellbeing", "repression"} <= found, found


def test_consent_options_keep_one_order_in_every_flow(lib: FlowLibrary) -> None:
    for flow, step_id, question in consent_questions(lib):
        ids = [option.id for option in question.options]
        assert set(ids) <= set(ORDER), f"{flow.id}/{step_id}: unknown consent options {ids}"
        assert ids == [o for o in ORDER if o in ids], f"{flow.id}/{step_id}: {ids}, expected the order {ORDER}"


@pytest.mark.parametrize("lang", LANGS)
def test_consent_labels_keep_their_meaning_in_every_language(lib: FlowLibrary, lang: str) -> None:
    without = re.compile(WITHOUT[lang], re.IGNORECASE)
    for flow, step_id, question in consent_questions(lib):
        labels = {o.id: lib.catalog.option_label(lang, o.label_msgid) for o in question.options}
        assert all(lib.catalog.has(lang, o.label_msgid) for o in question.options), f"[{lang}] {flow.id}/{step_id}"
        assert len(set(labels.values())) == len(labels), f"[{lang}] {flow.id}/{step_id}: two options read the same"
        if "pseudonymous" in labels:
            assert without.search(labels["pseudonymous"]), f"[{lang}] {flow.id}/{step_id}: {labels['pseudonymous']}"
        if "full" in labels:
            assert not without.search(labels["full"]), f"[{lang}] {flow.id}/{step_id}: {labels['full']}"
