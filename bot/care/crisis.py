"""Crisis words, heard in every message: a pure detector over word lists kept in the locales.

`locales/<lang>/crisis.ftl` holds, per language, the phrases that fire (`crisis-selfharm`: thoughts
of suicide or self-harm; `crisis-danger`: immediate danger — arrest, being followed, someone at
the door), the negation words that cancel a one-word hit written right next to them
(`crisis-negations` before it, `crisis-negations-after` after it), the phrases that are not a
crisis although they hold a one-word hit (`crisis-ignore`: "suicide bomber"), and the replies.

How a message is matched (see docs/CARE.md for the trade-offs and the near-miss table):

- both the message and the phrases are folded the same way: case, accents and Arabic short vowels
  dropped, Arabic and Persian letter variants unified (ي/ی, ك/ک, ة/ه, ې/ی …), digits made ASCII,
  apostrophes dropped ("don't" = "dont"), Persian "می" joined to its verb ("می خواهم" = "میخواهم");
- a phrase matches whole words, in order and next to each other; a word of the list ending with
  `*` matches every word that starts so (`suicid*`);
- one typo is forgiven in any word of six letters or more (a letter missing, added, changed, or two
  swapped) — except in an entry written in double quotes (`"detained"`), which must be typed as is:
  for words one typo away from an everyday word ("detailed", "اختلاف");
- a one-word hit is dropped when a negation word stands right before it (or one word further, in
  the same clause), or — in languages that negate after — right after it: "I am not suicidal". A
  phrase of several words is never dropped, even when it holds its own negation ("don't want to
  live" is a phrase on the list, so it fires);
- every language's lists are heard in every conversation: a person may write in another language
  than the one they chose. False positives are accepted; silence is not.

Nothing here does I/O; `CrisisLists.from_catalog` reads the (already loaded) catalog.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal
from weakref import WeakKeyDictionary

from bot.engine.catalog import Catalog
from bot.engine.normalize import normalize

Kind = Literal["selfharm", "danger"]
KINDS: tuple[Kind, ...] = ("danger", "selfharm")  # a message with both kinds is answered as danger
LIST_IDS: dict[str, Kind | None] = {
    "crisis-selfharm": "selfharm",
    "crisis-danger": "danger",
    "crisis-negations": None,
    "crisis-negations-after": None,
    "crisis-ignore": None,
}
PHRASE_LISTS = ("crisis-selfharm", "crisis-danger", "crisis-ignore")
REPLY_IDS: tuple[str, ...] = ("crisis-reply", "crisis-telling-team", "crisis-no-team", "crisis-continue",
                              "crisis-again")
MIN_LETTERS = 4  # a phrase shorter than this is a word people type for other reasons
TYPO_MIN = 6  # words this long forgive one typo
NEGATION_REACH = 2  # a negation counts this many words away, at most, in the same clause

# Beyond bot.engine.normalize: letters that Pashto, Persian and Arabic keyboards write differently
# for the same word, folded to one form for matching only.
_MORE_VARIANTS = str.maketrans({
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ئ": "ی", "ٸ": "ی",
    "ك": "ک", "ګ": "گ", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه",
    "ؤ": "و", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "`": "'", "´": "'", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
})
_CLAUSE = re.compile(r"[.,;:!?\n\r…؛،؟¿¡。，；：！？]+")
_WORD = re.compile(r"[^\W_]+\*?")
_JOINED_PREFIXES = frozenset({"می", "نمی"})  # Persian/Dari verb prefixes, written apart or joined


def fold(text: str) -> str:
    """Folded for matching: normalised like answers, then without any accent or letter variant."""
    decomposed = unicodedata.normalize("NFD", normalize(text))
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", bare).translate(_MORE_VARIANTS).replace("'", "")


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    clause: int


def tokens(text: str, *, patterns: bool = False) -> list[Token]:
    """The words of a text, folded, each with the number of its clause (punctuation separates)."""
    out: list[Token] = []
    for clause, part in enumerate(_CLAUSE.split(fold(text))):
        words = _WORD.findall(part) if patterns else [w.rstrip("*") for w in _WORD.findall(part)]
        for word in words:
            if out and out[-1].clause == clause and out[-1].word in _JOINED_PREFIXES:
                out[-1] = Token(out[-1].word + word, clause)
            elif word:
                out.append(Token(word, clause))
    return out


def within_one(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one edit (insert, delete, change, or swap of neighbours)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        if len(diffs) != 2 or diffs[1] != diffs[0] + 1:
            return False
        return a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def word_matches(pattern: str, word: str) -> bool:
    """One word of a phrase against one word of a message (a `*` ending, one typo in long words)."""
    if pattern.endswith("*"):
        stem = pattern[:-1]
        if word.startswith(stem):
            return True
        if len(stem) < TYPO_MIN:
            return False
        return any(within_one(word[:n], stem) for n in (len(stem) - 1, len(stem), len(stem) + 1) if n <= len(word))
    if word == pattern:
        return True
    return len(pattern) >= TYPO_MIN and within_one(word, pattern)


def _deletions(word: str) -> Iterator[str]:
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1:]


@dataclass(frozen=True)
class Phrase:
    """One entry of a list: its words (folded; a `*` ending marks a stem), as written, where from."""

    words: tuple[str, ...]
    text: str
    lang: str
    kind: Kind | None  # None: an ignore phrase
    exact: bool = False  # written in double quotes: no typo forgiven


@dataclass(frozen=True)
class CrisisHit:
    """What fired: the kind, the language of the list and the phrase as the list writes it.

    Never the person's own words — a hit may be logged or shown to mentors without them."""

    kind: Kind
    lang: str
    phrase: str


