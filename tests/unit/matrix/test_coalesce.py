"""`bot.matrix.coalesce`: the texts of one step go out as one event, in every language, with the
plain and the HTML body both right — checked on what the real flows say when the hygiene check
starts (its introduction, then its first question with the options)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.care.render import Rendered, Renderer
from bot.engine.effects import Ask, Say
from bot.engine.engine import start
from bot.engine.state import Context
from bot.matrix.coalesce import MAX_JOINED_CHARS, groups, joined_content
from bot.platform.sealing import SecretBox, generate_key
from bot.store import OutboxItem, Store

ROOT = Path(__file__).resolve().parents[3]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
LANGS = sorted(p.name for p in (ROOT / "locales").iterdir() if p.is_dir())
ROOM, MENTORS = "!dm:example.org", "!mentors:example.org"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    try:
        yield s
    finally:
        await s.close()


def step_texts(lang: str) -> list[Rendered]:
    """What the conversations render for the first step of the hygiene check, in `lang`."""
    render = Renderer(LIB.catalog)
    _, effects = start(LIB, "hygiene", datetime(2026, 1, 5, tzinfo=UTC), Context(lang=lang))
    out = []
    for effect in effects:
        if isinstance(effect, Say):
            out.append(render.with_items(lang, render.text(lang, effect.msgid, effect.args), effect.items,
                                         effect.args))
        elif isinstance(effect, Ask):
            out.append(render.ask(lang, effect))
    return out


async def queued(
    store: Store, room_id: str, contents: list[dict[str, object]], tag_last: bool = True
) -> list[OutboxItem]:
    async with store.write() as uow:
        for n, content in enumerate(contents):
            await uow.send(room_id, content, tag="ask|hygiene/devices" if tag_last and n == len(contents) - 1 else None)
    async with store.read() as r:
        return await r.edge.unsent(room_id)


def test_every_language_is_checked() -> None:
    assert len(LANGS) == 8 and "ar" in LANGS and "fa" in LANGS


@pytest.mark.parametrize("lang", LANGS)
async def test_the_texts_of_one_step_are_one_event_with_both_bodies_right(store: Store, lang: str) -> None:
    texts = step_texts(lang)
    assert len(texts) >= 2, "the step has a preface and a question"
    items = await queued(store, ROOM, [t.content() for t in texts])
    (group,) = groups(items)
    content = joined_content(group)
    assert content["msgtype"] == "m.text"
    assert content["body"] == "\n\n".join(t.plain for t in texts)
    assert content["format"] == "org.matrix.custom.html"
    assert content["formatted_body"] == "".join(t.html for t in texts)
    assert "<ol>" in content["formatted_body"], "the question's options are in the HTML body"
    question = texts[-1].plain.splitlines()
    assert content["body"].endswith("\n".join(question)), "the question comes last, with its numbered options"
    if LIB.catalog.is_rtl(lang):
        assert all(line.startswith("\u200f") for line in content["body"].splitlines() if line), \
            "every line of a right-to-left body keeps its direction mark"


async def test_what_cannot_share_an_event_goes_alone(store: Store) -> None:
    reaction = {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q", "key": "1️⃣"}}
    reply = {"msgtype": "m.text", "body": "re", "m.relates_to": {"m.in_reply_to": {"event_id": "$x"}}}
    notice = {"msgtype": "m.notice", "body": "a notice"}
    async with store.write() as uow:
        await uow.send(ROOM, {"msgtype": "m.text", "body": "a"})
        await uow.send(ROOM, {"msgtype": "m.text", "body": "question"}, tag="ask|f/s")
        await uow.send(ROOM, {"msgtype": "m.text", "body": "after a tagged one"})
        await uow.send(ROOM, reaction, event_type="m.reaction")
        await uow.send(ROOM, reply)
        await uow.send(ROOM, notice)
        await uow.send(ROOM, {"msgtype": "m.text", "body": "later"}, delay_s=60)
    async with store.write() as uow:
        await uow.send(ROOM, {"msgtype": "m.text", "body": "another turn"})
    async with store.read() as r:
        items = await r.edge.unsent(ROOM)
    bodies = [[str(i.content.get("body", "·")) for i in g] for g in groups(items)]
    assert bodies == [["a", "question"], ["after a tagged one"], ["·"], ["re"], ["a notice"], ["later"],
                      ["another turn"]]
    assert joined_content([items[0]]) is items[0].content


async def test_the_mentor_room_never_joins_and_a_huge_turn_is_cut(store: Store) -> None:
    items = await queued(store, MENTORS, [{"msgtype": "m.text", "body": b} for b in ("card", "note")], tag_last=False)
    assert len(groups(items, never={MENTORS})) == 2
    long = "x" * (MAX_JOINED_CHARS // 2 + 1)
    items = await queued(store, ROOM, [{"msgtype": "m.text", "body": long}] * 3, tag_last=False)
    assert [len(g) for g in groups(items)] == [1, 1, 1]


def test_a_text_without_html_is_escaped_into_a_paragraph() -> None:
    items = [OutboxItem(id=n, room_id=ROOM, txn_id=f"t{n}", event_type="m.room.message", content=c,
                        not_before=1.0, attempts=0, created_at=1.0)
             for n, c in enumerate([{"msgtype": "m.text", "body": "a <b>\nline"},
                                    {"msgtype": "m.text", "body": "x", "format": "org.matrix.custom.html",
                                     "formatted_body": "<p><em>x</em></p>"}])]
    content = joined_content(items)
    assert content["body"] == "a <b>\nline\n\nx"
    assert content["formatted_body"] == "<p>a &lt;b&gt;<br>line</p><p><em>x</em></p>"
