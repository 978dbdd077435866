"""Issue 21 item 6: what the window leaves for after its first paint. Today's notices that most
starts never show (the country question, the emergency reminder) fill their choices and load their
picture when they are first shown, and their modules (the help numbers, the zone database) are
imported then, not on the way to the first paint."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from belimumab_companion.services.app_services import AppServices
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.text.country_names import OTHER
from processes import fresh_interpreter

# The window as gui_main builds it, in a fresh interpreter: what is imported at its first paint.
FIRST_PAINT = """
import sys
from PySide6.QtWidgets import QApplication
from belimumab_companion.ui.shell.main_window import MainWindow

app = QApplication([])

def load():
    raise SystemExit("the test stops at the first paint")

window = MainWindow(load, reminders=False)

def painted():
    print("modules:", ",".join(sorted(sys.modules)))
    app.quit()

window.first_painted.connect(painted)
window.show()
sys.exit(app.exec())
"""

NOT_BEFORE_FIRST_PAINT = (
    "belimumab_companion.ui.pages.today_page",  # the page in view is built after the frame
    "belimumab_companion.ui.widgets.today_notices",
    "zoneinfo",
    "belimumab_companion.domain.help_numbers",
    "belimumab_companion.system.local_zone",
    "sqlalchemy",
)


def test_the_first_paint_is_the_window_frame_before_any_page() -> None:
    lines = fresh_interpreter(FIRST_PAINT)
    modules = set(lines["modules"].split(","))
    assert "belimumab_companion.ui.shell.main_window" in modules
    assert sorted(modules & set(NOT_BEFORE_FIRST_PAINT)) == []


def test_the_page_in_view_is_built_right_after_the_first_paint(qtbot: QtBot) -> None:
    from belimumab_companion.services.errors import DataUnavailableError
    from belimumab_companion.ui.shell.main_window import MainWindow

    built_at_load: list[list[str]] = []
    window: MainWindow

    def load():  # type: ignore[no-untyped-def]
        built_at_load.append(list(window._built))
        raise DataUnavailableError("the test stops before the data")

    window = MainWindow(load, reminders=False)
    qtbot.addWidget(window)
    window.show_page("diary")  # e.g. ``--page diary`` or the page the user left
    assert window._built == {}
    painted: list[list[str]] = []
    window.first_painted.connect(lambda: painted.append(list(window._built)))
    with qtbot.waitSignal(window.load_failed):
        window.show()
    assert painted == [[]]  # the first paint: the frame only
    assert built_at_load == [["diary"]]  # then the page in view, before the data is opened
    assert window.stack.currentWidget() is window._built["diary"]
    assert window.current_page_key() == "diary"


def test_the_country_choices_and_the_emergency_picture_wait_until_shown(
    qtbot: QtBot, services: AppServices
) -> None:
    page = TodayPage()
    qtbot.addWidget(page)
    assert page.country_notice.country.count() == 0
    assert page.red_flag.icon.pixmap().isNull()
    page.load(services)  # a new folder: the country is not confirmed yet
    assert page.country_notice.isVisibleTo(page)
    choices = page.country_notice.country
    assert choices.count() > 30
    assert choices.currentData() == (services.settings.country() or OTHER)
    page.load(services)  # loading again does not add the choices twice
    assert choices.count() == len({choices.itemData(i) for i in range(choices.count())})
