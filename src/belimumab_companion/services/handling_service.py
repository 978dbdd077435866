"""The "taken out of the fridge" moment, kept across restarts (R-25, R-26)."""

from __future__ import annotations

from datetime import datetime

from belimumab_companion.domain.handling import FridgeStatus, fridge_status
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.settings_service import SettingsService

TAKEN_OUT_KEY = "handling.taken_out_at"


class HandlingService:
    def __init__(self, settings: SettingsService, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock

    def take_out(self, at: datetime | None = None) -> None:
        moment = at or self._clock()
        if moment.tzinfo is None:
            raise ValueError("aware datetime needed")
        self._settings.set(TAKEN_OUT_KEY, moment.isoformat())

    def clear(self) -> None:
        self._settings.set(TAKEN_OUT_KEY, None)

    def status(self, now: datetime | None = None) -> FridgeStatus | None:
        stored = self._settings.get(TAKEN_OUT_KEY)
        if not stored:
            return None
        return fridge_status(datetime.fromisoformat(stored), now or self._clock())
