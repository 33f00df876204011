"""Owner-only files: everything the bot writes under its data dir is 0600 (directories 0700).

The data dir holds the database, the crypto store, the sealed identity and login, and — when the
operator keeps none elsewhere — the data key. Sealing protects the contents from whoever copies
the files; file modes keep other accounts on the same machine from copying them at all.

- `private_umask()` sets the process umask to 0o077 at the start of every command that writes
  there, so that nothing is ever created readable by others (SQLite's -wal/-shm files and nio's
  crypto store included, which we do not open ourselves);
- `tighten(root)` is the start-up check: it lists every path under the data dir that the group
  or others may read, write or enter, makes it owner-only, and returns what it changed so that
  the caller can warn. A path it may not change stops the bot (`LooseFilesError`) with the fix.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


class LooseFilesError(Exception):
    """Paths under the data dir are open to other accounts and cannot be closed by the bot."""


def private_umask() -> int:
    """Create files owner-only from now on (0600 / 0700); returns the previous umask."""
    return os.umask(PRIVATE_UMASK)


def fix_command(root: Path) -> str:
    return f"chmod -R go-rwx {root}"


def loose_paths(root: Path) -> list[Path]:
    """The data dir and every path under it that the group or others may use (symlinks are not
    followed: a link's own mode means nothing)."""
    if not root.exists():
        return []
    paths = [root]
    for folder, dirs, files in os.walk(root, followlinks=False):
        paths += [Path(folder, name) for name in sorted(dirs) + sorted(files)]
    found: list[Path] = []
    for path in paths:
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:  # removed while we looked (a -journal file)
            continue
        if not stat.S_ISLNK(mode) and mode & _OTHERS:
            found.append(path)
    return found


def tighten(root: Path) -> list[Path]:
    """Make every loose path under `root` owner-only; returns those it changed (for a warning).

    Raises `LooseFilesError`, naming the path and the fix, when one cannot be changed (it
    belongs to another account)."""
    changed = []
    for path in loose_paths(root):
        mode = path.lstat().st_mode
        try:
            os.chmod(path, stat.S_IMODE(mode) & ~_OTHERS)
        except FileNotFoundError:
            continue
        except PermissionError:
            raise LooseFilesError(
                f"{path} can be read by other accounts on this machine and the bot may not change that "
                f"(it belongs to another account). Fix: {fix_command(root)} (as its owner), then start again."
            ) from None
        changed.append(path)
    return changed


def secure_data_dir(root: Path) -> None:
    """The start of every command that writes to the data dir: owner-only from now on (umask
    077), and whatever an older release or a hand left open to other accounts is closed, with a
    warning. Raises `LooseFilesError` for a path the bot may not change."""
    private_umask()
    changed = tighten(root)
    if changed:
        shown = ", ".join(str(p.relative_to(root)) if p != root else str(root) for p in changed[:5])
        log.warning(
            "%d path(s) in the data dir could be read by other accounts on this machine (%s%s); they are "
            "owner-only now. If another account could reach them, treat what they hold as copied. (By hand: %s)",
            len(changed), shown, ", …" if len(changed) > 5 else "", fix_command(root),
        )


def make_private(*paths: Path) -> None:
    """Owner-only for these paths, if they exist (files the bot keeps: database, keys, stores)."""
    for path in paths:
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:
            continue
        if not stat.S_ISLNK(mode) and mode & _OTHERS:
            os.chmod(path, stat.S_IMODE(mode) & ~_OTHERS)


__all__ = ["PRIVATE_UMASK", "LooseFilesError", "fix_command", "loose_paths", "make_private", "private_umask",
           "secure_data_dir", "tighten"]
