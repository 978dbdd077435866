"""The mood chart's time axis (issue 20 item 5): one label per date, never the same date twice
(five evenly spaced ticks over two days used to print one date three times)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from belimumab_companion.domain.phq import Band, Questionnaire
from belimumab_companion.services.mood_service import MoodCheckIn
from belimumab_companion.ui.widgets.mood_chart import MoodChart, day_ticks


def check_in(at: datetime, total: int = 3) -> MoodCheckIn:
    return MoodCheckIn(Questionnaire.PHQ9, (0,) * 9, total, Band.MINIMAL, False, at)


@pytest.mark.parametrize(
    "moments",
    [
        [datetime(2026, 11, 23, 9, tzinfo=UTC)],
        [datetime(2026, 11, 23, 9, tzinfo=UTC), datetime(2026, 11, 23, 21, tzinfo=UTC)],
        [datetime(2026, 11, 22, 9, tzinfo=UTC), datetime(2026, 11, 23, 9, tzinfo=UTC)],
        [datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=9 * n) for n in range(40)],
    ],
)
def test_each_date_is_labelled_once(qtbot: Any, moments: list[datetime]) -> None:
    chart = MoodChart()
    qtbot.addWidget(chart)
    chart.set_history([check_in(at) for at in moments])
    assert chart.view is None  # drawn once shown, never before
    chart.show()
    qtbot.waitUntil(lambda: chart.view is not None)
    labels = chart.time_labels()
    assert len(labels) >= 2
    assert len(labels) == len(set(labels)), labels
    first = min(m.astimezone().date() for m in moments)
    xs, totals = chart.series["phq9"].getData()
    assert sorted(float(x) for x in xs) == sorted(m.timestamp() for m in moments)
    assert {int(total) for total in totals} == {3}
    assert chart.series["phq9"].opts["symbol"] == "o"  # circles; PHQ-2: squares
    assert chart.series["phq2"].opts["symbol"] == "s"
    assert chart.chart is not None
    low, high = chart.chart.plot.getViewBox().viewRange()[0]
    assert low <= min(m.timestamp() for m in moments) <= high
    assert low <= max(m.timestamp() for m in moments) <= high
    assert chart.chart.legend_labels() == ["PHQ-9 total", "PHQ-2 total"]
    assert "Latest PHQ-9 total: 3 of 27" in chart.accessibleDescription()
    assert "PHQ-9 total 3 of 27" in chart.listing.text()  # the text alternative under it
    assert first - timedelta(days=1) == day_ticks(first - timedelta(days=1), first)[0]


def test_day_ticks_are_whole_days_each_once() -> None:
    for span in range(0, 400, 7):
        ticks = day_ticks(date(2026, 1, 1), date(2026, 1, 1) + timedelta(days=span))
        assert len(ticks) == len(set(ticks)) <= 6
        assert ticks[0] == date(2026, 1, 1)
