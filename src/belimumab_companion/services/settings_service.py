"""User preferences, stored in the database so that they travel with backups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.domain.help_numbers import HelpNumbers, help_numbers
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.settings_model import (
    AppSettings,
    GuideFor,
    settings_from_document,
    settings_to_document,
)
from belimumab_companion.services.value_checks import check_text
from belimumab_companion.storage.engine import READ_SESSION, Sessions
from belimumab_companion.storage.models import PatientProfile
from belimumab_companion.storage.repositories import SettingsRepository
from belimumab_companion.system.country import detect_country
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

PATIENT_NAME_MAX = 120  # the profile column's size


_KEPT = "settings"  # in a read session's info: the settings as read in it


class SettingsService:
    """The preferences, read and written as one typed model (:class:`AppSettings`): ``load``
    reads it (upgrading an older stored document in memory), ``update`` changes it in one write
    transaction (read, change, write: nothing another writer saved meanwhile is lost). A stored
    value the model cannot read raises ``StoredValueError``."""

    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        detect: Callable[[], str | None] = detect_country,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._detect = detect

    def load(self) -> AppSettings:
        """The settings (a frozen model): read once per read session. Today's load asks for
        them about fifteen times, in one read transaction (``AppServices.reading``)."""
        with self._sessions.read() as session:
            if not session.info.get(READ_SESSION):
                return settings_from_document(SettingsRepository(session).load())
            kept = session.info.get(_KEPT)
            if not isinstance(kept, AppSettings):
                kept = session.info[_KEPT] = settings_from_document(
                    SettingsRepository(session).load()
                )
            return kept

    def update(self, change: Callable[[AppSettings], AppSettings]) -> AppSettings:
        """Apply ``change`` to the stored model and store the result (at the current version)."""
        with self._sessions.begin() as session:
            repository = SettingsRepository(session)
            changed = change(settings_from_document(repository.load()))
            repository.save(settings_to_document(changed), self._clock())
        return changed

    def save(self, value: AppSettings) -> None:
        self.update(lambda _stored: value)

    # --- the help numbers (R-31, issue 17) --------------------------------------------------------
    def country(self) -> str:
        """The country the numbers are for: the user's choice, else the system's guess (locale
        territory, else time zone), else "" (unknown: the screens ask for the numbers)."""
        return self.load().help.country or self.detected_country() or ""

    def detected_country(self) -> str | None:
        return self._detect()

    def country_confirmed(self) -> bool:
        return self.load().help.country_confirmed

    def confirm_country(self, country: str, numbers_confirmed: bool = False) -> None:
        """The user says where they are (first start, Settings, ``settings country XX``); with
        ``numbers_confirmed`` they also confirm that country's partly verified (P) numbers."""
        code = country.strip().upper()

        def change(stored: AppSettings) -> AppSettings:
            previous = stored.help.numbers_confirmed
            if numbers_confirmed:
                previous = code
            elif previous != code:
                previous = ""
            help_ = replace(
                stored.help, country=code, country_confirmed=True, numbers_confirmed=previous
            )
            return replace(stored, help=help_)

        self.update(change)

    def set_own_numbers(self, emergency: str | None = None, crisis: str | None = None) -> None:
        """The user's own emergency and crisis numbers ("" clears one; None leaves it)."""

        def change(stored: AppSettings) -> AppSettings:
            help_ = stored.help
            if emergency is not None:
                help_ = replace(help_, emergency=emergency)
            if crisis is not None:
                help_ = replace(help_, crisis=crisis)
            return replace(stored, help=help_)

        self.update(change)

    def help_numbers(self, country: str | None = None) -> HelpNumbers:
        """What the emergency and crisis screens show: the user's country (or ``country`` for
        this once, the CLI's ``--country``) and the user's own numbers."""
        stored = self.load().help
        code = (country or stored.country or self.detected_country() or "").strip().upper()
        return help_numbers(
            code,
            stored.emergency or None,
            stored.crisis or None,
            confirmed=bool(code) and stored.numbers_confirmed == code,
        )

    # --- R-35 -----------------------------------------------------------------------------------
    def belimumab_anaphylaxis(self) -> bool:
        """R-35: whether the user recorded a past severe allergic reaction (anaphylaxis) to
        belimumab."""
        return self.load().belimumab_anaphylaxis

    def set_belimumab_anaphylaxis(self, had: bool) -> None:
        """R-35: record (or withdraw) a past anaphylaxis to belimumab; kept in the database."""
        self.update(lambda stored: replace(stored, belimumab_anaphylaxis=bool(had)))

    # --- the first-start guide (issue 20) -------------------------------------------------------
    def guide_steps_done(self) -> list[str] | None:
        """The first-start guide's steps done, in order; None when it was never started."""
        done = self.load().guide.steps_done
        return None if done is None else list(done)

    def mark_guide_step(self, step: str) -> None:
        """Record one step of the guide as done (kept when the guide is left and resumed)."""

        def change(stored: AppSettings) -> AppSettings:
            done = stored.guide.steps_done or ()
            if step in done:
                return stored
            return replace(stored, guide=replace(stored.guide, steps_done=(*done, step)))

        self.update(change)

    def guide_for(self) -> tuple[GuideFor | None, str]:
        """Who the app is for, as the guide recorded it, and the child's name ("": none)."""
        guide = self.load().guide
        return guide.for_whom, guide.child_name

    def set_guide_for(self, who: GuideFor, child_name: str = "") -> None:
        self.update(
            lambda stored: replace(
                stored, guide=replace(stored.guide, for_whom=who, child_name=child_name)
            )
        )

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
        check_text(cleaned, QT_TRANSLATE_NOOP("Messages", "the name"), PATIENT_NAME_MAX)
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
