"""The garbage collector at start-up: held off from the launch, back on (with what the start
made frozen) before the bot syncs, and never left off by a short command."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import launch
from bot.cli import build_parser, main
from bot.platform import collector


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_release_switches_the_collector_back_on_with_what_exists_frozen() -> None:
    collector.hold()
    kept = [[n] for n in range(1000)]  # long-lived, tracked objects made during the "start"
    assert not gc.isenabled()
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)


def test_release_without_a_hold_changes_nothing() -> None:
    before = gc.get_freeze_count()
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() == before  # a process that never held (tests, tools) keeps its collector as is


def test_a_short_command_switches_the_collector_back_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    collector.hold()
    main(["flows", "check", "--flows", str(tmp_path / "none"), "--locales", str(tmp_path / "none")])
    assert gc.isenabled()


def test_only_the_bot_itself_keeps_the_hold_until_it_is_about_to_sync() -> None:
    parser = build_parser()
    assert parser.parse_args(["run"]).holds_collector is True
    assert not getattr(parser.parse_args(["flows", "check"]), "holds_collector", False)


def test_the_launcher_holds_the_collector_before_the_command_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr("bot.cli.main", lambda: seen.append(gc.isenabled()) or 0)
    assert launch.main() == 0
    assert seen == [False]
