"""Wall-clock time in the date-time fields and back (ui/wall_time.py; architecture.md time model):
an unchanged field gives the stored instant back exactly (the DST fold kept); a typed time in a
repeated hour is the first of the two (fold=0); a typed time in the spring-forward gap moves
forward by the gap (the policies of domain/schedule.py)."""

from __future__ import annotations

import os
import time as clock_time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QTimeEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.ui.dialogs.common import limit_to_event_dates
from belimumab_companion.ui.widgets.tab_stops import one_tab_stop
from belimumab_companion.ui.widgets.wall_time import WallTimeEdit, to_instant, to_wall

NEW_YORK = ZoneInfo("America/New_York")
FIRST_0130 = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT, before the clocks go back
SECOND_0130 = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 EST, the repeated hour


# --- pure conversion ----------------------------------------------------------------------------


def test_an_ordinary_time_round_trips_and_a_typed_one_is_read_in_the_zone() -> None:
    instant = datetime(2026, 7, 1, 16, 45, tzinfo=UTC)
    shown = to_wall(instant, "America/New_York")
    assert shown.wall == datetime(2026, 7, 1, 12, 45) and shown.wall.fold == 0
    assert to_instant(shown.wall, "America/New_York", shown) == instant
    typed = to_instant(datetime(2026, 7, 1, 9, 5), NEW_YORK, shown)
    assert typed == datetime(2026, 7, 1, 13, 5, tzinfo=UTC)


@pytest.mark.parametrize(("instant", "fold"), [(FIRST_0130, 0), (SECOND_0130, 1)])
def test_both_01_30s_of_fall_back_day_show_as_01_30_and_come_back_unchanged(
    instant: datetime, fold: int
) -> None:
    shown = to_wall(instant, NEW_YORK)
    assert shown.wall == datetime(2026, 11, 1, 1, 30)
    assert shown.wall.fold == fold  # remembered: which of the two it was
    back = to_instant(datetime(2026, 11, 1, 1, 30), NEW_YORK, shown)  # the field left as shown
    assert back == instant and back.utcoffset() == instant.utcoffset()


def test_an_unchanged_field_gives_back_the_instant_exactly_seconds_and_all() -> None:
    instant = datetime(2026, 11, 1, 6, 30, 27, 512, tzinfo=UTC)
    shown = to_wall(instant, NEW_YORK)
    assert shown.wall == datetime(2026, 11, 1, 1, 30)  # a field shows minutes
    assert to_instant(shown.wall, NEW_YORK, shown) is instant


def test_a_typed_time_in_the_repeated_hour_is_the_first_of_the_two() -> None:
    assert to_instant(datetime(2026, 11, 1, 1, 30), NEW_YORK) == FIRST_0130
    # Typed over the second 01:30 (a new time): the documented policy, the first 01:45.
    shown = to_wall(SECOND_0130, NEW_YORK)
    typed = to_instant(datetime(2026, 11, 1, 1, 45), NEW_YORK, shown)
    assert typed == datetime(2026, 11, 1, 5, 45, tzinfo=UTC)


def test_a_typed_time_in_the_spring_forward_gap_moves_forward_by_the_gap() -> None:
    typed = to_instant(datetime(2026, 3, 8, 2, 30), NEW_YORK)  # 02:00-03:00 does not exist
    assert typed == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    local = typed.astimezone(NEW_YORK)
    assert (local.hour, local.minute) == (3, 30)  # a time that exists: 03:30 EDT
    assert local.replace(tzinfo=None) == typed.astimezone(UTC).astimezone(NEW_YORK).replace(
        tzinfo=None
    )


def test_naive_instants_and_aware_wall_times_are_refused() -> None:
    with pytest.raises(ValueError):
        to_wall(datetime(2026, 11, 1, 1, 30), NEW_YORK)
    with pytest.raises(ValueError):
        to_instant(FIRST_0130, NEW_YORK)


