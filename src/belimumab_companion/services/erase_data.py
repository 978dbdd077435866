"""Erase all data: the database, backups, logs, set-aside files and the start-at-login entry.

What is removed is what the app itself makes, and nothing outside the data folder except the
login entry:

- the data file and its ``-wal``/``-shm``/``-journal`` files, and the ``.partial`` file (with its
  sidecars) a restore writes before renaming it into place;
- everything inside the app's own folders ``backups``, ``logs`` (the log and its rotated copies)
  and ``set-aside`` (damaged or replaced data files: the person's health data too), and then the
  folders themselves;
- a restore's work folders (``.restore-work-*``, copies of health data) and the neutral
  ``.tmp-*`` files a killed backup leaves;
- ``.write-probe-*`` files a crash may have left behind
  (:func:`~belimumab_companion.paths.folder_writable`), and QLockFile's ``instance.lock.rmlock``;
- the start-at-login entry, through :meth:`Autostart.disable` (which removes only our own entry).

Left alone, and listed in :attr:`EraseResult.left` so the UI can say so:

- any other file or folder in the data folder (for example an export the person saved there):
  the app did not make it, so it is not the app's to delete;
- every symbolic link (it is never followed, so nothing it points to is touched either);
- the instance lock file (:attr:`EraseResult.lock_kept`): the running app holds it to keep a
  second copy from opening the folder in the middle of the erase, and it holds no health data
  (a process id, host and app name). The running app removes it itself when it quits.
  Without a running app (a stale lock) it is left as well: harmless, and taken over at the next
  start;
- the data folder itself (empty once the app has quit): it is where the app would start again;
- the empty ``data.lock`` (:mod:`~belimumab_companion.system.data_lock`) that the running app
  and every command hold while they use the data.

There is no keychain / credential-store item to remove: the app keeps no password or key
anywhere (the data file is protected by the folder's permissions, not by encryption).

Files are unlinked, not securely wiped: on today's SSDs and journaling file systems overwriting
in place gives no guarantee, so the app promises only what it does ("removed from this folder").

Nothing here may run while the data file is open: :func:`erase_all_data` checks that first and
raises :class:`DataStillOpenError` before anything is removed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from belimumab_companion.paths import AppPaths
from belimumab_companion.storage.backup import (
    TEMP_PREFIX,
    WORK_PREFIX,
    DatabaseInUseError,
    ensure_closed,
    sidecars,
)
from belimumab_companion.system import data_lock
from belimumab_companion.system.autostart import Autostart, AutostartError
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message, os_reason

# The word the person types to confirm. Plain ASCII, short, and compared without regard to case
# (see confirmation_matches); a translation can pass its own word to the dialog.
ERASE_CONFIRMATION_WORD = "ERASE"

WRITE_PROBE_PREFIX = ".write-probe-"  # paths.folder_writable()
RESTORE_PARTIAL_SUFFIX = ".partial"  # storage.backup.backup_database() when restoring
QLOCKFILE_REMOVAL_SUFFIX = ".rmlock"  # QLockFile's short-lived file while taking a stale lock


class DataStillOpenError(DatabaseInUseError):
    """The data file is still open (in this app or another program): nothing was removed.
    ``text`` is the message for the UI to translate; ``str()`` the same in English."""

    def __init__(self, text: UserText, error: DatabaseInUseError) -> None:
        super().__init__(error.code, error.path)
        self.text = text
        self.args = (str(text),)


@dataclass(frozen=True)
class EraseResult:
    """What :func:`erase_all_data` did. Paths are absolute."""

    removed_files: tuple[Path, ...]
    removed_folders: tuple[Path, ...]  # the app's own folders, emptied and then removed
    # In the data folder, not made by the app (or a link): left untouched.
    left: tuple[Path, ...]
    # Made by the app but could not be removed, with the reason (e.g. permission denied).
    failed: tuple[tuple[Path, UserText], ...]  # what could not be removed, and why
    # The start-at-login entry: removed (or there was none) unless autostart_error says why not.
    autostart_error: str | None
    # The instance lock file, left for the running app to remove when it quits (None: no lock).
    lock_kept: Path | None
    # autostart_error for the UI to translate, when the app worded it (None for the system's
    # own words, e.g. an OSError: then show autostart_error as it is).
    autostart_error_text: UserText | None = None

    @property
    def removed(self) -> tuple[Path, ...]:
        """Every file, then every folder removed."""
        return self.removed_files + self.removed_folders

    @property
    def complete(self) -> bool:
        """Everything the app made is gone (files the app did not make may remain)."""
        return not self.failed and self.autostart_error is None


def confirmation_matches(typed: str, word: str = ERASE_CONFIRMATION_WORD) -> bool:
    """Whether ``typed`` is the confirmation word: exactly the word, ignoring case and spaces
    around it. The point is a deliberate act, not a typing test (Caps Lock or a phone-style
    capitalised first letter must not get in the way); "ERASED" or "eras" do not match."""
    return bool(word) and typed.strip().casefold() == word.strip().casefold()


def erase_all_data(paths: AppPaths, autostart: Autostart | None) -> EraseResult:
    """Remove everything the app keeps (see the module docstring) and say what was done.

    The database must be closed first (``services.close()``); otherwise, or when another program
    has it open, :class:`DataStillOpenError` is raised and nothing is removed. A file that cannot
    be removed does not stop the rest: it is listed in :attr:`EraseResult.failed`. ``autostart``
    None means the login entry could not be reached at all (reported as an error)."""
    data_dir = paths.data_dir
    try:
        ensure_closed(paths.database)
    except DatabaseInUseError as exc:
        raise DataStillOpenError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data file is still open (in this app or in another program), so "
                    "nothing was erased: %1",
                ),
                str(exc.path),
            ),
            exc,
        ) from exc
    _stop_logging_into(paths.logs_dir)

    eraser = _Eraser()
    # The data file's sidecars go before the file itself (as in storage.backup.move_aside).
    for path in (*_with_sidecars(paths.database), *_with_sidecars(_restore_partial(paths))):
        eraser.remove_file(path)
    eraser.remove_file(paths.language_file)
    app_folders = (paths.backups_dir, paths.logs_dir, paths.quarantine_dir)
    for folder in app_folders:
        eraser.remove_folder(folder)
    lock_kept: Path | None = None
    if data_dir.is_dir() and not data_dir.is_symlink():
        for entry in sorted(data_dir.iterdir()):
            if entry in app_folders:
                continue  # what is still in it (a link, a failure) is listed already
            if entry == paths.lock_file:
                lock_kept = entry
            elif entry.name == data_lock.LOCK_FILE_NAME:
                continue  # held by the running app (and every command); empty, no health data
            elif entry.name.startswith(WORK_PREFIX) and not entry.is_symlink():
                eraser.remove_folder(entry)  # a restore's copies: health data
            elif (
                entry.name.startswith(TEMP_PREFIX)
                or entry.name.startswith(WRITE_PROBE_PREFIX)
                or (entry.name == paths.lock_file.name + QLOCKFILE_REMOVAL_SUFFIX)
            ):
                eraser.remove_file(entry)
            else:
                eraser.left.append(entry)

    autostart_error = _remove_login_entry(autostart)
    return EraseResult(
        removed_files=tuple(eraser.files),
        removed_folders=tuple(eraser.folders),
        left=tuple(eraser.left),
        failed=tuple(eraser.failed),
        autostart_error=None if autostart_error is None else str(autostart_error),
        lock_kept=lock_kept,
        autostart_error_text=autostart_error if isinstance(autostart_error, UserText) else None,
    )


def _restore_partial(paths: AppPaths) -> Path:
    return paths.database.with_name(paths.database.name + RESTORE_PARTIAL_SUFFIX)


def _with_sidecars(path: Path) -> list[Path]:
    return [*sidecars(path), path]


class _Eraser:
    """Removes files and the app's folders, never following a link, and keeps the account."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.folders: list[Path] = []
        self.left: list[Path] = []
        self.failed: list[tuple[Path, UserText]] = []

    def remove_file(self, path: Path) -> None:
        if not (path.is_symlink() or path.exists()):
            return
        if path.is_symlink() or not path.is_file():
            self.left.append(path)  # a link, or a folder where the app keeps a file: not ours
            return
        try:
            path.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.failed.append((path, os_reason(exc)))
            return
        self.files.append(path)

    def remove_folder(self, folder: Path) -> None:
        """Everything inside one of the app's folders, then the folder. A link inside is left
        where it is (and listed), and so is the folder that still holds it."""
        if not (folder.is_symlink() or folder.exists()):
            return
        if folder.is_symlink() or not folder.is_dir():
            self.left.append(folder)
            return
        try:
            walked = list(os.walk(folder, topdown=False, followlinks=False, onerror=_raise))
        except OSError as exc:
            self.failed.append((folder, os_reason(exc)))
            return
        for dirpath, dirnames, filenames in walked:
            for name in sorted(filenames):
                self.remove_file(Path(dirpath, name))
            for name in sorted(dirnames):
                subfolder = Path(dirpath, name)
                if subfolder.is_symlink():  # os.walk lists a link to a folder among the folders
                    self.left.append(subfolder)
                else:
                    self._remove_empty_folder(subfolder)
        self._remove_empty_folder(folder)

    def _remove_empty_folder(self, folder: Path) -> None:
        try:
            folder.rmdir()
        except FileNotFoundError:
            return
        except OSError as exc:
            try:
                holds_something = any(folder.iterdir())
            except OSError:
                holds_something = False
            if not holds_something:
                self.failed.append((folder, os_reason(exc)))
            return  # it still holds a link or a file that failed: listed already
        self.folders.append(folder)


def _raise(error: OSError) -> None:
    raise error


def _stop_logging_into(logs_dir: Path) -> None:
    """Close the app's log file handlers that write into ``logs_dir``: their open file would
    block removal on Windows, and a later message (or a rotation) would create a new log."""
    loggers: Iterable[logging.Logger | logging.PlaceHolder] = [
        logging.getLogger(),
        *logging.Logger.manager.loggerDict.values(),
    ]
    folder = logs_dir.resolve()
    for logger in loggers:
        if not isinstance(logger, logging.Logger):
            continue
        for handler in list(logger.handlers):
            filename = getattr(handler, "baseFilename", None)
            if isinstance(filename, str) and folder in Path(filename).resolve().parents:
                logger.removeHandler(handler)
                handler.close()


def _remove_login_entry(autostart: Autostart | None) -> UserText | str | None:
    """Why the login entry could not be removed: our words (UserText), the system's (str), or
    None when it is gone (or there was none)."""
    if autostart is None:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "the start-at-login entry could not be checked on this system"
            )
        )
    try:
        autostart.disable()
    except AutostartError as exc:
        return exc.text
    except OSError as exc:
        return str(exc)
    return None
