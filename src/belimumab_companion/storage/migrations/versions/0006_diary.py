"""The side-effect diary, with an FTS5 full-text index (kept in step by the diary service), and
the PHQ mood check-ins.

Revision ID: 0006_diary
Revises: 0005_make_up_and_reminders
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_diary"
down_revision = "0005_make_up_and_reminders"
branch_labels = None
depends_on = None

# External-content FTS5: the text lives once, in diary_entry. The diary service keeps the index
# in step in the same transaction: triggers cannot write to FTS5 under PRAGMA trusted_schema=OFF,
# which every connection sets ("unsafe use of virtual table").
FTS = """CREATE VIRTUAL TABLE diary_fts USING fts5(
    symptom, notes, content='diary_entry', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2')"""


def upgrade() -> None:
    op.create_table(
        "diary_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("symptom", sa.String(length=200), nullable=False),
        sa.Column("symptom_key", sa.String(length=200), nullable=False),
        sa.Column("from_catalogue", sa.Boolean(), nullable=False),
        sa.Column("onset_at", sa.String(length=27), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("ended_at", sa.String(length=27), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("interference", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("triage", sa.String(length=16), nullable=False),
        sa.Column("triage_codes", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "interference BETWEEN 0 AND 4", name=op.f("ck_diary_entry_interference")
        ),
        sa.CheckConstraint("severity BETWEEN 0 AND 4", name=op.f("ck_diary_entry_severity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_entry")),
    )
    with op.batch_alter_table("diary_entry", schema=None) as batch_op:
        batch_op.create_index("ix_diary_entry_onset_at", ["onset_at"], unique=False)
        batch_op.create_index("ix_diary_entry_severity", ["severity"], unique=False)
        batch_op.create_index(
            "ix_diary_entry_symptom_key", ["symptom_key", "deleted_at", "symptom"], unique=False
        )
    op.execute(FTS)
    op.create_table(
        "mood_check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("answers_json", sa.String(length=40), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("band", sa.String(length=20), nullable=True),
        sa.Column("crisis", sa.Boolean(), nullable=False),
        sa.Column("taken_at", sa.String(length=27), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint("kind IN ('phq2', 'phq9')", name=op.f("ck_mood_check_in_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mood_check_in")),
    )
    with op.batch_alter_table("mood_check_in", schema=None) as batch_op:
        batch_op.create_index("ix_mood_check_in_taken_at", ["taken_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mood_check_in", schema=None) as batch_op:
        batch_op.drop_index("ix_mood_check_in_taken_at")
    op.drop_table("mood_check_in")
    op.execute("DROP TABLE diary_fts")
    with op.batch_alter_table("diary_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_diary_entry_symptom_key")
        batch_op.drop_index("ix_diary_entry_severity")
        batch_op.drop_index("ix_diary_entry_onset_at")
    op.drop_table("diary_entry")
