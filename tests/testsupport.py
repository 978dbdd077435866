"""Shared test constants (importable from any test folder: ``pythonpath = tests``)."""

from __future__ import annotations

from datetime import UTC, datetime

FIXED_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
