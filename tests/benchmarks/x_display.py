"""An X display for the start-up benchmark's ``--xvfb`` mode: Xvfb, a private session bus, and a
watcher that sees, from outside the process under test, when a top-level window is mapped.

Needs the Debian packages ``xvfb`` and ``dbus`` (``.ci/run`` installs both for the tray and
notification tests) and ``libX11`` (read through ctypes: no Python X binding is a dependency).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
from pathlib import Path

from processes import SESSION_BUS_CONFIG, start_ready, stop  # the suite's daemon helpers

MAP_NOTIFY = 19  # X.h
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _MapEvent(ctypes.Structure):
    """XMapEvent; the union XEvent is 24 longs, so the buffer is padded to that."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
        ("_pad", ctypes.c_long * 24),
    ]


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"--xvfb needs {name} (Debian: xvfb, dbus)")
    return path


class XSession:
    """Xvfb (1280x800x24) and a session bus, started once; ``env`` is what a child needs."""

    def __init__(self, folder: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}
        }
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700, parents=True)
        (folder / "bus.conf").write_text(SESSION_BUS_CONFIG.format(socket=folder / "bus"))
        env["XDG_RUNTIME_DIR"] = str(runtime)
        xvfb, display = start_ready(
            [tool("Xvfb"), "-displayfd", "{fd}", "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
            env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(xvfb)
        try:
            bus, address = start_ready(
                [
                    tool("dbus-daemon"),
                    f"--config-file={folder / 'bus.conf'}",
                    "--nofork",
                    "--print-address={fd}",
                ],
                env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except BaseException:
            self.close()
            raise
        self.processes.append(bus)
        env.update(DISPLAY=f":{display}", DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb")
        self.env = env
        self.display = f":{display}"

    def close(self) -> None:
        for process in reversed(self.processes):
            stop(process)
        self.processes.clear()


class MapWatcher:
    """Sees every top-level window mapped on the display (MapNotify on the root window, which
    SubstructureNotify delivers; with no window manager a client's map request is the map)."""

    def __init__(self, display: str) -> None:
        xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        xlib.XConnectionNumber.argtypes = [ctypes.c_void_p]
        xlib.XPending.argtypes = [ctypes.c_void_p]
        xlib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        xlib.XFlush.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._xlib = xlib
        self._display = xlib.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        root = xlib.XDefaultRootWindow(self._display)
        xlib.XSelectInput(self._display, root, SUBSTRUCTURE_NOTIFY_MASK)
        xlib.XFlush(self._display)
        self.fd: int = xlib.XConnectionNumber(self._display)

    def mapped(self) -> bool:
        """Read what the server sent; True if a managed (not override-redirect) window was mapped."""
        seen = False
        event = _MapEvent()
        while self._xlib.XPending(self._display):
            self._xlib.XNextEvent(self._display, ctypes.byref(event))
            if event.type == MAP_NOTIFY and not event.override_redirect:
                seen = True
        return seen

    def close(self) -> None:
        self._xlib.XCloseDisplay(self._display)
