"""Repositories: the only code that touches ORM rows. They take a Session and return plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from belimumab_companion.storage.models import MonographChoice, Setting

SETTINGS_ROW = "app"  # the one row of the settings document (migration 0012)


class SettingsRepository:
    """The settings document as stored: a JSON object (``services.settings_model`` gives it its
    type, its version and its upgrades), or None when nothing was saved yet."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def load(self) -> Any:
        row = self._session.get(Setting, SETTINGS_ROW)
        return None if row is None else row.value

    def save(self, document: dict[str, Any], now: datetime) -> None:
        row = self._session.get(Setting, SETTINGS_ROW)
        if row is None:
            self._session.add(Setting(key=SETTINGS_ROW, value=document, updated_at=now))
        else:
            row.value, row.updated_at = document, now


@dataclass(frozen=True)
class StoredMonographChoice:
    path: str
    sha256: str
    title: str
    chosen_at: datetime


class MonographChoiceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> StoredMonographChoice | None:
        row = self._session.get(MonographChoice, 1)
        if row is None:
            return None
        return StoredMonographChoice(row.path, row.sha256, row.title, row.chosen_at)

    def set(self, path: str, sha256: str, title: str, now: datetime) -> None:
        row = self._session.get(MonographChoice, 1)
        if row is None:
            self._session.add(
                MonographChoice(id=1, path=path, sha256=sha256, title=title, chosen_at=now)
            )
        else:
            row.path, row.sha256, row.title, row.chosen_at = path, sha256, title, now

    def clear(self) -> None:
        row = self._session.get(MonographChoice, 1)
        if row is not None:
            self._session.delete(row)
