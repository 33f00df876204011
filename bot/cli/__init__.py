"""`continuum` — the command line, one module per command. Secrets never appear here: they come
from the environment or from files named in the configuration.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from bot.cli import backup, chat, flows, identity, keygen, run, setup
from bot.cli.common import EXIT_CONFIG, EXIT_FAIL, EXIT_OK
from bot.matrix.session import SessionError, StartupError
from bot.platform import collector
from bot.platform.config import ConfigError
from bot.store import StoreError

log = logging.getLogger("continuum")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="continuum",
        description="Continuum: guided, end-to-end-encrypted care conversations on Matrix.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for command in (run, chat, keygen, backup, identity, setup, flows):
        command.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "holds_collector", False):
        collector.release()  # the other commands are short: the launcher's hold has done its part
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
