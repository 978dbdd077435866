"""Adherence over the doses already due: on time, late, missed, skipped on advice, by phase."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from belimumab_companion.domain.dose_state import (
    GIVEN_STATES,
    LOGGED_STATES,
    MISSED_STATES,
    DoseStatus,
)
from belimumab_companion.domain.schedule import Phase, PlannedDose


@dataclass
class AdherenceCounts:
    on_time: int = 0  # given on its due (local) date
    late: int = 0  # given on a later date
    early: int = 0  # given before its due date
    missed: int = 0
    skipped: int = 0

    @property
    def due(self) -> int:
        return self.on_time + self.late + self.early + self.missed + self.skipped


@dataclass
class Adherence:
    total: AdherenceCounts = field(default_factory=AdherenceCounts)
    by_phase: dict[Phase, AdherenceCounts] = field(default_factory=dict)


def adherence(doses: Iterable[PlannedDose], tracked_from: date | None = None) -> Adherence:
    """Counts over the doses due so far. A dose due before ``tracked_from`` (the day the app was
    set up) counts only if it was logged: one not logged then was never the app's to record, so
    it is not counted as missed (R-48)."""
    result = Adherence()
    for dose in doses:
        if (
            tracked_from is not None
            and dose.local_date < tracked_from
            and dose.status not in LOGGED_STATES
        ):
            continue
        kind = _kind(dose)
        if kind is None:
            continue
        phase = result.by_phase.setdefault(dose.phase, AdherenceCounts())
        for counts in (result.total, phase):
            setattr(counts, kind, getattr(counts, kind) + 1)
    return result


def _kind(dose: PlannedDose) -> str | None:
    """From the one dose-state model; an open dose counts as missed (it was not given on its
    day), a dose awaiting the care team's date is not counted (nothing was due)."""
    if dose.status in MISSED_STATES:
        return "missed"
    if dose.status is DoseStatus.SKIPPED:
        return "skipped"
    given_day = dose.given_day
    if dose.status not in GIVEN_STATES or given_day is None:
        return None
    if dose.status is DoseStatus.GIVEN_LATE:
        return "late"
    return "on_time" if given_day == dose.local_date else "early"
