"""`continuum identity show | reset | restore`: the bot's cross-signing identity, for admins.

The recovery key is the only way to bring the identity to a new machine if the data dir is
lost: it is printed once, to be kept offline, and never logged. It is read from standard
input, never from the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import sys
from collections.abc import AsyncIterator
from typing import Any

from bot.cli.common import add_config_option, settings_of
from bot.matrix.crosssigning import CrossSigningError, Fingerprints
from bot.matrix.runtime import MatrixRuntime
from bot.matrix.session import DataDir, StartupError
from bot.matrix.ssss import SecretStorageError, restore_from_recovery_key, store_identity
from bot.platform.config import Settings
from bot.platform.logs import Redactor, setup_logging
from bot.platform.permissions import LooseFilesError, secure_data_dir
from bot.platform.sealing import SecretBox
from bot.store import Store

EXIT_OK, EXIT_FAIL = 0, 1
_SHOWN = "recovery_key_shown"


class _NoHandler:
    async def handle(self, msg: Any, uow: Any) -> None:
        return None


@contextlib.asynccontextmanager
async def _logged_in(settings: Settings, lock: bool) -> AsyncIterator[MatrixRuntime]:
    try:
        secure_data_dir(settings.data_dir)
    except LooseFilesError as e:
        raise StartupError(str(e)) from None
    data = DataDir(settings.data_dir)
    if lock:
        data.lock()  # changing the identity while the bot runs would confuse both
    try:
        key, _ = data.data_key(settings.data_key.get_secret_value() if settings.data_key else None,
                               settings.data_key_file)
        box = SecretBox(key)
        store = await Store.open(data.database, box)
        try:
            runtime = MatrixRuntime(settings, data, store, Redactor(b"cli"), _NoHandler())
            client = await runtime.login()
            try:
                yield runtime
            finally:
                await client.close()
        finally:
            await store.close()
    finally:
        data.release()


def _print_fingerprints(title: str, fp: Fingerprints | None) -> None:
    print(title)
    if fp is None:
        print("  (none)")
        return
    for line in fp.lines():
        print(f"  {line}")


async def _show(settings: Settings) -> int:
    async with _logged_in(settings, lock=False) as runtime:
        manager = runtime.cross_signing_manager()
        _print_fingerprints("Held by this bot (data dir):", manager.fingerprints())
        _print_fingerprints("Published on the homeserver:", await manager.published_fingerprints())
        identity = manager.load_identity()
        marker = runtime.data.identity_file.parent / _SHOWN
        if identity is not None and not marker.exists():
            stored = await store_identity(runtime.require_client(), identity)
            marker.write_text("shown\n")
            print("\nRecovery key — write it down and keep it OFFLINE; it is shown only this once:\n")
            print(f"    {stored.recovery_key}\n")
            print("With it, `continuum identity restore` brings this identity to a new machine.")
        elif identity is not None:
            print("\nThe recovery key was shown before and is not shown again.")
    return EXIT_OK


def _confirm_reset(yes: bool) -> bool:
    print(
        "Resetting gives the bot a NEW identity. Every activist's and mentor's Element will show that the\n"
        "bot's identity changed, and those who verified it must do so again. Do this only when the old\n"
        "keys may be compromised or are lost for good."
    )
    if yes or input("Type RESET to continue: ").strip() == "RESET":
        return True
    print("Nothing changed.")
    return False


async def _reset(settings: Settings) -> int:
    async with _logged_in(settings, lock=True) as runtime:
        manager = runtime.cross_signing_manager()
        await manager.reset()
        identity = manager.load_identity()
        assert identity is not None
        stored = await store_identity(runtime.require_client(), identity, replace_default=True)
        (runtime.data.identity_file.parent / _SHOWN).write_text("shown\n")
        _print_fingerprints("New identity:", manager.fingerprints())
        print("\nNew recovery key — keep it OFFLINE; it is shown only this once:\n")
        print(f"    {stored.recovery_key}\n")
    return EXIT_OK


async def _restore(settings: Settings) -> int:
    prompt = "Recovery key (input hidden): "
    key = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    if not key.strip():
        print("No recovery key given; nothing changed.", file=sys.stderr)
        return EXIT_FAIL
    async with _logged_in(settings, lock=True) as runtime:
        identity = await restore_from_recovery_key(runtime.require_client(), key.strip())
        manager = runtime.cross_signing_manager()
        await manager.adopt(identity)
        (runtime.data.identity_file.parent / _SHOWN).write_text("shown\n")
        _print_fingerprints("Restored identity (this device is now signed with it):", manager.fingerprints())
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    setup_logging("WARNING", settings.log_format, settings.debug)
    try:
        if args.identity_command == "show":
            return asyncio.run(_show(settings))
        if args.identity_command == "reset":
            return asyncio.run(_reset(settings)) if _confirm_reset(args.yes) else EXIT_FAIL
        return asyncio.run(_restore(settings))
    except (CrossSigningError, SecretStorageError) as e:
        raise StartupError(str(e)) from None


def add_commands(subparsers: Any) -> None:
    identity = subparsers.add_parser("identity", help="the bot's cross-signing identity")
    add_config_option(identity)
    sub = identity.add_subparsers(dest="identity_command", required=True)
    show = sub.add_parser("show", help="print the fingerprints (and, the first time, the recovery key)")
    reset = sub.add_parser("reset", help="rotate to a new identity on purpose (activists will see a change)")
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore = sub.add_parser("restore", help="bring the identity onto this machine from the recovery key (stdin)")
    for leaf in (show, reset, restore):
        add_config_option(leaf, under_group=True)
    identity.set_defaults(func=_run)
