"""Helper processes for tests that need a real X server, session bus or tray host."""

from __future__ import annotations

import os
import select
import shutil
import subprocess

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
