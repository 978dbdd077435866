"""The IANA name of this computer's time zone (the default for a new plan)."""

from __future__ import annotations

import functools
import os
import zoneinfo
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import tzlocal
import tzlocal.windows_tz

# Files in the zone database that ZoneInfo opens but that are not places: "localtime" is this
# machine's zone of the moment (it changes meaning when the machine moves), "Factory" means "zone
# not set", "posixrules" is a template.
NOT_ZONES = frozenset({"localtime", "Factory", "posixrules", "posix", "right"})


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@functools.cache
def _listed_zones() -> frozenset[str]:
    """The zone names the ``tzdata`` package lists (one small file): a part of
    ``available_timezones()``, which also opens every file of the system's zone folders (tens
    of milliseconds, at the first Today load). Empty without the package."""
    try:
        listed = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    except (ImportError, OSError):
        return frozenset()
    return frozenset(line.strip() for line in listed.splitlines() if line.strip())


def is_valid_zone(name: str) -> bool:
    """A real IANA zone name (``Europe/Madrid``, ``UTC``); not ``localtime`` or ``Factory``."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    if name in NOT_ZONES or name.split("/", 1)[0] in NOT_ZONES:
        return False
    if name not in _listed_zones():  # the quick answer for every zone tzdata lists
        known = _known_zones()
        if known and name not in known:
            return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    """This computer's zone: ``TZ`` when it names a zone, else the system's setting as the
    maintained ``tzlocal`` reads it on every platform (``/etc/localtime`` or ``timedatectl`` on
    Linux, the registry's Windows zone mapped to its IANA name on Windows, the system setting on
    macOS), else UTC (issue 21: no more guessing by hand, where every Windows user got UTC)."""
    candidate = os.environ.get("TZ", "").lstrip(":")
    if is_valid_zone(candidate):
        return candidate
    try:
        name = tzlocal.get_localzone_name() or ""
    except (LookupError, OSError, ValueError):  # an unset or broken system setting
        name = ""
    return name if is_valid_zone(name) else "UTC"


def zone_for_windows_name(name: str) -> str | None:
    """A Windows time-zone name ("Romance Standard Time") as its IANA zone ("Europe/Paris"),
    from tzlocal's copy of the Unicode CLDR mapping; None for a name it does not know."""
    zone = tzlocal.windows_tz.win_tz.get(name)
    return zone if zone is not None and is_valid_zone(zone) else None


__all__ = ["available_timezones", "is_valid_zone", "local_zone_name", "zone_for_windows_name"]
