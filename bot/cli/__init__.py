"""`continuum` — the command line. Secrets never appear here: they come from the environment
or from files named in the configuration.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from bot.cli.backup import add_backup_commands
from bot.cli.identity import add_identity_commands
from bot.matrix.rooms import add_setup_commands
from bot.matrix.runtime import StartupError
from bot.matrix.session import SessionError
from bot.platform.config import ConfigError, Settings, load_settings
from bot.platform.logs import setup_logging
from bot.platform.sealing import encode_key, generate_key
from bot.store import StoreError

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2

log = logging.getLogger("continuum")


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Path(args.config) if args.config else None)


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.app import run_bot

    settings = _settings(args)
    setup_logging(settings.log_level, settings.log_format, settings.debug)
    asyncio.run(run_bot(settings))
    return EXIT_OK


def _cmd_chat(args: argparse.Namespace) -> int:
    from bot.cli.chat import run_chat

    setup_logging("WARNING", "text", False)
    return asyncio.run(run_chat(args))


def _cmd_keygen(args: argparse.Namespace) -> int:
    """Print a fresh at-rest key, for `CONTINUUM_DATA_KEY_FILE`."""
    print(encode_key(generate_key()))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="continuum",
        description="Continuum: guided, end-to-end-encrypted care conversations on Matrix.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the bot")
    run.add_argument("--config", help="TOML file (every setting can also come from CONTINUUM_* variables)")
    run.set_defaults(func=_cmd_run)

    chat = sub.add_parser("chat", help="talk to the bot from the terminal, end-to-end encrypted")
    chat.add_argument("--homeserver", help="default: the demo homeserver")
    chat.add_argument("--user", help="your Matrix id (the password comes from CONTINUUM_CHAT_PASSWORD)")
    chat.add_argument("--bot", help="the bot's Matrix id")
    chat.add_argument("--store", help="where to keep this client's keys (default: demo-data/chat)")
    chat.set_defaults(func=_cmd_chat)

    keygen = sub.add_parser("keygen", help="print a new at-rest data key")
    keygen.set_defaults(func=_cmd_keygen)

    add_backup_commands(sub)
    add_identity_commands(sub)
    add_setup_commands(sub)

    try:
        from bot.cli.flows import add_flows_commands
    except ImportError:  # the flow tools are optional in a minimal install
        pass
    else:
        add_flows_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ConfigError as e:
        print("Continuum cannot start; the configuration has problems:", file=sys.stderr)
        for problem in e.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_CONFIG
    except (StartupError, SessionError, StoreError) as e:
        print(f"Continuum cannot start: {e}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return EXIT_OK
    except Exception as e:  # the last line of defence: no traceback for an admin
        # The formatter shows the traceback only in debug mode (it may hold content).
        log.error("unexpected error", exc_info=True)
        print(f"Continuum stopped on an unexpected error ({e.__class__.__name__}); "
              "run with CONTINUUM_DEBUG=true for details.", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
