"""Red team (s5): the diary's "Searching…" while a typed search waits, and a save meanwhile."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.shell.operations import Change

MADRID = ZoneInfo("Europe/Madrid")


def _entry(symptom: str, day: int, notes: str = "") -> DiaryInputs:
    return DiaryInputs(
        symptom=symptom,
        onset_at=datetime(2026, 11, day, 12, 0, tzinfo=MADRID),
        zone="Europe/Madrid",
        severity=1,
        notes=notes,
    )


def _four_entries_shown(qtbot: QtBot, services: AppServices) -> DiaryPage:
    """Four entries, one of them (the rash) with "après" in its notes, on a page shown."""
    for n, symptom in enumerate(("Headache", "Rash", "Nausea", "Tiredness"), start=10):
        services.diary.add(_entry(symptom, n, "après la douche" if symptom == "Rash" else ""))
    page = DiaryPage()
    qtbot.addWidget(page)
    page.load(services)
    page.show()
    return page


def test_a_save_while_a_typed_search_waits_does_not_show_the_earlier_count(
    qtbot: QtBot, services: AppServices
) -> None:
    """Four entries, "apres" typed (the search waits: "Searching…"); an entry saved meanwhile
    (the window calls ``apply_changes``) shows "5 entries match the filters." (the unfiltered
    count, worded as the search's) until the search typed runs."""
    page = _four_entries_shown(qtbot, services)
    assert page.summary.text() == "4 entries"
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "apres")
    assert page.search_timer.isActive() and page.summary.text() == "Searching…"
    services.diary.add(_entry("Cough", 22))
    page.apply_changes(services, Change.DIARY)  # a save (the gateway's change) meanwhile
    shown = page.summary.text()
    qtbot.waitUntil(lambda: not page.search_timer.isActive() and not page.model.pending)
    qtbot.waitUntil(lambda: page.summary.text() == "1 entry matches the filters.")
    assert shown == "Searching…"  # actual: "5 entries match the filters." until the search ran


def test_a_change_while_a_search_runs_keeps_searching(qtbot: QtBot, services: AppServices) -> None:
    """Enter starts the search (off the thread, "Searching…"); a change to the diary while it
    runs (``refresh``) shows the earlier count, "4 entries match the filters.", before the
    search's own answer."""
    page = _four_entries_shown(qtbot, services)
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "apres")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # searches at once
    assert page.model.pending and page.summary.text() == "Searching…"
    page.refresh()  # e.g. an entry edited elsewhere (the window reloads the page)
    shown = page.summary.text()
    qtbot.waitUntil(lambda: not page.model.pending)
    qtbot.waitUntil(lambda: page.summary.text() == "1 entry matches the filters.")
    assert shown == "Searching…"
