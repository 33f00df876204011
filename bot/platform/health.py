"""Health and metrics over HTTP, for systemd watchers, Docker's HEALTHCHECK and Prometheus.

    /healthz  liveness: the process and its event loop answer (200)
    /readyz   readiness: 200 once the first sync has completed, 503 before (or while not ready)
    /metrics  the Prometheus text format from `bot.platform.metrics`

Off unless `[metrics] port` is set. It listens on loopback only by default: the endpoints carry no
personal data, but sync lag and escalation counts still say something about an organisation's
activity, and nothing here is authenticated. A non-loopback host is refused with an error naming
the setting, unless the caller passes `allow_non_loopback=True` (for a container whose own network
namespace is the boundary, see deploy/README.md); then it is used, with a warning at every start.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable

from aiohttp import web

from bot.platform.config import MetricsSettings
from bot.platform.metrics import Metrics

log = logging.getLogger(__name__)

CONTENT_TYPE = "text/plain"
PROMETHEUS_VERSION = "0.0.4"


class HealthServerError(Exception):
    """The health server cannot start as configured; the message names the setting."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost could resolve anywhere


def build_app(metrics: Metrics, ready: Callable[[], bool]) -> web.Application:
    """The aiohttp application, separate from the listener so tests can drive it directly."""

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok\n", content_type=CONTENT_TYPE)

    async def readyz(request: web.Request) -> web.Response:
        try:
            is_ready = bool(ready())
        except Exception:  # a broken probe must read as "not ready", never as a 500 with a trace
            log.warning("the readiness check failed", exc_info=True)
            is_ready = False
        if is_ready:
            return web.Response(text="ready\n", content_type=CONTENT_TYPE)
        return web.Response(status=503, text="not ready\n", content_type=CONTENT_TYPE)

    async def metrics_page(request: web.Request) -> web.Response:
        return web.Response(
            body=metrics.render().encode("utf-8"),
            headers={"Content-Type": f"{CONTENT_TYPE}; version={PROMETHEUS_VERSION}; charset=utf-8"},
        )

    app = web.Application()
    # GET only (aiohttp answers HEAD for GET routes): nothing here changes state.
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_page)
    return app


async def start_health_server(
    settings: MetricsSettings,
    metrics: Metrics,
    ready: Callable[[], bool],
    *,
    allow_non_loopback: bool = False,
) -> web.AppRunner | None:
    """Start serving on settings.host:settings.port; None when no port is configured.

    Stop it with `await runner.cleanup()`. Raises HealthServerError for a refused host or a port
    that cannot be bound, so the bot stops at start-up with a clear message instead of running
    unobserved.
    """
    if settings.port is None:
        return None
    if not is_loopback(settings.host):
        if not allow_non_loopback:
            raise HealthServerError(
                f"setting 'metrics.host' (or CONTINUUM_METRICS__HOST): {settings.host} is not a loopback "
                "address; the health and metrics endpoints are unauthenticated, so they listen on "
                "127.0.0.1 or ::1 only. Put a reverse proxy in front to expose them."
            )
        log.warning("health and metrics endpoints listen on a non-loopback address (%s)", settings.host)
    # No access log: a scrape every 15 s is noise, and nothing about requests needs keeping.
    runner = web.AppRunner(build_app(metrics, ready), access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    try:
        await site.start()
    except OSError as e:
        await runner.cleanup()
        raise HealthServerError(
            f"setting 'metrics.port': cannot listen on {settings.host}:{settings.port} ({e.strerror or e})"
        ) from None
    log.info("health and metrics on http://%s:%d/ (healthz, readyz, metrics)", settings.host, settings.port)
    return runner
