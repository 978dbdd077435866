"""User preferences, stored in the database so that they travel with backups."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from belimumab_companion.domain.help_numbers import HelpNumbers, help_numbers
from belimumab_companion.services.clock import Clock
from belimumab_companion.storage.repositories import SettingsRepository

HELP_COUNTRY, HELP_EMERGENCY, HELP_CRISIS = "help.country", "help.emergency", "help.crisis"
# the user recorded a past anaphylaxis to belimumab (true), or unticked it / never said (false
# or absent). The Today page then shows the contraindication banner.
BELIMUMAB_ANAPHYLAXIS = "health.belimumab_anaphylaxis"


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

    def belimumab_anaphylaxis(self) -> bool:
        """R-35: whether the user recorded a past severe allergic reaction (anaphylaxis) to
        belimumab. Only a stored ``True`` counts; anything else (absent, unticked) is ``False``."""
        return self.get(BELIMUMAB_ANAPHYLAXIS, False) is True

    def set_belimumab_anaphylaxis(self, had: bool) -> None:
        """R-35: record (or withdraw) a past anaphylaxis to belimumab; kept in the database."""
        self.set(BELIMUMAB_ANAPHYLAXIS, bool(had))

    def set(self, key: str, value: Any) -> None:
        with self._sessions.begin() as session:
            SettingsRepository(session).set(key, value, self._clock())
