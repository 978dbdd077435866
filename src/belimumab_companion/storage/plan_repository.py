"""Plan segments and the dose log: rows in, typed snapshots out (``PlanSnapshot``: a plan with
its segments and its dose history as the domain sees them; ``DoseRecord``: one stored version of
a dose)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import (
    Prescription,
    Regimen,
    RegimenRefusal,
    Route,
    choose_regimen,
    weight_band_changed,
)
from belimumab_companion.domain.schedule import Administration, PlanSegment
from belimumab_companion.domain.switching import SWITCH_GATE_RULES
from belimumab_companion.storage.engine import READ_SESSION
from belimumab_companion.storage.models import (
    AdministrationRow,
    AppointmentRow,
    MakeUpChoiceRow,
    PlanSegmentRow,
    WeightRow,
)


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
class PlanSnapshot:
    """A plan with its segments and its dose history, typed for the domain (issue 16): what the
    plan services read, instead of ORM rows."""

    segments: list[PlanSegment]
    administrations: list[Administration]
    appointments: dict[tuple[int, int], datetime]
    band_changed: bool  # R-08 (see ``band_changed``)
    tracked_from: date | None = None  # the day the app was set up, in the plan's zone
    # What the services work out from this snapshot, kept with it for the rest of a read
    # session (the schedule: Today asks for it about seven times per load); None elsewhere.
    computed: dict[object, object] | None = field(default=None, compare=False, repr=False)


_SNAPSHOT_KEY = "plan_snapshot"
_ROWS_KEY = "current_administrations"


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def segments(self) -> list[PlanSegmentRow]:
        return list(self._session.scalars(select(PlanSegmentRow).order_by(PlanSegmentRow.id)))

    def add_segment(self, row: PlanSegmentRow) -> PlanSegmentRow:
        self._session.add(row)
        self._session.flush()
        return row

    def end_segment(self, segment_id: int, ends_before: date, reason: str) -> None:
        row = self._session.get(PlanSegmentRow, segment_id)
        if row is None:
            raise KeyError(segment_id)
        row.ends_before, row.end_reason = ends_before, reason

    def current_administrations(self) -> list[AdministrationRow]:
        if self._session.info.get(READ_SESSION):  # one snapshot: read once (see ``snapshot``)
            kept = self._session.info.get(_ROWS_KEY)
            if kept is None:
                kept = self._session.info[_ROWS_KEY] = self._current_administrations()
            return list(kept)
        return self._current_administrations()

    def _current_administrations(self) -> list[AdministrationRow]:
        query = (
            select(AdministrationRow)
            .where(AdministrationRow.replaced_at.is_(None))
            .order_by(AdministrationRow.segment_id, AdministrationRow.sequence)
        )
        return list(self._session.scalars(query))

    def given_times(self) -> list[datetime]:
        """When each dose in the log was given, oldest first (skipped ones are not given)."""
        query = (
            select(AdministrationRow.given_at)
            .where(
                AdministrationRow.replaced_at.is_(None),
                AdministrationRow.skipped_on_advice.is_(False),
            )
            .order_by(AdministrationRow.given_at)
        )
        return list(self._session.scalars(query))

    def administration(self, record_id: int) -> AdministrationRow | None:
        return self._session.get(AdministrationRow, record_id)

    def current_administration(self, segment_id: int, sequence: int) -> AdministrationRow | None:
        query = select(AdministrationRow).where(
            AdministrationRow.segment_id == segment_id,
            AdministrationRow.sequence == sequence,
            AdministrationRow.replaced_at.is_(None),
        )
        return self._session.scalars(query).first()

    def versions(self, segment_id: int, sequence: int) -> list[AdministrationRow]:
        query = (
            select(AdministrationRow)
            .where(
                AdministrationRow.segment_id == segment_id, AdministrationRow.sequence == sequence
            )
            .order_by(AdministrationRow.id)
        )
        return list(self._session.scalars(query))

    def add_administration(self, row: AdministrationRow) -> AdministrationRow:
        self._session.add(row)
        self._session.flush()
        return row

    def replace_administration(
        self, old: AdministrationRow, new: AdministrationRow | None, at: datetime
    ) -> None:
        """Mark ``old`` replaced (by ``new``, or deleted when ``new`` is None). Never an UPDATE
        of what was logged: only the replacement columns are set."""
        # The old version stops being current first: only one current version of a planned
        # dose may exist at any moment (the partial unique index of 0009).
        old.replaced_at = at
        self._session.flush()
        if new is not None:
            self.add_administration(new)
            old.replaced_by_id = new.id

    def current_appointments(self) -> list[AppointmentRow]:
        query = select(AppointmentRow).where(AppointmentRow.replaced_at.is_(None))
        return list(self._session.scalars(query))

    def set_appointment(self, row: AppointmentRow, at: datetime) -> None:
        query = select(AppointmentRow).where(
            AppointmentRow.segment_id == row.segment_id,
            AppointmentRow.sequence == row.sequence,
            AppointmentRow.replaced_at.is_(None),
        )
        for old in self._session.scalars(query):
            old.replaced_at = at
        self._session.add(row)

    def latest_weight(self) -> WeightRow | None:
        query = (
            select(WeightRow)
            .where(WeightRow.deleted_at.is_(None))
            .order_by(WeightRow.measured_on.desc(), WeightRow.id.desc())
            .limit(1)
        )
        return self._session.scalars(query).first()

    def snapshot(self, without_record: int | None = None) -> PlanSnapshot:
        """The plan, the current dose log (less ``without_record``: the dose being corrected),
        the appointments and the R-08 weight-band flag, in this session.

        A read session (one transaction on one snapshot of the file, never a write) reads it
        once: Today asks for it about ten times in one load (schedule, make-up, supplies…)."""
        if not self._session.info.get(READ_SESSION):
            return self._read_snapshot(without_record)
        key = (_SNAPSHOT_KEY, without_record)
        kept = self._session.info.get(key)
        if kept is None:
            kept = replace(self._read_snapshot(without_record), computed={})
            self._session.info[key] = kept
        return replace(  # the caller's own lists (the kept one stays as read), one ``computed``
            kept,
            segments=list(kept.segments),
            administrations=list(kept.administrations),
            appointments=dict(kept.appointments),
        )

    def _read_snapshot(self, without_record: int | None) -> PlanSnapshot:
        rows = self.segments()
        weight = self.latest_weight()
        first = min(rows, key=lambda row: row.created_at, default=None)
        return PlanSnapshot(
            segments=[segment_from_row(row, weight) for row in rows],
            administrations=[
                administration_from_row(row)
                for row in self.current_administrations()
                if row.id != without_record
            ],
            appointments={
                (row.segment_id, row.sequence): row.at for row in self.current_appointments()
            },
            band_changed=bool(rows) and band_changed(rows[-1], weight),
            tracked_from=None
            if first is None
            else first.created_at.astimezone(ZoneInfo(first.zone)).date(),
        )

    def weight_band_changed(self) -> bool:
        """R-08 for the current plan and the latest weight."""
        rows = self.segments()
        return bool(rows) and band_changed(rows[-1], self.latest_weight())

    def answered_make_ups(self, segment_id: int) -> set[tuple[int, int]]:
        """The (segment, sequence) of the late doses whose "what next" was answered (R-17)."""
        query = select(MakeUpChoiceRow).where(MakeUpChoiceRow.segment_id == segment_id)
        return {(row.segment_id, row.sequence) for row in self._session.scalars(query)}

    def segment(self, segment_id: int) -> PlanSegmentRow | None:
        return self._session.get(PlanSegmentRow, segment_id)


def segment_from_row(row: PlanSegmentRow, latest: WeightRow | None = None) -> PlanSegment:
    """A stored plan segment as the domain sees it: its regimen rebuilt from the stored inputs."""
    prescription = None
    if row.prescribed_interval_days is not None and row.prescribed_amount_mg is not None:
        prescription = Prescription(row.prescribed_interval_days, row.prescribed_amount_mg)
    regimen = choose_regimen(
        indication=row.indication,
        route=row.route,
        birth_date=row.birth_date,
        on=row.first_dose,  # the regimen of a segment never changes with the patient's age
        weight_kg=row.weight_kg,
        prescription=prescription,
        switching_from_iv=row.switching_from_iv,
        # Saved as prescribed: the age and weight rules give it again; otherwise it was a
        # change of route left to the prescriber (R-13..R-15).
        switch_gated_by=SWITCH_GATE_RULES if row.regimen_code.endswith("-as-prescribed") else (),
    )
    if isinstance(regimen, RegimenRefusal):  # stored inputs were valid when saved
        raise RuntimeError(f"plan segment {row.id} no longer gives a regimen: {regimen.code.value}")
    return PlanSegment(
        id=row.id,
        regimen=regimen,
        first_dose=row.first_dose,
        time_of_day=row.time_of_day,
        zone=row.zone,
        first_sequence=row.first_sequence,
        ends_before=row.ends_before,
        loading_given_before=row.loading_given_before,
        index_offset=row.index_offset,
        started_mid_treatment=row.started_mid_treatment,
        weight_kg=_display_weight(row, regimen, latest),
    )


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


def band_changed(current: PlanSegmentRow, latest: WeightRow | None) -> bool:
    """R-08, for a child's weight-banded SubQ plan that is still current."""
    if (
        current.ends_before is not None
        or current.route is not Route.SUBQ
        or current.prescribed_interval_days is not None
        or current.weight_kg is None
        or latest is None
        or (current.weight_recorded_on and latest.measured_on < current.weight_recorded_on)
    ):
        return False
    segment = segment_from_row(current)
    return segment.regimen.pediatric and weight_band_changed(current.weight_kg, latest.weight_kg)


def record_from_row(row: AdministrationRow) -> DoseRecord:
    return DoseRecord(
        id=row.id,
        segment_id=row.segment_id,
        sequence=row.sequence,
        given_at=row.given_at,
        zone=row.zone,
        amount_mg=row.amount_mg,
        route=row.route,
        device=row.device.value if row.device is not None else None,
        sites=tuple(Site(name) for name in row.sites),
        given_by=row.given_by.value,
        lot_number=row.lot_number,
        notes=row.notes,
        skipped_on_advice=row.skipped_on_advice,
        not_fully_given=row.not_fully_given,
        created_at=row.created_at,
        replaced_at=row.replaced_at,
        replaced_by_id=row.replaced_by_id,
        origin=row.origin.value,
        derived_from_id=row.derived_from_id,
    )


def administration_from_row(row: AdministrationRow) -> Administration:
    return Administration(
        row.segment_id,
        row.sequence,
        row.given_at,
        row.amount_mg,
        row.skipped_on_advice,
        tuple(row.sites),
        row.zone,
    )
