"""Column types. SQLite has no time-zone type, so instants are stored as fixed-width UTC text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from belimumab_companion.storage.errors import StoredValueError

__all__ = ["NaiveDatetimeError", "StoredValueError", "UtcDateTime"]

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class NaiveDatetimeError(ValueError):
    pass


class UtcDateTime(TypeDecorator[datetime]):
    """An aware instant, stored as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (sorts as text).

    A naive datetime is refused: its meaning depends on a zone nobody wrote down.
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"UtcDateTime needs a datetime, not {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(f"naive datetime refused: {value.isoformat()}")
        # isoformat always writes four digits of year (strftime's %Y does not below 1000 on
        # glibc: "26-12-01..." would sort and parse wrong); the text is _FORMAT's.
        utc = value.astimezone(UTC).replace(tzinfo=None)
        return utc.isoformat(timespec="microseconds") + "Z"

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        text = str(value)
        if len(text) != 27 or text[-1] != "Z" or text[4] != "-" or text[10] != "T":
            raise StoredValueError(text)
        try:  # our own format: the C parser, ~20x strptime
            return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
        except ValueError:
            raise StoredValueError(text) from None
