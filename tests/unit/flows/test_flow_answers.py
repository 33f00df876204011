"""Understanding answers: numbers in any digits, labels and synonyms in two languages, limits."""

from __future__ import annotations

import pytest
from flowkit import build

from bot.engine.answers import SKIPPED, Understood, parse_answer, parse_number
from bot.engine.inputs import AttachmentInput, OptionInput, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import QUESTION_CLASSES

QUESTIONS = """
id: q
version: 1
title: q-title
start: pick
steps:
  pick:
    type: question
    kind: choice
    text: q-pick
    options: [phone, laptop, unsure, {id: other, text: q-other}]
    next: many
  many:
    type: question
    kind: choice
    multiple: true
    text: q-many
    options: [phone, laptop, unsure, {id: other, text: q-other}]
    next: yn
  yn: {type: question, kind: yesno, text: q-yn, next: sc}
  sc: {type: question, kind: scale, min: 0, max: 10, text: q-sc, next: nb}
  nb: {type: question, kind: number, min: -5, max: 1000, text: q-nb, next: dec}
  dec: {type: question, kind: number, integer: false, text: q-dec, next: tx}
  tx: {type: question, kind: text, min_length: 2, max_length: 10, optional: true, text: q-tx, next: at}
  at: {type: question, kind: attachment, accept: [image], max_size_mb: 1, text: q-at, next: end}
  end: {type: end}
"""
MESSAGES = {
    "en": {
        "q": """\
            option-phone = Phone
                .synonyms = mobile, cell
            option-laptop = Laptop / computer
                .synonyms = computer, pc
            q-other = Something else
            """
    },
    "fa": {
        "common": """\
            option-yes = بله
                .synonyms = آره
            option-no = نه
                .synonyms = خیر
            option-skip = رد
            """,
        "q": """\
            option-phone = تلفن همراه
                .synonyms = موبایل, گوشی
            option-laptop = لپ‌تاپ
            """,
    },
}


@pytest.fixture(scope="module")
def lib() -> FlowLibrary:
    return build(QUESTIONS, messages=MESSAGES)


def answer(
    lib: FlowLibrary, step: str, given: str | TextInput | OptionInput | AttachmentInput, lang: str = "en"
) -> Understood | None:
    question = lib.flows["q"].steps[step]
    assert isinstance(question, QUESTION_CLASSES)
    value = TextInput(given) if isinstance(given, str) else given
    return parse_answer(lib, "q", step, question, value, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1", "en", "phone"),
        (" 2. ", "en", "laptop"),
        ("۲", "fa", "laptop"),  # Persian digit
        ("٤", "en", "other"),  # Arabic-Indic digit
        ("phone", "en", "phone"),
        ("PHONE!", "en", "phone"),
        ("Mobile", "en", "phone"),
        ("laptop / computer", "en", "laptop"),
        ("not sure", "en", "unsure"),
        ("dunno", "en", "unsure"),
        ("something else", "en", "other"),
        ("گوشی", "fa", "phone"),
        ("تلفن همراه", "fa", "phone"),
        ("computer", "fa", "laptop"),  # English words work in every language
        ("5", "en", None),
        ("0", "en", None),
        ("phone laptop", "en", None),  # one answer only
        ("", "en", None),
    ],
)
def test_single_choice(lib: FlowLibrary, text: str, lang: str, expected: str | None) -> None:
    result = answer(lib, "pick", text, lang)
    assert (result.value if result else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1, 3", ("phone", "unsure")),
        ("3 1", ("phone", "unsure")),
        ("computer, not sure", ("laptop", "unsure")),
        ("pc;mobile", ("phone", "laptop")),
        ("2", ("laptop",)),
        ("1، ۲", ("phone", "laptop")),  # Arabic comma, Persian digit
        ("1, 9", None),
        ("1, banana", None),
        (",", None),
    ],
)
def test_multiple_choice(lib: FlowLibrary, text: str, expected: tuple[str, ...] | None) -> None:
    result = answer(lib, "many", text)
    assert (result.value if result else None) == expected


def test_reactions_choose_by_number(lib: FlowLibrary) -> None:
    assert answer(lib, "pick", OptionInput(2)) == Understood("laptop")
    assert answer(lib, "many", OptionInput(1)) == Understood(("phone",))
    assert answer(lib, "pick", OptionInput(0)) is None
    assert answer(lib, "pick", OptionInput(5)) is None
    assert answer(lib, "yn", OptionInput(1)) == Understood(True)
    assert answer(lib, "yn", OptionInput(2)) == Understood(False)
    assert answer(lib, "sc", OptionInput(1)) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("yes", "en", True),
        ("Yeah!", "en", True),
        ("no", "en", False),
        ("nope", "en", False),
        ("1", "en", True),
        ("2", "en", False),
        ("بله", "fa", True),
        ("آره", "fa", True),
        ("خیر", "fa", False),
        ("yes", "fa", True),
        ("maybe", "en", None),
    ],
)
def test_yes_no(lib: FlowLibrary, text: str, lang: str, expected: bool | None) -> None:
    result = answer(lib, "yn", text, lang)
    assert (result.value if result else None) == expected


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [
        ("sc", "7", 7),
        ("sc", "۷", 7),
        ("sc", "0", 0),
        ("sc", "11", None),
        ("sc", "7.5", None),
        ("sc", "seven", None),
        ("nb", "-5", -5),
        ("nb", "1,000", 1000),
        ("nb", "12.0", 12),
        ("nb", "12.5", None),  # integer only
        ("nb", "1001", None),
        ("dec", "1,5", 1.5),
        ("dec", "١٢٫٥", 12.5),
        ("dec", "−3", -3),
    ],
)
def test_scale_and_number(lib: FlowLibrary, step: str, text: str, expected: float | None) -> None:
    result = answer(lib, step, text)
    assert (result.value if result else None) == expected


def test_free_text_limits_and_skip(lib: FlowLibrary) -> None:
    assert answer(lib, "tx", "  fine  ") == Understood("fine")
    assert answer(lib, "tx", "x") is None  # shorter than min_length
    assert answer(lib, "tx", "x" * 11) is None  # longer than max_length
    assert answer(lib, "tx", "skip") == SKIPPED
    assert answer(lib, "tx", "رد", "fa") == SKIPPED
    assert answer(lib, "pick", "skip") is None  # not optional


def test_attachments_by_kind_and_size(lib: FlowLibrary) -> None:
    image = AttachmentInput("mxc-ref-1", "image", 1000, "image/png", "a.png")
    assert answer(lib, "at", image) == Understood("mxc-ref-1")
    assert answer(lib, "at", AttachmentInput("r", "file", 10, "application/pdf", "a.pdf")) is None
    assert answer(lib, "at", AttachmentInput("r", "image", 2 * 1024 * 1024, "image/png", "big.png")) is None
    assert answer(lib, "at", "here it is") is None
    assert answer(lib, "tx", image) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("42", 42), ("+3", 3), ("1 500", 1500), ("1,500.5", 1500.5), ("０７", 7), ("3.", 3), ("1e9", None), ("--1", None)],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected
