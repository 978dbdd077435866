"""R-35: the user's record of a past anaphylaxis to belimumab, kept in the real SQLite file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.errors import StoredValueError
from testsupport import FIXED_NOW


def test_not_recorded_until_the_user_says_so(services: AppServices) -> None:
    assert services.settings.belimumab_anaphylaxis() is False  # absent means not recorded
    assert services.settings.load().belimumab_anaphylaxis is False


def test_recorded_and_withdrawn_round_trip_through_the_file(
    services: AppServices, migrated_paths: AppPaths
) -> None:
    services.settings.set_belimumab_anaphylaxis(True)
    assert services.settings.belimumab_anaphylaxis() is True
    services.close()
    reopened = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))  # a restart
    try:
        assert reopened.settings.belimumab_anaphylaxis() is True  # nothing lost
        reopened.settings.set_belimumab_anaphylaxis(False)
    finally:
        reopened.close()
    again = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    try:
        assert again.settings.belimumab_anaphylaxis() is False
    finally:
        again.close()


@pytest.mark.parametrize("odd", ["yes", 1, "true", [True]])
def test_anything_but_true_or_false_is_an_unreadable_value_not_a_silent_no(
    services: AppServices, migrated_paths: AppPaths, odd: object
) -> None:
    """R-35: a damaged record is reported (the window says part of the data cannot be read),
    never read as "no anaphylaxis"."""
    services.settings.set_belimumab_anaphylaxis(True)
    connection = sqlite3.connect(migrated_paths.database)
    with connection:
        (text,) = connection.execute("SELECT value_json FROM setting WHERE key = 'app'").fetchone()
        document = json.loads(text)
        document["belimumab_anaphylaxis"] = odd
        connection.execute(
            "UPDATE setting SET value_json = ? WHERE key = 'app'", (json.dumps(document),)
        )
    connection.close()
    with pytest.raises(StoredValueError) as caught:
        services.settings.belimumab_anaphylaxis()
    assert "belimumab_anaphylaxis" in caught.value.form
