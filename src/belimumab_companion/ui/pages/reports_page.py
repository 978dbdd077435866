"""Reports: the care-team report, exports of your data, and backups (back up now, restore, undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import message_label, open_plain_message, plain_label
from belimumab_companion.ui.pages.reports_actions import ReportsActions
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.shell.style import TYPE, scaled_font
from belimumab_companion.ui.text.i18n import error_text
from belimumab_companion.ui.text.locale_format import medium_date, time_text
from belimumab_companion.ui.widgets.flow_layout import FlowLayout
from belimumab_companion.ui.widgets.page_layout import scrolling_page
from belimumab_companion.ui.widgets.undo_bar import UndoBar
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.backup_service import BackupInfo, RestoreResult

# (title, default file name, filter) -> the chosen path, or None when cancelled.
SaveChooser = Callable[[str, str, str], Path | None]
OpenChooser = Callable[[str, Path, str], Path | None]


def _button(text: str, object_name: str, accessible: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible)
    button.setAccessibleDescription(description)
    button.setEnabled(False)  # until the data is open
    return button


def _when(moment: datetime) -> str:
    """A moment on this computer's clock, as the locale writes it: "Mon, 23 Nov 2026, 10:30"."""
    local = moment.astimezone()
    return f"{medium_date(local.date())}, {time_text(local)}"


