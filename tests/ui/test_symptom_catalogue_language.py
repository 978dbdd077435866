"""Issue 17, part 3: the side-effect catalogue in the user's language. An entry picked from it
stores the term's language-neutral code (and its English name); the diary, its filter, the chart
and the report show each such entry in the language in use; what the user typed stays as typed.
Real widgets on a real data file, in Spanish and back in English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.monograph import SideEffectCatalogue, parse_monograph_bytes
from belimumab_companion.paths import resources_dir
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.text.symptom_text import GROUP_TERMS, SYMPTOM_TERMS, symptom_text
from qtsupport import speaking
from testsupport import FIXED_NOW

ZONE = "Europe/Madrid"


def _shipped() -> SideEffectCatalogue:
    data = (resources_dir() / "monographs" / "belimumab.md").read_bytes()
    return parse_monograph_bytes(data).side_effects


def test_every_term_and_group_of_the_shipped_catalogue_is_marked_for_translation() -> None:
    catalogue = _shipped()
    assert {entry.code: entry.name for entry in catalogue.entries()} == SYMPTOM_TERMS
    groups = {e.body_system for e in catalogue.entries()} | {g.name for g in catalogue.groups}
    assert groups == set(GROUP_TERMS)


def _dialog(qtbot: QtBot, services: AppServices) -> DiaryEntryDialog:
    dialog = DiaryEntryDialog(services, ZONE)
    dialog._modal_screens = False
    qtbot.addWidget(dialog)
    dialog.onset.setDateTime(QDateTime(2026, 11, 20, 9, 0, 0))
    return dialog


def test_in_spanish_the_catalogue_is_spanish_and_an_entry_stores_the_code(
    qtbot: QtBot, services: AppServices
) -> None:
    with speaking("es"):
        dialog = _dialog(qtbot, services)
        listed = [dialog.symptom.itemText(i) for i in range(dialog.symptom.count())]
        groups = {dialog.symptom.itemData(i, 3) for i in range(dialog.symptom.count())}  # tooltip
        assert "Náuseas" in listed and "Dolor de cabeza" in listed
        assert "Nausea" not in listed and "Headache" not in listed
        assert "Estómago e intestino" in groups and "Stomach and gut" not in groups
        dialog.symptom.setCurrentIndex(dialog.symptom.findText("Náuseas"))
        dialog.save_button.click()
        assert dialog.saved is not None
        picked = dialog.saved.entry
        # typed in Spanish in another case, and typed in English: the same term
        typed_spanish = _dialog(qtbot, services)
        typed_spanish.symptom.setEditText("  dolor de CABEZA ")
        typed_spanish.save_button.click()
        typed_english = _dialog(qtbot, services)
        typed_english.symptom.setEditText("headache")
        typed_english.save_button.click()
        own = _dialog(qtbot, services)
        own.symptom.setEditText("Me duele la rodilla")
        own.save_button.click()
    assert (picked.symptom, picked.symptom_code, picked.from_catalogue) == (
        "Nausea",
        "nausea",
        True,
    )
    saved = [d.saved for d in (typed_spanish, typed_english, own)]
    assert all(s is not None for s in saved)
    assert [(s.entry.symptom, s.entry.symptom_code) for s in saved if s] == [
        ("Headache", "headache"),
        ("Headache", "headache"),
        ("Me duele la rodilla", None),
    ]


def test_the_diary_filter_chart_and_report_show_each_entry_in_the_language_in_use(
    qtbot: QtBot, window: MainWindow
) -> None:
    from belimumab_companion.services.report_data import build_report
    from belimumab_companion.ui.report.html import report_html

    services = window.services
    assert services is not None
    for day, symptom, code in ((18, "Nausea", "nausea"), (19, "sore knee", None)):
        services.diary.add(
            DiaryInputs(
                symptom=symptom,
                symptom_code=code,
                from_catalogue=code is not None,
                onset_at=datetime(2026, 11, day, 9, 0, tzinfo=FIXED_NOW.tzinfo),
                zone=ZONE,
                severity=2,
            )
        )
    report = build_report(services, date(2026, 11, 1), date(2026, 11, 23), FIXED_NOW, ZONE)
    for language, nausea in (("es", "Náuseas"), ("en", "Nausea")):
        with speaking(language):
            window.show_page("diary")
            diary = window.page("diary")
            diary.refresh()  # type: ignore[attr-defined]  # page() returns a QWidget; this is the diary page
            qtbot.waitUntil(diary.isVisible)
            model = diary.model  # type: ignore[attr-defined]  # the diary page
            shown = {model.index(row, 1).data() for row in range(model.rowCount())}
            assert shown == {nausea, "sore knee"}
            combo = diary.symptom_combo  # type: ignore[attr-defined]  # the diary page
            combo.mark_stale()
            combo.ensure_filled()
            filters = [combo.itemText(i) for i in range(1, combo.count())]
            assert sorted(filters) == sorted([nausea, "sore knee"])
            combo.setCurrentIndex(combo.findText(nausea))
            assert model.rowCount() == 1  # the filter still finds the entry by its key
            diary.show_chart(True)  # type: ignore[attr-defined]  # the diary page
            title = diary.chart.title()  # type: ignore[attr-defined]  # the diary page
            assert nausea in title and title.startswith(_severity_of(language))
            combo.setCurrentIndex(0)
            html = report_html(report, chart=False)
            assert nausea in html and "sore knee" in html
            if language == "es":
                assert ">Nausea<" not in html


def _severity_of(language: str) -> str:
    return "Intensidad de" if language == "es" else "Severity of"


def test_an_unknown_code_or_a_typed_symptom_is_shown_as_stored(qapp: QApplication) -> None:
    with speaking("es"):
        assert symptom_text("Nausea", "nausea") == "Náuseas"
        assert symptom_text("Hiccups", "hiccups") == "Hiccups"  # another monograph's term
        assert symptom_text("me duele", None) == "me duele"
