"""What the plan services take and give: inputs, results and refusals (issue 16: one
module per concern; see ``__init__``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from belimumab_companion.domain.bounds import (
    EVENT_DATE_MAX,
    EVENT_DATE_MIN,
    EventDateOutOfRange,
    check_event_date,
)
from belimumab_companion.domain.dose_log import (
    LogProblem,
)
from belimumab_companion.domain.make_up import (
    MakeUpKind,
    MakeUpOptions,
)
from belimumab_companion.domain.regimens import (
    Indication,
    Prescription,
    Route,
)
from belimumab_companion.domain.schedule import (
    MissedAdvice,
    PlannedDose,
    PlanSegment,
)
from belimumab_companion.services.value_checks import check_amount
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
    # already on belimumab. ``first_dose`` is then the date of the last dose given, and
    # ``doses_given`` how many doses so far (it matters for LN SubQ and IV loading).
    already_on_treatment: bool = False
    doses_given: int = 1


@dataclass(frozen=True)
class LoggedDose:
    occurrence: PlannedDose
    incomplete: bool
    make_up: MakeUpKind = MakeUpKind.NONE  # a late dose asks what comes next
    options: MakeUpOptions | None = None


class DoseLogError(ValueError):
    """A dose that cannot be logged as asked. For ``DOES_NOT_FIT`` (R-47), ``occurrence`` is
    the planned dose the user named and ``alternative`` the one the time fits, if any: the
    window and the CLI ask which is meant; nothing is re-filed by itself."""

    def __init__(
        self,
        problem: LogProblem,
        occurrence: PlannedDose | None = None,
        alternative: PlannedDose | None = None,
    ) -> None:
        self.problem = problem
        self.occurrence = occurrence
        self.alternative = alternative
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
    # The day the app was set up (the first plan saved): adherence and the report count from
    # it; doses before it were never the app's to record.
    tracked_from: date | None = None


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


MAX_DOSES_GIVEN = 1000


def _check_mid_treatment(inputs: PlanInputs, now: datetime) -> None:
    """R-48: the last dose is in the past (or today) and at least one dose was given."""
    if inputs.first_dose > now.astimezone(ZoneInfo(inputs.zone)).date():
        raise PlanInputError(
            "last-dose-in-future",
            message(QT_TRANSLATE_NOOP("Messages", "the last dose given cannot be in the future")),
        )
    if not 1 <= inputs.doses_given <= MAX_DOSES_GIVEN:
        raise PlanInputError(
            "doses-given",
            message(
                QT_TRANSLATE_NOOP("Messages", "the number of doses given must be 1 to %1"),
                MAX_DOSES_GIVEN,
            ),
        )


def check_dose_amount(amount_mg: float | None) -> None:
    """Issue 18's one validation layer for a dose amount (finite, above 0, at most 5000 mg),
    refused as a plan input."""
    try:
        check_amount(amount_mg)
    except UserFacingError as exc:
        if isinstance(exc, PlanInputError):
            raise
        raise PlanInputError(exc.code, exc.text) from None


def check_event_moment(day: date | datetime) -> None:
    """Refuse a date outside the range the app keeps (issue 16: never an OverflowError)."""
    try:
        check_event_date(day)
    except EventDateOutOfRange as error:
        raise PlanInputError(
            "date-out-of-range",
            message(
                QT_TRANSLATE_NOOP("Messages", "the date %1 is outside the years %2 to %3"),
                error.day,
                str(EVENT_DATE_MIN.year),
                str(EVENT_DATE_MAX.year),
            ),
        ) from error
