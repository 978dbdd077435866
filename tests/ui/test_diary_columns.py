"""Issue 20, item 3: the Diary table never scrolls sideways at 1024 px (English and Spanish); its
cells wrap onto two lines when one line does not fit, and stay on one line when it does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_types import Action, DiaryInputs
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change
from belimumab_companion.ui.text.symptom_text import SYMPTOM_TERMS
from belimumab_companion.ui.widgets.fitted_columns import CELL_PADDING, lines_width, split_in_lines
from qtsupport import open_window, speaking
from testsupport import FIXED_NOW


def test_a_text_is_cut_where_the_widest_line_is_narrowest() -> None:
    assert split_in_lines("went to the emergency department", len, 2) == (
        "went to the",
        "emergency department",
    )
    assert split_in_lines("contact care team today", len, 2) == ("contact care", "team today")
    assert split_in_lines("contact care team today", len, 3) == ("contact", "care team", "today")
    assert split_in_lines("Nausea", len, 3) == ("Nausea",)
    assert split_in_lines("a b", len, 1) == ("a b",)
    assert lines_width("Gets in the way", len, 2) == len("Gets in")


def _fill(services: AppServices) -> None:
    """Every action, every triage word, the longest catalogue terms, long notes."""
    severe = "I have chest pain and cannot breathe"  # emergency triage
    for number, (code, _name) in enumerate(sorted(SYMPTOM_TERMS.items())):
        action = list(Action)[number % len(Action)]
        services.diary.add(
            DiaryInputs(
                symptom=SYMPTOM_TERMS[code],
                symptom_code=code,
                from_catalogue=True,
                onset_at=FIXED_NOW - timedelta(days=number + 1, hours=3),
                zone="Europe/Madrid",
                severity=number % 5,
                interference=(number + 2) % 5,
                action=action,
                notes=severe if number % 7 == 0 else "A long note about how the day went " * 3,
            )
        )


@pytest.fixture
def narrow_window(qtbot: QtBot, migrated_paths: AppPaths) -> Iterator[tuple[MainWindow, DiaryPage]]:
    with open_window(qtbot, migrated_paths, fixed_clock(FIXED_NOW)) as main:
        yield from _narrow(main)


def _narrow(main: MainWindow) -> Iterator[tuple[MainWindow, DiaryPage]]:
    assert main.services is not None
    _fill(main.services)
    main.resize(1008, 660)  # what the window takes on a 1024×700 screen (test_window_state)
    main.show_page("diary")
    page = main.page("diary")
    assert isinstance(page, DiaryPage)
    page.load(main.services)
    yield main, page


def _assert_fits(qtbot: QtBot, page: DiaryPage) -> None:
    table = page.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    assert page.columns.wrapped  # one line per cell does not fit 1024 px: cells wrap
    lines = page.columns.lines
    metrics = QFontMetrics(table.font())
    model = page.model
    notes = model.columnCount() - 1
    for row in range(model.rowCount()):
        for column in range(notes):  # every column but the stretching notes shows its text whole
            text = str(model.index(row, column).data())
            needed = lines_width(text, metrics.horizontalAdvance, lines) + CELL_PADDING
            assert needed <= table.columnWidth(column), (text, table.columnWidth(column))
    used = sum(table.columnWidth(column) for column in range(model.columnCount()))
    assert used <= table.viewport().width()
    row_height = table.verticalHeader().defaultSectionSize()
    assert row_height >= lines * metrics.lineSpacing()


def test_at_1024_pixels_the_diary_table_fits_without_a_sideways_scroll(
    qtbot: QtBot, narrow_window: tuple[MainWindow, DiaryPage]
) -> None:
    window, page = narrow_window
    _assert_fits(qtbot, page)
    header = page.model.headerData(3, page.table.horizontalHeader().orientation())
    assert header == "Gets in\nthe way"  # the header wraps with its cells

    window.resize(1500, 800)  # room enough: one line per row, headers whole again
    qtbot.waitUntil(lambda: not page.columns.wrapped)
    assert page.model.headerData(3, page.table.horizontalHeader().orientation()) == (
        "Gets in the way"
    )
    assert not page.table.wordWrap()
    assert page.table.horizontalScrollBar().maximum() == 0


def test_in_spanish_at_1024_pixels_the_diary_table_fits_too(
    qtbot: QtBot, migrated_paths: AppPaths
) -> None:
    with speaking("es"):
        services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
        try:
            main = MainWindow(lambda: services, reminders=False)
            qtbot.addWidget(main)
            with qtbot.waitSignal(main.data_shown, timeout=10_000):
                main.show()
            _fill(services)
            main.resize(1008, 660)
            main.show_page("diary")
            page = main.page("diary")
            assert isinstance(page, DiaryPage)
            page.load(services)
            assert page.model.headerData(0, page.table.horizontalHeader().orientation()) != "When"
            _assert_fits(qtbot, page)
        finally:
            main.close()
            services.close()


def _log_abroad(services: AppServices, zone: str, days_ago: int) -> None:
    services.diary.add(
        DiaryInputs(
            symptom="Nausea",
            onset_at=FIXED_NOW - timedelta(days=days_ago),
            zone=zone,
            severity=1,
            interference=1,
            action=Action.NOTHING,
        )
    )


def test_an_entry_logged_in_another_zone_shows_its_zone_whole(
    qtbot: QtBot, migrated_paths: AppPaths
) -> None:
    """The When cell names a zone that is not the computer's (TZ is Europe/Madrid here): the
    column makes room for it, at first and when an entry from a trip is added later."""
    with open_window(qtbot, migrated_paths, fixed_clock(FIXED_NOW)) as main:
        assert main.services is not None
        _log_abroad(main.services, "America/Argentina/Buenos_Aires", 40)
        _window, page = next(_narrow(main))
        _assert_fits(qtbot, page)
        texts = [str(page.model.index(row, 0).data()) for row in range(page.model.rowCount())]
        assert any("(America/Argentina/Buenos Aires)" in text for text in texts)

        _log_abroad(main.services, "America/Los_Angeles", 1)
        page.apply_changes(main.services, Change.DIARY)
        texts = [str(page.model.index(row, 0).data()) for row in range(page.model.rowCount())]
        assert any("(America/Los Angeles)" in text for text in texts)
        _assert_fits(qtbot, page)
