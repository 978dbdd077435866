"""The report as a QTextDocument (for the PDF, a printer or the dialog's preview).

The document is a ``ReportDocument``, whose ``loadResource`` answers only the report's own
images (scheme ``belimumab-report``) and refuses anything else, recording the attempt in
``refused``: nothing is ever fetched, from the network or from a file. Ligatures are off, so the
PDF's text reads back (and copies) letter for letter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QTextDocument

from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.report.sections.health import CHART_NAME, CHART_URL, SCHEME

__all__ = ["CHART_URL", "SCHEME", "ReportDocument", "report_document"]
FONT_POINTS = 9.5

STYLE = """
body { color: #000000; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; }
h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
th { background-color: #e8e8e8; text-align: left; }
td.note { color: #333333; }
tr.red-flag td { font-weight: bold; }
td.nowrap { white-space: nowrap; }
"""


class ReportDocument(QTextDocument):
    """A QTextDocument that answers only its own images and records every other request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []  # every resource asked for that is not the report's own
        self._own: dict[str, QImage] = {}

    def add_image(self, name: str, image: QImage) -> QUrl:
        url = QUrl(f"{SCHEME}:{name}")
        self._own[url.toString()] = image
        self.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        return url

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        key = name.toString() if isinstance(name, QUrl) else QUrl(name).toString()
        if key in self._own:
            return self._own[key]
        self.refused.append(key)
        return None  # never fetched, never read from disk


def report_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(FONT_POINTS)
    for tag in ("liga", "clig", "dlig"):  # letters, not ligature glyphs, in the PDF's text
        font.setFeature(QFont.Tag(tag), 0)
    return font


def report_document(report: CareTeamReport, chart: bool = True) -> ReportDocument:
    """The report as a document. ``chart``: with the severity chart, which needs a QApplication
    (checked even when there is nothing to draw, so a caller finds out at once)."""
    from belimumab_companion.ui.report.chart import require_widgets_application, severity_chart
    from belimumab_companion.ui.report.html import report_html

    if chart:
        require_widgets_application()
    document = ReportDocument()
    document.setDefaultFont(report_font())
    document.setDefaultStyleSheet(STYLE)
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        QCoreApplication.translate("report_pdf", "Care-team report"),
    )
    with_chart = chart and bool(report.symptom_series)
    if with_chart:
        document.add_image(CHART_NAME, severity_chart(report))
    document.setHtml(report_html(report, chart=with_chart))
    return document
