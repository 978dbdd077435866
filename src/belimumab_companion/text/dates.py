"""Dates and times in English as the window writes them for English ("Thu 1 Oct 2026, 09:00"),
without Qt: what the command line prints for a person to read (``--json`` keeps ISO 8601)."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_date(day: date) -> str:
    """ "Thu 1 Oct 2026": weekday, day, month and year, none of them a bare number to misread."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def english_date_time(moment: datetime) -> str:
    """ "Thu 1 Oct 2026, 09:00": the wall-clock time in ``moment``'s own zone."""
    return f"{english_date(moment.date())}, {moment:%H:%M}"
