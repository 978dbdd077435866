"""Vaccinations: planned or received, with the care team's answer on whether it is live (R-34).

Revision ID: 0003_vaccinations
Revises: 0002_plan_and_doses
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_vaccinations"
down_revision = "0002_plan_and_doses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vaccination",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("care_team_says_live", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("status IN ('planned', 'received')", name=op.f("ck_vaccination_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vaccination")),
    )


def downgrade() -> None:
    op.drop_table("vaccination")
