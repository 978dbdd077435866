from __future__ import annotations

from collections.abc import Iterator

import pytest

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.main_window import MainWindow
from testsupport import FIXED_NOW


@pytest.fixture
def window(qtbot, data_paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    built: list[AppServices] = []

    def loader() -> AppServices:
        built.append(build_services(data_paths, clock=fixed_clock(FIXED_NOW)))
        return built[-1]

    main = MainWindow(loader, reminders=False)  # reminder tests start them explicitly
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.show()
    yield main
    for services in built:
        services.close()
