"""One running app per data folder: a second start asks the first to raise its window.

QLockFile guards the folder (a lock left by a crashed process is stale and taken over, since
Qt checks whether the recorded PID is still alive); QLocalServer carries the "raise" request.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported only when needed, after the first paint
    from PySide6.QtNetwork import QLocalServer

_RAISE = b"raise\n"


def server_name(lock_path: Path) -> str:
    """Where the running instance listens. On POSIX a socket in a folder only this user can
    enter (``$XDG_RUNTIME_DIR``, else a 0700 folder of our own in the temporary folder), under a
    name that says nothing about the drug or the person (issue 18): the shared temporary folder
    is listable by every user. Elsewhere, Qt's own per-user naming."""
    digest = hashlib.sha256(str(lock_path.resolve()).encode()).hexdigest()[:16]
    if os.name != "posix":
        return f"bc-{digest}"
    return str(private_runtime_dir() / f"i-{digest}")


def private_runtime_dir() -> Path:
    """A folder that only this user can list and enter (0700, owned by us)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _private_folder(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f".rt-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if _private_folder(folder):
        return folder
    # Someone else made it (or made it open): never use it; a fresh private one instead.
    return Path(tempfile.mkdtemp(prefix=".rt-"))


def _private_folder(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(lock_path)
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)
        # Beside the socket, in the private runtime folder (not in the data folder: no clutter
        # for Erase to explain); one per data folder, like the socket.
        self._owner_path = Path(f"{self._name}.owner") if os.name == "posix" else Path()
        self._owner: int | None = None
        self._server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True: we are the only instance (and listen for others unless ``listen`` is False, in
        which case call :meth:`listen` later). False: another instance is running.

        QLockFile judges a lock stale by its PID; when that PID was reused by another process the
        lock looks alive for ever. So the running instance also holds an OS lock (``flock``) on
        ``<lock>.owner`` for its life, which the system releases however it ends: when that one
        is free, no instance is running and the QLockFile is stale, whatever its PID says."""
        if not self._lock.tryLock(100):
            if self._lock.error() is QLockFile.LockError.PermissionError:
                # A folder that cannot be written cannot hold the lock either; there, nothing can
                # be written by this instance, so going on without it is safe (read-only mode).
                return True
            if not self._take_owner() or not self._lock.removeStaleLockFile():
                return False
            if not self._lock.tryLock(100):
                return False
        elif not self._take_owner():
            self._lock.unlock()
            return False
        if listen:
            self.listen()
        return True

    def _take_owner(self) -> bool:
        """The OS lock beside the QLockFile (always True where there is no flock)."""
        if self._owner is not None:
            return True
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: QLockFile alone
            return True
        try:
            handle = os.open(self._owner_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError:
            return True  # cannot be made (read-only folder): QLockFile's word stands
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            return False
        self._owner = handle
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)

    def ask_running_instance_to_raise(self, timeout_ms: int = 2000) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_RAISE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
        if self._owner is not None:
            os.close(self._owner)  # lets go of the flock
            self._owner = None

    def _on_connection(self) -> None:
        # The client writes its one line right after connecting, so a short blocking read is
        # enough and keeps no socket alive past this call (the server owns and frees them).
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            ready = socket.bytesAvailable() > 0 or socket.waitForReadyRead(1000)
            if ready and bytes(socket.readAll().data()).startswith(_RAISE.strip()):
                self.raise_requested.emit()
            socket.abort()
