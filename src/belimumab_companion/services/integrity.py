"""The data file's health, for ``check`` and the start-up check."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from belimumab_companion.storage.backup import integrity_problems


@dataclass(frozen=True)
class IntegrityReport:
    path: Path
    exists: bool
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.exists and not self.problems


def check_data_file(path: Path) -> IntegrityReport:
    if not path.exists():
        return IntegrityReport(path, False, ())
    try:
        problems = integrity_problems(path)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    return IntegrityReport(path, True, tuple(problems))
