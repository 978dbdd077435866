"""The user's country as the system tells it (issue 17, part 5; help-numbers.md): the locale's
territory (LC_ALL, LC_MESSAGES, LANG; es_ES -> ES), else the time zone's country (zone.tab).
Always shown to the user to confirm; never more than a first guess."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from belimumab_companion.domain.help_numbers import country_from_locale, country_from_zone
from belimumab_companion.system.local_zone import local_zone_name


def _zone_tab() -> str:
    try:
        return resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    for folder in ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo"):
        path = Path(folder) / "zone.tab"
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return ""


def detect_country(environ: Mapping[str, str] | None = None, zone: str | None = None) -> str | None:
    env = os.environ if environ is None else environ
    names = [env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)]
    if names:
        found = country_from_locale(names[0])  # the first one set is the one in effect
    elif environ is None:
        # No POSIX variables (Windows, macOS apps): the platform's own locale. Not when they
        # are set: Python reads "C.UTF-8" as en_US, which would be a guess, not the system's.
        try:
            found = country_from_locale(locale.getlocale()[0])
        except ValueError:
            found = None
    else:
        found = None
    return found or country_from_zone(zone or local_zone_name(), _zone_tab())
