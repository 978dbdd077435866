"""R-35: the user's record of a past anaphylaxis to belimumab, kept in the real SQLite file."""

from __future__ import annotations

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.settings_service import BELIMUMAB_ANAPHYLAXIS
from testsupport import FIXED_NOW


def test_not_recorded_until_the_user_says_so(services: AppServices) -> None:
    assert services.settings.belimumab_anaphylaxis() is False  # absent means not recorded
    assert services.settings.get(BELIMUMAB_ANAPHYLAXIS) is None


def test_recorded_and_withdrawn_round_trip_through_the_file(
    services: AppServices, migrated_paths: AppPaths
) -> None:
    services.settings.set_belimumab_anaphylaxis(True)
    assert services.settings.belimumab_anaphylaxis() is True
    assert services.settings.get(BELIMUMAB_ANAPHYLAXIS) is True
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
        assert again.settings.get(BELIMUMAB_ANAPHYLAXIS) is False
    finally:
        again.close()


def test_only_a_stored_true_counts(services: AppServices) -> None:
    for odd in ("yes", 1, "true", None, [True]):
        services.settings.set(BELIMUMAB_ANAPHYLAXIS, odd)
        assert services.settings.belimumab_anaphylaxis() is False, odd
