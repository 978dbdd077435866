"""What each column of the Diary's table must show whole, in the language shown: the samples
``FittedColumns`` sizes the columns from (never the rows: sizing to contents calls data()
thousands of times and would redo it on every page fetched)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from belimumab_companion.ui.models.diary_model import (
    ACTION,
    ACTION_WORDS,
    INTERFERENCE,
    LEVEL_WORDS,
    SEVERITY,
    SYMPTOM,
    TRIAGE,
    TRIAGE_WORDS,
    WHEN,
)
from belimumab_companion.ui.models.diary_model import CONTEXT as DIARY_CONTEXT
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import medium_date, time_text
from belimumab_companion.ui.text.symptom_text import SYMPTOM_TERMS, symptom_text
from belimumab_companion.ui.text.zone_text import computer_zone, zone_label


def column_samples(entry_zones: Iterable[str]) -> dict[int, list[str]]:
    """Every fixed wording and the widest date; with the name of each zone entries were logged
    in that is not the computer's (the When cell names it: a trip, a move)."""
    # every month name and weekday with a two-digit day: the widest line of two differs
    dates = [f"{medium_date(w.date())}, {time_text(w)}" for w in _widest_moments()]
    here = computer_zone()
    labels = [f" ({zone_label(zone)})" for zone in entry_zones if zone != here]
    levels = [marked(DIARY_CONTEXT, word) for word in LEVEL_WORDS]
    return {
        WHEN: [*dates, *(date + label for label in labels for date in dates)],
        # a typed symptom is elided when long; every catalogue term is shown whole
        SYMPTOM: [
            "Swelling where I injected",
            *(symptom_text(name, code) for code, name in SYMPTOM_TERMS.items()),
        ],
        SEVERITY: levels,
        INTERFERENCE: levels,
        TRIAGE: [marked(DIARY_CONTEXT, word) for word in TRIAGE_WORDS.values()],
        ACTION: [marked(DIARY_CONTEXT, word) for word in ACTION_WORDS.values()],
    }


def _widest_moments() -> list[datetime]:
    return [datetime(2026, month, day, 23, 58) for month in range(1, 13) for day in range(22, 29)]
