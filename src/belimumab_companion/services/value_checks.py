"""The one validation layer for values at the boundary (issue 18), in words.

The limits and the checks themselves live in :mod:`belimumab_companion.domain.bounds`; this turns
their problem codes into :class:`UserFacingError` (translatable, one line on the command line, a
plain message in the window). The window, the command line and the CSV import call these, or the
services that do.
"""

from __future__ import annotations

from datetime import date, datetime

from belimumab_companion.domain import bounds
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message

_NUMBER_TEXT = {
    "not-a-number": QT_TRANSLATE_NOOP("Messages", "%1 must be a number (%2 is not one)"),
    "too-small": QT_TRANSLATE_NOOP("Messages", "%1 is too small (%2)"),
    "too-large": QT_TRANSLATE_NOOP("Messages", "%1 is too large (%2)"),
}


def _number(problem: str | None, what: str, value: float) -> None:
    if problem is not None:
        raise UserFacingError(message(_NUMBER_TEXT[problem], what, repr(value)), code=problem)


def check_amount(amount_mg: float | None) -> None:
    """A dose amount in mg: finite, above 0, at most 5000 (None: the planned amount)."""
    if amount_mg is not None:
        _number(bounds.amount_problem(amount_mg), "the amount in mg", amount_mg)


def check_weight(weight_kg: float | None) -> None:
    if weight_kg is not None:
        _number(bounds.weight_problem(weight_kg), "the weight in kg", weight_kg)


def check_temperature(celsius: float | None) -> None:
    if celsius is not None:
        _number(bounds.temperature_problem(celsius), "the temperature", celsius)


def check_event(moment: date | datetime) -> None:
    """An event's date (a dose, a symptom): 2000-01-01..2100-12-31."""
    if not bounds.event_date_in_range(moment):
        day = moment.date() if isinstance(moment, datetime) else moment
        raise UserFacingError(
            message(
                QT_TRANSLATE_NOOP("Messages", "the date %1 is outside %2 to %3"),
                day.isoformat(),
                bounds.EVENT_DATE_MIN.isoformat(),
                bounds.EVENT_DATE_MAX.isoformat(),
            ),
            code="date-out-of-range",
        )


def check_birth_date(day: date, today: date) -> None:
    problem = bounds.birth_date_problem(day, today)
    if problem is not None:
        raise UserFacingError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "the date of birth %1 is not plausible (from 1900 until today)"
                ),
                day.isoformat(),
            ),
            code=f"birth-date-{problem}",
        )


def check_text(text: str, what: str, max_chars: int = bounds.NOTE_TEXT_MAX) -> None:
    """``what``: the field's name, marked ``QT_TRANSLATE_NOOP("Messages", …)`` at the call site (it
    is translated into the refusal)."""
    name = message(what)
    problem = bounds.text_problem(text, max_chars)
    if problem == "too-long":
        raise UserFacingError(
            message(
                QT_TRANSLATE_NOOP("Messages", "%1 is too long (at most %2 characters)"),
                name,
                max_chars,
            ),
            code="text-too-long",
        )
    if problem is not None:
        raise UserFacingError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "%1 contains control characters; type plain text only"
                ),
                name,
            ),
            code="text-control-characters",
        )
