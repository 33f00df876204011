"""Messages in Project Fluent: parsing .ftl files and the `Catalog` that renders them.

Everything here is pure once the file texts are read (the loader reads them); rendering never
raises and falls back from the person's language to the default one, then to `[msgid]`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, ResolverEnvironment
from fluent.runtime.types import FluentFloat, FluentInt, FluentType
from fluent.runtime.utils import native_to_fluent
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

from bot.engine.normalize import normalize, split_list

DEFAULT_LANG = "en"
RTL_LANGS: frozenset[str] = frozenset({"ar", "fa", "he", "ps", "prs", "ur"})
KEYWORDS: tuple[str, ...] = ("menu", "back", "help", "mentor", "language", "stop", "delete", "mydata", "myplan",
                             "continue")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_REVIEWED_RE = re.compile(r"^###\s*reviewed:\s*(yes|no)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MessageInfo:
    """What the check needs to know about one message in one file."""

    id: str
    line: int
    variables: frozenset[str]  # $names used directly in the value and attributes
    references: frozenset[str]  # other messages referenced ({ other-message })
    attributes: frozenset[str]
    has_value: bool


@dataclass(frozen=True, slots=True)
class JunkInfo:
    line: int
    message: str


@dataclass(frozen=True)
class FtlFile:
    """One parsed `locales/<lang>/<name>.ftl`."""

    lang: str
    name: str  # file stem: "common", "hygiene", …
    path: str
    reviewed: bool | None  # None: no `### reviewed:` first line
    resource: ftl.Resource
    messages: tuple[MessageInfo, ...]
    junk: tuple[JunkInfo, ...]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(index + 1 for index, char in enumerate(text) if char == "\n")
    return starts


def _line_at(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _collect(node: Any, variables: set[str], references: set[str], depth: int = 0) -> None:
    """Walks a Fluent AST node collecting $variables and message references."""
    if depth > 100 or node is None:
        return
    if isinstance(node, ftl.VariableReference):
        variables.add(node.id.name)
        return
    if isinstance(node, ftl.MessageReference):
        references.add(node.id.name)
        return
    if isinstance(node, ftl.TermReference):
        # A term's own $variables come from its call arguments, not from the flow.
        if node.arguments is not None:
            _collect(node.arguments, variables, references, depth + 1)
        return
    if isinstance(node, list):
        for item in node:
            _collect(item, variables, references, depth + 1)
        return
    if isinstance(node, ftl.BaseNode):
        for key, value in vars(node).items():
            if key != "span":
                _collect(value, variables, references, depth + 1)


def parse_ftl(lang: str, name: str, path: str, text: str) -> FtlFile:
    """Parses one .ftl text; syntax errors become `junk` entries (with lines), never exceptions."""
    resource = FluentParser(with_spans=True).parse(text)
    starts = _line_starts(text)
    messages: list[MessageInfo] = []
    junk: list[JunkInfo] = []
    for entry in resource.body:
        offset = entry.span.start if entry.span is not None else 0
        if isinstance(entry, ftl.Message):
            variables: set[str] = set()
            references: set[str] = set()
            _collect(entry.value, variables, references)
            for attribute in entry.attributes:
                _collect(attribute.value, variables, references)
            messages.append(
                MessageInfo(
                    id=entry.id.name,
                    line=_line_at(starts, entry.id.span.start if entry.id.span else offset),
                    variables=frozenset(variables),
                    references=frozenset(references),
                    attributes=frozenset(a.id.name for a in entry.attributes),
                    has_value=entry.value is not None,
                )
            )
        elif isinstance(entry, ftl.Junk):
            # The line where the broken entry starts is where the author has to look.
            annotation = entry.annotations[0] if entry.annotations else None
            detail = (annotation.message if annotation is not None else None) or "syntax error"
            junk.append(JunkInfo(_line_at(starts, offset), detail))
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    match = _REVIEWED_RE.match(first)
    reviewed = None if match is None else match.group(1).lower() == "yes"
    return FtlFile(lang, name, path, reviewed, resource, tuple(messages), tuple(junk))


# Each language writes numbers in its own digits: `number-digits` in its common.ftl lists them,
# zero to nine (e.g. Persian `۰۱۲۳۴۵۶۷۸۹`); without it, numbers keep the digits 0–9.
DIGITS_MSGID = "number-digits"
FSI, PDI = "\u2068", "\u2069"


class _LocalInt(FluentInt):
    """A whole number that Fluent writes in the language's digits (plural rules still see the number)."""

    digits: dict[int, str] = {}  # noqa: RUF012 (set per instance)

    def format(self, locale: Any) -> str:
        return str(super().format(locale)).translate(self.digits)


class _LocalFloat(FluentFloat):
    digits: dict[int, str] = {}  # noqa: RUF012 (set per instance)

    def format(self, locale: Any) -> str:
        return str(super().format(locale)).translate(self.digits)


class _IsolatedText(FluentType, str):
    """An inserted text that Fluent isolates where it places it; selectors still see the text."""

    def format(self, *args: Any, **kwargs: Any) -> str:  # Fluent passes the locale; str.format never runs
        return f"{FSI}{self}{PDI}"


