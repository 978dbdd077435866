"""Online backups through SQLite's backup API (never a raw copy of a WAL database), and the file
work around them: checking a backup, reading a backup someone hands us (hostile until proven
otherwise), setting a database aside with its ``-wal``/``-shm``, a content fingerprint.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from belimumab_companion.paths import make_file_private
from belimumab_companion.storage.sqlite_connection import connect, connect_for_reading

SQLITE_MAGIC = b"SQLite format 3\x00"
# A hot journal belongs to its database as much as the WAL does: they move together.
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")

# The tables a restore preview counts (those that exist at the file's schema version).
PREVIEW_TABLES = (
    "administration",
    "diary_entry",
    "mood_check_in",
    "vaccination",
    "contraception_log",
    "pregnancy_event",
    "plan_segment",
    "supply_lot",  # issue 22
)
# Timestamp columns that say when the person last did something, per table.
_ACTIVITY_COLUMNS = {
    "administration": ("given_at", "created_at"),
    "diary_entry": ("created_at", "updated_at"),
    "mood_check_in": ("taken_at", "created_at"),
    "vaccination": ("created_at",),
    "contraception_log": ("answered_at",),
    "pregnancy_event": ("recorded_at",),
    "plan_segment": ("created_at",),
    "supply_lot": ("updated_at",),  # issue 22
    "supply_discard": ("created_at",),
    "setting": ("updated_at",),
}
# FTS5 keeps its index in these ordinary tables beside the virtual one (migration 0006).
_FTS_TABLE = "diary_fts"
_FTS_SHADOW_TABLES = {
    f"{_FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")
}
_SQLITE_INTERNAL_TABLES = {"sqlite_sequence", *(f"sqlite_stat{n}" for n in range(1, 5))}
_VIRTUAL = re.compile(r"\s*create\s+virtual\s", re.IGNORECASE)
_OUR_FTS = re.compile(
    rf'\s*create\s+virtual\s+table\s+"?{_FTS_TABLE}"?\s+using\s+fts5\s*\(', re.IGNORECASE
)
# The app never sets PRAGMA application_id; any other value belongs to some other program.
OUR_APPLICATION_IDS = frozenset({0})


class BackupError(RuntimeError):
    """A backup that could not be made safely. ``code`` says why ("integrity": the copy failed
    its check, ``values`` = the first problems found); the services word it (no sentence here)."""

    def __init__(self, code: str, *values: str) -> None:
        self.code = code
        self.values = values
        super().__init__(f"backup {code}: {'; '.join(values)}" if values else f"backup {code}")


class DatabaseInUseError(RuntimeError):
    """A connection (in this process or another) still has the database open. ``code``:
    "still-open" (a connection holds it), "wal-pending" (its -wal still holds changes), or, from
    the services, "locked" (another process holds the data lock); ``path`` the file or folder."""

    def __init__(self, code: str, path: Path) -> None:
        self.code = code
        self.path = path
        super().__init__(f"{path}: {code}")


class BackupRefused(Exception):
    """A file we were asked to restore from is not acceptable; raised before anything of the live
    data is touched. No sentence here: ``code`` is the kind of refusal, for the UI (unreadable,
    too-large, not-sqlite, corrupt, not-ours, unsafe-schema, too-new, schema-mismatch),
    ``reason`` the check that refused it and ``values`` its details (a path, a count, the first
    problems); ``services.storage_text`` turns them into the sentence the user reads."""

    def __init__(self, code: str, reason: str, *values: str | int) -> None:
        self.code = code
        self.reason = reason
        self.values = values
        details = ", ".join(str(value) for value in values)
        super().__init__(f"{code} ({reason})" + (f": {details}" if details else ""))


@dataclass(frozen=True)
class BackupSummary:
    """What is inside a checked backup file."""

    revision: str
    newest_activity: datetime | None
    counts: Mapping[str, int]


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """The rows ``integrity_check`` reports, empty when the file is sound."""
    connection = connect(path, read_only=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def file_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Like :func:`integrity_problems`, but leaves no trace: a read-only connection to a WAL
    database creates an empty ``-wal`` and a ``-shm`` beside it. With no WAL content to read,
    the file is opened ``immutable`` instead (no sidecar, no lock); with a WAL, the sidecars were
    there already."""
    connection = connect_for_reading(path)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


