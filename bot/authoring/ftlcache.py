"""Parsed .ftl files kept between starts, so a start does not parse every language again.

Fluent's parser is pure Python and reads character by character: the eight languages' files take
most of two CPU seconds to parse, at every start, although they rarely change. A cache entry is
keyed by everything the parse depends on (this format's version, fluent.syntax's version, the
source of bot/engine/catalog.py that defines the parsed form, the language, file name, path and
the exact text), so an edited file is simply parsed again; entries
for files that are gone are dropped when the cache is written back.

Entries keep what the check needs (message ids, lines, variables, references, junk) and the
message trees without their source spans (the lines were taken from them already; the renderer
never needs them), which makes loading them several times cheaper than parsing.

The bytes are a pickle: `from_bytes` must only ever be given bytes this process's owner wrote and
authenticated — the bot seals them with its data key (bot/app.py) and drops them when they do not
open. Anything wrong with them means "no cache", never an error.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from fluent.syntax import ast as ftl

from bot.engine import catalog
from bot.engine.catalog import FtlFile

log = logging.getLogger(__name__)

FORMAT = b"continuum-ftl-cache/1"


def _fluent_version() -> str:
    try:
        return version("fluent.syntax")
    except PackageNotFoundError:
        return "?"


def _code_version() -> str:
    """A new release that changes the parsed form never reads an older release's entries."""
    try:
        return hashlib.sha256(Path(catalog.__file__).read_bytes()).hexdigest()
    except OSError:
        return "?"


def _strip_spans(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _strip_spans(item)
    elif isinstance(node, ftl.BaseNode):
        for key, value in vars(node).items():
            if key == "span":
                node.span = None  # type: ignore[attr-defined]
            else:
                _strip_spans(value)


class FtlCache:
    """What `read_locales` looks up before parsing a file, and what it adds after."""

    def __init__(self, entries: dict[str, FtlFile] | None = None) -> None:
        self._entries = dict(entries or {})
        self._used: dict[str, FtlFile] = {}
        self._fluent = _fluent_version() + "/" + _code_version()
        self.hits = 0
        self.misses = 0

    def key(self, lang: str, name: str, path: str, text: str) -> str:
        digest = hashlib.sha256(FORMAT)
        for part in (self._fluent, lang, name, path, text):
            digest.update(len(part.encode()).to_bytes(8, "big"))
            digest.update(part.encode())
        return digest.hexdigest()

    def get(self, key: str) -> FtlFile | None:
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        self._used[key] = found
        return found

    def put(self, key: str, parsed: FtlFile) -> None:
        _strip_spans(parsed.resource)
        self._used[key] = parsed

    @property
    def changed(self) -> bool:
        """Whether the files read differ from what the cache held (write it back then)."""
        return self.misses > 0 or set(self._used) != set(self._entries)

    def to_bytes(self) -> bytes:
        """The entries of the files read this time (others are dropped)."""
        return pickle.dumps((FORMAT, self._used), protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, raw: bytes | None) -> FtlCache:
        """The cache in `raw` (authenticated bytes only), or an empty one if they are unusable."""
        if not raw:
            return cls()
        try:
            fmt, entries = pickle.loads(raw)  # noqa: S301 (sealed by the bot with its data key)
            if fmt != FORMAT or not isinstance(entries, dict):
                return cls()
            if not all(isinstance(k, str) and isinstance(v, FtlFile) for k, v in entries.items()):
                return cls()
            return cls(entries)
        except Exception as e:  # an older format, a damaged file: parse as if there were none
            log.info("the parsed-messages cache was not usable (%s); parsing the .ftl files", type(e).__name__)
            return cls()


__all__ = ["FtlCache"]
