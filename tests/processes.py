"""Helper processes for tests that need a real X server, session bus or tray host."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

# A private session bus (dbus-daemon --config-file) for the notification and start-up tests.
SESSION_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (.ci/run installs it on Debian)")
    return path


def wait_until(condition: Callable[[], object], seconds: float, what: str) -> None:
    """Wait for ``condition`` to hold, polling it every 20 ms; fail naming ``what`` after
    ``seconds``. A wait on a condition (over as soon as it holds), never a fixed pause."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:g} s for {what}")
        time.sleep(0.02)  # the polling interval, not a wait for something to happen


def x_selection_owned(display: str, selection: str) -> bool:
    """Whether some client of X display ``display`` (":N") owns ``selection`` (Xlib, by ctypes:
    no Python X binding is a dependency)."""
    xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        atom = xlib.XInternAtom(connection, selection.encode(), 0)
        return bool(xlib.XGetSelectionOwner(connection, atom))
    finally:
        xlib.XCloseDisplay(connection)


def read_line(fd: int, seconds: float) -> str:
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], seconds)
        if not ready:
            raise TimeoutError("no answer from a helper process")
        chunk = os.read(fd, 256)
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


def start_ready(
    args: list[str], env: dict[str, str], **kwargs: Any
) -> tuple[subprocess.Popen[bytes], str]:
    """Start a daemon that writes one ready line (a display number, a bus address) to a pipe."""
    read_end, write_end = os.pipe()
    try:
        argv = [arg.replace("{fd}", str(write_end)) for arg in args]
        process = subprocess.Popen(argv, env=env, pass_fds=[write_end], **kwargs)
        os.close(write_end)
        write_end = -1
        try:
            return process, read_line(read_end, 30)
        except BaseException:
            stop(process)
            raise
    finally:
        if write_end >= 0:
            os.close(write_end)
        os.close(read_end)


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


_LOCK_HOLDER = r"""
import select, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
select.select([sys.stdin], [], [], float(sys.argv[2]))
connection.execute("ROLLBACK")
connection.close()
"""


@contextmanager
def write_lock_held(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the SQLite write lock on ``path`` for ``seconds`` at most (it lets
    go as soon as the block ends)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _LOCK_HOLDER, str(path), str(seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.stdin.close()  # let go now if it still holds the lock
        holder.wait(timeout=30)
        holder.stdout.close()


def fresh_interpreter(script: str, *args: str, timeout: float = 120) -> dict[str, str]:
    """Run ``script`` (Python source) in a fresh interpreter, offscreen, and return the
    ``name: value`` lines it printed (what a start imports is only seen from a new process).
    Fails with its error output when it exits with an error."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
