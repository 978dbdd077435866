"""DesktopNotifier against a real notification server (dunst) on a private session bus.

The module starts its own X display (Xvfb), bus (dbus-daemon with a config that activates no
services, so nothing installed on the machine can answer in dunst's place) and dunst, then runs
the notifier in child processes: pytest itself has no session bus, and a bus address is read once
per process. What arrived is read back from the server: dunst's ``-print`` log of every
notification it received, its counters and its history over D-Bus.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import belimumab_companion
from processes import SESSION_BUS_CONFIG, wait_until
from processes import start_ready as _start
from processes import stop as _stop
from processes import tool as _tool

# Its own Xvfb, session bus and dunst, once for the module: on one xdist worker, never two at once.
pytestmark = pytest.mark.xdist_group("display")

SRC = Path(belimumab_companion.__file__).resolve().parents[1]

DOSE_TITLE = "Belimumab dose due <today>"
DOSE_BODY = "200 mg & a 'note' <b>not bold</b>"
DOSE_TITLE_2 = "Belimumab dose due now"
DOSE_BODY_2 = "Second reminder for the same dose"
WEIGHT_TITLE = "Weigh yourself"
WEIGHT_BODY = "For the dose calculation"
SECRETS = (DOSE_TITLE, DOSE_BODY, DOSE_TITLE_2, DOSE_BODY_2, WEIGHT_TITLE, WEIGHT_BODY)


# Notifications stay on screen until closed, so the counters do not depend on the clock; markup
# is on, so the server announces "body-markup" and the notifier must escape the body.
_DUNSTRC = """\
[global]
    markup = full
    history_length = 20
    sort = no
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""

# The child reports through its last stdout line; it also collects every log record of the
# package so the test can check that no title or body reached the log.
_CHILD_PRELUDE = """\
import json, logging, subprocess, sys
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from belimumab_companion.ui.shell.desktop_notifications import DesktopNotifier

records = []
class Collect(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())
logging.getLogger("belimumab_companion").addHandler(Collect())
logging.getLogger("belimumab_companion").setLevel(logging.DEBUG)

app = QCoreApplication([])
notifier = DesktopNotifier("Belimumab Companion test", "appointment-soon")
"""

_CHILD_OFFLINE = """\
result = {
    "available": notifier.available(),
    "capabilities": notifier.capabilities(),
    "server_name": notifier.server_name(),
    "notify": notifier.notify("dose", TITLE, BODY, [("default", "Open")], urgency=2),
}
notifier.close("dose")
result["log"] = records
print(json.dumps(result))
"""

_CHILD_FROZEN = """\
result = {
    "available": notifier.available(),
    "notify": notifier.notify("frozen", "Frozen server", "Never shown in time"),
    "log": records,
}
print(json.dumps(result))
"""

_CHILD_ONLINE = """\
events = []
loop = QEventLoop()

def record(*event):
    events.append(list(event))
    loop.quit()

notifier.action_invoked.connect(lambda key, action: record("action", key, action))
notifier.closed.connect(lambda key: record("closed", key))

def wait_for(count):
    # Signals are delivered only while an event loop runs, so none can slip in between the
    # check and exec().
    give_up = QTimer(singleShot=True, interval=10_000)
    give_up.timeout.connect(loop.quit)
    give_up.start()
    while len(events) < count and give_up.isActive():
        loop.exec()

actions = [("default", "Open"), ("taken", "Mark as taken")]
result = {
    "available": notifier.available(),
    "capabilities": notifier.capabilities(),
    "server_name": notifier.server_name(),
    "dose": notifier.notify("dose", DOSE_TITLE, DOSE_BODY, actions, urgency=2),
    "dose_again": notifier.notify("dose", DOSE_TITLE_2, DOSE_BODY_2, actions, urgency=2),
    "weight": notifier.notify("weight", WEIGHT_TITLE, WEIGHT_BODY, urgency=0),
}
notifier.close("weight")
wait_for(1)
# Only the dose notification is left on screen: position 0. dunst has no pointer here, so
# dunstctl stands in for the click on the notification's default action.
subprocess.run(["dunstctl", "action", "0"], check=True, timeout=30)
wait_for(2)
result["events"] = events
result["log"] = records
print(json.dumps(result))
"""


