"""Opt-in "start at login" entries: an XDG autostart file on Linux, a LaunchAgent on macOS and a
``Run`` registry value on Windows. Nothing is written until :meth:`Autostart.enable` is called.

Linux follows the XDG Autostart and Desktop Entry specifications; the ``Exec`` line is quoted by
the Desktop Entry spec's rules (see :func:`desktop_exec_line`). On Windows the command line is
quoted with ``subprocess.list2cmdline`` (the Microsoft C runtime's rules).
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from belimumab_companion import APP_ID, APP_NAME
from belimumab_companion.system.atomic_write import write_atomically
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message

MINIMIZED_FLAG = "--minimized"
SCRIPT_NAME = "belimumab-companion"
PLATFORMS = ("linux", "windows", "macos")

# Written into the desktop file so that disable() never deletes an entry someone else made.
OWNER_KEY = "X-Belimumab-Companion-Autostart"

WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager's "Disable" on the Startup tab records a flag here instead of touching Run.
WINDOWS_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted, and
# inside quotes the second set must be escaped with a backslash.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class AutostartError(RuntimeError):
    """The entry cannot be read or written here; the message says why: ``text`` for the UI to
    translate, ``str()`` the same in English."""

    def __init__(self, text: UserText) -> None:
        super().__init__(str(text))
        self.text = text


@dataclass(frozen=True)
class AutostartEntry:
    platform: str  # "linux" | "windows" | "macos"
    location: str  # the file path or registry value it lives at, for display


def launch_command() -> list[str]:
    """How to start this installation of the app minimized, as an argument list."""
    if not sys.executable:
        raise AutostartError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "cannot tell which program is running (sys.executable is empty)"
                )
            )
        )
    # abspath, not resolve(): resolving a venv's python symlink would leave the venv.
    executable = os.path.abspath(sys.executable)
    if getattr(sys, "frozen", False):
        return [executable, MINIMIZED_FLAG]
    script_name = f"{SCRIPT_NAME}.exe" if sys.platform == "win32" else SCRIPT_NAME
    script = Path(executable).parent / script_name
    if script.is_file():
        return [str(script), MINIMIZED_FLAG]
    return [executable, "-m", "belimumab_companion", MINIMIZED_FLAG]


def current_platform() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def desktop_exec_line(command: Sequence[str]) -> str:
    """The value of an ``Exec=`` key that runs ``command`` exactly, per the Desktop Entry spec.

    Two layers: each argument is quoted (``%`` doubled; arguments with reserved characters put in
    double quotes with ``"`` `` ` `` ``$`` ``\\`` backslash-escaped), then the whole line gets the
    spec's escapes for string values, which double every backslash again. So a literal ``$`` in a
    quoted argument is written ``\\\\$`` and a literal backslash four backslashes.
    """
    if not command:
        raise ValueError("the command is empty")
    return escape_string_value(" ".join(_quote_exec_argument(argument) for argument in command))


def _quote_exec_argument(argument: str) -> str:
    argument = argument.replace("%", "%%")
    if argument and not any(char in _EXEC_RESERVED for char in argument):
        return argument
    escaped = "".join("\\" + char if char in _EXEC_ESCAPED_IN_QUOTES else char for char in argument)
    return f'"{escaped}"'


def escape_string_value(value: str) -> str:
    """A desktop-file string value: ``\\`` ``\\n`` ``\\t`` ``\\r`` escaped, a leading space as
    ``\\s``. Other control characters cannot be written at all."""
    for char in value:
        if (ord(char) < 0x20 and char not in "\t\n\r") or char == "\x7f":
            raise ValueError(f"a desktop file cannot hold the control character {char!r}")
    escaped = (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )
    if escaped.startswith(" "):
        escaped = "\\s" + escaped[1:]
    return escaped


def windows_command_line(command: Sequence[str]) -> str:
    """The command as one Windows command line (Microsoft C runtime quoting)."""
    if not command:
        raise ValueError("the command is empty")
    return subprocess.list2cmdline(list(command))


def desktop_entry_text(command: Sequence[str]) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={escape_string_value(APP_NAME)}",
        f"Comment={escape_string_value(f'Start {APP_NAME} in the background when you log in')}",
        f"Exec={desktop_exec_line(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        f"{OWNER_KEY}=true",
    ]
    return "\n".join(lines) + "\n"


def read_desktop_entry_group(text: str) -> dict[str, str]:
    """The raw ``key=value`` pairs of the ``[Desktop Entry]`` group (values left escaped)."""
    entries: dict[str, str] = {}
    in_group = False
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            in_group = line == "[Desktop Entry]"
            continue
        if in_group and "=" in line:
            key, _, value = line.partition("=")
            entries.setdefault(key.strip(), value.strip())
    return entries


class Autostart:
    """The "start at login" entry of one platform. ``env`` supplies HOME and XDG_CONFIG_HOME;
    tests pass their own so that the real home is never touched."""

    def __init__(
        self,
        command: Sequence[str] | None = None,
        platform: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self._command = list(command) if command is not None else launch_command()
        if not self._command:
            raise ValueError("the command is empty")
        self._platform = current_platform() if platform is None else platform
        if self._platform not in PLATFORMS:
            raise ValueError(f"unknown platform {self._platform!r}; expected one of {PLATFORMS}")
        self._env: Mapping[str, str] = os.environ if env is None else env
        self._env_given = env is not None

    @property
    def platform(self) -> str:
        return self._platform

    @property
    def command(self) -> list[str]:
        return list(self._command)

    def is_enabled(self) -> bool:
        if self._platform == "linux":
            return self._linux_is_enabled()
        if self._platform == "macos":
            return self._macos_is_enabled()
        return _windows_is_enabled()

    def enable(self) -> AutostartEntry:
        if self._platform == "linux":
            path = self._desktop_file()
            try:
                text = desktop_entry_text(self._command)
            except ValueError as exc:  # a control character in the program's path
                raise AutostartError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "the program's location cannot be written in a login entry (%1)",
                        ),
                        str(exc),
                    )
                ) from exc
            _write_private(path, text.encode("utf-8"))
            return AutostartEntry("linux", str(path))
        if self._platform == "macos":
            path = self._launch_agent()
            _write_private(path, plistlib.dumps(self._launch_agent_plist()))
            return AutostartEntry("macos", str(path))
        _windows_enable(windows_command_line(self._command))
        return AutostartEntry("windows", rf"HKEY_CURRENT_USER\{WINDOWS_RUN_KEY}\{APP_ID}")

    def disable(self) -> None:
        """Remove the entry enable() writes, if it is there; anything else is left alone."""
        if self._platform == "linux":
            if self._linux_entry() is not None:
                _remove(self._desktop_file())
        elif self._platform == "macos":
            if self._macos_plist() is not None:
                _remove(self._launch_agent())
        else:
            _windows_disable()

    # --- Linux --------------------------------------------------------------------------------

    def _desktop_file(self) -> Path:
        config = self._env.get("XDG_CONFIG_HOME", "")
        # The base directory spec: a relative path in XDG_CONFIG_HOME is invalid and ignored.
        base = Path(config) if os.path.isabs(config) else self._home() / ".config"
        return base / "autostart" / f"{APP_ID}.desktop"

    def _linux_entry(self) -> dict[str, str] | None:
        """Our desktop file's keys, or None when there is none or it is someone else's."""
        try:
            text = self._desktop_file().read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
            return None
        entry = read_desktop_entry_group(text)
        return entry if entry.get(OWNER_KEY) == "true" else None

    def _linux_is_enabled(self) -> bool:
        entry = self._linux_entry()
        if entry is None:
            return False
        # Desktops turn an autostart entry off by editing it rather than deleting it.
        return entry.get("Hidden") != "true" and entry.get("X-GNOME-Autostart-enabled") != "false"

    # --- macOS --------------------------------------------------------------------------------

    def _launch_agent(self) -> Path:
        return self._home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def _launch_agent_plist(self) -> dict[str, Any]:
        return {
            "Label": APP_ID,
            "ProgramArguments": list(self._command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }

    def _macos_plist(self) -> dict[str, Any] | None:
        """Our LaunchAgent's contents, or None when there is none or it has another label."""
        try:
            data = self._launch_agent().read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        try:
            loaded = plistlib.loads(data)
        except Exception:  # plistlib raises several unrelated types for a damaged file
            return None
        if not isinstance(loaded, dict) or loaded.get("Label") != APP_ID:
            return None
        return loaded

    def _macos_is_enabled(self) -> bool:
        loaded = self._macos_plist()
        return loaded is not None and loaded.get("Disabled") is not True

    # --- shared -------------------------------------------------------------------------------

    def _home(self) -> Path:
        home = self._env.get("HOME", "")
        if os.path.isabs(home):
            return Path(home)
        if not self._env_given:
            return Path.home()
        # An explicit env without HOME must never fall back to the real home folder.
        raise AutostartError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "HOME is not set, so there is nowhere to put the login entry"
                )
            )
        )


