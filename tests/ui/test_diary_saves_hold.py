"""Red team for the Diary's insert-after-save (issue 21 item 7): whatever the user does between
saves (sort by any column and order, search, filter by dates or symptom, scroll, undo, redo,
many saves in a row, another process logging), the table shows exactly the entries the database
holds for its filter, search and sort, each once, with the right count, and the chart exactly
the chosen symptom's entries. After every step the model is compared with a fresh
``DiaryService.page``/``count`` read. Real SQLite, the real window and its gateway."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import (
    DiaryEntry,
    DiaryInputs,
    DiaryService,
    SavedEntry,
)
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from testsupport import FIXED_NOW, diary_inputs, run_cli

MADRID = ZoneInfo("Europe/Madrid")
SYMPTOMS = (
    "Headache",
    "headache",
    "  HEADACHE ",
    "Rash",
    "Náusea",
    "NÁUSEA  ",
    "Straße",
    "STRASSE",
)
HOURS = (0.5, 1.0, 1.0, 3.0, 30.0, 24 * 40.0, 24 * 200.0)  # repeats: the same onset twice


def _save(services: AppServices, page: DiaryPage, inputs: DiaryInputs) -> SavedEntry:
    """What the entry dialog's Save does: the add through the gateway, then "Entry saved." with
    its Undo (and Redo) on the page."""
    saved = operations().run(lambda: services.diary.add(inputs), Change.DIARY)
    assert isinstance(saved, SavedEntry)
    entry_id = saved.entry.id
    page.offer_undo(
        "Entry saved.",
        lambda: services.diary.delete(entry_id),
        redo=lambda: services.diary.restore(entry_id),
    )
    return saved


def _diary(window: MainWindow, count: int) -> tuple[AppServices, DiaryPage]:
    services = window.services
    assert services is not None
    for n in range(count):
        services.diary.add(diary_inputs(SYMPTOMS[n % 3], 10 + count - n, n % 5, notes=f"walk {n}"))
    window.show_page("diary")
    page = window.page("diary")
    assert isinstance(page, DiaryPage)
    page.show_chart(True)
    page.select_entry(page.model.entry(0).id)
    return services, page


def _utc(points: list[tuple[datetime, int]]) -> list[tuple[datetime, int]]:
    return sorted((at.astimezone(UTC), severity) for at, severity in points)


def _holds(qtbot: QtBot, services: AppServices, page: DiaryPage, step: str) -> None:
    """The invariant: loaded rows = the database's first rows for the filter, search and sort;
    the total = its count; the chart = the chosen symptom's entries."""
    model = page.model
    qtbot.waitUntil(lambda: not model.pending)
    where = model.current_filter()
    assert where is not None
    key = model.sort_key(model.sort_column())
    assert key is not None
    descending = model.sort_order() == Qt.SortOrder.DescendingOrder
    loaded = [model.entry(row).id for row in range(model.rowCount())]
    fresh = services.diary.page(where, key, descending, 0, max(len(loaded), 1) + 1)
    assert len(set(loaded)) == len(loaded), f"{step}: a row twice"
    assert loaded == [entry.id for entry in fresh[: len(loaded)]], f"{step}: rows"
    assert model.total() == services.diary.count(where), f"{step}: count"
    symptom = page.chart.symptom()
    timeline = page.chart._timeline  # what the chart holds, read or added since
    if symptom and timeline is not None:
        assert _utc(timeline) == _utc(services.diary.timeline(symptom)), f"{step}: chart"


