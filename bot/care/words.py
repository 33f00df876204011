"""Which language to speak to a person in, and which of a few fixed answers (yes, no, later)
a person's whole message is.

The conversations, the mentors (handoff and feedback questions), privacy (its yes/no
questions) and the follow-ups (yes / no / later) all listen for the same option words; they
share one table per catalog, built once and dropped with the catalog after a reload.
"""

from __future__ import annotations

from collections.abc import Iterable
from weakref import WeakKeyDictionary

from bot.engine.catalog import Catalog
from bot.engine.normalize import normalize
from bot.store import Person, UnitOfWork

YES, NO, LATER = "option-yes", "option-no", "option-later"
YES_NO: tuple[str, ...] = (YES, NO)
YES_NO_LATER: tuple[str, ...] = (YES, NO, LATER)


def person_lang(person: Person | None, default: str) -> str:
    """The person's language, or `default` when they chose none (or are not known)."""
    return (person.lang if person else None) or default


async def lang_of(uow: UnitOfWork, user_id: str | None, default: str) -> str:
    """The stored person's language, or `default`."""
    person = await uow.people.get(user_id) if user_id else None
    return person_lang(person, default)


class OptionWords:
    """The words (label and synonyms, normalised) of a few option messages in every language."""

    def __init__(self, catalog: Catalog, msgids: tuple[str, ...]) -> None:
        self.msgids = msgids
        self._words = {lang: tuple(frozenset(catalog.match_words(lang, m)) for m in msgids)
                       for lang in catalog.languages}
        self._any: frozenset[str] = frozenset().union(*(w for per in self._words.values() for w in per))

    def which(self, text: str, langs: Iterable[str]) -> str | None:
        """The first option (in `msgids` order) whose words in any of `langs` are the whole text."""
        said = normalize(text)
        if said not in self._any:
            return None
        tables = [self._words[lang] for lang in dict.fromkeys(langs) if lang in self._words]
        for i, msgid in enumerate(self.msgids):
            if any(said in table[i] for table in tables):
                return msgid
        return None


_TABLES: WeakKeyDictionary[Catalog, dict[tuple[str, ...], OptionWords]] = WeakKeyDictionary()


def option_words(catalog: Catalog, msgids: tuple[str, ...]) -> OptionWords:
    """The (cached) word table of `msgids` for this catalog."""
    per_catalog = _TABLES.setdefault(catalog, {})
    table = per_catalog.get(msgids)
    if table is None:
        table = per_catalog[msgids] = OptionWords(catalog, msgids)
    return table


def said_option(catalog: Catalog, text: str, msgids: tuple[str, ...], langs: Iterable[str]) -> str | None:
    """Which of `msgids` the text is, in one of `langs` (e.g. the person's and a default one)."""
    return option_words(catalog, msgids).which(text, langs)


def said_yes_no(catalog: Catalog, text: str, langs: Iterable[str]) -> bool | None:
    """True for a yes, False for a no, None for anything else, in one of `langs`."""
    found = said_option(catalog, text, YES_NO, langs)
    return None if found is None else found == YES


__all__ = ["LATER", "NO", "YES", "YES_NO", "YES_NO_LATER", "OptionWords", "lang_of", "option_words", "person_lang",
           "said_option", "said_yes_no"]
