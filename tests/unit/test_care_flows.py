"""The care flows (onboarding, menu, language, timezone, country, hygiene, wellbeing, threat, …), end to end.

- Golden transcripts in English: every named scenario is played through the engine and rendered
  with the catalog into `tests/golden/<flow>-<path>.txt`; the test compares exactly. After an
  intended change of wording or structure, regenerate them and review the diff:

      CONTINUUM_REGEN_GOLDEN=1 pytest tests/unit/test_care_flows.py

- Coverage in every language: the same scenarios (plus a few matrices) walk every step and every
  branch of every care flow in en, fr, es, fa, ar, ru, prs (Dari) and ps (Pashto); every message shown exists in that
  language itself (no silent fallback to English, no `[msgid]`) and renders without Fluent errors.
- Safety: every crisis answer yields an urgent Escalate at once; every question offers a person
  after answers that are not understood, and the words the texts tell people to type work.

Scripts are language-independent: YES/NO/UNSURE/SKIP stand for the person's own words (the
localised labels), LANG_NAME for the language's own name, digits pick options by number.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fluent.runtime import FluentBundle, FluentResource

from bot.authoring.loader import load_library
from bot.engine import engine
from bot.engine.analysis import default_hint, step_targets
from bot.engine.effects import (
    Ask,
    Effect,
    Escalate,
    FlowEnded,
    FlowStarted,
    Hint,
    Notice,
    OfferPerson,
    PlanMade,
    Remember,
    Say,
    ScheduleFollowup,
    SetPreference,
    StepVisited,
)
from bot.engine.inputs import AttachmentInput, Input, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import (
    AttachmentQuestion,
    ChoiceQuestion,
    NumberQuestion,
    PlanStep,
    ScaleQuestion,
    TextQuestion,
    YesNoQuestion,
)
from bot.engine.normalize import normalize
from bot.engine.state import Context, State

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden"
REGEN = os.environ.get("CONTINUUM_REGEN_GOLDEN") == "1"

PHASES = ("week1", "month1", "month3", "month6", "month12")
JOURNEY = tuple(f"journey_{phase}" for phase in PHASES)
CARE_FLOWS = (
    "onboarding",
    "menu",
    "language",
    "timezone",
    "country",
    "hygiene",
    "wellbeing",
    "threat",
    "repression",
    "leftbehind",
    "exile",
    "visithome",
    "riskcheck",
    *JOURNEY,
)
# The locale files of the care flows: the journey_* flows share journey.ftl.
CONTENT_FILES = tuple(dict.fromkeys("journey" if f.startswith("journey_") else f for f in CARE_FLOWS))
LANGS = ("en", "fr", "es", "fa", "ar", "ru", "prs", "ps")
LANG_ORDER = ("en", "fr", "es", "fa", "ar", "ru", "prs", "ps")  # the options of flows/language.yaml
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

# --- script tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """The person's own word for a common label (option-yes, option-no, …)."""

    msgid: str


YES = Word("option-yes")
NO = Word("option-no")
UNSURE = Word("option-unsure")
SKIP = Word("option-skip")
NA = Word("option-na")


@dataclass(frozen=True)
class LangName:
    """The name of the language being tested, as shown in the language list."""


LANG_NAME = LangName()


@dataclass(frozen=True)
class Attach:
    name: str
    kind: str = "image"


Token = str | Word | LangName | Attach


@dataclass(frozen=True)
class Scenario:
    flow: str
    path: str
    script: tuple[Token, ...]
    profile: Mapping[str, Any] = field(default_factory=dict)
    golden: bool = True  # also an English golden transcript

    @property
    def name(self) -> str:
        return f"{self.flow}-{self.path}"


def S(flow: str, path: str, *script: Token, profile: Mapping[str, Any] | None = None, golden: bool = True) -> Scenario:
    return Scenario(flow, path, tuple(script), dict(profile or {}), golden)


# The main menu's options by number, and the settings' options.
MENU = {
    name: str(n)
    for n, name in enumerate(
        ("hygiene", "wellbeing", "threat", "riskcheck", "repression", "exile", "person", "settings", "end"), 1
    )
}
EXILE = {
    name: str(n)
    for n, name in enumerate(("leftbehind", "visithome", "repression", "resources", "arrival", "person", "back"), 1)
}
JOURNEY_OPTIONS = {
    "week1": ("leftbehind", "hygiene", "resources", "person", "nothing"),
    "month1": ("hygiene", "leftbehind", "wellbeing", "resources", "person", "nothing"),
    "month3": ("wellbeing", "resources", "person", "nothing"),
    "month6": ("wellbeing", "repression", "resources", "person", "nothing"),
    "month12": ("wellbeing", "hygiene", "visithome", "person", "nothing"),
}
SETTINGS = {name: str(n) for n, name in enumerate(("language", "timezone", "country", "back"), 1)}
COUNTRIES = ("DE", "FR", "ES", "GB", "US", "TR", "UA", "IR", "AF", "RU")  # the options of flows/country.yaml

THREAT_KINDS = (
    "surveillance",
    "account",
    "device",
    "spyware",
    "harassment",
    "physical",
    "legal",
    "detention",
    "repression",
    "other",
)
REPRESSION_KINDS = (
    "family_threats",
    "family_detained",
    "relatives",
    "documents",
    "notice",
    "informants",
    "smear",
    "online",
    "other",
)
RKIND = {name: str(n) for n, name in enumerate(REPRESSION_KINDS, 1)}
AFFECTED = {"me": "1", "family": "2", "colleagues": "3"}
KIND = {name: str(n) for n, name in enumerate(THREAT_KINDS, 1)}
CHANNEL = {"safe": "1", "affected": "2", "unsure": "3"}

N_HYGIENE = 16  # items asked of someone with a phone and a computer (one fewer with only one of them)
WHERE = {"home": "1", "moving": "2", "exile": "3"}
KEEP, CHANGE, DROP = "1", "2", "3"  # a plan step: keep it, change it into my own words, leave it out
# The risk check with every question skipped (no profile: nothing known from other check-ups).
RISKCHECK_SKIPPED: tuple[Token, ...] = (SKIP,) * 12
# What the digital security check remembers (flows/hygiene.yaml), as the risk check reads it.
DIGITAL = {"hygiene_total": 16, "hygiene_score": 10, "twofactor": "no", "updates": "yes", "location": "no",
           "border": "unsure"}
DEVICES = {"phone": "1", "both": "2", "computer": "3"}
WHO5_FIVE = ("3", "3", "3", "3", "3")
# What a person answers in the flow an option leads to, until it ends.
AFTER: dict[str, tuple[Token, ...]] = {
    "leftbehind": (*([YES] * 6), NO),
    "hygiene": (DEVICES["phone"], *([YES] * (N_HYGIENE - 1)), NO, NO),
    "wellbeing": (*WHO5_FIVE, NO, NO, NO),
    "visithome": (*([SKIP] * 8), NO),
    "repression": (NO, RKIND["other"], SKIP, AFFECTED["me"], NO, SKIP, "1"),
    "resources": (YES,),
    "person": (),
    "nothing": (),
}

