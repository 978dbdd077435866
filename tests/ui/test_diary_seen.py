"""After a save, the Diary page in view shows the new entry at once (issue 21 item 7): the row in
the table where the sort order puts it, the point in the chart, the count one more; a filter or
a search that the entry does not match keeps it out; an undo, a redo, an edit or a deletion
leaves the table and the chart as the data is; a search of more than a page shows its rows and
then counts them all. Real SQLite, the real window and its gateway."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_service import DiaryInputs, SavedEntry
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from testsupport import FIXED_NOW, diary_inputs

MADRID = ZoneInfo("Europe/Madrid")


def _save(services: AppServices, inputs: DiaryInputs) -> SavedEntry:
    """What the entry dialog's Save does: the add through the gateway, which announces it."""
    saved = operations().run(lambda: services.diary.add(inputs), Change.DIARY)
    assert isinstance(saved, SavedEntry)
    return saved


def _diary(window: MainWindow, count: int) -> tuple[AppServices, DiaryPage]:
    """``count`` headaches an hour apart (the newest 10 hours ago) with the Diary in view, its
    chart open on Headache."""
    services = window.services
    assert services is not None
    for n in range(count):
        services.diary.add(diary_inputs("Headache", 10 + count - n, n % 4, notes=f"walk {n}"))
    window.show_page("diary")
    page = window.page("diary")
    assert isinstance(page, DiaryPage)
    page.show_chart(True)
    page.select_entry(page.model.entry(0).id)
    assert page.chart.symptom() == "Headache"
    return services, page


def _ids(page: DiaryPage) -> list[int]:
    return [page.model.entry(row).id for row in range(page.model.rowCount())]


def _plotted_hours(page: DiaryPage) -> list[float]:
    """The chart's points as hours before now (newest last), from what pyqtgraph draws."""
    xs, _ys = page.chart.severity_series.getData()
    return sorted(round((FIXED_NOW.timestamp() - float(x)) / 3600, 2) for x in xs)[::-1]


def test_a_saved_entry_is_in_the_table_and_the_chart_without_a_reset(
    window: MainWindow, qtbot: QtBot
) -> None:
    services, page = _diary(window, 250)
    model = page.model
    assert (model.rowCount(), model.total(), page.chart.point_count()) == (200, 250, 250)
    selected = page.selected_entry()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    saved = _save(services, diary_inputs("Headache", 1, 3, notes="after the injection"))

    assert _ids(page)[0] == saved.entry.id  # the newest: first
    assert (model.rowCount(), model.total()) == (201, 251)
    assert model.data(model.index(0, 2)) == "severe"
    assert page.summary.text() == "251 entries"
    assert page.chart.point_count() == 251 and _plotted_hours(page)[-1] == 1.0
    assert len(page.chart.severity_series.getData()[0]) == 251
    assert "251 entries of “Headache”" in page.chart.accessibleDescription()
    assert "Latest severity: severe" in page.chart.accessibleDescription()
    assert resets == []  # inserted: the selection and the scroll position stay
    now_selected = page.selected_entry()
    assert selected is not None and now_selected is not None
    assert now_selected.id == selected.id

    # an older entry goes where the onset puts it; one older than every loaded row waits for
    # its page, counted already
    middle = _save(services, diary_inputs("Headache", 10 + 250 - 100.5, 2))
    assert _ids(page).index(middle.entry.id) == 150  # between the 101st and 100th headache
    oldest = _save(services, diary_inputs("Headache", 10 + 250 + 5, 0))
    assert oldest.entry.id not in _ids(page) and model.total() == 253
    assert page.chart.point_count() == 253 and _plotted_hours(page)[0] == 265.0
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 253)
    assert _ids(page)[-1] == oldest.entry.id
    ordered = [model.entry(row).onset_at for row in range(model.rowCount())]
    assert ordered == sorted(ordered, reverse=True)
    # another symptom: a row, but not a point on the Headache chart
    rash = _save(services, diary_inputs("Rash", 0.5, 1))
    assert _ids(page)[0] == rash.entry.id and page.chart.point_count() == 253
    assert resets == []


