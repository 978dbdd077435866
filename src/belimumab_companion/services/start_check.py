"""The start-up integrity check, between the instance lock and opening the data."""

from __future__ import annotations

import sqlite3

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.backup_service import BackupService, StartStatus
from belimumab_companion.services.start_errors import DataSetAsideError, DataUnusableError
from belimumab_companion.storage.backup import file_problems
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, message


def check_data_at_start(backups: BackupService) -> None:
    """Raise DataSetAsideError (damaged file, moved aside) or DataUnusableError, a
    DataUnavailableError (cannot read it, or another program holds it); return when the file is
    fine or not there yet."""
    check = backups.check_at_start()
    if check.status is StartStatus.MISSING and check.offer is not None:
        earlier = check.offer
        raise DataSetAsideError(
            (),
            earlier.path.parent,
            earlier.created_at,
            lambda: backups.restore(earlier.path),
            missing=True,
            start_fresh=backups.accept_fresh_start,
        )
    if check.status is StartStatus.CORRUPT:
        offer = check.offer
        kept_in = check.set_aside[0].parent if check.set_aside else backups.paths.quarantine_dir
        raise DataSetAsideError(
            check.problems,
            kept_in,
            None if offer is None else offer.created_at,
            None if offer is None else (lambda: backups.restore_newest_good(check)),
        )
    if check.status is StartStatus.INACCESSIBLE:
        raise DataUnusableError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Your data file cannot be opened, so nothing was changed: %1. "
                    "Check that you can read and write it, then start again.",
                ),
                "; ".join(check.problems),  # the system's own words, not translated
            )
        )
    if check.status is StartStatus.IN_USE:
        raise DataUnusableError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Another program is using your data file right now, so nothing was changed. "
                    "Close it (or wait a moment), then start Belimumab Companion again.",
                )
            )
        )


def check_read_only(paths: AppPaths) -> None:
    """The same check where nothing may be written: a damaged file is reported, not moved."""
    database = paths.database
    if not database.exists():
        return
    try:
        problems = file_problems(database, quick=True)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise DataUnusableError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Your data file %1 is damaged (%2), and its folder cannot be written to, so it "
                    "was left exactly as it is. Fix the folder's permissions and start again: the "
                    "app then keeps the damaged file aside and offers your newest good backup.",
                ),
                str(database),
                "; ".join(problems[:3]),  # SQLite's own words, not translated
            )
        )