# Files being written get a name that says nothing about what is in them (no ".partial" beside a
# backup's name): ``.tmp-<random>``, in the target's own folder. A kill can leave one behind; the
# start clears them (``clear_leftovers``) in the folders the app owns.
TEMP_PREFIX = ".tmp-"
# A restore works in ``.restore-work-<pid>-<random>/`` inside the data folder (never the system's
# temporary folder, which Erase does not reach); the start removes those of dead processes.
WORK_PREFIX = ".restore-work-"


def private_temp_path(folder: Path) -> Path:
    """A new, empty 0600 file in ``folder`` with a neutral name."""
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    os.close(handle)
    return Path(name)


def backup_database(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` (0600), check it, and only then give it its name."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = private_temp_path(destination.parent)
    try:
        src = connect(source, read_only=True)
        try:
            dst = connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        make_file_private(partial)
        problems = integrity_problems(partial)
        if problems:
            raise BackupError("integrity", *problems[:3])
        os.replace(partial, destination)
    except BaseException:
        for leftover in (partial, *sidecars(partial)):
            leftover.unlink(missing_ok=True)
        raise
    sync_folder(destination.parent)
    return destination


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); where a folder cannot be fsynced, the data is on disk."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def work_folder(data_dir: Path) -> Path:
    """A new private folder for a restore's copies, inside the data folder."""
    return Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=data_dir))


def swap_in(staged: Path, database: Path, set_aside: Path, moment: datetime) -> Path | None:
    """Put ``staged`` in the place of ``database`` with one rename: there is never a moment
    without a data file, and a kill at any point leaves either the old or the new file in place.

    The database must be closed and checkpointed (:func:`ensure_closed`): a ``-wal`` with content
    raises DatabaseInUseError, before anything changes. The old file is kept in ``set_aside`` as
    ``<name>.replaced-<UTC>`` (a hard link, made before the rename, so its content is kept whatever
    happens next; a copy where links are not possible), and returned. ``staged`` must be in the
    same folder tree (one file system) and have no sidecars of its own."""
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseInUseError("wal-pending", database)
    if any(p.exists() for p in sidecars(staged)):
        raise ValueError(f"{staged} still has a -wal/-journal: not ready to be put in place")
    kept: Path | None = None
    if database.exists():
        set_aside.mkdir(mode=0o700, parents=True, exist_ok=True)
        base = f"{database.name}.replaced-{utc_stamp(moment)}"
        kept = set_aside / base
        counter = 1
        while any(p.exists() for p in (kept, *sidecars(kept))):
            kept = set_aside / f"{base}-{counter}"
            counter += 1
        try:
            os.link(database, kept)
        except FileExistsError:
            raise
        except OSError:  # no hard links here: a plain copy (the file is closed and checkpointed)
            temporary = private_temp_path(set_aside)
            try:
                shutil.copyfile(database, temporary)
                os.replace(temporary, kept)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        sync_folder(set_aside)
    # Empty sidecars of the old file (a -shm, an empty -wal) must not sit beside the new one.
    for sidecar in sidecars(database):
        if sidecar.exists():
            os.replace(sidecar, staged.parent / f"old{sidecar.name[len(database.name) :]}")
    os.replace(staged, database)
    sync_folder(database.parent)
    return kept


def clear_leftovers(data_dir: Path, folders: tuple[Path, ...] = ()) -> list[Path]:
    """Remove what a killed backup, export or restore left: ``.tmp-*`` files in ``data_dir`` and
    ``folders`` (with their sidecars), ``.restore-work-*`` folders of processes that are gone, and
    the ``companion.sqlite3.partial`` of older versions. Returns what was removed."""
    removed: list[Path] = []
    for folder in (data_dir, *folders):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            name = entry.name
            if entry.is_symlink():
                continue
            if name.startswith(TEMP_PREFIX) and entry.is_file():
                entry.unlink(missing_ok=True)
                removed.append(entry)
            elif folder == data_dir and name.startswith(WORK_PREFIX) and entry.is_dir():
                owner = name[len(WORK_PREFIX) :].split("-", 1)[0]
                if owner.isdigit() and _alive(int(owner)):
                    continue
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
            elif folder == data_dir and name.endswith(".sqlite3.partial") and entry.is_file():
                for path in (*sidecars(entry), entry):
                    path.unlink(missing_ok=True)
                removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def backup_file_ok(path: Path, *, quick: bool = True) -> bool:
    """A backup we can restore from: a non-empty SQLite file that passes the check. (An empty file
    is a valid empty database to SQLite, and worthless as a backup.)"""
    if not has_sqlite_header(path):
        return False
    try:
        return file_problems(path, quick=quick) == []
    except sqlite3.DatabaseError:
        return False


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDECAR_SUFFIXES]


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True)
class SetAside:
    """Where :func:`move_aside` put things: the database file (None when there was none) and
    every file moved, the database first."""

    database: Path | None
    files: tuple[Path, ...]


def move_aside(path: Path, folder: Path, label: str, moment: datetime) -> SetAside:
    """Move ``path`` and whichever of its sidecars exist into ``folder`` as
    ``<name>.<label>-<UTC stamp>`` (sidecars keep their suffix, so SQLite still pairs them).
    Never overwrites, never deletes.

    The sidecars go first: a crash half-way leaves the database without its WAL (older, but
    whole), never a WAL beside a database it does not belong to."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    base = f"{path.name}.{label}-{utc_stamp(moment)}"
    target = folder / base
    counter = 1
    while any(p.exists() for p in (target, *sidecars(target))):
        target = folder / f"{base}-{counter}"
        counter += 1
    moved: list[Path] = []
    for source, destination in zip(sidecars(path), sidecars(target), strict=True):
        if source.exists():
            rename_no_clobber(source, destination)
            moved.append(destination)
    if not path.exists():
        return SetAside(None, tuple(moved))
    rename_no_clobber(path, target)
    return SetAside(target, (target, *moved))


def put_back(aside: Path, path: Path) -> list[Path]:
    """The reverse of :func:`move_aside`: the database first, then its sidecars. Refuses to
    overwrite anything at ``path``."""
    if any(p.exists() for p in (path, *sidecars(path))):
        raise FileExistsError(f"{path} (or one of its -wal/-shm files) is in the way")
    rename_no_clobber(aside, path)
    placed = [path]
    for source, destination in zip(sidecars(aside), sidecars(path), strict=True):
        if source.exists():
            rename_no_clobber(source, destination)
            placed.append(destination)
    return placed


def rename_no_clobber(source: Path, destination: Path) -> None:
    try:
        os.link(source, destination)  # fails if destination exists: no silent overwrite
    except FileExistsError:
        raise
    except OSError:
        if destination.exists():
            raise FileExistsError(destination) from None
        os.rename(source, destination)
        return
    os.unlink(source)


def ensure_closed(path: Path) -> None:
    """Raise DatabaseInUseError when some connection still has ``path`` open.

    The probe asks for an exclusive lock without waiting; in WAL mode any open connection holds a
    shared lock for its whole life, idle or not. When the probe closes it is the last connection,
    so SQLite checkpoints the WAL into the file (content unchanged) and removes it. A file that
    is not a database at all cannot be open in SQLite, so it passes."""
    if not path.exists() or path.stat().st_size == 0:
        return
    probe = sqlite3.connect(path, isolation_level=None)
    try:
        probe.execute("PRAGMA busy_timeout=0")
        probe.execute("PRAGMA trusted_schema=OFF")
        probe.execute("PRAGMA locking_mode=EXCLUSIVE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUseError("still-open", path) from exc
    except sqlite3.DatabaseError:
        pass
    finally:
        probe.close()


def content_fingerprint(path: Path) -> str:
    """A digest of the schema and of every row, in key order. Equal for a database and its
    backup; different after any committed change (including a migration). Read-only."""
    digest = hashlib.sha256()
    connection = connect(path, read_only=True)
    try:
        connection.execute("BEGIN")  # one snapshot, even while the app writes
        objects = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"
        ).fetchall()
        for row in objects:
            digest.update(repr(row).encode())
        for _type, name, _table, sql in objects:
            if _type != "table" or (sql or "").upper().startswith("CREATE VIRTUAL"):
                continue
            order = _key_order(connection, name, sql or "")
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
                digest.update(repr(row).encode())
        connection.execute("COMMIT")
    finally:
        connection.close()
    return digest.hexdigest()


def _key_order(connection: sqlite3.Connection, table: str, sql: str) -> str:
    if "WITHOUT ROWID" not in sql.upper():
        return "rowid"
    keys = sorted(
        (int(row[5]), str(row[1]))
        for row in connection.execute(f'PRAGMA table_info("{table}")')
        if int(row[5]) > 0
    )
    return ", ".join(f'"{column}"' for _, column in keys)
