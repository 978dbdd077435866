"""Contraception: the method and its rhythm, the done/missed log, and pregnancy events
(R-36..R-39).

Revision ID: 0007_contraception
Revises: 0006_diary
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_contraception"
down_revision = "0006_diary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contraception_setup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=24), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("at_time", sa.String(length=5), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("active_days", sa.Integer(), nullable=False),
        sa.Column("free_days", sa.Integer(), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=False),
        sa.Column("replace_by", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("replaced_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "method IN ('combined-pill', 'progestin-pill', 'patch', 'ring', 'injection', "
            "'implant', 'iud', 'barrier', 'other')",
            name=op.f("ck_contraception_setup_method"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contraception_setup")),
    )
    op.create_table(
        "contraception_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("setup_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("due_at", sa.String(length=27), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=False),
        sa.Column("answered_at", sa.String(length=27), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "answer IN ('done', 'missed')", name=op.f("ck_contraception_log_answer")
        ),
        sa.ForeignKeyConstraint(
            ["setup_id"],
            ["contraception_setup.id"],
            name=op.f("fk_contraception_log_setup_id_contraception_setup"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contraception_log")),
    )
    with op.batch_alter_table("contraception_log", schema=None) as batch_op:
        batch_op.create_index("ix_contraception_log_key", ["key"], unique=False)
    op.create_table(
        "pregnancy_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("in_window", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=27), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "kind IN ('might-be-pregnant', 'pregnant', 'breastfeeding')",
            name=op.f("ck_pregnancy_event_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pregnancy_event")),
    )


def downgrade() -> None:
    op.drop_table("pregnancy_event")
    with op.batch_alter_table("contraception_log", schema=None) as batch_op:
        batch_op.drop_index("ix_contraception_log_key")
    op.drop_table("contraception_log")
    op.drop_table("contraception_setup")
