"""The words and questions around replacing the data: a restore, and a damaged file at start."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from belimumab_companion.text.backup_contents import COUNT_TEXT
from belimumab_companion.ui.dialogs.common import question_box
from belimumab_companion.ui.text.i18n import counted
from belimumab_companion.ui.text.locale_format import long_date_time_text
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.backup_service import BackupPreview
    from belimumab_companion.services.start_errors import DataSetAsideError


def count_words(counts: Mapping[str, int]) -> dict[str, str]:
    """The plain words for what a backup holds, by table ("3 diary entries", "1 vaccination")."""
    return {
        table: counted("DataRestore", text, counts[table])
        for table, text in COUNT_TEXT.items()
        if table in counts
    }


def _local(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("DataRestore", "not known")
    return long_date_time_text(moment.astimezone())


def preview_text(preview: BackupPreview) -> str:
    words = count_words(preview.counts)
    lines = [
        fill(QCoreApplication.translate("DataRestore", "Made: %1"), (_local(preview.created_at),)),
        fill(
            QCoreApplication.translate("DataRestore", "Newest entry in it: %1"),
            (_local(preview.newest_activity),),
        ),
        "",
    ]
    lines += words.values()
    if preview.needs_upgrade:
        lines += [
            "",
            QCoreApplication.translate(
                "DataRestore",
                "It was made by an earlier version; it is brought up to date as it opens.",
            ),
        ]
    return "\n".join(lines)


def ask_to_restore(
    parent: QWidget, preview: BackupPreview, on_yes: Callable[[], None]
) -> QMessageBox:
    """Show what the backup holds; ``on_yes`` runs only when the person chooses Restore."""
    box = question_box(
        parent,
        "restoreQuestion",
        QCoreApplication.translate("DataRestore", "Restore this backup?"),
        QCoreApplication.translate(
            "DataRestore",
            "Your data will be replaced by what this backup holds. Your current data is backed up "
            "first and kept aside, and you can undo the restore.",
        ),
        preview_text(preview),
    )
    restore = box.addButton(
        QCoreApplication.translate("DataRestore", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restoreConfirmButton")
    restore.setAccessibleDescription(
        QCoreApplication.translate(
            "DataRestore", "Replace your data with this backup; your current data is kept aside"
        )
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("restoreCancelButton")
    cancel.setAccessibleDescription(
        QCoreApplication.translate("DataRestore", "Keep your data as it is")
    )
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
    title = QCoreApplication.translate("DataRestore", "Your data file is damaged")
    text = fill(
        QCoreApplication.translate(
            "DataRestore",
            "Your data file could not be read: it is damaged. It was moved, unchanged, to:\n%1",
        ),
        (str(error.kept_in),),
    )
    if error.missing:
        title = QCoreApplication.translate("DataRestore", "Your data file is missing")
        text = fill(
            QCoreApplication.translate(
                "DataRestore",
                "There is no data file, but earlier data was found (a restore or a move that did "
                "not finish). It is kept, unchanged, in:\n%1",
            ),
            (str(error.kept_in),),
        )
        details = fill(
            QCoreApplication.translate(
                "DataRestore",
                "That data is from %1. Restore it? If you start with no data instead, it stays "
                "where it is.",
            ),
            (_local(error.offer_made_at),),
        )
    elif error.restore_offer is None:
        details = QCoreApplication.translate(
            "DataRestore",
            "There is no good backup to restore. The app starts with no data; the damaged file "
            "stays where it is, for a repair service or your own checks.",
        )
    else:
        details = fill(
            QCoreApplication.translate(
                "DataRestore", "Your newest good backup is from %1. Restore it?"
            ),
            (_local(error.offer_made_at),),
        )
    box = question_box(
        parent,
        "damagedDataQuestion",
        title,
        text,
        details,
    )
    box.setIcon(QMessageBox.Icon.Warning)
    restore = None
    if error.restore_offer is not None:
        restore = box.addButton(
            QCoreApplication.translate("DataRestore", "&Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName("restoreOfferedBackupButton")
        restore.setAccessibleDescription(
            QCoreApplication.translate("DataRestore", "Restore your newest good backup now")
        )
        box.setDefaultButton(restore)
    fresh = box.addButton(
        QCoreApplication.translate("DataRestore", "Start with &no data"),
        QMessageBox.ButtonRole.RejectRole,
    )
    fresh.setObjectName("startWithNoDataButton")
    fresh.setAccessibleDescription(
        QCoreApplication.translate(
            "DataRestore", "Start the app with no data; the damaged file stays where it is"
        )
    )
    box.setEscapeButton(fresh)
    box.buttonClicked.connect(lambda button: on_choice(restore is not None and button is restore))
    box.open()
    return box
