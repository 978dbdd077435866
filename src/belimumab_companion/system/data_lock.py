"""One lock for the data file, taken by every command that touches it (window and command line).

A file lock (``flock``) on ``<data folder>/data.lock``:

- every command that reads or writes the data holds it **shared** for as long as it uses the
  data (the window for its whole life);
- a restore (and its undo) holds it **exclusive** from its "is anyone using the data?" check to
  the rename that puts the restored file in place. A command that starts meanwhile waits for the
  restore to finish and then opens the restored data: it can never create a new, empty data file
  in the moment a restore works on it, nor pair its WAL with the wrong file.

The operating system lets go of the lock when a process ends, however it ends (a kill too), so a
lock is never stale. In one process there is one lock per data folder, shared by everything in
it: the window holding it shared may still restore (its lock is turned exclusive for the restore
and shared again afterwards) while another process holding it keeps the restore from starting.

``flock`` exists on POSIX systems only; elsewhere the lock is a no-op and the single-instance
lock (QLockFile) is the only guard (documented in the README).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE_NAME = "data.lock"
# How long a command waits for a restore in progress (a restore of a large file takes seconds).
SHARED_WAIT_SECONDS = 60.0
# How long a restore waits for commands that use the data to end before saying "in use".
EXCLUSIVE_WAIT_SECONDS = 3.0
_POLL_SECONDS = 0.02


class DataLockBusy(RuntimeError):
    """The lock could not be taken in time: ``exclusive`` says which kind was asked for."""

    def __init__(self, path: Path, exclusive: bool) -> None:
        self.path = path
        self.exclusive = exclusive
        super().__init__(f"{path} is {'in use' if exclusive else 'being restored'}")


class _Lock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        self.shared = 0
        self.exclusive = 0
        self.mutex = threading.RLock()

    def _open(self) -> int | None:
        if self.fd is None:
            try:
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            except OSError:
                # No data folder yet (nothing to protect), or one that cannot be written: there
                # the lock file may still be read (flock works on it), else nobody can restore.
                try:
                    self.fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
                except OSError:
                    return None
        return self.fd

    def _take(self, operation: int, wait: float, exclusive: bool) -> None:
        fd = self._open()
        if fd is None or fcntl is None:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, operation | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DataLockBusy(self.path, exclusive) from None
                time.sleep(_POLL_SECONDS)

    def _settle(self) -> None:
        """Bring the OS lock in line with the counters (called with ``mutex`` held)."""
        if self.fd is None or fcntl is None:
            return
        if self.exclusive:
            return
        if self.shared:
            with contextlib.suppress(BlockingIOError):  # downgrading never conflicts
                fcntl.flock(self.fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None


_LOCKS: dict[Path, _Lock] = {}
_LOCKS_MUTEX = threading.Lock()


def _lock_for(data_dir: Path) -> _Lock:
    path = Path(os.path.abspath(data_dir)) / LOCK_FILE_NAME
    with _LOCKS_MUTEX:
        return _LOCKS.setdefault(path, _Lock(path))


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILE_NAME


@contextlib.contextmanager
def shared(data_dir: Path, wait: float = SHARED_WAIT_SECONDS) -> Iterator[None]:
    """Hold the data lock shared (waits for a restore in progress to end)."""
    lock = _lock_for(data_dir)
    with lock.mutex:
        if not lock.shared and not lock.exclusive:
            try:
                lock._take(fcntl.LOCK_SH if fcntl else 0, wait, exclusive=False)
            except BaseException:
                lock._settle()
                raise
        lock.shared += 1
    try:
        yield
    finally:
        with lock.mutex:
            lock.shared -= 1
            lock._settle()


@contextlib.contextmanager
def exclusive(data_dir: Path, wait: float = EXCLUSIVE_WAIT_SECONDS) -> Iterator[None]:
    """Hold the data lock exclusive: no other process uses the data meanwhile. A shared hold in
    this process is turned exclusive and back; DataLockBusy when another process holds it."""
    lock = _lock_for(data_dir)
    with lock.mutex:
        if not lock.exclusive:
            try:
                lock._take(fcntl.LOCK_EX if fcntl else 0, wait, exclusive=True)
            except BaseException:
                if lock.shared and fcntl is not None:
                    # flock may have dropped our shared lock on the way: take it again
                    lock._take(fcntl.LOCK_SH, SHARED_WAIT_SECONDS, exclusive=False)
                else:
                    lock._settle()
                raise
        lock.exclusive += 1
    try:
        yield
    finally:
        with lock.mutex:
            lock.exclusive -= 1
            lock._settle()


class Hold:
    """A shared hold that lasts until :meth:`release` (the window holds one for its life)."""

    def __init__(self, data_dir: Path, wait: float = SHARED_WAIT_SECONDS) -> None:
        self._context: contextlib.AbstractContextManager[None] | None = shared(data_dir, wait)
        self._context.__enter__()

    def release(self) -> None:
        if self._context is not None:
            self._context.__exit__(None, None, None)
            self._context = None
