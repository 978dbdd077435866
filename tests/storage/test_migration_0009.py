"""Migration 0009 (issue 16, R-47): duplicates left by the old time-based filing are resolved
(the newest version stays current, the older ones are kept and marked replaced by it) before the
partial unique index allows only one current version of a planned dose."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.database import open_database

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "schema-0008_dose_time_index.sqlite3"


def test_duplicate_current_versions_are_resolved_and_then_refused(data_paths: AppPaths) -> None:
    shutil.copy(FIXTURE, data_paths.database)
    connection = sqlite3.connect(data_paths.database)
    with connection:
        (count,) = connection.execute("SELECT count(*) FROM administration").fetchone()
        assert count >= 1
        # Two more current versions of dose (1, 1), as the old race could leave them.
        for minute in ("10", "20"):
            connection.execute(
                "INSERT INTO administration (segment_id, sequence, given_at, zone, amount_mg, "
                "route, device, sites_json, given_by, lot_number, notes, skipped_on_advice, "
                "not_fully_given, created_at, replaced_at, replaced_by_id, origin) "
                f"VALUES (1, 1, '2026-01-05T17:{minute}:00.000000Z', 'Europe/Madrid', 400, "
                "'subq', NULL, '[]', 'self', NULL, '', 0, 0, "
                f"'2026-01-06T09:{minute}:00.000000Z', NULL, NULL, 'logged')"
            )
    connection.close()
    open_database(data_paths).close()
    connection = sqlite3.connect(data_paths.database)
    try:
        rows = connection.execute(
            "SELECT id, replaced_at, replaced_by_id FROM administration "
            "WHERE segment_id = 1 AND sequence = 1 ORDER BY id"
        ).fetchall()
        current = [row for row in rows if row[1] is None]
        assert len(current) == 1 and current[0][0] == rows[-1][0]  # the newest stays
        assert all(row[2] == current[0][0] for row in rows if row[1] is not None)  # kept, linked
        assert len(rows) == 3  # nothing deleted
        try:
            connection.execute(
                "INSERT INTO administration (segment_id, sequence, given_at, zone, route, "
                "sites_json, given_by, notes, skipped_on_advice, not_fully_given, created_at, "
                "origin) VALUES (1, 1, '2026-01-05T18:00:00.000000Z', 'Europe/Madrid', 'subq', "
                "'[]', 'self', '', 0, 0, '2026-01-06T10:00:00.000000Z', 'logged')"
            )
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("a second current version of a planned dose was accepted")
    finally:
        connection.close()
