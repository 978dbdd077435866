"""Every file location the app uses, in one place.

Defaults come from platformdirs; ``--data-dir DIR`` puts everything (database, backups, logs,
lock) under DIR, which is what tests, demos and screenshots use. The data folder is 0700 and every
file the app writes into it is 0600: the app sets ``umask 077`` at start and :func:`make_private`
tightens anything that already exists.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path

import platformdirs

APP_DIR_NAME = "belimumab-companion"
DATABASE_FILE = "companion.sqlite3"
PRIVATE_UMASK = 0o077


class AppPaths:
    """Where everything lives, all derived from one data folder. (A plain class: importing
    dataclasses costs ~10 ms before the first paint.)"""

    __slots__ = ("data_dir",)

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AppPaths) and other.data_dir == self.data_dir

    def __hash__(self) -> int:
        return hash(self.data_dir)

    def __repr__(self) -> str:
        return f"AppPaths({str(self.data_dir)!r})"

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "belimumab-companion.log"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "instance.lock"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "set-aside"

    @property
    def language_file(self) -> Path:
        """The language chosen in Settings ("es", "en"); absent means the system's language.

        A small file, not a database setting: the window (and its text) exists before the
        database is opened."""
        return self.data_dir / "language"

    @property
    def window_state_file(self) -> Path:
        """The window's size, position and page (ui/window_state.py), read before the data."""
        return self.data_dir / "window.ini"

    def ensure(self) -> AppPaths:
        """Create the folders (0700) and tighten what is already there. In a data folder that
        cannot be written (read-only mode) nothing is created or changed."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        for folder in (self.backups_dir, self.logs_dir):
            try:
                folder.mkdir(mode=0o700, exist_ok=True)
            except OSError:
                if folder_writable(self.data_dir):
                    raise
        make_private(self.data_dir)
        return self

    def writable(self) -> bool:
        """Whether the app may write: the folder takes a new file and the data file (if there is
        one) opens for writing. A real probe, so a read-only mount counts too, even for root."""
        if not folder_writable(self.data_dir):
            return False
        try:
            with self.database.open("r+b"):
                pass
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return AppPaths(folder.resolve())


def data_folder_problem(data_dir: str | None, paths: AppPaths) -> str | None:
    """Why the app cannot use this data folder, as a code (None: it can, or it does not exist
    yet and will be made): ``empty`` (``--data-dir ""``, which must never mean the real
    profile), ``not-a-folder``, ``database-not-a-file``, ``unreadable``, ``not-yours``."""
    if data_dir is not None and not str(data_dir).strip():
        return "empty"
    folder = paths.data_dir
    try:
        if folder.exists() and not folder.is_dir():
            return "not-a-folder"
        if not folder.exists():
            return None
        if os.name == "posix" and hasattr(os, "getuid"):
            owner = folder.stat().st_uid
            if owner != os.getuid() and os.getuid() != 0:
                return "not-yours"
        if not os.access(folder, os.R_OK | os.X_OK):
            return "unreadable"
        database = paths.database
        if database.exists() and not database.is_file():
            return "database-not-a-file"
    except OSError:
        return "unreadable"
    return None


def make_private(root: Path) -> None:
    """Take group and other permissions away from ``root`` and everything below it (not
    following links): folders become 0700 and files 0600. The owner's own bits are kept, so a
    folder the person made read-only (0500) stays read-only; where a change is refused (a
    read-only mount) the file is left as it is."""
    if sys.platform == "win32" or not root.exists():
        return
    _owner_only(root, 0o700)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            path = Path(dirpath, name)
            if not path.is_symlink():
                _owner_only(path, 0o700)
        for name in filenames:
            path = Path(dirpath, name)
            if not path.is_symlink():
                _owner_only(path, 0o600)


def _owner_only(path: Path, default: int) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    private = (mode & 0o700) or default
    if private != mode:
        with contextlib.suppress(OSError):  # a read-only mount: left as it is
            os.chmod(path, private)


def folder_writable(folder: Path) -> bool:
    try:
        handle, name = tempfile.mkstemp(prefix=".write-probe-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.unlink(name)
    return True


def make_file_private(path: Path) -> None:
    if sys.platform != "win32" and path.exists() and not path.is_symlink():
        _owner_only(path, 0o600)


def resources_dir() -> Path:
    """``resources/`` beside ``src/`` in a checkout; ``_resources`` inside an installed wheel."""
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed
    return package.parent.parent / "resources"


def compiled_translations_dir() -> Path:
    """The compiled translations (``.qm``), ``_translations`` in the package's folder: put there
    by the build (``hatch_build.py``: the wheel, and ``uv sync`` in a checkout; the PyInstaller
    spec: the frozen app). The ``.ts`` sources stay in ``resources/translations``."""
    return Path(__file__).resolve().parent / "_translations"


def shipped_monograph() -> Path:
    return resources_dir() / "monographs" / "belimumab.md"