# A real reminder, end to end: real services on a temporary data folder, the app's
# ReminderCentre with its default notifier, two ticks of a stepped clock.
_CHILD_REMINDER = """\
import json, sys, tempfile
from datetime import UTC, date, datetime, time
from PySide6.QtWidgets import QApplication, QWidget
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.reminders import ReminderSettings
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.shell.reminder_centre import ReminderCentre

app = QApplication([])
now = [datetime(2026, 11, 23, 8, 29, 50, tzinfo=UTC)]
services = build_services(app_paths(tempfile.mkdtemp()).ensure(), clock=lambda: now[0])
services.plans.set_plan(PlanInputs(indication=Indication.SLE, route=Route.SUBQ,
    birth_date=date(1984, 3, 2), first_dose=date(2026, 11, 16), time_of_day=time(10, 0),
    zone="Europe/Madrid"))
services.reminders.save_settings(ReminderSettings(check_ins=False))
window = QWidget()
centre = ReminderCentre(services, window, zone=lambda: "Europe/Madrid", use_tray=False)
delivered = []
centre.delivered.connect(lambda reminders, consolidated: delivered.extend(r.key for r in reminders))
centre.start()
now[0] = datetime(2026, 11, 23, 8, 30, 10, tzinfo=UTC)  # 09:30 in Madrid: the fridge reminder
centre.tick()
result = {"notifier": centre.notifier is not None, "delivered": delivered,
          "due_window": [r.key for r in centre.due_window.reminders()]}
centre.stop()
services.close()
print(json.dumps(result))
"""


@dataclass
class Run:
    offline: dict[str, Any]  # the child's report with a bus but no notification server
    online: dict[str, Any]  # the child's report with dunst running
    frozen: dict[str, Any]  # the child's report while dunst owns its name but is stopped (SIGSTOP)
    counts: dict[str, int]  # dunstctl count, read after the child exited
    history: str  # dunst's history over D-Bus (dbus-send's literal print)
    received: list[dict[str, Any]]  # dunst's -print log, one dict per notification it received
    reminder: dict[str, Any]  # the app's ReminderCentre delivering a real reminder through dunst


def _constants() -> str:
    values = {
        "DOSE_TITLE": DOSE_TITLE,
        "DOSE_BODY": DOSE_BODY,
        "DOSE_TITLE_2": DOSE_TITLE_2,
        "DOSE_BODY_2": DOSE_BODY_2,
        "WEIGHT_TITLE": WEIGHT_TITLE,
        "WEIGHT_BODY": WEIGHT_BODY,
        "TITLE": DOSE_TITLE,
        "BODY": DOSE_BODY,
    }
    return "".join(f"{name} = {value!r}\n" for name, value in values.items())


