"""The command line: the same services as the GUI, without Qt (it proves the core needs none).

``parser`` builds the argument tree, ``context`` the paths, the clock and the services (once per
command), ``main`` runs one command; each command group has a module of its own. Exit status:
0 success, 1 a check found a problem, 2 bad input (one line on stderr, no traceback).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from belimumab_companion.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CliError
from belimumab_companion.cli.parser import (
    CONTRACEPTION_METHODS,
    PAGE_KEYS,
    build_parser,
    parse_as_of,
)

if TYPE_CHECKING:
    from belimumab_companion.paths import AppPaths

__all__ = [
    "CONTRACEPTION_METHODS",
    "EXIT_OK",
    "EXIT_PROBLEM",
    "EXIT_USAGE",
    "PAGE_KEYS",
    "CliError",
    "build_parser",
    "cli_paths",
    "main",
    "parse_as_of",
    "run",
]


# The window's start parses its arguments with ``build_parser`` and nothing more: the commands
# (and the domain they word) are imported only when one runs.


def run(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run one command; its exit status (see ``cli.main.run``)."""
    from belimumab_companion.cli.main import run as run_command

    return run_command(argv, stdout, stderr)


def main(argv: list[str] | None = None) -> int:
    """A command from ``argv`` (default: the process's arguments); its exit status."""
    from belimumab_companion.cli.main import main as main_command

    return main_command(argv)


def cli_paths(data_dir: str | None) -> AppPaths:
    """The paths for ``--data-dir``, or CliError when the folder cannot be the data folder."""
    from belimumab_companion.cli.main import cli_paths as paths_for

    return paths_for(data_dir)
