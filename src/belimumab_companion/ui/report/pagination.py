"""The report's pages: laid out for the printable area less a footer band, headings kept with
what follows them, then painted page by page with a footer (when the report was generated) and
"Page N of M".

Keeping headings with their content: CSS ``page-break-after: avoid`` is not honoured by
QTextDocument, so after laying out, every heading (h1..h3) whose first line of content (the next
block that is neither a heading nor a table's repeated header row) falls on a later page is
moved to the top of that page with a page break before it (before the first heading of a run:
"Side effects" and "Red flags" go together). A run that cannot fit on one page is left as laid
out: nothing is ever pushed twice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTransform,
)

from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import fill

BREAK_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
FOOTER_LINES = 2.5  # the band under each page's body: a rule, then the footer's line


def is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _in_header_row(block: QTextBlock) -> bool:
    """A block in a table's header row (``<thead>``), which is repeated on every page."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return False
    return table.cellAt(cursor).row() < table.format().headerRowCount()


def _first_content(block: QTextBlock) -> QTextBlock | None:
    """The first block after ``block`` that holds content: not a heading, not empty, not a
    table's header row."""
    following = block.next()
    while following.isValid():
        if not is_heading(following) and following.text().strip() and not _in_header_row(following):
            return following
        following = following.next()
    return None


def page_of(document: QTextDocument, block: QTextBlock) -> int:
    """The page (from 0) where ``block``'s first line is, as laid out for the document's page
    size."""
    top = document.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineAt(0)
    if line.isValid():
        top += line.y()
    # + 1: the layout rounds positions to 1/64 px, so a page's first block can start a hair
    # before a fractional page height
    return int((top + 1.0) // document.pageSize().height())


def stranded_headings(document: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """(first heading of the run, its content) for every heading whose content is laid out on
    a later page than the heading."""
    found = []
    block = document.begin()
    run_start: QTextBlock | None = None
    while block.isValid():
        if is_heading(block):
            run_start = run_start if run_start is not None else block
            content = _first_content(block)
            if content is not None and page_of(document, block) < page_of(document, content):
                found.append((run_start, content))
        elif block.text().strip():
            run_start = None
        block = block.next()
    return found


def keep_headings_with_content(document: QTextDocument) -> int:
    """Put a page break before every stranded heading run, one at a time (each moves what comes
    after it). Returns how many were moved."""
    moved: set[int] = set()
    while True:
        pending = [
            (start, content)
            for start, content in stranded_headings(document)
            if start.position() not in moved
        ]
        if not pending:
            return len(moved)
        start, _content = pending[0]
        moved.add(start.position())
        form = start.blockFormat()
        form.setPageBreakPolicy(form.pageBreakPolicy() | BREAK_BEFORE)
        QTextCursor(start).setBlockFormat(form)


def footer_band(document: QTextDocument, device: QPagedPaintDevice) -> float:
    """The height of the footer band at the bottom of every page, in ``device`` pixels."""
    return QFontMetricsF(QFont(document.defaultFont()), device).height() * FOOTER_LINES


def lay_out(
    document: QTextDocument, device: QPagedPaintDevice, keep_headings: bool = True
) -> float:
    """Lay ``document`` out for ``device``'s pages less the footer band, headings kept with
    their content (unless ``keep_headings`` is false); returns the height of a page's body."""
    band = footer_band(document, device)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    width, height = float(device.width()), float(device.height())
    body = height - band
    document.setPageSize(QSizeF(width, body))
    if keep_headings:
        keep_headings_with_content(document)
    return body


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> int:
    """Lay ``document`` out for ``device``'s pages and paint it, one page at a time, with
    ``footer`` and "Page N of M" at the bottom of each. Returns the number of pages."""
    font = QFont(document.defaultFont())
    metrics = QFontMetricsF(font, device)
    body = lay_out(document, device)
    width, height = float(device.width()), float(device.height())
    pages = max(1, document.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start drawing the report")
    try:
        painter.setFont(font)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            # Shift the page up (setTransform: the i18n check reads any .translate() as text).
            painter.setTransform(QTransform.fromTranslate(0, -page * body), True)
            document.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
            rule = body + metrics.height() * 0.6
            painter.drawLine(QLineF(0, rule, width, rule))
            line = QRectF(0, height - metrics.height() * 1.2, width, metrics.height() * 1.2)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | middle, footer)
            number = fill(
                QCoreApplication.translate("report_pdf", "Page %1 of %2"),
                (integer_text(page + 1), integer_text(pages)),
            )
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | middle, number)
    finally:
        painter.end()
    return pages
