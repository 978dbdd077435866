"""The right numbers (issue 17, part 5; help-numbers.md): V numbers by default, P numbers only
after the user confirms them, U numbers never; the country from the locale's territory, else the
time zone's country; the user's choice is stored and confirmed."""

from __future__ import annotations

import pytest

from belimumab_companion.domain.help_numbers import (
    country_from_locale,
    country_from_zone,
    help_numbers,
    listed,
    suggested,
)
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.system.country import detect_country


@pytest.mark.parametrize(
    ("country", "emergency", "crisis", "by_text"),
    [
        ("US", "911", "988", True),
        ("CA", "911", "988", True),
        ("ES", "112", "024", False),
        ("GB", "999", "116 123", False),
        ("IE", "112", "116 123", False),
        ("DE", "112", "0800 111 0 111", False),
        ("FR", "112", "3114", False),
        ("NL", "112", "113", False),
        ("AU", "000", "13 11 14", False),
        ("NZ", "111", "1737", True),
        ("CO", "123", None, False),  # U: no national line, never guessed
        ("IT", "112", None, False),  # no 24/7 national line
        ("AT", "112", None, False),  # EU: 112 everywhere (V)
        ("MX", "911", None, False),  # the crisis line is P: waits for the user
        ("AR", None, None, False),  # both P
        ("CL", None, "*4141", False),  # emergency P, crisis V
        ("PE", None, "113 (option 5)", False),
        ("IN", None, "14416", False),
        ("JP", None, None, False),  # not in the table
    ],
)
def test_verified_numbers_are_defaults_and_partly_verified_ones_wait(
    country: str, emergency: str | None, crisis: str | None, by_text: bool
) -> None:
    numbers = help_numbers(country.lower())
    assert (numbers.emergency, numbers.crisis, numbers.crisis_by_text) == (
        emergency,
        crisis,
        by_text,
    )
    row = listed(country)
    waiting = {
        which
        for which in ("emergency", "crisis")
        if row is not None and getattr(row, f"{which}_confidence").value == "P"
    }
    assert set(numbers.to_confirm) == waiting


def test_partly_verified_numbers_after_confirmation_and_own_numbers_win() -> None:
    assert help_numbers("MX", confirmed=True).crisis == "800 911 2000"
    assert help_numbers("AR", confirmed=True).emergency == "911"
    assert suggested("CO").crisis is None  # U: not even suggested
    own = help_numbers("MX", crisis_entered=" 55 5259 8121 ")
    assert own.crisis == "55 5259 8121" and own.to_confirm == ()
    assert help_numbers("US", emergency_entered="112").emergency == "112"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("es_ES.UTF-8", "ES"),
        ("en_GB", "GB"),
        ("es-MX", "MX"),
        ("de_DE@euro", "DE"),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("es", None),
        ("", None),
        (None, None),
    ],
)
def test_country_from_locale(name: str | None, country: str | None) -> None:
    assert country_from_locale(name) == country


def test_country_from_the_time_zone_when_the_locale_has_no_territory() -> None:
    tab = "# comment\nES\t+4024-00341\tEurope/Madrid\tSpain (mainland)\nMX\t+1924-09909\tAmerica/Mexico_City\n"
    assert country_from_zone("Europe/Madrid", tab) == "ES"
    assert country_from_zone("America/Mexico_City", tab) == "MX"
    assert country_from_zone("Etc/UTC", tab) is None
    assert detect_country({"LANG": "C.UTF-8"}, "Europe/Madrid") == "ES"  # the real zone.tab
    assert detect_country({"LANG": "en_GB.UTF-8"}, "Europe/Madrid") == "GB"
    assert detect_country({"LC_ALL": "es_AR.UTF-8", "LANG": "en_US"}, "UTC") == "AR"
    assert detect_country({}, "America/Bogota") == "CO"
    assert detect_country({"LANG": "C"}, "Etc/UTC") is None


def test_the_stored_country_wins_and_is_confirmed(services: AppServices) -> None:
    settings = services.settings
    settings._detect = lambda: "ES"  # what the system would say, for this test
    assert settings.country() == "ES" and not settings.country_confirmed()
    assert (settings.help_numbers().emergency, settings.help_numbers().crisis) == ("112", "024")
    settings.confirm_country("mx")
    assert settings.country() == "MX" and settings.country_confirmed()
    assert settings.help_numbers().crisis is None
    settings.confirm_country("MX", numbers_confirmed=True)
    assert settings.help_numbers().crisis == "800 911 2000"
    settings.confirm_country("AR")  # another country: its P numbers are asked about again
    assert settings.help_numbers().emergency is None
    assert settings.help_numbers("US").emergency == "911"  # the CLI's --country, this once
    assert settings.country() == "AR"
