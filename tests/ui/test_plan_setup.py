"""The plan setup window: valid and invalid input, dates shown before saving (R-01, R-06, R-07)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import operations


def _open(window: MainWindow) -> tuple[SchedulePage, PlanSetupDialog]:
    window.show_page("schedule")
    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    assert page.setup_button.isEnabled()
    dialog = page.open_setup()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, PlanSetupDialog)
    return page, dialog


def _fill(
    dialog: PlanSetupDialog,
    indication: Indication,
    route: Route,
    birth: QDate,
    first: QDate,
    weight: float = 0.0,
) -> None:
    dialog.indication.setCurrentIndex(dialog.indication.findData(indication))
    dialog.route.setCurrentIndex(dialog.route.findData(route))
    dialog.birth_date.setDate(birth)
    dialog.weight.setValue(weight)
    dialog.first_dose.setDate(first)
    dialog.time.setTime(QTime(18, 0))
    dialog.zone.setCurrentText("Europe/Madrid")


def test_valid_adult_setup_shows_six_dates_then_saves_and_fills_the_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    page, dialog = _open(window)
    qtbot.addWidget(dialog)
    _fill(dialog, Indication.SLE, Route.SUBQ, QDate(1990, 5, 17), QDate(2026, 11, 24))
    preview = dialog.preview.text()
    assert "Your first six doses" in preview
    assert preview.count("200 mg") == 6
    assert "24 November 2026, 18:00" in preview and "29 December 2026, 18:00" in preview
    assert "first injection is given at the clinic" in preview
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()
    assert window.services is not None
    assert len(window.services.plans.segments()) == 1
    assert "every 7 days" in page.plan_summary.text()
    assert page.upcoming_model.rowCount() == 12
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert today.card.isVisibleTo(today)


def test_child_on_injections_without_weight_cannot_save(qtbot: QtBot, window: MainWindow) -> None:
    _page, dialog = _open(window)
    qtbot.addWidget(dialog)
    _fill(dialog, Indication.SLE, Route.SUBQ, QDate(2017, 3, 10), QDate(2026, 11, 24))
    assert "weight" in dialog.preview.text()
    assert not dialog.save_button.isEnabled()
    dialog.weight.setValue(31.0)  # 15 to under 40 kg -> every 14 days
    preview = dialog.preview.text()
    assert dialog.save_button.isEnabled()
    assert "8 December 2026" in preview and "1 December 2026" not in preview
    assert "caregiver" in preview  # under 10
    assert "autoinjector" in preview


def test_child_with_lupus_nephritis_asks_for_the_prescription(
    qtbot: QtBot, window: MainWindow
) -> None:
    _page, dialog = _open(window)
    qtbot.addWidget(dialog)
    _fill(dialog, Indication.LN, Route.SUBQ, QDate(2014, 6, 1), QDate(2026, 11, 24), weight=45.0)
    assert "prescriber sets the schedule" in dialog.preview.text()
    assert dialog.interval.isVisibleTo(dialog) and dialog.amount.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.interval.setValue(14)
    dialog.amount.setValue(200)
    assert dialog.save_button.isEnabled()
    assert "As prescribed" in dialog.preview.text()


def test_an_unknown_time_zone_is_explained_and_the_input_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    _page, dialog = _open(window)
    qtbot.addWidget(dialog)
    _fill(dialog, Indication.SLE, Route.SUBQ, QDate(1990, 5, 17), QDate(2026, 11, 24))
    dialog.zone.setCurrentText("Mars/Olympus")
    assert "time zone" in dialog.preview.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.zone.currentText() == "Mars/Olympus"
    assert dialog.birth_date.date() == QDate(1990, 5, 17)


def test_typing_a_time_zone_letter_by_letter_never_crashes_and_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 20, item 7: "Europe" is a folder of the zone database (IsADirectoryError once);
    every prefix of a zone name, and a path, is refused with the reason, nothing raised."""
    _page, dialog = _open(window)
    qtbot.addWidget(dialog)
    _fill(dialog, Indication.SLE, Route.SUBQ, QDate(1990, 5, 17), QDate(2026, 11, 24))
    field = dialog.zone.lineEdit()
    assert field is not None
    for typed in ("Europe/Madrid", "../../etc/passwd", "Europe/"):
        field.clear()
        for position in range(1, len(typed) + 1):
            field.setText(typed[:position])  # as if typed: every prefix, each previewed
            text = dialog.preview.text()
            if typed[:position] in ("Europe/Madrid",):
                assert "Your first six doses" in text
            else:
                assert "Choose a time zone from the list" in text, (typed[:position], text)
                assert not dialog.save_button.isEnabled()
    field.setText("Europe/Madrid")
    assert dialog.save_button.isEnabled()
