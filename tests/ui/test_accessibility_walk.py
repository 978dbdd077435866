"""Issue 8, accessibility: every page of the real window (demo profile, so lists and buttons are
there), walked widget by widget.

- every interactive widget has an accessible name and description as a screen reader gets them
  (``QAccessibleInterface.text``: an explicit name, or a button's text, or a form label's buddy);
- Tab, pressed for real, reaches every visible, enabled interactive widget on the page and never
  gets stuck inside one (a text box that eats Tab, a table that walks its cells);
- at twice the default font size, in a 1366×768 window, no widget is squeezed below the size its
  text needs (pages scroll instead of clipping).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from belimumab_companion.demo import seed_demo
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.text.i18n import install_language
from testsupport import FIXED_NOW

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QAbstractItemView,
    QCalendarWidget,
    QTabBar,
)

PAGES = ("today", "schedule", "diary", "contraception", "drug_info", "reports", "settings")


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, INTERACTIVE):
        return True
    # our own custom controls (the body map…) count when they take keyboard focus
    own = type(widget).__module__.startswith("belimumab_companion")
    return own and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def owner(widget: QWidget) -> QWidget | None:
    """The outermost interactive widget ``widget`` is part of (a spin box's line edit belongs to
    the spin box, a calendar's buttons to the calendar, a table's editor to the table)."""
    found = None
    current: QWidget | None = widget
    while current is not None:
        if is_interactive(current):
            found = current
        current = current.parentWidget()
    return found


def controls(root: QWidget, within: QWidget) -> list[QWidget]:
    """Visible interactive widgets under ``within`` that are not a part of another one."""
    found = []
    for widget in within.findChildren(QWidget):
        if not is_interactive(widget) or not widget.isVisibleTo(root):
            continue
        if owner(widget) is widget:
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    name = widget.objectName() or "(no objectName)"
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {name} {text!r}".strip()


def spoken(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), describe(widget)
    return interface.text(which).replace("&", "").strip()


@pytest.fixture
def demo_window(qtbot: QtBot, migrated_paths: AppPaths) -> Iterator[MainWindow]:
    built: list[AppServices] = []

    def loader() -> AppServices:
        services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
        seed_demo(services, FIXED_NOW)
        built.append(services)
        return services

    main = MainWindow(loader, reminders=False)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    with qtbot.waitSignal(main.data_shown, timeout=20_000):
        main.show()
    yield main
    for services in built:
        services.close()


def show(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    QApplication.processEvents()
    return page


def test_every_interactive_widget_on_every_page_has_an_accessible_name_and_description(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    problems: list[str] = []
    for key in PAGES:
        page = show(qtbot, demo_window, key)
        for widget in [*controls(demo_window, page), demo_window.navigation]:
            if not spoken(widget, QAccessible.Text.Name):
                problems.append(f"{key}: no accessible name: {describe(widget)}")
            if not spoken(widget, QAccessible.Text.Description):
                problems.append(f"{key}: no accessible description: {describe(widget)}")
    assert not problems, "\n".join(sorted(set(problems)))


def tab_walk(qtbot: QtBot, window: MainWindow, limit: int = 600) -> tuple[list[QWidget], str]:
    """Press Tab until focus comes back to where it started; what got focus, and why it stopped."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.navigation.hasFocus)
    start = window.navigation
    reached: list[QWidget] = []
    previous: QWidget | None = None
    same = 0
    for _press in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return reached, "cycled"
        reached.append(now)
        same = same + 1 if now is previous else 0
        if same >= 3:
            return reached, f"stuck in {describe(owner(now) or now)}"
        previous = now
    return reached, f"no cycle after {limit} presses"


def radio_group_reached(widget: QWidget, owners: set[int]) -> bool:
    """Tab stops once in a group of exclusive radio buttons (the checked one); arrows move inside."""
    if not (isinstance(widget, QRadioButton) and widget.autoExclusive()):
        return False
    parent = widget.parentWidget()
    siblings = parent.findChildren(QRadioButton) if parent is not None else []
    return any(id(other) in owners for other in siblings if other.parentWidget() is parent)


def test_tab_reaches_every_control_on_every_page_and_gets_out_again(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    problems: list[str] = []
    for key in PAGES:
        page = show(qtbot, demo_window, key)
        reached, ending = tab_walk(qtbot, demo_window)
        if ending != "cycled":
            problems.append(f"{key}: Tab {ending}")
        owners = {id(owner(widget) or widget) for widget in reached}
        for widget in reached:  # issue 20: every stop is named (a page's scroll area was not)
            stop = owner(widget) or widget
            if not spoken(stop, QAccessible.Text.Name):
                problems.append(f"{key}: an unnamed Tab stop: {describe(stop)}")
        for widget in controls(demo_window, page):
            if not widget.isEnabled():
                continue
            if id(widget) not in owners and not radio_group_reached(widget, owners):
                problems.append(f"{key}: Tab never reaches {describe(widget)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "es"])  # Spanish runs about a fifth longer
def test_at_twice_the_font_size_no_page_clips_its_text(
    qtbot: QtBot,
    migrated_paths: AppPaths,
    language: str,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    locale = QLocale()
    install_language(language)
    try:
        built: list[AppServices] = []

        def loader() -> AppServices:
            services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
            seed_demo(services, FIXED_NOW)
            built.append(services)
            return services

        window = MainWindow(loader, reminders=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitSignal(window.data_shown, timeout=20_000):
            window.show()
        problems: list[str] = []
        for key in PAGES:
            page = show(qtbot, window, key)
            for area in page.findChildren(QScrollArea):
                content = area.widget()
                clipped = (
                    area.isVisibleTo(window)
                    and content is not None
                    and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                    and content.width() > area.viewport().width() + 1
                )
                if clipped and content is not None:
                    problems.append(
                        f"{key}: {area.objectName()} shows {area.viewport().width()} px of a "
                        f"{content.width()} px wide page and cannot scroll sideways"
                    )
            for widget in page.findChildren(QWidget):
                if not widget.isVisibleTo(window) or owner(widget) not in (None, widget):
                    continue
                if not isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
                    continue
                needed = widget.minimumSizeHint()
                if widget.width() + 1 < needed.width() or widget.height() + 1 < needed.height():
                    problems.append(
                        f"{key}: {describe(widget)} is {widget.width()}×{widget.height()}, "
                        f"its text needs {needed.width()}×{needed.height()}"
                    )
        for services in built:
            services.close()
        if window.width() > 1366 or window.height() > 768:
            problems.append(
                f"the window needs {window.width()}×{window.height()}: more than a 1366×768 screen"
            )
        assert not problems, "\n".join(problems)
    finally:
        app.setFont(normal)
        install_language("en")
        QLocale.setDefault(locale)
