"""The risk check (flows/riskcheck.yaml) with the shipped flows and locales: which answers lead to
which plan steps, and that nothing the person already told another check-up is asked again."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import pytest

from bot.authoring.loader import load_library
from bot.engine.effects import Ask, Effect, PlanMade, Say
from bot.engine.engine import start, step
from bot.engine.inputs import TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import ChoiceQuestion, NumberQuestion, ScaleQuestion, TextQuestion, YesNoQuestion
from bot.engine.state import Context
from tests.unit.test_care_flows import REPO

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
# What the digital security check remembers (flows/hygiene.yaml: remember_for_plan), all fine.
DIGITAL_FINE = {"hygiene_total": 16, "hygiene_score": 16, "twofactor": "yes", "updates": "yes", "location": "yes",
                "border": "yes"}


@pytest.fixture(scope="module")
def lib() -> FlowLibrary:
    result = load_library(REPO / "flows", REPO / "locales")
    assert result.library is not None
    return result.library


def walk(lib: FlowLibrary, answers: Mapping[str, str], profile: Mapping[str, object] | None = None
         ) -> tuple[list[str], list[str], list[Effect]]:
    """The risk check answered by step id (every other question skipped), every offered plan step
    kept without a reminder: (the steps asked, the kept steps' message ids, all effects)."""
    state, effects = start(lib, "riskcheck", T0, Context(profile=dict(profile or {})))
    seen = list(effects)
    asked: list[str] = []
    for _ in range(60):
        if state.ended:
            break
        ask = [e for e in effects if isinstance(e, Ask)][-1]
        if ask.step == "plan":
            answer = "1" if ask.msgid == "plan-step-choose" else "no"  # keep it; no reminder
        else:
            asked.append(ask.step)
            answer = answers.get(ask.step, "skip")
        state, effects = step(lib, state, TextInput(answer), T0)
        seen += effects
    assert state.ended, "the risk check ended"
    (made,) = [e for e in seen if isinstance(e, PlanMade)]
    return asked, [s.msgid for s in made.steps], seen


CASES = {
    # At home, not safe there, the same routes every day, fear of arrest, good support, the
    # digital check done and fine, doing well: a safe place, a lawyer, varied routes, a review.
    "home-arrest": (
        {"where": "1", "home_place": "3", "home_routine": "1", "whereabouts": "1", "incidents": "2",
         "threat_what": "4", "trusted": "yes", "network": "1"},
        {**DIGITAL_FINE, "who5": 80},
        ["riskcheck-step-safe-place", "riskcheck-step-lawyer", "riskcheck-step-routine", "riskcheck-step-revisit"],
    ),
    # In exile with everything pointing to a step: the first five in priority order, no more.
    "exile-many": (
        {"where": "3", "exile_place": "3", "exile_known": "1", "exile_family": "1", "whereabouts": "2",
         "incidents": "1", "coping": "3", "trusted": "no", "network": "2", "likelihood": "3"},
        {},
        ["riskcheck-step-safe-place", "riskcheck-step-family", "riskcheck-step-checkin", "riskcheck-step-address",
         "riskcheck-step-rest"],
    ),
    # On the move, nobody knows the route, no copies of documents, the digital check left two-step
    # login and border preparation undone: a check-in, copies, two-step login, less data at borders.
    "moving-documents": (
        {"where": "2", "moving_route": "2", "moving_documents": "2", "trusted": "yes", "network": "1"},
        {**DIGITAL_FINE, "twofactor": "no", "border": "no", "who5": 76},
        ["riskcheck-step-checkin", "riskcheck-step-documents", "hygiene-next-twofactor", "hygiene-next-border",
         "riskcheck-step-revisit"],
    ),
    # Everything skipped, nothing known: the digital check itself, then a review.
    "all-skipped": ({}, {}, ["riskcheck-step-hygiene", "riskcheck-step-revisit"]),
    # A low score from the last check-in leads to rest even though coping is not asked.
    "low-wellbeing": ({"where": "1"}, {**DIGITAL_FINE, "who5": 32}, ["riskcheck-step-rest", "riskcheck-step-revisit"]),
}


@pytest.mark.parametrize("name", CASES)
def test_answers_lead_to_the_expected_steps(lib: FlowLibrary, name: str) -> None:
    answers, profile, expected = CASES[name]
    _, kept, _ = walk(lib, answers, profile)
    assert kept == expected


def test_what_other_check_ups_know_is_not_asked_again(lib: FlowLibrary) -> None:
    # Nothing known: where they are and how they cope are asked, the digital side points to its check.
    asked, _, effects = walk(lib, {})
    assert "where" in asked and "coping" in asked
    said = [e.msgid for e in effects if isinstance(e, Say)]
    assert "riskcheck-digital-unknown" in said and "riskcheck-digital-known" not in said
    # The digital check done, a check-in score, living abroad (told the wellbeing check-in): none
    # of it is asked; what is known is said instead.
    asked, _, effects = walk(lib, {}, {**DIGITAL_FINE, "who5": 60, "in_exile": True})
    assert "where" not in asked and "coping" not in asked
    assert asked[0] == "exile_place", "living abroad: straight to the questions about exile"
    said = [e.msgid for e in effects if isinstance(e, Say)]
    assert {"riskcheck-digital-known", "riskcheck-wellbeing-known", "riskcheck-where-known"} <= set(said)


def test_no_question_of_the_risk_check_asks_what_another_check_up_keeps(lib: FlowLibrary) -> None:
    """Structurally: the risk check saves no answer under a name the digital security check or the
    wellbeing check-in remembers (it reads those from the profile instead)."""
    remembered_elsewhere = {"hygiene_score", "hygiene_total", "twofactor", "updates", "location", "border", "who5"}
    questions = (ChoiceQuestion, YesNoQuestion, TextQuestion, NumberQuestion, ScaleQuestion)
    saved = {s.save for s in lib.flows["riskcheck"].steps.values() if isinstance(s, questions)}
    assert saved and not saved & remembered_elsewhere
    reads = {"profile.twofactor", "profile.hygiene_total", "profile.who5", "profile.border"}
    source = (REPO / "flows" / "riskcheck.yaml").read_text(encoding="utf-8")
    assert all(read in source for read in reads), "the plan reads them from the profile"
