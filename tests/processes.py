"""Helper processes for tests that need a real X server, session bus or tray host."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (.ci/run installs it on Debian)")
    return path


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
    args: list[str], env: dict[str, str], **kwargs: object
) -> tuple[subprocess.Popen, str]:
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


def stop(process: subprocess.Popen) -> None:
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
