"""The facts of the care-team report (issue 7) for a date range: Qt-free, read through the services.

``build_report`` never reads the clock: ``now`` (aware) is the report's generated time and the
schedule's "now"; ``start`` .. ``end`` are local dates (both inclusive) in ``zone``. The result is
frozen data, codes and numbers only; ``ui/report/`` words and draws it.

What is in the period, and how it is chosen:

* Plan: every plan segment in force on at least one day of the period (a change, a switch or a
  stop ends a segment; history is never rewritten), and whether treatment goes on today.
* Doses: the planned occurrences whose local due date (in the segment's zone) is in the period.
  Adherence by phase counts only the doses already decided (``domain.adherence``): given on their
  day, late, early, missed (R-16), skipped on the care team's advice; a dose still due is not
  counted. Every dose that was not given on its day is listed with what followed it: the advice
  for a missed one (R-16, R-20, R-21), the choice recorded after a late injection (R-17, R-20),
  or the care team's note for a skipped one.
* Side effects: diary entries whose onset is in the period, never deleted ones (the diary service
  filters them); red flags first (R-29 emergency, R-31 crisis, R-30 care team today, in that
  order), then the rest, oldest first; and the severity of each symptom over time for the chart.
* Mood check-ins taken in the period (PHQ-2 and PHQ-9 totals, bands, R-40, R-41; item 9 above
  zero is flagged, R-31).
* Contraception: the module's state and method, the R-36 window as of ``now``, the answers to the
  method's reminders due in the period, and the pregnancy events dated in it (deleted ones never
  appear), each with whether it fell in the window (R-37).
* Vaccinations dated in the period, with their R-34 notice (deleted ones never appear).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select

from belimumab_companion.domain.adherence import AdherenceCounts, adherence
from belimumab_companion.domain.contraception import Method, Window, window
from belimumab_companion.domain.dose_state import (
    GIVEN_STATES,
    MISSED_STATES,
    advice_when_missed,
)
from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind, make_up_kind
from belimumab_companion.domain.schedule import (
    DoseStatus,
    MissedAdvice,
    Phase,
    PlannedDose,
    PlanSegment,
)
from belimumab_companion.domain.triage import PRIORITY, Triage
from belimumab_companion.services.contraception_service import (
    DONE,
    MISSED,
    ContraceptionItem,
    PregnancyRecord,
)
from belimumab_companion.services.diary_service import DiaryEntry, DiaryFilter, SortKey
from belimumab_companion.services.fhir_export import _patient_facts
from belimumab_companion.services.mood_service import MoodCheckIn
from belimumab_companion.services.plan_service import TreatmentCourse
from belimumab_companion.services.vaccination_service import Vaccination
from belimumab_companion.storage.models import MakeUpChoiceRow
from belimumab_companion.system.local_zone import is_valid_zone

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

DIARY_PAGE = 500
# R-29 (emergency), R-31 (crisis), R-30 (contact the care team today): shown before the rest.
RED_FLAGS = frozenset({Triage.EMERGENCY, Triage.CRISIS, Triage.CARE_TEAM_TODAY})


class Outcome(enum.Enum):
    """What became of a dose due in the period that was not simply given on its day."""

    LATE = "late"  # given after its due date (a make-up dose for an injection, R-17/R-20)
    EARLY = "early"  # given before its due date
    MISSED = "missed"  # not logged by the end of its due day
    SKIPPED = "skipped"  # skipped on the care team's advice: not a missed dose


@dataclass(frozen=True)
class PatientSummary:
    name: str | None  # as the user typed it
    birth_date: date | None
    on_treatment: bool  # a plan is set and not stopped
    last_dose: date | None  # the local day of the last dose given (R-36's window starts there)
    belimumab_anaphylaxis: bool = False  # the patient recorded a past anaphylaxis to it


@dataclass(frozen=True)
class PhaseAdherence:
    phase: Phase | None  # None: all phases together
    due: int  # doses due in the period and already decided (the sum of the rest)
    on_time: int
    late: int
    early: int
    missed: int
    skipped: int  # on the care team's advice


@dataclass(frozen=True)
class MakeUpChoice:
    """What the user chose after a late injection (R-17: keep the day or a new weekly day;
    R-20: the next date the care team gave)."""

    choice: AfterMakeUp
    make_up_on: date
    next_dose: date
    recorded_at: datetime


@dataclass(frozen=True)
class DoseDecision:
    dose: PlannedDose
    outcome: Outcome
    given_at: datetime | None  # in the dose's zone; None when missed or skipped
    advice: MissedAdvice | None  # a missed dose
    make_up: MakeUpKind  # a late injection: whether the user had to choose how to go on
    choice: MakeUpChoice | None  # ... and what they chose, if they did
    note: str  # the note on a skipped dose (the care team's advice), as typed


@dataclass(frozen=True)
class SymptomSeries:
    symptom: str  # as first written in the period
    points: tuple[tuple[datetime, int], ...]  # (onset, severity 0..4), oldest first
    red_flag: bool  # at least one of its entries is a red flag
    symptom_code: str | None = None  # the catalogue term's code, when it is one (issue 17)


@dataclass(frozen=True)
class ContraceptionSummary:
    enabled: bool | None  # None: never asked
    method: Method | None
    method_since: date | None
    window: Window  # R-36, as of the report's ``now``
    done: int  # reminders due in the period marked done (the latest answer counts)
    missed: int
    missed_items: tuple[ContraceptionItem, ...]  # oldest first


@dataclass(frozen=True)
class CareTeamReport:
    start: date
    end: date  # inclusive
    zone: str
    generated_at: datetime  # ``now`` in ``zone``
    patient: PatientSummary
    plans: tuple[PlanSegment, ...]  # in force during the period, oldest first
    adherence: tuple[PhaseAdherence, ...]  # loading first, then maintenance; phases with doses
    adherence_total: PhaseAdherence  # all phases (``phase`` None)
    # adherence counts doses due from the day the app was set up; None: no plan yet.
    tracked_from: date | None
    decisions: tuple[DoseDecision, ...]  # doses not given on their day, in plan order
    doses_given: tuple[datetime, ...]  # when each dose due in the period was given
    side_effects: tuple[DiaryEntry, ...]  # red flags first (most urgent first), then by onset
    red_flag_count: int  # the first ``red_flag_count`` of ``side_effects`` are red flags
    symptom_series: tuple[SymptomSeries, ...]  # those with red flags first, then most entries
    mood: tuple[MoodCheckIn, ...]  # oldest first
    contraception: ContraceptionSummary
    pregnancy_events: tuple[PregnancyRecord, ...]  # oldest first
    vaccinations: tuple[Vaccination, ...]  # oldest first
    # Issue 22: "doses missed while out of supply": missed doses whose day had no usable pen.
    missed_out_of_supply: tuple[date, ...] = ()


def is_red_flag(entry: DiaryEntry) -> bool:
    return entry.triage in RED_FLAGS


def default_zone(services: AppServices) -> str:
    """The newest plan's zone (the schedule's home), else UTC."""
    segments = services.plans.segments()
    return segments[-1].zone if segments else "UTC"


def build_report(
    services: AppServices,
    start: date,
    end: date,
    now: datetime,
    zone: str | None = None,
) -> CareTeamReport:
    """The report for local dates ``start`` .. ``end`` (inclusive) in ``zone`` (default: the
    newest plan's zone). Raises ValueError for a naive ``now``, an unknown zone or an empty range."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    if start > end:
        raise ValueError("the start date is after the end date")
    zone = zone or default_zone(services)
    if not is_valid_zone(zone):
        raise ValueError(f"unknown time zone {zone!r}")
    tz = ZoneInfo(zone)
    segments = services.plans.segments()
    doses = [d for d in services.plans.schedule(now, through=end) if start <= d.local_date <= end]
    tracked_from = services.plans.tracked_from()
    rows, total = _adherence(doses, tracked_from)
    entries = _diary(services, start, end, zone)
    red = [e for e in entries if is_red_flag(e)]
    red.sort(key=lambda e: (PRIORITY.index(e.triage), e.onset_at, e.id))
    rest = [e for e in entries if not is_red_flag(e)]
    course = services.plans.course()
    name, birth_date = _patient_facts(services)

    def in_period(moment: datetime) -> bool:
        return start <= moment.astimezone(tz).date() <= end

    return CareTeamReport(
        start=start,
        end=end,
        zone=zone,
        generated_at=now.astimezone(tz),
        patient=PatientSummary(
            name,
            birth_date,
            course.on_treatment,
            course.last_dose,
            services.settings.belimumab_anaphylaxis(),
        ),
        plans=tuple(
            s
            for s in segments
            if s.first_dose <= end and (s.ends_before is None or s.ends_before > start)
        ),
        adherence=rows,
        adherence_total=total,
        tracked_from=tracked_from,
        decisions=_decisions(services, segments, doses),
        doses_given=tuple(
            d.administration.given_at
            for d in doses
            if d.administration is not None and not d.administration.skipped_on_advice
        ),
        side_effects=(*red, *rest),
        red_flag_count=len(red),
        symptom_series=_series(entries),
        mood=tuple(c for c in services.mood.history() if in_period(c.taken_at)),
        contraception=_contraception(services, course, start, end, now, tz),
        pregnancy_events=tuple(
            sorted(
                (p for p in services.contraception.pregnancy_events() if start <= p.on <= end),
                key=lambda p: (p.on, p.id),
            )
        ),
        vaccinations=tuple(
            sorted(
                (v for v in services.vaccinations.all() if start <= v.on_date <= end),
                key=lambda v: (v.on_date, v.id),
            )
        ),
        missed_out_of_supply=tuple(
            d.local_date
            for d in services.supplies.missed_out_of_supply(now)
            if start <= d.local_date <= end
        ),
    )


# --- doses ------------------------------------------------------------------------------------


def _counts(phase: Phase | None, counts: AdherenceCounts) -> PhaseAdherence:
    return PhaseAdherence(
        phase,
        counts.due,
        counts.on_time,
        counts.late,
        counts.early,
        counts.missed,
        counts.skipped,
    )


def _adherence(
    doses: list[PlannedDose], tracked_from: date | None
) -> tuple[tuple[PhaseAdherence, ...], PhaseAdherence]:
    result = adherence(doses, tracked_from)
    rows = tuple(
        _counts(phase, result.by_phase[phase])
        for phase in (Phase.LOADING, Phase.MAINTENANCE)
        if phase in result.by_phase
    )
    return rows, _counts(None, result.total)


def _make_up_choices(services: AppServices) -> dict[tuple[int, int], MakeUpChoice]:
    """The choices recorded after late injections, the latest per dose. No service lists them
    yet (PlanService only writes them), so they are read here, in one short session."""
    with services.database.sessions.read() as session:
        rows = session.scalars(select(MakeUpChoiceRow).order_by(MakeUpChoiceRow.id))
        return {
            (row.segment_id, row.sequence): MakeUpChoice(
                row.choice, row.make_up_on, row.next_dose, row.created_at
            )
            for row in rows
        }


def _decisions(
    services: AppServices, segments: list[PlanSegment], doses: list[PlannedDose]
) -> tuple[DoseDecision, ...]:
    regimens = {s.id: s.regimen for s in segments}
    choices: dict[tuple[int, int], MakeUpChoice] | None = None
    result = []
    for dose in doses:
        regimen = regimens[dose.segment_id]
        key = (dose.segment_id, dose.sequence)
        if dose.status in MISSED_STATES:  # with for what to do
            # What the app asked while the dose was open (a closed one asks nothing now).
            advice = advice_when_missed(dose.route, regimen.interval_days, dose.in_clinic)
            result.append(
                DoseDecision(dose, Outcome.MISSED, None, advice, MakeUpKind.NONE, None, "")
            )
        elif dose.status is DoseStatus.SKIPPED:
            record = services.plans.dose_record(*key)
            note = record.notes if record is not None else ""
            result.append(
                DoseDecision(dose, Outcome.SKIPPED, None, None, MakeUpKind.NONE, None, note)
            )
        elif dose.status in GIVEN_STATES and dose.administration is not None:
            given = dose.administration.given_at.astimezone(dose.due.tzinfo)
            if given.date() == dose.local_date:
                continue
            if given.date() < dose.local_date:
                result.append(
                    DoseDecision(dose, Outcome.EARLY, given, None, MakeUpKind.NONE, None, "")
                )
                continue
            kind = make_up_kind(dose, given.date(), regimen)
            choice = None
            if kind is not MakeUpKind.NONE:
                if choices is None:
                    choices = _make_up_choices(services)
                choice = choices.get(key)
            result.append(DoseDecision(dose, Outcome.LATE, given, None, kind, choice, ""))
    return tuple(result)


# --- diary ------------------------------------------------------------------------------------


def _diary(services: AppServices, start: date, end: date, zone: str) -> list[DiaryEntry]:
    """Entries with their onset in the period, oldest first; deleted ones are never returned."""
    where = DiaryFilter(since=start, until=end, zone=zone)
    entries: list[DiaryEntry] = []
    while True:
        page = services.diary.page(
            where, SortKey.ONSET, descending=False, offset=len(entries), limit=DIARY_PAGE
        )
        entries.extend(e for e in page if not e.deleted)
        if len(page) < DIARY_PAGE:
            return entries


def _symptom_key(symptom: str) -> str:
    return " ".join(symptom.casefold().split())


def _series(entries: list[DiaryEntry]) -> tuple[SymptomSeries, ...]:
    grouped: dict[str, list[DiaryEntry]] = {}
    for entry in entries:  # oldest first
        grouped.setdefault(_symptom_key(entry.symptom), []).append(entry)
    series = [
        SymptomSeries(
            group[0].symptom,
            tuple((e.onset_at, e.severity) for e in group),
            any(is_red_flag(e) for e in group),
            next((e.symptom_code for e in group if e.symptom_code), None),
        )
        for group in grouped.values()
    ]
    series.sort(key=lambda s: (not s.red_flag, -len(s.points), _symptom_key(s.symptom)))
    return tuple(series)


# --- contraception ----------------------------------------------------------------------------


def _contraception(
    services: AppServices,
    course: TreatmentCourse,
    start: date,
    end: date,
    now: datetime,
    tz: ZoneInfo,
) -> ContraceptionSummary:
    service = services.contraception
    stored = service.current()
    method_zone = ZoneInfo(stored.setup.zone) if stored else tz
    # R-36 from the report's own ``now`` (ContraceptionService.window reads the clock).
    cover = window(course.last_dose, course.on_treatment, now.astimezone(method_zone).date())
    latest: dict[str, ContraceptionItem] = {}
    for item in service.log():  # the latest reminder first, its newest answer first
        if item.key not in latest and start <= item.due.astimezone(tz).date() <= end:
            latest[item.key] = item
    answered = sorted(latest.values(), key=lambda i: (i.due, i.key))
    missed = tuple(i for i in answered if i.answer == MISSED)
    return ContraceptionSummary(
        enabled=service.enabled(),
        method=stored.setup.method if stored else None,
        method_since=stored.setup.start if stored else None,
        window=cover,
        done=sum(1 for i in answered if i.answer == DONE),
        missed=len(missed),
        missed_items=missed,
    )
