"""Which monograph the drug-information panel shows, and switching to another file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from belimumab_companion.domain.monograph import MonographError
from belimumab_companion.paths import shipped_monograph
from belimumab_companion.services.clock import Clock
from belimumab_companion.services.monograph_files import (
    LoadedMonograph,
    MonographFileError,
    read_monograph_file,
)
from belimumab_companion.storage.engine import Sessions
from belimumab_companion.storage.repositories import MonographChoiceRepository


@dataclass(frozen=True)
class CurrentMonograph:
    loaded: LoadedMonograph
    # Set when the user's chosen file could not be read at start and the shipped one is shown:
    # the file and why, in English; ``fallback_error`` is the same for the UI to word (as when
    # opening a file: MonographFileError.reason, MonographError.problem) with ``fallback_path``.
    fallback_reason: str | None = None
    fallback_error: MonographFileError | MonographError | None = None
    fallback_path: Path | None = None


class MonographService:
    def __init__(self, sessions: Sessions, clock: Clock, shipped: Path | None = None):
        self._sessions = sessions
        self._clock = clock
        self._shipped = shipped or shipped_monograph()
        self._current: CurrentMonograph | None = None

    def current(self) -> CurrentMonograph:
        if self._current is None:
            self._current = self._load_chosen()
        return self._current

    def shipped(self) -> LoadedMonograph:
        return read_monograph_file(self._shipped, shipped=True)

    def open_file(self, path: Path) -> CurrentMonograph:
        """Switch to ``path``. On a bad file this raises and the current monograph stays."""
        loaded = read_monograph_file(path.resolve())
        with self._sessions.begin() as session:
            MonographChoiceRepository(session).set(
                str(loaded.path), loaded.sha256, loaded.monograph.title, self._clock()
            )
        self._current = CurrentMonograph(loaded)
        return self._current

    def use_shipped(self) -> CurrentMonograph:
        loaded = self.shipped()
        with self._sessions.begin() as session:
            MonographChoiceRepository(session).clear()
        self._current = CurrentMonograph(loaded)
        return self._current

    def _load_chosen(self) -> CurrentMonograph:
        with self._sessions.read() as session:
            choice = MonographChoiceRepository(session).get()
        if choice is None:
            return CurrentMonograph(self.shipped())
        try:
            return CurrentMonograph(read_monograph_file(Path(choice.path)))
        except (MonographFileError, MonographError) as exc:
            why = exc.reason if isinstance(exc, MonographFileError) else str(exc)
            return CurrentMonograph(
                self.shipped(),
                fallback_reason=f"{choice.path}: {why}",
                fallback_error=exc,
                fallback_path=Path(choice.path),
            )