ZONES = ("America/New_York", "Europe/Madrid", "Australia/Lord_Howe", "Asia/Kolkata", "UTC")


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)
    ),
    st.sampled_from(ZONES),
)
def test_any_instant_round_trips_and_a_retyped_wall_only_moves_in_a_second_fold(
    instant: datetime, zone_name: str
) -> None:
    shown = to_wall(instant, zone_name)
    assert to_instant(shown.wall, zone_name, shown) == instant
    retyped = to_instant(shown.wall, zone_name)  # the same wall time, typed afresh
    minute = instant.replace(second=0, microsecond=0)
    if shown.wall.fold == 0:
        assert retyped == minute
    else:
        assert retyped < minute  # the second of a repeated hour: typed, it is the first
        assert retyped.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None) == shown.wall


# --- the field ------------------------------------------------------------------------------------


def test_the_field_shows_the_wall_time_and_keeps_the_fold(qtbot: QtBot) -> None:
    edit = WallTimeEdit("America/New_York", SECOND_0130)
    qtbot.addWidget(edit)
    assert (edit.date(), edit.time()) == (QDate(2026, 11, 1), QTime(1, 30))
    assert edit.instant() == SECOND_0130
    edit.setDateTime(QDateTime(2026, 11, 1, 1, 45, 0))
    assert edit.instant() == datetime(2026, 11, 1, 5, 45, tzinfo=UTC)  # typed: the first
    edit.setDateTime(QDateTime(2026, 11, 1, 1, 30, 0))  # back to what was shown
    assert edit.instant() == SECOND_0130
    assert edit.dateTime() == QDateTime(2026, 11, 1, 1, 30, 0)  # its wall fields


def test_the_field_moves_a_gap_time_forward(qtbot: QtBot) -> None:
    edit = WallTimeEdit(NEW_YORK, datetime(2026, 3, 7, 12, 0, tzinfo=UTC))
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 3, 8))  # as typed, section by section (a local-time QDateTime
    edit.setTime(QTime(2, 30))  # would itself be moved on a computer in New York)
    assert edit.time() == QTime(2, 30)  # what was typed stays in the field
    assert edit.instant() == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)  # 03:30 EDT


@pytest.fixture
def computer_in_new_york() -> Iterator[None]:
    """The computer's own time zone (TZ, which Qt's local time follows) for one test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    clock_time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        clock_time.tzset()


@pytest.mark.usefixtures("computer_in_new_york")
def test_a_wall_time_in_the_computers_own_gap_is_shown_and_kept(qtbot: QtBot) -> None:
    # A symptom logged in Madrid at 02:30 on 2026-03-08, edited on a computer in New York,
    # where 02:30 that day does not exist: the field still shows 02:30 and, left alone,
    # gives back the same instant (a field in the computer's local time would show 03:30).
    madrid = datetime(2026, 3, 8, 2, 30, tzinfo=ZoneInfo("Europe/Madrid"))
    edit = WallTimeEdit("Europe/Madrid", madrid)
    qtbot.addWidget(edit)
    assert edit.time() == QTime(2, 30)
    assert edit.instant() == madrid
    edit.setTime(QTime(2, 45))  # typed: an ordinary time in Madrid, whatever the computer's zone
    assert edit.instant() == madrid + timedelta(minutes=15)


@pytest.mark.parametrize("kind", ["wall", "time", "date"])
def test_a_date_or_time_field_is_one_tab_stop(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: Tab leaves the field at once (Qt's own stops at each section: 2 to 5 presses);
    Shift+Tab too; the arrow keys still change the section under the cursor."""
    form = QWidget()
    qtbot.addWidget(form)
    before, after = QLineEdit(), QLineEdit()
    field: QDateTimeEdit
    if kind == "wall":
        field = WallTimeEdit("Europe/Madrid", datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
        field.setDisplayFormat("dd/MM/yyyy HH:mm")
    elif kind == "time":
        field = one_tab_stop(QTimeEdit(QTime(21, 0)))
    else:
        field = limit_to_event_dates(QDateEdit(QDate(2026, 11, 23)))
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.hasFocus()
    shown = field.dateTime()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the first section goes up by one
    assert field.dateTime() != shown
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()  # one press, not one per section
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backtab)
    assert before.hasFocus()
