"""A local time of day written as "HH:MM" (24-hour clock, minutes only): the one parser and the one
formatter for the plan's dose time, the contraception time, the reminder times and the command
line's ``--time``."""

from __future__ import annotations

from datetime import time

__all__ = ["format_time_of_day", "parse_time_of_day"]


def parse_time_of_day(text: str) -> time:
    """``"07:05"`` -> ``time(7, 5)``; anything else (``"7:5"``, ``"24:00"``, ``"07:05:00"``, a
    sign, spaces) raises ValueError. The form is exactly what :func:`format_time_of_day` writes."""
    digits = text[:2] + text[3:]
    if len(text) != 5 or text[2] != ":" or not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"not a time HH:MM: {text!r}")
    return time(int(text[:2]), int(text[3:]))  # ValueError past 23:59


def format_time_of_day(value: time) -> str:
    """``time(7, 5)`` -> ``"07:05"`` (seconds, which the app never sets, are dropped)."""
    return f"{value.hour:02d}:{value.minute:02d}"
