"""The IANA name of this computer's time zone (the default for a new plan)."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def is_valid_zone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
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
