"""The sync loop: long-poll the homeserver until stopped, and hand each response on.

The first sync after a start asks for the full state (so that restoring a saved token never
misses a room's state) and returns at once; later ones wait up to `SYNC_TIMEOUT_MS` for news.
The handler queues each room's events on the room's own worker and hands back what settles once
they were handled; the loop syncs on meanwhile, and saves a token — in our own database, next to
the processed markers — only once that sync and every one before it settled, so that a crash
replays a sync rather than losing one (DESIGN.md, "Matrix E2EE", 5). After each sync, before
its events are handled, the device's one-time and fallback keys are topped up
(`bot.matrix.keys`), and others' keys queried and claimed as nio asks. An unreachable homeserver
is retried with a growing pause; nio's own 429 handling stays on.

Every sync has a deadline: the first, full-state one `FIRST_SYNC_DEADLINE_S` (nio sends it with no
timeout at all, so a homeserver that accepts the connection and never answers would hold the bot
forever), later ones their long-poll plus `SYNC_GRACE_S` (nio would otherwise retry a timed-out
request on its own, silently, for ever). Syncs ask only for what the bot uses (`SYNC_FILTER`):
no typing, receipts, presence or account data, so that nobody's typing wakes the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from nio import SyncResponse

from bot.matrix.keys import KeyedClient, needs_upload, upload_keys
from bot.matrix.tasks import Background, wait_or_stop
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Store

log = logging.getLogger(__name__)

SYNC_TIMEOUT_MS = 30_000
FIRST_SYNC_DEADLINE_S = 300.0  # a full-state sync of a large account takes a while; a stalled server forever
SYNC_GRACE_S = 60.0
SYNC_FILTER: dict[str, Any] = {
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {"ephemeral": {"types": []}, "account_data": {"types": []}},
}
MAX_BACKOFF_S = 60.0

# What to do with a sync response; the flag says it is the first sync this bot ever made. It may
# hand back an awaitable that is done once the response's events were handled.
SyncHandler = Callable[[SyncResponse, bool], Awaitable[Awaitable[Any] | None]]


def carries_anything(resp: SyncResponse) -> bool:
    """Whether a sync brought more than ephemeral events (receipts, typing)."""
    return bool(
        resp.rooms.invite
        or resp.rooms.leave
        or resp.to_device_events
        or resp.device_list.changed
        or resp.device_list.left
        or any(info.timeline.events or info.state for info in resp.rooms.join.values())
    )


class SyncProgress:
    """How far the syncing got: `first_done` is set once the first sync was handled and stays
    set; `wait_next()` waits until the next one has been handled."""

    def __init__(self) -> None:
        self.first_done = asyncio.Event()
        self._next = asyncio.Event()

    def handled_one(self) -> None:
        self.first_done.set()
        self._next.set()  # wakes everyone waiting now; whoever waits later waits for the sync after
        self._next = asyncio.Event()

    async def wait_next(self) -> None:
        await self._next.wait()


class SyncLoop:
    """Syncs until `stop` is set, handing each response to `handle`."""

    def __init__(
        self,
        client: KeyedClient,
        store: Store,
        handle: SyncHandler,
        *,
        keys_lock: asyncio.Lock,
        stop: asyncio.Event,
        redact: Redactor,
        metrics: Metrics,
        background: Background | None = None,
        first_deadline_s: float = FIRST_SYNC_DEADLINE_S,
    ) -> None:
        self.client = client
        self.store = store
        self.handle = handle
        self.keys_lock = keys_lock  # key uploads and claims never run while a room key is shared
        self.stop = stop
        self.redact = redact
        self.metrics = metrics
        self.progress = SyncProgress()
        self.first_deadline_s = first_deadline_s
        self.background = background or Background()
        self._saved: asyncio.Future[None] | None = None  # the last token save, in sync order

    async def run(self) -> None:
        async with self.store.read() as r:
            since = await r.edge.sync_token()
        first = True
        backoff = 1.0
        while not self.stop.is_set():
            try:
                resp = await self._sync_once(since, full_state=first)
            except (aiohttp.ClientError, TimeoutError, OSError) as e:
                resp = None
                self.metrics.send_errors.inc(reason="network")
                log.warning("homeserver %s unreachable (%s); retrying in %.0fs", self.client.homeserver,
                            e.__class__.__name__, backoff)
            if resp is None:
                if await wait_or_stop(self.stop, backoff):
                    break
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                continue
            backoff = 1.0
            settled = await self.handle(resp, first and since is None)
            since = resp.next_batch
            if first or carries_anything(resp):
                # A sync with only receipts or typing can be replayed harmlessly; skip the write.
                self._save_token_once_settled(since, settled)
            self.metrics.synced()
            if first:
                # The bot's own id is public (people write to it): said in clear.
                log.info("Continuum is running as %s", self.client.user_id)
            first = False
            self.progress.handled_one()

    def _save_token_once_settled(self, token: str, settled: Awaitable[Any] | None) -> None:
        """Save `token` once this sync's events were handled — and after the token before it."""
        previous = self._saved

        async def save() -> None:
            if previous is not None:
                await previous
            if settled is not None:
                await settled
            async with self.store.write() as uow:
                await uow.edge.save_sync_token(token)

        self._saved = self.background.spawn(save(), "sync-token")

    async def _sync_once(self, since: str | None, full_state: bool) -> SyncResponse | None:
        """One sync (None if it failed, or if `stop` came first), then the keys' housekeeping."""
        client = self.client
        sync_task = asyncio.ensure_future(client.sync(
            timeout=0 if full_state else SYNC_TIMEOUT_MS, since=since, full_state=full_state, sync_filter=SYNC_FILTER,
        ))
        stop_task = asyncio.ensure_future(self.stop.wait())
        deadline = self.first_deadline_s if full_state else SYNC_TIMEOUT_MS / 1000 + SYNC_GRACE_S
        done, _ = await asyncio.wait({sync_task, stop_task}, timeout=deadline, return_when=asyncio.FIRST_COMPLETED)
        stop_task.cancel()
        if sync_task not in done:
            sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sync_task
            if stop_task in done:
                return None
            raise TimeoutError(f"no answer to the sync within {deadline:.0f}s")
        resp = sync_task.result()
        if not isinstance(resp, SyncResponse):
            log.warning("sync failed: %s", getattr(resp, "status_code", None) or type(resp).__name__)
            return None
        await client.send_to_device_messages()
        await self._keys_housekeeping()
        return resp

    async def _keys_housekeeping(self) -> None:
        client = self.client
        async with self.keys_lock:
            if needs_upload(client):
                await upload_keys(client)
            if client.should_query_keys:
                await client.keys_query()
            if client.should_claim_keys:
                await client.keys_claim(client.get_users_for_key_claiming())


__all__ = ["SYNC_TIMEOUT_MS", "SyncHandler", "SyncLoop", "SyncProgress", "carries_anything"]