SCENARIOS: tuple[Scenario, ...] = (
    # onboarding ---------------------------------------------------------------------------------
    S("onboarding", "consent", LANG_NAME, YES, "2", "1", MENU["end"]),
    S("onboarding", "timezone-typed", LANG_NAME, YES, "13", "Asia/Dubai", SKIP, MENU["end"]),
    S("onboarding", "declined-person", LANG_NAME, NO, "1"),
    S("onboarding", "declined-agree", LANG_NAME, NO, "2", YES, SKIP, "11", MENU["end"]),
    S("onboarding", "declined-end", LANG_NAME, NO, "3"),
    # menu ---------------------------------------------------------------------------------------
    S("menu", "hygiene", MENU["hygiene"]),
    S("menu", "wellbeing", MENU["wellbeing"]),
    S("menu", "threat", MENU["threat"]),
    S("menu", "riskcheck", MENU["riskcheck"]),
    S("menu", "repression", MENU["repression"]),
    S("menu", "exile", MENU["exile"]),
    S("menu", "person", MENU["person"], "Advice before a trip next month"),
    S("menu", "person-skip", MENU["person"], SKIP),
    S("menu", "language", MENU["settings"], SETTINGS["language"], LANG_NAME, MENU["end"]),
    S("menu", "timezone", MENU["settings"], SETTINGS["timezone"], SKIP, MENU["end"]),
    S("menu", "country", MENU["settings"], SETTINGS["country"], "8", MENU["end"]),
    S("menu", "settings-back", MENU["settings"], SETTINGS["back"], MENU["end"], golden=False),
    S("menu", "bye", MENU["end"]),
    # language and time zone ---------------------------------------------------------------------
    S("language", "choose", LANG_NAME),
    S("timezone", "skip", SKIP),
    S("timezone", "typed", "13", "America/Sao_Paulo"),
    S("timezone", "typed-skip", "13", SKIP),
    *(S("timezone", f"option-{n}", str(n), golden=n == 8) for n in range(1, 13)),
    *(S("country", f"option-{code}", str(n), golden=code == "DE") for n, code in enumerate(COUNTRIES, 1)),
    S("country", "other", "11"),
    S("country", "skip", SKIP),
    # hygiene (the last two answers: the check of what was left behind, then a mentor) ------------
    S("hygiene", "all-yes", DEVICES["both"], *([YES] * N_HYGIENE), NO, NO),
    S("hygiene", "all-no", DEVICES["both"], *([NO] * N_HYGIENE), NO, NO, NO),
    S(
        "hygiene",
        "mixed",
        DEVICES["both"],
        NO,  # passwords
        UNSURE,  # twofactor
        YES,  # sessions
        NO,  # pins
        YES,  # updates
        YES,  # screenlock
        NA,  # encryption
        UNSURE,  # lockdown
        YES,  # spyware
        NO,  # location
        YES,  # messaging
        NO,  # backups
        UNSURE,  # phishing
        YES,  # identities
        NA,  # photos
        YES,  # border
        YES,
        NO,
        YES,
    ),
    S("hygiene", "one-left", DEVICES["both"], *([YES] * (N_HYGIENE - 1)), NO, YES, NO, NO),
    # phone only: no disk encryption question; no to pins, screen lock and Lockdown Mode
    S("hygiene", "phone-only", DEVICES["phone"], YES, YES, YES, NO, YES, NO, NO, *([YES] * 8), NO, NO, NO),
    # computer only: no Lockdown Mode question; no to disk encryption and photos
    S(
        "hygiene",
        "computer-only",
        DEVICES["computer"],
        *([YES] * 6),
        NO,
        *([YES] * 6),
        NO,
        YES,
        NO,
        NO,
        NO,
        golden=False,
    ),
    S("hygiene", "all-na", DEVICES["both"], *([NA] * N_HYGIENE), NO, NO),
    *(
        S("hygiene", f"{d}-only-all-yes", DEVICES[d], *([YES] * (N_HYGIENE - 1)), NO, NO, golden=False)
        for d in ("phone", "computer")
    ),
    S("hygiene", "to-leftbehind", DEVICES["phone"], *([YES] * (N_HYGIENE - 1)), YES, *([YES] * 6), NO),
    # leftbehind ---------------------------------------------------------------------------------
    S("leftbehind", "mixed", NO, UNSURE, NO, NA, YES, NO, YES),
    S("leftbehind", "some", YES, YES, YES, NO, UNSURE, YES, NO),
    S("leftbehind", "all-yes", *([YES] * 6), NO),
    S("leftbehind", "all-na", *([NA] * 6), NO, golden=False),
    # wellbeing ----------------------------------------------------------------------------------
    S(
        "wellbeing",
        "first-low",
        "1",
        "1",
        "1",
        "1",
        "1",
        NO,
        YES,
        "Badly, I wake up at four",
        "Quite alone since I left",
        SKIP,
        SKIP,
        SKIP,
        YES,
        "Waiting for my asylum interview",
        SKIP,
        YES,
        "1",
        YES,
    ),
    S("wellbeing", "first-gentle-share-none", "2", "2", "2", "2", "2", NO, NO, YES, "3", NO),
    S("wellbeing", "first-good", *WHO5_FIVE, NO, YES, SKIP, SKIP, SKIP, SKIP, SKIP, NO, NO),
    S("wellbeing", "better", "4", "4", "3", "4", "4", NO, NO, YES, profile={"who5": 40}),
    S(
        "wellbeing",
        "worse",
        "2",
        "2",
        "2",
        "2",
        "2",
        NO,
        YES,
        "Not well",
        "Alone",
        "I am afraid for my brother",
        "My old life, my city",
        "Yes, a lot",
        SKIP,
        NO,
        NO,
        NO,  # a risk check now? no
        profile={"who5": 80},
    ),
    S("wellbeing", "same", *WHO5_FIVE, NO, NO, NO, profile={"who5": 64}),
    S(
        "wellbeing",
        "exile-shares-good-score",
        *WHO5_FIVE,
        NO,
        YES,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        "I call my sister every week, and I worry",
        NO,
        NO,
        profile={"in_exile": True},
    ),
    S(
        "wellbeing",
        "not-in-exile",
        *WHO5_FIVE,
        NO,
        YES,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        NO,
        profile={"in_exile": False},
        golden=False,
    ),
    S("wellbeing", "crisis-selfharm", *WHO5_FIVE, "2"),
    S("wellbeing", "crisis-danger", *WHO5_FIVE, "3"),
    S("wellbeing", "crisis-rather-not", *WHO5_FIVE, "4", NO, NO, NO),
    # the comparison × level matrix (previous score → today's answers)
    *(
        S(
            "wellbeing",
            f"matrix-{prev}-{today}",
            *([str(today // 20)] * 5),
            NO,
            NO,
            *([NO, NO, NO] if today <= 50 else [NO]),
            profile={"who5": prev},
            golden=False,
        )
        for prev, today in ((4, 20), (20, 40), (40, 60), (60, 20), (80, 40), (100, 80), (20, 20), (40, 40))
    ),
    # the thresholds are inclusive: 28 is low, 48 gentle, 52 good
    S("wellbeing", "threshold-28", "2", "2", "1", "1", "1", NO, NO, NO, NO, NO, golden=False),
    S("wellbeing", "threshold-48", "3", "3", "2", "2", "2", NO, NO, NO, YES, NO, golden=False),
    # a low score, no person now: the offer of a risk check, taken (nothing asked twice there)
    S("wellbeing", "low-to-riskcheck", "1", "1", "1", "1", "1", NO, NO, NO, NO, YES, *RISKCHECK_SKIPPED[1:], "3", "3",
      "3"),
    S("wellbeing", "threshold-52", "3", "3", "3", "2", "2", NO, NO, NO, golden=False),
    # threat -------------------------------------------------------------------------------------
    S("threat", "urgent", YES),
    S(
        "threat",
        "full-high",
        NO,
        CHANNEL["safe"],
        KIND["account"],
        "Someone logged into my email from abroad",
        "Gmail, on my laptop",
        "2",  # partly: the access tip
        "Last Tuesday",
        YES,
        "3",
        "3",
        "Berlin",
        "Probably the same people as last year",
        "My sister",
        Attach("screenshot-1.png"),
        YES,
        Attach("screenshot-2.png"),
        YES,
        Attach("log.txt", "file"),
        "I changed my password",
        "1, 4",
        "2",
        "Evenings after 7 pm",
    ),
    S(
        "threat",
        "minimal-normal",
        NO,
        CHANNEL["safe"],
        KIND["other"],
        SKIP,
        "I don't know",
        NO,
        "1",
        "1",
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        "7",
        "3",
        SKIP,
    ),
    # the same with consent to storage: the risk check (a plan, or a review of theirs) is offered in 3 days
    S("threat", "minimal-plan-later", NO, CHANNEL["safe"], KIND["other"], SKIP, "I don't know", NO, "1", "1",
      *([SKIP] * 5), "7", "3", SKIP, profile={"privacy_consent": True}),
    S(
        "threat",
        "detention-two-files",
        NO,
        CHANNEL["affected"],
        KIND["detention"],
        SKIP,
        "Yesterday",
        YES,
        "2",
        UNSURE,
        SKIP,
        SKIP,
        SKIP,
        Attach("summons.jpg"),
        YES,
        Attach("photo.jpg"),
        NO,
        SKIP,
        UNSURE,
        "1",
        SKIP,
    ),
    S(
        "threat",
        "device-seized-and-detention",
        NO,
        UNSURE,
        f"{KIND['device']}, {KIND['detention']}",
        "They took his phone at the border and kept him",
        "His Android phone, WhatsApp and Telegram",
        "3",  # access lost: the access tip
        "Two days ago",
        UNSURE,
        "3",
        "3",
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        "1, 3",
        "1",
        SKIP,
    ),
    S(
        "threat",
        "spyware-notification",
        NO,
        CHANNEL["safe"],
        KIND["spyware"],
        "Apple sent me a threat notification",
        "My iPhone",
        "1",
        "This morning",
        UNSURE,
        "2",
        "2",
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        "1",
        "1",
        SKIP,
    ),
    S(
        "threat",
        "account-ongoing-minor",
        NO,
        CHANNEL["safe"],
        KIND["account"],
        SKIP,
        SKIP,
        UNSURE,
        "Since Monday",
        YES,
        "1",
        "1",
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        "1",
        "1",
        SKIP,
        golden=False,
    ),
    *(
        S(
            "threat",
            f"tips-{name}",
            NO,
            CHANNEL["safe"],
            kinds,
            SKIP,
            SKIP,
            access,
            "Last week",
            NO,
            "1",
            "1",
            SKIP,
            SKIP,
            SKIP,
            SKIP,
            SKIP,
            "1",
            "1",
            SKIP,
            golden=False,
        )
        for name, kinds, access in (
            ("device-spyware", f"{KIND['device']}, {KIND['spyware']}", "1"),
            ("device-account-lost", f"{KIND['account']}, {KIND['device']}", "3"),
            ("spyware-account-partly", f"{KIND['account']}, {KIND['spyware']}", "2"),
        )
    ),
    S(
        "threat",
        "offer-repression-yes",
        NO,
        CHANNEL["safe"],
        KIND["repression"],
        YES,
        NO,
        RKIND["relatives"],
        SKIP,
        AFFECTED["me"],
        NO,
        SKIP,
        "1",
    ),
    S(
        "threat",
        "offer-repression-no",
        NO,
        CHANNEL["safe"],
        f"{KIND['account']}, {KIND['repression']}",
        NO,
        SKIP,
        SKIP,
        "1",
        "Since January",
        NO,
        "1",
        "1",
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        SKIP,
        "1",
        "1",
        SKIP,
        golden=False,
    ),
    S(
        "threat",
        "one-file",
        NO,
        CHANNEL["safe"],
        KIND["legal"],
        SKIP,
        "March",
        NO,
        "2",
        "2",
        SKIP,
        SKIP,
        SKIP,
        Attach("letter.pdf", "file"),
        NO,
        SKIP,
        "3",
        "1",
        SKIP,
        golden=False,
    ),
    S(
        "threat",
        "second-file-skipped",
        NO,
        CHANNEL["safe"],
        KIND["surveillance"],
        SKIP,
        "Since May",
        YES,
        "2",
        "3",
        SKIP,
        SKIP,
        SKIP,
        Attach("a.png"),
        YES,
        SKIP,
        SKIP,
        "1",
        "1",
        SKIP,
        golden=False,
    ),
    S(
        "threat",
        "third-file-skipped",
        NO,
        CHANNEL["safe"],
        f"{KIND['physical']} {KIND['harassment']}",
        SKIP,
        "Today",
        NO,
        "1",
        "2",
        SKIP,
        SKIP,
        SKIP,
        Attach("a.png"),
        YES,
        Attach("b.png"),
        YES,
        SKIP,
        SKIP,
        "5",
        "1",
        SKIP,
        golden=False,
    ),
    # riskcheck: at home, on the move, in exile (golden), and what is known already ----------------
    S(
        "riskcheck",
        "home",
        WHERE["home"],
        "3",  # not safe where I live or work
        YES,  # the same routes every day
        NO,  # nobody knows where I am
        YES,  # something worrying happened
        "3",  # coping: not well
        "1, 4",  # the authorities, people around me
        "1, 4",  # watched, arrested
        "2",  # possible
        YES,  # someone to call at any hour
        NO,  # no network
        "I never post where I am",
        KEEP, YES,  # a safe place; remind me
        CHANGE, "Call my sister at nine every evening", NO,  # a check-in, in my own words
        KEEP, YES,  # rest and joy; remind me
        DROP,  # a log of incidents: left out
        SKIP,  # the digital check: left out with the skip word
        YES,  # mentors may see the plan
        profile={"privacy_consent": True},
    ),
    S(
        "riskcheck",
        "moving",
        WHERE["moving"],
        NO,  # nobody knows my route
        UNSURE,  # copies of my documents?
        NO,  # no incidents
        "1",  # the authorities
        "1, 6",  # watched, hacked
        UNSURE,
        YES,
        YES,
        SKIP,
        KEEP, YES,  # a check-in
        KEEP, NO,  # copies of documents
        KEEP, YES,  # two-step login (from the digital check's answers)
        KEEP,  # less data across borders (no reminder offered)
        DROP,  # location: left out
        NO,  # mentors may not see the plan
        profile=dict(DIGITAL, privacy_consent=True, who5=64),
    ),
    S(
        "riskcheck",
        "exile",
        WHERE["exile"],
        "2",  # partly safe where I live now
        YES,  # they may know where I live
        YES,  # family questioned
        YES,  # someone knows where I am
        UNSURE,  # incidents?
        "1",  # coping well
        "1, 5",  # the authorities, people online
        "5, 2",  # family, smears
        "3",  # likely
        NO,  # nobody to call at any hour
        UNSURE,  # a network?
        "My neighbours know me well",
        CHANGE, "Tell my mother to call Aunt Leila if anyone comes", YES,  # family, in my own words
        KEEP, YES,  # a check-in
        KEEP, NO,  # the address
        DROP,  # the digital check
        KEEP, YES,  # an organisation, before I need one
        YES,
        profile={"privacy_consent": True},
    ),
    S(
        "riskcheck",
        "exile-known",  # in exile (the wellbeing check-in knows), who5 known, no consent to storage
        YES, NO, NO, NO, NO,
        *([SKIP] * 6),
        KEEP, NO, KEEP, NO, KEEP, YES, KEEP,
        SKIP,
        profile={"in_exile": True, "who5": 40},
        golden=False,
    ),
    S("riskcheck", "skip-all", *RISKCHECK_SKIPPED, "3", SKIP, golden=False),
    # repression ---------------------------------------------------------------------------------
    S("repression", "urgent", YES),
    S(
        "repression",
        "family-detained",
        NO,
        f"{RKIND['family_threats']}, {RKIND['family_detained']}",
        "My brother was taken for questioning after they visited my parents",
        AFFECTED["family"],
        YES,
        "Iran",
        "1",
    ),
    S(
        "repression",
        "notice-and-more",
        NO,
        ", ".join(RKIND[k] for k in ("relatives", "documents", "notice", "informants", "smear", "online")),
        SKIP,
        AFFECTED["me"],
        UNSURE,
        SKIP,
        "3",
    ),
    S(
        "repression",
        "smear-normal",
        NO,
        f"{RKIND['smear']}, {RKIND['other']}",
        SKIP,
        f"{AFFECTED['me']}, {AFFECTED['colleagues']}",
        NO,
        SKIP,
        "2",
    ),
    S("repression", "documents-me", NO, RKIND["documents"], SKIP, AFFECTED["me"], YES, SKIP, "1", golden=False),
    S("repression", "family-ongoing", NO, RKIND["other"], SKIP, AFFECTED["family"], YES, SKIP, "1", golden=False),
    # exile --------------------------------------------------------------------------------------
    S("exile", "arrival-leftbehind", "2025", "3", YES, EXILE["leftbehind"], *AFTER["leftbehind"]),
    S(
        "exile",
        "optout-resources-person",
        "2024",
        "11",
        NO,
        EXILE["resources"],
        EXILE["person"],
        "Finding a lawyer for my asylum case",
    ),
    S("exile", "skip-arrival", SKIP, EXILE["back"], MENU["end"]),
    # 1700 is neither a Gregorian nor a Solar Hijri year of arrival: asked again; 1403 is kept
    S("exile", "solar-hijri", "1700", "1403", "1", NO, EXILE["back"], MENU["end"], golden=False),
    S("exile", "year-only", "2023", SKIP, EXILE["repression"], *AFTER["repression"], golden=False),
    S(
        "exile",
        "known-visithome",
        EXILE["arrival"],
        SKIP,
        EXILE["visithome"],
        *AFTER["visithome"],
        profile={"arrival_asked": 1},
        golden=False,
    ),
    S("exile", "known-person-skip", EXILE["person"], SKIP, profile={"arrival_asked": 1}, golden=False),
    # visithome ----------------------------------------------------------------------------------
    S("visithome", "risky", YES, UNSURE, YES, NO, YES, NO, UNSURE, "In August", YES, "1"),
    S("visithome", "open-case", NO, YES, NO, YES, NO, YES, YES, SKIP, YES, "3"),
    S("visithome", "no-person", NO, NO, NO, YES, NO, YES, YES, SKIP, NO),
    # journey: every option of every phase ------------------------------------------------------
    *(
        S(
            f"journey_{phase}",
            option,
            str(n),
            *AFTER[option],
            golden=(phase, option) in (("week1", "leftbehind"), ("week1", "resources")) or n == 1,
        )
        for phase, options in JOURNEY_OPTIONS.items()
        for n, option in enumerate(options, 1)
    ),
    *(
        S(f"journey_{phase}", "resources-no", str(options.index("resources") + 1), NO, golden=False)
        for phase, options in JOURNEY_OPTIONS.items()
        if "resources" in options
    ),
)

# --- the library and a tracing player -----------------------------------------------------------


@pytest.fixture(scope="module")
def lib() -> FlowLibrary:
    result = load_library(REPO / "flows", REPO / "locales")
    assert result.library is not None, "\n".join(map(str, result.errors))
    return result.library


@dataclass
class Trace:
    steps: set[tuple[str, str]] = field(default_factory=set)
    edges: set[tuple[str, str, str]] = field(default_factory=set)
    last: dict[str, str] = field(default_factory=dict)

    def visit(self, flow: str, step: str) -> None:
        before = self.last.get(flow)
        if before is not None:  # a step entered again right after itself is a loop taken (asked again)
            self.edges.add((flow, before, step))
        self.steps.add((flow, step))
        self.last[flow] = step

    def follow(self, effects: list[Effect]) -> list[Effect]:
        """Records the steps a traced engine call entered; returns the effects a person would see."""
        for effect in effects:
            if isinstance(effect, FlowStarted):
                self.last.pop(effect.flow, None)  # a fresh run of this flow
            elif isinstance(effect, StepVisited):
                self.visit(effect.flow, effect.step)
        return [effect for effect in effects if not isinstance(effect, StepVisited)]


def to_input(lib: FlowLibrary, lang: str, token: Token, counter: list[int]) -> Input:
    if isinstance(token, Word):
        return TextInput(lib.catalog.option_label(lang, token.msgid))
    if isinstance(token, LangName):
        return TextInput(lib.catalog.option_label(lang, f"language-name-{lang}"))
    if isinstance(token, Attach):
        counter[0] += 1
        kind = "file" if token.kind == "file" else "image"
        return AttachmentInput(f"ref-{counter[0]}", kind, 120_000, "application/octet-stream", token.name)
    return TextInput(token)


@dataclass
class Played:
    calls: list[tuple[Input | None, list[Effect], State]]

    @property
    def effects(self) -> list[Effect]:
        return [effect for _, effects, _ in self.calls for effect in effects]

    @property
    def final(self) -> State:
        return self.calls[-1][2]


def play(
    lib: FlowLibrary, scenario: Scenario, lang: str, trace: Trace | None = None, country: str | None = None
) -> Played:
    ctx = Context(lang=lang, country=country, profile=dict(scenario.profile))
    counter = [0]
    trace = trace or Trace()
    state, effects = engine.start(lib, scenario.flow, T0, ctx, trace=True)
    calls: list[tuple[Input | None, list[Effect], State]] = [(None, trace.follow(effects), state)]
    for minute, token in enumerate(scenario.script, 1):
        assert state.waiting, f"{scenario.name} [{lang}]: the flow ended before answer {minute}"
        given = to_input(lib, lang, token, counter)
        state, effects = engine.step(lib, state, given, T0 + timedelta(minutes=minute), trace=True)
        effects = trace.follow(effects)
        calls.append((given, effects, state))
        hints = [e for e in effects if isinstance(e, Hint | Notice)]
        assert not hints, f"{scenario.name} [{lang}]: answer {minute} ({given}) was not understood"
    return Played(calls)


# --- rendering transcripts ----------------------------------------------------------------------


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def render(lib: FlowLibrary, effect: Effect, lang: str) -> list[str]:
    cat = lib.catalog
    if isinstance(effect, Say):
        lines = cat.render(lang, effect.msgid, effect.args).splitlines()
        lines += [f"  • {cat.render(lang, item, effect.args)}" for item in effect.items]
        return lines
    if isinstance(effect, Ask):
        lines = cat.render(lang, effect.msgid, effect.args).splitlines()
        lines += [f"  {o.number}. {cat.option_label(lang, o.label_msgid)}" for o in effect.options]
        if effect.kind == "scale":
            lines.append(f"  ({effect.min}–{effect.max})")
        if effect.optional:
            lines.append(f"  ({cat.option_label(lang, 'option-skip')})")
        return lines
    if isinstance(effect, Hint):
        return ["(hint) " + cat.render(lang, effect.msgid, effect.args)]
    if isinstance(effect, OfferPerson):
        return ["(offer person) " + cat.render(lang, "retry-offer-person")]
    if isinstance(effect, Notice):
        return ["(note) " + cat.render(lang, effect.msgid)]
    if isinstance(effect, Escalate):
        reason = cat.render(lang, effect.reason) if effect.reason else "—"
        lines = [f"[escalate {effect.urgency}, consent {effect.consent}: {reason}]"]
        lines += [f"    {item.var} = {_value(item.value)}" for item in effect.summary]
        return lines
    if isinstance(effect, ScheduleFollowup):
        hours = effect.after_seconds // 3600
        invite = cat.render(lang, effect.text_msgid)
        return [f"[follow-up in {hours} h: {effect.flow} — {invite}]"]
    if isinstance(effect, SetPreference):
        return [f"[set {effect.name} = {effect.value}]"]
    if isinstance(effect, Remember):
        return [f"[remember {effect.name} = {_value(effect.value)}]"]
    if isinstance(effect, FlowStarted):
        return [f"[start {effect.flow}]"]
    if isinstance(effect, FlowEnded):
        return [f"[end {effect.flow}]"]
    if isinstance(effect, PlanMade):
        lines = [f"[plan: {len(effect.steps)} of {effect.offered} kept]"]
        for step in effect.steps:
            words = f' — in their words: "{step.words}"' if step.words else ""
            remind = f", ask in {step.followup_seconds // 86400} d" if step.followup_seconds else ""
            lines.append(f"    {step.msgid}{remind}{words}")
        return lines
    raise AssertionError(f"unknown effect {effect!r}")


def transcript(lib: FlowLibrary, scenario: Scenario, played: Played) -> str:
    lines = [f"# {scenario.name} (en)"]
    if scenario.profile:
        lines.append("# profile: " + ", ".join(f"{k}={v}" for k, v in sorted(scenario.profile.items())))
    for given, effects, state in played.calls:
        if isinstance(given, TextInput):
            lines.append(f"> {given.text}")
        elif isinstance(given, AttachmentInput):
            lines.append(f"> [{given.kind}: {given.name}]")
        for effect in effects:
            lines.extend(render(lib, effect, state.ctx.lang))
    final = played.final
    lines.append(f"[waiting at {final.flow}/{final.step}]" if final.waiting else "[conversation ended]")
    return "\n".join(lines) + "\n"


# --- golden transcripts (English) ---------------------------------------------------------------

GOLDEN_SCENARIOS = [s for s in SCENARIOS if s.golden]


@pytest.mark.parametrize("scenario", GOLDEN_SCENARIOS, ids=[s.name for s in GOLDEN_SCENARIOS])
def test_golden_transcript(lib: FlowLibrary, scenario: Scenario) -> None:
    text = transcript(lib, scenario, play(lib, scenario, "en"))
    path = GOLDEN / f"{scenario.name}.txt"
    if REGEN:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing {path.relative_to(REPO)}; run with CONTINUUM_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{path.relative_to(REPO)} differs (regenerate and review)"


def test_no_stray_golden_files() -> None:
    expected = {f"{s.name}.txt" for s in GOLDEN_SCENARIOS}
    present = {p.name for p in GOLDEN.glob("*.txt")}
    assert present <= expected, f"golden files without a scenario: {sorted(present - expected)}"


# --- expected outcomes (all languages) ----------------------------------------------------------


def said_of(played: Played) -> list[str]:
    return [e.msgid for e in played.effects if isinstance(e, Say)]


def escalations(played: Played) -> list[Escalate]:
    return [e for e in played.effects if isinstance(e, Escalate)]


@pytest.mark.parametrize("lang", LANGS)
def test_outcomes(lib: FlowLibrary, lang: str) -> None:
    by_name = {s.name: s for s in SCENARIOS}

    def run(name: str) -> Played:
        return play(lib, by_name[name], lang)

    consent = run("onboarding-consent")
    assert [e.value for e in consent.effects if isinstance(e, SetPreference)] == [lang, "Europe/Berlin", "DE"]
    assert [(e.name, e.value) for e in consent.effects if isinstance(e, Remember)] == [("privacy_consent", True)]
    assert any(isinstance(e, FlowStarted) and e.flow == "menu" for e in consent.effects)

    typed = run("onboarding-timezone-typed")
    assert [e.value for e in typed.effects if isinstance(e, SetPreference)] == [lang, "Asia/Dubai", "ZZ"]
    said = [e.msgid for e in consent.effects if isinstance(e, Say)]
    assert said.count("onboarding-not-emergency") == 1, "the onboarding says once that this is no emergency service"
    assert said.index("onboarding-not-emergency") < said.index("onboarding-privacy")

    for code in COUNTRIES:
        assert [(e.name, e.value) for e in run(f"country-option-{code}").effects if isinstance(e, SetPreference)] == [
            ("country", code)
        ]
    for path in ("other", "skip"):  # the international list; a country chosen earlier is forgotten
        assert [e.value for e in run(f"country-{path}").effects if isinstance(e, SetPreference)] == ["ZZ"]

    declined = run("onboarding-declined-person")
    (case,) = escalations(declined)
    assert (case.urgency, case.consent, case.summary) == ("normal", "none", ())
    assert not [e for e in declined.effects if isinstance(e, Remember)], "a refusal must keep nothing"

    for n, zone in enumerate(
        [
            "Europe/London",
            "Europe/Berlin",
            "Europe/Kyiv",
            "Europe/Istanbul",
            "Europe/Moscow",
            "Asia/Tbilisi",
            "Africa/Cairo",
            "Asia/Tehran",
            "Asia/Kabul",
            "America/New_York",
            "America/Mexico_City",
            "America/Bogota",
        ],
        1,
    ):
        played = run(f"timezone-option-{n}")
        got = [e.value for e in played.effects if isinstance(e, SetPreference)]
        assert got == [zone]
        # The confirmation names what the person chose, never another city's zone name.
        (done,) = [e for e in played.effects if isinstance(e, Say) and e.msgid == "timezone-done"]
        said = lib.catalog.render(lang, done.msgid, done.args)
        option = lib.flows["timezone"].steps["ask"].options[n - 1]  # type: ignore[union-attr]
        assert lib.catalog.option_label(lang, option.label_msgid) in said, said
        assert zone not in said, said
    assert not [e for e in run("timezone-skip").effects if isinstance(e, SetPreference)]

    assert escalations(run("hygiene-all-yes")) == []
    mixed = run("hygiene-mixed")
    (case,) = escalations(mixed)
    summary = {item.var: item.value for item in case.summary}
    # "does not apply" counts neither as done nor as missing: 7 of the 14 items that apply.
    assert (summary["score"], summary["total"], summary["devices"]) == (7, 14, "both")
    follow = [e for e in mixed.effects if isinstance(e, ScheduleFollowup)]
    assert [(f.flow, f.after_seconds) for f in follow] == [("hygiene", 3 * 86400)]
    (listing,) = [e for e in mixed.effects if isinstance(e, Say) and e.msgid == "hygiene-summary"]
    assert listing.items == ("hygiene-next-twofactor", "hygiene-next-passwords", "hygiene-next-phishing")
    said = {e.msgid for e in mixed.effects if isinstance(e, Say)}
    assert "hygiene-encryption-tip" not in said and "hygiene-photos-tip" not in said
    (one_left,) = [e for e in run("hygiene-one-left").effects if isinstance(e, Say) and e.items]
    assert one_left.items == ("hygiene-next-border",)
    phone = run("hygiene-phone-only")
    asked_phone = {e.step for e in phone.effects if isinstance(e, Ask)}
    assert "encryption" not in asked_phone and "lockdown" in asked_phone
    (listing,) = [e for e in phone.effects if isinstance(e, Say) and e.items]
    assert listing.items == ("hygiene-next-pins", "hygiene-next-screenlock", "hygiene-next-lockdown")
    assert listing.args["total"] == N_HYGIENE - 1 and listing.args["score"] == N_HYGIENE - 4
    computer = run("hygiene-computer-only")
    assert "lockdown" not in {e.step for e in computer.effects if isinstance(e, Ask)}
    (listing,) = [e for e in computer.effects if isinstance(e, Say) and e.items]
    assert listing.items == ("hygiene-next-encryption", "hygiene-next-photos")
    assert listing.args["total"] == N_HYGIENE - 1
    for d in ("phone", "computer"):
        good = [
            e for e in run(f"hygiene-{d}-only-all-yes").effects if isinstance(e, Say) and e.msgid == "hygiene-all-good"
        ]
        assert [e.args["total"] for e in good] == [N_HYGIENE - 1]
    to_lb = run("hygiene-to-leftbehind")
    assert [e.flow for e in to_lb.effects if isinstance(e, FlowStarted)] == ["hygiene", "leftbehind"]
    # leftbehind: "does not apply" is not a failure; the top next steps in priority order
    lb = run("leftbehind-mixed")
    (case,) = escalations(lb)
    values = {i.var: i.value for i in case.summary}
    assert (values["score"], values["total"], values["shared"]) == (1, 5, "na")
    (listing,) = [e for e in lb.effects if isinstance(e, Say) and e.msgid == "leftbehind-summary"]
    assert listing.items == ("leftbehind-next-sim", "leftbehind-next-linked", "leftbehind-next-devices")
    (listing,) = [e for e in run("leftbehind-some").effects if isinstance(e, Say) and e.items]
    assert listing.items == ("leftbehind-next-shared", "leftbehind-next-backups")
    assert "leftbehind-all-good" in {e.msgid for e in run("leftbehind-all-yes").effects if isinstance(e, Say)}
    assert "leftbehind-none-apply" in {e.msgid for e in run("leftbehind-all-na").effects if isinstance(e, Say)}
    said = {e.msgid for e in run("hygiene-all-na").effects if isinstance(e, Say)}
    assert "hygiene-none-apply" in said and "hygiene-summary" not in said and "hygiene-all-good" not in said

    # repression: family threatened or detained, or a notice, is high; the first steps fit the kinds.
    def steps_of(name: str) -> tuple[str, ...]:
        (listing,) = [e for e in run(name).effects if isinstance(e, Say) and e.msgid == "repression-steps"]
        return listing.items

    detained = run("repression-family-detained")
    (case,) = escalations(detained)
    values = {i.var: i.value for i in case.summary}
    assert (case.urgency, case.consent) == ("high", "pseudonymous")
    assert values["kinds"] == ("family_threats", "family_detained") and values["state"] == "Iran"
    assert steps_of("repression-family-detained") == (
        "repression-step-family-detained",
        "repression-step-family-threats",
    )
    many = escalations(run("repression-notice-and-more"))[0]
    assert (many.urgency, many.consent, many.summary) == ("high", "none", ())
    assert steps_of("repression-notice-and-more") == (
        "repression-step-notice",
        "repression-step-relatives",
        "repression-step-informants",
        "repression-step-online",
    )
    smear = escalations(run("repression-smear-normal"))[0]
    assert (smear.urgency, smear.consent) == ("normal", "full")
    assert steps_of("repression-smear-normal") == ("repression-step-smear", "repression-step-other")
    assert [c.urgency for c in escalations(run("repression-documents-me"))] == ["normal"]
    assert [c.urgency for c in escalations(run("repression-family-ongoing"))] == ["high"]
    # from the threat report: offered, and on "yes" the repression report starts (one case, from it)
    switched = run("threat-offer-repression-yes")
    assert [e.flow for e in switched.effects if isinstance(e, FlowStarted)] == ["threat", "repression"]
    assert [c.flow for c in escalations(switched)] == ["repression"]
    stayed = run("threat-offer-repression-no")
    assert [c.flow for c in escalations(stayed)] == ["threat"]

    # exile: the arrival date is optional, explained, and remembered; check-ins only when wanted
    def remembered(name: str) -> list[tuple[str, Any]]:
        return [(e.name, e.value) for e in run(name).effects if isinstance(e, Remember)]

    def said_in(name: str) -> list[str]:
        return [e.msgid for e in run(name).effects if isinstance(e, Say)]

    assert remembered("exile-arrival-leftbehind") == [
        ("arrival_year", 2025),
        ("arrival_month", 3),
        ("journey_checkins", True),
        ("arrival_asked", 1),
    ]
    started = [e.flow for e in run("exile-arrival-leftbehind").effects if isinstance(e, FlowStarted)]
    assert started == ["exile", "leftbehind"] and "exile-journey-on" in said_in("exile-arrival-leftbehind")
    assert ("journey_checkins", False) in remembered("exile-optout-resources-person")
    assert "exile-resources" in said_in("exile-optout-resources-person")
    (case,) = escalations(run("exile-optout-resources-person"))
    assert (case.urgency, case.reason) == ("normal", "exile-person-reason")
    assert remembered("exile-skip-arrival") == [("arrival_asked", 1)]
    assert remembered("exile-year-only") == [("arrival_year", 2023), ("arrival_asked", 1)]
    assert remembered("exile-solar-hijri")[:2] == [("arrival_year", 1403), ("arrival_month", 1)]
    assert "exile-month-skipped" in said_in("exile-year-only")
    asks = [e.msgid for e in run("exile-known-visithome").effects if isinstance(e, Ask)]
    assert asks[0] == "exile-choose", "the arrival date is asked once, then only on request"
    resources = lib.catalog.render(lang, "exile-resources", {})
    for link in ("frontlinedefenders.org", "protectdefenders.eu", "accessnow.org/help", "help.unhcr.org"):
        assert link in resources, f"[{lang}] exile-resources lacks {link}"

    # visithome: what the answers may mean (at most four), and always the offer of a person
    def reflected(name: str) -> tuple[str, ...]:
        (listing,) = [e for e in run(name).effects if isinstance(e, Say) and e.msgid == "visithome-reflect"]
        return listing.items

    assert reflected("visithome-risky") == (
        "visithome-think-cases",
        "visithome-think-known",
        "visithome-think-devices",
        "visithome-think-clean",
    )
    assert reflected("visithome-open-case") == ("visithome-think-cases",)
    assert reflected("visithome-no-person") == ()
    for name in ("visithome-risky", "visithome-open-case", "visithome-no-person"):
        assert "visithome-offer" in [e.msgid for e in run(name).effects if isinstance(e, Ask)], name
    assert [(c.urgency, c.consent) for c in escalations(run("visithome-risky"))] == [("normal", "pseudonymous")]
    assert [(c.urgency, c.consent) for c in escalations(run("visithome-open-case"))] == [("high", "none")]
    assert escalations(run("visithome-no-person")) == []

    # journey: every phase offers a person, and each option leads where it says
    for phase, options in JOURNEY_OPTIONS.items():
        assert "person" in options and "nothing" in options
        for option in options:
            played = run(f"journey_{phase}-{option}")
            flows = [e.flow for e in played.effects if isinstance(e, FlowStarted)]
            if option in ("person", "resources"):
                assert [(c.urgency, c.reason) for c in escalations(played)] == [("normal", "journey-person-reason")]
            elif option == "nothing":
                assert escalations(played) == [] and said_of(played)[-1] == "journey-later"
            else:
                assert flows == [f"journey_{phase}", option], (phase, option, flows)

    low = run("wellbeing-first-low")
    (case,) = escalations(low)
    assert case.urgency == "normal" and case.consent == "pseudonymous"
    values = {i.var: i.value for i in case.summary}
    assert (values["who5"], values["isolation"], values["in_exile"]) == (20, "Quite alone since I left", True)
    assert values["legal"] == "Waiting for my asylum interview" and values["fear"] is None
    assert [(e.name, e.value) for e in low.effects if isinstance(e, Remember)] == [("who5", 20), ("in_exile", True)]
    assert [(f.flow, f.after_seconds) for f in low.effects if isinstance(f, ScheduleFollowup)] == [
        ("wellbeing", 7 * 86400)
    ]
    said = [e.msgid for e in low.effects if isinstance(e, Say)]
    assert {"wellbeing-ack-isolation", "wellbeing-ack-legal"} <= set(said)
    assert not {"wellbeing-ack-fear", "wellbeing-ack-grief", "wellbeing-ack-guilt", "wellbeing-ack-home"} & set(said)
    # The case comes last: once it is open, what the person writes goes to the mentors.
    assert [type(e).__name__ for e in low.effects][-3:] == ["Escalate", "Say", "FlowEnded"]
    assert escalations(run("wellbeing-first-gentle-share-none"))[0].summary == ()
    said = {e.msgid for e in run("wellbeing-better").effects if isinstance(e, Say)}
    assert {"wellbeing-compare-better", "wellbeing-good-note"} <= said
    worse = run("wellbeing-worse")
    said = {e.msgid for e in worse.effects if isinstance(e, Say)}
    assert {"wellbeing-compare-worse", "wellbeing-gentle-note"} <= said
    acks = {"wellbeing-ack-isolation", "wellbeing-ack-fear", "wellbeing-ack-grief", "wellbeing-ack-guilt"}
    assert acks <= said
    said = {e.msgid for e in run("wellbeing-same").effects if isinstance(e, Say)}
    assert "wellbeing-compare-same" in said

    # Whoever shares something is offered a person, whatever the score.
    def asked(name: str) -> list[str]:
        return [e.msgid for e in run(name).effects if isinstance(e, Ask)]

    shares = asked("wellbeing-exile-shares-good-score")
    assert "wellbeing-offer-person" in shares and "wellbeing-in-exile" not in shares
    assert "wellbeing-offer-person" in asked("wellbeing-worse")
    assert "wellbeing-offer-person" in asked("wellbeing-crisis-rather-not")
    assert "wellbeing-offer-person" not in asked("wellbeing-first-good")
    assert "wellbeing-legal" not in asked("wellbeing-not-in-exile")
    remembered = [(e.name, e.value) for e in run("wellbeing-first-good").effects if isinstance(e, Remember)]
    assert remembered == [("who5", 60), ("in_exile", False)]
    for name, note in (
        ("threshold-28", "wellbeing-low-note"),
        ("threshold-48", "wellbeing-gentle-note"),
        ("threshold-52", "wellbeing-good-note"),
    ):
        assert note in {e.msgid for e in run(f"wellbeing-{name}").effects if isinstance(e, Say)}, name

    assert [c.urgency for c in escalations(run("threat-full-high"))] == ["high"]
    full = escalations(run("threat-full-high"))[0]
    values = {item.var: item.value for item in full.summary}
    assert values["help"] == ("digital", "psychosocial") and full.consent == "full"
    assert (values["evidence_1"], values["evidence_2"], values["evidence_3"]) == ("ref-1", "ref-2", "ref-3")
    assert (values["kind"], values["access"], values["ongoing"], values["channel"]) == (
        ("account",),
        "partly",
        "yes",
        "safe",
    )
    minimal = escalations(run("threat-minimal-normal"))[0]
    assert (minimal.urgency, minimal.consent, minimal.summary) == ("normal", "none", ())
    assert [c.urgency for c in escalations(run("threat-detention-two-files"))] == ["high"]
    seized = escalations(run("threat-device-seized-and-detention"))[0]
    assert seized.urgency == "high"
    assert {i.var: i.value for i in seized.summary}["kind"] == ("device", "detention")
    # An ongoing account compromise, or suspected spyware that may go on, is at least high.
    assert [c.urgency for c in escalations(run("threat-account-ongoing-minor"))] == ["high"]
    assert [c.urgency for c in escalations(run("threat-spyware-notification"))] == ["high"]
    assert [c.urgency for c in escalations(run("threat-one-file"))] == ["normal"]
    said = {e.msgid for e in run("threat-detention-two-files").effects if isinstance(e, Say)}
    assert "threat-channel-tip" in said and "threat-access-tip" not in said
    assert "threat-channel-tip" not in {e.msgid for e in run("threat-full-high").effects if isinstance(e, Say)}
    tips = ("threat-device-tip", "threat-spyware-tip", "threat-access-tip")

    def tips_said(name: str) -> list[str]:
        return [e.msgid for e in run(name).effects if isinstance(e, Say) and e.msgid in tips]

    assert tips_said("threat-device-seized-and-detention") == ["threat-device-tip"]
    assert tips_said("threat-spyware-notification") == ["threat-spyware-tip"]
    assert tips_said("threat-full-high") == ["threat-access-tip"]
    assert tips_said("threat-account-ongoing-minor") == []
    assert tips_said("threat-tips-device-spyware") == ["threat-device-tip", "threat-spyware-tip"]
    assert tips_said("threat-tips-device-account-lost") == ["threat-device-tip", "threat-access-tip"]
    assert tips_said("threat-tips-spyware-account-partly") == ["threat-spyware-tip", "threat-access-tip"]


# --- every step and every branch, in every language ---------------------------------------------


def all_edges(lib: FlowLibrary) -> set[tuple[str, str, str]]:
    edges = set()
    for flow_id in CARE_FLOWS:
        for step_id, step in lib.flows[flow_id].steps.items():
            for target in step_targets(step):
                edges.add((flow_id, step_id, target))
    return edges


def message_ids(effect: Effect) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(effect, Say):
        yield effect.msgid, effect.args
        for item in effect.items:
            yield item, effect.args
    elif isinstance(effect, Ask):
        yield effect.msgid, effect.args
        for option in effect.options:
            yield option.label_msgid, {}
    elif isinstance(effect, Hint):
        yield effect.msgid, effect.args
    elif isinstance(effect, Escalate) and effect.reason:
        yield effect.reason, {}
    elif isinstance(effect, ScheduleFollowup):
        yield effect.text_msgid, {}
    elif isinstance(effect, OfferPerson):
        yield "retry-offer-person", {}
    elif isinstance(effect, Notice):
        yield effect.msgid, {}
    elif isinstance(effect, PlanMade):
        for step in effect.steps:
            yield step.msgid, {}
            yield step.why, {}


def bundles() -> dict[str, FluentBundle]:
    """Plain Fluent bundles of the locale files, to see rendering errors the Catalog swallows."""
    out = {}
    for lang in LANGS:
        bundle = FluentBundle([lang], use_isolating=False)
        for path in sorted((REPO / "locales" / lang).glob("*.ftl")):
            bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
        out[lang] = bundle
    return out


BUNDLES = bundles()


def render_strict(lang: str, msgid: str, args: Mapping[str, Any]) -> str:
    bundle = BUNDLES[lang]
    assert bundle.has_message(msgid), f"[{lang}] `{msgid}` is not defined in this language"
    text, errors = bundle.format_pattern(bundle.get_message(msgid).value, dict(args))
    assert not errors, f"[{lang}] `{msgid}` renders with errors: {errors}"
    return str(text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_step_and_branch_in_every_language(lib: FlowLibrary, lang: str) -> None:
    trace = Trace()
    for scenario in SCENARIOS:
        # A country nobody configured: crisis-resources falls back to its default variant.
        played = play(lib, scenario, lang, trace, country="ZZ")
        for _, effects, state in played.calls:
            for effect in effects:
                for msgid, args in message_ids(effect):
                    assert lib.catalog.has(state.ctx.lang, msgid), f"[{lang}] {scenario.name}: `{msgid}` falls back"
                    text = render_strict(state.ctx.lang, msgid, args)
                    assert text.strip() and text != f"[{msgid}]"
                    assert lib.catalog.render(state.ctx.lang, msgid, args) != f"[{msgid}]"
    steps = {(f, s) for f in CARE_FLOWS for s in lib.flows[f].steps}
    assert steps - trace.steps == set(), f"[{lang}] steps never visited"
    # A plan's steps are shown inside its questions (rendered by the engine) and later on "my
    # plan": every one of them, offered or not in the scenarios, in this language itself.
    for flow_id in CARE_FLOWS:
        for step in lib.flows[flow_id].steps.values():
            if isinstance(step, PlanStep):
                for candidate in step.candidates:
                    for msgid in (candidate.text, candidate.why):
                        assert lib.catalog.has(lang, msgid), f"[{lang}] {flow_id}: `{msgid}` falls back"
                        render_strict(lang, msgid, {})
    assert all_edges(lib) - trace.edges == set(), f"[{lang}] branches never taken"


# --- safety -------------------------------------------------------------------------------------


def answer_at(lib: FlowLibrary, flow_id: str, step_id: str, lang: str, given: Input) -> list[Effect]:
    """Effects of one answer to a question, starting from a state waiting at that question."""
    flow = lib.flows[flow_id]
    state = State(
        flow=flow_id, version=flow.version, step=step_id, ctx=Context(lang=lang), vars={}, started_at=T0, updated_at=T0
    )
    _, effects = engine.step(lib, state, given, T0 + timedelta(minutes=1))
    return effects


def crisis_answers(lib: FlowLibrary, lang: str) -> list[str]:
    """Every way to say "yes" to the wellbeing safety question: numbers, labels, synonyms, "yes"."""
    question = lib.flows["wellbeing"].steps["crisis"]
    assert isinstance(question, ChoiceQuestion)
    words: list[str] = []
    for number, option in enumerate(question.options, 1):
        if option.id in ("selfharm", "danger"):
            words.append(str(number))
            words.append(lib.catalog.option_label(lang, option.label_msgid))
            words.extend(lib.catalog.synonyms(lang, option.label_msgid))
    words.append(lib.catalog.option_label(lang, "option-yes"))
    return words


@pytest.mark.parametrize("lang", LANGS)
def test_every_crisis_answer_escalates_urgently_at_once(lib: FlowLibrary, lang: str) -> None:
    cases: list[tuple[str, str, str]] = [("wellbeing", "crisis", w) for w in crisis_answers(lib, lang)]
    yes_words = ["1", *lib.catalog.match_words(lang, "option-yes"), *lib.catalog.match_words("en", "option-yes")]
    for flow_id in ("threat", "repression"):
        cases += [(flow_id, "danger", word) for word in dict.fromkeys(yes_words)]
    for flow_id, step_id, word in cases:
        effects = answer_at(lib, flow_id, step_id, lang, TextInput(word))
        kinds = [type(e).__name__ for e in effects]
        cases_opened = [e for e in effects if isinstance(e, Escalate)]
        assert len(cases_opened) == 1 and cases_opened[0].urgency == "urgent", f"[{lang}] {flow_id}: `{word}` → {kinds}"
        assert not any(isinstance(e, Ask) for e in effects), "nothing more is asked after a crisis answer"
        assert kinds[-1] == "FlowEnded", "the flow ends calmly; no menu is pushed"
        if flow_id in ("threat", "repression"):
            assert kinds[0] == "Escalate", f"[{lang}] {flow_id}: the case is opened before anything is said"
        if flow_id in ("threat", "repression"):
            said = [e.msgid for e in effects if isinstance(e, Say)]
            assert "urgent-outside-help" in said, f"[{lang}] no 24/7 contacts outside the chat"
            outside = render_strict(lang, "urgent-outside-help", {})
            assert "frontlinedefenders.org/emergency-contact" in outside and "accessnow.org/help" in outside
        if flow_id == "wellbeing":
            # The caring reply, the resources, the case, then what happens next.
            order = [e.msgid if isinstance(e, Say) else type(e).__name__ for e in effects]
            assert order[:4] == ["wellbeing-crisis-reply", "crisis-resources", "Escalate", "wellbeing-crisis-end"]
            assert "findahelpline.com" in lib.catalog.render(lang, "crisis-resources", {})
            for country in ("FR", "ES", "IR"):
                assert "findahelpline.com" in render_strict(lang, "crisis-resources", {"country": country})
    # and a "no" never escalates
    effects = answer_at(lib, "wellbeing", "crisis", lang, TextInput(lib.catalog.option_label(lang, "option-no")))
    assert not [e for e in effects if isinstance(e, Escalate)]


# Countries with vetted national lines in `crisis-resources`: the same set in every language, so a
# person reading Persian in Germany sees the German line too. Everything else gets the default.
CRISIS_COUNTRIES = ("DE", "ES", "FR", "GB", "US")


@pytest.mark.parametrize("lang", LANGS)
def test_crisis_resources_have_the_same_countries_in_every_language(lang: str) -> None:
    default = render_strict(lang, "crisis-resources", {"country": "ZZ"})
    for country in (*CRISIS_COUNTRIES, "IR", "AF", "RU", "TR", "UA"):
        text = render_strict(lang, "crisis-resources", {"country": country})
        assert "findahelpline.com" in text and "frontlinedefenders.org" in text, f"[{lang}] {country}"
        assert (text != default) == (country in CRISIS_COUNTRIES), f"[{lang}] {country}: variant expected or not"


def not_understood(question: Any) -> Input:
    if isinstance(question, NumberQuestion):
        return TextInput("abc")
    if isinstance(question, ScaleQuestion):
        return TextInput(str(question.max + 50))
    if isinstance(question, TextQuestion):
        return TextInput("   ")
    return TextInput("zzzq xxqv")


def care_questions(lib: FlowLibrary) -> Iterator[tuple[str, str, Any]]:
    for flow_id in CARE_FLOWS:
        for step_id, step in lib.flows[flow_id].steps.items():
            if isinstance(
                step,
                ChoiceQuestion | YesNoQuestion | ScaleQuestion | NumberQuestion | TextQuestion | AttachmentQuestion,
            ):
                yield flow_id, step_id, step


@pytest.mark.parametrize("lang", LANGS)
def test_every_question_offers_a_person(lib: FlowLibrary, lang: str) -> None:
    mentor_words = lib.catalog.keywords(lang)["mentor"]
    assert mentor_words, f"[{lang}] no mentor keyword"
    assert lib.catalog.keyword_of(lang, mentor_words[0]) == "mentor"
    assert lib.catalog.has(lang, "retry-offer-person")
    for flow_id, step_id, question in care_questions(lib):
        flow = lib.flows[flow_id]
        state = State(
            flow=flow_id,
            version=flow.version,
            step=step_id,
            ctx=Context(lang=lang),
            vars={},
            started_at=T0,
            updated_at=T0,
        )
        offered = False
        for attempt in range(1, question.retries + 1):
            state, effects = engine.step(lib, state, not_understood(question), T0 + timedelta(minutes=attempt))
            hints = [e for e in effects if isinstance(e, Hint)]
            assert len(hints) == 1, f"[{lang}] {flow_id}/{step_id}: {effects}"
            hint = question.hint or default_hint(question)
            assert hints[0].msgid == hint and lib.catalog.has(lang, hint)
            render_strict(lang, hint, hints[0].args)
            offered = offered or any(isinstance(e, OfferPerson) for e in effects)
            assert state.step == step_id, "the question is asked again"
        assert offered, f"[{lang}] {flow_id}/{step_id} never offers a person"


# --- the words people are told to type work -----------------------------------------------------

BOLD = re.compile(r"\*\*(.+?)\*\*")
# Emphasised words that are not commands (headings end with ":" and are skipped anyway).
NOT_COMMANDS = {
    "en": {"urgent"},
    "fr": {"urgent"},
    "es": {"urgente"},
    "fa": {"فوری"},
    "ar": {"عاجل"},
    "ru": {"срочное"},
    "prs": {"عاجل"},
    "ps": {"بېړنی"},
}
# Names of organisations and services, in bold in every language.
NAMES = {
    "Front Line Defenders",
    "Access Now",
    "Access Now Digital Security Helpline",
    "Find A Helpline",
    "Befrienders Worldwide",
    "Digital First Aid Kit",
}


@pytest.mark.parametrize("lang", LANGS)
def test_words_people_are_told_to_type_work(lib: FlowLibrary, lang: str) -> None:
    cat = lib.catalog
    answer_words = {
        w
        for msgid in ("option-yes", "option-no", "option-unsure", "option-skip", "option-na")
        for w in cat.match_words(lang, msgid)
    }
    told: set[str] = set()
    for name in CONTENT_FILES:
        text = (REPO / "locales" / lang / f"{name}.ftl").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.lstrip().startswith("#"):
                continue
            told.update(BOLD.findall(line))
    commands = {
        w for w in told if not w.endswith(":") and "{" not in w and w not in NOT_COMMANDS[lang] and w not in NAMES
    }
    assert commands, f"[{lang}] no commands found"
    for word in sorted(commands):
        ok = cat.keyword_of(lang, word) is not None or normalize(word) in answer_words
        assert ok, f"[{lang}] the texts say to type **{word}**, but it is neither a keyword nor an answer word"
    assert any(cat.keyword_of(lang, w) == "mentor" for w in commands), f"[{lang}] texts never name the mentor word"


@pytest.mark.parametrize("lang", LANGS)
def test_option_words_are_unambiguous_and_not_keywords(lib: FlowLibrary, lang: str) -> None:
    cat = lib.catalog
    for flow_id, step_id, question in care_questions(lib):
        if not isinstance(question, ChoiceQuestion):
            continue
        owner: dict[str, str] = {}
        for option in question.options:
            for source in dict.fromkeys(("en", lang)):
                for word in cat.match_words(source, option.label_msgid):
                    other = owner.setdefault(word, option.id)
                    assert other == option.id, f"[{lang}] {flow_id}/{step_id}: `{word}` means {other} and {option.id}"
                    keyword = cat.keyword_of(lang, word)
                    # The mentor and language keywords do what these two options do.
                    allowed = {"person": "mentor", "language": "language"}.get(option.id)
                    assert keyword in (None, allowed), (
                        f"[{lang}] {flow_id}/{step_id}: option word `{word}` is also the keyword {keyword}"
                    )


# --- plurals and placeables ---------------------------------------------------------------------

PLURAL_MESSAGES: dict[str, Sequence[str]] = {
    "hygiene-summary": ("score", "total"),
    "hygiene-all-good": ("total",),
    "leftbehind-summary": ("score", "total"),
    "leftbehind-all-good": ("total",),
    "wellbeing-compare-better": ("rise", "previous"),
    "wellbeing-compare-worse": ("drop", "previous"),
    "hint-text": ("max_length",),
    "riskcheck-plan-intro": ("count",),
    "riskcheck-digital-known": ("profile_hygiene_score", "profile_hygiene_total"),
    "plan-step-remind": ("days",),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("number", [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101])
def test_numbers_render_in_every_plural_form(lang: str, number: int) -> None:
    for msgid, names in PLURAL_MESSAGES.items():
        args = dict.fromkeys(names, number)
        args.setdefault("total", 14)
        text = render_strict(lang, msgid, args)
        assert str(number) in text or number in (0, 1, 2), f"[{lang}] {msgid} hides {number}: {text}"


def test_check_reports_no_problem_in_the_care_flows_but_review_status() -> None:
    result = load_library(REPO / "flows", REPO / "locales")
    mine = [
        p
        for p in result.problems
        if (
            any(f"/{name}." in p.file for name in CONTENT_FILES)
            or (p.file.endswith("/common.ftl") and "/en/" not in p.file)
        )
        and "reviewed" not in p.message
    ]
    assert mine == [], "\n".join(map(str, mine))
    unreviewed = {p.file for p in result.problems if "reviewed" in p.message}
    assert not any(f"locales/en/{name}.ftl" in f for f in unreviewed for name in CONTENT_FILES)


def test_language_list_offers_every_shipped_language(lib: FlowLibrary) -> None:
    question = lib.flows["language"].steps["choose"]
    assert isinstance(question, ChoiceQuestion)
    assert tuple(option.id for option in question.options) == LANG_ORDER
    shipped = {path.name for path in (REPO / "locales").iterdir() if path.is_dir()}
    assert shipped == set(LANGS) == set(LANG_ORDER), "a language is shipped but not tested or not offered"
    for lang in LANGS:
        labels = [lib.catalog.option_label(lang, option.label_msgid) for option in question.options]
        english = [lib.catalog.option_label("en", option.label_msgid) for option in question.options]
        assert labels == english, f"[{lang}] the language names must be the same in every locale"
        assert lib.catalog.is_rtl(lang) == (lang in ("fa", "ar", "prs", "ps"))


def test_rtl_languages_read_right_to_left() -> None:
    arabic_script = re.compile(r"[\u0600-\u06FF]")
    for lang in ("fa", "ar", "prs", "ps"):
        for name in CONTENT_FILES:
            text = (REPO / "locales" / lang / f"{name}.ftl").read_text(encoding="utf-8")
            for line in text.splitlines():
                if "=" in line and not line.startswith(("#", " ")) and not line.startswith("language-name-"):
                    value = line.split("=", 1)[1].strip()
                    if value and not value.startswith("{"):
                        assert arabic_script.search(value), f"[{lang}] {name}: not translated: {line}"
