"""The words and questions around replacing the data: a restore, and a damaged file at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from belimumab_companion.ui.dialogs import question_box
from belimumab_companion.ui.dose_text import when_text

if TYPE_CHECKING:
    from belimumab_companion.services.backup_service import BackupPreview
    from belimumab_companion.services.start_errors import DataSetAsideError


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataRestore", text)


def count_words() -> dict[str, str]:
    """The plain words for what a backup holds, by table."""
    return {
        "plan_segment": _tr("treatment plan versions"),
        "administration": _tr("doses logged"),
        "diary_entry": _tr("diary entries"),
        "mood_check_in": _tr("mood check-ins"),
        "vaccination": _tr("vaccinations"),
        "contraception_log": _tr("contraception reminders answered"),
        "pregnancy_event": _tr("pregnancy events"),
    }


def _local(moment: datetime | None) -> str:
    return _tr("not known") if moment is None else when_text(moment.astimezone())


def preview_text(preview: BackupPreview) -> str:
    words = count_words()
    lines = [
        _tr("Made: %1").replace("%1", _local(preview.created_at)),
        _tr("Newest entry in it: %1").replace("%1", _local(preview.newest_activity)),
        "",
    ]
    for table, word in words.items():
        if table in preview.counts:
            lines.append(f"{preview.counts[table]:,} {word}")
    if preview.needs_upgrade:
        lines += [
            "",
            _tr("It was made by an earlier version; it is brought up to date as it opens."),
        ]
    return "\n".join(lines)


def ask_to_restore(
    parent: QWidget, preview: BackupPreview, on_yes: Callable[[], None]
) -> QMessageBox:
    """Show what the backup holds; ``on_yes`` runs only when the person chooses Restore."""
    box = question_box(
        parent,
        "restoreQuestion",
        _tr("Restore this backup?"),
        _tr(
            "Your data will be replaced by what this backup holds. Your current data is backed up "
            "first and kept aside, and you can undo the restore."
        ),
        preview_text(preview),
    )
    restore = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreConfirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # Enter does not replace the data by accident
    box.setEscapeButton(cancel)
    box.buttonClicked.connect(lambda button: on_yes() if button is restore else None)
    box.open()
    return box


def offer_after_damage(
    parent: QWidget, error: DataSetAsideError, on_choice: Callable[[bool], None]
) -> QMessageBox:
    """The data file was damaged and moved aside; offer the newest good backup (or go on with
    no data). ``on_choice(True)`` means restore it."""
    text = _tr(
        "Your data file could not be read: it is damaged. It was moved, unchanged, to:\n%1"
    ).replace("%1", str(error.kept_in))
    if error.restore_offer is None:
        details = _tr(
            "There is no good backup to restore. The app starts with no data; the damaged file "
            "stays where it is, for a repair service or your own checks."
        )
    else:
        details = _tr("Your newest good backup is from %1. Restore it?").replace(
            "%1", _local(error.offer_made_at)
        )
    box = question_box(
        parent, "damagedDataQuestion", _tr("Your data file is damaged"), text, details
    )
    box.setIcon(QMessageBox.Icon.Warning)
    restore = None
    if error.restore_offer is not None:
        restore = box.addButton(_tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreOfferedBackupButton")
        box.setDefaultButton(restore)
    fresh = box.addButton(_tr("Start with &no data"), QMessageBox.ButtonRole.RejectRole)
    fresh.setObjectName("startWithNoDataButton")
    box.setEscapeButton(fresh)
    box.buttonClicked.connect(lambda button: on_choice(restore is not None and button is restore))
    box.open()
    return box
