"""The one place a command gets its paths, its clock and its services.

The clock is the real one, or the fixed instant ``--as-of`` names; the services are built once,
on first use, with that clock, and closed when the command ends. No command builds a service or a
clock of its own.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from belimumab_companion.cli.common import CliError
from belimumab_companion.paths import AppPaths

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.clock import Clock


class CliContext:
    """A command's arguments, where its data lives, where it prints, and (built once) its
    services."""

    def __init__(self, args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.paths = paths
        self.out = out
        self.err = err
        self.as_of: datetime | None = getattr(args, "as_of", None)
        self.clock: Clock = _clock(self.as_of)
        self._services: AppServices | None = None

    def now(self) -> datetime:
        """The command's "now": ``--as-of`` when given, else the real clock."""
        return self.clock()

    @property
    def services(self) -> AppServices:
        """The services, built on first use with the command's clock. A folder that cannot be
        written opens read-only: reading works, a write says why."""
        if self._services is None:
            from belimumab_companion.services.app_services import (
                DataUnavailableError,
                build_services,
            )

            paths = self.paths
            try:
                self._services = build_services(
                    paths,
                    self.clock,
                    read_only=paths.data_dir.is_dir() and not paths.writable(),
                )
            except DataUnavailableError as exc:
                raise CliError(str(exc)) from None
        return self._services

    def close(self) -> None:
        """Close the data file (safe to call again, and when it was never opened)."""
        if self._services is not None:
            services, self._services = self._services, None
            services.close()


def _clock(as_of: datetime | None) -> Clock:
    from belimumab_companion.services.clock import fixed_clock, system_clock

    return system_clock if as_of is None else fixed_clock(as_of)
