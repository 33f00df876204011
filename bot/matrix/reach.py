"""Waiting for the homeserver at start: say what is tried, back off, give up with a clear message.

Without this, an unreachable homeserver made `continuum run` print nothing and hang inside the
first login (nio's own retries are silent). The admin now sees at INFO what the bot is trying and
when it will try again, and the start fails with a message naming the URL once
`startup_timeout_seconds` have passed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import aiohttp

from bot.matrix.session import StartupError

log = logging.getLogger(__name__)

VERSIONS = "/_matrix/client/versions"  # answered by every homeserver, without logging in


async def _answers(session: aiohttp.ClientSession, url: str) -> str | None:
    """None when the homeserver answered as a homeserver, else a short reason."""
    try:
        async with session.get(url + VERSIONS) as resp:
            if resp.status == 200:
                try:
                    body = await resp.json(content_type=None)
                except ValueError:
                    body = None
                if isinstance(body, dict) and "versions" in body:
                    return None
                return "it answered, but not as a Matrix homeserver"
            return f"it answered with HTTP {resp.status}"
    except (aiohttp.ClientError, TimeoutError, OSError) as e:
        return f"{e.__class__.__name__}"


async def wait_for_homeserver(
    url: str,
    timeout_s: float,
    *,
    attempt_timeout_s: float = 10.0,
    first_backoff_s: float = 1.0,
    max_backoff_s: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Return once `url` answers as a Matrix homeserver; raise StartupError after `timeout_s`
    (0: wait as long as it takes)."""
    deadline = None if timeout_s <= 0 else clock() + timeout_s
    backoff = first_backoff_s
    timeout = aiohttp.ClientTimeout(total=attempt_timeout_s)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        attempt = 1
        while True:
            log.info("connecting to the homeserver at %s (attempt %d)", url, attempt)
            reason = await _answers(session, url)
            if reason is None:
                if attempt > 1:
                    log.info("the homeserver at %s answers now", url)
                return
            now = clock()
            if deadline is not None and now + backoff > deadline:
                raise StartupError(
                    f"cannot reach the homeserver at {url} ({reason}) after {timeout_s:.0f} s; check the "
                    "`homeserver` setting, the network and the homeserver itself "
                    "(`startup_timeout_seconds` sets how long to try)"
                )
            log.info("the homeserver at %s did not answer (%s); trying again in %.0f s", url, reason, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, max_backoff_s)
            attempt += 1


__all__ = ["wait_for_homeserver"]
