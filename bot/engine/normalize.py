"""Normalising what people type, so answers and keywords match however they were written."""

from __future__ import annotations

import re
import unicodedata

# Invisible marks that keyboards and RTL editors insert: zero-width characters, bidi controls,
# the byte-order mark and the Arabic tatweel (a stretching stroke with no meaning).
_INVISIBLE = dict.fromkeys(
    [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0x0640, 0x00AD]
)
# Arabic and Persian keyboards produce different letters for the same word; match them.
_LETTER_VARIANTS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh → Persian yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf → Persian keheh
        "ة": "ه",  # teh marbuta
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
    }
)
_SPACE_RE = re.compile(r"\s+")


def _is_mark(char: str) -> bool:
    # Combining marks: Arabic short vowels (harakat) and accents left after NFKC; dropping them
    # lets "نَعَم" match "نعم". Latin accents are kept (NFKC composes them first).
    return unicodedata.category(char) == "Mn" and not ("\u0300" <= char <= "\u036f")


def _ascii_digits(text: str) -> str:
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isdecimal() and not char.isascii():
            out.append(str(unicodedata.decimal(char)))
        elif _is_mark(char):
            continue
        else:
            out.append(char)
    return "".join(out)


def _edge(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def normalize(text: str) -> str:
    """NFKC, case-folded, ASCII digits, single spaces, no punctuation or symbols at the ends.

    A text that is only punctuation (e.g. "?") is kept as such rather than emptied.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    folded = _ascii_digits(folded).translate(_LETTER_VARIANTS).casefold()
    folded = _SPACE_RE.sub(" ", folded).strip()
    start, end = 0, len(folded)
    while start < end and (_edge(folded[start]) or folded[start] == " "):
        start += 1
    while end > start and (_edge(folded[end - 1]) or folded[end - 1] == " "):
        end -= 1
    return folded[start:end] if start < end else folded


def split_list(text: str) -> list[str]:
    """Comma-separated words (also the Arabic and ideographic commas and semicolons)."""
    parts = re.split(r"[,;،؛、，]", text)
    return [part.strip() for part in parts if part.strip()]
