"""The preferences become one versioned settings document (issue 21 item 4).

Before, ``setting`` held one row per preference, keyed by a dotted name (``help.country``,
``reminders``…). Now it holds one row, ``app``, whose value is the whole document of the typed
settings model (``services.settings_model``). This migration only gathers the rows, unchanged,
into a document of version 1: ``{"version": 1, "keys": {"help.country": "MX", …}}``. The app's
own upgrade step 1 → 2 (applied when the settings are read, as every later step will be) turns
those keys into the model's fields, and the document is written at the new version with the next
change of a setting. A value that is not JSON (a damaged file) is carried as its text, for the
model to report.

No table changes: the other typed columns of issue 21 (times of day, codes, JSON) keep the text
and the declared types they always had.

Revision ID: 0012_settings_document
Revises: 0011_supplies
Create Date: 2026-12-07
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012_settings_document"
down_revision = "0011_supplies"
branch_labels = None
depends_on = None

ROW = "app"


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT key, value_json, updated_at FROM setting ORDER BY key")
    ).all()
    if not rows:
        return
    keys: dict[str, Any] = {}
    for key, text, _updated in rows:
        try:
            keys[str(key)] = json.loads(text)
        except (TypeError, ValueError):
            keys[str(key)] = text
    document = json.dumps({"version": 1, "keys": keys})
    newest = max(str(updated) for _key, _text, updated in rows)
    connection.execute(sa.text("DELETE FROM setting"))
    connection.execute(
        sa.text("INSERT INTO setting (key, value_json, updated_at) VALUES (:key, :value, :at)"),
        {"key": ROW, "value": document, "at": newest},
    )


# Version 2's fields and the string keys they came from (a frozen copy of the app's step 1 -> 2,
# read backwards): the downgrade gives an older app back its rows.
_V2_KEYS = {
    ("help", "country"): "help.country",
    ("help", "country_confirmed"): "help.country_confirmed",
    ("help", "numbers_confirmed"): "help.numbers_confirmed",
    ("help", "emergency"): "help.emergency",
    ("help", "crisis"): "help.crisis",
    ("belimumab_anaphylaxis",): "health.belimumab_anaphylaxis",
    ("guide", "steps_done"): "guide.steps_done",
    ("guide", "for_whom"): "guide.for",
    ("guide", "child_name"): "guide.child_name",
    ("reminders",): "reminders",
    ("handling", "taken_out_at"): "handling.taken_out_at",
    ("handling", "warmest_c"): "handling.warmest_c",
    ("contraception_enabled",): "contraception.enabled",
    ("mood_every_days",): "mood.every_days",
    ("red_flag_dismissed_at",): "today.red_flag_banner_dismissed_at",
    ("fhir_namespace",): "export.fhir_namespace",
}


def _keys_of_version_2(document: dict[str, Any]) -> dict[str, Any]:
    keys: dict[str, Any] = {}
    for path, key in _V2_KEYS.items():
        value: Any = document
        for name in path:
            value = value.get(name) if isinstance(value, dict) else None
        if value is not None and value != "":
            keys[key] = value
    refills = document.get("refills")
    if isinstance(refills, dict):
        keys["supplies"] = {
            "refill_lead_days": refills.get("lead_days"),
            "refills_left": refills.get("refills_left"),
            "pharmacy_phone": refills.get("pharmacy_phone", ""),
        }
    return keys


def downgrade() -> None:
    connection = op.get_bind()
    found = connection.execute(
        sa.text("SELECT value_json, updated_at FROM setting WHERE key = :key"), {"key": ROW}
    ).first()
    if found is None:
        return
    document = json.loads(found[0])
    version = document.get("version")
    if version == 1:
        keys = document.get("keys") or {}
    elif version == 2:
        keys = _keys_of_version_2(document)
    else:
        raise RuntimeError(f"settings document version {version!r}: no way back to string keys")
    connection.execute(sa.text("DELETE FROM setting"))
    for key, value in keys.items():
        connection.execute(
            sa.text("INSERT INTO setting (key, value_json, updated_at) VALUES (:k, :v, :at)"),
            {"k": key, "v": json.dumps(value, sort_keys=True), "at": found[1]},
        )
