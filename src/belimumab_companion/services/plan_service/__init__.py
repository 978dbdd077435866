"""The treatment plan's services (issue 16: one module per concern).

- ``setup``: plan set-up and switching, already on treatment (R-01..R-15, R-48);
- ``dose_log``: logging, correcting, deleting and undoing doses (R-18, R-22, R-47);
- ``make_up``: what comes after a late dose (R-17, R-20);
- ``appointments``: infusion dates and weights (R-02, R-03, R-08, R-21);
- ``reads``: the schedule in its states, the dose records, the course.

``PlanService`` is all of them on one pair of (sessions, clock), as the window and the command
line use it; ``inputs`` holds what they take and give.
"""

from __future__ import annotations

from belimumab_companion.services.plan_service.appointments import AppointmentsAndWeights
from belimumab_companion.services.plan_service.dose_log import DoseLog
from belimumab_companion.services.plan_service.inputs import (
    ATTENTION_DAYS,
    MAX_DOSES_GIVEN,
    MAX_WEIGHT_KG,
    DoseChange,
    DoseLogError,
    LoggedDose,
    PlanInputError,
    PlanInputs,
    ScheduleOverview,
    TreatmentCourse,
    Weight,
    check_event_moment,
)
from belimumab_companion.services.plan_service.make_up import MakeUpChoices
from belimumab_companion.services.plan_service.reads import ScheduleReads
from belimumab_companion.services.plan_service.setup import PlanSetup
from belimumab_companion.storage.plan_repository import DoseRecord


class PlanService(PlanSetup, DoseLog, MakeUpChoices, AppointmentsAndWeights, ScheduleReads):
    """Setting the treatment plan and reading the schedule (R-01..R-48 via the domain)."""


__all__ = [
    "ATTENTION_DAYS",
    "MAX_DOSES_GIVEN",
    "MAX_WEIGHT_KG",
    "DoseChange",
    "DoseLogError",
    "DoseRecord",
    "LoggedDose",
    "PlanInputError",
    "PlanInputs",
    "PlanService",
    "ScheduleOverview",
    "TreatmentCourse",
    "Weight",
    "check_event_moment",
]
