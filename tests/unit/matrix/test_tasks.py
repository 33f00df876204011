"""The Matrix edge's background tasks and its sync progress signal (`bot.matrix.tasks`, `bot.matrix.sync`)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.matrix.sync import SyncProgress
from bot.matrix.tasks import Background, wait_or_stop

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
