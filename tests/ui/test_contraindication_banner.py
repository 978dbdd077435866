"""R-35, end to end in the real window: the user ticks "I have had a severe allergic reaction
(anaphylaxis) to belimumab" in Settings and Today shows "Do not take Benlysta; contact your care
team" at the top (and where the next dose is offered); unticked, it goes; it survives a restart;
screen readers get it; at twice the font size nothing of it is clipped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.errors import StorageWriteError
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from qtsupport import MessageCloser
from testsupport import FIXED_NOW

R35 = "Do not take Benlysta; contact your care team."  # R-35's words, exactly
QUESTION = "I have had a severe allergic reaction (anaphylaxis) to belimumab (Benlysta) in the past"


def settings_of(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def today_of(window: MainWindow) -> TodayPage:
    page = window.page("today")
    assert isinstance(page, TodayPage)
    return page


def spoken(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(which).replace("&", "").strip()


def open_window(qtbot: QtBot, migrated_paths: AppPaths, built: list[AppServices]) -> MainWindow:
    def loader() -> AppServices:
        built.append(build_services(migrated_paths, clock=fixed_clock(FIXED_NOW)))
        return built[-1]

    main = MainWindow(loader, reminders=False)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.data_shown, timeout=10_000):
        main.show()
    return main


@pytest.fixture
def built() -> Iterator[list[AppServices]]:
    services: list[AppServices] = []
    yield services
    for one in services:
        one.close()


def test_the_question_is_asked_in_settings_in_plain_words(qtbot: QtBot, window: MainWindow) -> None:
    box = settings_of(window).health.anaphylaxis
    assert box.objectName() == "belimumabAnaphylaxis"
    assert not box.isChecked() and box.isEnabled()
    assert spoken(box, QAccessible.Text.Name) == QUESTION  # the words, as a screen reader says them
    assert "Today" in spoken(box, QAccessible.Text.Description)
    label = box.parentWidget().findChild(QLabel, "belimumabAnaphylaxisLabel")  # type: ignore[union-attr]  # the box always has a parent here
    assert label is not None and label.text().replace("&", "") == QUESTION
    assert not today_of(window).contraindication.isVisibleTo(window)  # nothing recorded


def test_ticked_today_shows_the_r35_banner_unticked_it_goes(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = settings_of(window).health.anaphylaxis
    box.click()  # as the user does; saved at once
    assert window.services is not None and window.services.settings.belimumab_anaphylaxis()
    window.show_page("today")
    today = today_of(window)
    qtbot.waitUntil(today.isVisible)
    banner = today.contraindication
    assert banner.isVisible()
    assert banner.text.text() == R35  # R-35, exact
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    # at the top: nothing on the page comes before it
    content = today.findChild(QWidget, "todayContent")
    assert content is not None and content.layout().itemAt(0).widget() is banner  # type: ignore[union-attr]  # the banner page always has a layout
    assert banner.y() < today.heading.y()
    # a screen reader gets the warning as the banner's name, the reason as its description
    assert R35 in spoken(banner, QAccessible.Text.Name)
    assert "anaphylaxis" in spoken(banner, QAccessible.Text.Description)
    assert spoken(banner.text, QAccessible.Text.Name) == R35
    # not blocking: no dialog, the rest of the page works
    assert QApplication.activeModalWidget() is None
    assert today.symptom_button.isEnabled()

    settings_of(window).health.anaphylaxis.click()  # untick
    assert not window.services.settings.belimumab_anaphylaxis()
    window.show_page("today")
    assert not banner.isVisibleTo(window)


def test_the_record_survives_a_new_window_on_the_same_data_folder(
    qtbot: QtBot, migrated_paths: AppPaths, built: list[AppServices]
) -> None:
    first = open_window(qtbot, migrated_paths, built)
    settings_of(first).health.anaphylaxis.setChecked(True)
    first.close()
    for services in built:
        services.close()
    built.clear()
    second = open_window(qtbot, migrated_paths, built)
    assert today_of(second).contraindication.isVisibleTo(second)  # R-35 after a restart
    assert today_of(second).contraindication.text.text() == R35
    assert settings_of(second).health.anaphylaxis.isChecked()
    settings_of(second).health.anaphylaxis.setChecked(False)
    second.close()
    for services in built:
        services.close()
    built.clear()
    third = open_window(qtbot, migrated_paths, built)
    assert not today_of(third).contraindication.isVisibleTo(third)
    assert not settings_of(third).health.anaphylaxis.isChecked()


def test_the_next_dose_card_says_it_too(qtbot: QtBot, window: MainWindow) -> None:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 30),
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
        )
    )
    operations().announce(Change.EVERYTHING)
    today = today_of(window)
    assert today.card.isVisibleTo(window)
    assert not today.next_contraindication.isVisibleTo(window)
    settings_of(window).health.anaphylaxis.setChecked(True)
    window.show_page("today")
    assert today.next_contraindication.isVisibleTo(window)
    assert today.next_contraindication.text() == R35
    assert today.log_button.isVisibleTo(window) and today.log_button.isEnabled()  # not blocked
    settings_of(window).health.anaphylaxis.setChecked(False)
    window.show_page("today")
    assert today.card.isVisibleTo(window)
    assert not today.next_contraindication.isVisibleTo(window)


def test_a_failed_save_leaves_the_box_as_the_data_is(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.services is not None

    def fail(had: bool) -> None:
        raise StorageWriteError("full")

    monkeypatch.setattr(window.services.settings, "set_belimumab_anaphylaxis", fail)
    box = settings_of(window).health.anaphylaxis
    closer = MessageCloser()
    closer.arm(window)
    box.click()
    assert [seen[0] for seen in closer.seen] == ["storageErrorDialog"]  # the gateway says so
    assert not box.isChecked()  # it never claims what was not saved


def test_at_twice_the_font_size_the_banner_is_not_clipped(
    qtbot: QtBot, migrated_paths: AppPaths, built: list[AppServices]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    try:
        services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
        services.settings.set_belimumab_anaphylaxis(True)
        services.close()
        window = open_window(qtbot, migrated_paths, built)
        window.resize(1366, 768)
        window.show_page("today")
        today = today_of(window)
        qtbot.waitUntil(today.isVisible)
        QApplication.processEvents()
        banner = today.contraindication
        assert banner.isVisible()
        problems = []
        for label in [banner.text, banner.reason, banner.icon]:
            needed = label.minimumSizeHint()
            if label.width() + 1 < needed.width() or label.height() + 1 < needed.height():
                problems.append(f"{label.objectName()} {label.size()} < {needed}")
        assert not problems
        assert banner.text.font().pointSizeF() > large.pointSizeF()  # bigger than the page text
        assert window.width() <= 1366 and window.height() <= 768
    finally:
        app.setFont(normal)


def test_read_only_data_shows_the_banner_but_the_box_cannot_change(
    qtbot: QtBot, migrated_paths: AppPaths, built: list[AppServices]
) -> None:
    services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    services.settings.set_belimumab_anaphylaxis(True)
    services.close()

    def loader() -> AppServices:
        built.append(build_services(migrated_paths, clock=fixed_clock(FIXED_NOW), read_only=True))
        return built[-1]

    window = MainWindow(loader, reminders=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.show()
    assert today_of(window).contraindication.isVisibleTo(window)  # R-35 still shown
    box = settings_of(window).health.anaphylaxis
    assert box.isChecked() and not box.isEnabled()
