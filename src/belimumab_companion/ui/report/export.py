"""The entry point that writes the care-team report's PDF.

A4, or Letter where the locale measures in US units; 15 mm margins. The PDF is rendered into
memory, then written with ``write_atomically`` (a temporary file beside the target, fsync,
rename; mode 0600): a crash never leaves half a report. A QApplication must exist for the chart
(pyqtgraph); ``render_pdf`` with a document made ``chart=False`` needs only a QGuiApplication.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from belimumab_companion import APP_NAME
from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.system.atomic_write import write_atomically
from belimumab_companion.ui.report.document import ReportDocument, report_document
from belimumab_companion.ui.report.pagination import paint_pages
from belimumab_companion.ui.report.sections.wording import generated_text

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

MARGIN_MM = 15.0
RESOLUTION_DPI = 300
US_PAPER = QLocale.MeasurementSystem.ImperialUSSystem

__all__ = ["export_pdf", "generated_text", "page_layout", "render_pdf", "write_report_pdf"]


def page_layout() -> QPageLayout:
    """A4, or Letter where the locale measures in US units; 15 mm margins."""
    size = (
        QPageSize.PageSizeId.Letter
        if QLocale().measurementSystem() == US_PAPER
        else QPageSize.PageSizeId.A4
    )
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def render_pdf(report: CareTeamReport, document: ReportDocument | None = None) -> bytes:
    """The PDF's bytes, made in memory."""
    document = document if document is not None else report_document(report)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(QCoreApplication.translate("report_pdf", "Care-team report"))
    writer.setCreator(APP_NAME)
    paint_pages(document, writer, generated_text(report))
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_report_pdf(path: Path, report: CareTeamReport) -> None:
    """Write the PDF to ``path`` atomically, mode 0600. Raises OSError when it cannot."""
    write_atomically(Path(path), render_pdf(report))


def export_pdf(
    path: Path,
    services: AppServices,
    start: date,
    end: date,
    now: datetime,
    zone: str | None = None,
) -> Path:
    """Build the report for ``start`` .. ``end`` and write it to ``path``; returns the path
    written. A QApplication must exist (the chart is drawn with pyqtgraph's widgets)."""
    from belimumab_companion.services.report_data import build_report

    report = build_report(services, start, end, now, zone)
    target = Path(path)
    write_report_pdf(target, report)
    return target
