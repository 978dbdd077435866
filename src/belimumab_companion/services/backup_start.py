"""The backup service's start-up check: a damaged or missing data file set aside, the leftovers
of an interrupted restore cleared, earlier data offered, the newest good backup restored. A
mixin of :class:`BackupService` (services/backup_service.py)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from belimumab_companion.domain.backup_retention import (
    BackupKind,
)
from belimumab_companion.paths import make_private
from belimumab_companion.services.backup_types import (
    BackupInfo,
    RestoreResult,
    StartCheck,
    StartStatus,
)
from belimumab_companion.storage.backup import (
    SIDECAR_SUFFIXES,
    SQLITE_MAGIC,
    backup_file_ok,
    clear_leftovers,
    file_problems,
    move_aside,
    sidecars,
)

if TYPE_CHECKING:
    import threading

    from belimumab_companion.paths import AppPaths
    from belimumab_companion.services.clock import Clock


class StartUpChecks:
    _paths: AppPaths
    _clock: Clock
    _lock: threading.RLock
    _fresh_start_accepted: bool

    if TYPE_CHECKING:

        def backups(self) -> list[BackupInfo]: ...
        def newest_good_backup(self) -> BackupInfo | None: ...
        def restore(self, file: Path) -> RestoreResult: ...

    def check_at_start(self) -> StartCheck:
        """``quick_check`` the data file without writing to it. A damaged or non-SQLite file is
        moved aside as ``<name>.corrupt-<UTC>`` (with its sidecars) and the newest backup that
        passes ``integrity_check`` is offered. A permission or lock problem moves nothing."""
        database = self._paths.database
        self.clear_leftovers()
        if not database.exists():
            orphans = [p for p in sidecars(database) if p.exists()]
            moved_files: tuple[Path, ...] = ()
            orphan_note: tuple[str, ...] = ()
            if orphans:  # a WAL without its database must never be paired with a new one
                moved = move_aside(database, self._paths.quarantine_dir, "orphan", self._clock())
                moved_files, orphan_note = moved.files, ("sidecars without a data file",)
            earlier = None if self._fresh_start_accepted else self.earlier_data()
            if earlier is not None:
                return StartCheck(StartStatus.MISSING, orphan_note, moved_files, earlier)
            return StartCheck(StartStatus.NEW, orphan_note, moved_files)
        try:
            with database.open("rb") as stream:
                head = stream.read(len(SQLITE_MAGIC))
        except OSError as exc:
            return StartCheck(StartStatus.INACCESSIBLE, (str(exc),))
        if not head:
            problems = ["the data file is empty"]
        elif head != SQLITE_MAGIC:
            problems = ["the data file is not a SQLite database"]
        else:
            try:
                problems = file_problems(database, quick=True)
            except sqlite3.OperationalError as exc:
                reason = str(exc)
                if "locked" in reason or "busy" in reason:
                    return StartCheck(StartStatus.IN_USE, (reason,))
                if "unable to open" in reason:
                    return StartCheck(StartStatus.INACCESSIBLE, (reason,))
                problems = [reason]
            except sqlite3.DatabaseError as exc:
                problems = [str(exc)]
        if not problems:
            return StartCheck(StartStatus.OK)
        with self._lock:
            moved = move_aside(database, self._paths.quarantine_dir, "corrupt", self._clock())
        make_private(self._paths.quarantine_dir)
        return StartCheck(
            StartStatus.CORRUPT, tuple(problems), moved.files, self.newest_good_backup()
        )

    def clear_leftovers(self) -> list[Path]:
        """Remove what a killed backup, export or restore left in the app's folders (temporary
        files, a dead restore's work folder) and set-aside links to the data file itself (a
        restore killed just before its rename). Never the data, a backup or a set-aside copy."""
        removed = clear_leftovers(self._paths.data_dir, (self._paths.backups_dir,))
        folder = self._paths.quarantine_dir
        database = self._paths.database
        if folder.is_dir() and database.exists():
            for entry in folder.iterdir():
                with contextlib.suppress(OSError):
                    if entry.is_file() and os.path.samefile(entry, database):
                        entry.unlink()
                        removed.append(entry)
        return removed

    def earlier_data(self) -> BackupInfo | None:
        """With no data file: the newest readable copy of earlier data, in ``set-aside/`` (data
        a restore replaced or left, never a damaged file) or a 'before-restore' backup."""
        candidates: list[BackupInfo] = []
        folder = self._paths.quarantine_dir
        prefix = f"{self._paths.database.name}."
        if folder.is_dir():
            for entry in folder.iterdir():
                label = entry.name[len(prefix) :] if entry.name.startswith(prefix) else ""
                if (
                    not label
                    or label.startswith("corrupt")
                    or label.endswith(tuple(SIDECAR_SUFFIXES))
                    or not entry.is_file()
                ):
                    continue
                info = entry.stat()
                moment = datetime.fromtimestamp(info.st_mtime, UTC)
                candidates.append(BackupInfo(entry, "set-aside", moment, info.st_size, True))
        candidates += [b for b in self.backups() if b.kind is BackupKind.BEFORE_RESTORE]
        for candidate in sorted(candidates, key=lambda b: b.created_at, reverse=True):
            if backup_file_ok(candidate.path, quick=False):
                return candidate
        return None

    def accept_fresh_start(self) -> None:
        """The person chose to start with no data although earlier data was found (it stays)."""
        self._fresh_start_accepted = True

    def restore_newest_good(self, check: StartCheck | None = None) -> RestoreResult | None:
        """Restore what ``check`` offered (or the newest good backup); None when there is none."""
        offer = check.offer if check is not None and check.offer else self.newest_good_backup()
        return None if offer is None else self.restore(offer.path)