class _Bundle(FluentBundle):
    """A Fluent bundle that isolates inserted texts (not whole messages or terms) in right-to-left
    languages, and writes numbers in the language's own digits.

    Fluent's own isolation wraps every placeable, terms and message references too: a line that
    is one term ends in a stray U+2069 in clients that show it. Here only the values a flow
    inserts (a person's answer, a name) are isolated, which is what isolation is for."""

    def __init__(self, lang: str, rtl: bool) -> None:
        super().__init__([lang], use_isolating=False)
        self.rtl = rtl
        self.digits: dict[int, str] = {}

    def _arg(self, value: Any) -> Any:
        if isinstance(value, bool):
            return native_to_fluent(value)
        if isinstance(value, int | float) and self.digits:
            number = _LocalInt(value) if isinstance(value, int) else _LocalFloat(value)
            number.digits = self.digits
            return number
        if isinstance(value, str) and self.rtl:
            return _IsolatedText(value)
        return native_to_fluent(value)

    def format_pattern(self, pattern: Any, args: Mapping[str, Any] | None = None) -> tuple[Any, list[Exception]]:
        errors: list[Exception] = []
        fluent_args = {name: self._arg(value) for name, value in (args or {}).items()}
        env = ResolverEnvironment(context=self, current=CurrentEnvironment(args=fluent_args), errors=errors)
        try:
            result = pattern(env)
        except ValueError as e:
            errors.append(e)
            result = "{???}"
        return result, errors


def _make_bundle(lang: str) -> _Bundle:
    rtl = lang.split("-")[0] in RTL_LANGS
    try:
        return _Bundle(lang, rtl)
    except Exception:  # babel does not know the language: keep going with English plural rules
        return _Bundle(DEFAULT_LANG, rtl)


@dataclass(frozen=True)
class _MatchCache:
    # Memo of normalised labels/synonyms; deterministic, so the Catalog stays pure in effect.
    words: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)


