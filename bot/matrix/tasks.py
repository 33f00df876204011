"""The Matrix edge's background tasks, kept in one place so that none is lost or left running.

Task names reach logs (asyncio names them in its own messages), so they say what a task does —
"sender", "receipt" — never which room or person it is for. A task that fails is logged by the
type of its error only: an exception's text can carry ids or content.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Background:
    """Runs work in the background, keeps a reference to it, and cancels it all at shutdown."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, work: Awaitable[None], name: str) -> asyncio.Task[None]:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a background task (%s) failed (%s)", task.get_name(), type(task.exception()).__name__)

    async def cancel_all(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


Job = Callable[[], Awaitable[None]]


class RoomQueues:
    """One worker per room, running the room's jobs in the order they came; rooms apart.

    A slow job (a download from a slow media server) holds up its own room only. `submit`
    returns a future that is done once the job has run (or failed: logged by error type only).
    """

    def __init__(self, background: Background, name: str = "room-events") -> None:
        self.background = background
        self.name = name  # what the workers do, never for whom (task names reach logs)
        self._queues: dict[str, deque[tuple[Job, asyncio.Future[None]]]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    def submit(self, room_id: str, job: Job) -> asyncio.Future[None]:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queues.setdefault(room_id, deque()).append((job, done))
        worker = self._workers.get(room_id)
        if worker is None or worker.done():
            self._workers[room_id] = self.background.spawn(self._work(room_id), self.name)
        return done

    async def _work(self, room_id: str) -> None:
        queue = self._queues[room_id]
        while queue:
            job, done = queue.popleft()
            try:
                await job()
            except asyncio.CancelledError:
                # Shutting down: what did not run is not done (its sync is replayed at the next start).
                for _job, pending in [(job, done), *queue]:
                    pending.cancel()
                queue.clear()
                raise
            except Exception as e:
                log.error("a room's events could not be processed (%s)", type(e).__name__)
            if not done.done():
                done.set_result(None)
        # Nothing awaited since the queue was seen empty: no job can have slipped in.
        del self._queues[room_id]
        self._workers.pop(room_id, None)


async def wait_or_stop(stop: asyncio.Event, seconds: float) -> bool:
    """Wait `seconds`, or less if `stop` is set meanwhile; whether it was."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    return stop.is_set()


__all__ = ["Background", "Job", "RoomQueues", "wait_or_stop"]
