"""Issue 21 item 4: a data file saved by the app before the typed columns and the settings model
(tests/data/settings-0011_supplies.sqlite3, made through that app's own services by
tests/data/make_settings_fixture_0011.py) opens, is migrated, and reads back value for value:
every preference through the settings model (upgrade step 1 -> 2), the times of day, the codes
and the JSON columns through their types. Restoring it as a backup gives the same."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from belimumab_companion.domain.contraception import Method
from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import LeadTime, ReminderSettings, TravelPolicy
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.settings_model import (
    SETTINGS_VERSION,
    AppSettings,
    GuideFor,
    GuideSettings,
    HandlingSettings,
    HelpSettings,
)
from belimumab_companion.services.supplies_types import RefillSettings
from belimumab_companion.storage.database import head_revision, schema_revision
from testsupport import FIXED_NOW

OLD = Path(__file__).resolve().parent.parent / "data" / "settings-0011_supplies.sqlite3"

# What the app before issue 21 item 4 was told to keep (make_settings_fixture_0011.py).
EXPECTED = AppSettings(
    help=HelpSettings(
        country="MX",
        country_confirmed=True,
        numbers_confirmed="MX",
        emergency="911",
        crisis="800 911 2000",
    ),
    belimumab_anaphylaxis=True,
    guide=GuideSettings(
        steps_done=("country", "plan"), for_whom=GuideFor.CHILD, child_name="Ana María"
    ),
    reminders=ReminderSettings(
        lead_times=(LeadTime(days_before=1, at=time(20, 15)), LeadTime(minutes_before=30)),
        prep=False,
        check_ins=True,
        check_in_at=time(19, 5),
        quiet_from=time(22, 0),
        quiet_until=time(7, 0),
        travel=TravelPolicy.FOLLOW_LOCAL,
        morning=time(8, 30),
    ),
    refills=RefillSettings(lead_days=10, refills_left=3, pharmacy_phone="+34 600 000 000"),
    handling=HandlingSettings(
        taken_out_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC), warmest_c=23.5
    ),
    contraception_enabled=True,
    mood_every_days=14,
    red_flag_dismissed_at=datetime(2026, 11, 22, 20, 0, tzinfo=UTC),
    fhir_namespace="0f16d4d6-24ab-46a6-a3ac-4828641b4a3c",
)


def _document(path: Path) -> dict[str, object]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT key, value_json FROM setting").fetchall()
    finally:
        connection.close()
    assert [key for key, _ in rows] == ["app"]
    document: dict[str, object] = json.loads(rows[0][1])
    return document


def _assert_everything_reads_back(services: AppServices) -> None:
    assert services.settings.load() == EXPECTED
    # ...and through the services that use them
    assert services.settings.country() == "MX" and services.settings.country_confirmed()
    assert services.settings.help_numbers().emergency == "911"
    assert services.settings.guide_steps_done() == ["country", "plan"]
    assert services.reminders.settings() == EXPECTED.reminders
    assert services.supplies.refill_settings() == EXPECTED.refills
    assert services.handling.warmest() == 23.5
    assert services.mood.every_days() == 14
    assert services.contraception.enabled() is True
    # The typed columns: a time of day, codes, JSON.
    (segment,) = services.plans.segments()
    assert segment.time_of_day == time(7, 45) and segment.zone == "Europe/Madrid"
    assert segment.regimen.indication is Indication.SLE and segment.regimen.route is Route.SUBQ
    last_used = services.plans.site_history()
    assert last_used[Site.ABDOMEN_LEFT] == datetime(2026, 11, 3, 6, 50, tzinfo=UTC)
    assert [c.answers for c in services.mood.history()] == [(1, 2, 0, 0, 1, 0, 0, 0, 0)]
    stored = services.contraception.current()
    assert stored is not None
    assert stored.setup.method is Method.COMBINED_PILL and stored.setup.at == time(21, 30)


def test_the_saved_old_file_is_what_the_old_app_wrote() -> None:
    connection = sqlite3.connect(OLD)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        keys = {key for (key,) in connection.execute("SELECT key FROM setting")}
        plan = connection.execute("SELECT time_of_day, route FROM plan_segment").fetchone()
    finally:
        connection.close()
    assert revision == ("0011_supplies",)
    assert {"help.country", "reminders", "supplies", "guide.for", "handling.taken_out_at"} <= keys
    assert plan == ("07:45", "subq")


def test_an_old_file_upgrades_and_every_value_reads_back_typed(data_paths: AppPaths) -> None:
    shutil.copy(OLD, data_paths.database)
    services = build_services(data_paths, fixed_clock(FIXED_NOW))
    try:
        assert schema_revision(data_paths.database) == head_revision()
        assert _document(data_paths.database)["version"] == 1  # as migration 0012 left it
        _assert_everything_reads_back(services)
        # The first change writes the whole model at the current version, nothing lost.
        services.mood.set_every_days(21)
        document = _document(data_paths.database)
        assert document["version"] == SETTINGS_VERSION and "keys" not in document
        assert services.settings.load() == _replace_rhythm(EXPECTED, 21)
    finally:
        services.close()
    # The stored text of the typed columns did not change (no data migration was needed).
    connection = sqlite3.connect(data_paths.database)
    try:
        assert connection.execute("SELECT time_of_day, route FROM plan_segment").fetchall() == [
            ("07:45", "subq")
        ]
        assert connection.execute("SELECT sites_json FROM administration").fetchall() == [
            ('["abdomen-left"]',)
        ]
        assert connection.execute("SELECT at_time, method FROM contraception_setup").fetchall() == [
            ("21:30", "combined-pill")
        ]
    finally:
        connection.close()


def _replace_rhythm(value: AppSettings, days: int) -> AppSettings:
    from dataclasses import replace

    return replace(value, mood_every_days=days)


def test_an_old_backup_restores_and_reads_back_typed(data_paths: AppPaths, tmp_path: Path) -> None:
    build_services(data_paths, fixed_clock(FIXED_NOW)).close()  # today's (empty) data
    old = tmp_path / OLD.name
    shutil.copy(OLD, old)
    backups = BackupService(data_paths, fixed_clock(FIXED_NOW))
    preview = backups.inspect(old)
    assert preview.revision == "0011_supplies" and preview.needs_upgrade
    backups.restore(old)
    assert schema_revision(data_paths.database) == head_revision()
    services = build_services(data_paths, fixed_clock(FIXED_NOW))
    try:
        _assert_everything_reads_back(services)
    finally:
        services.close()


def test_the_migration_goes_back_to_string_keys(data_paths: AppPaths) -> None:
    """0012's downgrade gives an older app its rows back, from version 1 or version 2."""
    from alembic import command

    from belimumab_companion.storage.database import alembic_config
    from belimumab_companion.storage.engine import make_engine

    shutil.copy(OLD, data_paths.database)
    with sqlite3.connect(OLD) as connection:
        before = dict(connection.execute("SELECT key, value_json FROM setting"))
    connection.close()
    services = build_services(data_paths, fixed_clock(FIXED_NOW))
    services.mood.set_every_days(14)  # written as version 2, the same values
    services.close()
    engine = make_engine(data_paths.database)
    try:
        config = alembic_config()
        with engine.begin() as bound:
            config.attributes["connection"] = bound
            command.downgrade(config, "0011_supplies")
    finally:
        engine.dispose()
    with sqlite3.connect(data_paths.database) as connection:
        after = dict(connection.execute("SELECT key, value_json FROM setting"))
    connection.close()
    assert {k: json.loads(v) for k, v in after.items()} == {
        k: json.loads(v) for k, v in before.items()
    }


