"""Wall-clock date-times in the dialogs' date-time fields, and back to instants.

Time model (architecture.md): an event (a dose given, a symptom) is stored as a UTC instant plus
the zone in effect; a field shows the wall-clock date and time in that zone, to the minute. Two
things make the round trip lossy if done naively, and this module is the one place that does it:

* **DST fold.** On fall-back day a wall time repeats (01:30 on 2026-11-01 in New York is both
  05:30 and 06:30 UTC). A field cannot show which one, so the wall time shown is remembered with
  the instant it came from (``Shown``): **a field the user did not change gives the original
  instant back exactly** (same fold, same seconds), so editing another field of an entry never
  moves it. A wall time *typed* in a repeated hour is the **first** of the two (fold=0).
* **DST gap.** On spring-forward day some wall times do not exist (02:30 on 2026-03-08 in New
  York). One typed there is **moved forward by the gap** (02:30 -> 03:30 EDT, the moment the
  clocks jump); it is not refused.

Both are the app's existing policies for planned doses (``domain.schedule.wall_time``), reused
here so that the schedule and the log read a wall time the same way.

Qt's ``QDateTime`` has no fold, and a field in the computer's own time zone silently shifts a
wall time that falls in *that* zone's DST gap (an entry made in another zone). ``WallTimeEdit``
therefore holds a floating wall time (Qt's UTC, which has no gaps) and converts through
``to_wall`` / ``to_instant`` in the entry's zone.

Keyboard (issue 20): a date or time field is **one Tab stop**. Qt's own fields spend a Tab on each
of their sections (day, month, year, hours, minutes), so a screen-reader user pressed Tab 2 to 5
times to leave one; here Tab leaves the field, and the arrow keys, or typing, move between its
sections. ``WallTimeEdit`` does it itself; ``tab_stops.one_tab_stop`` does it for Qt's plain fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QWidget

from belimumab_companion.domain.bounds import EVENT_DATE_MAX, EVENT_DATE_MIN
from belimumab_companion.domain.schedule import wall_time

Zone = tzinfo | str  # a ZoneInfo, or an IANA zone name


@dataclass(frozen=True)
class Shown:
    """What a date-time field was filled with: the instant, and its wall-clock date-time."""

    instant: datetime  # aware, exactly as given (seconds and all)
    wall: datetime  # naive, to the minute; ``fold`` is 1 for the second of a repeated hour


def as_zone(zone: Zone) -> ZoneInfo:
    """The zone as a ZoneInfo (a zone name, a ZoneInfo, or any tzinfo with an IANA name)."""
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(str(zone))


def to_wall(instant: datetime, zone: Zone) -> Shown:
    """To show: ``instant`` as the wall-clock date and time in ``zone``, to the minute, with the
    fold that says which of a repeated hour it is."""
    if instant.tzinfo is None:
        raise ValueError("an instant needs its time zone")
    local = instant.astimezone(as_zone(zone))
    return Shown(instant, local.replace(tzinfo=None, second=0, microsecond=0))


def to_instant(wall: datetime, zone: Zone, shown: Shown | None = None) -> datetime:
    """To save: the wall-clock date-time left in a field, read in ``zone``.

    * The field still holds what ``shown`` put there (to the minute): ``shown.instant``, exactly.
    * Otherwise a typed time, returned in UTC: in a repeated hour the first of the two (fold=0);
      in the DST gap moved forward by the gap (02:30 -> 03:30 on spring-forward day). See the
      module docstring. (UTC, because a zone-local datetime in a repeated hour compares unequal
      to every datetime in another zone, the same instant included: PEP 495.)
    """
    if wall.tzinfo is not None:
        raise ValueError("a wall time has no time zone")
    minute = wall.replace(second=0, microsecond=0)
    if shown is not None and minute == shown.wall:  # naive comparison: the fold is not compared
        return shown.instant
    return wall_time(minute.date(), minute.time(), as_zone(zone)).astimezone(UTC)


def wall_from_fields(day: QDate, at: QTime) -> datetime:
    """The naive wall date-time a field's date and time sections show (to the minute)."""
    return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())


def qdatetime_from_wall(wall: datetime) -> QDateTime:
    """A floating wall time for a field: Qt's UTC, where every wall time exists exactly once."""
    return QDateTime(
        QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc()
    )


class WallTimeEdit(QDateTimeEdit):
    """A date-time field for an event in ``zone``: shows an instant as wall-clock time there and
    gives the instant back (``instant()``) with this module's fold and gap policies.

    A ``QDateTime`` set on or read from the field stands for its wall fields (its ``date()`` and
    ``time()`` as written), whatever its time zone: ``setDateTime(QDateTime(2026, 11, 1, 1, 30))``
    shows 01:30, on any computer. (Qt's own setter would convert it into the field's zone.)
    """

    def __init__(self, zone: Zone, instant: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(QTimeZone.utc())
        self._zone = as_zone(zone)
        self._shown = to_wall(instant, self._zone)
        # Only the years the app keeps (2000..2100, issue 16): a typo cannot be entered.
        self.setDateTimeRange(
            QDateTime(QDate(EVENT_DATE_MIN.year, 1, 1), QTime(0, 0), QTimeZone.utc()),
            QDateTime(QDate(EVENT_DATE_MAX.year, 12, 31), QTime(23, 59), QTimeZone.utc()),
        )
        super().setDateTime(qdatetime_from_wall(self._shown.wall))

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def show_instant(self, instant: datetime) -> None:
        """Show ``instant``; left unchanged, the field gives it back exactly."""
        self._shown = to_wall(instant, self._zone)
        super().setDateTime(qdatetime_from_wall(self._shown.wall))

    def wall(self) -> datetime:
        """The naive wall date-time the field shows now."""
        return wall_from_fields(self.date(), self.time())

    def instant(self) -> datetime:
        """The instant the field means: the one shown if unchanged, else the wall time typed."""
        return to_instant(self.wall(), self._zone, self._shown)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (one Tab stop), not its next section (module docstring)."""
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    def setDateTime(self, dateTime: QDateTime, /) -> None:
        """Show ``dateTime``'s own wall date and time, unconverted."""
        super().setDateTime(QDateTime(dateTime.date(), dateTime.time(), QTimeZone.utc()))

    def dateTime(self, /) -> QDateTime:
        """The wall date-time shown, as a local-time QDateTime with the same fields."""
        return QDateTime(self.date(), self.time())
