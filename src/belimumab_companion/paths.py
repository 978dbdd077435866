"""Every file location the app uses, in one place.

Defaults come from platformdirs; ``--data-dir DIR`` puts everything (database, backups, logs,
lock) under DIR, which is what tests, demos and screenshots use. The data folder is 0700 and every
file the app writes into it is 0600: the app sets ``umask 077`` at start and :func:`make_private`
tightens anything that already exists.
"""

from __future__ import annotations

import os
import stat
import sys
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

    def ensure(self) -> AppPaths:
        """Create the folders (0700) and tighten what is already there."""
        for folder in (self.data_dir, self.backups_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
        make_private(self.data_dir)
        return self


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return AppPaths(folder.resolve())


def make_private(root: Path) -> None:
    """Folders 0700 and files 0600, for ``root`` and everything below it (not following links)."""
    if sys.platform == "win32" or not root.exists():
        return
    os.chmod(root, 0o700)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            path = Path(dirpath, name)
            if not path.is_symlink():
                os.chmod(path, 0o700)
        for name in filenames:
            path = Path(dirpath, name)
            if not path.is_symlink():
                os.chmod(path, 0o600)


def make_file_private(path: Path) -> None:
    if sys.platform != "win32" and path.exists() and not path.is_symlink():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != 0o600:
            os.chmod(path, 0o600)


def resources_dir() -> Path:
    """``resources/`` beside ``src/`` in a checkout; ``_resources`` inside an installed wheel."""
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed
    return package.parent.parent / "resources"


def shipped_monograph() -> Path:
    return resources_dir() / "monographs" / "belimumab.md"
