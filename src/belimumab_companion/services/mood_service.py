"""Mood check-ins: PHQ-2 on the user's rhythm, PHQ-9 when it scores 3 or more (R-41), scores
kept for the chart; item 9 above zero is a crisis whatever the total (R-31)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select

from belimumab_companion.domain.phq import (
    Band,
    Phq2Result,
    Phq9Result,
    Questionnaire,
    score_phq2,
    score_phq9,
)
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.settings_service import SettingsService
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import MoodCheckInRow


@dataclass(frozen=True)
class MoodCheckIn:
    kind: Questionnaire
    answers: tuple[int, ...]
    total: int
    band: Band | None  # PHQ-9 only
    crisis: bool
    taken_at: datetime


class MoodService:
    def __init__(self, sessions: Sessions, clock: Clock, settings: SettingsService) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings

    def record_phq2(self, answers: Sequence[int]) -> Phq2Result:
        result = score_phq2(answers)  # ValueError on bad answers: nothing is stored
        self._store(Questionnaire.PHQ2, answers, result.total, None, False)
        return result

    def record_phq9(self, answers: Sequence[int]) -> Phq9Result:
        result = score_phq9(answers)
        self._store(Questionnaire.PHQ9, answers, result.total, result.band, result.crisis)
        return result

    def _store(
        self,
        kind: Questionnaire,
        answers: Sequence[int],
        total: int,
        band: Band | None,
        crisis: bool,
    ) -> None:
        now = self._clock()
        with self._sessions.begin() as session:
            session.add(
                MoodCheckInRow(
                    kind=kind,
                    answers=list(answers),
                    total=total,
                    band=band,
                    crisis=crisis,
                    taken_at=now,
                    created_at=now,
                )
            )

    def history(self) -> list[MoodCheckIn]:
        with self._sessions.read() as session:
            rows = session.scalars(select(MoodCheckInRow).order_by(MoodCheckInRow.taken_at))
            return [
                MoodCheckIn(
                    row.kind,
                    tuple(row.answers),
                    row.total,
                    row.band,
                    row.crisis,
                    row.taken_at,
                )
                for row in rows
            ]

    def every_days(self) -> int:
        return self._settings.load().mood_every_days

    def set_every_days(self, days: int) -> None:
        if not 1 <= days <= 90:
            raise ValueError("a check-in rhythm is 1 to 90 days")
        self._settings.update(lambda stored: replace(stored, mood_every_days=days))

    def due(self) -> bool:
        """A check-in is due when none was taken within the user's rhythm."""
        with self._sessions.read() as session:
            last: datetime | None = session.scalar(select(func.max(MoodCheckInRow.taken_at)))
        if last is None:
            return True
        return bool(self._clock() - last >= timedelta(days=self.every_days()))
