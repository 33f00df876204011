"""`continuum keygen`: a fresh at-rest data key, for `CONTINUUM_DATA_KEY_FILE`."""

from __future__ import annotations

import argparse
from typing import Any

from bot.cli.common import EXIT_OK
from bot.platform.sealing import encode_key, generate_key


def _cmd_keygen(args: argparse.Namespace) -> int:
    print(encode_key(generate_key()))
    return EXIT_OK


def add_commands(subparsers: Any) -> None:
    keygen = subparsers.add_parser("keygen", help="print a new at-rest data key")
    keygen.set_defaults(func=_cmd_keygen)
