"""The range of dates the app accepts for events (doses, symptoms, plans, deliveries).

One place for the bound, so the window, the CLI and the CSV import refuse the same dates with
the same reason, and no date arithmetic downstream can overflow (``date.max`` plus a week
raises ``OverflowError``). Birth dates have their own, wider plausibility range.
"""

from __future__ import annotations

from datetime import date, datetime

EVENT_DATE_MIN = date(2000, 1, 1)
EVENT_DATE_MAX = date(2100, 12, 31)


def event_date_in_range(day: date | datetime) -> bool:
    """True when ``day`` (a date, or a datetime's own calendar date) is inside the range."""
    if isinstance(day, datetime):
        day = day.date()
    return EVENT_DATE_MIN <= day <= EVENT_DATE_MAX


class EventDateOutOfRange(ValueError):
    """A typed date is outside :data:`EVENT_DATE_MIN`..:data:`EVENT_DATE_MAX`."""

    def __init__(self, day: date | datetime) -> None:
        self.day = day.date() if isinstance(day, datetime) else day
        super().__init__(
            f"{self.day.isoformat()} is outside {EVENT_DATE_MIN.isoformat()}"
            f"..{EVENT_DATE_MAX.isoformat()}"
        )


def check_event_date(day: date | datetime) -> None:
    """Raise :class:`EventDateOutOfRange` for a date outside the range."""
    if not event_date_in_range(day):
        raise EventDateOutOfRange(day)
