"""`backup` and `restore`: a checked copy of the data, and putting one back (the file is treated
as hostile; the current data is kept aside, never deleted)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from belimumab_companion.cli.common import EXIT_OK, CliError
from belimumab_companion.cli.context import CliContext

if TYPE_CHECKING:
    from belimumab_companion.services.backup_types import BackupPreview


def run_backup(context: CliContext) -> int:
    from belimumab_companion.services.backup_service import BackupError, BackupService

    paths, out = context.paths, context.out
    if not paths.database.exists():
        raise CliError(f"no data yet at {paths.database}: nothing to back up")
    import sqlite3

    try:
        made = BackupService(paths).back_up_now()
    except (BackupError, OSError, sqlite3.Error) as exc:  # full or read-only disk, say
        raise CliError(f"the backup failed, your data is unchanged: {exc}") from None
    print(f"Backed up to {made.path} ({made.size:,} bytes, integrity checked).", file=out)
    return EXIT_OK


def run_restore(context: CliContext) -> int:
    """The file is treated as hostile (size, schema, integrity checked on a private copy); the
    current data is backed up and kept aside, never deleted."""
    from belimumab_companion.services.backup_service import (
        BackupError,
        BackupRefused,
        BackupService,
        DatabaseInUseError,
    )

    args, out = context.args, context.out
    service = BackupService(context.paths)
    try:
        preview = service.inspect(args.file)
    except BackupRefused as exc:
        raise CliError(f"{args.file} cannot be restored: {exc}") from None
    for line in _preview_lines(preview):
        print(line, file=out)
    if not args.yes:
        print("Nothing changed. Add --yes to restore it.", file=out)
        return EXIT_OK
    try:
        result = service.restore(args.file)
    except BackupRefused as exc:
        raise CliError(f"{args.file} cannot be restored: {exc}") from None
    except DatabaseInUseError:
        raise CliError("the app is running: quit it, then restore") from None
    except (BackupError, OSError) as exc:
        raise CliError(f"the restore failed, your data is unchanged: {exc}") from None
    kept = result.replaced or (result.safety_backup.path if result.safety_backup else None)
    print(f"Restored. Your previous data is kept in {kept}.", file=out)
    return EXIT_OK


def _preview_lines(preview: BackupPreview) -> list[str]:
    """What the backup holds, in the window's words: local dates, no table names or schema."""
    from belimumab_companion.text.backup_contents import count_label
    from belimumab_companion.text.dates import english_date_time

    def when(moment: datetime | None) -> str:
        return english_date_time(moment.astimezone()) if moment is not None else "not known"

    lines = [
        f"{preview.path.name}",
        f"  Made: {when(preview.created_at)}",
        f"  Newest entry in it: {when(preview.newest_activity)}",
    ]
    for table, count in preview.counts.items():
        label = count_label(table)
        if label is not None:
            lines.append(f"  {label}: {count}")
    if preview.needs_upgrade:
        lines.append("  It was made by an earlier version; it is brought up to date as it opens.")
    return lines
