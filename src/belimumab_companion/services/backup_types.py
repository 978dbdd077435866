"""What the backup service hands out: a backup, what it holds, a restore's result, the start-up
check (services/backup_service.py, services/backup_start.py)."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from belimumab_companion.domain.backup_retention import (
    BackupKind,
)
from belimumab_companion.storage.backup import utc_stamp

AUTOMATIC_REASONS = ("start", "quit")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str  # start, quit, manual, before-restore, before-upgrade
    created_at: datetime
    size: int
    ok: bool
    # The newest change recorded inside the file (its newest entry or setting), which orders
    # backups: a name stamped by a wrong clock (2150) must not make a backup "newest" forever.
    newest_change: datetime | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def automatic(self) -> bool:
        return self.reason != "manual"

    @property
    def kind(self) -> BackupKind:
        if self.reason == "manual":
            return BackupKind.MANUAL
        if self.reason == "before-restore":
            return BackupKind.BEFORE_RESTORE
        if self.reason == "before-upgrade":
            return BackupKind.BEFORE_UPGRADE
        return BackupKind.ROUTINE


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, shown before a restore."""

    path: Path
    size: int
    revision: str
    needs_upgrade: bool
    created_at: datetime | None  # from the file name, when it is one of ours
    newest_activity: datetime | None
    counts: Mapping[str, int]


@dataclass(frozen=True)
class RestoreResult:
    """What a restore (or an undo) did; pass it to ``undo_restore`` to go back."""

    restored_from: Path
    preview: BackupPreview | None
    safety_backup: BackupInfo | None  # the replaced data, backed up first (when it could be)
    replaced: Path | None  # the replaced database file, kept aside (with its sidecars)
    set_aside: tuple[Path, ...]
    automatic_backups_paused: bool = True


class StartStatus(enum.Enum):
    OK = "ok"
    NEW = "new"  # no data file yet
    CORRUPT = "corrupt"  # set aside; ``offer`` is the newest backup that passes integrity_check
    INACCESSIBLE = "inaccessible"  # permissions: tell the person, touch nothing
    IN_USE = "in-use"  # locked by another program: touch nothing
    MISSING = "missing"  # no data file, but earlier data was found: ``offer`` is it


@dataclass(frozen=True)
class StartCheck:
    status: StartStatus
    problems: tuple[str, ...] = ()
    set_aside: tuple[Path, ...] = ()
    offer: BackupInfo | None = None


_NAME = re.compile(
    r"^(?P<label>[a-z][a-z0-9_-]*?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<counter>\d+))?\.sqlite3$"
)


def _parse_name(name: str) -> tuple[str, datetime, int] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    label = match["label"]
    if label.startswith("before-upgrade-"):
        reason = "before-upgrade"
    elif label in (*AUTOMATIC_REASONS, "manual", "before-restore"):
        reason = label
    else:
        return None
    created_at = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return reason, created_at, int(match["counter"] or 0)


def _free_name(folder: Path, reason: str, now: datetime) -> Path:
    base = f"{reason}-{utc_stamp(now)}"
    target = folder / f"{base}.sqlite3"
    counter = 1
    while target.exists():
        target = folder / f"{base}-{counter}.sqlite3"
        counter += 1
    return target
