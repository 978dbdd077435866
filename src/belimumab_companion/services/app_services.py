"""Everything the GUI and the CLI need, built once from an open database.

The services Today does not use (the diary, the monographs, the vaccinations) are built, and
their modules imported, on first use: the window's start shows Today's data without them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar, cast

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import Clock, ReadingClock, system_clock
from belimumab_companion.services.contraception_service import ContraceptionService
from belimumab_companion.services.errors import DataUnavailableError
from belimumab_companion.services.handling_service import HandlingService
from belimumab_companion.services.mood_service import MoodService
from belimumab_companion.services.plan_service import PlanService
from belimumab_companion.services.red_flag_banner import RedFlagBanner
from belimumab_companion.services.reminder_service import ReminderService
from belimumab_companion.services.settings_service import SettingsService
from belimumab_companion.services.start_errors import DataUnusableError
from belimumab_companion.services.storage_text import database_open_text, worded_backup_errors
from belimumab_companion.services.supplies_service import SuppliesService
from belimumab_companion.storage.database import Database, DatabaseOpenError, open_database

if TYPE_CHECKING:
    from belimumab_companion.services.diary_service import DiaryService
    from belimumab_companion.services.monograph_service import MonographService
    from belimumab_companion.services.vaccination_service import VaccinationService

_T = TypeVar("_T")

__all__ = ["AppServices", "DataUnavailableError", "build_services", "start_services"]


@dataclass
class AppServices:
    paths: AppPaths
    database: Database
    clock: Clock
    settings: SettingsService
    plans: PlanService
    handling: HandlingService
    reminders: ReminderService
    mood: MoodService
    contraception: ContraceptionService
    backups: BackupService
    red_flags: RedFlagBanner  # Today's banner after an emergency or crisis report (issue 17)
    supplies: SuppliesService  # issue 22: pens on hand, covered until, the refill reminder
    read_only: bool = False  # the data folder cannot be written: everything shows, nothing saves
    _on_use: dict[str, object] = field(default_factory=dict, repr=False)

    def _once(self, name: str, make: Callable[[], _T]) -> _T:
        if name not in self._on_use:
            self._on_use[name] = make()
        return cast(_T, self._on_use[name])

    @property
    def diary(self) -> DiaryService:
        from belimumab_companion.services.diary_service import DiaryService

        return self._once("diary", lambda: DiaryService(self.database.sessions, self.clock))

    @property
    def monographs(self) -> MonographService:
        from belimumab_companion.services.monograph_service import MonographService

        return self._once(
            "monographs", lambda: MonographService(self.database.sessions, self.clock)
        )

    @property
    def vaccinations(self) -> VaccinationService:
        from belimumab_companion.services.vaccination_service import VaccinationService

        return self._once(
            "vaccinations", lambda: VaccinationService(self.database.sessions, self.clock)
        )

    @contextlib.contextmanager
    def reading(self) -> Iterator[object]:
        """One read transaction for every read in the block (a page's load): one snapshot of
        the file, and what is read twice in it (the plan and the dose log) is read once; one
        instant for now (``ReadingClock``), so the schedule is worked out once per load."""
        with self.database.sessions.reading() as session:
            if isinstance(self.clock, ReadingClock):
                with self.clock.pinned():
                    yield session
            else:
                yield session

    def close(self) -> None:
        self.database.close()


def build_services(
    paths: AppPaths,
    clock: Clock = system_clock,
    backups: BackupService | None = None,
    *,
    read_only: bool = False,
) -> AppServices:
    """Open (and migrate) the database and wire the services. Raises DataUnavailableError.

    ``backups`` outlives a restore (the GUI rebuilds the services after one, and automatic
    backups must stay paused until the next launch), so the caller may keep and pass it."""
    try:
        if read_only:
            from belimumab_companion.storage.read_only import open_database_read_only

            database = open_database_read_only(paths)
        else:
            with worded_backup_errors():  # the copy made before an upgrade
                database = open_database(paths)
    except DatabaseOpenError as exc:
        raise DataUnusableError(database_open_text(exc)) from exc
    if not isinstance(clock, ReadingClock):
        clock = ReadingClock(clock)  # one instant per page load (``AppServices.reading``)
    settings = SettingsService(database.sessions, clock)
    plans = PlanService(database.sessions, clock)
    reminders = ReminderService(database.sessions, clock, plans, settings)
    contraception = ContraceptionService(
        database.sessions, clock, plans, settings, reminders.settings
    )
    reminders.sources.append(contraception.reminders)
    supplies = SuppliesService(database.sessions, clock, plans, settings, reminders.settings)
    reminders.sources.append(supplies.reminders)  # issue 22: the refill reminder, exactly once
    return AppServices(
        paths=paths,
        database=database,
        clock=clock,
        settings=settings,
        plans=plans,
        handling=HandlingService(settings, clock),
        reminders=reminders,
        mood=MoodService(database.sessions, clock, settings),
        contraception=contraception,
        backups=backups or BackupService(paths, clock, automatic_paused=read_only),
        red_flags=RedFlagBanner(database.sessions, settings),
        supplies=supplies,
        read_only=read_only,
    )


def start_services(
    paths: AppPaths, backups: BackupService, clock: Clock = system_clock
) -> AppServices:
    """The app's start: ``quick_check`` the data file first (a damaged one is moved aside and the
    newest good backup offered: DataSetAsideError), then open it. When the folder or the file
    cannot be written, the data opens read-only and nothing is moved, made or backed up."""
    from belimumab_companion.services.start_check import check_data_at_start, check_read_only

    if not paths.writable():
        backups.pause_automatic()
        check_read_only(paths)
        return build_services(paths, clock, backups, read_only=True)
    check_data_at_start(backups)
    return build_services(paths, clock, backups)
