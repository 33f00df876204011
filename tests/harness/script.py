"""Scripted conversations through the shipped flows, for load and soak runs.

A script is a list of turns: what the person says, and the first line of the bot's message that
answers it (the next question). The expected texts are rendered from the shipped locales, so the
scripts follow content edits. The path: onboarding (hello → language → consent → time zone →
menu), then the digital hygiene check answered by numbers, then the menu again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.authoring import load_library
from bot.engine import FlowLibrary
from bot.engine.model import ChoiceQuestion

ROOT = Path(__file__).resolve().parents[2]
YES, NO, UNSURE = "1", "2", "3"


@dataclass(frozen=True)
class Turn:
    say: str
    expect: str  # msgid of the question that answers this turn
    text: str  # its first line, as the bot's plain body shows it

    def answered_by(self, body: str) -> bool:
        """Whether a bot message with this body is the one that answers this turn."""
        return self.text in body


@cache
def library() -> FlowLibrary:
    lib = load_library(ROOT / "flows", ROOT / "locales").library
    assert lib is not None, "the shipped flows must load"
    return lib


@cache
def text(msgid: str) -> str:
    """The first line of a message as the bot's plain body shows it (the bold markers dropped)."""
    return library().catalog.render("en", msgid, {}).replace("**", "").splitlines()[0]


@cache
def hygiene_questions() -> tuple[str, ...]:
    flow = library().flow("hygiene")
    assert flow is not None
    return tuple(s.text for s in flow.steps.values() if isinstance(s, ChoiceQuestion) and s.options[0].id == "yes")


def _turn(say: str, msgid: str) -> Turn:
    return Turn(say, msgid, text(msgid))


def onboarding() -> list[Turn]:
    return [_turn("hello", "language-choose"), _turn("1", "onboarding-consent"), _turn("yes", "timezone-ask"),
            _turn("skip", "menu-choose")]


def hygiene(answers: list[str]) -> list[Turn]:
    """From the menu: choose the check, answer each item (1 yes, 2 no, 3 not sure), decline the
    reminder and the mentor, and be back at the menu."""
    questions = hygiene_questions()
    assert len(answers) == len(questions)
    all_yes = all(a == YES for a in answers)
    turns = [_turn("1", questions[0])]
    for i, answer in enumerate(answers):
        last = "hygiene-offer-mentor" if all_yes else "hygiene-offer-reminder"
        turns.append(_turn(answer, questions[i + 1] if i + 1 < len(questions) else last))
    if not all_yes:
        turns.append(_turn(NO, "hygiene-offer-mentor"))
    turns.append(_turn(NO, "menu-choose"))
    return turns


def random_answers(rng: random.Random) -> list[str]:
    """Mostly yes, some no and not sure: the tips in between make the replies uneven."""
    return rng.choices([YES, NO, UNSURE], weights=[6, 3, 1], k=len(hygiene_questions()))


def full_check(rng: random.Random) -> list[Turn]:
    """One person's whole first visit: onboarding, a full hygiene check, then ending at the menu."""
    return [*onboarding(), *hygiene(random_answers(rng)), _turn("7", "menu-bye")]


def endless(rng: random.Random, turns: int) -> list[Turn]:
    """`turns` turns: onboarding, then hygiene checks one after another (the menu leads back)."""
    script = onboarding()
    while len(script) < turns:
        script += hygiene(random_answers(rng))
    return script[:turns]
