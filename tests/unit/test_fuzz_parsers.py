"""Property tests of every parser that reads untrusted input.

Events come from anyone on the federation; files from people's phones; flows and locales from
admins' editors; settings from files and the environment; flow states from our own database,
which may be damaged. None of these parsers may raise on strange input: each returns a value
of its documented shape, a list of problems, or its own error type.
"""

from __future__ import annotations

import io
import json
import os
import struct
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from bot.authoring.loader import load_catalog, parse_flow_text
from bot.authoring.problems import Problem
from bot.care.followups.timing import MAX_DURATION, parse_duration
from bot.care.render import KEYCAPS, reaction_index
from bot.engine.catalog import parse_ftl
from bot.engine.state import State, StateError
from bot.matrix.inbound import MAX_BODY, parse_file_info, parse_message_content, parse_reaction_content
from bot.platform.config import ConfigError, settings_from_values
from bot.platform.media import clean_attachment

ROOT = Path(__file__).resolve().parents[2]
FLOW_FILES = sorted((ROOT / "flows").glob("*.yaml"))
FTL_FILES = sorted((ROOT / "locales").glob("*/*.ftl"))
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies ---------------------------------------------------------------------------

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=20,
)
# Contents shaped like events, with every field free to be anything: reaches the deep branches.
_KEYS = ["msgtype", "body", "m.relates_to", "m.new_content", "info", "filename", "url", "file", "format",
         "formatted_body", "rel_type", "event_id", "key", "mimetype", "size"]
_VALUES = st.one_of(
    json_values,
    st.sampled_from(["m.text", "m.notice", "m.emote", "m.image", "m.file", "m.replace", "m.thread", "m.annotation",
                     "$event:example.org", "✅", "1️⃣"]),
)
event_like = st.recursive(
    st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=6),
    lambda inner: st.dictionaries(st.sampled_from(_KEYS), st.one_of(_VALUES, inner), max_size=6),
    max_leaves=25,
)
contents = st.one_of(json_values, event_like)


def mutations(data: bytes) -> st.SearchStrategy[bytes]:
    """`data` truncated, with bytes flipped, inserted or deleted."""

    def mutate(ops: list[tuple[int, int, int]]) -> bytes:
        out = bytearray(data)
        for kind, pos, value in ops:
            if not out:
                break
            i = pos % len(out)
            if kind == 0:
                out[i] = value
            elif kind == 1:
                out.insert(i, value)
            elif kind == 2:
                del out[i]
            else:
                del out[i:]
        return bytes(out)

    op = st.tuples(st.integers(0, 3), st.integers(0, 10_000), st.integers(0, 255))
    return st.lists(op, min_size=1, max_size=6).map(mutate)


