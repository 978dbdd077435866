"""Issue 17, part 7: what a bilingual review of the Spanish found, fixed and kept fixed. The
window in Spanish, real widgets on a real data file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.main_window import MainWindow
from qtsupport import speaking
from testsupport import FIXED_NOW


@pytest.fixture
def spanish_window(qtbot, data_paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from belimumab_companion.demo import seed_demo

    built: list[AppServices] = []

    def loader() -> AppServices:
        services = build_services(data_paths, clock=fixed_clock(FIXED_NOW))
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
    qtbot, spanish_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
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


def test_the_contraception_window_notices_say_the_period_ends_not_the_protection(qapp) -> None:  # type: ignore[no-untyped-def]
    from belimumab_companion.domain.contraception import Action
    from belimumab_companion.ui.contraception_text import action_text

    with speaking("es"):
        notices = [action_text(Action.WINDOW_ENDING), action_text(Action.WINDOW_ENDED)]
    for text in notices:
        assert "protección anticonceptiva" not in text  # read as "your contraception stops"
        assert "el periodo en el que Benlysta exige usar un método anticonceptivo" in text
        assert "Su método sigue siendo eficaz mientras lo use" in text
    english = action_text(Action.WINDOW_ENDING)
    assert "the period in which Benlysta requires contraception ends" in english
    assert "keeps working for as long as you use it" in english
