"""Issue 17: no two controls in one window answer the same Alt+letter, in any language.

Qt gives an Alt+letter to a button's text, a form label's buddy, a group box's title, a tab and
a menu-bar title, all live in the same window; two of them with one letter means Alt+letter goes
to the first and the second is out of reach from the keyboard (Spanish, with longer words, made
several such pairs). Checked on every page of the real window (each tab of a tab widget, the menu
bar and the navigation around it) and in every dialog, in every language the app ships.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_dialogs_accessibility import (  # type: ignore[import-not-found]  # pytest puts tests/ui on sys.path
    DIALOGS,
)

from belimumab_companion.demo import seed_demo
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.text.i18n import available_languages
from qtsupport import speaking
from testsupport import FIXED_NOW

LANGUAGES = available_languages()


def accelerator(text: str) -> str:
    """ "Alt+G" for "&Guardar", "" when the text has none ("&&" is a literal ampersand)."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def _texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything in ``top`` that may carry an Alt+letter and is shown."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        name = widget.objectName() or type(widget).__name__
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            found.append((name, widget.text()))  # type: ignore[attr-defined]  # a button or a label: both have text()
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(top, QMainWindow):
        found += [("menu bar", action.text()) for action in top.menuBar().actions()]
    return found


def clashes(top: QWidget, where: str) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for name, text in _texts(top):
        key = accelerator(text)
        if key:
            by_key[key].append(f"{name} {text!r}")
    return [
        f"{where}: {key} is {' and '.join(owners)}"
        for key, owners in sorted(by_key.items())
        if len(owners) > 1
    ]


def test_the_check_finds_a_clash_and_ignores_a_literal_ampersand(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for text in ("&Guardar", "Salir && &volver", "&Gráfico"):
        layout.addWidget(QPushButton(text))
    assert accelerator("Salir && volver") == ""
    assert clashes(dialog, "sample") == [
        "sample: Alt+G is QPushButton '&Guardar' and QPushButton '&Gráfico'"
    ]


@pytest.fixture
def demo_window(
    qtbot: QtBot, migrated_paths: AppPaths, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    built: list[AppServices] = []

    def loader() -> AppServices:
        services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
        seed_demo(services, FIXED_NOW)
        built.append(services)
        return services

    with speaking(request.param):
        window = MainWindow(loader, reminders=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitSignal(window.data_shown, timeout=20_000):
            window.show()
        try:
            yield window
        finally:
            for services in built:
                services.close()


@pytest.mark.parametrize("demo_window", LANGUAGES, indirect=True)
def test_no_page_has_two_controls_with_one_alt_letter(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    problems: list[str] = []
    for key in window.page_keys:
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()
        problems += clashes(window, key)
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisibleTo(window):
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                problems += clashes(window, f"{key}, tab {tabs.tabText(index)!r}")
    assert not problems, "\n".join(sorted(set(problems)))


def _diary_entry(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog

    return DiaryEntryDialog(services, "Europe/Madrid")


def _mood(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.mood_dialog import MoodDialog

    return MoodDialog(services)


def _report(services: AppServices) -> QWidget:
    from belimumab_companion.ui.report.dialog import ReportDialog

    return ReportDialog(services)


def _erase(services: AppServices) -> QWidget:
    from belimumab_companion.ui.dialogs.erase_data_dialog import EraseDataDialog

    return EraseDataDialog(services.paths)


def _prepare(services: AppServices) -> QWidget:
    from belimumab_companion.ui.widgets.prepare_panel import PreparePanel

    return PreparePanel()


EVERY_DIALOG = {
    **DIALOGS,
    "diary entry": _diary_entry,
    "mood": _mood,
    "report": _report,
    "erase data": _erase,
    "preparation panel": _prepare,
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", list(EVERY_DIALOG))
def test_no_dialog_has_two_controls_with_one_alt_letter(
    qtbot: QtBot, services: AppServices, which: str, language: str
) -> None:
    with speaking(language):
        dialog = EVERY_DIALOG[which](services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems = clashes(dialog, which)
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += clashes(dialog, f"{which}, tab {tabs.tabText(index)!r}")
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))