class ReportsPage(ReportsActions, QWidget):
    restore_requested = Signal(Path)  # the main window closes the data, restores, reopens

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._services: AppServices | None = None
        self.choose_save_file: SaveChooser = self._ask_save_file
        self.choose_open_file: OpenChooser = self._ask_open_file
        heading = QLabel(self.tr("Reports, exports and backups"))
        heading.setWordWrap(True)
        font = heading.font()
        font = scaled_font(font, TYPE.TITLE, bold=True)
        heading.setFont(font)
        self.undo_bar = UndoBar("reports", self)

        layout = scrolling_page(self, "reports", sideways=False)
        layout.addWidget(heading)
        layout.addWidget(self.undo_bar)
        self._layout = layout
        layout.addWidget(self._build_report())
        layout.addWidget(self._build_exports())
        layout.addWidget(self._build_backups())
        layout.addStretch(1)

    # --- building ------------------------------------------------------------------------------

    def _build_report(self) -> QGroupBox:
        box = QGroupBox(self.tr("A report for your care team"))
        box.setObjectName("careTeamReportBox")
        note = plain_label(
            "careTeamReportNote",
            self.tr(
                "A PDF for the dates you choose: your plan, the doses given, late, missed or "
                "skipped, side effects (the urgent ones first), mood check-ins, contraception "
                "and vaccinations. Preview it, save it or print it."
            ),
        )
        self.make_report = _button(
            self.tr("Make a &report…"),
            "makeReportButton",
            self.tr("Make a report for your care team"),
            self.tr("Choose the dates, then preview, save or print the PDF report"),
        )
        self.make_report.clicked.connect(self.open_report_dialog)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.make_report, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def open_report_dialog(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.report.dialog import ReportDialog

        assert self._services is not None
        dialog = ReportDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _build_exports(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export or import your data"))
        box.setObjectName("exportsBox")
        note = plain_label(
            "exportsNote",
            self.tr(
                "Files you save here are yours: the app never sends them anywhere. They hold "
                "health information, so keep them somewhere private."
            ),
        )
        self.export_doses = _button(
            self.tr("&Doses (CSV)…"),
            "exportDosesCsv",
            self.tr("Export the doses as a CSV file"),
            self.tr("Save every dose to a spreadsheet file you choose"),
        )
        self.export_diary = _button(
            self.tr("Side-&effect diary (CSV)…"),
            "exportDiaryCsv",
            self.tr("Export the side-effect diary as a CSV file"),
            self.tr("Save every diary entry to a spreadsheet file you choose"),
        )
        self.export_supplies = _button(
            self.tr("Stock of &pens (CSV)…"),
            "exportSuppliesCsv",
            self.tr("Export the stock of pens as a CSV file"),
            self.tr("Save each delivery of pens or syringes, with how many are left, to a file"),
        )
        self.export_fhir = _button(
            self.tr("E&verything, for a health record (FHIR)…"),
            "exportFhir",
            self.tr("Export everything as a FHIR bundle for a health record system"),
            self.tr("Save all your data in the FHIR format that health record systems read"),
        )
        self.export_ics = _button(
            self.tr("Upcoming doses for your &calendar…"),
            "exportIcs",
            self.tr("Export the upcoming doses as a calendar file"),
            self.tr("Save about a year of upcoming doses to a file your calendar app opens"),
        )
        self.import_diary = _button(
            self.tr("&Import a diary (CSV)…"),
            "importDiaryCsv",
            self.tr("Import a side-effect diary from a CSV file"),
            self.tr("Add the entries of a diary exported by this app; you see them first"),
        )
        self.import_diary.setToolTip(
            self.tr("A diary exported by this app, from this computer or another one")
        )
        self.import_diary.clicked.connect(self._import_diary)
        self.export_doses.clicked.connect(self._export_doses)
        self.export_diary.clicked.connect(self._export_diary)
        self.export_supplies.clicked.connect(self._export_supplies)
        self.export_fhir.clicked.connect(self._export_fhir)
        self.export_ics.clicked.connect(self._export_ics)
        self.discreet_ics = QCheckBox(self.tr("Discreet calendar &titles"))
        self.discreet_ics.setObjectName("discreetIcs")
        self.discreet_ics.setAccessibleName(self.tr("Discreet calendar titles"))
        self.discreet_ics.setToolTip(
            self.tr(
                "The calendar file names no medicine, only 'Reminder': for a calendar others "
                "can see"
            )
        )
        self.export_result = message_label("exportResult")
        grid = FlowLayout()
        for button in (
            self.export_doses,
            self.export_diary,
            self.export_supplies,
            self.export_fhir,
            self.export_ics,
            self.import_diary,
        ):
            grid.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(self.discreet_ics)
        layout.addWidget(self.export_result)
        return box

    def _build_backups(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        box.setObjectName("backupsBox")
        note = plain_label(
            "backupsNote",
            self.tr(
                "A backup is made when you start the app (once a day) and when you quit, if "
                "anything changed, and before every upgrade and restore. Each one is checked. "
                "The app keeps 7 daily, 4 weekly and 12 monthly backups, and every one you make."
            ),
        )
        self.backup_list = QTreeWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_list.setAccessibleDescription(
            self.tr(
                "When each backup was made, why, its size and whether its check passed. "
                "Enter restores the selected backup."
            )
        )
        self.backup_list.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Check")]
        )
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setMinimumHeight(160)
        header = self.backup_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.backup_list.itemSelectionChanged.connect(self._update_buttons)
        self.backup_list.itemActivated.connect(lambda _item, _column: self._restore_selected())
        self.backup_now = _button(
            self.tr("&Back up now"),
            "backUpNow",
            self.tr("Back up now"),
            self.tr("Make a backup of your data now and check it"),
        )
        self.restore_selected = _button(
            self.tr("Re&store the selected backup…"),
            "restoreSelected",
            self.tr("Restore the selected backup"),
            self.tr("Replace your data with the backup selected in the list; you can undo it"),
        )
        self.restore_file = _button(
            self.tr("Restore from a fi&le…"),
            "restoreFromFile",
            self.tr("Restore from a backup file"),
            self.tr("Replace your data with a backup file you choose; you can undo it"),
        )
        self.open_backups = _button(
            self.tr("&Open the backups folder"),
            "openBackupsFolder",
            self.tr("Open the backups folder in the file manager"),
            self.tr("Show the folder where the backups are kept"),
        )
        self.backup_now.clicked.connect(self._back_up_now)
        self.restore_selected.clicked.connect(self._restore_selected)
        self.restore_file.clicked.connect(self._restore_from_file)
        self.open_backups.clicked.connect(self._open_backups_folder)
        self.backup_result = message_label("backupResult")
        buttons = FlowLayout()
        for button in (
            self.backup_now,
            self.restore_selected,
            self.restore_file,
            self.open_backups,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.backup_list)
        layout.addLayout(buttons)
        layout.addWidget(self.backup_result)
        return box

    # --- data ----------------------------------------------------------------------------------

    def load(self, services: AppServices) -> None:
        self._services = services
        for button in (
            self.make_report,
            self.export_doses,
            self.export_diary,
            self.export_supplies,
            self.export_fhir,
            self.export_ics,
            self.import_diary,
            self.backup_now,
            self.restore_file,
            self.open_backups,
        ):
            button.setEnabled(True)
        self.refresh_backups()

    def refresh_backups(self) -> None:
        if self._services is None:
            return
        selected = self.selected_backup()
        self.backup_list.clear()
        for backup in self._services.backups.backups():
            item = QTreeWidgetItem(
                [
                    _when(backup.created_at),
                    self._reason_text(backup.reason),
                    self._size_text(backup.size),
                    self.tr("good") if backup.ok else self.tr("damaged: not used"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            item.setDisabled(not backup.ok)
            self.backup_list.addTopLevelItem(item)
            if selected is not None and backup.path == selected.path:
                self.backup_list.setCurrentItem(item)
        if self.backup_list.topLevelItemCount() == 0:
            self.backup_result.setText(self.tr("No backups yet."))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        if item is None or not item.isSelected():
            return None
        backup: BackupInfo = item.data(0, Qt.ItemDataRole.UserRole)
        return backup

    def _update_buttons(self) -> None:
        backup = self.selected_backup()
        self.restore_selected.setEnabled(
            self._services is not None and backup is not None and backup.ok
        )

    def _reason_text(self, reason: str) -> str:
        return {
            "start": self.tr("automatic (start)"),
            "quit": self.tr("automatic (quit)"),
            "manual": self.tr("made by you"),
            "before-restore": self.tr("before a restore"),
            "before-upgrade": self.tr("before an upgrade"),
        }.get(reason, reason)

    def _size_text(self, size: int) -> str:
        return QLocale().formattedDataSize(size)

    # --- exports -------------------------------------------------------------------------------

    # --- import ------------------------------------------------------------------------------

    # --- backups -------------------------------------------------------------------------------

    def _back_up_now(self) -> None:
        from belimumab_companion.services.backup_service import BackupError

        services = self._services
        assert services is not None
        try:
            made = operations().run(
                services.backups.back_up_now, Change.BACKUPS, expect=(BackupError, OSError)
            )
        except (BackupError, OSError) as exc:
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("No backup made"),
                fill(self.tr("The backup failed: %1"), (error_text(exc),)),
                "backupFailedDialog",
            )
            return
        if isinstance(made, Failed):
            return
        self.refresh_backups()
        self.backup_result.setText(fill(self.tr("Backed up and checked: %1."), (str(made.path),)))

    def _restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None and backup.ok:
            self.restore_requested.emit(backup.path)

    def _restore_from_file(self) -> None:
        services = self._services
        assert services is not None
        path = self.choose_open_file(
            self.tr("Choose a backup to restore"),
            services.paths.backups_dir,
            self.tr("Backups (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path is not None:
            self.restore_requested.emit(path)

    def restored(self, result: RestoreResult, undo: Callable[[], str | None]) -> None:
        """Called by the main window once a restore is done; offers to undo it."""
        kept = result.replaced or (result.safety_backup.path if result.safety_backup else None)
        text = fill(
            self.tr("Restored %1. Your previous data is kept in %2."),
            (result.restored_from.name, str(kept)),
        )
        self.undo_bar.offer(text, undo)
        self.refresh_backups()

    def _open_backups_folder(self) -> None:
        if self._services is not None:
            folder = self._services.paths.backups_dir
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
