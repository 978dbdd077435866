"""Supplies (issue 22): deliveries of pens or syringes by lot, and pens set aside as "do not
use" with their reason (R-26, R-27). The pens doses use are not stored: they are replayed from
the dose log (``domain/supplies.py``).

Revision ID: 0011_supplies
Revises: 0010_symptom_codes
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_supplies"
down_revision = "0010_symptom_codes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supply_lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=20), nullable=False),
        sa.Column("lot", sa.String(length=40), nullable=False),
        sa.Column("expires", sa.Date(), nullable=False),
        sa.Column("received", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("pharmacy", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "device IN ('autoinjector', 'prefilled-syringe')", name=op.f("ck_supply_lot_device")
        ),
        sa.CheckConstraint("count >= 1 AND count <= 1000", name=op.f("ck_supply_lot_count")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supply_lot")),
    )
    op.create_table(
        "supply_discard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "reason IN ('out-of-fridge-too-long', 'too-warm', 'expired', 'dropped', "
            "'cloudy-discoloured-particles', 'was-frozen', 'other')",
            name=op.f("ck_supply_discard_reason"),
        ),
        sa.CheckConstraint("count >= 1 AND count <= 1000", name=op.f("ck_supply_discard_count")),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["supply_lot.id"], name=op.f("fk_supply_discard_lot_id_supply_lot")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supply_discard")),
    )


def downgrade() -> None:
    op.drop_table("supply_discard")
    op.drop_table("supply_lot")
