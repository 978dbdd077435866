"""Plan set-up and switching (R-01..R-15, R-48): preview, set, stop, switch."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from belimumab_companion.domain.dose_log import DoseOrigin
from belimumab_companion.domain.dose_state import GIVEN_STATES, LOGGED_STATES
from belimumab_companion.domain.free_text import one_line
from belimumab_companion.domain.regimens import (
    ADULT_AGE,
    GivenBy,
    Regimen,
    RegimenRefusal,
    Route,
    age_on,
    choose_regimen,
)
from belimumab_companion.domain.schedule import (
    Administration,
    Phase,
    PlannedDose,
    PlanSegment,
    planned_doses,
)
from belimumab_companion.domain.switching import (
    SWITCH_GATE_RULES,
    SwitchDecision,
    check_switch,
    route_change,
)
from belimumab_companion.services.plan_service.inputs import (
    PlanInputError,
    PlanInputs,
    _check_mid_treatment,
    check_event_moment,
)
from belimumab_companion.services.plan_service.reads import (
    ScheduleReads,
)
from belimumab_companion.services.value_checks import check_birth_date
from belimumab_companion.storage.models import (
    AdministrationRow,
    PlanSegmentRow,
)
from belimumab_companion.storage.plan_repository import (
    PlanRepository,
    segment_from_row,
)
from belimumab_companion.system.local_zone import is_valid_zone
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message


class PlanSetup(ScheduleReads):
    def preview(self, inputs: PlanInputs) -> Regimen | RegimenRefusal:
        """The regimen these inputs give, without saving (the setup shows it before saving).
        Age is taken on the first dose's date: a segment's regimen never drifts with age."""
        check_event_moment(inputs.first_dose)
        with self._sessions.read() as session:
            return self._regimen_for(inputs, self._route_change(PlanRepository(session), inputs))

    @staticmethod
    def _regimen_for(inputs: PlanInputs, change: SwitchDecision | None) -> Regimen | RegimenRefusal:
        if not is_valid_zone(inputs.zone):
            raise PlanInputError(
                "bad-zone",
                message(QT_TRANSLATE_NOOP("Messages", "unknown time zone %1"), repr(inputs.zone)),
            )
        try:  # issue 18: the one validation layer (a plausible birth date)
            if inputs.birth_date is not None:
                check_birth_date(inputs.birth_date, date.max)  # "after the first dose": domain
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
            previous=last.route,
            target=inputs.route,
            pediatric=age_on(inputs.birth_date, inputs.first_dose) < ADULT_AGE,
            iv_dates_given=sorted(
                a.given_at.astimezone(ZoneInfo(a.zone)).date() for a in given if a.route is Route.IV
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
        already = inputs.already_on_treatment
        segment = PlanSegment(
            id=0,
            regimen=result,
            first_dose=inputs.first_dose,
            time_of_day=inputs.time_of_day,
            zone=inputs.zone,
            weight_kg=inputs.weight_kg,
            first_sequence=inputs.doses_given if already else 1,
            loading_given_before=min(inputs.doses_given - 1, result.loading_doses)
            if already
            else 0,
            index_offset=inputs.doses_given - 1 if already else 0,
            started_mid_treatment=already,
        )
        span = max(result.initial_offsets_days[-1], result.interval_days) * (count + 2)
        before = datetime.combine(inputs.first_dose, time(0), ZoneInfo(inputs.zone)) - timedelta(
            days=1
        )
        # the last dose given is the first occurrence; the preview shows what follows.
        given = (
            [Administration(0, segment.first_sequence, before + timedelta(days=1), None)]
            if already
            else []
        )
        doses = planned_doses([segment], given, before, inputs.first_dose + timedelta(days=span))
        return doses[1 : count + 1] if already else doses[:count]

    def set_plan(self, inputs: PlanInputs) -> Regimen | RegimenRefusal:
        """Start the plan (or a new version of it from ``first_dose``). History is kept. After
        doses on the other route it is a switch (R-12..R-15): the label's window, or the
        prescriber's dose and interval."""
        now = self._clock()
        check_event_moment(inputs.first_dose)
        if inputs.already_on_treatment:
            _check_mid_treatment(inputs, now)
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            change = self._route_change(repository, inputs)
            result = self._regimen_for(inputs, change)
            if isinstance(result, RegimenRefusal):
                return result
            assert inputs.indication and inputs.route and inputs.birth_date
            stored = self._read_in(session)
            doses = self._doses(stored, now, max(inputs.first_dose, now.date()), 12)
            logged = [d for d in doses if d.status in LOGGED_STATES]
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
                # A plan moved before it started (the clinic moved the first dose, R-11): its
                # dates never happened, so it keeps none and the new plan's first dose is the
                # clinic's. Otherwise its past stays history.
                unused = not any(d.segment_id == row.id for d in logged) and (
                    row.first_dose >= _today_in(row.zone, now)
                )
                ends = row.first_dose if unused else inputs.first_dose
                repository.end_segment(row.id, ends, "plan changed")
            _check_new_start(repository, doses, inputs.first_dose)
            for row in repository.segments():
                next_sequence = max(next_sequence, self._last_sequence(row) + 1)
            repository.add_segment(
                PlanSegmentRow(
                    indication=inputs.indication,
                    route=inputs.route,
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
                    time_of_day=inputs.time_of_day,
                    zone=inputs.zone,
                    # the dose numbers go on from the doses already given ("dose #9").
                    first_sequence=max(next_sequence, inputs.doses_given)
                    if inputs.already_on_treatment
                    else next_sequence,
                    # the 400 mg phase counts doses given, across plan versions too.
                    loading_given_before=min(inputs.doses_given - 1, result.loading_doses)
                    if inputs.already_on_treatment
                    else min(_loading_given(doses, inputs.first_dose), result.loading_doses),
                    index_offset=inputs.doses_given - 1 if inputs.already_on_treatment else 0,
                    started_mid_treatment=inputs.already_on_treatment,
                    created_at=now,
                )
            )
            if inputs.already_on_treatment:
                self._record_last_dose_before_the_app(session, repository, now)
        return result

    def _record_last_dose_before_the_app(
        self, session: Session, repository: PlanRepository, now: datetime
    ) -> None:
        """R-48: the last dose given before the app was set up is the segment's first
        occurrence, recorded as reported (no site or time known): the schedule continues from
        it, R-05 counts it, R-18 and the contraception window (R-36) see it."""
        stored = self._read_in(session)
        segment = stored.segments[-1]
        dose = planned_doses([segment], [], now, segment.first_dose)[0]
        repository.add_administration(
            AdministrationRow(
                segment_id=segment.id,
                sequence=dose.sequence,
                given_at=min(dose.due, now),
                zone=segment.zone,
                amount_mg=dose.amount_mg,
                route=segment.regimen.route,
                device=None,
                sites=[],
                given_by=GivenBy.CLINIC
                if segment.regimen.route is Route.IV
                else segment.regimen.default_given_by,
                lot_number=None,
                notes="",
                skipped_on_advice=False,
                not_fully_given=False,
                created_at=now,
                origin=DoseOrigin.REPORTED,
            )
        )

    def stop(self, last_day: date, reason: str) -> None:
        """Stop treatment after ``last_day``; the history and the reason are kept."""
        check_event_moment(last_day)
        reason = one_line(reason)  # issue 20: a bell or a bidi override alone is no reason
        if not reason:
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
            repository.end_segment(current.id, last_day + timedelta(days=1), f"stopped: {reason}")

    def switch(self, target: Route, first_dose: date, at: time | None = None) -> SwitchDecision:
        """Switch routes within the label's window (R-12..R-15); refused outside it, with the reason."""
        check_event_moment(first_dose)
        with self._sessions.begin() as session:
            repository = PlanRepository(session)
            current = self._current_row(repository)
            segment = segment_from_row(current)
            iv_days = sorted(
                a.given_at.astimezone(ZoneInfo(current.zone)).date()
                for a in repository.current_administrations()
                if a.route is Route.IV and not a.skipped_on_advice
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
                route=target,
                regimen_code="",
                birth_date=current.birth_date,
                weight_kg=current.weight_kg,
                weight_recorded_on=current.weight_recorded_on,
                prescribed_interval_days=None,
                prescribed_amount_mg=None,
                switching_from_iv=True,
                first_dose=first_dose,
                time_of_day=at or current.time_of_day,
                zone=current.zone,
                first_sequence=self._last_sequence_before(current, first_dose) + 1,
                loading_given_before=0,
                created_at=self._clock(),
            )
            row.regimen_code = segment_from_row(row).regimen.code
            repository.add_segment(row)
        return decision


