"""`continuum run`: the bot itself, until SIGTERM/SIGINT (SIGHUP reloads the flows)."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from bot.cli.common import EXIT_OK, add_config_option, settings_of
from bot.platform.logs import setup_logging


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.app import run_bot  # the whole bot: imported only when it runs

    settings = settings_of(args)
    setup_logging(settings.log_level, settings.log_format, settings.debug)
    asyncio.run(run_bot(settings))
    return EXIT_OK


def add_commands(subparsers: Any) -> None:
    run = subparsers.add_parser("run", help="run the bot")
    add_config_option(run)
    run.set_defaults(func=_cmd_run, holds_collector=True)  # released by the bot once it is about to sync
