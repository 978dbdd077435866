"""Issue 21 item 4: the column types a stored value is read through. A value the app did not
write (a bad time, a code no enum knows, text that is not JSON) reads as the storage's
"unreadable value" (StoredValueError), never as a parser's own error."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text
from sqlalchemy.schema import CreateTable

from belimumab_companion.domain.contraception import Action, Method, PregnancyEvent
from belimumab_companion.domain.diary_action import Action as DiaryAction
from belimumab_companion.domain.dose_log import DoseOrigin
from belimumab_companion.domain.phq import Band, Questionnaire
from belimumab_companion.domain.regimens import Device, GivenBy, Route
from belimumab_companion.domain.reminders import ReminderAnswer, ReminderKind
from belimumab_companion.domain.supplies import DiscardReason
from belimumab_companion.domain.time_of_day import format_time_of_day, parse_time_of_day
from belimumab_companion.domain.triage_model import Triage
from belimumab_companion.domain.vaccines import VaccinationStatus
from belimumab_companion.storage.errors import StoredValueError, stored_value_error_in
from belimumab_companion.storage.models import Base
from belimumab_companion.storage.types import CodeEnum, JsonText, TimeOfDay, code_enum

_METADATA = MetaData()
_TABLE = Table(
    "t",
    _METADATA,
    Column("id", Integer, primary_key=True),
    Column("at", TimeOfDay()),
    Column("route", code_enum(Route, 8)),
    Column("data", JsonText()),
    Column("short", JsonText(40)),
)


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_a_time_of_day_round_trips_through_its_text(value: time) -> None:
    stored = format_time_of_day(value)
    assert len(stored) == 5 and parse_time_of_day(stored) == value


@pytest.mark.parametrize(
    "text", ["7:05", "07:5", "24:00", "07:60", "07-05", "07:05:00", " 7:05", "+7:05", "٠٧:٠٥", ""]
)
def test_only_hh_mm_is_a_time_of_day(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time_of_day(text)


def test_the_declared_types_are_the_ones_the_tables_always_had() -> None:
    ddl = str(CreateTable(_TABLE).compile(create_engine("sqlite://")))
    assert "at VARCHAR(5)" in ddl and "route VARCHAR(8)" in ddl
    assert "data TEXT" in ddl and "short VARCHAR(40)" in ddl
    assert "CHECK" not in ddl  # the tables keep their own named CHECKs


def test_values_read_back_typed_and_are_stored_as_the_same_text() -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(_TABLE).values(
                id=1, at=time(7, 5), route=Route.SUBQ, data={"a": [1, None]}, short=[1, 0]
            )
        )
        connection.execute(insert(_TABLE).values(id=2, at=None, route="iv", data=None))
        raw = connection.execute(text("SELECT at, route, data, short FROM t ORDER BY id")).all()
        typed = connection.execute(select(_TABLE.c.at, _TABLE.c.route, _TABLE.c.data)).all()
    assert raw[0] == ("07:05", "subq", '{"a": [1, null]}', "[1, 0]")
    assert raw[1] == (None, "iv", None, None)
    assert typed == [(time(7, 5), Route.SUBQ, {"a": [1, None]}), (None, Route.IV, None)]


@pytest.mark.parametrize(
    ("column", "stored", "form"),
    [
        ("at", "7:5", "HH:MM"),
        ("at", "25:00", "HH:MM"),
        ("route", "intramuscular", "one of iv, subq"),
        ("data", "{not json", "JSON"),
    ],
)
def test_a_value_the_app_did_not_write_is_an_unreadable_value(
    column: str, stored: str, form: str
) -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    with engine.begin() as connection:
        connection.execute(text(f"INSERT INTO t (id, {column}) VALUES (1, :v)"), {"v": stored})
        with pytest.raises(Exception) as caught:
            connection.execute(select(_TABLE.c[column])).all()
    error = stored_value_error_in(caught.value)
    assert isinstance(error, StoredValueError)
    assert error.value == stored and error.form == form


def test_a_string_that_is_no_code_is_refused_on_writing() -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    with engine.begin() as connection, pytest.raises(Exception, match="intramuscular"):
        connection.execute(insert(_TABLE).values(id=1, route="intramuscular"))


def test_every_column_holding_a_code_is_read_as_its_enum() -> None:
    """The columns whose text is one of a fixed set of codes are typed, so a stored code the
    app does not know is an unreadable value, never a string passed on (issue 21 item 4)."""
    typed = {
        ("administration", "route"): Route,
        ("administration", "device"): Device,
        ("administration", "given_by"): GivenBy,
        ("administration", "origin"): DoseOrigin,
        ("vaccination", "status"): VaccinationStatus,
        ("diary_entry", "action"): DiaryAction,
        ("diary_entry", "triage"): Triage,
        ("reminder_log", "kind"): ReminderKind,
        ("reminder_log", "answer"): ReminderAnswer,
        ("contraception_log", "answer"): ReminderAnswer,
        ("mood_check_in", "kind"): Questionnaire,
        ("mood_check_in", "band"): Band,
        ("contraception_log", "action"): Action,
        ("contraception_setup", "method"): Method,
        ("pregnancy_event", "kind"): PregnancyEvent,
        ("supply_discard", "reason"): DiscardReason,
        ("supply_lot", "device"): Device,
    }
    for (table, column), enum_class in typed.items():
        column_type = Base.metadata.tables[table].c[column].type
        assert isinstance(column_type, CodeEnum), (table, column)
        assert column_type.enum_class is enum_class, (table, column)
