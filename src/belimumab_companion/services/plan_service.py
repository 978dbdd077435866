"""Setting the treatment plan and reading the schedule (clinical rules R-01..R-11 via the domain)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from belimumab_companion.domain.dose_log import LogProblem, Site, check_log
from belimumab_companion.domain.regimens import (
    Indication,
    Prescription,
    Regimen,
    RegimenRefusal,
    Route,
    choose_regimen,
)
from belimumab_companion.domain.schedule import (
    Administration,
    DoseStatus,
    MissedAdvice,
    PlannedDose,
    PlanSegment,
    missed_advice,
    occurrence_dates,
    planned_doses,
)
from belimumab_companion.domain.switching import SwitchDecision, check_switch
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.local_zone import is_valid_zone
from belimumab_companion.storage.models import AdministrationRow, PlanSegmentRow
from belimumab_companion.storage.plan_repository import (
    PlanRepository,
    format_time_of_day,
    parse_time_of_day,
)


class PlanInputError(ValueError):
    """Input the user must correct; ``code`` is stable for the UI and scripts."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class PlanInputs:
    indication: Indication | None
    route: Route | None
    birth_date: date | None
    first_dose: date
    time_of_day: time
    zone: str
    weight_kg: float | None = None
    prescription: Prescription | None = None


@dataclass(frozen=True)
class LoggedDose:
    occurrence: PlannedDose
    incomplete: bool


class DoseLogError(ValueError):
    def __init__(self, problem: LogProblem) -> None:
        self.problem = problem
        super().__init__(problem.value)


@dataclass(frozen=True)
class ScheduleOverview:
    segments: list[PlanSegment]
    upcoming: list[PlannedDose]  # still to give, soonest first
    needs_attention: list[tuple[PlannedDose, MissedAdvice]]  # overdue, or missed in the last weeks
    history: list[PlannedDose]  # given, missed or skipped, newest first


ATTENTION_DAYS = 14


