"""Issue 17, part 7: what a bilingual review of the Spanish found, fixed and kept fixed. The
window in Spanish, real widgets on a real data file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from qtsupport import speaking
from testsupport import FIXED_NOW


@pytest.fixture
def spanish_window(qtbot: QtBot, migrated_paths: AppPaths) -> Iterator[MainWindow]:
    from belimumab_companion.demo import seed_demo

    built: list[AppServices] = []

    def loader() -> AppServices:
        services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
        seed_demo(services, FIXED_NOW)
        built.append(services)
        return services

    with speaking("es"):
        window = MainWindow(loader, reminders=False)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.data_shown, timeout=20_000):
            window.show()
        try:
            yield window
        finally:
            for services in built:
                services.close()


def test_the_drug_information_says_it_is_english_only_and_keeps_the_spanish_disclaimer(
    qtbot: QtBot, spanish_window: MainWindow
) -> None:
    window = spanish_window
    window.show_page("drug_info")
    page = window.drug_info
    qtbot.waitUntil(page.isVisible)
    note = page.language_note
    assert note.isVisible()
    assert "solo en inglés" in note.text()
    assert "ficha técnica de EE. UU." in note.text()
    assert "no sustituye al prospecto en español del envase" in note.text()
    # the app's own disclaimer, in Spanish, not the file's English one
    assert "No es un consejo médico" in page.disclaimer.text()
    assert "medical advice" not in page.disclaimer.text()
    # the hint's example is an English word that the (English) text really contains
    hint = page.find_bar.field.placeholderText()
    assert "inglés" in hint
    example = hint.rsplit(" ", 1)[-1]
    assert example.isascii() and example.lower() in page.browser.toPlainText().lower()


def test_the_contraception_window_notices_say_the_period_ends_not_the_protection(
    qapp: QApplication,
) -> None:
    from belimumab_companion.domain.contraception import Action
    from belimumab_companion.ui.text.contraception_text import action_text

    with speaking("es"):
        notices = [action_text(Action.WINDOW_ENDING), action_text(Action.WINDOW_ENDED)]
    for text in notices:
        assert "protección anticonceptiva" not in text  # read as "your contraception stops"
        assert "el periodo en el que Benlysta exige usar un método anticonceptivo" in text
        assert "Su método sigue siendo eficaz mientras lo use" in text
    english = action_text(Action.WINDOW_ENDING)
    assert "the period in which Benlysta requires contraception ends" in english
    assert "keeps working for as long as you use it" in english


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("es", "1 dosis registrada", "3 dosis registradas"),
        ("en", "1 dose logged", "3 doses logged"),
    ],
)
def test_a_count_reads_right_for_one_and_for_more(
    qapp: QApplication, language: str, one: str, three: str
) -> None:
    from belimumab_companion.ui.dialogs.data_restore import count_words

    with speaking(language):
        words = count_words({"administration": 1, "vaccination": 1})
        more = count_words({"administration": 3, "vaccination": 3})
    assert words["administration"] == one
    assert more["administration"] == three
    assert words["vaccination"] == ("1 vacuna" if language == "es" else "1 vaccination")


def test_every_count_message_is_a_plural_message_with_its_forms(qapp: QApplication) -> None:
    """A source with %n is a plural message in every file (the English one too), each form with
    its %n, so no count is ever shown as "%n" or as "1 doses"."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    files = sorted(folder.glob("belimumab_companion_*.ts"))
    assert folder / "belimumab_companion_en.ts" in files
    problems = []
    for path in files:
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            forms = [form.text or "" for form in message.iter("numerusform")]
            if message.get("numerus") != "yes" or len(forms) < 2:
                problems.append(f"{path.name}: {source!r} is not a plural message")
            elif not all("%n" in form for form in forms):
                problems.append(f"{path.name}: {source!r}: a form without %n")
    assert not problems, "\n".join(problems)


CELL_MARGIN = 6  # what a table cell takes around its text (the focus frame margins)


