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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.regimens import Regimen, Route


class Phase(enum.Enum):
    LOADING = "loading"
    MAINTENANCE = "maintenance"


class DoseStatus(enum.Enum):
    GIVEN = "given"
    DUE = "due"  # due today, its time not reached yet
    OVERDUE = "overdue"  # due today, its time has passed, not logged yet
    MISSED = "missed"  # not logged by the end of its due day
    UPCOMING = "upcoming"
    SKIPPED = "skipped"  # skipped on the care team's advice; not a missed dose


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


@dataclass(frozen=True)
class Administration:
    segment_id: int
    sequence: int
    given_at: datetime  # aware
    amount_mg: float | None
    skipped_on_advice: bool = False


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

    @property
    def local_date(self) -> date:
        return self.due.date()


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
    while True:
        day = segment.first_dose + timedelta(days=occurrence_offset(segment.regimen, index))
        if day > through or (segment.ends_before is not None and day >= segment.ends_before):
            return
        yield segment.first_sequence + index, day
        index += 1


def planned_doses(
    segments: Iterable[PlanSegment],
    administrations: Iterable[Administration],
    now: datetime,
    through: date,
    appointments: Mapping[tuple[int, int], datetime] | None = None,
) -> list[PlannedDose]:
    """Every planned dose up to local date ``through``, in order, with its status at ``now``.

    ``appointments`` maps (segment id, sequence) to the date and time the user confirmed with
    the infusion centre (R-03); it replaces the proposed time of that one occurrence only (R-21:
    later dates are never shifted by themselves).
    """
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    given = {(a.segment_id, a.sequence): a for a in administrations}
    moved = appointments or {}
    doses: list[PlannedDose] = []
    first_subq_seen = False
    for segment in sorted(segments, key=lambda s: (s.first_dose, s.id)):
        zone = ZoneInfo(segment.zone)
        regimen = segment.regimen
        today = now.astimezone(zone).date()
        loading_given = segment.loading_given_before
        for sequence, day in occurrence_dates(segment, through):
            key = (segment.id, sequence)
            appointment = moved.get(key)
            due = (
                appointment.astimezone(zone)
                if appointment
                else wall_time(day, segment.time_of_day, zone)
            )
            administration = given.get(key)
            status = _status(administration, due, now, today)
            loading = loading_given < regimen.loading_doses
            if loading and status not in (DoseStatus.MISSED, DoseStatus.SKIPPED):
                loading_given += (
                    1  # a given (or still pending) dose counts; a missed one does not
                )
            phase = (
                Phase.LOADING
                if loading or _in_iv_loading(regimen, sequence - segment.first_sequence)
                else Phase.MAINTENANCE
            )
            amount = _amount(regimen, segment, loading)
            in_clinic = (
                regimen.route is Route.SUBQ and regimen.first_dose_in_clinic and not first_subq_seen
            )
            first_subq_seen = first_subq_seen or regimen.route is Route.SUBQ
            doses.append(
                PlannedDose(
                    segment_id=segment.id,
                    sequence=sequence,
                    due=due,
                    route=regimen.route,
                    phase=phase,
                    amount_mg=amount,
                    mg_per_kg=regimen.mg_per_kg,
                    injections=regimen.injections_per_loading_dose if loading else 1,
                    status=status,
                    administration=administration,
                    appointment_confirmed=appointment is not None,
                    in_clinic=in_clinic,
                )
            )
    return doses


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


def _status(
    administration: Administration | None, due: datetime, now: datetime, today: date
) -> DoseStatus:
    if administration is not None:
        return DoseStatus.SKIPPED if administration.skipped_on_advice else DoseStatus.GIVEN
    day = due.date()
    if day < today:
        return DoseStatus.MISSED
    if day > today:
        return DoseStatus.UPCOMING
    return DoseStatus.OVERDUE if now >= due else DoseStatus.DUE


def next_dose(doses: Iterable[PlannedDose]) -> PlannedDose | None:
    """The first dose still to give: due, overdue or upcoming."""
    for dose in doses:
        if dose.status in (DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.UPCOMING):
            return dose
    return None


class MissedAdvice(enum.Enum):
    """What to tell the user about a dose that is overdue or missed."""

    INJECT_WHEN_REMEMBERED = "inject-when-remembered"  # R-16 (weekly SubQ)
    INJECT_AND_ASK_NEXT_DATE = "inject-and-ask-next-date"  # R-20 (every-14-days and other SubQ)
    CONTACT_INFUSION_CENTRE = "contact-infusion-centre"  # R-21 (IV)


def missed_advice(dose: PlannedDose, interval_days: int) -> MissedAdvice:
    if dose.route is Route.IV:
        return MissedAdvice.CONTACT_INFUSION_CENTRE
    if interval_days == 7:
        return MissedAdvice.INJECT_WHEN_REMEMBERED
    return MissedAdvice.INJECT_AND_ASK_NEXT_DATE
