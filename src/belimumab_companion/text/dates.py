"""Dates and times in English as the window writes them in British English ("Thu, 1 Oct 2026,
09:00": ``ui.locale_format.medium_date_time_text`` under ``en_GB``), without Qt: what the command
line prints for a person to read, never a bare "1 10 2026" (``--json`` keeps ISO 8601)."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# CLDR British English abbreviations, as Qt writes them ("Sept", not "Sep")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def english_date(day: date) -> str:
    """ "Thu, 1 Oct 2026": weekday, day, month and year, no number to misread as another."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def english_date_time(moment: datetime) -> str:
    """ "Thu, 1 Oct 2026, 09:00": the wall-clock time in ``moment``'s own zone."""
    return f"{english_date(moment.date())}, {moment:%H:%M}"
