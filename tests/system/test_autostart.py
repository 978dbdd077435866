"""The "start at login" entries: XDG autostart files (checked against the Desktop Entry spec, and
against desktop-file-validate and GLib when they are installed), LaunchAgent plists and the
Windows command line. Every test passes its own HOME / XDG_CONFIG_HOME: the real home is never
touched. The Windows registry itself cannot be exercised here and is not faked."""

from __future__ import annotations

import os
import plistlib
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from belimumab_companion import APP_ID, APP_NAME
from belimumab_companion.system.autostart import (
    MINIMIZED_FLAG,
    OWNER_KEY,
    Autostart,
    AutostartEntry,
    AutostartError,
    desktop_exec_line,
    launch_command,
    read_desktop_entry_group,
    windows_command_line,
)
from processes import wait_until

COMMAND = ["/opt/belimumab/bin/belimumab-companion", "--minimized"]

# Arguments that need every rule of the Exec quoting: spaces, both quotes, $, backtick,
# backslash, %, shell metacharacters, an empty argument, tab and newline.
AWKWARD_ARGUMENTS = [
    "/home/Ann Lee/my apps/bin/belimumab-companion",
    '/tmp/say "hi"/prog',
    "/tmp/$HOME/prog",
    "/tmp/back\\slash\\",
    "100%",
    "%f",
    "%%",
    "`whoami`",
    "it's",
    "a;b&c|d<e>f*g?h#i(j)k~l",
    "",
    "tab\there",
    "line\nbreak",
    "ünïcødé",
    "=",
]

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
not_on_windows = pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows path")


def linux_env(tmp_path: Path) -> dict[str, str]:
    return {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def desktop_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"


# --- a reference reading of the Desktop Entry spec -------------------------------------------


def decode_exec(value: str) -> list[str]:
    """The argument list an ``Exec=`` value means, read literally from the spec: first the string
    escapes, then the quoting, then ``%%``; anything the spec forbids fails the test."""
    string_escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    unescaped: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            unescaped.append(string_escapes[next(chars)])
        else:
            assert ord(char) >= 0x20, f"raw control character in {value!r}"
            unescaped.append(char)
    line = "".join(unescaped)

    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    arguments: list[str] = []
    current: list[str] = []
    started = False
    index = 0
    while index < len(line):
        char = line[index]
        if char == " ":
            if started:
                arguments.append("".join(current))
                current, started = [], False
        elif char == '"':
            started = True
            index += 1
            while line[index] != '"':
                if line[index] == "\\":
                    index += 1
                    assert line[index] in '"`$\\', f"needless escape in {line!r}"
                elif line[index] in '"`$':
                    raise AssertionError(f"unescaped {line[index]!r} in quotes in {line!r}")
                current.append(line[index])
                index += 1
        else:
            assert char not in reserved, f"reserved {char!r} outside quotes in {line!r}"
            started = True
            current.append(char)
        index += 1
    if started:
        arguments.append("".join(current))

    def unpercent(argument: str) -> str:
        pieces = argument.split("%%")
        assert all("%" not in piece for piece in pieces), f"field code in {argument!r}"
        return "%".join(pieces)

    return [unpercent(argument) for argument in arguments]


# --- the Exec line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            ["/usr/bin/belimumab-companion", "--minimized"],
            "/usr/bin/belimumab-companion --minimized",
        ),
        (["/home/Ann Lee/bin/prog", "--minimized"], '"/home/Ann Lee/bin/prog" --minimized'),
        (['/tmp/say "hi"/prog'], r'"/tmp/say \\"hi\\"/prog"'),
        (["/tmp/$HOME/prog"], r'"/tmp/\\$HOME/prog"'),
        (["/tmp/back\\slash/prog"], r'"/tmp/back\\\\slash/prog"'),
        (["/tmp/`x`/prog"], r'"/tmp/\\`x\\`/prog"'),
        (["/tmp/100%/prog"], "/tmp/100%%/prog"),
        (["/tmp/100% sure/prog"], '"/tmp/100%% sure/prog"'),
        (["/tmp/it's/prog"], '"/tmp/it\'s/prog"'),
        (["prog", ""], 'prog ""'),
        (["prog", "a\tb"], r'prog "a\tb"'),
        (["prog", "a\nb"], r'prog "a\nb"'),
    ],
)
def test_exec_line_follows_the_spec_quoting_rules(command: list[str], expected: str) -> None:
    assert desktop_exec_line(command) == expected


@pytest.mark.parametrize("argument", AWKWARD_ARGUMENTS)
def test_every_awkward_argument_reads_back_exactly(argument: str) -> None:
    command = [argument or "prog", argument, "--minimized"]
    assert decode_exec(desktop_exec_line(command)) == command