def test_inserts_pass_qtmodeltester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    services, page = _diary(window, 5)
    qtmodeltester.check(page.model)  # watches every insert from here on
    for hours in (1, 12.5, 30, 0.5):  # first, in between, last, first
        saved = _save(services, diary_inputs("Headache", hours, 2))
        assert saved.entry.id in _ids(page)
        assert page.model.rowCount() == page.model.total()  # each once
    onsets = [page.model.entry(row).onset_at for row in range(page.model.rowCount())]
    assert len(onsets) == 9 and onsets == sorted(onsets, reverse=True)


def test_a_save_keeps_the_sort_order_the_table_shows(window: MainWindow, qtbot: QtBot) -> None:
    services, page = _diary(window, 12)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # severity, mildest first
    saved = _save(services, diary_inputs("Headache", 2, 2))
    levels = [page.model.entry(row).severity for row in range(page.model.rowCount())]
    assert levels == sorted(levels) and saved.entry.id in _ids(page)
    # among the moderate ones it comes last: the newest id (SQLite's tie-break)
    assert _ids(page)[levels.index(3) - 1] == saved.entry.id


def test_with_a_search_only_a_matching_saved_entry_shows(window: MainWindow, qtbot: QtBot) -> None:
    services, page = _diary(window, 6)
    model = page.model
    page.search_edit.setText("paracetamol")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not model.pending)
    assert model.total() == 0 and page.empty.isVisibleTo(page)

    unrelated = _save(services, diary_inputs("Headache", 1, 2, notes="slept badly"))
    assert unrelated.entry.id not in _ids(page)
    assert model.total() == 0 and page.summary.text() == "0 entries match the filters."
    assert page.empty.text() == "No entries match these filters."

    matching = _save(services, diary_inputs("Headache", 0.5, 3, notes="took Paracetamol at noon"))
    assert _ids(page) == [matching.entry.id] and model.total() == 1
    assert page.summary.text() == "1 entry matches the filters."
    assert not page.empty.isVisibleTo(page)

    # a symptom filter too: another symptom's entry, even one the search matches, stays out
    page.symptom_combo.ensure_filled()
    page.symptom_combo.setCurrentIndex(page.symptom_combo.findText("Headache"))
    qtbot.waitUntil(lambda: not model.pending)
    _save(services, diary_inputs("Rash", 0.2, 1, notes="paracetamol"))
    assert _ids(page) == [matching.entry.id] and model.total() == 1
    # the chart (Headache, chosen) has both headaches, not the rash
    assert page.chart.point_count() == 8


def test_undo_and_redo_of_a_logged_entry(window: MainWindow, qtbot: QtBot) -> None:
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog

    services, page = _diary(window, 3)
    points = page.chart.point_count()
    dialog = window.open_symptom_dialog()
    assert isinstance(dialog, DiaryEntryDialog)
    qtbot.addWidget(dialog)
    dialog.symptom.setEditText("Headache")
    dialog.severity.setCurrentIndex(2)
    dialog.save_button.click()
    assert dialog.saved is not None
    new_id = dialog.saved.entry.id
    assert _ids(page)[0] == new_id and page.model.total() == 4
    assert page.chart.point_count() == points + 1
    assert page.undo_bar.text.text() == "Entry saved." and page.undo_bar.isVisibleTo(page)

    page.undo_button.click()  # the entry goes: out of the table and off the chart
    assert new_id not in _ids(page) and page.model.total() == 3
    assert page.chart.point_count() == points
    assert len(page.chart.severity_series.getData()[0]) == points
    assert services.diary.get(new_id) is not None  # kept, deleted (soft)

    operations().undo_stack.redo()  # Edit → Redo brings it back
    assert _ids(page)[0] == new_id and page.chart.point_count() == points + 1

    # an edit and a deletion after inserts: the table and the chart follow the data
    edit = window.open_symptom_dialog(new_id)
    assert isinstance(edit, DiaryEntryDialog)
    qtbot.addWidget(edit)
    edit.severity.setCurrentIndex(1)
    edit.save_button.click()
    assert page.model.entry(0).severity == 1
    assert "Latest severity: mild" in page.chart.accessibleDescription()
    page.delete_requested.emit(new_id)
    assert new_id not in _ids(page) and page.chart.point_count() == points


