"""Prometheus metrics with no dependency and no personal data.

A metric series is a row an operator (or whoever reads the monitoring system) can see for
months, far from the encrypted chats. So no label may ever carry a user id, a room id, an event
id or a word somebody wrote. The rule is enforced, not hoped for: every label draws its values
from a *closed set* known in advance (the flow ids of the loaded library, the urgency levels,
the kinds of message, the reasons a send fails), and each value must also look like a plain
lower-case word. Anything else is refused:

- in strict mode (`Metrics(..., strict=True)`, for tests) with `UnsafeLabelError`, so a careless
  call site fails its test;
- otherwise (the default, for the running bot) it is counted under the label value ``other`` and
  in `continuum_metrics_label_rejected_total`, so a metrics mistake never stops the bot from
  answering a person; the offending value is dropped, never stored or logged.

A wrong label *name* is a plain programming error and raises in both modes.

There is deliberately no global registry: `Metrics` is created once by the app and passed to
whoever records, which keeps tests independent of each other.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import get_args

from bot.care.inbound import Kind
from bot.engine.effects import Urgency

# Lower-case words joined by '_' or '-' (the flow id pattern): no '@', ':', '!', '#', '$', '.', '='
# or spaces, so a Matrix id (@a:b, !r:b, $e) or a sentence cannot pass even if a closed set were
# built from bad input.
SAFE_VALUE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_METRIC_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
OTHER = "other"

URGENCIES: tuple[str, ...] = get_args(Urgency)
MESSAGE_KINDS: tuple[str, ...] = get_args(Kind)
SEND_ERRORS: tuple[str, ...] = ("rate_limited", "forbidden", "server", "network", "crypto")

# Seconds from escalation to a mentor claiming the case: 30 s … 1 day. Fixed, so dashboards and
# alerts keep meaning the same thing across releases.
CLAIM_BUCKETS: tuple[float, ...] = (30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200, 86400)


class UnsafeLabelError(ValueError):
    """A label value is outside its closed set. The message never repeats the value itself,
    which may be exactly the identifier we are keeping out of the metrics."""


class LabelValues:
    """The closed set of values one label may take. Replaceable, for a reloaded flow library."""

    def __init__(self, name: str, values: Iterable[str]) -> None:
        self.name = name
        self._values: frozenset[str] = frozenset()
        self.replace(values)

    def replace(self, values: Iterable[str]) -> None:
        new = frozenset(values)
        bad = sum(1 for v in new if not SAFE_VALUE.match(v))
        if bad:
            raise UnsafeLabelError(
                f"{bad} value(s) for label '{self.name}' are not plain lower-case words "
                f"({SAFE_VALUE.pattern}); they cannot be metric labels"
            )
        self._values = new

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and value in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._values))


def _fmt(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == int(value) and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def _escape_help(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _labels_text(pairs: Iterable[tuple[str, str]]) -> str:
    # Values are SAFE_VALUE words or bucket bounds; escaping is kept for the format's sake.
    inner = ",".join(
        f'{k}="{v.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"' for k, v in pairs
    )
    return "{" + inner + "}" if inner else ""


class _Metric:
    kind = "untyped"

    def __init__(self, registry: Registry, name: str, help: str, labels: Mapping[str, LabelValues]) -> None:
        if not _METRIC_NAME.match(name):
            raise ValueError(f"bad metric name {name!r}")
        self.name = name
        self.help = help
        self._registry = registry
        self._labelnames = tuple(sorted(labels))
        self._allowed = dict(labels)
        registry.register(self)

    def _key(self, labels: Mapping[str, str]) -> tuple[str, ...]:
        if set(labels) != set(self._labelnames):
            # A wrong label *name* is always a programming error, whatever the mode.
            raise UnsafeLabelError(
                f"{self.name} takes labels {list(self._labelnames)}, got {sorted(labels)}"
            )
        key = []
        for name in self._labelnames:
            value = labels[name]
            if isinstance(value, str) and SAFE_VALUE.match(value) and value in self._allowed[name]:
                key.append(value)
                continue
            if self._registry.strict:
                raise UnsafeLabelError(
                    f"{self.name}: a value for label '{name}' is outside its closed set "
                    "(label values must never carry ids or content)"
                )
            self._registry.rejected += 1
            key.append(OTHER)
        return tuple(key)

    def _pairs(self, key: tuple[str, ...]) -> list[tuple[str, str]]:
        return list(zip(self._labelnames, key, strict=True))

    def samples(self) -> list[str]:
        raise NotImplementedError

    def render(self) -> str:
        head = f"# HELP {self.name} {_escape_help(self.help)}\n# TYPE {self.name} {self.kind}\n"
        return head + "".join(line + "\n" for line in self.samples())


class Counter(_Metric):
    """A count that only goes up (resets to zero when the process restarts)."""

    kind = "counter"

    def __init__(
        self, registry: Registry, name: str, help: str, labels: Mapping[str, LabelValues] | None = None
    ) -> None:
        if not name.endswith("_total"):
            raise ValueError(f"counter {name!r} must end in _total")
        super().__init__(registry, name, help, labels or {})
        self._values: dict[tuple[str, ...], float] = {}
        if not self._labelnames:
            self._values[()] = 0.0  # an unlabelled counter is visible at 0 from the start

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        if amount < 0:
            raise ValueError("a counter cannot go down")
        key = self._key(labels)
        self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, **labels: str) -> float:
        return self._values.get(self._key(labels), 0.0)

    def samples(self) -> list[str]:
        return [f"{self.name}{_labels_text(self._pairs(k))} {_fmt(v)}" for k, v in sorted(self._values.items())]


class Gauge(_Metric):
    """A value that goes up and down; unlabelled gauges may be computed when scraped."""

    kind = "gauge"

    def __init__(
        self, registry: Registry, name: str, help: str, labels: Mapping[str, LabelValues] | None = None
    ) -> None:
        super().__init__(registry, name, help, labels or {})
        self._values: dict[tuple[str, ...], float] = {}
        self._function: Callable[[], float] | None = None
        if not self._labelnames:
            self._values[()] = 0.0

    def set(self, value: float, **labels: str) -> None:
        self._values[self._key(labels)] = float(value)

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        key = self._key(labels)
        self._values[key] = self._values.get(key, 0.0) + amount

    def dec(self, amount: float = 1.0, **labels: str) -> None:
        self.inc(-amount, **labels)

    def set_function(self, function: Callable[[], float]) -> None:
        if self._labelnames:
            raise ValueError("only an unlabelled gauge can be computed at scrape time")
        self._function = function

    def value(self, **labels: str) -> float:
        if self._function is not None:
            return float(self._function())
        return self._values.get(self._key(labels), 0.0)

    def samples(self) -> list[str]:
        if self._function is not None:
            return [f"{self.name} {_fmt(self.value())}"]
        return [f"{self.name}{_labels_text(self._pairs(k))} {_fmt(v)}" for k, v in sorted(self._values.items())]


class Histogram(_Metric):
    """Observations counted into fixed, cumulative buckets (plus their sum and count)."""

    kind = "histogram"

    def __init__(
        self,
        registry: Registry,
        name: str,
        help: str,
        buckets: Iterable[float],
        labels: Mapping[str, LabelValues] | None = None,
    ) -> None:
        super().__init__(registry, name, help, labels or {})
        bounds = tuple(float(b) for b in buckets)
        if not bounds or list(bounds) != sorted(set(bounds)) or math.isinf(bounds[-1]):
            raise ValueError("buckets must be finite, strictly increasing and not empty")
        self.buckets = bounds
        # Per series: one count per bucket (non-cumulative; summed when rendered), sum, count.
        self._series: dict[tuple[str, ...], tuple[list[int], list[float]]] = {}

    def observe(self, value: float, **labels: str) -> None:
        key = self._key(labels)
        counts, total = self._series.setdefault(key, ([0] * (len(self.buckets) + 1), [0.0]))
        index = next((i for i, bound in enumerate(self.buckets) if value <= bound), len(self.buckets))
        counts[index] += 1
        total[0] += value

    def count(self, **labels: str) -> int:
        series = self._series.get(self._key(labels))
        return sum(series[0]) if series else 0

    def samples(self) -> list[str]:
        lines = []
        for key, (counts, total) in sorted(self._series.items()):
            pairs = self._pairs(key)
            running = 0
            for bound, n in zip((*self.buckets, math.inf), counts, strict=True):
                running += n
                lines.append(f"{self.name}_bucket{_labels_text([*pairs, ('le', _fmt(bound))])} {running}")
            lines.append(f"{self.name}_sum{_labels_text(pairs)} {_fmt(total[0])}")
            lines.append(f"{self.name}_count{_labels_text(pairs)} {running}")
        return lines


class Registry:
    """The metrics of one process, rendered in Prometheus' text format (version 0.0.4)."""

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        self.rejected = 0
        self._metrics: dict[str, _Metric] = {}

    def register(self, metric: _Metric) -> None:
        if metric.name in self._metrics:
            raise ValueError(f"metric {metric.name} registered twice")
        self._metrics[metric.name] = metric

    def render(self) -> str:
        body = "".join(m.render() for m in self._metrics.values())
        return body + (
            "# HELP continuum_metrics_label_rejected_total Label values refused as unsafe (a bug to fix)\n"
            "# TYPE continuum_metrics_label_rejected_total counter\n"
            f"continuum_metrics_label_rejected_total {self.rejected}\n"
        )


