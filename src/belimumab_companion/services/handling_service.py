"""The "taken out of the fridge" moment, kept across restarts (R-25, R-26)."""

from __future__ import annotations

from datetime import datetime

from belimumab_companion.domain.handling import FridgeStatus, fridge_status
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.settings_service import SettingsService

TAKEN_OUT_KEY = "handling.taken_out_at"
WARMEST_KEY = "handling.warmest_c"  # the warmest temperature the user recorded


class HandlingService:
    def __init__(self, settings: SettingsService, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock

    def take_out(self, at: datetime | None = None) -> None:
        moment = at or self._clock()
        if moment.tzinfo is None:
            raise ValueError("aware datetime needed")
        self._settings.set(TAKEN_OUT_KEY, moment.isoformat())
        self._settings.set(WARMEST_KEY, None)  # a new pen or syringe: nothing recorded yet

    def record_warmest(self, celsius: float | None) -> None:
        """The warmest temperature the pen or syringe reached out of the fridge (R-26), or None
        when it was not measured."""
        if celsius is not None and not -50.0 <= celsius <= 100.0:
            raise ValueError(f"not a room temperature: {celsius}")
        self._settings.set(WARMEST_KEY, celsius)

    def warmest(self) -> float | None:
        stored = self._settings.get(WARMEST_KEY)
        return None if stored is None else float(stored)

    def clear(self) -> None:
        self._settings.set(TAKEN_OUT_KEY, None)
        self._settings.set(WARMEST_KEY, None)

    def status(self, now: datetime | None = None) -> FridgeStatus | None:
        stored = self._settings.get(TAKEN_OUT_KEY)
        if not stored:
            return None
        return fridge_status(datetime.fromisoformat(stored), now or self._clock(), self.warmest())
