"""Column types. SQLite has no time-zone type, so instants are stored as fixed-width UTC text;
a local time of day as "HH:MM"; a code of a domain enum as its text; JSON as text.

A stored value none of these can read raises :class:`StoredValueError` (the "unreadable value"
the window and the command line word), never a parser's own error.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Any, TypeVar

from sqlalchemy import JSON, Enum, String
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import TypeCompiler
from sqlalchemy.types import TypeDecorator

from belimumab_companion.domain.time_of_day import format_time_of_day, parse_time_of_day
from belimumab_companion.storage.errors import StoredValueError

__all__ = [
    "CodeEnum",
    "JsonText",
    "NaiveDatetimeError",
    "StoredValueError",
    "TimeOfDay",
    "UtcDateTime",
]

E = TypeVar("E", bound=enum.Enum)

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


class TimeOfDay(TypeDecorator[time]):
    """A local time of day (a dose's, a contraception reminder's), stored as ``HH:MM``."""

    impl = String(5)
    cache_ok = True

    def process_bind_param(self, value: time | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, time):
            raise TypeError(f"TimeOfDay needs a time, not {type(value).__name__}")
        return format_time_of_day(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> time | None:
        if value is None:
            return None
        try:
            return parse_time_of_day(str(value))
        except ValueError:
            raise StoredValueError(str(value), "HH:MM") from None


def _values(enum_class: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_class]


class CodeEnum(Enum):
    """SQLAlchemy's ``Enum`` stored as the members' values (the codes the app always wrote, so
    no stored text changes), in a ``VARCHAR(length)`` (the column's size before it was typed: no
    table rebuild), without a CHECK of its own (the table's named CHECK stays). A value that is
    no member reads as :class:`StoredValueError` instead of SQLAlchemy's ``LookupError``; one
    written as a plain string must be a member's value (``validate_strings``)."""

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        inner = super().result_processor(dialect, coltype)  # type: ignore[no-untyped-call]  # SQLAlchemy leaves it untyped

        def process(value: Any) -> Any:
            try:
                return inner(value) if inner is not None else value
            except LookupError:
                raise StoredValueError(str(value), "one of " + ", ".join(self.enums)) from None

        return process


def code_enum(enum_class: type[E], length: int) -> CodeEnum:
    """The column type for ``enum_class`` stored as its values in ``VARCHAR(length)``."""
    return CodeEnum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        values_callable=_values,
        length=length,
    )


class JsonText(TypeDecorator[Any]):
    """SQLAlchemy's ``JSON`` (its serializer, its SQLite handling), declared in the table as
    ``TEXT`` as the app always had it: a column declared ``JSON`` has SQLite's NUMERIC affinity,
    and changing the declaration would rebuild the dose log. Text that is not JSON reads as
    :class:`StoredValueError`."""

    impl = JSON(none_as_null=True)
    cache_ok = True

    def __init__(self, length: int | None = None) -> None:
        super().__init__()
        self.length = length  # declared VARCHAR(length) instead of TEXT (the column's old form)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        inner = super().result_processor(dialect, coltype)

        def process(value: Any) -> Any:
            try:
                return inner(value) if inner is not None else value
            except ValueError:  # json.JSONDecodeError is one
                raise StoredValueError(str(value), "JSON") from None

        return process


@compiles(JsonText, "sqlite")
def _json_as_text(type_: JsonText, compiler: TypeCompiler, **kw: Any) -> str:
    return "TEXT" if type_.length is None else f"VARCHAR({type_.length})"