def _run_child(script: str, env: dict[str, str], folder: Path, name: str) -> dict[str, Any]:
    path = folder / f"{name}.py"
    path.write_text(script)
    done = subprocess.run(
        [sys.executable, "-W", "error", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _server_owned(env: dict[str, str]) -> bool:
    done = subprocess.run(
        [
            _tool("dbus-send"),
            "--session",
            "--print-reply=literal",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.Notifications",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return done.returncode == 0 and "true" in done.stdout


def _parse_dunst_print(text: str) -> list[dict[str, Any]]:
    """dunst -print writes one block per notification: ``{``, tab-indented ``key: value`` lines
    (strings in single quotes), an ``actions: {`` block of ``"id": "label"`` lines, ``}``."""
    notifications: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for line in text.splitlines():
        if line == "{":
            current = {"actions": {}}
        elif line == "}" and current is not None:
            notifications.append(current)
            current = None
        elif current is not None and line.startswith("\t\t"):
            action_id, _, label = line.strip().partition(": ")
            current["actions"][action_id.strip('"')] = label.strip('"')
        elif current is not None and line.startswith("\t") and ": " in line:
            field, _, value = line.strip().partition(": ")
            if field != "actions":
                current[field] = value[1:-1] if value.startswith("'") else value
    return notifications


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed: no session bus to reach a notification server")
    folder = tmp_path_factory.mktemp("notifications")
    home = folder / "home"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(folder / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    )
    (folder / "runtime").mkdir(mode=0o700)
    (folder / "bus.conf").write_text(SESSION_BUS_CONFIG.format(socket=folder / "bus"))
    (folder / "dunstrc").write_text(_DUNSTRC)
    dunst_log = folder / "dunst.log"
    quiet: dict[str, Any] = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes: list[subprocess.Popen[Any]] = []
    try:
        xvfb, display = _start(
            [_tool("Xvfb"), "-displayfd", "{fd}", "-nolisten", "tcp", "-screen", "0", "800x600x24"],
            env,
            **quiet,
        )
        processes.append(xvfb)
        bus, address = _start(
            [
                _tool("dbus-daemon"),
                f"--config-file={folder / 'bus.conf'}",
                "--nofork",
                "--print-address={fd}",
            ],
            env,
            **quiet,
        )
        processes.append(bus)
        env.update(DISPLAY=f":{display}", DBUS_SESSION_BUS_ADDRESS=address)
        prelude = _CHILD_PRELUDE + _constants()
        offline = _run_child(prelude + _CHILD_OFFLINE, env, folder, "offline")

        with dunst_log.open("w") as log, (folder / "dunst.err").open("w") as errors:
            dunst = subprocess.Popen(
                [_tool("dunst"), "-print", "-config", str(folder / "dunstrc")],
                env=env,
                stdout=log,
                stderr=errors,
            )
        processes.append(dunst)
        wait_until(
            lambda: _server_owned(env) or dunst.poll() is not None,
            30,
            "dunst to own org.freedesktop.Notifications",
        )
        assert _server_owned(env), (folder / "dunst.err").read_text()

        online = _run_child(prelude + _CHILD_ONLINE, env, folder, "online")
        counts = {}
        for which in ("displayed", "history"):
            done = subprocess.run(
                [_tool("dunstctl"), "count", which],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            counts[which] = int(done.stdout.strip())
        history = subprocess.run(
            [
                _tool("dbus-send"),
                "--session",
                "--print-reply=literal",
                "--dest=org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
                "org.dunstproject.cmd0.NotificationListHistory",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
        reminder = _run_child(_CHILD_REMINDER, env, folder, "reminder")
        os.kill(dunst.pid, signal.SIGSTOP)
        try:
            frozen = _run_child(prelude + _CHILD_FROZEN, env, folder, "frozen")
        finally:
            os.kill(dunst.pid, signal.SIGCONT)
        _stop(dunst)  # dunst flushes its -print log when it exits
        received = _parse_dunst_print(dunst_log.read_text())
        yield Run(offline, online, frozen, counts, history, received, reminder)
    finally:
        for process in reversed(processes):
            _stop(process)


def test_the_server_is_found_and_described(run: Run) -> None:
    assert run.online["available"] is True
    assert run.online["server_name"] == "dunst"
    assert {"body", "body-markup", "actions"} <= set(run.online["capabilities"])


def test_summary_body_urgency_and_actions_reach_the_server(run: Run) -> None:
    assert run.online["dose"] is True and run.online["weight"] is True
    by_summary = {notification["summary"]: notification for notification in run.received}

    dose = by_summary[DOSE_TITLE]
    assert dose["body"] == html.escape(DOSE_BODY, quote=False)
    assert dose["body"] == "200 mg &amp; a 'note' &lt;b&gt;not bold&lt;/b&gt;"
    assert dose["appname"] == "Belimumab Companion test"
    assert dose["icon"] == "appointment-soon"
    assert dose["urgency"] == "CRITICAL"
    assert dose["actions"] == {"default": "Open", "taken": "Mark as taken"}

    weight = by_summary[WEIGHT_TITLE]
    assert weight["body"] == WEIGHT_BODY
    assert weight["urgency"] == "LOW"
    assert weight["actions"] == {}


def test_a_second_notify_with_the_same_key_replaces_the_first(run: Run) -> None:
    assert run.online["dose_again"] is True
    by_summary = {notification["summary"]: notification for notification in run.received}
    first, second = by_summary[DOSE_TITLE], by_summary[DOSE_TITLE_2]
    assert second["id"] == first["id"]
    assert second["body"] == DOSE_BODY_2
    assert by_summary[WEIGHT_TITLE]["id"] != first["id"]
    # The replaced dose notification is still shown, once; the closed weight one is history.
    assert run.counts == {"displayed": 1, "history": 1}
    assert WEIGHT_TITLE in run.history and WEIGHT_BODY in run.history
    assert DOSE_TITLE_2 not in run.history


def test_server_signals_arrive_under_our_keys(run: Run) -> None:
    assert run.online["events"] == [["closed", "weight"], ["action", "dose", "default"]]


def test_a_bus_without_a_notification_server(run: Run) -> None:
    assert run.offline["available"] is False
    assert run.offline["capabilities"] == []
    assert run.offline["server_name"] == ""
    assert run.offline["notify"] is False


def test_a_server_that_does_not_answer_makes_notify_fail(run: Run) -> None:
    assert run.frozen["available"] is True  # the bus still lists it
    assert run.frozen["notify"] is False
    assert run.frozen["log"] == ["D-Bus GetCapabilities failed: org.freedesktop.DBus.Error.NoReply"]


def test_no_title_or_body_reaches_the_log(run: Run) -> None:
    for record in run.offline["log"] + run.online["log"] + run.frozen["log"]:
        assert not any(secret in record for secret in SECRETS), record


def test_no_session_bus_at_all(tmp_path: Path) -> None:
    script = tmp_path / "no_bus.py"
    script.write_text(_CHILD_PRELUDE + _constants() + _CHILD_OFFLINE)
    env = dict(
        os.environ,
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path / 'no-such-bus'}",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    )
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["available"] is False
    assert result["notify"] is False
    assert result["capabilities"] == []
    assert result["server_name"] == ""
    assert not any(secret in record for record in result["log"] for secret in SECRETS)


def test_a_real_reminder_from_the_app_reaches_the_server(run: Run) -> None:
    assert run.reminder["notifier"] is True  # the app found the server by itself
    assert run.reminder["delivered"] == ["prep:1:2"]
    assert run.reminder["due_window"] == ["prep:1:2"]  # and the in-app window has it too
    reminders = [n for n in run.received if n.get("appname") == "Belimumab Companion"]
    assert [n["summary"] for n in reminders] == ["Take the pen or syringe out of the fridge"]
    assert "30 minutes" in reminders[0]["body"]
