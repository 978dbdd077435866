"""Infusion appointments (R-03, R-21) and weights (R-02, R-08)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from belimumab_companion.domain.dose_state import LOGGED_STATES
from belimumab_companion.domain.regimens import (
    Route,
)
from belimumab_companion.domain.schedule import (
    PlannedDose,
)
from belimumab_companion.services.plan_service.inputs import (
    MAX_WEIGHT_KG,
    PlanInputError,
    check_event_moment,
)
from belimumab_companion.services.plan_service.reads import (
    ScheduleReads,
    _moment,
)
from belimumab_companion.storage.models import (
    AppointmentRow,
    WeightRow,
)
from belimumab_companion.storage.plan_repository import (
    PlanRepository,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, message


class AppointmentsAndWeights(ScheduleReads):
    def set_appointment(self, segment_id: int, sequence: int, at: datetime) -> PlannedDose:
        """Confirm or move one infusion to the date the centre gave (R-03). Only that infusion
        moves (R-21); it must stay after the one before it and before the one after it."""
        if at.tzinfo is None:
            raise ValueError("at must be aware")
        check_event_moment(at)
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
        if doses[index].status in LOGGED_STATES:
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
        check_event_moment(measured_on)
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
            return repository.weight_band_changed()
