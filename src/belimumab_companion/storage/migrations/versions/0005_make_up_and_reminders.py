"""Make-up dose choices (R-17, R-20) and the reminder engine's mark, log and snoozes.

Revision ID: 0005_make_up_and_reminders
Revises: 0004_appointments_weights_audit
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_make_up_and_reminders"
down_revision = "0004_appointments_weights_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "make_up_choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("choice", sa.String(length=16), nullable=False),
        sa.Column("make_up_on", sa.Date(), nullable=False),
        sa.Column("next_dose", sa.Date(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint(
            "choice IN ('keep-day', 'new-day', 'care-team-date')",
            name=op.f("ck_make_up_choice_choice"),
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["plan_segment.id"],
            name=op.f("fk_make_up_choice_segment_id_plan_segment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_make_up_choice")),
    )
    op.create_table(
        "reminder_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handled_up_to", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_reminder_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_state")),
    )
    op.create_table(
        "reminder_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("fire_at", sa.String(length=27), nullable=False),
        sa.Column("fired_at", sa.String(length=27), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.String(length=27), nullable=True),
        sa.Column("answer", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_log")),
        sa.UniqueConstraint("key", name=op.f("uq_reminder_log_key")),
    )
    op.create_table(
        "reminder_snooze",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("until", sa.String(length=27), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_snooze")),
    )


def downgrade() -> None:
    op.drop_table("reminder_snooze")
    op.drop_table("reminder_log")
    op.drop_table("reminder_state")
    op.drop_table("make_up_choice")
