"""The `continuum` command's entry point: holds the garbage collector off, then imports the rest
(bot/platform/collector.py says why; the imports are most of a start's objects)."""

from __future__ import annotations

from bot.platform import collector


def main() -> int:
    collector.hold()
    from bot.cli import main as cli_main  # imported after the hold, on purpose

    return cli_main()