def test_the_whole_awkward_command_reads_back_exactly() -> None:
    command = ["/prog", *AWKWARD_ARGUMENTS]
    assert decode_exec(desktop_exec_line(command)) == command


@pytest.mark.parametrize("bad", ["nul\x00", "bell\x07", "escape\x1b", "delete\x7f"])
def test_control_characters_the_spec_cannot_hold_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="control character"):
        desktop_exec_line(["/prog", bad])


def test_an_empty_command_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        desktop_exec_line([])
    with pytest.raises(ValueError, match="empty"):
        Autostart(command=[], platform="linux", env=linux_env(tmp_path))


# --- Linux -----------------------------------------------------------------------------------


def test_linux_enable_disable_round_trip(tmp_path: Path) -> None:
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    path = desktop_file(tmp_path)
    assert not autostart.is_enabled()

    entry = autostart.enable()

    assert entry == AutostartEntry(platform="linux", location=str(path))
    assert path.is_file()
    assert autostart.is_enabled()
    autostart.enable()  # again: still one entry, still enabled
    assert sorted(path.parent.iterdir()) == [path]
    assert autostart.is_enabled()

    autostart.disable()

    assert not path.exists()
    assert not autostart.is_enabled()
    autostart.disable()  # nothing there: no error
    assert not (tmp_path / "home").exists()  # XDG_CONFIG_HOME was used, HOME never touched


def test_disable_without_any_folder_is_quiet(tmp_path: Path) -> None:
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    autostart.disable()
    assert not (tmp_path / "config").exists()


def test_desktop_file_has_the_autostart_keys(tmp_path: Path) -> None:
    Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path)).enable()
    text = desktop_file(tmp_path).read_text(encoding="utf-8")

    assert text.startswith("[Desktop Entry]\n")
    keys = read_desktop_entry_group(text)
    assert keys["Type"] == "Application"
    assert keys["Name"] == APP_NAME
    assert keys["Comment"]
    assert keys["Icon"] == APP_ID
    assert keys["Terminal"] == "false"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys[OWNER_KEY] == "true"
    assert "Hidden" not in keys
    assert decode_exec(keys["Exec"]) == COMMAND


def test_awkward_paths_survive_the_written_file(tmp_path: Path) -> None:
    command = ['/home/Ann "A" Lee/$x/back\\slash/100% sure/belimumab-companion', "--minimized"]
    Autostart(command=command, platform="linux", env=linux_env(tmp_path)).enable()
    keys = read_desktop_entry_group(desktop_file(tmp_path).read_text(encoding="utf-8"))
    assert decode_exec(keys["Exec"]) == command


@pytest.mark.parametrize(
    "switch_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false", "Hidden = true"]
)
def test_an_entry_the_desktop_switched_off_counts_as_disabled(
    tmp_path: Path, switch_off: str
) -> None:
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    autostart.enable()
    path = desktop_file(tmp_path)
    text = path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    path.write_text(text + switch_off + "\n", encoding="utf-8")

    assert not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
    assert "Hidden" not in read_desktop_entry_group(path.read_text(encoding="utf-8"))


def test_hidden_in_another_group_does_not_count(tmp_path: Path) -> None:
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    autostart.enable()
    path = desktop_file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8") + "\n[Desktop Action x]\nHidden=true\n", encoding="utf-8"
    )
    assert autostart.is_enabled()


def test_disable_leaves_other_autostart_files_alone(tmp_path: Path) -> None:
    folder = desktop_file(tmp_path).parent
    folder.mkdir(parents=True)
    others = {
        "org.example.Other.desktop": "[Desktop Entry]\nType=Application\nName=O\nExec=o\n",
        f"{APP_ID}.desktop.bak": "keep me\n",
        "notes.txt": "keep me too\n",
    }
    for name, text in others.items():
        (folder / name).write_text(text, encoding="utf-8")
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))

    autostart.enable()
    autostart.disable()

    assert {path.name: path.read_text(encoding="utf-8") for path in folder.iterdir()} == others


def test_a_file_with_our_name_that_we_did_not_write_is_left_alone(tmp_path: Path) -> None:
    path = desktop_file(tmp_path)
    path.parent.mkdir(parents=True)
    foreign = f"[Desktop Entry]\nType=Application\nName={APP_NAME}\nExec=belimumab-companion\n"
    path.write_text(foreign, encoding="utf-8")
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))

    assert not autostart.is_enabled()
    autostart.disable()
    assert path.read_text(encoding="utf-8") == foreign


def test_unreadable_junk_at_our_path_is_not_enabled(tmp_path: Path) -> None:
    path = desktop_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe not utf-8")
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    assert not autostart.is_enabled()
    autostart.disable()
    assert path.exists()


