"""An index on the time each dose was given: the diary finds the dose a symptom followed (the
latest one before its onset) on every save, without reading the whole dose log.

Revision ID: 0008_dose_time_index
Revises: 0007_contraception
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0008_dose_time_index"
down_revision = "0007_contraception"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_administration_given_at", "administration", ["given_at"])


def downgrade() -> None:
    op.drop_index("ix_administration_given_at", table_name="administration")
