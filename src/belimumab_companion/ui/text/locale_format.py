"""Dates, times and numbers as the user's locale writes them (``QLocale()``, set by ``ui.i18n``).

Never ``strftime`` or ``isoformat`` for what a person reads: those are English and ISO. Files
(CSV, FHIR, calendar) keep ISO 8601; this is only for the screen and the report.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """The day in full: "Monday, 23 November 2026", "lunes, 23 de noviembre de 2026"."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_date_pattern() -> str:
    """The locale's short date pattern with a four-digit year ("dd/MM/yyyy", "M/d/yyyy"): two-digit
    years are ambiguous (a date of birth)."""
    return _TWO_DIGIT_YEAR.sub("yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_text(day: date) -> str:
    """The locale's short date with a four-digit year: "11/23/2026", "23/11/2026"."""
    return QLocale().toString(qdate(day), short_date_pattern())


def medium_date(day: date) -> str:
    """Weekday, day and month in words, as the locale orders them: "Mon 23 Nov 2026"."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return locale.toString(qdate(day), pattern)


def time_text(moment: time | datetime) -> str:
    """ "09:30" or "9:30 AM", as the locale writes it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time_text(moment: datetime) -> str:
    """A wall-clock moment (already in the zone to show): "23/11/2026 09:30"."""
    return f"{date_text(moment.date())} {time_text(moment)}"


def long_date_time_text(moment: datetime) -> str:
    return f"{long_date(moment.date())}, {time_text(moment)}"


def medium_date_time_text(moment: datetime) -> str:
    """Weekday, day, month and year in short words and the time: "Tue, 24 Nov 2026, 18:00"."""
    return f"{medium_date(moment.date())}, {time_text(moment)}"


def number_text(value: float, decimals: int = 0) -> str:
    """ "2.5" or "2,5": the locale's decimal separator and digit grouping."""
    return QLocale().toString(float(value), "f", decimals)


def quantity_text(value: float) -> str:
    """A dose, a weight or a per-kg amount with only the decimals it has: "400", "72,5"."""
    value = float(value)
    if value.is_integer():
        return number_text(value, 0)
    return number_text(value, 1 if round(value, 1) == value else 2)


def integer_text(value: int) -> str:
    return QLocale().toString(int(value))
