"""The range of dates the app accepts for events (doses, symptoms, plans, deliveries).

One place for the bound, so the window, the CLI and the CSV import refuse the same dates with
the same reason, and no date arithmetic downstream can overflow (``date.max`` plus a week
raises ``OverflowError``). Birth dates have their own, wider plausibility range.
"""

from __future__ import annotations

from datetime import date, datetime

from belimumab_companion.domain.free_text import MAX_NOTES

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


# --- the rest of the values a person types (issue 18): one place, shared by the window, the
# command line and the CSV import. Each check returns a problem code (None: fine); services turn
# codes into words. ---------------------------------------------------------------------------

# Birth dates: nobody on treatment today was born before 1900; never after the day it is typed.
BIRTH_DATE_MIN = date(1900, 1, 1)
# A dose in mg: IV is 10 mg/kg; SubQ 200 or 400 mg; a prescriber's amount up to 5000 mg.
AMOUNT_MG_MAX = 5000.0  # as domain.regimens allows for a prescription
WEIGHT_KG_MIN = 2.0
WEIGHT_KG_MAX = 400.0
# Temperatures (°C) a pen or syringe reached; outside this the number is a typo, not a reading.
TEMPERATURE_C_MIN = -40.0
TEMPERATURE_C_MAX = 80.0
# Free text: a symptom's name, a note. Long enough for anything a person writes by hand; short
# enough that a pasted file cannot make a search, the report or a page take minutes.
SHORT_TEXT_MAX = 200
NOTE_TEXT_MAX = MAX_NOTES  # one limit for the notes (issue 17's, in free_text)
# Characters kept in free text besides printable ones (a pasted or imported note has CR LF).
_ALLOWED_CONTROLS = {"\n", "\t", "\r"}
_PRINTED_CONTROLS = {"\n", "\t"}


def birth_date_problem(day: date, today: date) -> str | None:
    """``before-1900``, ``in-future`` or None."""
    if day < BIRTH_DATE_MIN:
        return "before-1900"
    if day > today:
        return "in-future"
    return None


def _number_problem(value: float, low: float, high: float, *, low_open: bool) -> str | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "not-a-number"
    if value != value or value in (float("inf"), float("-inf")):  # NaN, infinity
        return "not-a-number"
    if value < low or (low_open and value == low):
        return "too-small"
    if value > high:
        return "too-large"
    return None


def amount_problem(amount_mg: float) -> str | None:
    """A dose amount: a finite number above 0 and at most :data:`AMOUNT_MG_MAX`."""
    return _number_problem(amount_mg, 0.0, AMOUNT_MG_MAX, low_open=True)


def weight_problem(weight_kg: float) -> str | None:
    return _number_problem(weight_kg, WEIGHT_KG_MIN, WEIGHT_KG_MAX, low_open=False)


def temperature_problem(celsius: float) -> str | None:
    return _number_problem(celsius, TEMPERATURE_C_MIN, TEMPERATURE_C_MAX, low_open=False)


def is_control(char: str) -> bool:
    """C0/C1 controls, DEL, and the Unicode line/paragraph separators and bidi overrides that
    let text pretend to be something else on a screen or a terminal."""
    code = ord(char)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or code in (0x2028, 0x2029)
        or 0x202A <= code <= 0x202E
        or 0x2066 <= code <= 0x2069
    )


def text_problem(text: str, max_chars: int) -> str | None:
    """``too-long`` or ``control-characters`` (tabs, line breaks and CR are fine) or None."""
    if len(text) > max_chars:
        return "too-long"
    if any(is_control(char) and char not in _ALLOWED_CONTROLS for char in text):
        return "control-characters"
    return None


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: every control character (an escape sequence's ESC
    among them, a carriage return that would overwrite the line) shown as U+FFFD; line breaks and
    tabs kept."""
    return "".join(
        "\ufffd" if is_control(char) and char not in _PRINTED_CONTROLS else char for char in text
    )


# A phone number the emergency and crisis screens show (the user's own, R-31): what a keypad
# can dial, written as people write it; letters allowed (vanity numbers), at least one digit.
PHONE_NUMBER_MAX = 20
PHONE_NUMBER_SIGNS = " +*#()-"


def phone_number_problem(text: str) -> str | None:
    """``too-long``, ``not-a-phone-number`` (a character a keypad has not), ``no-digit`` or
    None; ``text`` as stored (spaces collapsed, trimmed; empty: no number of one's own)."""
    if len(text) > PHONE_NUMBER_MAX:
        return "too-long"
    if any(not (char.isalnum() or char in PHONE_NUMBER_SIGNS) for char in text):
        return "not-a-phone-number"
    if text and not any(char.isdigit() for char in text):
        return "no-digit"
    return None
