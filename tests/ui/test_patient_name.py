"""Issue 20, item 5: an optional patient name in Settings, used by the care-team report and the
FHIR Patient; none entered, no Name line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from belimumab_companion.services.fhir_export import fhir_bundle
from belimumab_companion.services.report_data import build_report
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.report.html import report_html
from belimumab_companion.ui.shell.main_window import MainWindow
from testsupport import FIXED_NOW


def test_the_name_typed_in_settings_reaches_the_report_and_the_fhir_patient(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    assert services is not None
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    field = page.health.name
    assert field.text() == ""
    assert page.health.name_message.isHidden()  # no empty line under the field
    start, end = FIXED_NOW.date().replace(day=1), FIXED_NOW.date()
    assert "Name:" not in report_html(
        build_report(services, start, end, FIXED_NOW, "Europe/Madrid"), chart=False
    )

    field.setText("  Ana\tPérez  ")
    field.editingFinished.emit()
    assert services.settings.patient_name() == "Ana Pérez"  # controls as spaces, trimmed
    assert field.text() == "Ana Pérez" and "Saved" in page.health.name_message.text()
    assert not page.health.name_message.isHidden()
    html = report_html(build_report(services, start, end, FIXED_NOW, "Europe/Madrid"), chart=False)
    assert "Ana Pérez" in html
    patients = [
        e["resource"] for e in fhir_bundle(services, FIXED_NOW)["entry"]
        if e["resource"]["resourceType"] == "Patient"
    ]  # fmt: skip
    assert patients and patients[0]["name"][0]["text"] == "Ana Pérez"

    field.setText("x" * 200)  # the field holds 120: a longer paste is cut by the field itself
    assert len(field.text()) == 120
    field.setText("")
    field.editingFinished.emit()
    assert services.settings.patient_name() == "" and "removed" in page.health.name_message.text()
