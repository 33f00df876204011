"""What the commands share: exit codes and the `--config` option."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.platform.config import Settings, load_settings

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2


CONFIG_HELP = "TOML file (every setting can also come from CONTINUUM_* variables)"


def add_config_option(parser: argparse.ArgumentParser, *, under_group: bool = False) -> None:
    """`--config FILE`. A command under a group (`identity show`) takes it after its own name
    too; SUPPRESS keeps a value given before the subcommand when none is given after it."""
    parser.add_argument("--config", default=argparse.SUPPRESS if under_group else None, help=CONFIG_HELP)


def settings_of(args: argparse.Namespace) -> Settings:
    config = getattr(args, "config", None)
    return load_settings(Path(config) if config else None)
