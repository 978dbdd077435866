"""The charts' shared time axis (issue 21, ui/widgets/plotting.date_ticks): each date labelled
once, inside the span, at most six labels; days up to four months, months beyond."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from belimumab_companion.ui.widgets.plotting import DAYS_LABELLED, MAX_DATE_LABELS, date_ticks


@pytest.fixture
def british(qapp: QApplication) -> Iterator[None]:
    """Dates in British English for the test; the default locale as it was afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("span", [*range(0, 30), *range(30, 900, 11)])
def test_each_date_once_inside_the_span(british: None, span: int) -> None:
    first = date(2026, 1, 17)
    last = first + timedelta(days=span)
    ticks = date_ticks(first, last)
    days = [day for day, _label in ticks]
    labels = [label for _day, label in ticks]
    assert len(labels) == len(set(labels)) <= MAX_DATE_LABELS, labels
    assert days == sorted(days) and all(first <= day <= last for day in days)
    if span <= DAYS_LABELLED:
        assert days[0] == first  # days: from the first one on
        assert labels[0] == "17 Jan"
    else:
        assert all(day.day == 1 for day in days) and len(days) >= 3  # months
        assert labels[0] == "Feb 2026"


def test_the_labels_follow_the_locale(british: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert date_ticks(date(2026, 9, 1), date(2026, 9, 30))[0][1] == "1 sept"
    assert date_ticks(date(2026, 1, 1), date(2027, 1, 1))[0][1] == "feb 2026"
