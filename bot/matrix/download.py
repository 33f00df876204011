"""Downloading what people send, with a hard cap and a deadline, and never for a flood.

The size an event declares is optional and the sender's word, and nio's `download` reads the
whole body, with no timeout, before anyone can look at its size. So files are fetched here
instead: streamed, given up the moment the body passes the cap (or the server announces more),
and abandoned when the media server is slower than the deadline. A sender over the flood limit
gets no download at all (`SenderRate`), and the receiving side runs each room on its own worker,
so a slow download holds up only its own room (`bot.matrix.receive`).
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import quote, urlparse

import aiohttp

log = logging.getLogger(__name__)

DOWNLOAD_TIMEOUT_S = 60.0  # the whole download, connection included
_CHUNK = 64 * 1024
_MEDIA = "/_matrix/client/v1/media/download"  # authenticated media (the token in a header, never the URL)


class TooLarge(Exception):
    """The body passed the cap."""


def media_url(homeserver: str, mxc: str) -> str | None:
    """The download URL of an `mxc://server/id` URI, or None when it is not one."""
    parsed = urlparse(mxc)
    media_id = parsed.path.lstrip("/")
    if parsed.scheme != "mxc" or not parsed.netloc or not media_id or "/" in media_id:
        return None
    return f"{homeserver.rstrip('/')}{_MEDIA}/{quote(parsed.netloc, safe='')}/{quote(media_id, safe='')}"


async def fetch_media(homeserver: str, access_token: str, mxc: str, limit: int,
                      timeout_s: float = DOWNLOAD_TIMEOUT_S) -> bytes | None:
    """The body of `mxc`, at most `limit` bytes, within `timeout_s`; None (logged by reason, never
    by id) when it is bigger, slower, refused or not a media URI at all."""
    url = media_url(homeserver, mxc)
    if url is None:
        log.info("a file was not downloaded: not a media URI")
        return None
    try:
        return await _stream(url, access_token, limit, timeout_s)
    except TooLarge:
        log.info("a file was not downloaded: larger than max_attachment_mb")
    except TimeoutError:
        log.info("a file was not downloaded: the media server took longer than %.0fs", timeout_s)
    except (aiohttp.ClientError, OSError, ValueError) as e:
        log.info("a file was not downloaded (%s)", type(e).__name__)
    return None


async def _stream(url: str, access_token: str, limit: int, timeout_s: float) -> bytes | None:
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    headers = {"Authorization": f"Bearer {access_token}"}
    async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url, headers=headers) as resp:
        if resp.status != 200:
            log.info("a file was not downloaded: the media server answered %d", resp.status)
            return None
        if resp.content_length is not None and resp.content_length > limit:
            raise TooLarge
        body = bytearray()
        async for chunk in resp.content.iter_chunked(_CHUNK):
            body += chunk
            if len(body) > limit:
                raise TooLarge  # leaving the block drops the connection: nothing more is read
        return bytes(body)


@dataclass
class SenderRate:
    """At most `limit` events a minute per sender, counted as the conversations' flood gate
    counts them, so that nothing is downloaded for a message that gate would drop."""

    limit: int
    window_s: float = 60.0
    _seen: dict[str, deque[float]] = field(default_factory=dict)

    def allow(self, sender: str, now: float) -> bool:
        times = self._seen.setdefault(sender, deque())
        while times and now - times[0] > self.window_s:
            times.popleft()
        times.append(now)
        if len(self._seen) > 10_000:  # forget the quiet ones, so that the map stays small
            for quiet in [s for s, t in self._seen.items() if not t or now - t[-1] > self.window_s]:
                del self._seen[quiet]
        return len(times) <= self.limit


__all__ = ["DOWNLOAD_TIMEOUT_S", "SenderRate", "fetch_media", "media_url"]
