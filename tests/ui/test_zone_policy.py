"""Issue 20, item 4: one time-zone policy. An event is shown in the zone it happened in, and
the zone is named when it differs from the computer's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.services.diary_service import DiaryEntry
from belimumab_companion.ui.models.diary_model import when_text
from belimumab_companion.ui.text import zone_text
from belimumab_companion.ui.text.dose_text import short_when_text


@pytest.fixture
def computer_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    def move(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        zone_text.forget_computer_zone()

    yield move
    zone_text.forget_computer_zone()


def test_a_time_in_the_computers_zone_names_no_zone(computer_in: Callable[[str], None]) -> None:
    computer_in("Europe/Madrid")
    due = datetime(2026, 11, 24, 18, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert "(" not in short_when_text(due) and "Madrid" not in short_when_text(due)


def test_a_time_in_another_zone_is_shown_there_and_named(
    computer_in: Callable[[str], None],
) -> None:
    computer_in("America/New_York")  # Ana flew to New York (journey 2); her plan is in Madrid
    due = datetime(2026, 11, 24, 18, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    text = short_when_text(due)
    assert text.endswith("(Europe/Madrid)")
    assert "18:00" in text  # Madrid's wall clock, not New York's 12:00


def test_a_diary_entry_shows_the_clock_where_it_was_logged(
    computer_in: Callable[[str], None],
) -> None:
    computer_in("Europe/Madrid")
    onset = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # 22:00 in New York, 04:00 in Madrid
    entry = DiaryEntry.__new__(DiaryEntry)
    object.__setattr__(entry, "onset_at", onset)
    object.__setattr__(entry, "zone", "America/New_York")
    text = when_text(entry)
    assert text.endswith("(America/New York)")
    assert "22:00" in text  # the clock in New York (04:00 in Madrid)
