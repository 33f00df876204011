"""The parsed-messages cache: a start with it loads the same library as one without, an edited
file is parsed again, and a cache that is not this data key's or is damaged is ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import CACHE_FILE, load_flows
from bot.authoring.ftlcache import FtlCache
from bot.authoring.loader import load_library
from bot.platform.config import Settings
from bot.platform.sealing import SecretBox, generate_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "flows", tmp_path / "flows")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    (tmp_path / "data").mkdir()
    return tmp_path


def settings(tree: Path) -> Settings:
    return Settings(homeserver="https://example.org", user_id="@bot:example.org", password="x",
                    flows_dir=tree / "flows", locales_dir=tree / "locales")


def test_a_cached_load_gives_the_same_library_and_problems(tree: Path) -> None:
    cache = FtlCache()
    fresh = load_library(tree / "flows", tree / "locales", cache=cache)
    assert cache.hits == 0 and cache.misses > 0 and cache.changed
    again = FtlCache.from_bytes(cache.to_bytes())
    cached = load_library(tree / "flows", tree / "locales", cache=again)
    assert again.misses == 0 and again.hits == cache.misses and not again.changed
    assert cached.problems == fresh.problems
    assert fresh.library is not None and cached.library is not None
    for lang in ("en", "fa", "ru"):
        for msgid in ("wellbeing-intro", "mentor-person-on-the-way"):
            assert cached.library.catalog.render(lang, msgid, {}) == fresh.library.catalog.render(lang, msgid, {})


def test_an_edited_file_is_parsed_again(tree: Path) -> None:
    box = SecretBox(generate_key())
    load_flows(settings(tree), box, tree / "data")
    common = tree / "locales" / "en" / "common.ftl"
    common.write_text(common.read_text(encoding="utf-8") + "\ncache-probe = changed words\n", encoding="utf-8")
    library = load_flows(settings(tree), box, tree / "data")
    assert library.catalog.render("en", "cache-probe", {}) == "changed words"


def test_a_cache_of_another_key_or_damaged_is_ignored(tree: Path) -> None:
    load_flows(settings(tree), SecretBox(generate_key()), tree / "data")
    cache_file = tree / "data" / CACHE_FILE
    assert cache_file.stat().st_mode & 0o077 == 0
    other = SecretBox(generate_key())
    library = load_flows(settings(tree), other, tree / "data")  # not this key's: parsed, then rewritten
    assert library.catalog.render("en", "wellbeing-intro", {})
    cache_file.write_bytes(b"not a sealed value")
    assert load_flows(settings(tree), other, tree / "data").catalog.render("en", "wellbeing-intro", {})
    assert FtlCache.from_bytes(b"\x80\x05garbage").hits == 0
