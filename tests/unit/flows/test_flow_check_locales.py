"""`flows check` over every locale file — the bot's own texts (bot.ftl, mentors.ftl, common.ftl)
as well as the flows' — on a copy of the shipped tree broken on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flowkit import REPO

from bot.authoring.loader import LoadResult, load_library
from bot.authoring.problems import Problem


@pytest.fixture
def locales(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(REPO / "locales", target)
    return target


def load(locales: Path) -> LoadResult:
    return load_library(REPO / "flows", locales, strict=False)


def drop_line(path: Path, prefix: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(prefix)]
    assert len(kept) == len(lines) - 1, f"{prefix!r} is not one line of {path}"
    path.write_text("".join(kept), encoding="utf-8")


def about(result: LoadResult, file: Path, fragment: str) -> list[Problem]:
    return [p for p in result.problems if p.file == str(file) and fragment in p.message]


def test_the_shipped_tree_has_no_missing_or_extra_message(locales: Path) -> None:
    result = load(locales)
    assert result.errors == []
    assert [p for p in result.problems if "missing" in p.message or "not in `en`" in p.message] == []


def test_a_message_missing_from_a_translated_bot_file_is_named_with_file_and_id(locales: Path) -> None:
    drop_line(locales / "ar" / "bot.ftl", "bot-help =")
    drop_line(locales / "fa" / "mentors.ftl", "mentor-person-thanks =")
    drop_line(locales / "ru" / "common.ftl", "keyword-mydata =")
    result = load(locales)
    for lang, name, msgid in (("ar", "bot", "bot-help"), ("fa", "mentors", "mentor-person-thanks"),
                              ("ru", "common", "keyword-mydata")):  # fmt: skip
        found = about(result, locales / lang / f"{name}.ftl", f"missing in `{lang}`")
        assert len(found) == 1, "\n".join(map(str, result.problems))
        assert found[0].severity == "warning" and found[0].message.endswith(f"(English is shown): {msgid}")
        assert f"{lang}/{name}.ftl" in str(found[0])
    assert result.errors == []  # as for the flows' messages: a warning, English is shown


def test_every_missing_id_is_listed_not_only_the_first_few(locales: Path) -> None:
    english = (locales / "en" / "mentors.ftl").read_text(encoding="utf-8")
    ids = [line.split(" =")[0] for line in english.splitlines() if line.startswith("mentor-card-")]
    assert len(ids) > 6
    for msgid in ids:
        drop_line(locales / "es" / "mentors.ftl", f"{msgid} =")
    (found,) = about(load(locales), locales / "es" / "mentors.ftl", "missing in `es`")
    assert found.message.startswith(f"{len(ids)} message(s)") and all(msgid in found.message for msgid in ids)


def test_a_missing_file_is_said_once(locales: Path) -> None:
    (locales / "prs" / "mentors.ftl").unlink()
    (found,) = about(load(locales), locales / "prs" / "mentors.ftl", "the file is missing")
    assert "shown in English" in found.message and "en/mentors.ftl" in found.hint


def test_an_extra_id_in_a_bot_file_is_named_with_file_and_line(locales: Path) -> None:
    path = locales / "ar" / "bot.ftl"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "bot-helpp = نص قديم\n", encoding="utf-8")
    (extra,) = about(load(locales), path, "`bot-helpp` is not in `en`")
    assert extra.severity == "warning" and extra.line == len(text.splitlines()) + 1


def test_a_message_in_another_file_than_in_english_is_named(locales: Path) -> None:
    drop_line(locales / "fa" / "bot.ftl", "bot-help =")
    help_line = next(
        line for line in (REPO / "locales" / "fa" / "bot.ftl").read_text(encoding="utf-8").splitlines()
        if line.startswith("bot-help =")
    )
    path = locales / "fa" / "mentors.ftl"
    path.write_text(path.read_text(encoding="utf-8") + help_line + "\n", encoding="utf-8")
    result = load(locales)
    (moved,) = about(result, path, "`bot-help` is in bot.ftl in `en`, not in mentors.ftl")
    assert moved.severity == "warning" and "fa/bot.ftl" in moved.hint
    assert about(result, locales / "fa" / "bot.ftl", "missing") == []  # the bot still finds it


def test_unreviewed_files_are_one_line_per_language(locales: Path) -> None:
    result = load(locales)
    lines = [p for p in result.problems if "not yet reviewed" in p.message]
    langs = sorted(d.name for d in locales.iterdir() if d.name != "en")
    assert [p.file for p in lines] == [str(locales / lang) for lang in langs]
    fa = next(p for p in lines if p.file == str(locales / "fa"))
    names = sorted(p.name for p in (locales / "fa").glob("*.ftl"))
    assert fa.line == 0 and fa.message.endswith(f"all {len(names)} files: " + ", ".join(names))
    assert "flows review --lang fa" in fa.hint


def test_a_partly_reviewed_language_lists_only_what_is_left(locales: Path) -> None:
    for name in ("bot", "common"):
        path = locales / "fr" / f"{name}.ftl"
        path.write_text(path.read_text(encoding="utf-8").replace("### reviewed: no", "### reviewed: yes", 1))
    (fr,) = [p for p in load(locales).problems if "reviewed by a native speaker (fr)" in p.message]
    names = sorted(path.name for path in (locales / "fr").glob("*.ftl"))
    left = [name for name in names if name not in ("bot.ftl", "common.ftl")]
    assert f"{len(left)} of {len(names)} files: {left[0]}, {left[1]}," in fr.message
    assert "bot.ftl" not in fr.message and "common.ftl" not in fr.message
