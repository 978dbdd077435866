"""Shared test constants (importable from any test folder: ``pythonpath = tests``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from belimumab_companion.services.diary_types import DiaryInputs
    from belimumab_companion.services.settings_service import SettingsService

FIXED_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


class MovableClock:
    """A clock a test moves by hand (``clock.now = …``), for services and the reminder centre."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def diary_inputs(symptom: str, hours_ago: float, severity: int = 1, notes: str = "") -> DiaryInputs:
    """A diary entry begun ``hours_ago`` before ``FIXED_NOW``, logged in Madrid."""
    from belimumab_companion.services.diary_types import DiaryInputs

    return DiaryInputs(
        symptom=symptom,
        onset_at=(FIXED_NOW - timedelta(hours=hours_ago)).astimezone(ZoneInfo("Europe/Madrid")),
        zone="Europe/Madrid",
        severity=severity,
        notes=notes,
    )


def run_cli(data: object, *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process on data folder ``data``: (exit status, stdout, stderr)."""
    import io

    from belimumab_companion.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def table_digests(path: object) -> dict[str, str]:
    """A digest of every table's rows (the Alembic revision included), read without changing the
    file: equal before and after means nothing in the data file changed."""
    import hashlib
    import sqlite3
    from pathlib import Path

    connection = sqlite3.connect(f"{Path(str(path)).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            table: hashlib.sha256(
                repr(connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()).encode()
            ).hexdigest()
            for table in tables
        }
    finally:
        connection.close()


def set_marker(settings: SettingsService, text: str) -> None:
    """Change the data in a way a test can find again (backups, restores): the guide's child
    name, a free-text preference."""
    from belimumab_companion.services.settings_model import GuideFor

    settings.set_guide_for(GuideFor.CHILD, text)


def marker(settings: SettingsService) -> str | None:
    return settings.guide_for()[1] or None


def stored_marker(path: object) -> str | None:
    """The marker as stored in the data file at ``path`` (a backup, a file set aside), read
    without the app (and without upgrading an older settings document)."""
    import json
    import sqlite3
    from pathlib import Path

    connection = sqlite3.connect(f"{Path(str(path)).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT value_json FROM setting WHERE key = 'app'").fetchone()
    finally:
        connection.close()
    if row is None:
        return None
    document = json.loads(row[0])
    return (document.get("guide") or {}).get("child_name") or None
