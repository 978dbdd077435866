from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from testsupport import FIXED_NOW


@pytest.fixture
def window(qtbot: QtBot, migrated_paths: AppPaths) -> Iterator[MainWindow]:
    built: list[AppServices] = []

    def loader() -> AppServices:
        built.append(build_services(migrated_paths, clock=fixed_clock(FIXED_NOW)))
        return built[-1]

    main = MainWindow(loader, reminders=False)  # reminder tests start them explicitly
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.show()
    yield main
    for services in built:
        services.close()


@pytest.fixture(scope="session", autouse=True)
def _english_plural_forms(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The app installs its language at start, English included (its plural forms: "1 dose
    logged", issue 17), so the window tests do too, whatever ran before them. Compiled into a
    folder of the run's own; the default locale is left as it was."""
    from PySide6.QtCore import QLocale

    from belimumab_companion.ui.text.i18n import install_language

    before_locale = QLocale()
    before_cache = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("translation-cache"))
    try:
        install_language("en")
    finally:
        if before_cache is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = before_cache
        QLocale.setDefault(before_locale)
