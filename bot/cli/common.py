"""What the commands share: exit codes and the `--config` option."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.platform.config import Settings, load_settings

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="TOML file (every setting can also come from CONTINUUM_* variables)")


def settings_of(args: argparse.Namespace) -> Settings:
    return load_settings(Path(args.config) if args.config else None)
