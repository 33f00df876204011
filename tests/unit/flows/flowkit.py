"""Helpers for the flow tests: build libraries from YAML and Fluent texts held in the test."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.authoring.check import SourcedFlow
from bot.authoring.loader import parse_flow_text
from bot.authoring.problems import Problem
from bot.engine.catalog import Catalog
from bot.engine.effects import Ask, Effect
from bot.engine.engine import start, step
from bot.engine.inputs import Input, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.state import Context, State

REPO = Path(__file__).resolve().parents[3]
COMMON_EN = (REPO / "locales" / "en" / "common.ftl").read_text(encoding="utf-8")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def later(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def parse_flow(text: str, flow_id: str | None = None) -> SourcedFlow:
    problems: list[Problem] = []
    body = textwrap.dedent(text)
    expected = flow_id or _id_of(body)
    source = parse_flow_text(body, f"flows/{expected}.yaml", expected, problems)
    assert source is not None, "\n".join(map(str, problems))
    return source


def _id_of(body: str) -> str:
    for line in body.splitlines():
        if line.startswith("id:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("the test flow has no id")


def catalog(messages: Mapping[str, Mapping[str, str]] | None = None, with_common: bool = True) -> Catalog:
    texts: dict[str, dict[str, str]] = {}
    if with_common:
        texts["en"] = {"common": COMMON_EN}
    for lang, files in (messages or {}).items():
        for name, text in files.items():
            texts.setdefault(lang, {})[name] = textwrap.dedent(text)
    return Catalog.from_texts(texts)


def build(*flow_texts: str, messages: Mapping[str, Mapping[str, str]] | None = None) -> FlowLibrary:
    """A library from flow YAML texts and {lang: {file stem: ftl}} (English common.ftl included)."""
    return FlowLibrary.build([parse_flow(text).flow for text in flow_texts], catalog(messages))


def play(
    lib: FlowLibrary, flow_id: str, *inputs: str | Input, ctx: Context | None = None
) -> tuple[State, list[Effect]]:
    """Starts a flow and gives it these inputs (plain strings are text); all effects in order."""
    state, effects = start(lib, flow_id, T0, ctx)
    collected = list(effects)
    for minute, given in enumerate(inputs, 1):
        state, effects = step(lib, state, TextInput(given) if isinstance(given, str) else given, later(minute))
        collected.extend(effects)
    return state, collected


def asked(effects: list[Effect]) -> list[str]:
    """The steps asked, in order."""
    return [e.step for e in effects if isinstance(e, Ask)]


def names(effects: list[Effect]) -> list[str]:
    return [type(e).__name__ for e in effects]
