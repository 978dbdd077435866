"""Write tests/data/schema-<head>.sqlite3: the current schema with known rows in it."""

from __future__ import annotations

import json
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
        # Since 0012 one settings document; its version 1 is the string keys of before.
        settings = json.dumps(
            {"version": 1, "keys": {"fixture.note": "Año nuevo ☃", "ui.last_page": "drug_info"}}
        )
        connection.executescript(
            f"""
            INSERT INTO setting VALUES ('app', '{settings}', '{stamp}');
            INSERT INTO patient_profile VALUES (1, 'Fixture Person', '1990-02-28', 'US', 0, '{stamp}', '{stamp}');
            INSERT INTO monograph_choice VALUES (1, '/nowhere/fixture.md', '{"0" * 64}', 'Fixture monograph', '{stamp}');
            INSERT INTO plan_segment (id, indication, route, regimen_code, birth_date, weight_kg,
                weight_recorded_on, prescribed_interval_days, prescribed_amount_mg, switching_from_iv,
                first_dose, time_of_day, zone, first_sequence, ends_before, loading_given_before,
                end_reason, created_at)
            VALUES (1, 'ln', 'subq', 'ln-subq-adult', '1984-03-02', 61.5, '2026-01-05', NULL, NULL, 0,
                '2026-01-05', '18:00', 'Europe/Madrid', 1, NULL, 0, NULL, '{stamp}');
            INSERT INTO administration (id, segment_id, sequence, given_at, zone, amount_mg, route,
                device, sites_json, given_by, lot_number, notes, skipped_on_advice, not_fully_given,
                created_at, replaced_at, replaced_by_id)
            VALUES (1, 1, 1, '2026-01-05T17:05:00.000000Z', 'Europe/Madrid', 400, 'subq', 'autoinjector',
                '["thigh-left", "thigh-right"]', 'clinic', 'LOT-1', 'Primera dosis ☃', 0, 0, '{stamp}',
                NULL, NULL);
            INSERT INTO vaccination (id, name, on_date, status, care_team_says_live, notes, created_at,
                deleted_at)
            VALUES (1, 'Gripe 2026', '2026-10-15', 'received', 0, 'centro de salud', '{stamp}', NULL);
            INSERT INTO plan_segment (id, indication, route, regimen_code, birth_date, weight_kg,
                weight_recorded_on, prescribed_interval_days, prescribed_amount_mg, switching_from_iv,
                first_dose, time_of_day, zone, first_sequence, ends_before, loading_given_before,
                end_reason, created_at)
            VALUES (2, 'sle', 'iv', 'sle-iv', '1984-03-02', 61.5, '2025-11-03', NULL, NULL, 0,
                '2025-11-03', '10:00', 'Europe/Madrid', 1, '2026-01-05', 0, 'fixture', '{stamp}');
            INSERT INTO appointment (id, segment_id, sequence, at, zone, created_at, replaced_at)
            VALUES (1, 2, 2, '2025-11-18T08:30:00.000000Z', 'Europe/Madrid', '{stamp}', NULL);
            INSERT INTO weight (id, weight_kg, measured_on, created_at, deleted_at)
            VALUES (1, 62.25, '2026-11-20', '{stamp}', NULL);
            INSERT INTO make_up_choice (id, segment_id, sequence, choice, make_up_on, next_dose,
                created_at)
            VALUES (1, 1, 1, 'keep-day', '2026-01-07', '2026-01-12', '{stamp}');
            INSERT INTO reminder_state (id, handled_up_to, updated_at)
            VALUES (1, '2026-11-23T09:25:00.000000Z', '{stamp}');
            INSERT INTO reminder_log (id, key, kind, fire_at, fired_at, segment_id, sequence,
                answered_at, answer)
            VALUES (1, 'dose:1:1:m0', 'dose', '2026-01-05T17:00:00.000000Z',
                '2026-01-05T17:00:30.000000Z', 1, 1, '2026-01-05T17:05:00.000000Z', 'logged');
            INSERT INTO reminder_snooze (id, key, until, created_at)
            VALUES (1, 'dose:1:2:m0', '2026-01-12T17:10:00.000000Z', '{stamp}');
            INSERT INTO diary_entry (id, symptom, symptom_key, from_catalogue, onset_at, zone,
                ended_at, severity, interference, notes, segment_id, sequence, action, triage,
                triage_codes, created_at, updated_at, deleted_at)
            VALUES (1, 'Dolor de cabeza', 'dolor de cabeza', 0, '2026-01-06T08:00:00.000000Z',
                'Europe/Madrid', NULL, 2, 1, 'después de la dosis ☃', 1, 1, 'nothing', 'routine',
                '', '{stamp}', '{stamp}', NULL);
            INSERT INTO diary_fts (rowid, symptom, notes)
            VALUES (1, 'Dolor de cabeza', 'después de la dosis ☃');
            INSERT INTO diary_entry (id, symptom, symptom_key, from_catalogue, symptom_code,
                onset_at, zone, ended_at, severity, interference, notes, segment_id, sequence,
                action, triage, triage_codes, created_at, updated_at, deleted_at)
            VALUES (2, 'Headache', 'headache', 1, 'headache', '2026-01-07T08:00:00.000000Z',
                'Europe/Madrid', NULL, 1, 0, '', 1, 1, 'nothing', 'routine', '', '{stamp}',
                '{stamp}', NULL);
            INSERT INTO diary_fts (rowid, symptom, notes) VALUES (2, 'Headache', '');
            INSERT INTO mood_check_in (id, kind, answers_json, total, band, crisis, taken_at,
                created_at)
            VALUES (1, 'phq9', '[1,1,0,0,0,0,0,0,0]', 2, 'minimal', 0, '{stamp}', '{stamp}');
            INSERT INTO contraception_setup (id, method, start_date, at_time, zone, active_days,
                free_days, every_days, replace_by, created_at, replaced_at)
            VALUES (1, 'combined-pill', '2026-10-01', '21:00', 'Europe/Madrid', 21, 7, 0, NULL,
                '{stamp}', NULL);
            INSERT INTO contraception_log (id, key, setup_id, action, due_at, answer, answered_at,
                zone)
            VALUES (1, 'contraception:1:2026-11-22:take-pill', 1, 'take-pill',
                '2026-11-22T20:00:00.000000Z', 'done', '{stamp}', 'Europe/Madrid');
            INSERT INTO pregnancy_event (id, kind, on_date, in_window, note, recorded_at, zone,
                deleted_at)
            VALUES (1, 'might-be-pregnant', '2026-11-20', 1, 'prueba ☃', '{stamp}',
                'Europe/Madrid', NULL);
            INSERT INTO supply_lot (id, device, lot, expires, received, count, pharmacy,
                created_at, updated_at, deleted_at)
            VALUES (1, 'autoinjector', 'LOT-☃-7', '2027-03-31', '2026-11-20', 4,
                'Farmacia Año Nuevo', '{stamp}', '{stamp}', NULL);
            INSERT INTO supply_discard (id, lot_id, count, reason, at, zone, created_at,
                deleted_at)
            VALUES (1, 1, 1, 'dropped', '2026-11-21T10:00:00.000000Z', 'Europe/Madrid', '{stamp}',
                NULL);
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
