"""Foundation: patient profile, settings, the chosen monograph.

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("managed_by_caregiver", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_patient_profile_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_profile")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "monograph_choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("chosen_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_monograph_choice_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monograph_choice")),
    )


def downgrade() -> None:
    op.drop_table("monograph_choice")
    op.drop_table("setting")
    op.drop_table("patient_profile")