@posix_only
def test_desktop_file_is_0600_and_new_folders_0700(tmp_path: Path) -> None:
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    autostart.enable()
    path = desktop_file(tmp_path)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700

    path.chmod(0o644)
    autostart.enable()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_enable_replaces_the_file_atomically(tmp_path: Path) -> None:
    autostart = Autostart(command=COMMAND, platform="linux", env=linux_env(tmp_path))
    autostart.enable()
    path = desktop_file(tmp_path)
    before = path.stat().st_ino
    Autostart(command=["/other/prog"], platform="linux", env=linux_env(tmp_path)).enable()

    assert path.stat().st_ino != before  # a new file renamed over the old, not rewritten
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary left
    assert decode_exec(read_desktop_entry_group(path.read_text(encoding="utf-8"))["Exec"]) == [
        "/other/prog"
    ]


def test_without_xdg_config_home_the_default_is_home_dot_config(tmp_path: Path) -> None:
    home = tmp_path / "home"
    expected = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    for env in ({"HOME": str(home)}, {"HOME": str(home), "XDG_CONFIG_HOME": "relative/ignored"}):
        entry = Autostart(command=COMMAND, platform="linux", env=env).enable()
        assert entry.location == str(expected)
        assert expected.is_file()
    assert not Path("relative").exists()


