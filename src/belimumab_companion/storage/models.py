"""The ORM models. Each later feature adds its tables here and in a new Alembic migration."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from belimumab_companion.domain.contraception import Action, Method, PregnancyEvent
from belimumab_companion.domain.diary_action import Action as DiaryAction
from belimumab_companion.domain.dose_log import DoseOrigin
from belimumab_companion.domain.make_up import AfterMakeUp
from belimumab_companion.domain.phq import Band, Questionnaire
from belimumab_companion.domain.regimens import Device, GivenBy, Indication, Route
from belimumab_companion.domain.reminders import ReminderAnswer, ReminderKind
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.domain.triage_model import Triage
from belimumab_companion.domain.vaccines import VaccinationStatus
from belimumab_companion.storage.types import JsonText, TimeOfDay, UtcDateTime, code_enum

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PatientProfile(Base):
    """The one person this data folder is about (a parent sets it up for their child)."""

    __tablename__ = "patient_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(2), default="US")
    managed_by_caregiver: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Setting(Base):
    """The user's preferences: since migration 0012 one row, ``app``, whose value is the whole
    settings document (``services.settings_model``: a ``version`` and the model's fields).
    Before, one row per preference keyed by a dotted name (``help.country``)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column("value_json", JsonText())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class MonographChoice(Base):
    """The monograph file the user chose to read instead of the shipped one (none: shipped)."""

    __tablename__ = "monograph_choice"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    chosen_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PlanSegmentRow(Base):
    """One version of the treatment plan (domain ``PlanSegment``). A change adds a row; past
    occurrences keep the row that produced them. The regimen is re-derived from these inputs."""

    __tablename__ = "plan_segment"
    __table_args__ = (
        CheckConstraint("route IN ('iv', 'subq')", name="route"),
        CheckConstraint("indication IN ('sle', 'ln')", name="indication"),
        CheckConstraint("first_sequence >= 1", name="first_sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indication: Mapped[Indication] = mapped_column(code_enum(Indication, 8))
    route: Mapped[Route] = mapped_column(code_enum(Route, 8))
    regimen_code: Mapped[str] = mapped_column(String(60))
    birth_date: Mapped[date] = mapped_column(Date)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    weight_recorded_on: Mapped[date | None] = mapped_column(Date)
    prescribed_interval_days: Mapped[int | None] = mapped_column(Integer)
    prescribed_amount_mg: Mapped[float | None] = mapped_column(Float)
    switching_from_iv: Mapped[bool] = mapped_column(default=False)
    first_dose: Mapped[date] = mapped_column(Date)
    time_of_day: Mapped[time] = mapped_column(TimeOfDay())  # local, stored "HH:MM"
    zone: Mapped[str] = mapped_column(String(64))  # IANA name
    first_sequence: Mapped[int] = mapped_column(Integer, default=1)
    ends_before: Mapped[date | None] = mapped_column(Date)
    loading_given_before: Mapped[int] = mapped_column(Integer, default=0)
    end_reason: Mapped[str | None] = mapped_column(Text)  # why the plan stopped or changed
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # doses of the regimen before this segment's first one (set up mid-treatment).
    index_offset: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    started_mid_treatment: Mapped[bool] = mapped_column(default=False, server_default="0")


class AdministrationRow(Base):
    """A dose given (or skipped on advice) answering one planned occurrence (segment, sequence).
    Never rewritten: an edit or a deletion sets ``replaced_at`` and, for an edit, adds a new row."""

    __tablename__ = "administration"
    __table_args__ = (
        Index("ix_administration_segment_sequence", "segment_id", "sequence"),
        Index("ix_administration_given_at", "given_at"),  # the dose before a symptom (0008)
        # one current version of a planned dose (0009).
        Index(
            "ux_administration_current",
            "segment_id",
            "sequence",
            unique=True,
            sqlite_where=text("replaced_at IS NULL"),
        ),
        CheckConstraint("sequence >= 1", name="sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("plan_segment.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))  # the zone in effect when it was given
    amount_mg: Mapped[float | None] = mapped_column(Float)
    route: Mapped[Route] = mapped_column(code_enum(Route, 8))
    device: Mapped[Device | None] = mapped_column(code_enum(Device, 20))
    sites: Mapped[list[str]] = mapped_column("sites_json", JsonText(), default=list)  # Site codes
    given_by: Mapped[GivenBy] = mapped_column(code_enum(GivenBy, 12))
    lot_number: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    skipped_on_advice: Mapped[bool] = mapped_column(default=False)
    not_fully_given: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("administration.id"))
    # How this version came to be: logged, edited (from derived_from_id) or restored by an undo.
    origin: Mapped[DoseOrigin] = mapped_column(
        code_enum(DoseOrigin, 10), default=DoseOrigin.LOGGED, server_default="logged"
    )
    derived_from_id: Mapped[int | None] = mapped_column(ForeignKey("administration.id"))


class VaccinationRow(Base):
    """A planned or received vaccination. The app never classifies a vaccine as live (R-34)."""

    __tablename__ = "vaccination"
    __table_args__ = (CheckConstraint("status IN ('planned', 'received')", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    on_date: Mapped[date] = mapped_column(Date)
    status: Mapped[VaccinationStatus] = mapped_column(code_enum(VaccinationStatus, 10))
    # What the care team said when asked whether it is live: None (not asked yet), True, False.
    care_team_says_live: Mapped[bool | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AppointmentRow(Base):
    """The date and time the infusion centre gave for one IV occurrence (R-03, R-21).
    A move adds a row and sets ``replaced_at`` on the one it replaces."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_segment_sequence", "segment_id", "sequence"),
        CheckConstraint("sequence >= 1", name="sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("plan_segment.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class WeightRow(Base):
    """A recorded body weight. A child's weight crossing 40 kg is flagged, never applied (R-08)."""

    __tablename__ = "weight"
    __table_args__ = (CheckConstraint("weight_kg > 0", name="positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    weight_kg: Mapped[float] = mapped_column(Float)
    measured_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class MakeUpChoiceRow(Base):
    """What the user chose after a late (make-up) dose (R-17, R-20). The schedule change itself
    is a new plan segment; this row says why it exists (or that the usual day was kept)."""

    __tablename__ = "make_up_choice"
    __table_args__ = (
        CheckConstraint("choice IN ('keep-day', 'new-day', 'care-team-date')", name="choice"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("plan_segment.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    choice: Mapped[AfterMakeUp] = mapped_column(code_enum(AfterMakeUp, 16))
    make_up_on: Mapped[date] = mapped_column(Date)
    next_dose: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ReminderStateRow(Base):
    """The persisted "handled up to" mark of the reminder engine (one row)."""

    __tablename__ = "reminder_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handled_up_to: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ReminderLogRow(Base):
    """A reminder that fired (once: the key is unique), and how the user answered it."""

    __tablename__ = "reminder_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[ReminderKind] = mapped_column(code_enum(ReminderKind, 16))
    fire_at: Mapped[datetime] = mapped_column(UtcDateTime())
    fired_at: Mapped[datetime] = mapped_column(UtcDateTime())
    segment_id: Mapped[int | None] = mapped_column(Integer)
    sequence: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    answer: Mapped[ReminderAnswer | None] = mapped_column(code_enum(ReminderAnswer, 20))


class ReminderSnoozeRow(Base):
    __tablename__ = "reminder_snooze"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    until: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class DiaryEntryRow(Base):
    """A symptom in the side-effect diary. Searched through the ``diary_fts`` FTS5 table, which
    the diary service keeps in step in the same transaction (migration 0006 says why not
    triggers). Deletion is soft: ``deleted_at``."""

    __tablename__ = "diary_entry"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 0 AND 4", name="severity"),
        CheckConstraint("interference BETWEEN 0 AND 4", name="interference"),
        Index("ix_diary_entry_onset_at", "onset_at"),
        # Covers the symptom list (group by key, skip deleted) without touching the table.
        Index("ix_diary_entry_symptom_key", "symptom_key", "deleted_at", "symptom"),
        Index("ix_diary_entry_severity", "severity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    symptom: Mapped[str] = mapped_column(String(200))  # as picked or typed
    symptom_key: Mapped[str] = mapped_column(String(200))  # case-folded, for filter and chart
    from_catalogue: Mapped[bool] = mapped_column(default=False)
    # The catalogue term's language-neutral code (domain.monograph.symptom_code), when the
    # symptom is one: each language shows it in its own words (migration 0010).
    symptom_code: Mapped[str | None] = mapped_column(String(80))
    onset_at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    severity: Mapped[int] = mapped_column(Integer)  # 0 none .. 4 very severe (our own wording)
    interference: Mapped[int] = mapped_column(Integer)  # how much it gets in the way, 0..4
    notes: Mapped[str] = mapped_column(Text, default="")
    segment_id: Mapped[int | None] = mapped_column(Integer)  # the dose it followed
    sequence: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[DiaryAction] = mapped_column(
        code_enum(DiaryAction, 24), default=DiaryAction.NOTHING
    )
    triage: Mapped[Triage] = mapped_column(code_enum(Triage, 16))  # R-29..R-31, kept with it
    triage_codes: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class MoodCheckInRow(Base):
    """A PHQ-2 or PHQ-9 check-in (R-40..R-42): the answers as given, and the score."""

    __tablename__ = "mood_check_in"
    __table_args__ = (
        CheckConstraint("kind IN ('phq2', 'phq9')", name="kind"),
        Index("ix_mood_check_in_taken_at", "taken_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[Questionnaire] = mapped_column(code_enum(Questionnaire, 8))
    answers: Mapped[list[int]] = mapped_column("answers_json", JsonText(40))
    total: Mapped[int] = mapped_column(Integer)
    band: Mapped[Band | None] = mapped_column(code_enum(Band, 20))  # PHQ-9 only
    crisis: Mapped[bool] = mapped_column(default=False)  # item 9 above zero
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ContraceptionSetupRow(Base):
    """The contraception method and its rhythm (R-36). A change adds a row and marks the old one
    replaced, so the log keeps pointing at the setup it answered."""

    __tablename__ = "contraception_setup"
    __table_args__ = (
        CheckConstraint(
            "method IN ('combined-pill', 'progestin-pill', 'patch', 'ring', 'injection', "
            "'implant', 'iud', 'barrier', 'other')",
            name="method",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    method: Mapped[Method] = mapped_column(code_enum(Method, 24))
    start_date: Mapped[date] = mapped_column(Date)
    at_time: Mapped[time] = mapped_column(TimeOfDay())  # local, stored "HH:MM"
    zone: Mapped[str] = mapped_column(String(64))
    active_days: Mapped[int] = mapped_column(Integer, default=0)
    free_days: Mapped[int] = mapped_column(Integer, default=0)
    every_days: Mapped[int] = mapped_column(Integer, default=0)
    replace_by: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ContraceptionLogRow(Base):
    """A contraception reminder marked done or missed. Rows are only added: the newest answer for
    a key is the one that counts, the older ones stay as the history."""

    __tablename__ = "contraception_log"
    __table_args__ = (
        CheckConstraint("answer IN ('done', 'missed')", name="answer"),
        Index("ix_contraception_log_key", "key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    setup_id: Mapped[int | None] = mapped_column(ForeignKey("contraception_setup.id"))
    action: Mapped[Action] = mapped_column(code_enum(Action, 24))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    answer: Mapped[ReminderAnswer] = mapped_column(code_enum(ReminderAnswer, 8))
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))


class PregnancyEventRow(Base):
    """ "I might be pregnant", "I am pregnant" (R-37) or a breastfeeding question (R-39), with its
    date, for the care-team report. Deletion is soft (undo)."""

    __tablename__ = "pregnancy_event"
    __table_args__ = (
        CheckConstraint("kind IN ('might-be-pregnant', 'pregnant', 'breastfeeding')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[PregnancyEvent] = mapped_column(code_enum(PregnancyEvent, 24))
    on_date: Mapped[date] = mapped_column(Date)
    in_window: Mapped[bool] = mapped_column(default=False)  # on treatment or within 4 months
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SupplyLotRow(Base):
    """A delivery of pens or syringes of one lot (issue 22). Edits change the row in place (the
    service keeps the earlier values for undo); deletion is soft (undo)."""

    __tablename__ = "supply_lot"
    __table_args__ = (
        CheckConstraint("device IN ('autoinjector', 'prefilled-syringe')", name="device"),
        CheckConstraint("count >= 1 AND count <= 1000", name="count"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device: Mapped[Device] = mapped_column(code_enum(Device, 20))
    lot: Mapped[str] = mapped_column(String(40))
    expires: Mapped[date] = mapped_column(Date)  # the last day its pens may be used
    received: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer)
    pharmacy: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SupplyDiscardRow(Base):
    """Pens of a lot set aside as "do not use", with the reason (R-26, R-27). Soft deletion."""

    __tablename__ = "supply_discard"
    __table_args__ = (
        CheckConstraint(
            "reason IN ('out-of-fridge-too-long', 'too-warm', 'expired', 'dropped', "
            "'cloudy-discoloured-particles', 'was-frozen', 'other')",
            name="reason",
        ),
        CheckConstraint("count >= 1 AND count <= 1000", name="count"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("supply_lot.id"))
    count: Mapped[int] = mapped_column(Integer)
    reason: Mapped[DiscardReason] = mapped_column(code_enum(DiscardReason, 32))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
