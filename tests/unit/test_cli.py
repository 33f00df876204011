"""The command line: every command takes its options where an admin types them."""

from __future__ import annotations

import argparse

import pytest

from bot.cli import build_parser

# Each command that reads the configuration, with the arguments it needs besides --config.
COMMANDS_WITH_CONFIG = [
    ["run"],
    ["identity", "show"],
    ["identity", "reset", "--yes"],
    ["identity", "restore"],
    ["setup", "mentors", "@mia:example.org"],
    ["setup", "invite", "@max:example.org"],
    ["backup", "out.backup"],
]


@pytest.mark.parametrize("command", COMMANDS_WITH_CONFIG, ids=" ".join)
def test_config_is_accepted_after_the_subcommand(command: list[str]) -> None:
    args = build_parser().parse_args([*command, "--config", "bot.toml"])
    assert args.config == "bot.toml"


@pytest.mark.parametrize("command", [c for c in COMMANDS_WITH_CONFIG if c[0] in ("identity", "setup")], ids=" ".join)
def test_config_is_accepted_before_the_subcommand_of_a_group(command: list[str]) -> None:
    args = build_parser().parse_args([command[0], "--config", "bot.toml", *command[1:]])
    assert args.config == "bot.toml"


def test_a_group_without_config_reads_the_environment_only() -> None:
    args = build_parser().parse_args(["identity", "show"])
    assert getattr(args, "config", None) is None


def test_every_command_that_reads_the_configuration_is_covered() -> None:
    """A new command that reads settings must be added above (and so take --config after its name)."""
    covered = {tuple(c[:2]) if c[0] in ("identity", "setup") else (c[0],) for c in COMMANDS_WITH_CONFIG}

    def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], bool]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            return [(path, any("--config" in a.option_strings for a in parser._actions))]
        return [leaf for name, sub in subs[0].choices.items() for leaf in leaves(sub, (*path, name))]

    with_config = {path for path, has in leaves(build_parser(), ()) if has}
    assert with_config == covered