@dataclass
class _Index:
    """Phrases found by their first word: exactly, through one-letter deletions (typos), or by stem."""

    exact: dict[str, list[Phrase]] = field(default_factory=dict)
    fuzzy: dict[str, list[Phrase]] = field(default_factory=dict)
    stems: list[Phrase] = field(default_factory=list)

    def add(self, phrase: Phrase) -> None:
        first = phrase.words[0]
        if first.endswith("*"):
            self.stems.append(phrase)
            return
        self.exact.setdefault(first, []).append(phrase)
        if len(first) >= TYPO_MIN and not phrase.exact:
            for key in _deletions(first):
                self.fuzzy.setdefault(key, []).append(phrase)

    def starting_with(self, word: str) -> list[Phrase]:
        found: dict[int, Phrase] = {id(p): p for p in self.exact.get(word, ())}
        if len(word) >= TYPO_MIN - 1:
            for key in _deletions(word):
                for phrase in self.fuzzy.get(key, ()):
                    found.setdefault(id(phrase), phrase)
        for phrase in self.stems:
            if phrase.words[0][0] == word[:1]:
                found.setdefault(id(phrase), phrase)
        return list(found.values())


def _single_words(entries: Iterable[str]) -> frozenset[str]:
    """Negation words: each entry of one word (folded); entries of several words are not used."""
    found = [tokens(entry) for entry in entries]
    return frozenset(words[0].word for words in found if len(words) == 1)


def _at(phrase: Phrase, words: list[Token], start: int) -> bool:
    if start + len(phrase.words) > len(words):
        return False
    if phrase.exact:
        return all(p == words[start + i].word for i, p in enumerate(phrase.words))
    return all(word_matches(p, words[start + i].word) for i, p in enumerate(phrase.words))


class CrisisLists:
    """Every language's crisis phrases and negation words, indexed for matching."""

    def __init__(self, phrases: Iterable[Phrase], negations: Mapping[str, tuple[Iterable[str], Iterable[str]]]) -> None:
        self.phrases = tuple(phrases)
        self._fire = _Index()
        self._ignore = _Index()
        for phrase in self.phrases:
            (self._fire if phrase.kind is not None else self._ignore).add(phrase)
        self._before = {lang: _single_words(before) for lang, (before, _) in negations.items()}
        self._after = {lang: _single_words(after) for lang, (_, after) in negations.items()}
        self.languages = tuple(sorted({p.lang for p in self.phrases} | set(negations)))

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> CrisisLists:
        phrases: list[Phrase] = []
        negations: dict[str, tuple[list[str], list[str]]] = {}
        for lang in catalog.languages:
            for msgid in PHRASE_LISTS:
                for text in entries(catalog, lang, msgid):
                    phrase = make_phrase(text, lang, LIST_IDS[msgid])
                    if phrase is not None:
                        phrases.append(phrase)
            negations[lang] = (entries(catalog, lang, "crisis-negations"),
                               entries(catalog, lang, "crisis-negations-after"))
        return cls(phrases, negations)

    def detect(self, text: str, lang: str) -> CrisisHit | None:
        """The crisis phrase in `text`, if any (the most serious kind, the person's language first)."""
        words = tokens(text)
        if not words:
            return None
        ignored = self._ignored(words)
        hits: list[Phrase] = []
        for i, token in enumerate(words):
            for phrase in self._fire.starting_with(token.word):
                if not _at(phrase, words, i):
                    continue
                if len(phrase.words) == 1 and (i in ignored or self._negated(words, i, (phrase.lang, lang))):
                    continue
                hits.append(phrase)
        if not hits:
            return None
        best = min(hits, key=lambda p: (KINDS.index(p.kind or "selfharm"), p.lang != lang))
        assert best.kind is not None
        return CrisisHit(best.kind, best.lang, best.text)

    def _ignored(self, words: list[Token]) -> set[int]:
        covered: set[int] = set()
        for i, token in enumerate(words):
            for phrase in self._ignore.starting_with(token.word):
                if _at(phrase, words, i):
                    covered.update(range(i, i + len(phrase.words)))
        return covered

    def _negated(self, words: list[Token], i: int, langs: tuple[str, str]) -> bool:
        clause = words[i].clause
        before = frozenset().union(*(self._before.get(lang, frozenset()) for lang in langs))
        after = frozenset().union(*(self._after.get(lang, frozenset()) for lang in langs))
        near_before = [t.word for t in words[max(0, i - NEGATION_REACH):i] if t.clause == clause]
        near_after = [t.word for t in words[i + 1:i + 1 + NEGATION_REACH] if t.clause == clause]
        return any(w in before for w in near_before) or any(w in after for w in near_after)


