"""Backups, restore and the start-up check: nothing is ever lost.

Backups go through SQLite's backup API, are checked with ``integrity_check``, are 0600 and get
their final name only once checked (``<reason>-<UTC stamp>.sqlite3`` in ``paths.backups_dir``).
Rotation follows :mod:`belimumab_companion.domain.backup_retention`.

"Has the data changed since the last backup?" is answered with a content fingerprint (a digest of
the schema and every row, see :func:`~belimumab_companion.storage.backup.content_fingerprint`):
``PRAGMA data_version`` only works inside one connection's life, and "the newest updated_at" misses
deletions and tables without such a column. The digest reads the whole file, which for this app's
few megabytes is a fraction of a second, and it runs at most once a day at start, and at quit.

A file to restore from is hostile until checked: size limit, a private copy in a temporary folder,
opened read-only with ``trusted_schema=OFF``, ``integrity_check``, our schema (``alembic_version``,
a revision we know, no trigger, no view, no virtual table but our own FTS index, no unknown table).
A refusal raises :class:`BackupRefused` before the live database is touched in any way.

How the caller uses it (the BackupService never holds a database connection itself, so one
instance can live for the whole process, across a restore):

- At start, after taking the instance lock and *before* opening the database:
  ``check = backups.check_at_start()``. When ``check.status is StartStatus.CORRUPT`` the damaged
  file is already set aside; offer ``check.offer`` and, if accepted, ``restore_newest_good(check)``.
  Then ``build_services(...)`` and, once the window is up, ``back_up_if_due()``.
- At quit: ``back_up_at_quit()`` (the database may still be open: the backup API reads alongside).
- Restore (and undo) replace the database file, so nothing may have it open: close the services
  first (``services.close()``), or pass ``release_database=database.close`` so that ``restore``
  does it. Whatever still holds the file open makes ``restore`` raise :class:`DatabaseInUseError`
  before anything is moved. Afterwards rebuild the services with ``build_services(paths, clock)``:
  the old engine must not be used again. Automatic backups then stay paused until the next launch
  (a new BackupService), so the restored state is not rotated over the backups it came from.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from belimumab_companion.domain.backup_retention import (
    DEFAULT_POLICY,
    BackupEntry,
    BackupKind,
    RetentionPolicy,
    plan_retention,
)
from belimumab_companion.paths import DATABASE_FILE, AppPaths
from belimumab_companion.services.backup_reading import read_fully
from belimumab_companion.services.backup_start import StartUpChecks
from belimumab_companion.services.backup_types import (
    AUTOMATIC_REASONS,
    BackupInfo,
    BackupPreview,
    RestoreResult,
    StartCheck,
    StartStatus,
    _free_name,
    _parse_name,
)
from belimumab_companion.services.clock import Clock, system_clock
from belimumab_companion.services.storage_text import (
    BACKUP_REFUSALS,
    BackupError,
    BackupRefused,
    DataInUseError,
    worded_backup_errors,
)
from belimumab_companion.storage import backup as stored_backup
from belimumab_companion.storage.backup import (
    DatabaseInUseError,
    backup_database,
    backup_file_ok,
    content_fingerprint,
    ensure_closed,
    has_sqlite_header,
    sidecars,
    swap_in,
    work_folder,
)
from belimumab_companion.storage.backup_checks import (
    check_backup_copy,
    copy_hostile_file,
    rebuild_search_index,
    summarize_backup,
)
from belimumab_companion.storage.database import (
    head_revision,
    known_revisions,
    migrate_file,
    settle_journal,
)
from belimumab_companion.system import data_lock
from belimumab_companion.system.pause_points import pause_point
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message

__all__ = [
    "MAX_RESTORE_BYTES",
    "BackupError",
    "BackupInfo",
    "BackupPreview",
    "BackupRefused",
    "BackupService",
    "DatabaseInUseError",
    "RestoreResult",
    "StartCheck",
    "StartStatus",
]

MAX_RESTORE_BYTES = 200 * 1024 * 1024
AUTOMATIC_INTERVAL = timedelta(hours=24)


class BackupService(StartUpChecks):
    def __init__(
        self,
        paths: AppPaths,
        clock: Clock = system_clock,
        *,
        release_database: Callable[[], None] | None = None,
        automatic_paused: bool = False,
        max_restore_bytes: int = MAX_RESTORE_BYTES,
        policy: RetentionPolicy = DEFAULT_POLICY,
        temp_root: Path | None = None,
        exclusive_wait: float = data_lock.EXCLUSIVE_WAIT_SECONDS,
    ) -> None:
        self._exclusive_wait = exclusive_wait
        self._fresh_start_accepted = False
        self._paths = paths
        self._clock = clock
        self._release_database = release_database
        self._automatic_paused = automatic_paused
        self._max_restore_bytes = max_restore_bytes
        self._policy = policy
        self._temp_root = temp_root
        self._lock = threading.RLock()
        self._ok_cache: dict[Path, tuple[int, int, bool]] = {}
        self._fingerprints: dict[Path, tuple[int, int, str]] = {}
        self._newest_cache: dict[Path, tuple[int, int, datetime | None]] = {}

    @property
    def paths(self) -> AppPaths:
        return self._paths

    @property
    def automatic_paused(self) -> bool:
        return self._automatic_paused

    def exclusive(self) -> threading.RLock:
        """Held while a backup or restore runs: ``with backups.exclusive():`` waits for it and
        keeps another from starting (erasing all data uses it)."""
        return self._lock

    def pause_automatic(self) -> None:
        """No automatic backups until the next start (after a restore; in read-only mode)."""
        self._automatic_paused = True

    # --- listing -------------------------------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """Our backups, newest first; ``ok`` from ``quick_check`` (cached per file version)."""
        folder = self._paths.backups_dir
        if not folder.is_dir():
            return []
        found: list[tuple[BackupInfo, int]] = []
        for path in folder.iterdir():
            parsed = _parse_name(path.name)
            if parsed is None or not path.is_file():
                continue
            reason, created_at, counter = parsed
            info = path.stat()
            ok = self._quick_ok(path)
            newest = self._newest_change(path) if ok else None
            backup = BackupInfo(path, reason, created_at, info.st_size, ok, newest)
            found.append((backup, counter))
        # Newest first by content; the name's stamp only between backups of equal content.
        floor = datetime.min.replace(tzinfo=UTC)
        found.sort(
            key=lambda item: (item[0].newest_change or floor, item[0].created_at, item[1]),
            reverse=True,
        )
        return [backup for backup, _counter in found]

    def _newest_change(self, path: Path) -> datetime | None:
        info = path.stat()
        cached = self._newest_cache.get(path)
        if cached is not None and cached[:2] == (info.st_size, info.st_mtime_ns):
            return cached[2]
        try:
            newest = summarize_backup(path, "").newest_activity
        except sqlite3.DatabaseError:
            newest = None
        self._newest_cache[path] = (info.st_size, info.st_mtime_ns, newest)
        return newest

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup of any kind that passes the full ``integrity_check``."""
        for backup in self.backups():
            if backup_file_ok(backup.path, quick=False):
                return backup
        return None

    # --- making backups ------------------------------------------------------------------------
    def back_up_now(self, reason: str = "manual") -> BackupInfo:
        if reason not in (*AUTOMATIC_REASONS, "manual", "before-restore"):
            raise ValueError(f"unknown backup reason {reason!r}")
        with self._lock:
            return self._back_up(reason, self._clock())

    def back_up_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        """At start: when the newest good automatic backup is 24 h old or more (or there is
        none, or it is dated in the future) and the data changed since it."""
        if self._automatic_paused or not self._has_data():
            return None
        now = now or self._clock()
        with self._lock:
            newest = self._newest_good_automatic()
            if newest is not None and timedelta(0) <= now - newest.created_at < AUTOMATIC_INTERVAL:
                return None
            if newest is not None and not self._changed_since(newest):
                return None
            return self._back_up("start", now)

    def back_up_at_quit(self) -> BackupInfo | None:
        """At quit: when the data changed since the newest good automatic backup."""
        if self._automatic_paused or not self._has_data():
            return None
        with self._lock:
            newest = self._newest_good_automatic()
            if newest is not None and not self._changed_since(newest):
                return None
            return self._back_up("quit", self._clock())

    def prune(self, now: datetime | None = None) -> list[Path]:
        """Apply the retention policy; returns the files deleted."""
        with self._lock:
            return self._prune(now or self._clock())

    # --- restore -------------------------------------------------------------------------------
    def inspect(self, file: Path) -> BackupPreview:
        """Check a file as a restore candidate and say what is inside. Raises BackupRefused."""
        with self._work() as work:
            return self._checked_copy(Path(file), work)[1]

    def restore(self, file: Path) -> RestoreResult:
        """Replace the data with the backup ``file``, as one step nobody else can see half-done.

        1. The file is checked on a private copy (see :meth:`inspect`), brought up to date and read
           in full through the app's own code: anything it cannot read refuses it, before the
           live data is touched.
        2. The data lock is taken exclusively (every command and the window hold it shared), the
           database is released (``release_database``) and checked closed; the current data is
           backed up ('before-restore').
        3. The checked copy is renamed over the data file (:func:`swap_in`): there is never a
           moment without a data file, and a kill leaves the old or the restored data in place.
           The replaced file is kept in ``paths.quarantine_dir`` (never deleted)."""
        self._paths.ensure()
        with self._lock, self._work() as work, worded_backup_errors():
            copy, preview = self._checked_copy(Path(file), work)
            staged = self._stage(copy, work)
            pause_point("restore-staged")
            with self._exclusive():
                pause_point("restore-locked")
                self._release()
                database = self._paths.database
                ensure_closed(database)
                now = self._clock()
                safety: BackupInfo | None = None
                if has_sqlite_header(database):
                    try:
                        safety = self._back_up("before-restore", now)
                    except (BackupError, sqlite3.DatabaseError):
                        safety = None  # damaged: the file itself is still kept aside below
                pause_point("restore-before-swap")
                replaced = swap_in(staged, database, self._paths.quarantine_dir, now)
                pause_point("restore-swapped")
            self._automatic_paused = True
            files = () if replaced is None else (replaced,)
            return RestoreResult(Path(file), preview, safety, replaced, files)

    def undo_restore(self, result: RestoreResult) -> RestoreResult:
        """Put the data that ``result`` replaced back, keeping the restored file aside in turn.
        The returned result undoes the undo."""
        if result.replaced is None:
            raise UserFacingError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "that restore replaced no data file: there is nothing to put back",
                    )
                ),
                code="nothing-to-put-back",
            )
        if not result.replaced.exists():
            raise FileNotFoundError(result.replaced)
        self._paths.ensure()
        with self._lock, self._work() as work, worded_backup_errors():
            staged = work / DATABASE_FILE
            backup_database(result.replaced, staged)  # reads through a -wal kept beside it
            migrate_file(staged)
            with self._exclusive():
                self._release()
                database = self._paths.database
                ensure_closed(database)
                replaced = swap_in(staged, database, self._paths.quarantine_dir, self._clock())
            for path in (*sidecars(result.replaced), result.replaced):
                path.unlink(missing_ok=True)
            self._automatic_paused = True
            files = () if replaced is None else (replaced,)
            return RestoreResult(result.replaced, None, None, replaced, files)

    # --- internals -----------------------------------------------------------------------------
    def _has_data(self) -> bool:
        database = self._paths.database
        return database.exists() and database.stat().st_size > 0

    def _back_up(self, reason: str, now: datetime) -> BackupInfo:
        database = self._paths.database
        if not self._has_data():
            raise BackupError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "there is no data file to back up at %1"),
                    str(database),
                )
            )
        folder = self._paths.backups_dir
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = _free_name(folder, reason, now)
        with worded_backup_errors():
            backup_database(database, target)
        created_at = now.astimezone(UTC).replace(microsecond=0)
        info = BackupInfo(target, reason, created_at, target.stat().st_size, True)
        self._prune(now)
        return info

    def _prune(self, now: datetime) -> list[Path]:
        listed = self.backups()
        # Names carry whole seconds; within one second the listing order (newest first) decides.
        entries = [
            BackupEntry(b.name, b.created_at - timedelta(microseconds=i), b.ok, b.kind)
            for i, b in enumerate(listed)
        ]
        plan = plan_retention(entries, now, self._policy)
        doomed = set(plan.delete)
        deleted: list[Path] = []
        for backup in listed:
            if backup.name in doomed:
                backup.path.unlink(missing_ok=True)
                self._ok_cache.pop(backup.path, None)
                self._fingerprints.pop(backup.path, None)
                deleted.append(backup.path)
        return deleted

    def _newest_good_automatic(self) -> BackupInfo | None:
        return next((b for b in self.backups() if b.ok and b.kind is BackupKind.ROUTINE), None)

    def _changed_since(self, backup: BackupInfo) -> bool:
        try:
            return self._fingerprint(backup.path) != content_fingerprint(self._paths.database)
        except sqlite3.DatabaseError:
            return True

    def _fingerprint(self, path: Path) -> str:
        info = path.stat()
        cached = self._fingerprints.get(path)
        if cached is not None and cached[:2] == (info.st_size, info.st_mtime_ns):
            return cached[2]
        digest = content_fingerprint(path)
        self._fingerprints[path] = (info.st_size, info.st_mtime_ns, digest)
        return digest

    def _quick_ok(self, path: Path) -> bool:
        info = path.stat()
        cached = self._ok_cache.get(path)
        if cached is not None and cached[:2] == (info.st_size, info.st_mtime_ns):
            return cached[2]
        ok = backup_file_ok(path, quick=True)
        self._ok_cache[path] = (info.st_size, info.st_mtime_ns, ok)
        return ok

    def _checked_copy(self, file: Path, work: Path) -> tuple[Path, BackupPreview]:
        from belimumab_companion.storage.models import Base

        if file.resolve() == self._paths.database.resolve():
            raise BackupRefused(
                "current-data",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "That is the data file in use now, not a backup of it."
                    )
                ),
            )
        copy = work / DATABASE_FILE
        source = file
        wal = Path(f"{file}-wal")
        if wal.is_file() and wal.stat().st_size > 0 and has_sqlite_header(file):
            # Data kept aside with its WAL (what an earlier version's restore moved): read it
            # whole, through the WAL, into a private file first; the checks below still apply.
            source = work / "with-wal.sqlite3"
            try:
                backup_database(file, source)
            except (stored_backup.BackupError, sqlite3.DatabaseError) as exc:
                raise BackupRefused(
                    "corrupt", message(BACKUP_REFUSALS["damaged"], str(exc))
                ) from exc
        with worded_backup_errors():
            copy_hostile_file(source, copy, max_bytes=self._max_restore_bytes)
            revision = check_backup_copy(
                copy, known_revisions() | {head_revision()}, set(Base.metadata.tables)
            )
        summary = summarize_backup(copy, revision)
        parsed = _parse_name(file.name)
        preview = BackupPreview(
            path=file,
            size=copy.stat().st_size,
            revision=revision,
            needs_upgrade=revision != head_revision(),
            created_at=None if parsed is None else parsed[1],
            newest_activity=summary.newest_activity,
            counts=dict(summary.counts),
        )
        return copy, preview

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """The data lock, exclusively; another process using the data (the app, a command) is
        DatabaseInUseError, which the window and the command line already explain."""
        try:
            hold = data_lock.exclusive(self._paths.data_dir, self._exclusive_wait)
            hold.__enter__()
        except data_lock.DataLockBusy as exc:
            raise DataInUseError("locked", self._paths.data_dir) from exc
        try:
            yield
        except BaseException as exc:
            if not hold.__exit__(type(exc), exc, exc.__traceback__):
                raise
        else:
            hold.__exit__(None, None, None)

    @contextlib.contextmanager
    def _work(self) -> Iterator[Path]:
        """A private folder for a restore's copies: inside the data folder (the same file system,
        so the checked copy is renamed into place; Erase and the start clear it), or in
        ``temp_root`` when given. Removed afterwards, whatever happens."""
        if self._temp_root is not None:
            folder = Path(tempfile.mkdtemp(prefix="belimumab-restore-", dir=self._temp_root))
        else:
            self._paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder = work_folder(self._paths.data_dir)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _stage(self, copy: Path, work: Path) -> Path:
        """Bring the checked copy up to date and read all of it through the app's own code; the
        copy is then ready to be renamed into place. BackupRefused when the app cannot use it."""
        try:
            rebuild_search_index(copy)
            migrate_file(copy)
        except OSError:
            raise  # the computer, not the file: "the restore failed, your data is unchanged"
        except Exception as exc:
            raise BackupRefused(
                "cannot-upgrade",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The backup could not be brought up to date for this version (%1); "
                        "nothing was changed.",
                    ),
                    f"{type(exc).__name__}: {exc}",
                ),
            ) from exc
        read_fully(work, self._clock())
        settle_journal(copy)
        return copy

    def _release(self) -> None:
        if self._release_database is not None:
            self._release_database()
