"""After an emergency (R-29, R-44) or crisis (R-31) report, Today keeps a banner for 24 hours
("On Tuesday 14:05 you reported … If you have not yet called, call 112 now"), until the user
dismisses it (issue 17, part 6). The reports come from the diary (an entry saved with an
emergency or crisis outcome) and the mood check-in (PHQ-9 item 9 above 0)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from belimumab_companion.domain.triage import CRISIS_CODES, EMERGENCY_CODES
from belimumab_companion.domain.triage_model import Triage
from belimumab_companion.storage.models import DiaryEntryRow, MoodCheckInRow

if TYPE_CHECKING:
    from belimumab_companion.services.settings_service import SettingsService
    from belimumab_companion.storage.engine import Sessions

BANNER_FOR = timedelta(hours=24)


@dataclass(frozen=True)
class RedFlagReport:
    reported_at: datetime  # when it was saved (UTC)
    what: str  # the symptom as typed; "" for the mood check-in
    emergency: bool
    crisis: bool
    from_mood_check_in: bool = False


class RedFlagBanner:
    def __init__(self, sessions: Sessions, settings: SettingsService) -> None:
        self._sessions = sessions
        self._settings = settings

    def reports(self, now: datetime) -> list[RedFlagReport]:
        """Emergency and crisis reports of the last 24 hours not yet dismissed, newest first."""
        since = now - BANNER_FOR
        dismissed = self._settings.load().red_flag_dismissed_at
        if dismissed is not None:
            since = max(since, dismissed)
        found: list[RedFlagReport] = []
        with self._sessions.read() as session:
            rows = session.execute(
                select(DiaryEntryRow.created_at, DiaryEntryRow.symptom, DiaryEntryRow.triage_codes)
                .where(
                    DiaryEntryRow.created_at > since,
                    DiaryEntryRow.created_at <= now,
                    DiaryEntryRow.deleted_at.is_(None),
                    DiaryEntryRow.triage.in_((Triage.EMERGENCY, Triage.CRISIS)),
                )
                .order_by(DiaryEntryRow.created_at)
            )
            for created_at, symptom, codes_text in rows:
                codes = set(codes_text.split(","))
                found.append(
                    RedFlagReport(
                        created_at,
                        symptom,
                        bool(codes & EMERGENCY_CODES),
                        bool(codes & CRISIS_CODES),
                    )
                )
            moods = session.scalars(
                select(MoodCheckInRow.taken_at).where(
                    MoodCheckInRow.crisis.is_(True),
                    MoodCheckInRow.taken_at > since,
                    MoodCheckInRow.taken_at <= now,
                )
            )
            found += [RedFlagReport(at, "", False, True, True) for at in moods]
        found.sort(key=lambda report: report.reported_at, reverse=True)
        return found

    def dismiss(self, now: datetime) -> None:
        self._settings.update(lambda stored: replace(stored, red_flag_dismissed_at=now))