def make_phrase(text: str, lang: str, kind: Kind | None) -> Phrase | None:
    """A list entry as a phrase (None when it has no words); `"…"` around it: matched exactly."""
    exact = len(text) > 2 and text[0] == '"' and text[-1] == '"'
    words = tuple(t.word for t in tokens(text.strip('"'), patterns=True))
    if not words:
        return None
    if exact:
        words = tuple(w.rstrip("*") for w in words)
    return Phrase(words, text.strip('"'), lang, kind, exact)


def entries(catalog: Catalog, lang: str, msgid: str) -> list[str]:
    """The entries of one list in one language (no fallback): comma- or line-separated."""
    if not catalog.has(lang, msgid):
        return []
    raw = catalog.render(lang, msgid)
    return [part.strip() for part in re.split(r"[,;،؛、，\n]", raw) if part.strip(" \t\u2068\u2069")]


_LISTS: WeakKeyDictionary[Catalog, CrisisLists] = WeakKeyDictionary()


def crisis_lists(catalog: Catalog) -> CrisisLists:
    """The (cached) lists of this catalog; a reload builds new ones with the new catalog."""
    lists = _LISTS.get(catalog)
    if lists is None:
        lists = _LISTS[catalog] = CrisisLists.from_catalog(catalog)
    return lists


def detect(text: str, lang: str, lists: CrisisLists) -> CrisisHit | None:
    """The crisis phrase `text` holds, or None (see the module's notes)."""
    return lists.detect(text, lang)


# --- what the bot says ---------------------------------------------------------------------------
def reply_messages(kind: Kind, country: str, team_reachable: bool) -> list[tuple[str, dict[str, str]]]:
    """The parts of the crisis reply (one message), in order: the direct question; what happens now —
    the team is told, and when they read (or, honestly, that no person can be reached); the
    resources for the person's country at any hour; for danger, the 24/7 contacts for defenders;
    and the way back to the paused conversation."""
    out: list[tuple[str, dict[str, str]]] = [("crisis-reply", {"kind": kind})]
    if team_reachable:
        out += [("crisis-telling-team", {}), ("care-hours", {})]
    else:
        out.append(("crisis-no-team", {}))
    out += [("care-now", {}), ("crisis-resources", {"country": country})]
    if kind == "danger":
        out.append(("urgent-outside-help", {}))
    out.append(("crisis-continue", {}))
    return out


# --- what `flows check` says about the lists -----------------------------------------------------
@dataclass(frozen=True)
class ListProblem:
    lang: str
    msgid: str
    entry: str
    why: str


def list_problems(catalog: Catalog) -> list[ListProblem]:
    """Entries that must not be crisis phrases: too short, a number, a keyword or an answer word."""
    keywords: set[str] = set()
    answers: dict[str, str] = {}
    for lang in catalog.languages:
        for words in catalog.keywords(lang).values():
            keywords.update(normalize(w) for w in words)
        for msgid in catalog.ids(lang):
            if msgid.startswith("option-"):
                for word in catalog.match_words(lang, msgid):
                    answers.setdefault(word, msgid)
    found: list[ListProblem] = []
    for lang in catalog.languages:
        for msgid in PHRASE_LISTS[:2]:
            for entry in entries(catalog, lang, msgid):
                why = _entry_problem(entry, keywords, answers)
                if why is not None:
                    found.append(ListProblem(lang, msgid, entry, why))
        for msgid in ("crisis-negations", "crisis-negations-after"):
            found.extend(ListProblem(lang, msgid, entry, "is more than one word: a negation is one word")
                         for entry in entries(catalog, lang, msgid) if len(tokens(entry)) > 1)
    return found


def _entry_problem(entry: str, keywords: set[str], answers: dict[str, str]) -> str | None:
    entry = entry.strip('"')
    letters = sum(1 for c in fold(entry) if c.isalpha())
    plain = normalize(entry)
    if plain.replace(" ", "").isdigit():
        return "is a number: people type numbers as answers"
    if letters < MIN_LETTERS:
        return f"has fewer than {MIN_LETTERS} letters: short words are typed for other reasons too"
    if any("*" in word.rstrip("*") for word in entry.split()):
        return "has a `*` that is not at the end of a word"
    if plain in keywords:
        return "is also a keyword"
    if plain in answers:
        return f"is also an answer word (`{answers[plain]}`)"
    return None


__all__ = ["KINDS", "LIST_IDS", "MIN_LETTERS", "REPLY_IDS", "CrisisHit", "CrisisLists", "Kind", "ListProblem",
           "Phrase", "crisis_lists", "detect", "entries", "fold", "list_problems", "make_phrase", "reply_messages",
           "tokens", "within_one", "word_matches"]
