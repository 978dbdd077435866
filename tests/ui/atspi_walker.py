"""Reads the running app through AT-SPI, as Orca does. Run with the system Python that has
``gi`` and ``pyatspi`` (Debian's python3-pyatspi), not the project's: it is a separate process,
started by ``test_screen_reader.py`` with the app already running on the same display and
accessibility bus.

For each page (Ctrl+1…Ctrl+7) and for the emergency screen (a symptom logged with Ctrl+L), it
lists every showing, enabled, focusable object and its name, then presses Tab until focus comes
back round, recording each object that announced focus. It prints one JSON object: per screen,
the unnamed focusable objects, the ones Tab never reached, and what the screen itself says.

This file is not a test module (no ``test_`` prefix) and imports nothing from the project.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]

APP = "Belimumab Companion"
EMERGENCY_SYMPTOM = "trouble breathing"
PAGES = 7

focused: list[Any] = []
announced: list[tuple[str, str]] = []  # (event type, words) of object:announcement events


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def on_focus(event: Any) -> None:
    if event.detail1 == 1:
        focused.append(event.source)


def on_announcement(event: Any) -> None:
    announced.append((event.type, str(event.any_data)))


CONTROL_L = 37  # X keycodes (evdev), as Xvfb maps them
TAB = 23


def press(code: int, ctrl: bool = False) -> None:
    if ctrl:
        Atspi.generate_keyboard_event(CONTROL_L, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.PRESSRELEASE)
    if ctrl:
        Atspi.generate_keyboard_event(CONTROL_L, None, Atspi.KeySynthType.RELEASE)
    pump(0.15)


def ident(obj: Any) -> str:
    return str(obj.path)


def describe(obj: Any) -> str:
    try:
        return f"{obj.getRoleName()} {obj.name!r} ({obj.description!r})"
    except Exception as exc:  # an object gone while reading it
        return f"(gone: {exc})"


ITEM_ROLES = (
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_COLUMN_HEADER,
    pyatspi.ROLE_ROW_HEADER,
    pyatspi.ROLE_TABLE_COLUMN_HEADER,
    pyatspi.ROLE_TABLE_ROW_HEADER,
    pyatspi.ROLE_MENU_ITEM,
)
MAX_CHILDREN = 400


def focusables(root: Any) -> list[Any]:
    found = []

    def walk(obj: Any, depth: int) -> None:
        if obj is None or depth > 40:
            return
        states = obj.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        role = obj.getRole()
        if role in (pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_POPUP_MENU, pyatspi.ROLE_STATUS_BAR):
            return
        if role == pyatspi.ROLE_LABEL:
            return  # a selectable label takes focus on a click only: read, not a Tab stop
        if role in ITEM_ROLES:
            return  # a list's items, a table's cells: arrows move between them, not Tab
        if states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_ENABLED):
            found.append(obj)
        if role in (pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON):
            return  # its editor and its list are parts of it
        if obj.childCount > MAX_CHILDREN and role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST):
            return  # a long table or list holds cells, not controls: not walked cell by cell
        for child in obj:
            walk(child, depth + 1)

    walk(root, 0)
    return found


def radio_group_reached(obj: Any, reached_ids: set[str]) -> bool:
    """Tab stops once in a group of radio buttons (the checked one); arrows move inside."""
    if obj.getRole() != pyatspi.ROLE_RADIO_BUTTON or obj.parent is None:
        return False
    return any(
        sibling is not None
        and sibling.getRole() == pyatspi.ROLE_RADIO_BUTTON
        and ident(sibling) in reached_ids
        for sibling in obj.parent
    )


def ancestors(obj: Any) -> set[str]:
    seen = set()
    current = obj
    for _ in range(60):
        if current is None:
            break
        seen.add(ident(current))
        current = current.parent
    return seen


def wait_for_focus(before: int, seconds: float = 1.5) -> Any:
    """The object that announced focus after the first ``before`` events, or None."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.05)
        if len(focused) > before:
            pump(0.1)  # a widget and then its inner editor: the last one counts
            return focused[-1]
    return None


def tab_round(limit: int = 200) -> tuple[list[Any], bool]:
    """Tab until focus comes back to the first object it reached: what it reached, and whether
    it came back round (a screen with a single control: focus stays on it, no event)."""
    reached: list[Any] = []
    first = None
    for _ in range(limit):
        before = len(focused)
        press(TAB)
        now = wait_for_focus(before)
        if now is None:
            return reached, len(reached) <= 1
        if first is not None and ident(now) == ident(first):
            return reached, True
        if first is None:
            first = now
        reached.append(now)
    return reached, False


def check_screen(root: Any) -> dict[str, Any]:
    controls = focusables(root)
    unnamed = [describe(c) for c in controls if not (c.name or "").strip()]
    start = focused[-1] if focused else None
    reached, cycled = tab_round()
    if start is not None:
        reached.append(start)  # where focus was: a single control is reached without a Tab
    reached_ids: set[str] = set()
    for obj in reached:
        reached_ids |= ancestors(obj)
    missed = [
        describe(c)
        for c in controls
        if ident(c) not in reached_ids and not radio_group_reached(c, reached_ids)
    ]
    return {
        "names": [describe(c) for c in controls],
        "controls": len(controls),
        "unnamed": unnamed,
        "missed": missed,
        "cycled": cycled,
        "tab_stops": len(reached),
    }


