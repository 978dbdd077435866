"""Setting the treatment plan and reading the schedule (clinical rules R-01..R-11 via the domain)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from belimumab_companion.domain.dose_log import (
    LogCheck,
    LogProblem,
    Site,
    check_log,
    check_who_and_device,
)
from belimumab_companion.domain.make_up import (
    AfterMakeUp,
    MakeUpKind,
    MakeUpOptions,
    make_up_kind,
    make_up_options,
)
from belimumab_companion.domain.regimens import (
    ADULT_AGE,
    Device,
    GivenBy,
    Indication,
    Prescription,
    Regimen,
    RegimenRefusal,
    Route,
    age_on,
    choose_regimen,
    weight_band_changed,
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
from belimumab_companion.domain.switching import (
    SWITCH_GATE_RULES,
    SwitchDecision,
    check_switch,
    route_change,
)
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.local_zone import is_valid_zone
from belimumab_companion.services.value_checks import (
    check_amount,
    check_birth_date,
    check_event,
)
from belimumab_companion.storage.models import (
    AdministrationRow,
    AppointmentRow,
    MakeUpChoiceRow,
    PlanSegmentRow,
    WeightRow,
)
from belimumab_companion.storage.plan_repository import (
    PlanRepository,
    format_time_of_day,
    parse_time_of_day,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, UserText, message


class PlanInputError(UserFacingError):
    """Input the user must correct; ``code`` is stable for the UI and scripts. ``str()`` is the
    English (a lower-case fragment); ``text`` is the same, translatable by the UI."""

    def __init__(self, code: str, text: UserText) -> None:
        super().__init__(text, code)


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
    make_up: MakeUpKind = MakeUpKind.NONE  # a late dose asks what comes next
    options: MakeUpOptions | None = None


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
    # the latest weight is on the other side of 40 kg from the weight the current
    # child's SubQ plan was set with. Shown until the plan is changed; never applied.
    weight_band_changed: bool = False


@dataclass(frozen=True)
class DoseRecord:
    """One version of a logged dose, as stored (the audit trail is every version)."""

    id: int
    segment_id: int
    sequence: int
    given_at: datetime
    zone: str
    amount_mg: float | None
    route: Route
    device: str | None
    sites: tuple[Site, ...]
    given_by: str
    lot_number: str | None
    notes: str
    skipped_on_advice: bool
    not_fully_given: bool
    created_at: datetime
    replaced_at: datetime | None
    replaced_by_id: int | None
    origin: str  # "logged", "edited" or "restored"
    derived_from_id: int | None


@dataclass(frozen=True)
class DoseChange:
    """An edit, deletion or undo of the dose log: what was current before and what is now."""

    previous_id: int | None
    current_id: int | None


@dataclass(frozen=True)
class TreatmentCourse:
    on_treatment: bool  # a plan is set and not stopped
    last_dose: date | None  # the local day of the last dose given (skipped ones do not count)


@dataclass(frozen=True)
class Weight:
    weight_kg: float
    measured_on: date


MAX_WEIGHT_KG = 300.0


ATTENTION_DAYS = 14


class PlanService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def preview(self, inputs: PlanInputs) -> Regimen | RegimenRefusal:
        """The regimen these inputs give, without saving (the setup shows it before saving).
        Age is taken on the first dose's date: a segment's regimen never drifts with age."""
        with self._sessions() as session:
            return self._regimen_for(inputs, self._route_change(PlanRepository(session), inputs))

    @staticmethod
    def _regimen_for(inputs: PlanInputs, change: SwitchDecision | None) -> Regimen | RegimenRefusal:
        if not is_valid_zone(inputs.zone):
            raise PlanInputError(
                "bad-zone",
                message(QT_TRANSLATE_NOOP("Messages", "unknown time zone %1"), repr(inputs.zone)),
            )
        try:  # issue 18: the one validation layer (a plausible birth date, a first dose in range)
            if inputs.birth_date is not None:
                check_birth_date(inputs.birth_date, date.max)  # "after the first dose": domain
            check_event(inputs.first_dose)
        except UserFacingError as exc:
            raise PlanInputError(exc.code, exc.text) from None
        return choose_regimen(
            indication=inputs.indication,
            route=inputs.route,
            birth_date=inputs.birth_date,
            on=inputs.first_dose,
            weight_kg=inputs.weight_kg,
            prescription=inputs.prescription,
            switching_from_iv=change is not None and change.allowed,
            switch_gated_by=SWITCH_GATE_RULES if change is not None and not change.allowed else (),
        )

    @staticmethod
    def _route_change(repository: PlanRepository, inputs: PlanInputs) -> SwitchDecision | None:
        """Is this new plan a change of route after doses given (R-12..R-15)? A new plan set up
        after a refused switch must not get the default start (e.g. R-05's 400 mg loading)."""
        if inputs.indication is None or inputs.route is None or inputs.birth_date is None:
            return None  # choose_regimen refuses these inputs anyway
        given = [a for a in repository.current_administrations() if not a.skipped_on_advice]
        if not given:
            return None
        last = max(given, key=lambda a: a.given_at)
        return route_change(
            indication=inputs.indication,
            previous=Route(last.route),
            target=inputs.route,
            pediatric=age_on(inputs.birth_date, inputs.first_dose) < ADULT_AGE,
            iv_dates_given=sorted(
                a.given_at.astimezone(ZoneInfo(a.zone)).date()
                for a in given
                if a.route == Route.IV.value
            ),
            first_new_dose=inputs.first_dose,
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
        """Start the plan (or a new version of it from ``first_dose``). History is kept. After
        doses on the other route it is a switch (R-12..R-15): the label's window, or the
        prescriber's dose and interval."""
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            change = self._route_change(repository, inputs)
            result = self._regimen_for(inputs, change)
            if isinstance(result, RegimenRefusal):
                return result
            assert inputs.indication and inputs.route and inputs.birth_date
            existing = [s for s in repository.segments() if s.ends_before is None]
            next_sequence = 1
            for row in existing:
                if row.first_dose >= inputs.first_dose:
                    raise PlanInputError(
                        "before-current-plan",
                        message(
                            QT_TRANSLATE_NOOP(
                                "Messages", "the new plan must start after the current one (%1)"
                            ),
                            row.first_dose,
                        ),
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
                    switching_from_iv=change is not None and change.allowed,
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

    def _read(self, without_record: int | None = None) -> _Stored:
        """Plan segments, the current dose log, appointments and the latest weight, in one session."""
        with self._sessions() as session:
            repository = PlanRepository(session)
            rows = repository.segments()
            weight = repository.latest_weight()
            segments = [self._to_domain(row, weight) for row in rows]
            administrations = [
                _administration(row)
                for row in repository.current_administrations()
                if row.id != without_record
            ]
            appointments = {
                (row.segment_id, row.sequence): row.at for row in repository.current_appointments()
            }
            band_changed = bool(rows) and _band_changed(rows[-1], weight)
        return _Stored(segments, administrations, appointments, band_changed)

    @staticmethod
    def _doses(
        stored: _Stored, now: datetime, through: date | None, count: int
    ) -> list[PlannedDose]:
        segments = stored.segments
        if not segments:
            return []
        if through is None:  # far enough ahead for ``count`` more doses
            longest = max(
                max(s.regimen.initial_offsets_days[-1], s.regimen.interval_days) for s in segments
            )
            through = now.date() + timedelta(days=longest * (count + 1) + 1)
        return planned_doses(segments, stored.administrations, now, through, stored.appointments)

    def schedule(
        self, now: datetime, through: date | None = None, count: int = 12
    ) -> list[PlannedDose]:
        """Every planned dose up to ``through`` (default: far enough ahead for ``count`` more)."""
        return self._doses(self._read(), now, through, count)

    def overview(self, now: datetime, upcoming_count: int = 12) -> ScheduleOverview:
        """Everything the Today and Schedule pages show, from one read."""
        stored = self._read()
        segments = stored.segments
        if not segments:
            return ScheduleOverview([], [], [], [])
        doses = self._doses(stored, now, None, upcoming_count)
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
            segments,
            [d for d in doses if d.status in pending][:upcoming_count],
            attention,
            history,
            stored.band_changed,
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
        given_by: str | None = None,
        device: str | None = None,
        lot_number: str | None = None,
        notes: str = "",
        not_fully_given: bool = False,
    ) -> LoggedDose:
        """Record a dose against the occurrence it answers (R-03, R-09, R-10, R-18, R-22, R-28
        checked in the domain). ``given_by`` defaults to the regimen's (R-10: a caregiver
        for a child under 10; the clinic for an infusion)."""
        check_amount(amount_mg)  # issue 18: the one validation layer
        check_event(given_at)
        now = self._clock()
        check, given_by, regimen = self._check_log(
            now, given_at, sites, sequence, not_fully_given, None, given_by, device
        )
        occurrence = check.occurrence
        assert occurrence is not None
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
        return self._logged(occurrence, given_at, check.incomplete, regimen)

    def check_dose(
        self,
        *,
        given_at: datetime,
        sites: Sequence[Site],
        sequence: int | None = None,
        given_by: str | None = None,
        device: str | None = None,
        not_fully_given: bool = False,
    ) -> LoggedDose:
        """What ``log_dose`` would record, without recording it (the CLI asks R-17 first)."""
        check, _who, regimen = self._check_log(
            self._clock(), given_at, sites, sequence, not_fully_given, None, given_by, device
        )
        assert check.occurrence is not None
        return self._logged(check.occurrence, given_at, check.incomplete, regimen)

    @staticmethod
    def _logged(
        occurrence: PlannedDose, given_at: datetime, incomplete: bool, regimen: Regimen
    ) -> LoggedDose:
        day = given_at.astimezone(occurrence.due.tzinfo).date()
        kind = make_up_kind(occurrence, day, regimen)
        options = (
            make_up_options(occurrence.local_date.weekday(), day)
            if kind is MakeUpKind.WEEKLY_CHOICE
            else None
        )
        return LoggedDose(occurrence, incomplete, kind, options)

    def choose_after_make_up(
        self,
        segment_id: int,
        sequence: int,
        choice: AfterMakeUp,
        care_team_date: date | None = None,
    ) -> date:
        """Record the choice after a make-up dose and re-anchor the schedule (R-17, R-20).
        ``KEEP_DAY`` changes nothing; ``NEW_DAY`` and ``CARE_TEAM_DATE`` end the current plan
        segment after the make-up day and start a new one on the next date. History is kept."""
        now = self._clock()
        record = self.dose_record(segment_id, sequence)
        if record is None or record.route is not Route.SUBQ:
            raise PlanInputError(
                "no-make-up",
                message(
                    QT_TRANSLATE_NOOP("Messages", "there is no logged injection for that dose")
                ),
            )
        stored = self._read()
        segment = next(s for s in stored.segments if s.id == segment_id)
        zone = ZoneInfo(segment.zone)
        make_up_day = record.given_at.astimezone(zone).date()
        occurrence = next(
            d
            for d in self._doses(stored, now, make_up_day, 12)
            if (d.segment_id, d.sequence) == (segment_id, sequence)
        )
        kind = make_up_kind(occurrence, make_up_day, segment.regimen)
        if kind is MakeUpKind.NONE:
            raise PlanInputError(
                "not-late",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "that dose was given on its day: nothing to choose"
                    )
                ),
            )
        allowed = (
            (AfterMakeUp.KEEP_DAY, AfterMakeUp.NEW_DAY)
            if kind is MakeUpKind.WEEKLY_CHOICE
            else (AfterMakeUp.CARE_TEAM_DATE,)
        )
        if choice not in allowed:
            raise PlanInputError(
                "wrong-choice",
                message(
                    QT_TRANSLATE_NOOP("Messages", "that choice does not apply to this schedule")
                ),
            )
        options = make_up_options(occurrence.local_date.weekday(), make_up_day)
        if choice is AfterMakeUp.KEEP_DAY:
            next_day = options.keep_day_next
        elif choice is AfterMakeUp.NEW_DAY:
            next_day = options.new_day_next
        else:
            if care_team_date is None or care_team_date <= make_up_day:
                raise PlanInputError(
                    "care-team-date",
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "enter the next date your care team gave, after the make-up day",
                        )
                    ),
                )
            next_day = care_team_date
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            current = self._current_row(repository)
            if current.id != segment_id:
                raise PlanInputError(
                    "plan-changed",
                    message(QT_TRANSLATE_NOOP("Messages", "the plan changed since that dose")),
                )
            if choice is not AfterMakeUp.KEEP_DAY:
                self._re_anchor(repository, current, make_up_day, next_day, stored, now)
            session.add(
                MakeUpChoiceRow(
                    segment_id=segment_id,
                    sequence=sequence,
                    choice=choice.value,
                    make_up_on=make_up_day,
                    next_dose=next_day,
                    created_at=now,
                )
            )
        return next_day

    def _re_anchor(
        self,
        repository: PlanRepository,
        current: PlanSegmentRow,
        make_up_day: date,
        next_day: date,
        stored: _Stored,
        now: datetime,
    ) -> None:
        segment = next(s for s in stored.segments if s.id == current.id)
        ends = make_up_day + timedelta(days=1)
        doses = self._doses(stored, now, make_up_day, 12)
        loading_given = segment.loading_given_before + sum(
            1
            for d in doses
            if d.segment_id == current.id
            and d.phase.value == "loading"
            and d.status is DoseStatus.GIVEN
        )
        last = max(
            (d.sequence for d in doses if d.segment_id == current.id and d.local_date < ends),
            default=current.first_sequence - 1,
        )
        repository.end_segment(
            current.id, ends, f"re-anchored after a make-up dose on {make_up_day}"
        )
        repository.add_segment(
            PlanSegmentRow(
                indication=current.indication,
                route=current.route,
                regimen_code=current.regimen_code,
                birth_date=current.birth_date,
                weight_kg=current.weight_kg,
                weight_recorded_on=current.weight_recorded_on,
                prescribed_interval_days=current.prescribed_interval_days,
                prescribed_amount_mg=current.prescribed_amount_mg,
                switching_from_iv=current.switching_from_iv,
                first_dose=next_day,
                time_of_day=current.time_of_day,
                zone=current.zone,
                first_sequence=last + 1,
                loading_given_before=loading_given,
                created_at=now,
            )
        )

    def pending_make_up(self, now: datetime) -> list[LoggedDose]:
        """Late doses of the last two weeks whose "what next" question has no answer yet."""
        stored = self._read()
        if not stored.segments or stored.segments[-1].ends_before is not None:
            return []
        current = stored.segments[-1]
        with self._sessions() as session:
            answered = {
                (row.segment_id, row.sequence)
                for row in session.scalars(
                    select(MakeUpChoiceRow).where(MakeUpChoiceRow.segment_id == current.id)
                )
            }
        recent = now - timedelta(days=ATTENTION_DAYS)
        pending = []
        for dose in self._doses(stored, now, now.date(), 12):
            if (
                dose.segment_id == current.id
                and dose.administration is not None
                and not dose.administration.skipped_on_advice
                and dose.administration.given_at >= recent
                and (dose.segment_id, dose.sequence) not in answered
            ):
                logged = self._logged(dose, dose.administration.given_at, False, current.regimen)
                if logged.make_up is not MakeUpKind.NONE:
                    pending.append(logged)
        return pending

    def skip_on_advice(self, segment_id: int, sequence: int, note: str = "") -> None:
        """Record that the care team said to skip this dose: not a missed dose."""
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            if repository.current_administration(segment_id, sequence) is not None:
                raise PlanInputError(
                    "already-logged",
                    message(QT_TRANSLATE_NOOP("Messages", "that dose is already in the log")),
                )
            segment = session.get(PlanSegmentRow, segment_id)
            if segment is None:
                raise PlanInputError(
                    "no-occurrence",
                    message(QT_TRANSLATE_NOOP("Messages", "that dose is not in the plan")),
                )
            repository.add_administration(
                AdministrationRow(
                    segment_id=segment_id,
                    sequence=sequence,
                    given_at=now,
                    zone=segment.zone,
                    amount_mg=None,
                    route=segment.route,
                    device=None,
                    sites_json="[]",
                    given_by="clinic",
                    lot_number=None,
                    notes=note,
                    skipped_on_advice=True,
                    not_fully_given=False,
                    created_at=now,
                )
            )

    def _check_log(
        self,
        now: datetime,
        given_at: datetime,
        sites: Sequence[Site],
        sequence: int | None,
        not_fully_given: bool,
        without_record: int | None,
        given_by: str | None,
        device: str | None,
    ) -> tuple[LogCheck, str, Regimen]:
        """The domain's checks: the check, who gave the dose (defaulted), the dose's regimen."""
        horizon = max(now, given_at).date() + timedelta(days=60)
        stored = self._read(without_record)
        doses = self._doses(stored, now, horizon, 12)
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
        regimen = next(s.regimen for s in stored.segments if s.id == check.occurrence.segment_id)
        who = GivenBy(given_by) if given_by is not None else regimen.default_given_by
        problem = check_who_and_device(regimen, who, Device(device) if device else None)
        if problem is not None:
            raise DoseLogError(problem)
        return check, who.value, regimen

    def dose_record(self, segment_id: int, sequence: int) -> DoseRecord | None:
        """The current version of the dose logged for this occurrence, if any."""
        with self._sessions() as session:
            row = PlanRepository(session).current_administration(segment_id, sequence)
            return None if row is None else _record(row)

    def dose_versions(self, segment_id: int, sequence: int) -> list[DoseRecord]:
        """Every version ever stored for this occurrence, oldest first: the audit trail."""
        with self._sessions() as session:
            return [_record(r) for r in PlanRepository(session).versions(segment_id, sequence)]

    def edit_dose(
        self,
        record_id: int,
        *,
        given_at: datetime,
        sites: Sequence[Site],
        amount_mg: float | None,
        given_by: str,
        device: str | None = None,
        lot_number: str | None = None,
        notes: str = "",
        not_fully_given: bool = False,
    ) -> DoseChange:
        """Correct a logged dose: the old version is kept, marked replaced by the new one.
        The same checks as logging apply (R-18, R-22, R-28), with the dose itself left out."""
        check_amount(amount_mg)  # issue 18: the one validation layer
        check_event(given_at)
        now = self._clock()
        with self._sessions() as session:
            old = PlanRepository(session).administration(record_id)
            if old is None or old.replaced_at is not None:
                raise PlanInputError(
                    "changed-since",
                    message(
                        QT_TRANSLATE_NOOP("Messages", "this dose was changed or deleted meanwhile")
                    ),
                )
            segment_id, sequence = old.segment_id, old.sequence
        check, given_by, _regimen = self._check_log(
            now, given_at, sites, sequence, not_fully_given, record_id, given_by, device
        )
        occurrence = check.occurrence
        assert occurrence is not None
        if occurrence.segment_id != segment_id:
            raise DoseLogError(LogProblem.NO_OCCURRENCE)
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            old_row = repository.administration(record_id)
            assert old_row is not None
            new = AdministrationRow(
                segment_id=segment_id,
                sequence=sequence,
                given_at=given_at,
                zone=str(occurrence.due.tzinfo),
                amount_mg=amount_mg,
                route=old_row.route,
                device=device,
                sites_json=json.dumps([s.value for s in sites]),
                given_by=given_by,
                lot_number=lot_number,
                notes=notes,
                skipped_on_advice=old_row.skipped_on_advice,
                not_fully_given=check.incomplete,
                created_at=now,
                origin="edited",
                derived_from_id=record_id,
            )
            repository.replace_administration(old_row, new, now)
            return DoseChange(record_id, new.id)

    def delete_dose(self, record_id: int) -> DoseChange:
        """Take a logged dose out of the log. The row is kept (audit trail) and can be restored."""
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            row = repository.administration(record_id)
            if row is None or row.replaced_at is not None:
                raise PlanInputError(
                    "changed-since",
                    message(
                        QT_TRANSLATE_NOOP("Messages", "this dose was changed or deleted meanwhile")
                    ),
                )
            repository.replace_administration(row, None, now)
        return DoseChange(record_id, None)

    def undo(self, change: DoseChange) -> DoseChange:
        """Undo an edit or a deletion: the earlier version becomes current again as a new,
        "restored" version; nothing stored is rewritten."""
        if change.previous_id is None:
            raise PlanInputError(
                "nothing-to-undo",
                message(QT_TRANSLATE_NOOP("Messages", "there is nothing to undo")),
            )
        now = self._clock()
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            previous = repository.administration(change.previous_id)
            assert previous is not None
            current = repository.current_administration(previous.segment_id, previous.sequence)
            if (current.id if current else None) != change.current_id:
                raise PlanInputError(
                    "changed-since",
                    message(QT_TRANSLATE_NOOP("Messages", "this dose was changed again since")),
                )
            restored = AdministrationRow(
                segment_id=previous.segment_id,
                sequence=previous.sequence,
                given_at=previous.given_at,
                zone=previous.zone,
                amount_mg=previous.amount_mg,
                route=previous.route,
                device=previous.device,
                sites_json=previous.sites_json,
                given_by=previous.given_by,
                lot_number=previous.lot_number,
                notes=previous.notes,
                skipped_on_advice=previous.skipped_on_advice,
                not_fully_given=previous.not_fully_given,
                created_at=now,
                origin="restored",
                derived_from_id=previous.id,
            )
            if current is None:
                repository.add_administration(restored)
            else:
                repository.replace_administration(current, restored, now)
            return DoseChange(change.current_id, restored.id)

    def set_appointment(self, segment_id: int, sequence: int, at: datetime) -> PlannedDose:
        """Confirm or move one infusion to the date the centre gave (R-03). Only that infusion
        moves (R-21); it must stay after the one before it and before the one after it."""
        if at.tzinfo is None:
            raise ValueError("at must be aware")
        now = self._clock()
        stored = self._read()
        segment = next((s for s in stored.segments if s.id == segment_id), None)
        if segment is None or segment.regimen.route is not Route.IV:
            raise PlanInputError(
                "not-an-infusion",
                message(QT_TRANSLATE_NOOP("Messages", "only infusions have appointments")),
            )
        doses = self._doses(stored, now, at.date() + timedelta(days=120), 12)
        index = next(
            (
                i
                for i, d in enumerate(doses)
                if (d.segment_id, d.sequence) == (segment_id, sequence)
            ),
            None,
        )
        if index is None:
            raise PlanInputError(
                "no-occurrence",
                message(QT_TRANSLATE_NOOP("Messages", "this infusion is not in the plan")),
            )
        if doses[index].status in (DoseStatus.GIVEN, DoseStatus.SKIPPED):
            raise PlanInputError(
                "already-logged",
                message(QT_TRANSLATE_NOOP("Messages", "this infusion is already in the log")),
            )
        before = doses[index - 1] if index > 0 else None
        after = doses[index + 1] if index + 1 < len(doses) else None
        if before is not None and _moment(before) >= at:
            raise PlanInputError(
                "appointment-order",
                message(
                    QT_TRANSLATE_NOOP("Messages", "the date must be after the previous dose (%1)"),
                    _moment(before).date(),
                ),
            )
        if after is not None and after.due <= at:
            raise PlanInputError(
                "appointment-order",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the date must be before the next infusion (%1); "
                        "if the centre moved that one too, move it first",
                    ),
                    after.due.date(),
                ),
            )
        with self._sessions.begin() as session:
            PlanRepository(session).set_appointment(
                AppointmentRow(
                    segment_id=segment_id,
                    sequence=sequence,
                    at=at,
                    zone=segment.zone,
                    created_at=now,
                ),
                now,
            )
        moved = self._doses(self._read(), now, at.date() + timedelta(days=1), 12)
        return next(d for d in moved if (d.segment_id, d.sequence) == (segment_id, sequence))

    def record_weight(self, weight_kg: float, measured_on: date) -> bool:
        """Keep a new weight. True when it crosses 40 kg from the weight the current child's
        SubQ plan was set with (R-08): the plan is not changed, the user is told to ask."""
        if not 0 < weight_kg <= MAX_WEIGHT_KG:
            raise PlanInputError(
                "bad-weight",
                message(
                    QT_TRANSLATE_NOOP("Messages", "weight must be between 0 and %1 kg"),
                    MAX_WEIGHT_KG,
                ),
            )
        now = self._clock()
        if measured_on > now.date() + timedelta(days=1):
            raise PlanInputError(
                "future-weight",
                message(
                    QT_TRANSLATE_NOOP("Messages", "the weight cannot be measured in the future")
                ),
            )
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            session.add(WeightRow(weight_kg=weight_kg, measured_on=measured_on, created_at=now))
            session.flush()
            rows = repository.segments()
            return bool(rows) and _band_changed(rows[-1], repository.latest_weight())

    def latest_weight(self) -> Weight | None:
        with self._sessions() as session:
            row = PlanRepository(session).latest_weight()
            return None if row is None else Weight(row.weight_kg, row.measured_on)

    def course(self) -> TreatmentCourse:
        """Whether treatment goes on, and the day of the last dose given (R-36's window)."""
        with self._sessions() as session:
            repository = PlanRepository(session)
            rows = repository.segments()
            given = [a for a in repository.current_administrations() if not a.skipped_on_advice]
        last = max(given, key=lambda a: a.given_at, default=None)
        return TreatmentCourse(
            on_treatment=bool(rows) and rows[-1].ends_before is None,
            last_dose=None
            if last is None
            else last.given_at.astimezone(ZoneInfo(last.zone)).date(),
        )

    def stop(self, last_day: date, reason: str) -> None:
        """Stop treatment after ``last_day``; the history and the reason are kept."""
        if not reason.strip():
            raise PlanInputError(
                "reason-needed",
                message(QT_TRANSLATE_NOOP("Messages", "give the reason for stopping")),
            )
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
                raise PlanInputError(
                    "stop-before-logged-dose",
                    message(QT_TRANSLATE_NOOP("Messages", "a dose is logged after that date")),
                )
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
            raise PlanInputError(
                "no-plan",
                message(QT_TRANSLATE_NOOP("Messages", "there is no current treatment plan")),
            )
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
    def _to_domain(row: PlanSegmentRow, latest: WeightRow | None = None) -> PlanSegment:
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
            # Saved as prescribed: the age and weight rules give it again; otherwise it was a
            # change of route left to the prescriber (R-13..R-15).
            switch_gated_by=SWITCH_GATE_RULES
            if row.regimen_code.endswith("-as-prescribed")
            else (),
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
            weight_kg=_display_weight(row, regimen, latest),
        )