class Metrics:
    """Everything Continuum measures. Create one per process and pass it to whoever records."""

    def __init__(
        self,
        flow_ids: Iterable[str] = (),
        *,
        strict: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.registry = Registry(strict)
        self._clock = clock
        self._last_sync = clock()  # before the first sync, the lag counts from start-up
        self._synced_once = False
        r = self.registry
        self.flows = LabelValues("flow", flow_ids)
        urgency = {"urgency": LabelValues("urgency", URGENCIES)}
        self.conversations_started = Counter(
            r, "continuum_conversations_started_total", "Conversations started, by flow", {"flow": self.flows}
        )
        self.escalations = Counter(r, "continuum_escalations_total", "Cases handed to the mentors, by urgency", urgency)
        self.time_to_claim = Histogram(
            r, "continuum_time_to_claim_seconds", "Seconds from escalation until a mentor claimed the case",
            CLAIM_BUCKETS, urgency,
        )
        self.followups_due = Gauge(r, "continuum_followups_due", "Follow-ups whose time has come, not yet sent")
        self.followups_sent = Counter(r, "continuum_followups_sent_total", "Follow-ups sent")
        self.decryption_failures = Counter(
            r, "continuum_decryption_failures_total",
            "Events that could not be decrypted on arrival (their keys are then requested)",
        )
        self.sync_lag = Gauge(r, "continuum_sync_lag_seconds", "Seconds since the last successful sync")
        self.sync_lag.set_function(lambda: max(0.0, self._clock() - self._last_sync))
        self.send_errors = Counter(
            r, "continuum_send_errors_total", "Messages the homeserver did not accept, by reason",
            {"reason": LabelValues("reason", SEND_ERRORS)},
        )
        self.messages_handled = Counter(
            r, "continuum_messages_handled_total", "Messages from people handled, by kind",
            {"kind": LabelValues("kind", MESSAGE_KINDS)},
        )

    def set_flow_ids(self, flow_ids: Iterable[str]) -> None:
        """The flow library was (re)loaded: these are the flow ids labels may name now."""
        self.flows.replace(flow_ids)

    def sync_lag_seconds(self) -> float | None:
        """Seconds since the last successful sync; None before the first one."""
        return max(0.0, self._clock() - self._last_sync) if self.has_synced else None

    def synced(self) -> None:
        """Call after every successful sync."""
        self._last_sync = self._clock()
        self._synced_once = True

    @property
    def has_synced(self) -> bool:
        """Whether a sync has completed since start-up: a ready-made readiness probe."""
        return self._synced_once

    def render(self) -> str:
        return self.registry.render()
