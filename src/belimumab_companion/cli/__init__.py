"""The command line: the same services as the GUI, without Qt (it proves the core needs none).

``parser`` builds the argument tree, ``context`` the paths, the clock and the services (once per
command), ``main`` runs one command; each command group has a module of its own. Exit status:
0 success, 1 a check found a problem, 2 bad input (one line on stderr, no traceback).
"""

from __future__ import annotations

from belimumab_companion.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CliError
from belimumab_companion.cli.main import cli_paths, main, run
from belimumab_companion.cli.parser import (
    CONTRACEPTION_METHODS,
    PAGE_KEYS,
    build_parser,
    parse_as_of,
)

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