@pytest.mark.parametrize("seed", range(int(os.environ.get("RED_SEEDS", "6"))))
def test_random_steps_keep_the_table_and_chart_as_the_data(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    services, page = _diary(window, 230 if seed % 2 else 8)
    inserted: list[bool] = []  # the saves shown by inserting (the rest read everything again)
    insert = page.model.insert_saved

    def counted(entries: list[DiaryEntry]) -> bool:
        done = insert(entries)
        inserted.append(done)
        return done

    monkeypatch.setattr(page.model, "insert_saved", counted)
    chance = random.Random(seed)
    _holds(qtbot, services, page, "start")
    stack = operations().undo_stack
    for number in range(40):
        roll = chance.random()
        if roll < 0.45:
            notes = chance.choice(("", "took paracetamol", "walk"))
            inputs = diary_inputs(
                chance.choice(SYMPTOMS), chance.choice(HOURS), chance.randrange(5), notes
            )
            _save(services, page, inputs)
            step = f"save {inputs.symptom!r} {inputs.onset_at} {inputs.severity}"
        elif roll < 0.55:
            column = chance.choice((0, 1, 2))
            order = chance.choice((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder))
            page.table.sortByColumn(column, order)
            step = f"sort {column} {order}"
        elif roll < 0.63:
            page.search_edit.setText(chance.choice(("", "walk", "parac", "head", "w")))
            if chance.random() < 0.5:  # typed, then saved before the search starts
                qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
            step = f"search {page.search_edit.text()!r}"
        elif roll < 0.70:
            page.dates_check.setChecked(not page.dates_check.isChecked())
            step = f"dates {page.dates_check.isChecked()}"
        elif roll < 0.76:
            page.symptom_combo.showPopup()  # the list is read when opened
            page.symptom_combo.hidePopup()
            page.symptom_combo.setCurrentIndex(chance.randrange(page.symptom_combo.count()))
            step = f"symptom {page.symptom_combo.currentText()!r}"
        elif roll < 0.84:
            stack.undo()
            step = "undo"
        elif roll < 0.90:
            stack.redo()
            step = "redo"
        elif roll < 0.95:
            page.table.scrollToBottom()
            qtbot.wait(1)
            step = "scroll"
        else:
            if page.model.rowCount():
                page.select_entry(page.model.entry(chance.randrange(page.model.rowCount())).id)
            step = "select"
        _holds(qtbot, services, page, f"seed {seed} step {number}: {step}")
    assert any(inserted)  # the path under attack was taken


def test_twenty_one_saves_in_a_row(window: MainWindow, qtbot: QtBot) -> None:
    services, page = _diary(window, 5)
    for n in range(21):
        _save(services, page, diary_inputs(SYMPTOMS[n % 6], 0.5 + n, n % 5))
        _holds(qtbot, services, page, f"save {n}")


def test_saves_while_the_diary_is_hidden_show_when_it_is_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    services, page = _diary(window, 12)
    window.show_page("today")
    for n in range(3):
        _save(services, page, diary_inputs("Headache", 0.5 + n, 2))
    operations().undo_stack.undo()
    window.show_page("diary")
    _holds(qtbot, services, page, "shown again")
    _save(services, page, diary_inputs("headache", 0.2, 4))
    _holds(qtbot, services, page, "a save after")


def test_an_entry_another_process_logged_is_not_missed_by_the_next_save(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The CLI (``log-symptom``) writes through its own service while the window is open: the
    window's journal does not know that entry. The next save in the window must not leave the
    table one row short with a wrong count."""
    services, page = _diary(window, 6)
    other = DiaryService(
        services.database.sessions, fixed_clock(FIXED_NOW)
    )  # another process's writer
    other.add(diary_inputs("Rash", 2, 3))
    _save(services, page, diary_inputs("Headache", 1, 2))
    _holds(qtbot, services, page, "after the other process's entry")


def test_a_save_while_the_search_runs_or_counts(window: MainWindow, qtbot: QtBot) -> None:
    """Saved while the search is off the window's thread (its rows not in, or in and being
    counted): the search's answer must not drop the new entry nor count it twice."""
    services, page = _diary(window, 230)
    for typed in ("walk", "w", "walk 1"):
        page.search_edit.setText(typed)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
        _save(services, page, diary_inputs("Headache", 0.25, 2, notes=f"{typed} again"))
        _holds(qtbot, services, page, f"saved while searching {typed!r}")
        page.search_edit.setText(typed[:1])  # typed: the search waits for the pause
        _save(services, page, diary_inputs("Rash", 0.2, 1, notes=typed))
        _holds(qtbot, services, page, f"saved before the search {typed[:1]!r} ran")
        qtbot.waitUntil(lambda: not page.search_timer.isActive())
        _holds(qtbot, services, page, f"after the search {typed[:1]!r} ran")


def test_the_command_line_logging_while_the_window_is_open(
    window: MainWindow, qtbot: QtBot, migrated_paths: AppPaths
) -> None:
    """``belimumab-companion log-symptom`` (its own engine and services) while the Diary is
    open, an older entry than the loaded rows' newest: the window's next save reads it all."""
    services, page = _diary(window, 230)
    at = (FIXED_NOW - timedelta(hours=50)).isoformat()
    code, _out, err = run_cli(
        migrated_paths.data_dir,
        "log-symptom",
        "--text",
        "headache",
        "--at",
        at,
        "--as-of",
        FIXED_NOW.isoformat(),
    )
    assert code == 0, err
    _save(services, page, diary_inputs("Rash", 0.5, 1))
    _holds(qtbot, services, page, "after the command line's entry and a save")
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == page.model.total())
    _holds(qtbot, services, page, "every row loaded")
