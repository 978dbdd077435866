"""Plan segments (versioned treatment plan) and administrations (the dose log).

Revision ID: 0002_plan_and_doses
Revises: 0001_foundation
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_plan_and_doses"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indication", sa.String(length=8), nullable=False),
        sa.Column("route", sa.String(length=8), nullable=False),
        sa.Column("regimen_code", sa.String(length=60), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("weight_recorded_on", sa.Date(), nullable=True),
        sa.Column("prescribed_interval_days", sa.Integer(), nullable=True),
        sa.Column("prescribed_amount_mg", sa.Float(), nullable=True),
        sa.Column("switching_from_iv", sa.Boolean(), nullable=False),
        sa.Column("first_dose", sa.Date(), nullable=False),
        sa.Column("time_of_day", sa.String(length=5), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("first_sequence", sa.Integer(), nullable=False),
        sa.Column("ends_before", sa.Date(), nullable=True),
        sa.Column("loading_given_before", sa.Integer(), nullable=False),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint("indication IN ('sle', 'ln')", name=op.f("ck_plan_segment_indication")),
        sa.CheckConstraint("route IN ('iv', 'subq')", name=op.f("ck_plan_segment_route")),
        sa.CheckConstraint("first_sequence >= 1", name=op.f("ck_plan_segment_first_sequence")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_segment")),
    )
    op.create_table(
        "administration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.String(length=27), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("amount_mg", sa.Float(), nullable=True),
        sa.Column("route", sa.String(length=8), nullable=False),
        sa.Column("device", sa.String(length=20), nullable=True),
        sa.Column("sites_json", sa.Text(), nullable=False),
        sa.Column("given_by", sa.String(length=12), nullable=False),
        sa.Column("lot_number", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("skipped_on_advice", sa.Boolean(), nullable=False),
        sa.Column("not_fully_given", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("replaced_at", sa.String(length=27), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_administration_sequence")),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["administration.id"],
            name=op.f("fk_administration_replaced_by_id_administration"),
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["plan_segment.id"],
            name=op.f("fk_administration_segment_id_plan_segment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_administration")),
    )
    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.create_index(
            "ix_administration_segment_sequence", ["segment_id", "sequence"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.drop_index("ix_administration_segment_sequence")

    op.drop_table("administration")
    op.drop_table("plan_segment")
