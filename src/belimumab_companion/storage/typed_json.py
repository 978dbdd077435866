"""Frozen dataclasses to JSON values and back, by their type hints (the settings model).

One place for the forms a preference takes in the data file: a time of day as ``"HH:MM"``, an
instant as ISO 8601 with its offset (naive is refused), an enum as its value, a tuple as a list, a
nested dataclass as an object. Reading checks every value against the field's type and the
dataclass's own checks (``__post_init__``); anything else raises :class:`StoredValueError` (the
storage's "unreadable value"). A field missing from the object takes its default (a newer
setting read from older data); a name the class does not have is left out.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import datetime, time
from functools import cache
from typing import Any, TypeVar, Union

from belimumab_companion.domain.time_of_day import format_time_of_day, parse_time_of_day
from belimumab_companion.storage.errors import StoredValueError

T = TypeVar("T")

__all__ = ["from_json", "to_json"]


def to_json(value: Any) -> Any:
    """A dataclass instance (or a value inside one) as JSON-ready builtins."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, time):
        return format_time_of_day(value)
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    return value


def from_json(cls: type[T], data: Any, where: str = "") -> T:
    """``data`` (as :func:`to_json` gives it) as an instance of the dataclass ``cls``."""
    return typing.cast(T, _read(cls, data, where or cls.__name__))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _bad(where: str, data: Any) -> StoredValueError:
    return StoredValueError(repr(data), where)


def _read(kind: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        real = [option for option in options if option is not type(None)]
        if len(real) == 1:
            return _read(real[0], data, where)
        raise TypeError(f"unsupported union {kind!r}")  # a model with one: a bug, not data
    if origin is tuple:
        item_kind, ellipsis = typing.get_args(kind)
        if ellipsis is not Ellipsis or not isinstance(data, list):
            raise _bad(where, data)
        return tuple(_read(item_kind, item, f"{where}[{i}]") for i, item in enumerate(data))
    if dataclasses.is_dataclass(kind):
        return _read_dataclass(kind, data, where)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(data)
        except ValueError:
            raise _bad(where, data) from None
    if kind is bool:
        if isinstance(data, bool):
            return data
        raise _bad(where, data)
    if kind is int:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        raise _bad(where, data)
    if kind is float:
        if isinstance(data, int | float) and not isinstance(data, bool):
            return float(data)
        raise _bad(where, data)
    if kind is str:
        if isinstance(data, str):
            return data
        raise _bad(where, data)
    if kind is time:
        try:
            return parse_time_of_day(data) if isinstance(data, str) else _fail()
        except ValueError:
            raise _bad(where, data) from None
    if kind is datetime:
        try:
            moment = datetime.fromisoformat(data) if isinstance(data, str) else _fail()
        except ValueError:
            raise _bad(where, data) from None
        if moment.tzinfo is None:
            raise _bad(where, data)
        return moment
    raise TypeError(f"unsupported type {kind!r} in {where}")  # a bug in the model


def _fail() -> Any:
    raise ValueError


def _read_dataclass(cls: Any, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise _bad(where, data)
    hints = _hints(cls)
    values = {
        field.name: _read(hints[field.name], data[field.name], f"{where}.{field.name}")
        for field in dataclasses.fields(cls)
        if field.init and field.name in data
    }
    try:
        return cls(**values)
    except ValueError as error:  # the model's own checks (__post_init__)
        raise _bad(where, data) from error
