"""`continuum backup FILE` and `continuum restore FILE --data-dir DIR` (the archive itself:
bot/platform/backup.py)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from bot.cli.common import add_config_option
from bot.platform.backup import (
    EXIT_OK,
    EXIT_USAGE,
    KEY_ENV,
    KEY_FILE_ENV,
    BackupError,
    backup_key,
    key_from_environment,
    make_backup,
    restore_backup,
)
from bot.platform.permissions import private_umask


# --- the command line ----------------------------------------------------------------------
def _fail(verb: str, error: BackupError) -> int:
    print(f"continuum {verb}: {error}", file=sys.stderr)
    return error.code


def _cmd_backup(args: argparse.Namespace) -> int:
    pickle_key_file: Path | None = None
    try:
        if args.data_dir:
            # No configuration needed: the data dir, and the key from the environment (or beside the data).
            data_dir = Path(args.data_dir)
            if os.environ.get(KEY_ENV) or os.environ.get(KEY_FILE_ENV):
                key, beside = key_from_environment(), False
            else:
                key, beside = backup_key(data_dir, None, None)
        else:
            from bot.platform.config import ConfigError, load_settings

            try:
                settings = load_settings(Path(args.config) if args.config else None)
            except ConfigError as e:
                print("continuum backup: the configuration has problems (or use --data-dir):", file=sys.stderr)
                for problem in e.problems:
                    print(f"  - {problem}", file=sys.stderr)
                return EXIT_USAGE
            data_dir, pickle_key_file = settings.data_dir, settings.pickle_key_file
            key, beside = backup_key(
                data_dir,
                settings.data_key.get_secret_value() if settings.data_key else None,
                settings.data_key_file,
            )
        report = make_backup(data_dir, Path(args.file), key, key_beside_data=beside, overwrite=args.force)
    except BackupError as e:
        return _fail("backup", e)
    print(f"Wrote {report.path}: {report.files} files, {report.size / 2**20:.1f} MiB, sealed with the data key.")
    if report.key_beside_data:
        print(f"The data key lives inside the data dir ({data_dir / 'data.key'}): keep a copy of it "
              "somewhere else, or this backup cannot be opened once the data dir is lost.")
    else:
        print("Keep the data key apart from the backup: the backup is useless without it, and safe without it.")
    if pickle_key_file is not None:
        print(f"pickle_key_file ({pickle_key_file}) is deprecated: the bot moves its crypto store to a key derived "
              "from the data key at its next start. Until it has, keep a copy of that file with the data key.")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    private_umask()  # everything restored is owner-only
    try:
        key = key_from_environment()
        report = restore_backup(Path(args.file), Path(args.data_dir), key, force=args.force)
    except BackupError as e:
        return _fail("restore", e)
    print(f"Restored {report.files} files into {report.data_dir}.")
    if report.moved_aside is not None:
        print(f"What was there before is in {report.moved_aside}; remove it once the restored bot runs well.")
    if report.wrote_key:
        print(f"The backup came from a bot that kept its data key inside the data dir; it is written to "
              f"{report.data_dir / 'data.key'} again. Better: move it out and set {KEY_FILE_ENV}.")
    if report.newer_schema is not None:
        print(f"Note: the backup was made by a newer Continuum (database version {report.newer_schema}); "
              "install that release or a later one before starting the bot.")
    print("Start the bot with this data dir and the same data key; do not run the old bot any more: two bots "
          "on one device would break its encryption.")
    return EXIT_OK


def add_commands(subparsers: Any) -> None:
    """Add `backup` and `restore` to the `continuum` command line (an argparse subparsers action)."""
    backup = subparsers.add_parser(
        "backup", help="write an encrypted backup of the data dir (safe while the bot runs)",
        description="Write a consistent, encrypted backup of the bot's data dir while it runs. The data dir "
                    "and the data key come from the configuration, as for `continuum run`; or give --data-dir, "
                    f"and the key in {KEY_FILE_ENV} or {KEY_ENV}.",
    )
    backup.add_argument("file", help="the backup file to write (mode 0600), outside the data dir")
    add_config_option(backup)
    backup.add_argument("--data-dir", help="back up this data dir, without reading the configuration")
    backup.add_argument("--force", action="store_true", help="replace the file if it exists")
    backup.set_defaults(func=_cmd_backup)

    restore = subparsers.add_parser(
        "restore", help="restore a backup into a new data dir",
        description=f"Restore a backup into a data dir. The data key the backup was made with comes from "
                    f"{KEY_FILE_ENV} or {KEY_ENV}. Everything is verified before anything is written.",
    )
    restore.add_argument("file", help="the backup file")
    restore.add_argument("--data-dir", required=True, help="where to restore (empty, or use --force)")
    restore.add_argument("--force", action="store_true",
                         help="restore into a non-empty data dir, moving its contents aside first")
    restore.set_defaults(func=_cmd_restore)
