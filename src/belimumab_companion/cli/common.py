"""What every command shares: the exit statuses, the one refusal, counting in English."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A refusal the user can act on: printed as one line, exit status 2."""


def count_text(number: int, one: str, many: str) -> str:
    """ "1 dose", "2 doses": the command line's English, with its singular."""
    return f"{number} {one if number == 1 else many}"
