"""The "taken out of the fridge" moment, kept across restarts (R-25, R-26)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from belimumab_companion.domain.handling import FridgeStatus, fridge_status
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.settings_model import HandlingSettings
from belimumab_companion.services.settings_service import SettingsService


class HandlingService:
    def __init__(self, settings: SettingsService, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock

    def _store(self, handling: HandlingSettings) -> None:
        self._settings.update(lambda stored: replace(stored, handling=handling))

    def take_out(self, at: datetime | None = None) -> None:
        moment = at or self._clock()
        if moment.tzinfo is None:
            raise ValueError("aware datetime needed")
        # a new pen or syringe: no temperature recorded yet
        self._store(HandlingSettings(taken_out_at=moment))

    def record_warmest(self, celsius: float | None) -> None:
        """The warmest temperature the pen or syringe reached out of the fridge (R-26), or None
        when it was not measured."""
        if celsius is not None and not -50.0 <= celsius <= 100.0:
            raise ValueError(f"not a room temperature: {celsius}")
        self._settings.update(
            lambda stored: replace(stored, handling=replace(stored.handling, warmest_c=celsius))
        )

    def warmest(self) -> float | None:
        return self._settings.load().handling.warmest_c

    def clear(self) -> None:
        self._store(HandlingSettings())

    def status(self, now: datetime | None = None) -> FridgeStatus | None:
        handling = self._settings.load().handling
        if handling.taken_out_at is None:
            return None
        return fridge_status(handling.taken_out_at, now or self._clock(), handling.warmest_c)
