from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from belimumab_companion.ui.shell.single_instance import SingleInstance


def test_second_start_asks_the_first_to_raise(qtbot: QtBot, tmp_path: Path) -> None:
    lock = tmp_path / "instance.lock"
    first = SingleInstance(lock)
    assert first.acquire()
    second = SingleInstance(lock)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert second.ask_running_instance_to_raise()
    first.release()
    third = SingleInstance(lock)
    assert third.acquire()
    third.release()


def test_a_stale_lock_from_a_killed_process_does_not_block_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    lock = tmp_path / "instance.lock"
    script = (
        "import sys, time; from pathlib import Path; "
        "from belimumab_companion.ui.shell.single_instance import SingleInstance; "
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        f"s = SingleInstance(Path({str(lock)!r})); assert s.acquire(listen=False); "
        "print('locked', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    held = SingleInstance(lock)
    assert held.acquire() is False
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert lock.exists()
    survivor = SingleInstance(lock)
    assert survivor.acquire()
    survivor.release()


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="reads /proc")
def test_a_stale_lock_whose_pid_was_reused_does_not_block_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 18: the lock file names a PID that is alive but belongs to another program (a
    reused PID, here a Python process that never took any lock): the app still starts."""
    import socket

    lock = tmp_path / "instance.lock"
    other = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        # What QLockFile writes: PID, the program's file name, the host (a reused PID by the
        # same program looks like a running instance to QLockFile).
        program = Path(os.readlink(f"/proc/{other.pid}/exe")).name
        lock.write_text(f"{other.pid}\n{program}\n{socket.gethostname()}\n")
        starting = SingleInstance(lock)
        assert starting.acquire()
        assert SingleInstance(lock).acquire() is False  # and it is really held now
        starting.release()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)


@pytest.mark.skipif(os.name != "posix", reason="POSIX socket files")
def test_the_instance_socket_is_private_and_names_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 18: the socket lives in a folder only this user can list, and its name says
    nothing about the drug or the person."""
    import stat

    from belimumab_companion.ui.shell.single_instance import server_name

    name = Path(server_name(tmp_path / "instance.lock"))
    folder = name.parent.stat()
    assert folder.st_uid == os.getuid() and stat.S_IMODE(folder.st_mode) & 0o077 == 0
    assert re.fullmatch(r"i-[0-9a-f]{16}", name.name)  # a digest: no drug, no user name
    instance = SingleInstance(tmp_path / "instance.lock")
    assert instance.acquire()
    assert name.exists()
    instance.release()
