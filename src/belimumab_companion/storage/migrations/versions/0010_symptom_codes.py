"""A diary entry keeps the language-neutral code of the catalogue term it names (issue 17), so
the diary, its filter, the charts and the report show the term in the user's language.

Existing entries whose symptom is a term of the side-effect catalogue (the shipped monograph's,
as it stands at this revision, compared case- and space-insensitively, as ``symptom_key`` is
made) get its code, whether picked from the list or typed. Other entries keep no code: they are
the user's own words and are shown as written.

Revision ID: 0010_symptom_codes
Revises: 0009_dose_identity
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_symptom_codes"
down_revision = "0009_dose_identity"
branch_labels = None
depends_on = None

# The catalogue at this revision, frozen here (a migration never reads the current monograph):
# symptom_key (case-folded, single-spaced English name) -> code (domain.monograph.symptom_code).
CATALOGUE_CODES = {
    "nausea": "nausea",
    "diarrhea": "diarrhea",
    "fever": "fever",
    "common cold": "common-cold",
    "sore throat": "sore-throat",
    "bronchitis": "bronchitis",
    "trouble sleeping": "trouble-sleeping",
    "depression": "depression",
    "migraine": "migraine",
    "pain in arms or legs": "pain-in-arms-or-legs",
    "injection-site reaction": "injection-site-reaction",
    "rash": "rash",
    "itching": "itching",
    "headache": "headache",
    "dizziness": "dizziness",
    "tiredness": "tiredness",
    "muscle pain": "muscle-pain",
    "anxiety": "anxiety",
    "serious infection": "serious-infection",
    "allergic reaction": "allergic-reaction",
    "anaphylaxis": "anaphylaxis",
    "infusion reaction": "infusion-reaction",
    "pml": "pml",
    "worsening depression": "worsening-depression",
    "suicidal thoughts": "suicidal-thoughts",
}


def upgrade() -> None:
    with op.batch_alter_table("diary_entry") as batch_op:
        batch_op.add_column(sa.Column("symptom_code", sa.String(length=80), nullable=True))
    entries = sa.table(
        "diary_entry", sa.column("symptom_key", sa.String), sa.column("symptom_code", sa.String)
    )
    for key, code in CATALOGUE_CODES.items():
        op.execute(entries.update().where(entries.c.symptom_key == key).values(symptom_code=code))


def downgrade() -> None:
    with op.batch_alter_table("diary_entry") as batch_op:
        batch_op.drop_column("symptom_code")
