"""The Matrix edge's background tasks and its sync progress signal (`bot.matrix.tasks`, `bot.matrix.sync`)."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

from bot.matrix.sync import SyncProgress
from bot.matrix.tasks import Background, RoomQueues, wait_or_stop

SECRET_ROOM = "!secret-room:example.org"


async def _let_tasks_run() -> None:
    for _ in range(5):
        await asyncio.sleep(0)  # hand the loop over, so that ready tasks reach their next await


async def test_a_failed_task_is_logged_by_its_name_and_error_type_only(caplog: pytest.LogCaptureFixture) -> None:
    async def fail() -> None:
        raise ValueError(f"could not send into {SECRET_ROOM}")

    background = Background()
    with caplog.at_level(logging.ERROR, logger="bot.matrix.tasks"):
        task = background.spawn(fail(), "sender")
        with pytest.raises(ValueError):
            await task
        await _let_tasks_run()
    assert task.get_name() == "sender"
    assert "sender" in caplog.text and "ValueError" in caplog.text
    assert SECRET_ROOM not in caplog.text


async def test_cancel_all_stops_every_task_still_running() -> None:
    never = asyncio.Event()
    background = Background()
    tasks = [background.spawn(never.wait(), "typing") for _ in range(3)]
    await _let_tasks_run()
    await background.cancel_all()
    assert all(t.cancelled() for t in tasks)


async def test_a_finished_task_is_let_go() -> None:
    background = Background()
    done = asyncio.Event()

    async def work() -> None:
        done.set()

    await background.spawn(work(), "receipt")
    await _let_tasks_run()
    assert done.is_set()
    await background.cancel_all()  # nothing left to cancel, nothing raised


async def test_wait_or_stop_says_whether_stop_came() -> None:
    stop = asyncio.Event()
    assert await wait_or_stop(stop, 0.001) is False
    stop.set()
    assert await wait_or_stop(stop, 3600) is True


async def test_the_first_sync_stays_done_while_each_wait_is_for_the_next_sync() -> None:
    progress = SyncProgress()
    early = asyncio.ensure_future(progress.wait_next())
    await _let_tasks_run()
    assert not early.done() and not progress.first_done.is_set()

    progress.handled_one()
    await _let_tasks_run()
    assert early.done()
    assert progress.first_done.is_set()

    late = asyncio.ensure_future(progress.wait_next())
    await _let_tasks_run()
    assert not late.done(), "a wait after a sync is for the sync after it"
    progress.handled_one()
    await _let_tasks_run()
    assert late.done() and progress.first_done.is_set()


async def test_a_failed_task_never_reaches_asyncios_never_retrieved_warning(caplog: pytest.LogCaptureFixture) -> None:
    """asyncio's "Task exception was never retrieved" prints the task's repr (its name, its
    coroutine): the done-callback retrieves every exception, so that line never comes."""
    async def fail() -> None:
        raise ValueError(f"could not send into {SECRET_ROOM}")

    background = Background()
    with caplog.at_level(logging.DEBUG):
        background.spawn(fail(), "sender")
        await _let_tasks_run()
        gc.collect()  # a task whose exception nobody retrieved complains when it is collected
        await _let_tasks_run()
    assert "never retrieved" not in caplog.text
    assert SECRET_ROOM not in caplog.text


async def test_room_queues_keep_each_rooms_order_and_let_other_rooms_pass(caplog: pytest.LogCaptureFixture) -> None:
    background = Background()
    queues = RoomQueues(background)
    gate = asyncio.Event()
    done: list[str] = []

    async def job(name: str, wait: bool = False) -> None:
        if wait:
            await gate.wait()
        done.append(name)

    async def broken() -> None:
        raise RuntimeError(f"about {SECRET_ROOM}")

    first = queues.submit(SECRET_ROOM, lambda: job("a1", wait=True))
    failed = queues.submit(SECRET_ROOM, broken)
    second = queues.submit(SECRET_ROOM, lambda: job("a2"))
    other = queues.submit("!other:example.org", lambda: job("b1"))
    await asyncio.wait_for(other, 5)
    assert done == ["b1"] and not first.done()
    assert all(SECRET_ROOM not in t.get_name() for t in asyncio.all_tasks())
    gate.set()
    await asyncio.wait_for(asyncio.gather(first, failed, second), 5)
    assert done == ["b1", "a1", "a2"]
    assert "RuntimeError" in caplog.text and SECRET_ROOM not in caplog.text
    await background.cancel_all()


async def test_work_cut_short_at_shutdown_is_not_done() -> None:
    """So that the sync loop saves no token for events that were never handled."""
    background = Background()
    queues = RoomQueues(background)
    never = asyncio.Event()
    running = queues.submit(SECRET_ROOM, never.wait)  # type: ignore[arg-type]
    waiting = queues.submit(SECRET_ROOM, never.wait)  # type: ignore[arg-type]
    await _let_tasks_run()
    await background.cancel_all()
    assert running.cancelled() and waiting.cancelled()
