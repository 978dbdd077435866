"""One running app per data folder: a second start asks the first to raise its window.

QLockFile guards the folder (a lock left by a crashed process is stale and taken over, since
Qt checks whether the recorded PID is still alive); QLocalServer carries the "raise" request.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is imported only when needed, after the first paint
    from PySide6.QtNetwork import QLocalServer

_RAISE = b"raise\n"


def server_name(lock_path: Path) -> str:
    digest = hashlib.sha256(str(lock_path.resolve()).encode()).hexdigest()[:16]
    return f"belimumab-companion-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(lock_path)
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True: we are the only instance (and listen for others unless ``listen`` is False, in
        which case call :meth:`listen` later). False: another instance is running."""
        if not self._lock.tryLock(100):
            # A folder that cannot be written cannot hold the lock either; there, nothing can be
            # written by this instance, so going on without the lock is safe (read-only mode).
            return self._lock.error() is QLockFile.LockError.PermissionError
        if listen:
            self.listen()
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

    def _on_connection(self) -> None:
        # The client writes its one line right after connecting, so a short blocking read is
        # enough and keeps no socket alive past this call (the server owns and frees them).
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            ready = socket.bytesAvailable() > 0 or socket.waitForReadyRead(1000)
            if ready and bytes(socket.readAll().data()).startswith(_RAISE.strip()):
                self.raise_requested.emit()
            socket.abort()