def text_mutations(text: str) -> st.SearchStrategy[str]:
    """`text` with lines dropped, duplicated or cut, and odd characters spliced in."""
    lines = text.splitlines(keepends=True)

    def mutate(ops: list[tuple[int, int, str]]) -> str:
        out = list(lines)
        for kind, pos, value in ops:
            if not out:
                break
            i = pos % len(out)
            if kind == 0:
                del out[i]
            elif kind == 1:
                out.insert(i, out[i])
            elif kind == 2:
                out[i] = out[i][: len(out[i]) // 2] + value
            else:
                out[i] = value + out[i]
        return "".join(out)

    odd = st.sampled_from(["", "\t", "  ", ":", "- ", "{", "}", "{ $", "[", "*[", "&a", "*a", "!!python/object", "\x00",
                           "\ufeff", "#", "-->", ".attr =", "= ", "\u202e", "'", '"', "|", ">", "%"])
    op = st.tuples(st.integers(0, 3), st.integers(0, 10_000), st.one_of(odd, st.text(max_size=8)))
    return st.lists(op, min_size=1, max_size=5).map(mutate)


# --- Matrix event contents ----------------------------------------------------------------


@FUZZ
@given(contents)
@example({"msgtype": "m.text", "body": "x" * (MAX_BODY + 5)})
@example({"m.relates_to": {"rel_type": "m.replace", "event_id": "$e"}, "m.new_content": {"body": 3}})
def test_message_contents_never_raise(content: Any) -> None:
    parsed = parse_message_content(content)
    if parsed is not None:
        kind, body, relates_to, thread_root = parsed
        assert kind in ("text", "edit")
        assert isinstance(body, str) and len(body) <= MAX_BODY
        assert relates_to is None or isinstance(relates_to, str)
        assert thread_root is None or isinstance(thread_root, str)


@FUZZ
@given(contents)
@example({"m.relates_to": {"rel_type": "m.annotation", "event_id": "$e", "key": "k" * 65}})
def test_reaction_contents_never_raise(content: Any) -> None:
    parsed = parse_reaction_content(content)
    if parsed is not None:
        target, key = parsed
        assert isinstance(target, str) and isinstance(key, str) and 0 < len(key) <= 64


@FUZZ
@given(contents)
@example({"msgtype": "m.file", "info": {"size": True, "mimetype": 7}, "filename": ["x"]})
@example({"msgtype": "m.image", "info": {"size": -1}, "body": "a" * 1000})
def test_file_info_never_raises(content: Any) -> None:
    parsed = parse_file_info(content)
    if parsed is not None:
        kind, name, mimetype, declared = parsed
        assert kind in ("image", "file")
        assert isinstance(name, str) and 0 < len(name) <= 255
        assert isinstance(mimetype, str) and 0 < len(mimetype) <= 128
        assert declared is None or (type(declared) is int and declared >= 0)


@FUZZ
@given(st.text(max_size=20), st.text(max_size=10))
@example("1\u20e3", "choice")  # a keycap without its variation selector
@example(" ✅ ", "yesno")
def test_reaction_index_is_an_offered_option_or_none(key: str, kind: str) -> None:
    index = reaction_index(key, kind)
    assert index is None or 1 <= index <= len(KEYCAPS)


# --- images from people's phones ----------------------------------------------------------


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def sample_jpeg() -> bytes:
    """A structurally complete JPEG with EXIF (GPS-like text), XMP and a comment."""
    return (
        b"\xff\xd8"
        + _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _segment(0xE1, b"Exif\x00\x00GPS 52.52N 13.40E serial=SN-12345")
        + _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>author</x:xmpmeta>")
        + _segment(0xFE, b"taken by someone")
        + _segment(0xDB, bytes(65))
        + _segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00")
        + _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + b"\x12\x34\x56\x78\xff\x00\x9a"
        + b"\xff\xd9"
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


PNG_SIG = b"\x89PNG\r\n\x1a\n"


def sample_png() -> bytes:
    """A 1×1 PNG with text chunks (author, GPS) and a time stamp."""
    return (
        PNG_SIG
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + _chunk(b"tEXt", b"Author\x00someone at risk")
        + _chunk(b"iTXt", b"GPS\x00\x00\x00\x00\x0052.52N")
        + _chunk(b"tIME", b"\x07\xea\x05\x04\x0a\x00\x00")
        + _chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + _chunk(b"IEND", b"")
    )


def _kept_or_clean(data: bytes) -> None:
    """What `clean_attachment` promises for ANY input: it never raises; a file it did not clean
    is kept byte for byte (and flagged); a file it cleaned opens and carries no metadata."""
    out = clean_attachment(data)
    assert isinstance(out.data, bytes)
    if not out.cleaned:
        assert out.data == data
        return
    for marker in (b"Exif\x00\x00", b"xmpmeta", b"someone", b"52.52N", b"SN-12345"):
        assert marker not in out.data
    with Image.open(io.BytesIO(out.data)) as img:
        assert not set(img.info) & {"exif", "xmp", "comment", "Author", "icc_profile"}


def test_sample_images_lose_their_metadata() -> None:
    png = clean_attachment(sample_png())  # a real 1x1 picture: decoded, only its pixel kept
    assert png.cleaned and b"someone" not in png.data and b"52.52N" not in png.data and b"tIME" not in png.data
    jpeg = clean_attachment(sample_jpeg())  # its one pixel decodes: re-encoded, nothing else kept
    assert jpeg.cleaned and b"SN-12345" not in jpeg.data and b"taken by" not in jpeg.data
    assert b"xmpmeta" not in jpeg.data and b"Exif" not in jpeg.data


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise_and_are_kept_untouched_unless_cleaned(data: bytes) -> None:
    _kept_or_clean(data)


@FUZZ
@given(st.one_of(mutations(sample_jpeg()), mutations(sample_png())))
def test_damaged_images_never_raise_and_are_kept_untouched_unless_cleaned(data: bytes) -> None:
    _kept_or_clean(data)


@FUZZ
@given(st.binary(max_size=300))
def test_anything_after_a_valid_image_is_cleaned_away_or_the_file_is_untouched(tail: bytes) -> None:
    for image in (sample_jpeg(), sample_png()):
        _kept_or_clean(image + tail)


# --- flows and locales from admins ----------------------------------------------------------


def _problems_ok(problems: list[Problem]) -> None:
    assert all(isinstance(p, Problem) and p.line >= 0 and p.message for p in problems)


@FUZZ
@given(st.text(max_size=400))
@example("id: x\nsteps: &a [*a]")
@example("!!python/object/apply:os.system ['true']")
@example("a: " + "[" * 200)
def test_any_text_as_a_flow_returns_problems_not_exceptions(text: str) -> None:
    problems: list[Problem] = []
    result = parse_flow_text(text, "fuzz.yaml", "fuzz", problems)
    _problems_ok(problems)
    assert result is not None or problems


@FUZZ
@given(st.data())
def test_damaged_real_flows_return_problems_not_exceptions(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(FLOW_FILES))
    text = data.draw(text_mutations(path.read_text(encoding="utf-8")))
    problems: list[Problem] = []
    result = parse_flow_text(text, str(path), path.stem, problems)
    _problems_ok(problems)
    assert result is not None or problems


@FUZZ
@given(st.text(max_size=400))
@example("x = { $a ->\n  [one] a\n}\n")
@example("-term = { -term }\nmsg = { -term }\n")
def test_any_text_as_fluent_never_raises(text: str) -> None:
    parsed = parse_ftl("en", "fuzz", "fuzz.ftl", text)
    assert all(j.line >= 1 for j in parsed.junk)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_real_locales_load_with_problems_not_exceptions(data: st.DataObject, tmp_path_factory: Any) -> None:
    path = data.draw(st.sampled_from(FTL_FILES))
    text = data.draw(text_mutations(path.read_text(encoding="utf-8")))
    root = tmp_path_factory.mktemp("locales")
    (root / path.parent.name).mkdir()
    (root / path.parent.name / path.name).write_text(text, encoding="utf-8")
    catalog, problems = load_catalog(root)
    _problems_ok(problems)
    for lang in catalog.languages:
        for msgid in list(catalog.ids(lang))[:20]:
            assert isinstance(catalog.render(lang, msgid, {"count": 1, "number": 2}), str)
        assert catalog.keyword_of(lang, text[:30]) is None or isinstance(catalog.keyword_of(lang, text[:30]), str)


# --- settings ------------------------------------------------------------------------------
# tests/unit/test_config.py fuzzes whole value sets and whole files; these reach the settings
# this part of the bot adds meaning to (retention, panic word, allow-lists) from the environment.


@FUZZ
@given(st.dictionaries(
    st.sampled_from(["CONTINUUM_RETENTION__ANSWERS_DAYS", "CONTINUUM_RETENTION__ATTACHMENTS_DAYS",
                     "CONTINUUM_PANIC_KEYWORD", "CONTINUUM_ALLOWED_SERVERS", "CONTINUUM_ALLOWED_USERS",
                     "CONTINUUM_FLOOD_MESSAGES_PER_MINUTE", "CONTINUUM_DEBUG", "CONTINUUM_RETENTION"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30),
    max_size=4,
))
def test_any_environment_either_loads_or_names_the_setting(env: dict[str, str]) -> None:
    saved = {k: v for k, v in os.environ.items() if k.startswith("CONTINUUM_")}
    for k in saved:
        del os.environ[k]
    os.environ.update(env)
    try:
        loaded = settings_from_values({"homeserver": "https://hs.example.org", "user_id": "@bot:example.org",
                                       "password": "x"})
        assert loaded.retention.answers_days >= 0 and loaded.flood_messages_per_minute >= 1
    except ConfigError as e:
        assert e.problems and all(isinstance(p, str) and p for p in e.problems)
    finally:
        for k in env:
            os.environ.pop(k, None)
        os.environ.update(saved)


# --- what the database gives back -------------------------------------------------------------


def _valid_state_json() -> str:
    return json.dumps({
        "schema": 1, "flow": "threat", "version": 1, "step": "details",
        "ctx": {"lang": "fa", "timezone": "Asia/Tehran", "country": "IR", "profile": {"privacy_consent": True}},
        "vars": {"kind": "detention", "help": ["legal", "digital"], "score": 3},
        "started_at": "2026-05-04T10:00:00+00:00", "updated_at": "2026-05-04T10:05:00+00:00",
        "stack": [{"flow": "menu", "version": 1, "step": "go"}], "failures": 0,
        "history": [{"flow": "threat", "version": 1, "step": "danger", "stack": []}],
        "done": [], "ended": False,
    })


def test_the_sample_state_is_valid() -> None:
    assert State.from_json(_valid_state_json()).flow == "threat"


@FUZZ
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200), json_values.map(json.dumps),
                 text_mutations(_valid_state_json().replace(",", ",\n"))))
@example('{"schema": 99}')
@example("[" * 5000)
def test_state_from_any_text_raises_only_state_error(raw: str | bytes) -> None:
    try:
        state = State.from_json(raw)
    except StateError:
        return
    assert isinstance(state, State)


@FUZZ
@given(st.dictionaries(st.sampled_from(["schema", "flow", "version", "step", "ctx", "vars", "started_at",
                                        "updated_at", "stack", "failures", "history", "done", "ended"]),
                       json_values, max_size=13))
def test_state_from_any_json_object_raises_only_state_error(data: dict[str, Any]) -> None:
    base = json.loads(_valid_state_json())
    base.update(data)
    try:
        State.from_json(json.dumps(base))
    except StateError:
        pass


@FUZZ
@given(st.text(max_size=40))
@example("۳d")
@example("9999999999999999999999w")
@example("in ")
def test_parse_duration_is_positive_and_bounded_or_none(text: str) -> None:
    result = parse_duration(text)
    assert result is None or timedelta(0) < result <= MAX_DURATION
