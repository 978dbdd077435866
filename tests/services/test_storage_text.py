"""Storage raises codes; ``services.storage_text`` has the words for every one of them, and no
words for a code storage never raises. Read from storage's own source (every literal code at a
raise), so a new refusal without a sentence fails here, not in front of the user."""

from __future__ import annotations

import ast
from pathlib import Path

import belimumab_companion.storage as storage
from belimumab_companion.services.storage_text import (
    BACKUP_ERRORS,
    BACKUP_REFUSALS,
    DATA_IN_USE_MESSAGES,
    DATABASE_OPEN_MESSAGES,
)

STORAGE = Path(storage.__file__).resolve().parent


def literal(node: ast.expr) -> str:
    assert isinstance(node, ast.Constant) and isinstance(node.value, str), ast.dump(node)
    return node.value


def codes_raised() -> dict[str, set[str]]:
    """The literal codes storage passes to its coded errors, per table."""
    found: dict[str, set[str]] = {
        "refusals": set(),
        "backup": set(),
        "open": set(),
        "in-use": set(),
    }
    for path in STORAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else None
            if name == "BackupRefused":
                found["refusals"].add(literal(node.args[1]))
            elif name == "BackupError":
                found["backup"].add(literal(node.args[0]))
            elif name == "DatabaseInUseError":
                found["in-use"].add(literal(node.args[0]))
            elif name == "ReadOnlyUnusableError" or (
                path.name == "database.py"
                and isinstance(func, ast.Attribute)
                and func.attr == "__init__"
                and isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Name)
                and func.value.func.id == "super"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found["open"].add(literal(node.args[0]))
    return found


def test_every_code_storage_raises_has_words_and_every_sentence_a_code() -> None:
    raised = codes_raised()
    assert raised["refusals"] == set(BACKUP_REFUSALS)
    assert raised["backup"] == set(BACKUP_ERRORS)
    # a failed upgrade with the copy made before it has its own sentence
    assert raised["open"] | {"migration-failed-with-copy"} == set(DATABASE_OPEN_MESSAGES)
    assert {"too-new", "not-ours", "migration-failed", "read-only-no-data"} <= raised["open"]
    # "locked" is the services' own (another process holds the data lock)
    assert raised["in-use"] | {"locked"} == set(DATA_IN_USE_MESSAGES)
    assert {"still-open", "wal-pending"} <= raised["in-use"]


def test_storage_itself_writes_no_sentence() -> None:
    for path in STORAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "QT_TRANSLATE_NOOP" not in source, path
        assert "user_text" not in source, path
