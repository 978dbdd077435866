"""The Diary page's layout: filters, the table with the room, the chart as a pane to open."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.ui.shell.style import SPACE
from belimumab_companion.ui.widgets.page_layout import scrolling_page
from belimumab_companion.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from belimumab_companion.ui.pages.diary_page import DiaryPage


def _label(text: str, object_name: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setBuddy(buddy)
    return label


def lay_out_diary(page: DiaryPage) -> None:
    heading = page.heading
    # --- layout ------------------------------------------------------------------------------
    # Rows that each fit a narrow window at twice the normal font; the whole page scrolls
    # when the window is smaller still.
    layout = scrolling_page(page, "diary")
    top = QHBoxLayout()
    top.addWidget(heading)
    top.addStretch(1)
    top.addWidget(page.log_button, 0, Qt.AlignmentFlag.AlignVCenter)
    layout.addLayout(top)
    filters = QHBoxLayout()
    filters.setObjectName("diaryFilters")
    filters.addWidget(
        _label(
            QCoreApplication.translate("DiaryPage", "&Symptom:"),
            "diarySymptomLabel",
            page.symptom_combo,
        )
    )
    filters.addWidget(page.symptom_combo)
    filters.addSpacing(SPACE.M)
    filters.addWidget(
        _label(
            QCoreApplication.translate("DiaryPage", "Minimum se&verity:"),
            "diarySeverityLabel",
            page.severity_combo,
        )
    )
    filters.addWidget(page.severity_combo)
    filters.addStretch(1)
    layout.addLayout(filters)
    dates = QHBoxLayout()
    dates.setObjectName("diaryDateFilters")
    dates.addWidget(page.dates_check)
    dates.addWidget(
        _label(QCoreApplication.translate("DiaryPage", "fr&om"), "diarySinceLabel", page.since_edit)
    )
    dates.addWidget(page.since_edit)
    dates.addWidget(
        _label(
            QCoreApplication.translate("DiaryPage", "u&ntil"), "diaryUntilLabel", page.until_edit
        )
    )
    dates.addWidget(page.until_edit)
    dates.addStretch(1)
    layout.addLayout(dates)
    search = QHBoxLayout()
    search.addWidget(
        _label(
            QCoreApplication.translate("DiaryPage", "Sea&rch:"),
            "diarySearchLabel",
            page.search_edit,
        )
    )
    page.search_edit.setMinimumWidth(page.search_edit.fontMetrics().averageCharWidth() * 24)
    search.addWidget(page.search_edit, 1)
    layout.addLayout(search)
    status = QHBoxLayout()
    status.addWidget(page.summary, 1)
    status.addWidget(page.edit_button)
    status.addWidget(page.delete_button)
    layout.addLayout(status)
    page.undo_bar = UndoBar("diary", page)
    page.undo_button = page.undo_bar.button
    layout.addWidget(page.undo_bar)
    layout.addWidget(page.empty)
    page.chart_toggle = QToolButton()
    page.chart_toggle.setObjectName("diaryChartToggle")
    page.chart_toggle.setText(QCoreApplication.translate("DiaryPage", "Severity &chart"))
    page.chart_toggle.setCheckable(True)
    page.chart_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    page.chart_toggle.setAccessibleDescription(
        QCoreApplication.translate(
            "DiaryPage", "Shows or hides the chart of one symptom's severity over time"
        )
    )
    page.chart_toggle.toggled.connect(page.show_chart)
    # The table has the room; the chart is a pane the user opens (issue 20).
    page.splitter = QSplitter(Qt.Orientation.Vertical)
    page.splitter.setObjectName("diarySplitter")
    page.splitter.setChildrenCollapsible(False)
    table_box = QWidget()
    table_box.setObjectName("diaryTableBox")
    table_layout = QVBoxLayout(table_box)
    table_layout.setContentsMargins(0, 0, 0, 0)
    table_layout.addWidget(
        _label(QCoreApplication.translate("DiaryPage", "Entr&ies"), "diaryTableLabel", page.table)
    )
    table_layout.addWidget(page.table)
    table_layout.addWidget(page.chart_toggle, 0, Qt.AlignmentFlag.AlignLeft)  # above its pane
    page.chart_box = QWidget()
    page.chart_box.setObjectName("diaryChartBox")
    chart_layout = QVBoxLayout(page.chart_box)
    chart_layout.setContentsMargins(0, 0, 0, 0)
    chart_layout.addWidget(page.chart)
    page.splitter.addWidget(table_box)
    page.splitter.addWidget(page.chart_box)
    page.splitter.setStretchFactor(0, 3)
    page.splitter.setStretchFactor(1, 2)
    layout.addWidget(page.splitter, 1)
    page.show_chart(False)
    order = [
        page.log_button,
        page.symptom_combo,
        page.severity_combo,
        page.dates_check,
        page.since_edit,
        page.until_edit,
        page.search_edit,
        page.edit_button,
        page.delete_button,
        page.undo_button,
        page.table,
        page.chart_toggle,
        page.chart,
    ]
    for first, second in pairwise(order):
        QWidget.setTabOrder(first, second)
