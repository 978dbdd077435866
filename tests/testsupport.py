"""Shared test constants (importable from any test folder: ``pythonpath = tests``)."""

from __future__ import annotations

from datetime import UTC, datetime

FIXED_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def run_cli(data: object, *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process on data folder ``data``: (exit status, stdout, stderr)."""
    import io

    from belimumab_companion.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()