def test_an_explicit_env_without_home_never_falls_back_to_the_real_home(tmp_path: Path) -> None:
    with pytest.raises(AutostartError, match="HOME"):
        Autostart(command=COMMAND, platform="linux", env={}).enable()
    with pytest.raises(AutostartError, match="HOME"):
        Autostart(command=COMMAND, platform="macos", env={"HOME": "not/absolute"}).enable()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)",
)
@pytest.mark.parametrize(
    "command",
    [COMMAND, ["/prog", *AWKWARD_ARGUMENTS]],
    ids=["plain", "awkward"],
)
def test_desktop_file_validate_accepts_the_file(tmp_path: Path, command: list[str]) -> None:
    Autostart(command=command, platform="linux", env=linux_env(tmp_path)).enable()
    result = subprocess.run(
        ["desktop-file-validate", str(desktop_file(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr
    assert "warning" not in result.stdout + result.stderr


def _gio_can_launch() -> bool:
    gio = shutil.which("gio")
    if gio is None:
        return False
    usage = subprocess.run([gio, "help", "launch"], capture_output=True, text=True, check=False)
    return usage.returncode == 0


@posix_only
@pytest.mark.skipif(not _gio_can_launch(), reason="GLib's `gio launch` is not installed")
def test_glib_launches_the_entry_with_exactly_our_arguments(tmp_path: Path) -> None:
    # GLib looks the program up before expanding %%, so a '%' in the program path itself would
    # stop GLib from launching it; the arguments may hold anything.
    folder = tmp_path / 'Ann "A" Lee\'s $HOME `x` back\\slash #1 (x) ~'
    folder.mkdir()
    program = folder / "prog"
    output = tmp_path / "argv"
    program.write_text(
        f"#!/bin/sh\nprintf '%s\\0' \"$0\" \"$@\" > '{output}.part' && mv '{output}.part' '{output}'\n",
        encoding="utf-8",
    )
    program.chmod(0o755)
    command = [str(program), *AWKWARD_ARGUMENTS]
    Autostart(command=command, platform="linux", env=linux_env(tmp_path)).enable()

    subprocess.run(
        ["gio", "launch", str(desktop_file(tmp_path))],
        capture_output=True,
        check=True,
        timeout=30,
    )
    wait_until(output.exists, 20, "the launched program to write its arguments")

    assert output.read_bytes().decode("utf-8").split("\0")[:-1] == command


# --- macOS -----------------------------------------------------------------------------------


def macos_agent(tmp_path: Path) -> Path:
    return tmp_path / "home" / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def test_macos_launch_agent_round_trip(tmp_path: Path) -> None:
    command = ["/Applications/Belimumab Companion.app/Contents/MacOS/belimumab-companion", "-m"]
    autostart = Autostart(command=command, platform="macos", env={"HOME": str(tmp_path / "home")})
    path = macos_agent(tmp_path)
    assert not autostart.is_enabled()

    entry = autostart.enable()

    assert entry == AutostartEntry(platform="macos", location=str(path))
    with path.open("rb") as stream:
        assert plistlib.load(stream) == {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert autostart.is_enabled()

    autostart.disable()
    assert not path.exists()
    assert not autostart.is_enabled()
    autostart.disable()


def test_macos_disabled_key_and_foreign_label(tmp_path: Path) -> None:
    autostart = Autostart(command=COMMAND, platform="macos", env={"HOME": str(tmp_path / "home")})
    autostart.enable()
    path = macos_agent(tmp_path)
    with path.open("rb") as stream:
        agent = plistlib.load(stream)

    path.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert not autostart.is_enabled()

    foreign = plistlib.dumps({**agent, "Label": "org.example.other"})
    path.write_bytes(foreign)
    assert not autostart.is_enabled()
    autostart.disable()
    assert path.read_bytes() == foreign

    path.write_bytes(b"not a plist")
    assert not autostart.is_enabled()


# --- Windows ---------------------------------------------------------------------------------


def parse_windows_arguments(line: str) -> list[str]:
    """Split a command line as the Microsoft C runtime does (2n backslashes + quote: n
    backslashes and a quote toggle; 2n+1: n backslashes and a literal quote)."""
    arguments: list[str] = []
    current: list[str] = []
    started = in_quotes = False
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            end = index
            while end < len(line) and line[end] == "\\":
                end += 1
            count = end - index
            if end < len(line) and line[end] == '"':
                current.append("\\" * (count // 2))
                if count % 2:
                    current.append('"')
                    end += 1
            else:
                current.append("\\" * count)
            started = True
            index = end
            continue
        if char == '"':
            in_quotes = not in_quotes
            started = True
        elif char in " \t" and not in_quotes:
            if started:
                arguments.append("".join(current))
                current, started = [], False
        else:
            current.append(char)
            started = True
        index += 1
    if started:
        arguments.append("".join(current))
    return arguments


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            [r"C:\Program Files\Belimumab Companion\belimumab-companion.exe", "--minimized"],
            r'"C:\Program Files\Belimumab Companion\belimumab-companion.exe" --minimized',
        ),
        ([r"C:\venv\Scripts\belimumab-companion.exe", "--minimized"], None),
        ([r"C:\Python 3.11\python.exe", "-m", "belimumab_companion", "--minimized"], None),
        ([r"C:\a\prog.exe", 'say "hi"'], r'C:\a\prog.exe "say \"hi\""'),
        ([r"C:\a\prog.exe", "ends with\\"], r'C:\a\prog.exe "ends with\\"'),
        ([r"C:\a\prog.exe", ""], r'C:\a\prog.exe ""'),
        ([r"C:\a\prog.exe", "100% $x"], r'C:\a\prog.exe "100% $x"'),
    ],
)
def test_windows_command_line_quoting(command: list[str], expected: str | None) -> None:
    line = windows_command_line(command)
    if expected is not None:
        assert line == expected
    assert parse_windows_arguments(line) == command


def test_windows_command_line_refuses_an_empty_command() -> None:
    with pytest.raises(ValueError, match="empty"):
        windows_command_line([])


@not_on_windows
def test_the_windows_entry_is_refused_off_windows(tmp_path: Path) -> None:
    # The registry half (winreg) is untestable here; it must fail loudly rather than pretend.
    autostart = Autostart(command=COMMAND, platform="windows", env=linux_env(tmp_path))
    with pytest.raises(AutostartError, match="Windows"):
        autostart.enable()
    with pytest.raises(AutostartError, match="Windows"):
        autostart.is_enabled()
    assert not any(tmp_path.iterdir())


# --- the command and the platform ------------------------------------------------------------


@pytest.fixture
def fake_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python3"
    python.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.delattr(sys, "frozen", raising=False)
    return python


def test_launch_command_of_a_frozen_app(fake_python: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [str(fake_python), MINIMIZED_FLAG]


@not_on_windows
def test_launch_command_prefers_the_console_script_beside_python(fake_python: Path) -> None:
    script = fake_python.parent / "belimumab-companion"
    script.write_text("", encoding="utf-8")
    assert launch_command() == [str(script), "--minimized"]


def test_launch_command_falls_back_to_python_dash_m(fake_python: Path) -> None:
    assert launch_command() == [str(fake_python), "-m", "belimumab_companion", "--minimized"]


def test_launch_command_of_this_environment() -> None:
    command = launch_command()
    assert command[-1] == "--minimized"
    assert Path(command[0]).is_absolute()
    assert Path(command[0]).is_file()


def test_the_default_command_and_platform(tmp_path: Path) -> None:
    autostart = Autostart(env=linux_env(tmp_path))
    assert autostart.command == launch_command()
    expected = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    assert autostart.platform == expected


def test_an_unknown_platform_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="platform"):
        Autostart(command=COMMAND, platform="darwin", env=linux_env(tmp_path))


def test_a_program_path_a_login_entry_cannot_hold_is_a_refusal_with_a_reason(
    tmp_path: Path,
) -> None:
    from belimumab_companion.system.autostart import AutostartError

    autostart = Autostart(
        command=["/opt/odd\x07name/belimumab-companion", "--minimized"],
        platform="linux",
        env=linux_env(tmp_path),
    )
    with pytest.raises(AutostartError, match="cannot be written in a login entry") as refused:
        autostart.enable()
    assert refused.value.text.args and "control character" in str(refused.value.text.args[0])
    assert not autostart.is_enabled()
