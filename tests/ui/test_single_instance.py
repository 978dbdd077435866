from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from belimumab_companion.ui.single_instance import SingleInstance


def test_second_start_asks_the_first_to_raise(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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


def test_a_stale_lock_from_a_killed_process_does_not_block_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lock = tmp_path / "instance.lock"
    script = (
        "import sys, time; from PySide6.QtCore import QLockFile; "
        f"l = QLockFile({str(lock)!r}); l.setStaleLockTime(0); assert l.tryLock(0); "
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
