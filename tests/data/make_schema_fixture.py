"""Write tests/data/schema-<head>.sqlite3: the current schema with known rows in it."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from belimumab_companion.paths import app_paths
from belimumab_companion.storage.database import head_revision, open_database

HERE = Path(__file__).resolve().parent


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = app_paths(folder)
        open_database(paths).close()
        connection = sqlite3.connect(paths.database)
        stamp = "2026-11-23T09:30:00.000000Z"
        connection.executescript(
            f"""
            INSERT INTO setting VALUES ('ui.last_page', '"drug_info"', '{stamp}');
            INSERT INTO setting VALUES ('fixture.note', '"Año nuevo ☃"', '{stamp}');
            INSERT INTO patient_profile VALUES (1, 'Fixture Person', '1990-02-28', 'US', 0, '{stamp}', '{stamp}');
            INSERT INTO monograph_choice VALUES (1, '/nowhere/fixture.md', '{"0" * 64}', 'Fixture monograph', '{stamp}');
            """
        )
        connection.commit()
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
        target = HERE / f"schema-{head_revision()}.sqlite3"
        target.write_bytes(paths.database.read_bytes())
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
