"""A backup's schema, compared with what our own migrations make at its revision.

A backup is hostile input: a file with an altered CHECK, a dropped column, a different FTS
tokenizer or an extra index is as much "not ours" as a file from another program, and accepting
it means a diary that fails at every start or saves that fail later. So before a backup can
replace anything, its ``sqlite_master`` (tables, indexes, triggers, views, the FTS definition and
its shadow tables) must equal, entry for entry, that of an empty database our migrations bring to
the same revision. Nothing of the backup is executed: only ``sqlite_master`` is read.

The reference schema is built once per revision and process (a few hundred milliseconds), in a
temporary file that holds no data.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
import threading
from pathlib import Path

from belimumab_companion.storage.sqlite_connection import connect

_SPACE = re.compile(r"\s+")
_REFERENCES: dict[str, dict[tuple[str, str], str]] = {}
_MUTEX = threading.Lock()


def _normalised(sql: str | None) -> str:
    return _SPACE.sub(" ", sql or "").strip()


def _clauses(body: str) -> list[str]:
    """Split a CREATE TABLE body at its top-level commas (not inside brackets or quotes)."""
    parts: list[str] = []
    depth = 0
    quote = ""
    current: list[str] = []
    for char in body:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return parts


def _table_form(sql: str) -> str:
    """A table's definition with its constraints in a fixed order: Alembic's batch mode rebuilds
    tables with the constraints in no fixed order, so "the same table" must not depend on it. The
    columns keep their order; every column and constraint clause must be the same."""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start or sql.upper().startswith("CREATE VIRTUAL"):
        return sql
    clauses = _clauses(sql[start + 1 : end])
    columns = [c for c in clauses if not c.upper().startswith(_CONSTRAINT_WORDS)]
    constraints = sorted(c for c in clauses if c.upper().startswith(_CONSTRAINT_WORDS))
    return f"{sql[:start]}({', '.join(columns + constraints)}){sql[end + 1 :]}"


_CONSTRAINT_WORDS = ("CONSTRAINT ", "PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY")


def schema_of(connection: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """``(type, name) -> SQL`` for everything in ``sqlite_master`` but SQLite's own entries
    (``sqlite_sequence``, ``sqlite_stat*``, the automatic indexes of UNIQUE constraints, whose
    definition is part of their table's SQL)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    schema: dict[tuple[str, str], str] = {}
    for kind, name, _table, sql in rows:
        if str(name).startswith("sqlite_"):
            continue
        text = _normalised(sql)
        schema[(str(kind), str(name))] = _table_form(text) if kind == "table" else text
    return schema


def reference_schema(revision: str) -> dict[tuple[str, str], str]:
    """The schema our migrations make at ``revision`` (which must be one we know)."""
    with _MUTEX:
        cached = _REFERENCES.get(revision)
        if cached is not None:
            return cached
        from belimumab_companion.storage.database import migrate
        from belimumab_companion.storage.engine import make_engine

        with tempfile.TemporaryDirectory(prefix="belimumab-schema-") as folder:
            path = Path(folder) / "reference.sqlite3"
            engine = make_engine(path)
            try:
                migrate(engine, revision)
            finally:
                engine.dispose()
            connection = connect(path, read_only=True)
            try:
                schema = schema_of(connection)
            finally:
                connection.close()
        _REFERENCES[revision] = schema
        return schema


def schema_differences(connection: sqlite3.Connection, revision: str) -> list[str]:
    """What differs from our schema at ``revision``, in plain words (empty when nothing does):
    "table diary_entry is defined differently", "index x is not ours", "table y is missing"."""
    found = schema_of(connection)
    expected = reference_schema(revision)
    differences: list[str] = []
    for key in sorted(set(expected) | set(found)):
        kind, name = key
        if key not in found:
            differences.append(f"{kind} {name} is missing")
        elif key not in expected:
            differences.append(f"{kind} {name} is not one the app makes")
        elif found[key] != expected[key]:
            differences.append(f"{kind} {name} is defined differently")
    return differences
