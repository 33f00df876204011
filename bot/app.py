"""Assembles the bot from its settings and runs it until SIGTERM/SIGINT; SIGHUP reloads flows."""

from __future__ import annotations

import asyncio
import logging
import signal

from bot.config import Settings
from bot.conversations import Conversations, LibraryHolder, Talk
from bot.flows.effects import ScheduleFollowup
from bot.flows.library import FlowLibrary
from bot.flows.loader import load_library, reload
from bot.logs import Redactor
from bot.matrix.runtime import MatrixRuntime, StartupError, UnitOfWork
from bot.matrix.session import DataDir
from bot.mentors import Mentors
from bot.secretbox import SecretBox
from bot.store import Store

log = logging.getLogger(__name__)


class _PendingFollowups:
    """Stands in until the follow-up service is wired: says plainly that nothing is scheduled."""

    async def schedule(self, uow: UnitOfWork, talk: Talk, effect: ScheduleFollowup) -> None:
        log.warning("a follow-up was requested but follow-ups are not enabled in this build")

    async def pause(self, uow: UnitOfWork, user_id: str) -> None:
        return None


def load_flows(settings: Settings) -> FlowLibrary:
    result = load_library(settings.flows_dir, settings.locales_dir)
    if result.library is None:
        for problem in result.errors:
            log.error("flows: %s", problem)
        raise StartupError(
            f"the flows in {settings.flows_dir} / {settings.locales_dir} have errors "
            "(listed above; `continuum flows check` shows them too)"
        )
    return result.library


def reload_flows(settings: Settings, holder: LibraryHolder) -> list[str]:
    """Swap in the edited flows if they pass the check; otherwise keep the live ones."""
    library, problems = reload(holder.library, settings.flows_dir, settings.locales_dir)
    errors = [str(p) for p in problems if p.is_error]
    if errors:
        log.error("flows reload refused (%d errors); the previous flows stay live", len(errors))
        for error in errors:
            log.error("flows: %s", error)
        return errors
    assert library is not None
    holder.library = library
    log.info("flows reloaded")
    return []


async def run_bot(settings: Settings) -> None:
    data = DataDir(settings.data_dir)
    data.lock()
    try:
        key, beside = data.data_key(
            settings.data_key.get_secret_value() if settings.data_key else None, settings.data_key_file
        )
        if beside:
            log.warning(
                "the at-rest data key was generated beside the data (%s); anyone who copies the data dir "
                "gets the key too. Move it elsewhere and set CONTINUUM_DATA_KEY_FILE.",
                data.root / "data.key",
            )
        if settings.debug:
            log.warning("DEBUG MODE: logs show real Matrix user and room ids (never message content)")
        if settings.trust == "all":
            log.warning("device trust 'all': room keys go to every device, even ones their owner never signed")
        holder = LibraryHolder(load_flows(settings))
        box = SecretBox(key)
        store = await Store.open(data.database, box)
        try:
            redactor = Redactor(box.derive(b"continuum/log-salt"), settings.debug)
            mentors = Mentors(settings)
            conversations = Conversations(settings, store, holder, redactor, mentors, _PendingFollowups(), mentors)
            runtime = MatrixRuntime(settings, data, store, redactor, conversations)
            await runtime.connect()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, runtime.stop)
            loop.add_signal_handler(signal.SIGHUP, reload_flows, settings, holder)
            log.info("connected; first sync")
            await runtime.run()
            log.info("Continuum stopped cleanly")
        finally:
            await store.close()
    finally:
        data.release()
