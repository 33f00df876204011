"""Assembles the bot from its settings and runs it until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import logging
import signal

from bot.config import Settings
from bot.logs import Redactor
from bot.matrix.runtime import InboundHandler, MatrixRuntime
from bot.matrix.session import DataDir
from bot.secretbox import SecretBox
from bot.store import Store
from bot.welcome import WelcomeHandler

log = logging.getLogger(__name__)


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
        box = SecretBox(key)
        store = await Store.open(data.database, box)
        try:
            redactor = Redactor(box.derive(b"continuum/log-salt"), settings.debug)
            handler: InboundHandler = WelcomeHandler(settings)
            runtime = MatrixRuntime(settings, data, store, redactor, handler)
            await runtime.connect()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, runtime.stop)
            log.info("connected; first sync")
            await runtime.run()
            log.info("Continuum stopped cleanly")
        finally:
            await store.close()
    finally:
        data.release()
