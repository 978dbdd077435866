"""Schedule page: correct, delete and undo a logged dose; the audit trail; IV appointments (R-03,
R-21); a new weight (R-08 flag on Today and Schedule)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import DoseStatus
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.dialogs.appointment_dialog import AppointmentDialog
from belimumab_companion.ui.dialogs.dose_versions_dialog import DoseVersionsDialog
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.dialogs.weight_dialog import WeightDialog
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations

MADRID = ZoneInfo("Europe/Madrid")


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def _schedule(window: MainWindow, inputs: PlanInputs) -> SchedulePage:
    assert window.services is not None
    window.services.plans.set_plan(inputs)
    operations().announce(Change.EVERYTHING)
    window.show_page("schedule")  # in view: a hidden page reloads only when it is next shown
    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    return page


def _weekly(window: MainWindow) -> SchedulePage:
    page = _schedule(
        window,
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 9),
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
        ),
    )
    assert window.services is not None
    window.services.plans.log_dose(
        sequence=1,
        given_at=datetime(2026, 11, 9, 9, 5, tzinfo=MADRID),
        sites=[Site.THIGH_LEFT],
        notes="ok",
    )
    operations().announce(Change.EVERYTHING)
    return page


def _select_history(page: SchedulePage, sequence: int) -> None:
    for row in range(page.history_model.rowCount()):
        if page.history_model.dose(row).sequence == sequence:
            # explicit flags: selectRow() reads the keyboard's modifiers, which a Ctrl+Shift
            # key click leaves behind in offscreen tests (and then toggles the row off)
            page.history_view.selectionModel().select(
                page.history_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"no history row for dose {sequence}")


def test_correct_a_dose_then_undo_with_ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    page = _weekly(window)
    window.show_page("schedule")
    assert not page.appointment_button.isVisibleTo(page)  # no infusions in this plan
    assert not page.correct_button.isEnabled()
    _select_history(page, 1)
    assert page.correct_button.isEnabled() and page.delete_button.isEnabled()
    dialog = page.open_correct()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Correct a dose"
    assert dialog.body_map.selected == [Site.THIGH_LEFT]  # the logged site, not a suggestion
    assert dialog.notes.toPlainText() == "ok"
    dialog.when.setDateTime(QDateTime(2026, 11, 9, 21, 15, 0))
    dialog.body_map.select([Site.ABDOMEN_RIGHT])
    with qtbot.waitSignal(operations().changed):
        dialog.save_button.click()
    assert window.services is not None
    plans = window.services.plans
    segment = plans.segments()[-1].id
    record = plans.dose_record(segment, 1)
    assert record is not None and record.sites == (Site.ABDOMEN_RIGHT,)
    assert record.given_at == datetime(2026, 11, 9, 21, 15, tzinfo=MADRID)
    assert page.undo_bar.isVisible() and "corrected" in page.undo_text.text()

    page.history_view.setFocus()
    with qtbot.waitSignal(operations().changed):
        QTest.keyClick(page.history_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    record = plans.dose_record(segment, 1)
    assert record is not None and record.sites == (Site.THIGH_LEFT,) and record.origin == "restored"
    assert not page.undo_button.isVisible()

    redo = window.findChild(QAction, "actionRedo")
    assert isinstance(redo, QAction) and redo.isEnabled()
    with qtbot.waitSignal(operations().changed):  # Ctrl+Shift+Z: the correction made again
        QTest.keyClick(
            page.history_view,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    QTest.keyRelease(page.history_view, Qt.Key.Key_Shift)  # modifiers let go (later tests)
    record = plans.dose_record(segment, 1)
    assert record is not None and record.sites == (Site.ABDOMEN_RIGHT,)
    assert record.given_at == datetime(2026, 11, 9, 21, 15, tzinfo=MADRID)
    assert page.undo_button.isVisible() and "corrected" in page.undo_text.text()
    with qtbot.waitSignal(operations().changed):
        page.undo_button.click()
    record = plans.dose_record(segment, 1)
    assert record is not None and record.sites == (Site.THIGH_LEFT,)

    _select_history(page, 1)
    versions = page.open_versions()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(versions, DoseVersionsDialog)
    qtbot.addWidget(versions)
    table = versions.table
    assert table.rowCount() == 5  # nothing stored is rewritten: each undo and redo is a version
    states = [_cell(table, r, 7) for r in range(5)]
    assert states[0].startswith("Replaced") and states[4] == "Current"
    assert [_cell(table, r, 0) for r in range(5)] == [
        "Logged",
        "Corrected",
        "Restored by undo",
        "Restored by undo",
        "Restored by undo",
    ]


def test_a_bad_correction_is_refused_and_the_input_kept(qtbot: QtBot, window: MainWindow) -> None:
    page = _weekly(window)
    _select_history(page, 1)
    dialog = page.open_correct()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(2026, 11, 30, 9, 0, 0))  # a week ahead of now
    dialog.lot.setText("LOT-7")
    dialog.save_button.click()
    assert dialog.message.text()  # told why
    assert dialog.lot.text() == "LOT-7" and dialog.result() == 0
    assert window.services is not None
    assert len(window.services.plans.dose_versions(window.services.plans.segments()[-1].id, 1)) == 1


def test_delete_and_undo_from_the_schedule_page(qtbot: QtBot, window: MainWindow) -> None:
    page = _weekly(window)
    _select_history(page, 1)
    with qtbot.waitSignal(operations().changed):
        page.delete_button.click()
    statuses = {
        page.history_model.dose(r).sequence: page.history_model.dose(r).status
        for r in range(page.history_model.rowCount())
    }
    # R-47: not given, and later doses' days have begun: missed, not to be made up.
    assert statuses[1] is DoseStatus.MISSED_CLOSED
    assert "deleted" in page.undo_text.text()
    with qtbot.waitSignal(operations().changed):
        page.undo_button.click()
    statuses = {
        page.history_model.dose(r).sequence: page.history_model.dose(r).status
        for r in range(page.history_model.rowCount())
    }
    assert statuses[1] is DoseStatus.GIVEN

    redo = window.findChild(QAction, "actionRedo")
    assert isinstance(redo, QAction) and redo.isEnabled()
    with qtbot.waitSignal(operations().changed):
        redo.trigger()  # deleted again
    assert window.services is not None
    plans = window.services.plans
    assert plans.dose_record(plans.segments()[-1].id, 1) is None
    assert "deleted" in page.undo_text.text() and page.undo_button.isVisibleTo(page)


def test_move_an_infusion_to_the_centres_date(qtbot: QtBot, window: MainWindow) -> None:
    page = _schedule(
        window,
        PlanInputs(
            indication=Indication.SLE,
            route=Route.IV,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 30),
            time_of_day=time(10, 0),
            zone="Europe/Madrid",
            weight_kg=70,
        ),
    )
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert "confirm it with your infusion centre" in today.next_prepare.text()
    assert page.upcoming_model.index(0, 2).data() == "upcoming (proposed date)"
    assert page.appointment_button.isVisibleTo(page)
    page.upcoming_view.selectRow(1)  # the second infusion, day 14
    assert page.appointment_button.isEnabled()
    dialog = page.open_appointment()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, AppointmentDialog)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(2026, 12, 28, 10, 0, 0))  # after the third: refused
    dialog.save()
    assert "before the next infusion" in dialog.message.text() and dialog.result() == 0
    dialog.when.setDateTime(QDateTime(2026, 12, 16, 8, 30, 0))
    with qtbot.waitSignal(operations().changed):
        dialog.save()
    upcoming = [page.upcoming_model.dose(r) for r in range(3)]
    assert upcoming[1].due == datetime(2026, 12, 16, 8, 30, tzinfo=MADRID)
    assert upcoming[1].appointment_confirmed
    assert upcoming[2].due == datetime(2026, 12, 28, 10, 0, tzinfo=MADRID)  # not shifted


def test_r08_weight_band_change_is_shown_and_the_plan_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _schedule(
        window,
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(2013, 4, 4),
            first_dose=date(2026, 11, 16),
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
            weight_kg=38,
        ),
    )
    assert not page.weight_notice.isVisibleTo(page)
    dialog = page.open_weight()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(dialog, WeightDialog)
    qtbot.addWidget(dialog)
    dialog.weight.setValue(41.5)
    dialog.measured_on.setDate(QDate(2026, 11, 23))
    with qtbot.waitSignal(operations().changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.band_changed
    expected = "Weight band changed — confirm dose schedule with your care team."
    assert page.weight_notice.isVisibleTo(page) and page.weight_notice.text() == expected
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert expected in today.attention_body.text()
    assert window.services is not None
    assert window.services.plans.segments()[-1].regimen.interval_days == 14  # not applied
