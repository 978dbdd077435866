"""Repositories: the only code that touches ORM rows. They take a Session and return plain values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from belimumab_companion.storage.models import MonographChoice, Setting


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, default: Any = None) -> Any:
        row = self._session.get(Setting, key)
        return default if row is None else json.loads(row.value_json)

    def set(self, key: str, value: Any, now: datetime) -> None:
        text = json.dumps(value, sort_keys=True)
        row = self._session.get(Setting, key)
        if row is None:
            self._session.add(Setting(key=key, value_json=text, updated_at=now))
        else:
            row.value_json, row.updated_at = text, now

    def all(self) -> dict[str, Any]:
        rows = self._session.scalars(select(Setting).order_by(Setting.key))
        return {row.key: json.loads(row.value_json) for row in rows}


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
