"""Scripted people for load and soak runs, walking the shipped flows.

A scripted person answers whatever question the bot asks, by a fixed policy: English, yes to the
privacy notice, skip what is optional, the digital hygiene check from the menu, each checklist
item answered by a seeded number (yes, no or not sure), no to reminders and mentors, and at
the end the menu's "end" option. The questions are read from the shipped flows and locales, so a
new step in the onboarding is simply answered, not a broken script. Two people with the same
seed say the same things to the same questions; that is what lets a soak compare transcripts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.authoring import load_library
from bot.engine import FlowLibrary
from bot.engine.model import (
    AttachmentQuestion,
    ChoiceQuestion,
    NumberQuestion,
    ScaleQuestion,
    TextQuestion,
    YesNoQuestion,
)

ROOT = Path(__file__).resolve().parents[2]
YES, NO, UNSURE = "1", "2", "3"
_QUESTION = (ChoiceQuestion, YesNoQuestion, ScaleQuestion, NumberQuestion, TextQuestion, AttachmentQuestion)


@cache
def library() -> FlowLibrary:
    lib = load_library(ROOT / "flows", ROOT / "locales").library
    assert lib is not None, "the shipped flows must load"
    return lib


def text(msgid: str) -> str:
    """A message as the bot's plain body holds it: the bold markers dropped."""
    return library().catalog.render("en", msgid, {}).replace("**", "")


@dataclass(frozen=True)
class Question:
    flow: str
    msgid: str
    text: str  # as the bot's plain body holds it
    kind: str  # choice, yesno, scale, number, text, attachment
    options: tuple[str, ...]  # option ids, in the order the bot numbers them
    optional: bool
    low: float | None = None

    def number(self, option: str) -> str:
        """The answer that picks `option` (the bot numbers options from 1)."""
        return str(self.options.index(option) + 1)


@cache
def questions() -> tuple[Question, ...]:
    """Every question of the shipped flows, longest text first (the most specific match wins)."""
    found = []
    for flow_id, flow in library().flows.items():
        for step in flow.steps.values():
            if getattr(step, "type", None) != "question":
                continue
            assert isinstance(step, _QUESTION)
            options = tuple(o.id for o in getattr(step, "options", ()) or ())
            found.append(Question(flow_id, step.text, text(step.text), step.kind, options, step.optional,
                                  getattr(step, "min", None)))
    return tuple(sorted(found, key=lambda q: -len(q.text)))


def asked(body: str) -> Question | None:
    """The question a bot message asks, if it asks one."""
    return next((q for q in questions() if q.text in body), None)


def asks_question(body: str) -> bool:
    return asked(body) is not None


def anything(body: str) -> bool:
    return True


@cache
def hygiene_questions() -> tuple[str, ...]:
    """The checklist items (msgids), in the flow's order."""
    return tuple(step.text for step in library().flows["hygiene"].steps.values()
                 if isinstance(step, ChoiceQuestion) and _is_item(tuple(o.id for o in step.options)))


def _is_item(options: tuple[str, ...]) -> bool:
    """A checklist item: yes, no, (not sure, …)."""
    return options[:2] == ("yes", "no")


class Person:
    """One scripted person. `checks` hygiene checks, then the menu's end; None: checks forever."""

    def __init__(self, seed: int, checks: int | None = 1) -> None:
        self.rng = random.Random(seed)
        self.checks_left = checks
        self.next = "hello"  # what to say next
        self.finished = False  # said goodbye: the next reply ends the walk

    def answers(self) -> Callable[[str], bool]:
        """What the bot's reply to `next` must do to count as the answer to it."""
        return anything if self.finished else asks_question

    def heard(self, question: Question) -> str:
        """Choose what to say to `question` (also kept in `next`)."""
        self.next = self._choose(question)
        return self.next

    def _choose(self, q: Question) -> str:
        if "hygiene" in q.options and "end" in q.options:  # the menu
            if self.checks_left == 0:
                self.finished = True
                return q.number("end")
            if self.checks_left is not None:
                self.checks_left -= 1
            return q.number("hygiene")
        if "en" in q.options:
            return q.number("en")
        if _is_item(q.options):
            picks = [o for o in ("yes", "no", "unsure") if o in q.options]
            return q.number(self.rng.choices(picks, weights=[6, 3, 1][: len(picks)])[0])
        if q.kind == "yesno":
            return "yes" if q.flow == "onboarding" else "no"  # agree to the notice; no reminders, no mentor
        if q.optional:
            return "skip"
        if q.kind == "choice":
            return "1"
        if q.kind in ("scale", "number"):
            return str(int(q.low or 0))
        return "Some words from the person, written in a hurry."
