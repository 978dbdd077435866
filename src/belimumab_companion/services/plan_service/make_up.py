"""Make-up choices after a late dose (R-17, R-19, R-20): keep the day, a new weekly day, or
the care team's date; and the late doses whose question has no answer yet."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_state import GIVEN_STATES, LOGGED_STATES
from belimumab_companion.domain.make_up import (
    AfterMakeUp,
    MakeUpKind,
    make_up_kind,
    make_up_options,
)
from belimumab_companion.domain.regimens import (
    Route,
)
from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.services.plan_service.inputs import (
    ATTENTION_DAYS,
    LoggedDose,
    PlanInputError,
    check_event_moment,
)
from belimumab_companion.services.plan_service.reads import (
    ScheduleReads,
)
from belimumab_companion.storage.models import (
    MakeUpChoiceRow,
    PlanSegmentRow,
)
from belimumab_companion.storage.plan_repository import (
    PlanRepository,
    PlanSnapshot,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, message


class MakeUpChoices(ScheduleReads):
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
        if care_team_date is not None:
            check_event_moment(care_team_date)
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
        doses = self._doses(stored, now, max(make_up_day, now.date()), 12)
        occurrence = next(d for d in doses if (d.segment_id, d.sequence) == (segment_id, sequence))
        if _later_dose_logged(doses, occurrence):  # the question has been overtaken
            raise PlanInputError(
                "later-dose-logged",
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "a later dose is already logged: the schedule goes on from it, nothing "
                        "to choose",
                    )
                ),
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
                    choice=choice,
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
        stored: PlanSnapshot,
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
            and d.status in GIVEN_STATES  # the make-up dose itself is given late
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
        with self._sessions.read() as session:
            answered = PlanRepository(session).answered_make_ups(current.id)
        recent = now - timedelta(days=ATTENTION_DAYS)
        pending = []
        doses = self._doses(stored, now, now.date(), 12)
        for dose in doses:
            if (
                dose.segment_id == current.id
                and not _later_dose_logged(doses, dose)  # overtaken by a later dose
                and dose.administration is not None
                and not dose.administration.skipped_on_advice
                and dose.administration.given_at >= recent
                and (dose.segment_id, dose.sequence) not in answered
            ):
                logged = self._logged(dose, dose.administration.given_at, False, current.regimen)
                if logged.make_up is not MakeUpKind.NONE:
                    pending.append(logged)
        return pending


def _later_dose_logged(doses: list[PlannedDose], dose: PlannedDose) -> bool:
    """Whether a dose after ``dose`` is already logged (given or skipped on advice)."""
    index = next(i for i, d in enumerate(doses) if d is dose)
    return any(d.status in LOGGED_STATES for d in doses[index + 1 :])
