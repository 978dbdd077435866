"""User preferences, stored in the database so that they travel with backups."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from belimumab_companion.domain.help_numbers import HelpNumbers, help_numbers
from belimumab_companion.services.clock import Clock
from belimumab_companion.storage.repositories import SettingsRepository

HELP_COUNTRY, HELP_EMERGENCY, HELP_CRISIS = "help.country", "help.emergency", "help.crisis"


class SettingsService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self, key: str, default: Any = None) -> Any:
        with self._sessions() as session:
            return SettingsRepository(session).get(key, default)

    def help_numbers(self) -> HelpNumbers:
        """What the emergency and crisis screens show: the user's country and own numbers."""
        return help_numbers(
            str(self.get(HELP_COUNTRY, "US")), self.get(HELP_EMERGENCY), self.get(HELP_CRISIS)
        )

    def set(self, key: str, value: Any) -> None:
        with self._sessions.begin() as session:
            SettingsRepository(session).set(key, value, self._clock())