def test_entries_saved_while_the_diary_is_hidden_show_when_it_is_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    services, page = _diary(window, 3)
    window.show_page("today")
    saved = [_save(services, diary_inputs("Headache", hours, 1)) for hours in (3, 2, 1)]
    window.show_page("diary")
    assert _ids(page)[:3] == [one.entry.id for one in saved[::-1]]
    assert page.model.total() == 6 and page.chart.point_count() == 6


def test_a_dose_logged_redraws_the_dose_marks(window: MainWindow, qtbot: QtBot) -> None:
    """Only a diary change is added as it is; a dose (or anything else) reads everything."""
    from datetime import date, time

    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.domain.regimens import Indication, Route
    from belimumab_companion.services.plan_service import PlanInputs

    services, page = _diary(window, 60)  # from 70 hours ago: 20 November, 11:30 UTC
    assert page.chart.dose_marker_count() == 0
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 20),
            time_of_day=time(18),
            zone="Europe/Madrid",
        )
    )
    operations().run(
        lambda: services.plans.log_dose(
            sequence=1,
            given_at=datetime(2026, 11, 20, 18, 5, tzinfo=MADRID),
            sites=[Site.THIGH_LEFT],
        ),
        Change.DOSES,
    )
    assert page.chart.dose_marker_count() == 1


def test_a_search_of_more_than_a_page_shows_the_page_then_counts_every_match(
    window: MainWindow, qtbot: QtBot
) -> None:
    services, page = _diary(window, 230)
    services.diary.add(diary_inputs("Rash", 300, 1, notes="nothing to see"))
    page.refresh()
    model = page.model
    page.search_edit.setText("paracetamol")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not model.pending)
    assert page.empty.isVisibleTo(page)  # nothing matches
    shown: list[tuple[int, bool, bool]] = []  # at each reset: rows, still counting, "nothing"
    model.modelReset.connect(
        lambda: shown.append((model.rowCount(), model.pending, page.empty.isVisibleTo(page)))
    )
    page.search_edit.setText("walk")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not model.pending)
    # the rows came first, still being counted, and "nothing matches" went with them
    assert shown == [(200, True, False)]
    assert (model.rowCount(), model.total()) == (200, 230)
    assert page.summary.text() == "230 entries match the filters."
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 230)
    assert all("walk" in model.entry(row).notes for row in range(230))
    # fewer matches than a page: counted from the page itself
    page.search_edit.setText("walk 7")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not model.pending)
    notes = sorted(model.entry(row).notes for row in range(model.rowCount()))
    assert model.total() == len(notes) and notes[0] == "walk 7" and "walk 70" in notes


def test_a_saved_entry_of_a_symptom_with_nothing_drawn_yet_replaces_the_last_drawing(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The chart drew Headache, then Nausea had nothing between the dates: the first Nausea
    point saved is drawn alone, never beside Headache's points left in the series."""
    from PySide6.QtCore import QDate

    services, page = _diary(window, 1)
    services.diary.add(diary_inputs("Nausea", 24 * 40, 2))  # 40 days ago: outside the dates below
    page.refresh()
    page.dates_check.setChecked(True)
    page.since_edit.setDate(QDate(2026, 11, 20))
    page.until_edit.setDate(QDate(2026, 11, 23))
    assert page.chart.point_count() == 1 and len(page.chart.severity_series.getData()[0]) == 1
    page.symptom_combo.ensure_filled()
    page.symptom_combo.setCurrentIndex(page.symptom_combo.findText("Nausea"))
    assert page.chart.point_count() == 0 and "between these dates" in page.chart.text()

    saved = _save(services, diary_inputs("Nausea", 3, 4))

    assert _ids(page) == [saved.entry.id]
    assert page.chart.point_count() == 1 and _plotted_hours(page) == [3.0]
    assert "1 entry of “Nausea”" in page.chart.text()
