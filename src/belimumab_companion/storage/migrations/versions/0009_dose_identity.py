"""One current version of a planned dose, and plans set up mid-treatment.

* A partial unique index lets only one current (not replaced) version of a planned dose exist
  (R-47: the dose the user saw is the dose that is filed, once). Duplicates left by the old
  time-based filing are resolved first: the newest stays current and the older ones are marked
  replaced by it (kept, as every version is).
* ``plan_segment.index_offset``: how many doses of the regimen came before the segment's first
  one, and ``started_mid_treatment``, for a plan set up by someone already on belimumab (R-48).

Revision ID: 0009_dose_identity
Revises: 0008_dose_time_index
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_dose_identity"
down_revision = "0008_dose_time_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        UPDATE administration AS old
        SET replaced_at = (
                SELECT newer.created_at FROM administration AS newer
                WHERE newer.segment_id = old.segment_id AND newer.sequence = old.sequence
                  AND newer.replaced_at IS NULL AND newer.id > old.id
                ORDER BY newer.id DESC LIMIT 1),
            replaced_by_id = (
                SELECT newer.id FROM administration AS newer
                WHERE newer.segment_id = old.segment_id AND newer.sequence = old.sequence
                  AND newer.replaced_at IS NULL AND newer.id > old.id
                ORDER BY newer.id DESC LIMIT 1)
        WHERE old.replaced_at IS NULL AND EXISTS (
            SELECT 1 FROM administration AS newer
            WHERE newer.segment_id = old.segment_id AND newer.sequence = old.sequence
              AND newer.replaced_at IS NULL AND newer.id > old.id)
        """
    )
    op.create_index(
        "ux_administration_current",
        "administration",
        ["segment_id", "sequence"],
        unique=True,
        sqlite_where=sa.text("replaced_at IS NULL"),
    )
    with op.batch_alter_table("plan_segment") as batch_op:
        batch_op.add_column(
            sa.Column("index_offset", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("started_mid_treatment", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_segment") as batch_op:
        batch_op.drop_column("started_mid_treatment")
        batch_op.drop_column("index_offset")
    op.drop_index("ux_administration_current", table_name="administration")
