"""User preferences, stored in the database so that they travel with backups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.domain.help_numbers import HelpNumbers, help_numbers
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.value_checks import check_text
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.models import PatientProfile
from belimumab_companion.storage.repositories import SettingsRepository
from belimumab_companion.system.country import detect_country

HELP_COUNTRY, HELP_EMERGENCY, HELP_CRISIS = "help.country", "help.emergency", "help.crisis"
# Issue 17: the user confirmed the country (first start, or chose it in Settings or the CLI): true.
HELP_COUNTRY_CONFIRMED = "help.country_confirmed"
# The country whose partly verified (P) numbers the user confirmed ("is this right for you?").
HELP_NUMBERS_CONFIRMED = "help.numbers_confirmed"
# the user recorded a past anaphylaxis to belimumab (true), or unticked it / never said (false
# or absent). The Today page then shows the contraindication banner.
BELIMUMAB_ANAPHYLAXIS = "health.belimumab_anaphylaxis"
# Issue 20: the first-start guide's steps done so far (a list of step names; absent: never
# started), and who the app is for ("self" or "child", with the child's name, optional).
GUIDE_STEPS_DONE = "guide.steps_done"
GUIDE_FOR = "guide.for"
GUIDE_CHILD_NAME = "guide.child_name"


PATIENT_NAME_MAX = 120  # the profile column's size


class SettingsService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        detect: Callable[[], str | None] = detect_country,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._detect = detect

    def get(self, key: str, default: Any = None) -> Any:
        with self._sessions.read() as session:
            return SettingsRepository(session).get(key, default)

    def country(self) -> str:
        """The country the numbers are for: the user's choice, else the system's guess (locale
        territory, else time zone), else "" (unknown: the screens ask for the numbers)."""
        stored = self.get(HELP_COUNTRY)
        if stored:
            return str(stored)
        return self.detected_country() or ""

    def detected_country(self) -> str | None:
        return self._detect()

    def country_confirmed(self) -> bool:
        return self.get(HELP_COUNTRY_CONFIRMED, False) is True

    def confirm_country(self, country: str, numbers_confirmed: bool = False) -> None:
        """The user says where they are (first start, Settings, ``settings country XX``); with
        ``numbers_confirmed`` they also confirm that country's partly verified (P) numbers."""
        with self._sessions.begin() as session:
            repository = SettingsRepository(session)
            now = self._clock()
            code = country.strip().upper()
            repository.set(HELP_COUNTRY, code, now)
            repository.set(HELP_COUNTRY_CONFIRMED, True, now)
            previous = repository.get(HELP_NUMBERS_CONFIRMED)
            if numbers_confirmed:
                repository.set(HELP_NUMBERS_CONFIRMED, code, now)
            elif previous and previous != code:
                repository.set(HELP_NUMBERS_CONFIRMED, None, now)

    def help_numbers(self, country: str | None = None) -> HelpNumbers:
        """What the emergency and crisis screens show: the user's country (or ``country`` for
        this once, the CLI's ``--country``) and the user's own numbers."""
        code = (country or self.country()).strip().upper()
        return help_numbers(
            code,
            self.get(HELP_EMERGENCY),
            self.get(HELP_CRISIS),
            confirmed=bool(code) and self.get(HELP_NUMBERS_CONFIRMED) == code,
        )

    def belimumab_anaphylaxis(self) -> bool:
        """R-35: whether the user recorded a past severe allergic reaction (anaphylaxis) to
        belimumab. Only a stored ``True`` counts; anything else (absent, unticked) is ``False``."""
        return self.get(BELIMUMAB_ANAPHYLAXIS, False) is True

    def set_belimumab_anaphylaxis(self, had: bool) -> None:
        """R-35: record (or withdraw) a past anaphylaxis to belimumab; kept in the database."""
        self.set(BELIMUMAB_ANAPHYLAXIS, bool(had))

    def guide_steps_done(self) -> list[str] | None:
        """The first-start guide's steps done, in order; None when it was never started."""
        stored = self.get(GUIDE_STEPS_DONE)
        return [str(step) for step in stored] if isinstance(stored, list) else None

    def mark_guide_step(self, step: str) -> None:
        """Record one step of the guide as done (kept when the guide is left and resumed)."""
        with self._sessions.begin() as session:
            repository = SettingsRepository(session)
            stored = repository.get(GUIDE_STEPS_DONE)
            done = [str(s) for s in stored] if isinstance(stored, list) else []
            if step not in done:
                repository.set(GUIDE_STEPS_DONE, [*done, step], self._clock())

    # --- the person the data is about (issue 20: the report's and the FHIR Patient's name) ------
    def patient_name(self) -> str:
        """The name as typed in Settings, "" when none: the report then has no Name line."""
        with self._sessions.read() as session:
            profile = session.get(PatientProfile, 1)
            return profile.display_name if profile is not None else ""

    def set_patient_name(self, name: str) -> str:
        """Store the name (optional; "" clears it); control characters become spaces. Returns
        what was stored."""
        cleaned = " ".join(strip_controls(name).split())
        check_text(cleaned, "the name", PATIENT_NAME_MAX)
        now = self._clock()
        with self._sessions.begin() as session:
            profile = session.get(PatientProfile, 1)
            if profile is None:
                session.add(
                    PatientProfile(id=1, display_name=cleaned, created_at=now, updated_at=now)
                )
            else:
                profile.display_name = cleaned
                profile.updated_at = now
        return cleaned

    def set(self, key: str, value: Any) -> None:
        with self._sessions.begin() as session:
            SettingsRepository(session).set(key, value, self._clock())
