"""Reports: the care-team report, exports of your data, and backups (back up now, restore, undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.dialogs import open_plain_message, plain_label, question_box
from belimumab_companion.ui.dose_text import when_text
from belimumab_companion.ui.undo_bar import UndoBar

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.backup_service import BackupInfo, RestoreResult

# (title, default file name, filter) -> the chosen path, or None when cancelled.
SaveChooser = Callable[[str, str, str], Path | None]
OpenChooser = Callable[[str, Path, str], Path | None]
ICS_DOSES = 26  # about a year of maintenance doses, as the CLI's default


def _button(text: str, object_name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible)
    button.setEnabled(False)  # until the data is open
    return button


class ReportsPage(QWidget):
    restore_requested = Signal(Path)  # the main window closes the data, restores, reopens
    data_changed = Signal()  # an import (or its undo) added or removed entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._services: AppServices | None = None
        self.choose_save_file: SaveChooser = self._ask_save_file
        self.choose_open_file: OpenChooser = self._ask_open_file
        heading = QLabel(self.tr("Reports, exports and backups"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.undo_bar = UndoBar("reports", self)

        content = QWidget()
        content.setObjectName("reportsContent")
        scroll = QScrollArea()
        scroll.setObjectName("reportsScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 32, 32, 32)
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
        )
        self.make_report.clicked.connect(self.open_report_dialog)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.make_report, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def open_report_dialog(self):  # type: ignore[no-untyped-def]
        from belimumab_companion.ui.report_dialog import ReportDialog

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
            self.tr("&Doses (CSV)…"), "exportDosesCsv", self.tr("Export the doses as a CSV file")
        )
        self.export_diary = _button(
            self.tr("Side-effect &diary (CSV)…"),
            "exportDiaryCsv",
            self.tr("Export the side-effect diary as a CSV file"),
        )
        self.export_fhir = _button(
            self.tr("Everything, for a &health record (FHIR)…"),
            "exportFhir",
            self.tr("Export everything as a FHIR bundle for a health record system"),
        )
        self.export_ics = _button(
            self.tr("Upcoming doses for your &calendar…"),
            "exportIcs",
            self.tr("Export the upcoming doses as a calendar file"),
        )
        self.import_diary = _button(
            self.tr("&Import a diary (CSV)…"),
            "importDiaryCsv",
            self.tr("Import a side-effect diary from a CSV file"),
        )
        self.import_diary.setToolTip(
            self.tr("A diary exported by this app, from this computer or another one")
        )
        self.import_diary.clicked.connect(self._import_diary)
        self.export_doses.clicked.connect(self._export_doses)
        self.export_diary.clicked.connect(self._export_diary)
        self.export_fhir.clicked.connect(self._export_fhir)
        self.export_ics.clicked.connect(self._export_ics)
        self.export_result = plain_label("exportResult")
        grid = QGridLayout()
        for index, button in enumerate(
            (
                self.export_doses,
                self.export_diary,
                self.export_fhir,
                self.export_ics,
                self.import_diary,
            )
        ):
            grid.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(grid)
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
        self.backup_now = _button(self.tr("&Back up now"), "backUpNow", self.tr("Back up now"))
        self.restore_selected = _button(
            self.tr("Re&store the selected backup…"),
            "restoreSelected",
            self.tr("Restore the selected backup"),
        )
        self.restore_file = _button(
            self.tr("Restore from a &file…"),
            "restoreFromFile",
            self.tr("Restore from a backup file"),
        )
        self.open_backups = _button(
            self.tr("&Open the backups folder"),
            "openBackupsFolder",
            self.tr("Open the backups folder in the file manager"),
        )
        self.backup_now.clicked.connect(self._back_up_now)
        self.restore_selected.clicked.connect(self._restore_selected)
        self.restore_file.clicked.connect(self._restore_from_file)
        self.open_backups.clicked.connect(self._open_backups_folder)
        self.backup_result = plain_label("backupResult")
        buttons = QHBoxLayout()
        for button in (self.backup_now, self.restore_selected, self.restore_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_backups)
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
                    when_text(backup.created_at.astimezone()),
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
        return self.locale().formattedDataSize(size)

    # --- exports -------------------------------------------------------------------------------

    def _export(
        self, title: str, name: str, file_filter: str, write: Callable[[Path], str]
    ) -> None:
        path = self.choose_save_file(title, name, file_filter)
        if path is None:
            return
        try:
            summary = write(path)
        except OSError as exc:
            self.export_result.setText("")
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                self.tr("The file could not be written: %1").replace(
                    "%1", f"{path}: {exc.strerror or exc}"
                ),
                "exportFailedDialog",
            )
            return
        self.export_result.setText(summary)

    def _now(self) -> datetime:
        assert self._services is not None
        return self._services.clock()

    def _stamp(self) -> str:
        return self._now().astimezone().date().isoformat()

    def _export_doses(self) -> None:
        from belimumab_companion.services.csv_export import export_doses_csv

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_doses_csv(path, services.plans, self._now())
            return (
                self.tr("Saved %1 doses to %2.").replace("%1", str(count)).replace("%2", str(path))
            )

        self._export(
            self.tr("Save the doses as CSV"),
            f"belimumab-doses-{self._stamp()}.csv",
            self.tr("CSV files (*.csv)"),
            write,
        )

    def _export_diary(self) -> None:
        from belimumab_companion.services.csv_export import export_diary_csv

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_diary_csv(path, services.diary, services.plans)
            return (
                self.tr("Saved %1 diary entries to %2.")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )

        self._export(
            self.tr("Save the side-effect diary as CSV"),
            f"belimumab-diary-{self._stamp()}.csv",
            self.tr("CSV files (*.csv)"),
            write,
        )

    def _export_fhir(self) -> None:
        from belimumab_companion.services.fhir_export import export_fhir

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_fhir(path, services, self._now())
            return (
                self.tr("Saved a FHIR bundle of %1 entries to %2.")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )

        self._export(
            self.tr("Save everything as a FHIR bundle"),
            f"belimumab-fhir-{self._stamp()}.json",
            self.tr("FHIR JSON (*.json)"),
            write,
        )

    def _export_ics(self) -> None:
        from belimumab_companion.services.ics_export import export_ics

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            now = self._now()
            count = export_ics(path, services.plans.upcoming(now, ICS_DOSES), now)
            return (
                self.tr("Saved the next %1 doses to %2. Open it with your calendar app.")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )

        self._export(
            self.tr("Save the upcoming doses as a calendar file"),
            f"belimumab-doses-{self._stamp()}.ics",
            self.tr("Calendar files (*.ics)"),
            write,
        )

    # --- import ------------------------------------------------------------------------------

    def _import_diary(self) -> QMessageBox | None:
        """Check the whole file first and say what it holds; nothing is added until confirmed,
        and then everything is added at once (or nothing, if anything fails)."""
        from belimumab_companion.services.csv_import import CsvImportRefused, preview_diary_csv
        from belimumab_companion.services.local_zone import local_zone_name

        services = self._services
        assert services is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.choose_open_file(
            self.tr("Choose a diary CSV to import"),
            Path(folder),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path is None:
            return None
        try:
            preview = preview_diary_csv(path, services, local_zone_name())
        except CsvImportRefused as exc:
            return open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Not imported"),
                str(exc),
                "importRefusedDialog",
            )
        text = (
            self.tr("%1 new entries, %2 already in your diary, %3 rows with errors.")
            .replace("%1", str(preview.new_count))
            .replace("%2", str(preview.duplicate_count))
            .replace("%3", str(preview.error_count))
        )
        box = question_box(self, "importPreviewDialog", self.tr("Import this diary?"), text)
        if preview.errors:
            more = preview.error_count - len(preview.errors)
            lines = [str(error) for error in preview.errors]
            if more:
                lines.append(self.tr("… and %1 more").replace("%1", str(more)))
            box.setDetailedText("\n".join(lines))
            box.setInformativeText(
                self.tr("Rows with errors are left out; the details list them by line.")
            )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if preview.new_count:
            label = self.tr("&Import %1 entries").replace("%1", str(preview.new_count))
            accept = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            accept.setObjectName("importConfirmButton")
            box.buttonClicked.connect(
                lambda button: self._import_confirmed(preview) if button is accept else None
            )
        box.open()
        return box

    def _import_confirmed(self, preview) -> None:  # type: ignore[no-untyped-def]
        from belimumab_companion.services.csv_import import CsvImportRefused, import_diary_csv

        services = self._services
        assert services is not None
        try:
            result = import_diary_csv(services, preview, skip_errors=True)
        except CsvImportRefused as exc:
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Not imported"),
                self.tr("%1 Nothing was imported.").replace("%1", str(exc)),
                "importRefusedDialog",
            )
            return
        ids = result.imported_ids

        def undo() -> str | None:
            for entry_id in ids:
                services.diary.delete(entry_id)
            self.data_changed.emit()
            return None

        self.undo_bar.offer(
            self.tr("Imported %1 diary entries from %2.")
            .replace("%1", str(result.count))
            .replace("%2", preview.path.name),
            undo,
        )
        self.data_changed.emit()

    def _ask_save_file(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        return Path(chosen) if chosen else None

    def _ask_open_file(self, title: str, folder: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, title, str(folder), file_filter)
        return Path(chosen) if chosen else None

    # --- backups -------------------------------------------------------------------------------

    def _back_up_now(self) -> None:
        from belimumab_companion.services.backup_service import BackupError

        services = self._services
        assert services is not None
        try:
            made = services.backups.back_up_now()
        except (BackupError, OSError) as exc:
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("No backup made"),
                self.tr("The backup failed: %1").replace("%1", str(exc)),
                "backupFailedDialog",
            )
            return
        self.refresh_backups()
        self.backup_result.setText(
            self.tr("Backed up and checked: %1.").replace("%1", str(made.path))
        )

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
        text = self.tr("Restored %1. Your previous data is kept in %2.").replace(
            "%1", result.restored_from.name
        )
        self.undo_bar.offer(text.replace("%2", str(kept)), undo)
        self.refresh_backups()

    def _open_backups_folder(self) -> None:
        if self._services is not None:
            folder = self._services.paths.backups_dir
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
