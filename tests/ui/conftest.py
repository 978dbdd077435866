from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from qtsupport import open_window
from testsupport import FIXED_NOW


@pytest.fixture
def window(qtbot: QtBot, migrated_paths: AppPaths) -> Iterator[MainWindow]:
    # reminder tests start them explicitly
    with open_window(qtbot, migrated_paths, fixed_clock(FIXED_NOW)) as main:
        yield main


@pytest.fixture(scope="session", autouse=True)
def _english_plural_forms(qapp: QApplication) -> None:
    """The app installs its language at start, English included (its plural forms: "1 dose
    logged", issue 17), so the window tests do too, whatever ran before them. The default locale
    is left as it was."""
    from PySide6.QtCore import QLocale

    from belimumab_companion.ui.text.i18n import install_language

    before_locale = QLocale()
    try:
        install_language("en")
    finally:
        QLocale.setDefault(before_locale)
