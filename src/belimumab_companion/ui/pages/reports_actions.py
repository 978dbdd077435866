"""The Reports page's actions: the exports (doses, diary and stock of pens CSV, FHIR, calendar), the diary
import with its undo, and saving or opening files. A mixin of ReportsPage; every change goes
through the change gateway."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from belimumab_companion.ui.dialogs.common import open_plain_message, question_box
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.text.i18n import counted, error_text, user_text
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill, message, os_reason

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLabel

    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.ui.widgets.undo_bar import UndoBar

    _Base = QWidget
else:
    _Base = object


ICS_DOSES = 26  # about a year of maintenance doses, as the CLI's default


class ReportsActions(_Base):
    _services: AppServices | None
    choose_save_file: Callable[[str, str, str], Path | None]
    choose_open_file: Callable[[str, Path, str], Path | None]
    discreet_ics: QCheckBox
    export_result: QLabel
    undo_bar: UndoBar

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
                QCoreApplication.translate("ReportsPage", "Not saved"),
                fill(
                    QCoreApplication.translate("ReportsPage", "The file could not be written: %1"),
                    (
                        user_text(
                            message(
                                QT_TRANSLATE_NOOP("Messages", "%1: %2"), str(path), os_reason(exc)
                            )
                        ),
                    ),
                ),
                "exportFailedDialog",
            )
            return
        self.export_result.setText(summary)

    def _now(self) -> datetime:
        assert self._services is not None
        now: datetime = self._services.clock()
        return now

    def _stamp(self) -> str:
        return self._now().astimezone().date().isoformat()

    def _export_doses(self) -> None:
        from belimumab_companion.services.csv_export import export_doses_csv

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_doses_csv(path, services.plans, self._now())
            return fill(
                counted(
                    "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Saved %n doses to %1."), count
                ),
                (str(path),),
            )

        self._export(
            QCoreApplication.translate("ReportsPage", "Save the doses as CSV"),
            f"belimumab-doses-{self._stamp()}.csv",
            QCoreApplication.translate("ReportsPage", "CSV files (*.csv)"),
            write,
        )

    def _export_diary(self) -> None:
        from belimumab_companion.services.csv_export import export_diary_csv

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_diary_csv(path, services.diary, services.plans)
            return fill(
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "Saved %n diary entries to %1."),
                    count,
                ),
                (str(path),),
            )

        self._export(
            QCoreApplication.translate("ReportsPage", "Save the side-effect diary as CSV"),
            f"belimumab-diary-{self._stamp()}.csv",
            QCoreApplication.translate("ReportsPage", "CSV files (*.csv)"),
            write,
        )

    def _export_supplies(self) -> None:
        """Issue 22: the stock, one row per delivery (on hand, set aside as "do not use")."""
        from belimumab_companion.services.csv_export import export_supplies_csv

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_supplies_csv(path, services.supplies)
            return fill(
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "Saved %n deliveries to %1."),
                    count,
                ),
                (str(path),),
            )

        self._export(
            QCoreApplication.translate("ReportsPage", "Save the stock of pens as CSV"),
            f"belimumab-supplies-{self._stamp()}.csv",
            QCoreApplication.translate("ReportsPage", "CSV files (*.csv)"),
            write,
        )

    def _export_fhir(self) -> None:
        from belimumab_companion.services.fhir_export import export_fhir

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            count = export_fhir(path, services, self._now())
            return fill(
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "Saved a FHIR bundle of %n entries to %1."),
                    count,
                ),
                (str(path),),
            )

        self._export(
            QCoreApplication.translate("ReportsPage", "Save everything as a FHIR bundle"),
            f"belimumab-fhir-{self._stamp()}.json",
            QCoreApplication.translate("ReportsPage", "FHIR JSON (*.json)"),
            write,
        )

    def _export_ics(self) -> None:
        from belimumab_companion.services.ics_export import export_ics

        services = self._services
        assert services is not None

        def write(path: Path) -> str:
            now = self._now()
            count = export_ics(
                path, services.plans.upcoming(now, ICS_DOSES), now, discreet=discreet
            )
            return fill(
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP(
                        "ReportsPage",
                        "Saved the next %n doses to %1. Open it with your calendar app.",
                    ),
                    count,
                ),
                (str(path),),
            )

        discreet = self.discreet_ics.isChecked()
        self._export(
            QCoreApplication.translate("ReportsPage", "Save the upcoming doses as a calendar file"),
            f"{'calendar' if discreet else 'belimumab-doses'}-{self._stamp()}.ics",
            QCoreApplication.translate("ReportsPage", "Calendar files (*.ics)"),
            write,
        )

    def _import_diary(self) -> QMessageBox | None:
        """Check the whole file first and say what it holds; nothing is added until confirmed,
        and then everything is added at once (or nothing, if anything fails)."""
        from belimumab_companion.services.csv_import import CsvImportRefused, preview_diary_csv
        from belimumab_companion.system.local_zone import local_zone_name

        services = self._services
        assert services is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.choose_open_file(
            QCoreApplication.translate("ReportsPage", "Choose a diary CSV to import"),
            Path(folder),
            QCoreApplication.translate("ReportsPage", "CSV files (*.csv);;All files (*)"),
        )
        if path is None:
            return None
        try:
            preview = preview_diary_csv(path, services, local_zone_name())
        except CsvImportRefused as exc:
            return open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ReportsPage", "Not imported"),
                error_text(exc),
                "importRefusedDialog",
            )
        text = fill(
            QCoreApplication.translate(
                "ReportsPage", "%1, %2, %3."
            ),  # each count with its own plural form
            (
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "%n new entries"),
                    preview.new_count,
                ),
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "%n already in your diary"),
                    preview.duplicate_count,
                ),
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "%n rows with errors"),
                    preview.error_count,
                ),
            ),
        )
        box = question_box(
            self,
            "importPreviewDialog",
            QCoreApplication.translate("ReportsPage", "Import this diary?"),
            text,
        )
        if preview.errors:
            more = preview.error_count - len(preview.errors)
            lines = [
                fill(
                    QCoreApplication.translate("ReportsPage", "line %1: %2"),
                    (integer_text(error.line), user_text(error.text)),
                )
                for error in preview.errors
            ]
            if more:
                lines.append(
                    fill(
                        QCoreApplication.translate("ReportsPage", "… and %1 more"),
                        (integer_text(more),),
                    )
                )
            box.setDetailedText("\n".join(lines))
            box.setInformativeText(
                QCoreApplication.translate(
                    "ReportsPage", "Rows with errors are left out; the details list them by line."
                )
            )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if preview.new_count:
            label = counted(
                "ReportsPage",
                QT_TRANSLATE_NOOP("ReportsPage", "&Import %n entries"),
                preview.new_count,
            )
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
            result = operations().run(
                lambda: import_diary_csv(services, preview, skip_errors=True),
                Change.DIARY,
                expect=(CsvImportRefused,),
            )
        except CsvImportRefused as exc:
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ReportsPage", "Not imported"),
                fill(
                    QCoreApplication.translate("ReportsPage", "%1 Nothing was imported."),
                    (error_text(exc),),
                ),
                "importRefusedDialog",
            )
            return
        if isinstance(result, Failed):
            return
        ids = result.imported_ids
        self.undo_bar.offer(
            fill(
                counted(
                    "ReportsPage",
                    QT_TRANSLATE_NOOP("ReportsPage", "Imported %n diary entries from %1."),
                    result.count,
                ),
                (preview.path.name,),
            ),
            lambda: services.diary.delete_many(ids),
            Change.DIARY,
        )

    def _ask_save_file(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        return Path(chosen) if chosen else None

    def _ask_open_file(self, title: str, folder: Path, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, title, str(folder), file_filter)
        return Path(chosen) if chosen else None