@dataclass(frozen=True)
class _Stored:
    segments: list[PlanSegment]
    administrations: list[Administration]
    appointments: dict[tuple[int, int], datetime]
    band_changed: bool


def _display_weight(
    row: PlanSegmentRow, regimen: Regimen, latest: WeightRow | None
) -> float | None:
    """IV doses are 10 mg/kg of the latest weight (R-02) while the plan is current; a newer
    weight never changes a SubQ plan (R-08)."""
    if (
        regimen.route is Route.IV
        and row.ends_before is None
        and latest is not None
        and (row.weight_recorded_on is None or latest.measured_on >= row.weight_recorded_on)
    ):
        return latest.weight_kg
    return row.weight_kg


def _band_changed(current: PlanSegmentRow, latest: WeightRow | None) -> bool:
    """R-08, for a child's weight-banded SubQ plan that is still current."""
    if (
        current.ends_before is not None
        or current.route != Route.SUBQ.value
        or current.prescribed_interval_days is not None
        or current.weight_kg is None
        or latest is None
        or (current.weight_recorded_on and latest.measured_on < current.weight_recorded_on)
    ):
        return False
    segment = PlanService._to_domain(current)
    return segment.regimen.pediatric and weight_band_changed(current.weight_kg, latest.weight_kg)


def _moment(dose: PlannedDose) -> datetime:
    return dose.administration.given_at if dose.administration else dose.due


def _record(row: AdministrationRow) -> DoseRecord:
    return DoseRecord(
        id=row.id,
        segment_id=row.segment_id,
        sequence=row.sequence,
        given_at=row.given_at,
        zone=row.zone,
        amount_mg=row.amount_mg,
        route=Route(row.route),
        device=row.device,
        sites=tuple(Site(name) for name in json.loads(row.sites_json)),
        given_by=row.given_by,
        lot_number=row.lot_number,
        notes=row.notes,
        skipped_on_advice=row.skipped_on_advice,
        not_fully_given=row.not_fully_given,
        created_at=row.created_at,
        replaced_at=row.replaced_at,
        replaced_by_id=row.replaced_by_id,
        origin=row.origin,
        derived_from_id=row.derived_from_id,
    )


def _administration(row: AdministrationRow) -> Administration:
    return Administration(
        row.segment_id, row.sequence, row.given_at, row.amount_mg, row.skipped_on_advice
    )