class Catalog:
    """All messages of all languages. Build it with `Catalog.from_files` or `Catalog.from_texts`."""

    def __init__(self, files: Sequence[FtlFile], default_lang: str = DEFAULT_LANG) -> None:
        self.default_lang = default_lang
        self.files: tuple[FtlFile, ...] = tuple(files)
        self._bundles: dict[str, _Bundle] = {}
        self._ids: dict[str, frozenset[str]] = {}
        ids: dict[str, set[str]] = {}
        bundles: dict[str, _Bundle] = {}
        for file in self.files:
            bundle = bundles.get(file.lang)
            if bundle is None:
                bundle = bundles[file.lang] = _make_bundle(file.lang)
            bundle.add_resource(file.resource)
            ids.setdefault(file.lang, set()).update(m.id for m in file.messages if m.has_value)
        self._bundles = bundles
        self._ids = {lang: frozenset(found) for lang, found in ids.items()}
        for lang, bundle in bundles.items():
            bundle.digits = self._digit_table(lang)
        self._variables = self._collect_variables()
        langs = sorted(self._bundles)
        if default_lang in langs:
            langs.remove(default_lang)
            langs.insert(0, default_lang)
        self.languages: tuple[str, ...] = tuple(langs)
        self._cache = _MatchCache()
        self._keywords: dict[str, dict[str, list[str]]] = {}
        self._keyword_index: dict[str, dict[str, str]] = {}
        for lang in self.languages:
            self._keywords[lang] = self._build_keywords(lang)
            index: dict[str, str] = {}
            # English first, then the person's language, so their own words win a clash.
            for source in (self.default_lang, lang):
                for name in KEYWORDS:
                    for word in self._own_keywords(source, name):
                        index[normalize(word)] = name
            self._keyword_index[lang] = index

    @classmethod
    def from_texts(cls, texts: Mapping[str, Mapping[str, str]], default_lang: str = DEFAULT_LANG) -> Catalog:
        """From {lang: {file stem: ftl text}}; for tests and tools."""
        files = [
            parse_ftl(lang, name, f"locales/{lang}/{name}.ftl", text)
            for lang, named in sorted(texts.items())
            for name, text in sorted(named.items())
        ]
        return cls(files, default_lang)

    def _collect_variables(self) -> dict[str, frozenset[str]]:
        """msgid → the $variables it may use in any language, through message references too."""
        per_lang: dict[str, dict[str, MessageInfo]] = {}
        for file in self.files:
            table = per_lang.setdefault(file.lang, {})
            for info in file.messages:
                table.setdefault(info.id, info)
        found: dict[str, set[str]] = {}
        for table in per_lang.values():
            for msgid in table:
                seen: set[str] = set()
                todo = [msgid]
                while todo:
                    current = todo.pop()
                    entry = table.get(current)
                    if entry is None or current in seen:
                        continue
                    seen.add(current)
                    found.setdefault(msgid, set()).update(entry.variables)
                    todo.extend(entry.references)
        return {msgid: frozenset(names) for msgid, names in found.items()}

    def variables(self, msgid: str) -> frozenset[str]:
        """The $variables a message may use in any language (so only those need to be passed)."""
        return self._variables.get(msgid, frozenset())

    # --- lookups -------------------------------------------------------------------------------

    def _chain(self, lang: str) -> Iterable[str]:
        yield lang
        base = lang.split("-")[0]
        if base != lang:
            yield base
        if self.default_lang not in (lang, base):
            yield self.default_lang

    def has(self, lang: str, msgid: str) -> bool:
        """Whether `lang` itself (no fallback) defines the message with a value."""
        return msgid in self._ids.get(lang, frozenset())

    def ids(self, lang: str) -> frozenset[str]:
        return self._ids.get(lang, frozenset())

    def render(self, lang: str, msgid: str, args: Mapping[str, Any] | None = None) -> str:
        """The message in the person's language, else the default language, else `[msgid]`."""
        for candidate in self._chain(lang):
            text = self._format(candidate, msgid, None, args)
            if text is not None:
                return text
        return f"[{msgid}]"

    def _format(self, lang: str, msgid: str, attribute: str | None, args: Mapping[str, Any] | None) -> str | None:
        bundle = self._bundles.get(lang)
        if bundle is None or not bundle.has_message(msgid):
            return None
        try:
            message = bundle.get_message(msgid)
            pattern = message.value if attribute is None else message.attributes.get(attribute)
            if pattern is None:
                return None
            text, _errors = bundle.format_pattern(pattern, dict(args) if args else None)
        except Exception:  # a broken message must not break a conversation
            return None
        return text if isinstance(text, str) else None

    def _digit_table(self, lang: str) -> dict[int, str]:
        """0–9 → the language's own digits (`number-digits`), or {} to keep 0–9."""
        own = self._format(lang, DIGITS_MSGID, None, None)
        digits = "".join((own or "").split())
        if len(digits) != 10 or digits == "0123456789" or not all(c.isdecimal() for c in digits):
            return {}
        return {ord(str(n)): digit for n, digit in enumerate(digits)}

    def number(self, lang: str, value: int | float) -> str:
        """A number as the language writes it (its own digits, when its common.ftl says which)."""
        for candidate in self._chain(lang):
            bundle = self._bundles.get(candidate)
            if bundle is not None:
                return str(value).translate(bundle.digits)
        return str(value)

    def option_label(self, lang: str, option_msgid: str) -> str:
        key = (lang, option_msgid)
        label = self._cache.labels.get(key)
        if label is None:
            label = self._cache.labels[key] = self.render(lang, option_msgid)
        return label

    def synonyms(self, lang: str, msgid: str) -> list[str]:
        """The comma-separated `.synonyms` attribute (person's language, else the default one)."""
        for candidate in self._chain(lang):
            text = self._format(candidate, msgid, "synonyms", None)
            if text is not None:
                return split_list(text)
        return []

    def match_words(self, lang: str, msgid: str) -> tuple[str, ...]:
        """Normalised label and synonyms of a message in one language only (no fallback)."""
        key = (lang, msgid)
        words = self._cache.words.get(key)
        if words is None:
            found: list[str] = []
            label = self._format(lang, msgid, None, None)
            if label is not None:
                found.append(normalize(label))
                synonyms = self._format(lang, msgid, "synonyms", None)
                if synonyms is not None:
                    found.extend(normalize(word) for word in split_list(synonyms))
            words = self._cache.words[key] = tuple(dict.fromkeys(w for w in found if w))
        return words

    # --- keywords ------------------------------------------------------------------------------

    def _own_keywords(self, lang: str, name: str) -> list[str]:
        text = self._format(lang, f"keyword-{name}", None, None)
        return split_list(text) if text is not None else []

    def _build_keywords(self, lang: str) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for name in KEYWORDS:
            words = self._own_keywords(lang, name)
            if lang != self.default_lang:
                words += self._own_keywords(self.default_lang, name)
            result[name] = list(dict.fromkeys(words))
        return result

    def keywords(self, lang: str) -> dict[str, list[str]]:
        """Keyword → words in the person's language followed by the English ones."""
        known = self._keywords.get(lang)
        if known is None:
            known = self._build_keywords(lang)
        return {name: list(words) for name, words in known.items()}

    def keyword_of(self, lang: str, text: str) -> str | None:
        """Which keyword the whole text is (menu, back, …), in the person's language or English."""
        index = self._keyword_index.get(lang) or self._keyword_index.get(self.default_lang, {})
        return index.get(normalize(text))

    # --- languages -----------------------------------------------------------------------------

    def is_rtl(self, lang: str) -> bool:
        return lang.split("-")[0] in RTL_LANGS

    def language_name(self, lang: str) -> str:
        """The language's own name from `language-name` in its common.ftl (else the code)."""
        return self._format(lang, "language-name", None, None) or lang

    def reviewed(self, lang: str, file: str) -> bool:
        """Whether `locales/<lang>/<file>` starts with `### reviewed: yes`."""
        stem = file[:-4] if file.endswith(".ftl") else file
        return any(f.lang == lang and f.name == stem and f.reviewed is True for f in self.files)
