"""The schedule engine: planned doses from plan segments, administrations and ``now``.

Pure: no clock, no I/O. Time model (architecture.md):

* A plan segment is *local wall-clock time + IANA zone*. Occurrence ``k`` falls on the local date
  ``first_dose + offset(k)`` (calendar-day arithmetic, never 86 400 s steps), at ``time_of_day``.
* DST gap policy: a wall time that does not exist that day (02:30 on spring-forward day) is
  moved forward by the gap (03:30), the moment the clocks jump. DST fold policy: an ambiguous
  wall time (02:30 on fall-back day) is the *first* of the two (fold=0).
* Sequence numbers identify occurrences; an administration answers one (segment, sequence), so a
  dose logged after midnight never consumes the next slot.
* Segments are versions of the plan: a change starts a new segment, and past occurrences keep
  the segment that produced them.

Rules: R-02 (IV days 0, 14, 28 then every 28), R-03 (IV doses are appointments), R-04/R-06
(SubQ intervals), R-05 (the LN 400 mg phase ends after the 4th *administered* 400 mg dose),
R-16 (SubQ not logged by the end of its due day is missed).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_state import (
    PENDING_STATES,
    DoseFacts,
    DoseStatus,
    MissedAdvice,
    dose_states,
)
from belimumab_companion.domain.regimens import Regimen, Route

__all__ = ["DoseStatus", "MissedAdvice"]  # re-exported: the state model lives in dose_state


class Phase(enum.Enum):
    LOADING = "loading"
    MAINTENANCE = "maintenance"


@dataclass(frozen=True)
class PlanSegment:
    id: int
    regimen: Regimen
    first_dose: date
    time_of_day: time
    zone: str
    first_sequence: int = 1
    # The segment's occurrences stop before this local date (a plan change, a switch, a stop).
    ends_before: date | None = None
    # Loading doses already given under earlier segments of the same course (re-anchoring, R-05).
    loading_given_before: int = 0
    weight_kg: float | None = None  # for the IV mg/kg display
    # occurrences of the regimen before this segment's first one (a plan set up by someone
    # already on treatment starts at the position their dose count gives, e.g. IV loading).
    index_offset: int = 0
    # set up by someone already on treatment; IV: the next infusion's date is the
    # centre's (awaiting until entered).
    started_mid_treatment: bool = False


@dataclass(frozen=True)
class Administration:
    segment_id: int
    sequence: int
    given_at: datetime  # aware
    amount_mg: float | None
    skipped_on_advice: bool = False
    sites: tuple[str, ...] = ()  # the injection sites' codes (dose_log.Site values)
    zone: str | None = None  # the zone in effect where it was given (None: the plan's)


@dataclass(frozen=True)
class PlannedDose:
    segment_id: int
    sequence: int
    due: datetime  # aware, in the segment's zone
    route: Route
    phase: Phase
    amount_mg: float | None  # None: IV without a recorded weight (then see mg_per_kg)
    mg_per_kg: float | None
    injections: int
    status: DoseStatus
    administration: Administration | None
    # IV only: the infusion centre's date was entered; otherwise ``due`` is proposed by R-02.
    appointment_confirmed: bool = False
    # the patient's first SubQ dose is given at the clinic, supervised.
    in_clinic: bool = False
    advice: MissedAdvice = MissedAdvice.NONE
    suggested: bool = False  # the one dose the app points the user at, to give now

    @property
    def local_date(self) -> date:
        return self.due.date()

    @property
    def firm(self) -> bool:
        """False for a date the care team gives (R-11, R-20, R-21): never shown, reminded or
        exported as firm."""
        return self.status is not DoseStatus.AWAITING_CARE_TEAM

    @property
    def given_day(self) -> date | None:
        """The local day (in the plan's zone) the dose was given; None when not given."""
        if self.administration is None or self.administration.skipped_on_advice:
            return None
        return self.administration.given_at.astimezone(self.due.tzinfo).date()


def wall_time(day: date, at: time, zone: ZoneInfo) -> datetime:
    """``day`` at ``at`` in ``zone``, with the gap and fold policies of this module."""
    candidate = datetime.combine(day, at.replace(tzinfo=None, fold=0), zone)
    if candidate.utcoffset() == candidate.replace(fold=1).utcoffset():
        return candidate  # an ordinary wall time: neither in a gap nor in a fold
    normalized = candidate.astimezone(UTC).astimezone(zone)
    # In a gap the round trip lands on a different wall time: that is the moment after the jump.
    if normalized.replace(tzinfo=None) != candidate.replace(tzinfo=None):
        return normalized
    return candidate  # in a fold: fold=0, the first of the two


def occurrence_offset(regimen: Regimen, index: int) -> int:
    offsets = regimen.initial_offsets_days
    if index < len(offsets):
        return offsets[index]
    return offsets[-1] + (index - len(offsets) + 1) * regimen.interval_days


def occurrence_dates(segment: PlanSegment, through: date) -> Iterator[tuple[int, date]]:
    """(sequence, local date) for every occurrence of ``segment`` up to ``through`` inclusive."""
    index = 0
    start = occurrence_offset(segment.regimen, segment.index_offset)
    while True:
        offset = occurrence_offset(segment.regimen, segment.index_offset + index) - start
        day = segment.first_dose + timedelta(days=offset)
        if day > through or (segment.ends_before is not None and day >= segment.ends_before):
            return
        yield segment.first_sequence + index, day
        index += 1


@dataclass(frozen=True)
class Occurrence:
    """One planned occurrence before its state: when it falls, what was logged for it, and the
    facts its state depends on (``in_clinic`` as if every occurrence up to its day is counted)."""

    segment: PlanSegment
    sequence: int
    day: date  # the planned local date (an appointment moves ``due``, never ``day``)
    due: datetime
    administration: Administration | None
    confirmed: bool
    facts: DoseFacts


def planned_doses(
    segments: Iterable[PlanSegment],
    administrations: Iterable[Administration],
    now: datetime,
    through: date,
    appointments: Mapping[tuple[int, int], datetime] | None = None,
) -> list[PlannedDose]:
    """Every planned dose up to local date ``through``, in order, with its state at ``now``
    (``dose_state``: one state per dose, at most one suggested).

    ``appointments`` maps (segment id, sequence) to the date and time the user confirmed with
    the infusion centre (R-03); it replaces the proposed time of that one occurrence only (R-21:
    later dates are never shifted by themselves).
    """
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    return doses_through(
        plan_occurrences(segments, administrations, through, appointments), now, through
    )


def plan_occurrences(
    segments: Iterable[PlanSegment],
    administrations: Iterable[Administration],
    through: date,
    appointments: Mapping[tuple[int, int], datetime] | None = None,
) -> list[Occurrence]:
    """Every occurrence up to local date ``through``, in order, without states: computed once,
    then :func:`doses_through` gives the doses up to any day not after ``through``."""
    given = {(a.segment_id, a.sequence): a for a in administrations}
    moved = appointments or {}
    occurrences: list[Occurrence] = []
    first_subq_seen = False
    for segment in sorted(segments, key=lambda s: (s.first_dose, s.id)):
        zone = ZoneInfo(segment.zone)
        regimen = segment.regimen
        subq = regimen.route is Route.SUBQ
        for sequence, day in occurrence_dates(segment, through):
            appointment = moved.get((segment.id, sequence))
            due = (
                appointment.astimezone(zone)
                if appointment
                else wall_time(day, segment.time_of_day, zone)
            )
            in_clinic = _in_clinic(segment, first_subq_seen)
            first_subq_seen = first_subq_seen or subq
            administration = given.get((segment.id, sequence))
            skipped = administration is not None and administration.skipped_on_advice
            facts = DoseFacts(
                segment_id=segment.id,
                due=due,
                route=regimen.route,
                interval_days=regimen.interval_days,
                given_at=None if administration is None or skipped else administration.given_at,
                skipped=skipped,
                in_clinic=in_clinic,
                appointment_confirmed=appointment is not None,
                date_from_care_team=segment.started_mid_treatment and regimen.route is Route.IV,
            )
            occurrences.append(
                Occurrence(
                    segment, sequence, day, due, administration, appointment is not None, facts
                )
            )
    return occurrences


def _in_clinic(segment: PlanSegment, first_subq_seen: bool) -> bool:
    # the patient's first SubQ dose (of a plan started on SubQ, not a re-anchored or
    # mid-treatment one) is given at the clinic.
    return (
        segment.regimen.route is Route.SUBQ
        and segment.regimen.first_dose_in_clinic
        and not first_subq_seen
        and not segment.started_mid_treatment
    )


def doses_through(
    occurrences: Sequence[Occurrence], now: datetime, through: date
) -> list[PlannedDose]:
    """The planned doses up to local date ``through`` with their states at ``now``, from
    :func:`plan_occurrences` computed for ``through`` or any later day: exactly what
    :func:`planned_doses` gives for ``through``."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    kept: list[Occurrence] = []
    first_subq_seen = False
    for occurrence in occurrences:
        if occurrence.day > through:
            continue
        in_clinic = _in_clinic(occurrence.segment, first_subq_seen)
        first_subq_seen = first_subq_seen or occurrence.segment.regimen.route is Route.SUBQ
        if in_clinic is not occurrence.facts.in_clinic:  # overlapping segments cut at ``through``
            occurrence = replace(occurrence, facts=replace(occurrence.facts, in_clinic=in_clinic))
        kept.append(occurrence)
    states = dose_states([o.facts for o in kept], now)
    doses: list[PlannedDose] = []
    loading_given: dict[int, int] = {}
    for occurrence, state in zip(kept, states, strict=True):
        segment, sequence, due = occurrence.segment, occurrence.sequence, occurrence.due
        regimen = segment.regimen
        counted = loading_given.setdefault(segment.id, segment.loading_given_before)
        loading = counted < regimen.loading_doses
        if loading and state.status not in NOT_COUNTED:
            # a given (or still to give, open included) dose counts; a closed missed
            # or a skipped one does not.
            loading_given[segment.id] = counted + 1
        index = segment.index_offset + sequence - segment.first_sequence
        phase = Phase.LOADING if loading or _in_iv_loading(regimen, index) else Phase.MAINTENANCE
        doses.append(
            PlannedDose(
                segment_id=segment.id,
                sequence=sequence,
                due=due,
                route=regimen.route,
                phase=phase,
                amount_mg=_amount(regimen, segment, loading),
                mg_per_kg=regimen.mg_per_kg,
                injections=regimen.injections_per_loading_dose if loading else 1,
                status=state.status,
                administration=occurrence.administration,
                appointment_confirmed=occurrence.confirmed,
                in_clinic=occurrence.facts.in_clinic,
                advice=state.advice,
                suggested=state.suggested,
            )
        )
    return doses


NOT_COUNTED = frozenset({DoseStatus.MISSED_CLOSED, DoseStatus.SKIPPED})


def _in_iv_loading(regimen: Regimen, index: int) -> bool:
    """IV: the first three infusions, two weeks apart, are the loading phase (R-02)."""
    return (
        regimen.route is Route.IV
        and len(regimen.initial_offsets_days) > 1
        and index < len(regimen.initial_offsets_days)
    )


def _amount(regimen: Regimen, segment: PlanSegment, loading: bool) -> float | None:
    if regimen.mg_per_kg is not None:
        return (
            None if segment.weight_kg is None else round(regimen.mg_per_kg * segment.weight_kg, 1)
        )
    if loading and regimen.loading_amount_mg is not None:
        return regimen.loading_amount_mg
    return regimen.maintenance_amount_mg


def next_dose(doses: Iterable[PlannedDose]) -> PlannedDose | None:
    """The dose to show as "next": the suggested one, else the first still ahead."""
    doses = list(doses)
    suggested = next((d for d in doses if d.suggested), None)
    if suggested is not None:
        return suggested
    return next((d for d in doses if d.status in PENDING_STATES), None)