def _today_in(zone: str, now: datetime) -> date:
    return now.astimezone(ZoneInfo(zone)).date()


def _loading_given(doses: list[PlannedDose], before: date) -> int:
    """R-05: SubQ loading doses given before ``before`` (a new plan version keeps counting)."""
    return sum(
        1
        for d in doses
        if d.route is Route.SUBQ
        and d.phase is Phase.LOADING
        and d.status in GIVEN_STATES
        and d.local_date < before
    )


def _check_new_start(repository: PlanRepository, doses: list[PlannedDose], first: date) -> None:
    """A new plan never hides a logged dose (R-18, R-47): it starts after the last dose logged
    and after the end of a plan that stopped; plans never overlap."""
    for dose in doses:
        given = dose.given_day
        if dose.status in LOGGED_STATES and max(dose.local_date, given or dose.local_date) >= first:
            raise PlanInputError(
                "dose-after-new-start",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "dose #%1 is logged on or after %2: start the new plan after it",
                    ),
                    str(dose.sequence),
                    first,
                ),
            )
    for row in repository.segments():
        if (
            row.ends_before is not None
            and row.ends_before > first
            and row.ends_before > row.first_dose
        ):
            raise PlanInputError(
                "overlaps-earlier-plan",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the new plan must start on or after %1, when the last one ended",
                    ),
                    row.ends_before,
                ),
            )