def _cut_columns(view: QTableView, skip: set[int]) -> list[str]:
    from PySide6.QtCore import Qt

    from belimumab_companion.ui.widgets.fitted_columns import lines_width

    model = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    # a table whose cells wrap (the diary on a narrow page) holds its words on that many lines
    lines = (
        max(1, view.verticalHeader().defaultSectionSize() // metrics.lineSpacing())
        if view.wordWrap()
        else 1
    )
    cut = []
    for column in range(model.columnCount()):
        if column in skip or header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.sectionSize(column)
        if width < header.sectionSizeHint(column):
            cut.append(f"{view.objectName()}: the header {title!r} needs more than {width} px")
        for row in range(min(model.rowCount(), 60)):
            text = str(model.data(model.index(row, column)) or "")
            if lines_width(text, metrics.horizontalAdvance, lines) + CELL_MARGIN > width:
                cut.append(f"{view.objectName()} {title!r}: {text!r} is cut at {width} px")
                break
    return cut


@pytest.mark.parametrize("language", ["es", "en"])
def test_no_column_of_the_dose_tables_or_the_diary_cuts_its_words(
    qtbot: QtBot, migrated_paths: AppPaths, language: str
) -> None:
    from belimumab_companion.demo import seed_demo
    from belimumab_companion.ui.models.diary_model import NOTES

    built: list[AppServices] = []

    def loader() -> AppServices:
        services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
        seed_demo(services, FIXED_NOW)
        built.append(services)
        return services

    with speaking(language):
        window = MainWindow(loader, reminders=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitSignal(window.data_shown, timeout=20_000):
            window.show()
        try:
            cut = []
            window.show_page("schedule")
            schedule = window.page("schedule")
            qtbot.waitUntil(schedule.isVisible)
            for view in (schedule.upcoming_view, schedule.history_view):  # type: ignore[attr-defined]  # page() returns a QWidget; this is the schedule page
                assert view.model().rowCount() > 0
                cut += _cut_columns(view, set())
            window.show_page("diary")
            diary = window.page("diary")
            qtbot.waitUntil(diary.isVisible)
            assert diary.table.model().rowCount() > 0  # type: ignore[attr-defined]  # page() returns a QWidget; this is the diary page
            # the notes are the user's words: a long first line is elided; the demo's symptoms
            # are catalogue terms, which are shown whole
            cut += _cut_columns(diary.table, {NOTES})  # type: ignore[attr-defined]  # page() returns a QWidget; this is the diary page
        finally:
            for services in built:
                services.close()
    assert not cut, "\n".join(cut)


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_injection_site_list_of_the_log_dose_dialog_is_shown_whole(
    qtbot: QtBot, services: AppServices, language: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from belimumab_companion.demo import seed_demo
    from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog

    seed_demo(services, FIXED_NOW)  # a subcutaneous plan with every site used before
    dose = services.plans.upcoming(FIXED_NOW, 1)[0]
    with speaking(language):
        dialog = LogDoseDialog(
            services.plans, dose, FIXED_NOW, regimen=services.plans.segments()[-1].regimen
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        sites = dialog.sites_text
        assert sites.text().count("\n") >= 5  # the advice and the four sites
        cut = [
            f"{label.objectName()}: {label.height()} px of {label.heightForWidth(label.width())}"
            for label in dialog.findChildren(QLabel)
            if label.isVisible()
            and label.wordWrap()
            and label.text()
            and label.heightForWidth(label.width()) > label.height() + 1
        ]
        dialog.close()
    assert not cut


def test_in_running_text_a_weekday_is_written_in_full(qapp: QApplication) -> None:
    """ "usada por última vez el mar, 27 de oct" reads as "the sea": sentences spell the day."""
    from datetime import UTC, datetime

    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.ui.widgets.body_map import BodyMap

    with speaking("es"):
        body = BodyMap()
        tuesday = datetime(2026, 10, 27, 12, 0, tzinfo=UTC)
        body.configure({Site.THIGH_LEFT: tuesday}, [], 1)
        line = body.site_summary(Site.THIGH_LEFT)
    assert "martes, 27 de octubre de 2026" in line
    assert " mar," not in line


# Regional words the glossary (packaging/README.md) chose against, as whole words.
AVOIDED = ("ordenador", "nevera", "heladera", "frigorífico", "perfusión", "perfusiones", "pulse")


def test_the_spanish_uses_the_glossarys_neutral_words() -> None:
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    glossary = (root / "packaging" / "README.md").read_text(encoding="utf-8")
    assert "| computer | computadora | ordenador |" in glossary
    found = []
    catalogue = root / "resources" / "translations" / "belimumab_companion_es.ts"
    for message in ET.parse(catalogue).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for text in texts:
            for word in AVOIDED:
                if re.search(rf"\b{word}\b", text.replace("&", ""), re.IGNORECASE):
                    found.append(f"{word!r} in {text!r}")
    assert not found, "\n".join(found)