@pytest.mark.parametrize(
    ("table", "column", "bad"),
    [
        ("plan_segment", "time_of_day", "7:45"),
        ("administration", "route", "intramuscular"),  # plan_segment has a CHECK
        ("administration", "sites_json", "[abdomen"),
    ],
)
def test_a_damaged_typed_column_is_an_unreadable_value(
    data_paths: AppPaths, table: str, column: str, bad: str
) -> None:
    from belimumab_companion.services.errors import StoredValueError, stored_value_error_in

    shutil.copy(OLD, data_paths.database)
    build_services(data_paths, fixed_clock(FIXED_NOW)).close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute(f"UPDATE {table} SET {column} = ?", (bad,))  # names from the test itself
    connection.close()
    services = build_services(data_paths, fixed_clock(FIXED_NOW))
    try:
        with pytest.raises(Exception) as caught:
            services.plans.site_history() if table == "administration" else services.plans.segments()
        error = stored_value_error_in(caught.value)
        assert isinstance(error, StoredValueError) and error.value == bad
    finally:
        services.close()


def test_the_expected_values_are_not_the_defaults() -> None:
    """The comparison above could not pass by reading nothing: every section differs."""
    default = AppSettings()
    for name in AppSettings.__dataclass_fields__:
        assert getattr(EXPECTED, name) != getattr(default, name), name
