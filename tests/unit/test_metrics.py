"""Metrics: the Prometheus text format, the closed-set label guard, and the health server."""

from __future__ import annotations

import re

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.platform.config import MetricsSettings
from bot.platform.health import HealthServerError, is_loopback, start_health_server
from bot.platform.metrics import SAFE_VALUE, Counter, Histogram, LabelValues, Metrics, Registry, UnsafeLabelError
from tests.harness.synapse import free_port

FLOWS = ["hygiene", "wellbeing", "threat"]

# One sample line of the text format: name, optional {labels}, a value.
_SAMPLE = re.compile(r'^[a-z_][a-z0-9_]*(\{([a-z_]+="[^"\\]*",?)+\})? (-?[0-9.]+(e[+-]?[0-9]+)?|NaN|\+Inf|-Inf)$')


def parse(text: str) -> dict[str, float]:
    """Every sample of a text exposition, keyed by 'name{labels}'; asserts the format."""
    samples: dict[str, float] = {}
    typed: set[str] = set()
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            typed.add(line.split()[2])
            continue
        if line.startswith("# HELP "):
            continue
        assert _SAMPLE.match(line), f"not a sample line: {line!r}"
        key, value = line.rsplit(" ", 1)
        base = key.split("{", 1)[0]
        assert any(base == t or base.startswith(t + "_") for t in typed), f"{base} has no # TYPE"
        samples[key] = float(value)
    assert text.endswith("\n")
    return samples


def test_counters_and_gauges_render_in_text_format() -> None:
    m = Metrics(FLOWS, strict=True)
    m.conversations_started.inc(flow="hygiene")
    m.conversations_started.inc(flow="hygiene")
    m.conversations_started.inc(flow="threat")
    m.escalations.inc(urgency="urgent")
    m.followups_due.set(3)
    m.followups_sent.inc()
    m.decryption_failures.inc()
    m.send_errors.inc(reason="rate_limited")
    m.messages_handled.inc(kind="text")
    s = parse(m.render())
    assert s['continuum_conversations_started_total{flow="hygiene"}'] == 2
    assert s['continuum_conversations_started_total{flow="threat"}'] == 1
    assert s['continuum_escalations_total{urgency="urgent"}'] == 1
    assert s["continuum_followups_due"] == 3
    assert s["continuum_followups_sent_total"] == 1
    assert s["continuum_decryption_failures_total"] == 1
    assert s['continuum_send_errors_total{reason="rate_limited"}'] == 1
    assert s['continuum_messages_handled_total{kind="text"}'] == 1
    assert s["continuum_metrics_label_rejected_total"] == 0
    assert "# TYPE continuum_time_to_claim_seconds histogram" in m.render()


def test_histogram_buckets_are_cumulative_with_sum_and_count() -> None:
    m = Metrics(FLOWS, strict=True)
    for seconds in (10, 45, 45, 500, 100_000):
        m.time_to_claim.observe(seconds, urgency="high")
    s = parse(m.render())
    bucket = 'continuum_time_to_claim_seconds_bucket{urgency="high",le="%s"}'
    assert s[bucket % "30"] == 1
    assert s[bucket % "60"] == 3
    assert s[bucket % "600"] == 4
    assert s[bucket % "86400"] == 4
    assert s[bucket % "+Inf"] == 5
    assert s['continuum_time_to_claim_seconds_count{urgency="high"}'] == 5
    assert s['continuum_time_to_claim_seconds_sum{urgency="high"}'] == 100_600
    bounds = [float(k.split('le="')[1].rstrip('"}')) for k in s if k.startswith("continuum_time_to_claim_seconds_b")]
    assert bounds == sorted(bounds), "buckets must be rendered in increasing order"


def test_sync_lag_counts_from_the_last_sync() -> None:
    now = [100.0]
    m = Metrics(FLOWS, clock=lambda: now[0])
    now[0] = 130.0
    assert parse(m.render())["continuum_sync_lag_seconds"] == 30, "before any sync: since start-up"
    assert not m.has_synced
    m.synced()
    assert m.has_synced
    now[0] = 135.5
    assert parse(m.render())["continuum_sync_lag_seconds"] == 5.5


def test_reloaded_flows_become_the_allowed_set() -> None:
    m = Metrics(["hygiene"], strict=True)
    with pytest.raises(UnsafeLabelError):
        m.conversations_started.inc(flow="newflow")
    m.set_flow_ids(["hygiene", "newflow"])
    m.conversations_started.inc(flow="newflow")
    assert m.conversations_started.value(flow="newflow") == 1


def test_wrong_label_names_are_refused_even_when_lenient() -> None:
    m = Metrics(FLOWS)
    with pytest.raises(UnsafeLabelError):
        m.conversations_started.inc(room="hygiene")
    with pytest.raises(UnsafeLabelError):
        m.decryption_failures.inc(user="x")


def test_the_error_never_repeats_the_rejected_value() -> None:
    m = Metrics(FLOWS, strict=True)
    with pytest.raises(UnsafeLabelError) as raised:
        m.conversations_started.inc(flow="@alice:example.org")
    assert "alice" not in str(raised.value)


def test_lenient_mode_counts_a_bad_value_as_other() -> None:
    m = Metrics(FLOWS)
    m.conversations_started.inc(flow="@alice:example.org")
    s = parse(m.render())
    assert s['continuum_conversations_started_total{flow="other"}'] == 1
    assert s["continuum_metrics_label_rejected_total"] == 1
    assert "alice" not in m.render()


def test_a_closed_set_cannot_be_built_from_ids() -> None:
    with pytest.raises(UnsafeLabelError):
        LabelValues("flow", ["hygiene", "@alice:example.org"])
    with pytest.raises(UnsafeLabelError):
        Metrics(["!room:example.org"])


