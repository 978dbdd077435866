"""IV appointments (R-03, R-21), recorded weights (R-08), and how each dose-log version came to be.

Revision ID: 0004_appointments_weights_audit
Revises: 0003_vaccinations
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_appointments_weights_audit"
down_revision = "0003_vaccinations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("replaced_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_appointment_sequence")),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["plan_segment.id"],
            name=op.f("fk_appointment_segment_id_plan_segment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_appointment_segment_sequence", ["segment_id", "sequence"], unique=False
        )
    op.create_table(
        "weight",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("weight_kg > 0", name=op.f("ck_weight_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weight")),
    )
    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("origin", sa.String(length=10), server_default="logged", nullable=False)
        )
        batch_op.add_column(sa.Column("derived_from_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_administration_derived_from_id_administration"),
            "administration",
            ["derived_from_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("administration", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_administration_derived_from_id_administration"), type_="foreignkey"
        )
        batch_op.drop_column("derived_from_id")
        batch_op.drop_column("origin")
    op.drop_table("weight")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_segment_sequence")
    op.drop_table("appointment")