def _write_private(path: Path, data: bytes) -> None:
    """Atomically, mode 0600 (mkstemp's mode survives the rename), folders made 0700."""
    missing = [folder for folder in (path.parent, *path.parent.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    write_atomically(path, data)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


# --- Windows ----------------------------------------------------------------------------------
# The registry exists only on Windows, so these cannot run in the Linux test suite; the command
# line they store is built by windows_command_line(), which is tested everywhere.
_NOT_WINDOWS = message(
    QT_TRANSLATE_NOOP("Messages", "the Windows registry is only reachable on Windows")
)


def _windows_is_enabled() -> bool:
    if sys.platform != "win32":
        raise AutostartError(_NOT_WINDOWS)
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            winreg.QueryValueEx(key, APP_ID)
    except FileNotFoundError:
        return False
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_APPROVED_KEY) as key:
            flags, _kind = winreg.QueryValueEx(key, APP_ID)
    except FileNotFoundError:
        return True
    # The first byte is even when the entry may run and odd when it was disabled.
    return not (isinstance(flags, bytes) and len(flags) > 0 and flags[0] & 1)


def _windows_enable(command_line: str) -> None:
    if sys.platform != "win32":
        raise AutostartError(_NOT_WINDOWS)
    import winreg

    with winreg.CreateKeyEx(
        winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE
    ) as key:
        winreg.SetValueEx(key, APP_ID, 0, winreg.REG_SZ, command_line)
    # A "disabled" flag left by Task Manager would otherwise keep the new entry from running.
    with (
        contextlib.suppress(FileNotFoundError),
        winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, WINDOWS_APPROVED_KEY, 0, winreg.KEY_SET_VALUE
        ) as key,
    ):
        winreg.DeleteValue(key, APP_ID)


def _windows_disable() -> None:
    if sys.platform != "win32":
        raise AutostartError(_NOT_WINDOWS)
    import winreg

    with (
        contextlib.suppress(FileNotFoundError),
        winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE) as key,
    ):
        winreg.DeleteValue(key, APP_ID)