def test_metric_definitions_are_checked() -> None:
    r = Registry(strict=True)
    with pytest.raises(ValueError):
        Counter(r, "continuum_things", "no _total suffix")
    with pytest.raises(ValueError):
        Histogram(r, "continuum_h", "unsorted buckets", [5, 1])
    Counter(r, "continuum_x_total", "x")
    with pytest.raises(ValueError):
        Counter(r, "continuum_x_total", "twice")


# --- the guard: nothing that looks like an id or content ever becomes a label --------------
matrix_ids = st.builds(
    lambda sigil, local, server: f"{sigil}{local}:{server}",
    st.sampled_from("@!#$+"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._=-/", min_size=1, max_size=20),
    st.from_regex(r"[a-z0-9]{1,10}\.[a-z]{2,5}(:[0-9]{2,5})?", fullmatch=True),
)
free_text = st.text(min_size=0, max_size=60)
anything = st.one_of(matrix_ids, free_text, st.from_regex(r"[a-z]{1,12}", fullmatch=True))


@settings(max_examples=300, deadline=None)
@given(value=anything)
def test_strict_mode_refuses_every_value_outside_the_closed_sets(value: str) -> None:
    m = Metrics(FLOWS, strict=True)
    recorders = [
        lambda: m.conversations_started.inc(flow=value),
        lambda: m.escalations.inc(urgency=value),
        lambda: m.time_to_claim.observe(1.0, urgency=value),
        lambda: m.send_errors.inc(reason=value),
        lambda: m.messages_handled.inc(kind=value),
    ]
    allowed = [set(FLOWS), {"normal", "high", "urgent"},
               {"normal", "high", "urgent"}, {"rate_limited", "forbidden", "server", "network", "crypto"},
               {"text", "reaction", "edit", "attachment"}]
    for record, closed in zip(recorders, allowed, strict=True):
        if value in closed:
            record()
        else:
            with pytest.raises(UnsafeLabelError):
                record()


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(matrix_ids, free_text))
def test_lenient_mode_never_lets_the_value_reach_the_output(value: str) -> None:
    m = Metrics(FLOWS)  # the running bot's mode
    m.conversations_started.inc(flow=value)
    m.escalations.inc(urgency=value)
    m.messages_handled.inc(kind=value)
    text = m.render()
    if value not in [*FLOWS, "normal", "high", "urgent", "text", "reaction", "edit", "attachment"]:
        assert f'"{value}"' not in text
        assert parse(text)["continuum_metrics_label_rejected_total"] == 3
    for line in text.splitlines():
        for label_value in re.findall(r'="([^"]*)"', line):
            assert SAFE_VALUE.match(label_value) or re.fullmatch(r"[0-9.]+|\+Inf", label_value)


@given(value=matrix_ids)
def test_no_matrix_id_is_a_safe_value(value: str) -> None:
    assert not SAFE_VALUE.match(value)


# --- the health server ---------------------------------------------------------------------
async def _get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


async def test_health_endpoints_on_a_loopback_port() -> None:
    port = free_port()
    m = Metrics(FLOWS)
    m.conversations_started.inc(flow="wellbeing")
    state = {"ready": False}
    runner = await start_health_server(MetricsSettings(port=port), m, lambda: state["ready"])
    assert runner is not None
    base = f"http://127.0.0.1:{port}"
    try:
        assert (await _get(f"{base}/healthz"))[0] == 200
        assert (await _get(f"{base}/readyz"))[0] == 503, "not ready before the first sync"
        state["ready"] = True
        assert (await _get(f"{base}/readyz"))[0] == 200
        status, ctype, body = await _get(f"{base}/metrics")
        assert status == 200
        assert ctype.startswith("text/plain") and "version=0.0.4" in ctype
        assert parse(body)['continuum_conversations_started_total{flow="wellbeing"}'] == 1
        assert (await _get(f"{base}/nothing"))[0] == 404
    finally:
        await runner.cleanup()


async def test_a_failing_readiness_probe_reads_as_not_ready() -> None:
    port = free_port()

    def broken() -> bool:
        raise RuntimeError("boom")

    runner = await start_health_server(MetricsSettings(port=port), Metrics(), broken)
    assert runner is not None
    try:
        status, _, body = await _get(f"http://127.0.0.1:{port}/readyz")
        assert status == 503 and "boom" not in body
    finally:
        await runner.cleanup()


async def test_off_without_a_port() -> None:
    assert await start_health_server(MetricsSettings(), Metrics(), lambda: True) is None


async def test_a_non_loopback_host_is_refused_unless_allowed() -> None:
    with pytest.raises(HealthServerError, match=r"metrics\.host"):
        await start_health_server(MetricsSettings(host="0.0.0.0", port=free_port()), Metrics(), lambda: True)
    port = free_port()
    runner = await start_health_server(
        MetricsSettings(host="0.0.0.0", port=port), Metrics(), lambda: True, allow_non_loopback=True
    )
    assert runner is not None
    try:
        assert (await _get(f"http://127.0.0.1:{port}/healthz"))[0] == 200
    finally:
        await runner.cleanup()


async def test_a_port_in_use_is_a_clear_error() -> None:
    port = free_port()
    first = await start_health_server(MetricsSettings(port=port), Metrics(), lambda: True)
    assert first is not None
    try:
        with pytest.raises(HealthServerError, match="cannot listen"):
            await start_health_server(MetricsSettings(port=port), Metrics(), lambda: True)
    finally:
        await first.cleanup()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("::", False), ("10.0.0.5", False), ("metrics.example.org", False)],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