def find(root: Any, predicate: Any, depth: int = 0) -> Any:
    if root is None or depth > 40:
        return None
    if predicate(root):
        return root
    for child in root:
        hit = find(child, predicate, depth + 1)
        if hit is not None:
            return hit
    return None


def application() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(600):
        for app in desktop:
            if app is not None and app.name == APP and app.childCount:
                frame = app[0]
                if frame is not None and frame.getRole() == pyatspi.ROLE_FRAME:
                    return app
        pump(0.1)
    raise SystemExit(f"{APP} never appeared on the accessibility bus")


def labels(root: Any) -> list[str]:
    found: list[str] = []

    def walk(obj: Any, depth: int) -> None:
        if obj is None or depth > 30:
            return
        if obj.getRole() == pyatspi.ROLE_LABEL and obj.name:
            found.append(obj.name)
        for child in obj:
            walk(child, depth + 1)

    walk(root, 0)
    return found


def wait_for(root: Any, predicate: Any, seconds: float = 15) -> Any:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        hit = find(root, predicate)
        if hit is not None:
            return hit
        pump(0.1)
    return None


def read_calendar(frame: Any) -> dict[str, Any]:
    """The dose calendar's day grid: its name, and what moving one day says."""
    grid = find(
        frame,
        lambda o: o.getRole() == pyatspi.ROLE_TABLE and (o.name or "").startswith("Days of"),
    )
    if grid is None:
        return {"grid": None}
    table = grid.queryTable()
    headers = []
    for column in range(table.nColumns):
        header = table.getColumnHeader(column)
        headers.append(header.name if header is not None else "")
    cell = table.getAccessibleAt(2, 3)  # a day in the month's middle
    grid.queryComponent().grabFocus()
    pump(0.3)
    announced.clear()
    press(114)  # Right: the next day
    pump(0.5)
    return {
        "grid": grid.name,
        "headers": headers,
        "cell": cell.name if cell is not None else "",
        "announced": [text for _kind, text in announced],
    }


def main() -> None:
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    app = application()
    frame = app[0]
    pump(1.0)
    pages_list = find(frame, lambda o: o.getRole() == pyatspi.ROLE_LIST and o.name)
    # no window manager on the test display: a click gives the window the keyboard
    box = pages_list.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + 10, "b1c")
    pump(0.5)
    result: dict[str, Any] = {"pages": {}}
    for number in range(1, PAGES + 1):
        press(9 + number, ctrl=True)  # X keycodes 10..16 are the digits 1..7
        pump(0.5)
        screen = check_screen(frame)
        print(number, json.dumps(screen), file=sys.stderr, flush=True)
        result["pages"][str(number)] = screen
        if number == 2:
            result["calendar"] = read_calendar(frame)

    # the diary dialog (Ctrl+L: keycode 46)
    press(46, ctrl=True)
    dialog = wait_for(app, lambda o: o.getRole() == pyatspi.ROLE_DIALOG)
    if dialog is None:
        print(json.dumps(result))
        return
    pump(0.5)
    result["diary"] = check_screen(dialog)
    symptom = find(dialog, lambda o: o.getRole() == pyatspi.ROLE_COMBO_BOX)
    result["diary"]["symptom"] = describe(symptom)
    # a form error, Save pressed with no symptom: announced, and focus on the symptom field
    save = find(dialog, lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and o.name == "Save")
    save.queryComponent().grabFocus()
    pump(0.3)
    announced.clear()
    before = len(focused)
    press(65)  # Space presses Save
    now = wait_for_focus(before)
    pump(0.5)
    result["form_error"] = {
        "announced": [text for _kind, text in announced],
        "focus": describe(now) if now is not None else None,
        "focus_in_symptom": now is not None and ident(symptom) in ancestors(now),
    }
    # the emergency screen: the symptom typed, Enter saves from the field
    Atspi.generate_keyboard_event(0, EMERGENCY_SYMPTOM, Atspi.KeySynthType.STRING)
    pump(0.5)
    alert = None
    before = len(focused)
    for returns in (1, 2):  # the first Return may take the completion list's choice
        press(36)  # Return
        alert = wait_for(
            app,
            lambda o: (
                o.getRole() in (pyatspi.ROLE_ALERT, pyatspi.ROLE_DIALOG)
                and (o.name or "").startswith("Emergency")
            ),
            seconds=5,
        )
        if alert is not None:
            result["returns_to_save"] = returns
            break
    result["emergency"] = None
    if alert is not None:
        wait_for_focus(before)
        pump(0.5)
        screen = check_screen(alert)
        screen["role"] = alert.getRoleName()
        screen["name"] = alert.name
        screen["description"] = alert.description
        screen["labels"] = labels(alert)
        result["emergency"] = screen
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
