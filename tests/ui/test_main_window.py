from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.errors import DataUnavailableError
from belimumab_companion.ui.dialogs.about import AboutDialog
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations

PAGES = ["today", "schedule", "diary", "contraception", "drug_info", "reports", "settings"]


def test_starts_on_an_empty_folder_and_opens_the_database(
    window: MainWindow, data_paths: AppPaths
) -> None:
    assert window.services is not None
    assert data_paths.database.exists()
    assert window.current_page_key() == "today"


def test_every_page_is_reachable_by_keyboard_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    assert window.services is not None
    window.services.contraception.set_enabled(True)  # the module's page shows only when on
    operations().announce(Change.EVERYTHING)
    window.activateWindow()
    for number, key in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]


def test_navigation_list_moves_with_arrow_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == "schedule"
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_page_key() == "settings"


def test_no_page_is_a_placeholder(window: MainWindow) -> None:
    for key, page in window.pages.items():
        texts = [label.text() for label in page.findChildren(QLabel)]
        assert not any("will be here" in text for text in texts), key


def test_interactive_widgets_have_object_and_accessible_names(window: MainWindow) -> None:
    assert len(window.pages) == len(PAGES)  # builds every (lazily built) page
    widgets = [
        w for kind in (QAbstractButton, QLineEdit, QListWidget) for w in window.findChildren(kind)
    ]
    assert len(widgets) > 8
    for widget in widgets:
        # Qt's own helpers (a line edit's clear button, the menu bar's overflow button) are not ours.
        if (
            widget.window() is not window
            or isinstance(widget.parent(), QLineEdit)
            or widget.objectName().startswith("qt_")
        ):
            continue
        assert widget.objectName(), widget
        assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), (
            widget.objectName()
        )


def test_settings_page_shows_where_the_data_lives(window: MainWindow, data_paths: AppPaths) -> None:
    window.show_page("settings")
    assert window.settings_page.data_folder.text() == str(data_paths.database)
    assert window.settings_page.open_folder.isEnabled()


def test_about_dialog_has_version_and_notice(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_about()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AboutDialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "0.1.0" in texts and "not medical advice" in texts
    dialog.close()


def test_database_problem_is_reported_not_crashed(qtbot: QtBot, tmp_path: Path) -> None:
    def loader() -> AppServices:
        raise DataUnavailableError("The data file was written by a newer version.")

    main = MainWindow(loader)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.load_failed, timeout=10_000) as blocker:
        main.show()
    assert "newer version" in blocker.args[0]
    boxes = [b for b in main.findChildren(QMessageBox) if b.objectName() == "dataUnavailableDialog"]
    assert boxes and "newer version" in boxes[0].text()
    boxes[0].close()
    assert main.services is None


def test_the_cli_page_choices_are_the_window_pages(window: MainWindow) -> None:
    from belimumab_companion.cli import PAGE_KEYS

    assert tuple(window.page_keys) == PAGE_KEYS
