"""Issue 17, part 6: the emergency and crisis screens cannot be mistaken for an ordinary message
(red band, icon, the number alone in large type, screen-reader names); where no crisis line is
known the crisis screen gives the emergency number and asks for a local line; Today keeps a
banner for 24 hours after either, until dismissed; and (part 5) Today asks the user to confirm
the country on first start."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.help_numbers import help_numbers
from belimumab_companion.domain.triage import Triage
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.ui.dialogs.red_flag_dialog import RedFlagDialog
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.shell.style import Status, status_colours


def _label(screen: QWidget, name: str) -> QLabel:
    label = screen.findChild(QLabel, name)
    assert label is not None, name
    return label


def test_the_emergency_screen_has_a_red_band_an_icon_and_the_number_in_large_type(
    qtbot: QtBot,
) -> None:
    screen = RedFlagDialog(Triage.EMERGENCY, help_numbers("ES"), "chest pain")
    qtbot.addWidget(screen)
    screen.show()
    assert not isinstance(screen, QMessageBox)
    band = screen.band
    assert band.objectName() == "redFlagBand" and band.property("status") == "danger"
    red = status_colours(Status.DANGER, screen.palette()).background.name()
    assert band.grab().toImage().pixelColor(2, 2).name() == red  # painted red
    assert not screen.icon.pixmap().isNull()
    assert _label(screen, "redFlagTitle").text() == "Call 112 now"
    number = screen.number
    assert number.text() == "112" and number.isVisible()
    body = _label(screen, "redFlagBody")
    assert number.font().pointSizeF() >= 3 * body.font().pointSizeF()
    assert number.accessibleName() == "Emergency number: 112"
    assert screen.accessibleName() == "Emergency: Call 112 now"
    # issue 20: an alert to a screen reader, its words spoken once (from the labels)
    interface = QAccessible.queryAccessibleInterface(screen)
    assert interface is not None and interface.role() == QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name) == "Emergency: Call 112 now"
    assert "You reported: chest pain." in screen.body.text()
    assert "chest pain" not in interface.text(QAccessible.Text.Description)
    screen.acknowledge.click()


def test_where_no_crisis_line_is_known_the_crisis_screen_gives_the_emergency_number(
    qtbot: QtBot,
) -> None:
    screen = RedFlagDialog(Triage.CRISIS, help_numbers("IT"), "I want to die")
    qtbot.addWidget(screen)
    assert _label(screen, "redFlagTitle").text() == "Call 112 now"
    assert screen.number.text() == "112"
    assert screen.hint is not None and "add a local crisis line" in screen.hint.text()
    spain = RedFlagDialog(Triage.CRISIS, help_numbers("ES"), "quiero morirme")
    qtbot.addWidget(spain)
    assert _label(spain, "redFlagTitle").text() == "Call 024 now"
    assert spain.number.accessibleName() == "Crisis line number: 024"
    assert "If you are in immediate danger, call 112." in spain.body.text()
    assert spain.accessibleDescription() == ""  # not spoken twice
    assert spain.hint is None


def _today(window: MainWindow) -> TodayPage:
    page = window.page("today")
    assert isinstance(page, TodayPage)
    return page


def test_today_keeps_a_banner_for_24_hours_after_an_emergency_until_dismissed(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    assert services is not None
    services.settings.confirm_country("ES")
    today = _today(window)
    assert not today.red_flag.isVisibleTo(today)
    now = services.clock()
    services.diary.add(
        DiaryInputs(
            symptom="no puedo respirar y quiero morirme",
            onset_at=now - timedelta(minutes=5),
            zone="UTC",
            severity=3,
        )
    )
    operations().announce(Change.EVERYTHING)
    assert today.red_flag.isVisibleTo(today)
    text = today.red_flag.text.text()
    day = now.strftime("%A")  # the test's locale is English
    assert text.startswith(f"On {day} {now.strftime('%H:%M')}") or text.startswith(f"On {day}")
    assert "you reported: no puedo respirar y quiero morirme." in text
    assert "If you have not yet called, call 112 now." in text
    assert "The crisis line is 024." in text
    assert today.red_flag.accessibleDescription() == text
    assert not today.red_flag.icon.pixmap().isNull()  # its picture, loaded when first shown
    # 24 hours later it is gone by itself; before that only the user's dismissal hides it
    assert services.red_flags.reports(now + timedelta(hours=23, minutes=59))
    assert services.red_flags.reports(now + timedelta(hours=24, minutes=1)) == []
    today.red_flag.dismiss_button.click()
    assert not today.red_flag.isVisibleTo(today)
    operations().announce(Change.EVERYTHING)
    assert not today.red_flag.isVisibleTo(today)


def test_a_crisis_in_the_mood_check_in_also_leaves_the_banner(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    assert services is not None
    services.settings.confirm_country("US")
    services.mood.record_phq9([0] * 8 + [1])  # item 9 > 0: R-31
    operations().announce(Change.EVERYTHING)
    today = _today(window)
    text = today.red_flag.text.text()
    assert today.red_flag.isVisibleTo(today)
    assert "(mood check-in)" in text
    assert "If you have not yet called, call or text 988 now." in text
    assert "If you are in immediate danger, call 911." in text


def test_today_asks_to_confirm_the_country_once(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    assert services is not None
    today = _today(window)
    notice = today.country_notice
    assert notice.isVisibleTo(today)  # nothing confirmed yet
    notice.country.setCurrentIndex(notice.country.findData("ES"))
    assert notice.numbers.text() == "Emergency number: 112. Crisis line: 024."
    notice.country.setCurrentIndex(notice.country.findData("CO"))
    assert "Crisis line: not known, the emergency number is shown" in notice.numbers.text()
    notice.country.setCurrentIndex(notice.country.findData("ES"))
    notice.confirm_button.click()
    assert not notice.isVisibleTo(today)
    assert services.settings.country() == "ES" and services.settings.country_confirmed()
    operations().announce(Change.EVERYTHING)
    assert not notice.isVisibleTo(today)
    numbers = services.settings.help_numbers()
    assert (numbers.emergency, numbers.crisis) == ("112", "024")


def test_settings_use_partly_verified_numbers_only_once_the_user_confirms_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    from belimumab_companion.ui.widgets.help_numbers_settings import HelpNumbersBox

    services = window.services
    assert services is not None
    box = HelpNumbersBox(services.settings)
    qtbot.addWidget(box)
    box.show()
    box.country.setCurrentIndex(box.country.findData("MX"))
    assert services.settings.country() == "MX" and services.settings.country_confirmed()
    assert box.confirm.isVisible() and "800 911 2000" in box.confirm.text()
    assert box.shown.text().startswith("The screens show: emergency 911, crisis line not entered.")
    # the listed line needs confirming: not "no crisis line is known"
    assert "only partly verified and needs your confirmation" in box.shown.text()
    assert "No crisis line is known" not in box.shown.text()
    box.confirm.setChecked(True)
    assert services.settings.help_numbers().crisis == "800 911 2000"
    assert "crisis line 800 911 2000" in box.shown.text()
    box.country.setCurrentIndex(box.country.findData("AR"))  # both P: asked about again
    assert not box.confirm.isChecked() and "911, 0800 999 0091" in box.confirm.text()
    assert services.settings.help_numbers().emergency is None
    box.country.setCurrentIndex(box.country.findData("ES"))  # both V: nothing to confirm
    assert not box.confirm.isVisible()
    assert box.shown.text() == "The screens show: emergency 112, crisis line 024."


def test_an_unconfirmed_partly_verified_crisis_line_asks_to_confirm_it_in_settings(
    qtbot: QtBot,
) -> None:
    for country in ("MX", "AR"):
        screen = RedFlagDialog(Triage.CRISIS, help_numbers(country), "quiero morirme")
        qtbot.addWidget(screen)
        assert screen.hint is not None
        assert "only partly verified" in screen.hint.text()
        assert "confirm it in Settings" in screen.hint.text()
        assert "No crisis line is known" not in screen.hint.text()
    confirmed = RedFlagDialog(Triage.CRISIS, help_numbers("MX", confirmed=True), "morirme")
    qtbot.addWidget(confirmed)
    assert confirmed.number.text() == "800 911 2000" and confirmed.hint is None