class PlanService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def preview(self, inputs: PlanInputs) -> Regimen | RegimenRefusal:
        """The regimen these inputs give, without saving (the setup shows it before saving).
        Age is taken on the first dose's date: a segment's regimen never drifts with age."""
        if not is_valid_zone(inputs.zone):
            raise PlanInputError("bad-zone", f"unknown time zone {inputs.zone!r}")
        return choose_regimen(
            indication=inputs.indication,
            route=inputs.route,
            birth_date=inputs.birth_date,
            on=inputs.first_dose,
            weight_kg=inputs.weight_kg,
            prescription=inputs.prescription,
        )

    def preview_doses(
        self, inputs: PlanInputs, count: int = 6
    ) -> list[PlannedDose] | RegimenRefusal:
        """The first ``count`` dates these inputs would give, shown before saving."""
        result = self.preview(inputs)
        if isinstance(result, RegimenRefusal):
            return result
        segment = PlanSegment(
            id=0,
            regimen=result,
            first_dose=inputs.first_dose,
            time_of_day=inputs.time_of_day,
            zone=inputs.zone,
            weight_kg=inputs.weight_kg,
        )
        span = max(result.initial_offsets_days[-1], result.interval_days) * (count + 1)
        before = datetime.combine(inputs.first_dose, time(0), ZoneInfo(inputs.zone)) - timedelta(
            days=1
        )
        return planned_doses([segment], [], before, inputs.first_dose + timedelta(days=span))[
            :count
        ]

    def set_plan(self, inputs: PlanInputs) -> Regimen | RegimenRefusal:
        """Start the plan (or a new version of it from ``first_dose``). History is kept."""
        result = self.preview(inputs)
        if isinstance(result, RegimenRefusal):
            return result
        assert inputs.indication and inputs.route and inputs.birth_date
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            existing = [s for s in repository.segments() if s.ends_before is None]
            next_sequence = 1
            for row in existing:
                if row.first_dose >= inputs.first_dose:
                    raise PlanInputError(
                        "before-current-plan",
                        f"the new plan must start after the current one ({row.first_dose.isoformat()})",
                    )
                repository.end_segment(row.id, inputs.first_dose, "plan changed")
            for row in repository.segments():
                next_sequence = max(next_sequence, self._last_sequence(row) + 1)
            repository.add_segment(
                PlanSegmentRow(
                    indication=inputs.indication.value,
                    route=inputs.route.value,
                    regimen_code=result.code,
                    birth_date=inputs.birth_date,
                    weight_kg=inputs.weight_kg,
                    weight_recorded_on=now.date() if inputs.weight_kg is not None else None,
                    prescribed_interval_days=inputs.prescription.interval_days
                    if inputs.prescription
                    else None,
                    prescribed_amount_mg=inputs.prescription.amount_mg
                    if inputs.prescription
                    else None,
                    switching_from_iv=False,
                    first_dose=inputs.first_dose,
                    time_of_day=format_time_of_day(inputs.time_of_day),
                    zone=inputs.zone,
                    first_sequence=next_sequence,
                    loading_given_before=0,
                    created_at=now,
                )
            )
        return result

    def segments(self) -> list[PlanSegment]:
        with self._sessions() as session:
            return [self._to_domain(row) for row in PlanRepository(session).segments()]

    def _read(self) -> tuple[list[PlanSegment], list[Administration]]:
        """Plan segments and the current dose log, in one session."""
        with self._sessions() as session:
            repository = PlanRepository(session)
            segments = [self._to_domain(row) for row in repository.segments()]
            administrations = [_administration(row) for row in repository.current_administrations()]
        return segments, administrations

    @staticmethod
    def _doses(
        segments: list[PlanSegment],
        administrations: list[Administration],
        now: datetime,
        through: date | None,
        count: int,
    ) -> list[PlannedDose]:
        if not segments:
            return []
        if through is None:  # far enough ahead for ``count`` more doses
            longest = max(
                max(s.regimen.initial_offsets_days[-1], s.regimen.interval_days) for s in segments
            )
            through = now.date() + timedelta(days=longest * (count + 1) + 1)
        return planned_doses(segments, administrations, now, through)

    def schedule(
        self, now: datetime, through: date | None = None, count: int = 12
    ) -> list[PlannedDose]:
        """Every planned dose up to ``through`` (default: far enough ahead for ``count`` more)."""
        return self._doses(*self._read(), now, through, count)

    def overview(self, now: datetime, upcoming_count: int = 12) -> ScheduleOverview:
        """Everything the Today and Schedule pages show, from one read."""
        segments, administrations = self._read()
        if not segments:
            return ScheduleOverview([], [], [], [])
        doses = self._doses(segments, administrations, now, None, upcoming_count)
        pending = (DoseStatus.DUE, DoseStatus.OVERDUE, DoseStatus.UPCOMING)
        interval = {s.id: s.regimen.interval_days for s in segments}
        recent = now - timedelta(days=ATTENTION_DAYS)
        attention = [
            (d, missed_advice(d, interval[d.segment_id]))
            for d in doses
            if d.status is DoseStatus.OVERDUE or (d.status is DoseStatus.MISSED and d.due >= recent)
        ]
        history = [d for d in doses if d.status not in pending][::-1]
        return ScheduleOverview(
            segments, [d for d in doses if d.status in pending][:upcoming_count], attention, history
        )

    def upcoming(self, now: datetime, count: int) -> list[PlannedDose]:
        """The next ``count`` doses still to give (due, overdue or upcoming), from ``now``."""
        return self.overview(now, upcoming_count=count).upcoming

    def log_dose(
        self,
        *,
        given_at: datetime,
        sites: Sequence[Site],
        sequence: int | None = None,
        amount_mg: float | None = None,
        given_by: str = "self",
        device: str | None = None,
        lot_number: str | None = None,
        notes: str = "",
        not_fully_given: bool = False,
    ) -> LoggedDose:
        """Record a dose against the occurrence it answers (R-18, R-22, R-28 checked in the domain)."""
        now = self._clock()
        horizon = max(now, given_at).date() + timedelta(days=60)
        doses = self.schedule(now, horizon)
        check = check_log(
            doses,
            given_at=given_at,
            now=now,
            sites=sites,
            sequence=sequence,
            not_fully_given=not_fully_given,
        )
        if check.problem is not None or check.occurrence is None:
            raise DoseLogError(check.problem or LogProblem.NO_OCCURRENCE)
        occurrence = check.occurrence
        with self._sessions.begin() as session:
            session.add(
                AdministrationRow(
                    segment_id=occurrence.segment_id,
                    sequence=occurrence.sequence,
                    given_at=given_at,
                    zone=str(occurrence.due.tzinfo),
                    amount_mg=amount_mg if amount_mg is not None else occurrence.amount_mg,
                    route=occurrence.route.value,
                    device=device,
                    sites_json=json.dumps([s.value for s in sites]),
                    given_by=given_by,
                    lot_number=lot_number,
                    notes=notes,
                    skipped_on_advice=False,
                    not_fully_given=check.incomplete,
                    created_at=now,
                )
            )
        return LoggedDose(occurrence, check.incomplete)

    def stop(self, last_day: date, reason: str) -> None:
        """Stop treatment after ``last_day``; the history and the reason are kept."""
        if not reason.strip():
            raise PlanInputError("reason-needed", "give the reason for stopping")
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            current = self._current_row(repository)
            given_after = [
                a
                for a in repository.current_administrations()
                if a.segment_id == current.id
                and a.given_at.astimezone(ZoneInfo(current.zone)).date() > last_day
            ]
            if given_after or last_day < current.first_dose - timedelta(days=1):
                raise PlanInputError("stop-before-logged-dose", "a dose is logged after that date")
            repository.end_segment(
                current.id, last_day + timedelta(days=1), f"stopped: {reason.strip()}"
            )

    def switch(self, target: Route, first_dose: date, at: time | None = None) -> SwitchDecision:
        """Switch routes within the label's window (R-12..R-15); refused outside it, with the reason."""
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            current = self._current_row(repository)
            segment = self._to_domain(current)
            iv_days = sorted(
                a.given_at.astimezone(ZoneInfo(current.zone)).date()
                for a in repository.current_administrations()
                if a.route == Route.IV.value and not a.skipped_on_advice
            )
            decision = check_switch(
                indication=segment.regimen.indication,
                current=segment.regimen.route,
                target=target,
                pediatric=segment.regimen.pediatric,
                iv_dates_given=iv_days,
                first_new_dose=first_dose,
            )
            if not decision.allowed:
                return decision
            repository.end_segment(current.id, first_dose, f"switched to {target.value}")
            row = PlanSegmentRow(
                indication=current.indication,
                route=target.value,
                regimen_code="",
                birth_date=current.birth_date,
                weight_kg=current.weight_kg,
                weight_recorded_on=current.weight_recorded_on,
                prescribed_interval_days=None,
                prescribed_amount_mg=None,
                switching_from_iv=True,
                first_dose=first_dose,
                time_of_day=format_time_of_day(at) if at else current.time_of_day,
                zone=current.zone,
                first_sequence=self._last_sequence_before(current, first_dose) + 1,
                loading_given_before=0,
                created_at=self._clock(),
            )
            row.regimen_code = self._to_domain(row).regimen.code
            repository.add_segment(row)
        return decision

    def site_history(self) -> dict[Site, datetime | None]:
        """When each injection site was last used (R-28), from the dose log."""
        last: dict[Site, datetime | None] = dict.fromkeys(Site)
        with self._sessions() as session:
            for row in PlanRepository(session).current_administrations():
                for name in json.loads(row.sites_json):
                    site = Site(name)
                    previous = last[site]
                    if previous is None or row.given_at > previous:
                        last[site] = row.given_at
        return last

    @staticmethod
    def _current_row(repository: PlanRepository) -> PlanSegmentRow:
        open_rows = [row for row in repository.segments() if row.ends_before is None]
        if not open_rows:
            raise PlanInputError("no-plan", "there is no current treatment plan")
        return open_rows[-1]

    @staticmethod
    def _last_sequence_before(row: PlanSegmentRow, day: date) -> int:
        last = row.first_sequence - 1
        for sequence, _day in occurrence_dates(
            PlanService._to_domain(row), day - timedelta(days=1)
        ):
            last = sequence
        return last

    @staticmethod
    def _last_sequence(row: PlanSegmentRow) -> int:
        if row.ends_before is None:
            return row.first_sequence - 1
        segment = PlanService._to_domain(row)
        last = row.first_sequence - 1
        for sequence, _day in occurrence_dates(segment, row.ends_before - timedelta(days=1)):
            last = sequence
        return last

    @staticmethod
    def _to_domain(row: PlanSegmentRow) -> PlanSegment:
        prescription = None
        if row.prescribed_interval_days is not None and row.prescribed_amount_mg is not None:
            prescription = Prescription(row.prescribed_interval_days, row.prescribed_amount_mg)
        regimen = choose_regimen(
            indication=Indication(row.indication),
            route=Route(row.route),
            birth_date=row.birth_date,
            on=row.first_dose,  # the regimen of a segment never changes with the patient's age
            weight_kg=row.weight_kg,
            prescription=prescription,
            switching_from_iv=row.switching_from_iv,
        )
        if isinstance(regimen, RegimenRefusal):  # stored inputs were valid when saved
            raise RuntimeError(
                f"plan segment {row.id} no longer gives a regimen: {regimen.code.value}"
            )
        return PlanSegment(
            id=row.id,
            regimen=regimen,
            first_dose=row.first_dose,
            time_of_day=parse_time_of_day(row.time_of_day),
            zone=row.zone,
            first_sequence=row.first_sequence,
            ends_before=row.ends_before,
            loading_given_before=row.loading_given_before,
            weight_kg=row.weight_kg,
        )


def _administration(row: AdministrationRow) -> Administration:
    return Administration(
        row.segment_id, row.sequence, row.given_at, row.amount_mg, row.skipped_on_advice
    )
