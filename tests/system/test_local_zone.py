"""Issue 21, item 2: the computer's time zone from a maintained source on every platform
(tzlocal), ``TZ`` first, UTC only when nothing names a real zone; Windows zone names mapped."""

from __future__ import annotations

import zoneinfo

import pytest
import tzlocal

from belimumab_companion.system import local_zone
from belimumab_companion.system.local_zone import local_zone_name, zone_for_windows_name


@pytest.mark.parametrize(
    ("windows", "iana"),
    [
        ("Romance Standard Time", "Europe/Paris"),  # what Windows calls Madrid's zone too
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Eastern Standard Time", "America/New_York"),
        ("Central Standard Time (Mexico)", "America/Mexico_City"),
        ("Argentina Standard Time", "America/Buenos_Aires"),
        ("No Such Standard Time", None),
    ],
)
def test_windows_zone_names_map_to_iana(windows: str, iana: str | None) -> None:
    assert zone_for_windows_name(windows) == iana


def test_tz_names_the_zone_when_it_is_a_real_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Argentina/Buenos_Aires")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Europe/Paris")
    assert local_zone_name() == "America/Argentina/Buenos_Aires"


def test_without_tz_the_system_setting_is_read_through_tzlocal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Europe/Madrid")
    assert local_zone_name() == "Europe/Madrid"


@pytest.mark.parametrize("system", ["", "localtime", "Europe", "../etc/passwd"])
def test_a_missing_or_bogus_system_setting_means_utc(
    monkeypatch: pytest.MonkeyPatch, system: str
) -> None:
    monkeypatch.setenv("TZ", "not/a-zone")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: system)
    assert local_zone_name() == "UTC"


def test_a_system_lookup_that_fails_means_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)

    def broken() -> str:
        raise LookupError("no zone configured")

    monkeypatch.setattr(tzlocal, "get_localzone_name", broken)
    assert local_zone_name() == "UTC"


def test_a_zone_tzdata_lists_is_known_without_scanning_the_zone_folders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Issue 21 item 6: the scan opens every file of the system's zone folders (tens of
    # milliseconds at the first Today load); the package's list answers for its zones.
    scans: list[int] = []
    local_zone._known_zones.cache_clear()
    real = zoneinfo.available_timezones

    def counted() -> set[str]:
        scans.append(1)
        return real()

    monkeypatch.setattr(zoneinfo, "available_timezones", counted)
    try:
        assert local_zone.is_valid_zone("Europe/Madrid")
        assert scans == []
        assert not local_zone.is_valid_zone("europe/madrid")  # not listed: the scan decides
        assert scans == [1]
    finally:
        local_zone._known_zones.cache_clear()
