"""The time-zone policy (issue 20; README "Times and time zones"): an event is shown in the zone
it happened in (a dose in the zone it was given or planned in, a symptom in the zone it was
logged in), and the zone is named when it differs from the computer's, so that two times on one
screen are never silently in two zones."""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

from belimumab_companion.system.local_zone import local_zone_name

_CHECK_EVERY_S = 60.0  # the computer's zone changes when it travels; not on every row drawn
_cached: tuple[float, str] | None = None


def computer_zone() -> str:
    global _cached
    now = time.monotonic()
    if _cached is None or now - _cached[0] > _CHECK_EVERY_S:
        _cached = (now, local_zone_name())
    return _cached[1]


def forget_computer_zone() -> None:
    """After the zone changed (tests, a time-zone change signal): read it again."""
    global _cached
    _cached = None


def zone_of(moment: datetime) -> str:
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone.key
    return "UTC"


def zone_label(zone: str) -> str:
    """ "America/New_York" → "America/New York": the IANA name, as a person reads it."""
    return zone.replace("_", " ")


def with_zone(text: str, moment: datetime, computer: str | None = None) -> str:
    """``text`` (``moment`` written out in its own zone), with that zone named when it is not
    the computer's."""
    zone = zone_of(moment)
    if zone == (computer or computer_zone()):
        return text
    return f"{text} ({zone_label(zone)})"
