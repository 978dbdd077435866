"""Issue 21 item 4: the typed settings model. Any valid model goes through the data file and
comes back unchanged; a stored value the model does not accept (a bad time, a code no enum has,
a wrong type, a version from the future) is the storage's "unreadable value", never a crash or a
silent default."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belimumab_companion.domain.reminders import LeadTime, ReminderSettings, TravelPolicy
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.errors import StoredValueError
from belimumab_companion.services.settings_model import (
    SETTINGS_VERSION,
    UPGRADES,
    AppSettings,
    GuideFor,
    GuideSettings,
    HandlingSettings,
    HelpSettings,
    settings_from_document,
    settings_to_document,
)
from belimumab_companion.services.supplies_types import RefillSettings

_PLAIN = st.characters(blacklist_categories=("Cc", "Cs"))
_TIMES = st.times().map(lambda t: t.replace(second=0, microsecond=0))
_MOMENTS = st.datetimes(
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=13))])
)
_COUNTRIES = st.sampled_from(["", "MX", "US", "ES", "OTHER"])

SETTINGS = st.builds(
    AppSettings,
    help=st.builds(
        HelpSettings,
        country=_COUNTRIES,
        country_confirmed=st.booleans(),
        numbers_confirmed=_COUNTRIES,
        emergency=st.text(_PLAIN, max_size=20),
        crisis=st.text(_PLAIN, max_size=20),
    ),
    belimumab_anaphylaxis=st.booleans(),
    guide=st.builds(
        GuideSettings,
        steps_done=st.none() | st.lists(st.text(_PLAIN, max_size=12), max_size=6).map(tuple),
        for_whom=st.none() | st.sampled_from(GuideFor),
        child_name=st.text(_PLAIN, max_size=120),
    ),
    reminders=st.builds(
        ReminderSettings,
        lead_times=st.lists(
            st.builds(
                LeadTime,
                days_before=st.integers(0, 7),
                at=st.none() | _TIMES,
                minutes_before=st.integers(0, 24 * 60),
            ),
            max_size=4,
        ).map(tuple),
        prep=st.booleans(),
        check_ins=st.booleans(),
        check_in_at=_TIMES,
        quiet_from=st.none() | _TIMES,
        quiet_until=st.none() | _TIMES,
        travel=st.sampled_from(TravelPolicy),
        morning=_TIMES,
    ),
    refills=st.builds(
        RefillSettings,
        lead_days=st.integers(0, 60),
        refills_left=st.none() | st.integers(0, 99),
        pharmacy_phone=st.text(_PLAIN, max_size=40),
    ),
    handling=st.builds(
        HandlingSettings,
        taken_out_at=st.none() | _MOMENTS,
        warmest_c=st.none() | st.floats(-50.0, 100.0),
    ),
    contraception_enabled=st.none() | st.booleans(),
    mood_every_days=st.integers(1, 90),
    red_flag_dismissed_at=st.none() | _MOMENTS,
    fhir_namespace=st.just("") | st.uuids().map(str),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=SETTINGS)
def test_any_valid_settings_round_trip_through_the_data_file(
    services: AppServices, value: AppSettings
) -> None:
    # Each example replaces the whole stored model, so one database serves them all.
    services.settings.save(value)
    assert services.settings.load() == value


@given(value=SETTINGS)
def test_the_document_carries_the_current_version(value: AppSettings) -> None:
    document = settings_to_document(value)
    assert document["version"] == SETTINGS_VERSION
    assert settings_from_document(json.loads(json.dumps(document))) == value


def test_nothing_stored_is_the_defaults(services: AppServices) -> None:
    assert services.settings.load() == AppSettings()


def test_every_version_below_the_current_one_has_an_upgrade_step() -> None:
    assert sorted(UPGRADES) == list(range(1, SETTINGS_VERSION))


def _store(paths: AppPaths, document: Any) -> None:
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.execute("DELETE FROM setting")
        connection.execute(
            "INSERT INTO setting VALUES ('app', ?, '2026-11-23T09:30:00.000000Z')",
            (json.dumps(document),),
        )
    connection.close()


def _with(path: str, value: Any) -> dict[str, Any]:
    document = settings_to_document(AppSettings())
    target = document
    *parents, last = path.split(".")
    for name in parents:
        target = target[name]
    target[last] = value
    return document


@pytest.mark.parametrize(
    ("document", "form"),
    [
        (_with("reminders.check_in_at", "7:5"), "settings.reminders.check_in_at"),
        (_with("reminders.quiet_from", "25:00"), "settings.reminders.quiet_from"),
        (_with("reminders.travel", "teleport"), "settings.reminders.travel"),
        (_with("guide.for_whom", "grandparent"), "settings.guide.for_whom"),
        (_with("help.country", 12), "settings.help.country"),
        (_with("help.country", "mexico"), "settings.help"),  # the section's own check
        (_with("mood_every_days", 0), "settings"),
        (_with("mood_every_days", True), "settings.mood_every_days"),
        (_with("handling.taken_out_at", "2026-11-23T09:00:00"), "settings.handling.taken_out_at"),
        (_with("fhir_namespace", "not-a-uuid"), "settings"),
        (_with("version", SETTINGS_VERSION + 1), "settings.version"),
        (_with("version", "2"), "settings.version"),
        ({"version": 1, "keys": {"reminders": {"morning": "8h"}}}, "settings.reminders.morning"),
        ({"version": 1, "keys": {"guide.for": "nobody"}}, "settings.guide.for_whom"),
        ([1, 2], "settings as an object"),
    ],
)
def test_a_value_the_model_does_not_accept_is_an_unreadable_value(
    services: AppServices, migrated_paths: AppPaths, document: Any, form: str
) -> None:
    _store(migrated_paths, document)
    with pytest.raises(StoredValueError) as caught:
        services.settings.load()
    assert caught.value.form.startswith(form)


def test_an_unreadable_setting_is_not_overwritten_by_a_change(
    services: AppServices, migrated_paths: AppPaths
) -> None:
    """A change reads the stored model first: a damaged one is reported, not replaced by the
    defaults plus the change."""
    _store(migrated_paths, _with("reminders.morning", "8h"))
    with pytest.raises(StoredValueError):
        services.mood.set_every_days(14)
    connection = sqlite3.connect(migrated_paths.database)
    (text,) = connection.execute("SELECT value_json FROM setting").fetchone()
    connection.close()
    assert json.loads(text)["reminders"]["morning"] == "8h"


def test_string_keys_the_app_no_longer_reads_are_left_out() -> None:
    old = {"version": 1, "keys": {"ui.last_page": "drug_info", "mood.every_days": 28}}
    assert settings_from_document(old) == AppSettings(mood_every_days=28)


def test_string_keys_set_to_none_mean_not_set() -> None:
    old = {
        "version": 1,
        "keys": {
            "help.numbers_confirmed": None,
            "help.emergency": None,
            "guide.child_name": None,
            "handling.taken_out_at": None,
            "handling.warmest_c": None,
        },
    }
    assert settings_from_document(old) == AppSettings()
