"""Adherence over the doses already due: on time, late, missed, skipped on advice, by phase."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from belimumab_companion.domain.schedule import DoseStatus, Phase, PlannedDose


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


def adherence(doses: Iterable[PlannedDose]) -> Adherence:
    result = Adherence()
    for dose in doses:
        kind = _kind(dose)
        if kind is None:
            continue
        phase = result.by_phase.setdefault(dose.phase, AdherenceCounts())
        for counts in (result.total, phase):
            setattr(counts, kind, getattr(counts, kind) + 1)
    return result


def _kind(dose: PlannedDose) -> str | None:
    if dose.status is DoseStatus.MISSED:
        return "missed"
    if dose.status is DoseStatus.SKIPPED:
        return "skipped"
    if dose.status is not DoseStatus.GIVEN or dose.administration is None:
        return None
    given_day = dose.administration.given_at.astimezone(dose.due.tzinfo).date()
    if given_day == dose.local_date:
        return "on_time"
    return "late" if given_day > dose.local_date else "early"
