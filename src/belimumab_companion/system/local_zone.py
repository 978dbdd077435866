"""The IANA name of this computer's time zone (the default for a new plan)."""

from __future__ import annotations

import functools
import os
import zoneinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# Files in the zone database that ZoneInfo opens but that are not places: "localtime" is this
# machine's zone of the moment (it changes meaning when the machine moves), "Factory" means "zone
# not set", "posixrules" is a template.
NOT_ZONES = frozenset({"localtime", "Factory", "posixrules", "posix", "right"})


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_valid_zone(name: str) -> bool:
    """A real IANA zone name (``Europe/Madrid``, ``UTC``); not ``localtime`` or ``Factory``."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    if name in NOT_ZONES or name.split("/", 1)[0] in NOT_ZONES:
        return False
    known = _known_zones()
    if known and name not in known:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    candidate = os.environ.get("TZ", "").lstrip(":")
    if is_valid_zone(candidate):
        return candidate
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if is_valid_zone(name):
            return name
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        name = timezone_file.read_text(encoding="utf-8").strip()
        if is_valid_zone(name):
            return name
    return "UTC"


__all__ = ["available_timezones", "is_valid_zone", "local_zone_name"]
