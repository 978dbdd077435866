"""Issue 17, "done when": a walk through the window in Spanish with the country set to Spain shows
112 and 024 (the emergency and crisis screens, Today's banner, Settings), and a Spanish report is
triaged in the Spanish interface (R-46)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from belimumab_companion.domain.triage import Triage
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.operations import Change, operations
from qtsupport import child_label, red_flag_screens
from testsupport import FIXED_NOW


def test_in_spanish_with_spain_the_screens_today_and_settings_show_112_and_024(
    qtbot: QtBot, data_paths: AppPaths, in_spanish: None
) -> None:
    from belimumab_companion.system.local_zone import local_zone_name
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
    from belimumab_companion.ui.pages.today_page import TodayPage
    from belimumab_companion.ui.shell.main_window import MainWindow
    from belimumab_companion.ui.widgets.help_numbers_settings import HelpNumbersBox

    built: list[AppServices] = []

    def loader() -> AppServices:
        built.append(build_services(data_paths, clock=fixed_clock(FIXED_NOW)))
        return built[-1]

    window = MainWindow(loader, reminders=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=20_000):
        window.show()
    try:
        services = window.services
        assert services is not None
        today = window.page("today")
        assert isinstance(today, TodayPage)
        notice = today.country_notice
        assert notice.isVisibleTo(today) and notice.title.text() == "¿Dónde se encuentra?"
        notice.country.setCurrentIndex(notice.country.findData("ES"))
        assert notice.country.currentText() == "España"
        assert notice.numbers.text() == "Número de emergencias: 112. Línea de crisis: 024."
        notice.confirm_button.click()

        dialog = DiaryEntryDialog(services, local_zone_name(), window)
        dialog._modal_screens = False
        qtbot.addWidget(dialog)
        dialog.symptom.setEditText("Me desmayé y no quiero vivir")
        dialog.save_button.click()
        assert dialog.saved is not None and dialog.saved.triage.triage is Triage.EMERGENCY
        emergency, crisis = red_flag_screens(dialog)
        assert child_label(emergency, "redFlagTitle").text() == "Llame ahora al 112"
        assert emergency.number.text() == "112"
        assert child_label(crisis, "redFlagTitle").text() == "Llame ahora al 024"
        assert "Si está en peligro inmediato, llame al 112." in crisis.body.text()
        emergency.acknowledge.click()
        crisis.acknowledge.click()

        operations().announce(Change.EVERYTHING)
        text = today.red_flag.text.text()
        assert today.red_flag.isVisibleTo(today)
        assert "indicó: Me desmayé y no quiero vivir." in text
        assert "Si todavía no ha llamado, llame ahora al 112." in text
        assert "La línea de crisis es el 024." in text
        assert "lunes" in text  # FIXED_NOW is a Monday: the full weekday name

        box = HelpNumbersBox(services.settings)
        qtbot.addWidget(box)
        assert box.country.currentText() == "España"
        assert "112" in box.shown.text() and "024" in box.shown.text()
    finally:
        for services in built:
            services.close()
