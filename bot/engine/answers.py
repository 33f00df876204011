"""Understanding answers to questions, in the person's language and in English (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.inputs import AttachmentInput, OptionInput, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.model import (
    AnyQuestionStep,
    AttachmentQuestion,
    ChoiceQuestion,
    NumberQuestion,
    ScaleQuestion,
    TextQuestion,
    YesNoQuestion,
)
from bot.engine.normalize import normalize, split_list
from bot.engine.values import Value

BYTES_PER_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Understood:
    """An understood answer; `value` None means the person skipped an optional question."""

    value: Value | None


SKIPPED = Understood(None)
Answer = TextInput | OptionInput | AttachmentInput


def _word_table(
    lib: FlowLibrary,
    lang: str,
    key: tuple[str, ...],
    entries: list[tuple[str, int]],
    fallback: Sequence[str] = (),
) -> dict[str, int]:
    """Normalised word → entry index, from message labels and synonyms (memoised per library).

    `fallback` words (index = position) lose every clash; then English, then the person's language, so their own
    words win.
    """
    memo_key = ("words", lang, *key)
    cached = lib.memo.get(memo_key)
    if isinstance(cached, dict):
        return cached
    table: dict[str, int] = {normalize(word): index for index, word in enumerate(fallback)}
    for source in dict.fromkeys((lib.default_lang, lang.split("-")[0], lang)):
        for msgid, index in entries:
            for word in lib.catalog.match_words(source, msgid):
                table[word] = index
    lib.memo[memo_key] = table
    return table


def is_skip(lib: FlowLibrary, lang: str, text: str) -> bool:
    return normalize(text) in _word_table(lib, lang, ("skip",), [("option-skip", 0)])


def parse_answer(
    lib: FlowLibrary, flow_id: str, step_id: str, question: AnyQuestionStep, answer: Answer, lang: str
) -> Understood | None:
    """The value of an answer, SKIPPED, or None when it is not understood."""
    if question.optional and isinstance(answer, TextInput) and is_skip(lib, lang, answer.text):
        return SKIPPED
    if isinstance(question, ChoiceQuestion):
        return _choice(lib, flow_id, step_id, question, answer, lang)
    if isinstance(question, YesNoQuestion):
        return _yesno(lib, answer, lang)
    if isinstance(question, AttachmentQuestion):
        return _attachment(question, answer)
    if not isinstance(answer, TextInput):
        return None
    if isinstance(question, ScaleQuestion):
        return _scale(lib, flow_id, step_id, question, answer.text, lang)
    if isinstance(question, NumberQuestion):
        return _number(question, answer.text)
    assert isinstance(question, TextQuestion)
    text = answer.text.strip()
    if question.min_length <= len(text) <= question.max_length and (text or question.min_length == 0):
        return Understood(text)
    return None


def _choice(
    lib: FlowLibrary, flow_id: str, step_id: str, question: ChoiceQuestion, answer: Answer, lang: str
) -> Understood | None:
    count = len(question.options)
    if isinstance(answer, OptionInput):
        if 1 <= answer.index <= count:
            return Understood(
                (question.options[answer.index - 1].id,) if question.multiple else question.options[answer.index - 1].id
            )
        return None
    if not isinstance(answer, TextInput):
        return None
    # Option numbers win over everything; option ids are a last resort (e.g. `fr`, `full`).
    table = _word_table(
        lib,
        lang,
        ("choice", flow_id, step_id),
        [(o.label_msgid, i) for i, o in enumerate(question.options)],
        [o.id for o in question.options],
    )
    numbers = {str(i + 1): i for i in range(count)}
    whole = normalize(answer.text)
    index = numbers.get(whole, table.get(whole))
    if index is not None:
        chosen = question.options[index].id
        return Understood((chosen,) if question.multiple else chosen)
    if not question.multiple:
        return None
    picked: set[int] = set()
    for part in split_list(answer.text):
        word = normalize(part)
        found = numbers.get(word, table.get(word))
        if found is not None:
            picked.add(found)
            continue
        for token in word.split(" "):
            found = numbers.get(token, table.get(normalize(token)))
            if found is None:
                return None
            picked.add(found)
    if not picked:
        return None
    return Understood(tuple(question.options[i].id for i in sorted(picked)))


def _yesno(lib: FlowLibrary, answer: Answer, lang: str) -> Understood | None:
    if isinstance(answer, OptionInput):
        return Understood(answer.index == 1) if answer.index in (1, 2) else None
    if not isinstance(answer, TextInput):
        return None
    whole = normalize(answer.text)
    if whole in ("1", "2"):
        return Understood(whole == "1")
    table = _word_table(lib, lang, ("yesno",), [("option-yes", 1), ("option-no", 0)])
    found = table.get(whole)
    return None if found is None else Understood(found == 1)


_SCALE_NUMBER = re.compile(r"(?<![\d.,])\d+(?![\d.,]\d)")
_SCALE_OF_MAX = re.compile(r"^(\d+)\s*(?:/|out of|of)\s*(\d+)$")
_SCALE_GLUE = " -–—=:;,.()[]/"


def _scale(
    lib: FlowLibrary, flow_id: str, step_id: str, question: ScaleQuestion, text: str, lang: str
) -> Understood | None:
    """A number in range; or the words printed on the scale for a value (`labels`); or both
    together when they agree ("3 = more than half of the time", "3/5")."""
    number = parse_number(text)
    if isinstance(number, int):
        return Understood(number) if question.min <= number <= question.max else None
    whole = normalize(text)
    table = _word_table(lib, lang, ("scale", flow_id, step_id),
                        [(msgid, value) for value, msgid in sorted((question.labels or {}).items())])
    if whole in table:
        return Understood(table[whole])
    of_max = _SCALE_OF_MAX.match(whole)
    if of_max is not None and int(of_max.group(2)) == question.max:
        value = int(of_max.group(1))
        return Understood(value) if question.min <= value <= question.max else None
    numbers = _SCALE_NUMBER.findall(whole)
    if len(numbers) != 1:
        return None
    value = int(numbers[0])
    if not question.min <= value <= question.max:
        return None
    rest = whole.replace(numbers[0], " ", 1).strip(_SCALE_GLUE)
    rest = " ".join(rest.split())
    return Understood(value) if rest and table.get(rest) == value else None


def _attachment(question: AttachmentQuestion, answer: Answer) -> Understood | None:
    if not isinstance(answer, AttachmentInput) or not answer.ref:
        return None
    if answer.kind not in question.accept:
        return None
    if answer.size < 0 or answer.size > question.max_size_mb * BYTES_PER_MB:
        return None
    return Understood(answer.ref)


def _number(question: NumberQuestion, text: str) -> Understood | None:
    number = parse_number(text)
    if number is None:
        return None
    if question.integer:
        if isinstance(number, float):
            if not number.is_integer():
                return None
            number = int(number)
    if question.min is not None and number < question.min:
        return None
    if question.max is not None and number > question.max:
        return None
    return Understood(number)


_INT_RE = re.compile(r"^[+-]?\d+$")
_DECIMAL_RE = re.compile(r"^[+-]?\d+[.,]\d+$")
_GROUPED_RE = re.compile(r"^[+-]?\d{1,3}(?:[,' ]\d{3})+(?:\.\d+)?$")
MAX_NUMBER_CHARS = 30


def parse_number(text: str) -> int | float | None:
    """An integer or decimal number in any digits (Persian, Arabic-Indic, full-width…).

    `1,5` and `1.5` are decimals; `1,500` and `1 500` are thousands.
    """
    plain = unicodedata.normalize("NFKC", text).strip().rstrip(".!")
    if len(plain) > MAX_NUMBER_CHARS:
        return None
    plain = "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in plain)
    plain = plain.replace("\u2212", "-").replace("\u066b", ".").replace("\u066c", ",")
    plain = plain.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    if _INT_RE.match(plain):
        return int(plain)
    if _GROUPED_RE.match(plain):
        grouped = re.sub(r"[,' ]", "", plain)
        return float(grouped) if "." in grouped else int(grouped)
    if _DECIMAL_RE.match(plain):
        return float(plain.replace(",", "."))
    return None
