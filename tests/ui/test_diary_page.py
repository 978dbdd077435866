"""The Diary page over a real data folder: the lazy table model (qtmodeltester), sorting and
filtering done in SQLite, the severity chart with its dose markers, and the buttons' signals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_service import DiaryFilter, DiaryInputs
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.models.diary_model import (
    INTERFERENCE,
    NOTES,
    SEVERITY,
    SYMPTOM,
    TRIAGE,
    WHEN,
    DiaryModel,
)
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.shell.main_window import MainWindow
from testsupport import FIXED_NOW

MADRID = ZoneInfo("Europe/Madrid")


def _inputs(symptom: str, day: int, severity: int = 1, notes: str = "", **kw: Any) -> DiaryInputs:
    return DiaryInputs(
        symptom=symptom,
        onset_at=datetime(2026, 11, day, 12, 0, tzinfo=MADRID),
        zone="Europe/Madrid",
        severity=severity,
        notes=notes,
        **kw,
    )


def _services(window: MainWindow) -> AppServices:
    assert window.services is not None
    return window.services


def _page(qtbot: QtBot, services: AppServices) -> DiaryPage:
    page = DiaryPage()
    qtbot.addWidget(page)
    page.load(services)
    page.resize(1100, 700)
    page.show()
    return page


def plotted(item: Any) -> list[tuple[int, int]]:
    """The points a pyqtgraph item draws, as (day of the month in Madrid, level)."""
    xs, ys = item.getData()
    return [
        (datetime.fromtimestamp(float(x), MADRID).day, round(float(y)))
        for x, y in zip(xs, ys, strict=True)
    ]


def _column(model: DiaryModel, column: int) -> list[str]:
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def _fill(services: AppServices, count: int) -> list[int]:
    """``count`` entries an hour apart, oldest first; only the oldest is very severe."""
    ids = []
    start = FIXED_NOW - timedelta(hours=count + 1)
    for n in range(count):
        saved = services.diary.add(
            DiaryInputs(
                symptom=("Headache", "Tiredness", "Rash")[n % 3],
                onset_at=start + timedelta(hours=n),
                zone="Europe/Madrid",
                severity=4 if n == 0 else n % 4,
                interference=n % 5,
            )
        )
        ids.append(saved.entry.id)
    return ids


@pytest.fixture
def filled(window: MainWindow) -> tuple[AppServices, list[int]]:
    services = _services(window)
    return services, _fill(services, 450)


def test_the_model_passes_qtmodeltester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    services = _services(window)
    services.diary.add(_inputs("Diarrhoea", 10, 2, notes="twice before lunch\ngone by evening"))
    services.diary.add(_inputs("Trouble breathing", 11, 3, notes="after the injection"))
    services.diary.add(_inputs("Tiredness", 12, 0, interference=4))
    page = _page(qtbot, services)
    model = page.model
    assert model.rowCount() == 3 and model.total() == 3
    qtmodeltester.check(model)
    row = _column(model, SYMPTOM).index("Diarrhoea")
    texts = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert texts[WHEN] == "Tue, 10 Nov 2026, 12:00"  # in the entry's own zone (Madrid)
    assert texts[SEVERITY] == "moderate" and texts[TRIAGE] == "routine"
    assert texts[NOTES] == "twice before lunch"  # the first line only
    assert "gone by evening" in str(
        model.data(model.index(row, NOTES), Qt.ItemDataRole.ToolTipRole)
    )
    breathing = _column(model, SYMPTOM).index("Trouble breathing")
    assert model.data(model.index(breathing, TRIAGE)) == "emergency"
    tired = _column(model, SYMPTOM).index("Tiredness")
    assert model.data(model.index(tired, SEVERITY)) == "none"
    assert model.data(model.index(tired, INTERFERENCE)) == "very severe"
    # a model over the service directly, with a filter, passes too
    direct = DiaryModel(services.diary)
    direct.set_filter(DiaryFilter(min_severity=2))
    assert direct.rowCount() == 2
    qtmodeltester.check(direct)


def test_rows_arrive_in_pages_of_200(
    filled: tuple[AppServices, list[int]], qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    services, ids = filled
    page = _page(qtbot, services)
    model = page.model
    assert (model.rowCount(), model.total()) == (200, 450)
    lazy = DiaryModel(services.diary)
    qtmodeltester.check(lazy)  # the tester fetches more itself and watches the inserts
    assert 200 < lazy.rowCount() <= 450
    assert model.entry(0).id == ids[-1]  # newest first
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 400
    page.table.scrollToBottom()  # the view asks for the rest by itself
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore(model.index(-1, -1))
    assert [model.entry(r).id for r in range(450)] == ids[::-1]
    assert page.summary.text() == "450 entries"
    # a refresh (or the main window's load again) keeps the loaded rows and the selection
    page.select_entry(ids[5])
    services.diary.delete(ids[-1])
    page.load(services)
    assert (model.rowCount(), model.total()) == (449, 449)
    selected = page.selected_entry()
    assert selected is not None and selected.id == ids[5]


def _click_header(qtbot: QtBot, page: DiaryPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_header_click_sorts_by_severity_in_sqlite(
    filled: tuple[AppServices, list[int]], qtbot: QtBot
) -> None:
    services, ids = filled
    page = _page(qtbot, services)
    model = page.model
    # the very severe entry is the oldest: not among the 200 loaded rows
    assert ids[0] not in [model.entry(r).id for r in range(model.rowCount())]
    levels = ["none", "mild", "moderate", "severe", "very severe"]
    seen = []
    for _ in range(2):
        _click_header(qtbot, page, SEVERITY)
        assert model.sort_column() == SEVERITY and model.rowCount() == 200
        order = [levels.index(text) for text in _column(model, SEVERITY)]
        descending = model.sort_order() == Qt.SortOrder.DescendingOrder
        assert order == sorted(order, reverse=descending)
        if descending:  # found by ORDER BY … LIMIT, not by sorting the loaded rows
            assert model.entry(0).id == ids[0]
        else:
            assert order[0] == 0
        seen.append(descending)
    assert sorted(seen) == [False, True]
    # Notes has no index: the click is ignored and the arrow stays on Severity
    before = [model.entry(r).id for r in range(5)]
    _click_header(qtbot, page, NOTES)
    assert page.table.horizontalHeader().sortIndicatorSection() == SEVERITY
    assert model.sort_column() == SEVERITY and [model.entry(r).id for r in range(5)] == before


def test_filters_change_the_rows(window: MainWindow, qtbot: QtBot) -> None:
    services = _services(window)
    services.diary.add(_inputs("Headache", 10, 1))
    services.diary.add(_inputs("Rash", 15, 3, notes="après la douche"))
    services.diary.add(_inputs("headache", 20, 4, notes="worse than usual"))
    services.diary.add(_inputs("Nausea", 21, 2, notes="after lunch"))
    page = _page(qtbot, services)
    model = page.model
    combo = page.symptom_combo
    assert combo.count() == 1  # the list is read when the user reaches for it, not to paint
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All symptoms",
        "Headache",
        "Nausea",
        "Rash",
    ]
    combo.setCurrentIndex(combo.findText("Headache"))
    assert sorted(_column(model, SYMPTOM)) == ["Headache", "headache"]  # case-insensitive
    assert page.summary.text() == "2 entries match the filters."
    combo.setCurrentIndex(0)
    assert model.rowCount() == 4

    page.severity_combo.setCurrentIndex(page.severity_combo.findData(3))
    assert sorted(_column(model, SYMPTOM)) == ["Rash", "headache"]
    page.severity_combo.setCurrentIndex(0)

    page.since_edit.setDate(QDate(2026, 11, 14))
    page.until_edit.setDate(QDate(2026, 11, 20))
    assert model.rowCount() == 4  # the range counts only once "Dates" is ticked
    assert not page.since_edit.isEnabled()
    page.dates_check.setChecked(True)
    assert page.since_edit.isEnabled() and page.until_edit.isEnabled()
    assert sorted(_column(model, SYMPTOM)) == ["Rash", "headache"]
    combo.setCurrentIndex(combo.findText("Headache"))
    assert _column(model, SYMPTOM) == ["headache"]
    assert page.chart.point_count() == 1  # the chart keeps to the dates too
    assert "Latest severity: very severe" in page.chart.accessibleDescription()
    page.until_edit.setDate(QDate(2026, 11, 19))
    assert model.rowCount() == 0 and page.chart.point_count() == 0
    assert "between these dates" in page.chart.accessibleDescription()
    page.dates_check.setChecked(False)
    assert page.chart.point_count() == 2 and model.rowCount() == 2
    combo.setCurrentIndex(0)
    assert model.rowCount() == 4

    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "apres")
    assert page.search_timer.isActive() and model.rowCount() == 4  # debounced
    assert page.summary.text() == "Searching…"  # not the 4 of before, as if they matched
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.summary.text() == "1 entry matches the filters.")
    assert _column(model, SYMPTOM) == ["Rash"]
    page.search_edit.setText("APRÈS douch")
    qtbot.waitUntil(lambda: not page.search_timer.isActive() and not model.pending)
    assert _column(model, SYMPTOM) == ["Rash"]
    page.search_edit.setText("nothing like this")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter searches at once
    assert not page.search_timer.isActive()
    # the search runs off the window's thread (issue 21 item 7): the rows follow
    assert model.pending
    qtbot.waitUntil(lambda: not model.pending)
    assert model.rowCount() == 0
    assert page.empty.isVisibleTo(page) and page.empty.text() == "No entries match these filters."
    page.search_edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    qtbot.waitUntil(lambda: page.summary.text() == "4 entries")  # never left at "Searching…"
    assert not page.empty.isVisibleTo(page)
    # a search of punctuation alone finds everything: the page says why (issue 20 item 7)
    page.search_edit.setText("%")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not model.pending)
    assert model.rowCount() == 4
    assert "“%” has none, so it is not used" in page.summary.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: "has none" not in page.summary.text())


def test_an_empty_diary_says_so(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(qtbot, _services(window))
    assert page.model.rowCount() == 0
    assert page.empty.isVisibleTo(page) and "Your diary is empty" in page.empty.text()
    assert page.summary.text() == "0 entries"
    assert "Choose a symptom" in page.chart.accessibleDescription()
    assert page.chart.view is None  # pyqtgraph is not even built until there is something to draw


def test_a_logged_entry_shows_in_the_table_and_the_chart(
    window: MainWindow,
    qtbot: QtBot,
) -> None:
    services = _services(window)
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 2),
            time_of_day=time(18),
            zone="Europe/Madrid",
        )
    )
    for sequence, day in enumerate((2, 9, 16), start=1):
        services.plans.log_dose(
            sequence=sequence,
            given_at=datetime(2026, 11, day, 18, 5, tzinfo=MADRID),
            sites=[Site.THIGH_LEFT],
        )
    services.diary.add(_inputs("Rash", 10, 1))
    services.diary.add(_inputs("Headache", 11, 2))
    page = _page(qtbot, services)
    page.symptom_combo.ensure_filled()
    page.symptom_combo.setCurrentIndex(page.symptom_combo.findText("Rash"))
    chart = page.chart
    assert chart.symptom() == "Rash" and chart.view is None  # the pane is closed: words only
    page.show_chart(True)
    assert chart.view is not None and plotted(chart.severity_series) == [(10, 1)]
    assert "1 entry of “Rash”" in chart.accessibleDescription()
    assert "Latest severity: mild" in chart.accessibleDescription()

    saved = services.diary.add(_inputs("rash", 17, 4, notes="spreading"))
    page.refresh()
    assert saved.entry.id in [page.model.entry(r).id for r in range(page.model.rowCount())]
    assert page.model.rowCount() == 2 and page.symptom_combo.currentText() == "Rash"
    assert chart.point_count() == 2 and plotted(chart.severity_series) == [(10, 1), (17, 4)]
    assert plotted(chart.line_series) == [(10, 1), (17, 4)]  # the points plotted: the entries
    # the doses of 9 and 16 November fall between the two entries (± a day): two squares
    assert chart.dose_marker_count() == 2
    assert [day for day, _level in plotted(chart.dose_series)] == [9, 16]
    assert chart.dose_series.opts["symbol"] == "s" and chart.severity_series.opts["symbol"] == "o"
    assert chart.chart is not None
    assert chart.chart.legend_labels() == ["Entry", "Dose given"]
    assert chart.chart.tick_labels("left") == ["none", "mild", "moderate", "severe", "very severe"]
    dates = chart.chart.tick_labels("bottom")
    assert len(dates) == len(set(dates)) >= 2, dates  # each date once
    description = chart.accessibleDescription()
    assert "2 entries of “Rash”" in description
    assert "Latest severity: very severe" in description
    # a redraw keeps its look without restyling (issue 21: Save → seen); a new scheme restyles
    from belimumab_companion.ui.shell.style import chart_colours
    from belimumab_companion.ui.shell.theme import dark_palette

    light = chart.severity_series.opts["brush"].color().name()
    chart.setPalette(dark_palette())
    dark = chart_colours(dark_palette()).series[0].name()
    assert dark != light and chart.severity_series.opts["brush"].color().name() == dark
    assert "2 doses given" in description
    assert chart.accessibleName() == "Severity of “Rash” over time"
    assert chart.view.isVisibleTo(chart) and not chart.empty.isVisibleTo(chart)


def test_the_chart_follows_the_selected_row(window: MainWindow, qtbot: QtBot) -> None:
    services = _services(window)
    services.diary.add(_inputs("Rash", 10, 1))
    services.diary.add(_inputs("Headache", 11, 3))
    services.diary.add(_inputs("Headache", 12, 2))
    page = _page(qtbot, services)
    assert page.chart.symptom() is None
    page.select_entry(page.model.entry(_column(page.model, SYMPTOM).index("Rash")).id)
    assert page.chart.symptom() == "Rash" and page.chart.point_count() == 1
    page.select_entry(page.model.entry(0).id)  # the newest: a headache
    assert page.chart.symptom() == "Headache" and page.chart.point_count() == 2
    assert "Latest severity: moderate" in page.chart.accessibleDescription()


def test_a_typed_symptom_is_never_read_as_markup_in_the_chart(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = _services(window)
    services.diary.add(_inputs('<b>x</b><img src="http://example.invalid/a.png">', 10, 1))
    page = _page(qtbot, services)
    page.show_chart(True)
    page.select_entry(page.model.entry(0).id)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img" in page.chart.title()
    assert "<b>" not in page.chart.title()
    assert "<b>x</b>" in page.chart.accessibleName()  # read out as typed, never as markup


def test_deleted_entries_disappear_after_refresh(window: MainWindow, qtbot: QtBot) -> None:
    services = _services(window)
    keep = services.diary.add(_inputs("Rash", 10, 1)).entry.id
    gone = services.diary.add(_inputs("Rash", 12, 3)).entry.id
    only = services.diary.add(_inputs("Nausea", 13, 2)).entry.id
    page = _page(qtbot, services)
    page.select_entry(gone)
    assert page.chart.point_count() == 2
    services.diary.delete(gone)
    services.diary.delete(only)
    page.refresh()
    assert [page.model.entry(r).id for r in range(page.model.rowCount())] == [keep]
    assert page.selected_entry() is None and not page.delete_button.isEnabled()
    assert page.chart.point_count() == 1
    assert "Latest severity: mild" in page.chart.accessibleDescription()
    combo = page.symptom_combo
    combo.ensure_filled()
    assert [combo.itemText(i) for i in range(combo.count())] == ["All symptoms", "Rash"]
    # a chosen symptom whose last entry goes stays chosen: the table says nothing matches
    combo.setCurrentIndex(combo.findText("Rash"))
    services.diary.delete(keep)
    services.diary.add(_inputs("Headache", 14, 1))
    page.refresh()
    combo.ensure_filled()
    assert combo.currentText() == "Rash" and page.model.rowCount() == 0
    assert page.empty.text() == "No entries match these filters."


def test_buttons_follow_the_selection_and_emit_the_entry(
    window: MainWindow,
    qtbot: QtBot,
) -> None:
    services = _services(window)
    older = services.diary.add(_inputs("Rash", 10, 1)).entry.id
    newer = services.diary.add(_inputs("Headache", 11, 2)).entry.id
    page = _page(qtbot, services)
    assert page.log_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    with qtbot.waitSignal(page.log_requested):
        qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)

    page.table.setFocus()
    page.table.selectRow(1)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    with qtbot.waitSignal(page.edit_requested) as edit:
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert edit.args == [older]
    page.table.selectRow(0)
    with qtbot.waitSignal(page.delete_requested) as delete:
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert delete.args == [newer]

    page.table.selectRow(1)
    with qtbot.waitSignal(page.edit_requested) as opened:  # Enter (or a double-click) edits too
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [older]

    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.selectRow(0)
    page.severity_combo.setCurrentIndex(page.severity_combo.findData(1))  # a new query
    assert page.selected_entry() is None and not page.edit_button.isEnabled()


def test_every_widget_is_named_and_labels_have_buddies(
    window: MainWindow,
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    page = _page(qtbot, _services(window))
    for child in page.findChildren(QWidget):
        if child.parent() is page or child.parentWidget() in (page, page.splitter):
            assert child.objectName(), child
    for label in page.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    for widget in (
        page.symptom_combo,
        page.severity_combo,
        page.dates_check,
        page.since_edit,
        page.until_edit,
        page.search_edit,
        page.log_button,
        page.edit_button,
        page.delete_button,
        page.table,
    ):
        assert widget.accessibleName() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert QApplication.instance() is not None


IMPORT_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from belimumab_companion.ui.pages.diary_page import DiaryPage
app = QApplication([])
page = DiaryPage()
page.show()
app.processEvents()
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))
print('heavy:', ','.join(heavy) or 'none', 'charts:', 'pyqtgraph' in sys.modules)
"""


def test_building_the_page_imports_neither_sqlalchemy_nor_pyqtgraph() -> None:
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "heavy: none charts: False"


def test_the_main_window_logs_edits_and_deletes_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
    from belimumab_companion.ui.pages.diary_page import DiaryPage as Page

    window.show_page("diary")
    page = window.page("diary")
    assert isinstance(page, Page)
    dialog = window.open_symptom_dialog()
    assert isinstance(dialog, DiaryEntryDialog)
    qtbot.addWidget(dialog)
    dialog.symptom.setEditText("Muscle pain")
    dialog.save_button.click()
    assert page.model.rowCount() == 1
    entry_id = page.model.entry(0).id
    edit = window.open_symptom_dialog(entry_id)
    qtbot.addWidget(edit)
    assert edit.symptom.currentText() == "Muscle pain"
    edit.severity.setCurrentIndex(4)
    edit.save_button.click()
    assert page.model.entry(0).severity == 4 and page.undo_bar.isVisibleTo(page)
    page.undo_button.click()
    assert page.model.entry(0).severity == 1
    page.delete_requested.emit(entry_id)
    assert page.model.rowCount() == 0
    page.undo_button.click()
    assert page.model.rowCount() == 1
