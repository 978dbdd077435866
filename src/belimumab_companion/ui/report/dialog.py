"""The care-team report dialog (issue 7): choose the dates, preview, save as PDF, print.

The preview is the report's own document in a read-only browser (the same HTML and chart as the
PDF; the PDF adds page footers). Saving asks for a file through ``choose_file`` (the native
dialog; tests put their own callable there). A file that cannot be written is reported in a
message box and the dialog stays open with the dates as they were. "Print…" is enabled only
where a printer exists. The report's modules (and SQLAlchemy behind them) are imported on first
use, so opening the window never pays for them. A QApplication is needed (the chart is drawn with pyqtgraph).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.system.local_zone import local_zone_name
from belimumab_companion.ui.dialogs.common import date_edit_format
from belimumab_companion.ui.text.i18n import error_text, user_text
from belimumab_companion.user_text import fill, os_reason

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.report_data import CareTeamReport
    from belimumab_companion.ui.report.document import ReportDocument

DEFAULT_MONTHS = 3
# (parent, caption, suggested path, name filter) -> the chosen path, or "" when cancelled
FileChooser = Callable[[QWidget, str, str, str], str]


def native_file_chooser(parent: QWidget, caption: str, suggested: str, filters: str) -> str:
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def default_file_name(day: date) -> str:
    return f"care-team-report-{day.isoformat()}.pdf"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def printers_available() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())


class ReportDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        zone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report for your care team"))
        self._services = services
        self._zone = zone or local_zone_name()
        self.choose_file: FileChooser = native_file_chooser
        self.error_box: QMessageBox | None = None
        self.saved_path: Path | None = None
        self.preview_document: ReportDocument | None = None
        today = self._today()

        intro = QLabel(
            self.tr(
                "A PDF of your plan, doses, side effects, mood check-ins, contraception and "
                "vaccinations between two dates, to share with your care team."
            )
        )
        intro.setObjectName("reportIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.start_date = self._date_edit(
            "reportStartDate",
            self.tr("First day of the report"),
            self.tr("The report covers what happened from this day on"),
            today,
        )
        self.start_date.setDate(_qdate(today).addMonths(-DEFAULT_MONTHS))
        self.end_date = self._date_edit(
            "reportEndDate",
            self.tr("Last day of the report"),
            self.tr("The report covers what happened up to this day"),
            today,
        )
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("&From:"), self.start_date), self.start_date)
        form.addRow(self._buddy(self.tr("&To:"), self.end_date), self.end_date)

        self.preview_button = self._button(
            "reportPreviewButton",
            self.tr("&Preview"),
            self.tr("Show the report for these dates below"),
        )
        self.save_button = self._button(
            "reportSaveButton",
            self.tr("&Save PDF…"),
            self.tr("Save the report as a PDF file you choose"),
        )
        self.print_button = self._button(
            "reportPrintButton", self.tr("P&rint…"), self.tr("Print the report")
        )
        self.close_button = self._button(
            "reportCloseButton", self.tr("&Close"), self.tr("Close this window")
        )
        self.print_button.setEnabled(printers_available())
        if not self.print_button.isEnabled():
            self.print_button.setToolTip(self.tr("No printer is set up on this computer."))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Report status"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setAccessibleDescription(
            self.tr("The report as it will be saved or printed, without the page numbers")
        )
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setPlaceholderText(self.tr("Choose the dates, then Preview."))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)

        self.start_date.dateChanged.connect(self._dates_changed)
        self.end_date.dateChanged.connect(self._dates_changed)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.close_button.clicked.connect(self.reject)
        self.resize(760, 640)

    # --- widgets -----------------------------------------------------------------------------
    def _date_edit(self, name: str, accessible: str, description: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(description)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        return edit

    def _button(self, name: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        return button

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setObjectName(f"{widget.objectName()}Label")
        label.setBuddy(widget)
        return label

    # --- state -------------------------------------------------------------------------------
    def _today(self) -> date:
        return self._services.clock().astimezone(ZoneInfo(self._zone)).date()

    def period(self) -> tuple[date, date]:
        return _date(self.start_date.date()), _date(self.end_date.date())

    def _dates_changed(self) -> None:
        start, end = self.period()
        valid = start <= end
        for button in (self.preview_button, self.save_button):
            button.setEnabled(valid)
        self.message.setText(
            "" if valid else self.tr("The first day is after the last day: change one of them.")
        )

    def build(self) -> CareTeamReport | None:
        """The report for the chosen dates, at the services' clock; None when the dates are
        the wrong way round (the message says so)."""
        from belimumab_companion.services.report_data import build_report

        start, end = self.period()
        if start > end:
            self._dates_changed()
            return None
        return build_report(self._services, start, end, self._services.clock(), self._zone)

    # --- actions -----------------------------------------------------------------------------
    def show_preview(self) -> None:
        from belimumab_companion.ui.report.document import report_document

        report = self.build()
        if report is None:
            return
        document = report_document(report)
        document.setParent(self)
        self.preview.setDocument(document)
        if self.preview_document is not None:
            self.preview_document.deleteLater()
        self.preview_document = document
        self.message.setText(self.tr("Preview of the report; the PDF adds page numbers."))

    def save(self) -> Path | None:
        """Ask where, then write the PDF there. Returns the path written, or None."""
        from belimumab_companion.ui.report.export import write_report_pdf

        report = self.build()
        if report is None:
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = str(Path(folder) / default_file_name(report.generated_at.date()))
        chosen = self.choose_file(
            self, self.tr("Save the report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_report_pdf(path, report)
        except OSError as exc:
            self._show_error(path, exc)
            return None
        self.saved_path = path
        self.message.setText(fill(self.tr("Saved the report to %1."), (str(path),)))
        return path

    def _show_error(self, path: Path, exc: OSError) -> None:
        reason = user_text(os_reason(exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The report was not saved"),
            fill(
                self.tr("The report could not be written to %1: %2. Choose another place."),
                (str(path), reason),
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("reportSaveError")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if self.error_box is not None:
            self.error_box.deleteLater()
        self.error_box = box
        self.message.setText(box.text())
        box.open()  # window-modal, not a nested event loop: the dialog and its dates stay

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from belimumab_companion.ui.report.document import report_document
        from belimumab_companion.ui.report.export import generated_text, page_layout
        from belimumab_companion.ui.report.pagination import paint_pages

        report = self.build()
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(self.tr("Care-team report"))
        chooser = QPrintDialog(printer, self)
        chooser.setObjectName("reportPrintDialog")
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            paint_pages(report_document(report), printer, generated_text(report))
        except OSError as exc:
            self.message.setText(
                fill(self.tr("The report could not be printed: %1"), (error_text(exc),))
            )
