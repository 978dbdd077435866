"""The body map (R-28) by keyboard and for a screen reader: arrows move between the sites, Space
or Enter picks, Tab leaves; the widget's accessible name and description follow the site with
the focus and its state."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.ui.text.locale_format import long_date
from belimumab_companion.ui.widgets.body_map import ORDER, BodyMap

USED = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)


def _focused(body: BodyMap) -> Site | None:
    """The focused site, read anew (an assertion on the attribute would narrow it for mypy)."""
    return body.focused_site


def _map(qtbot: QtBot) -> tuple[QWidget, BodyMap, QPushButton]:
    holder = QWidget()
    qtbot.addWidget(holder)
    body = BodyMap()
    after = QPushButton("Save")
    layout = QVBoxLayout(holder)
    layout.addWidget(body)
    layout.addWidget(after)
    last_used: dict[Site, datetime | None] = dict.fromkeys(Site)
    last_used[Site.THIGH_LEFT] = USED
    body.configure(last_used, [Site.ABDOMEN_LEFT], 1)
    holder.show()
    qtbot.waitExposed(holder)
    body.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(body.hasFocus)
    return holder, body, after


def _spoken(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(which)


def test_arrows_move_between_the_sites_and_each_is_announced(qtbot: QtBot) -> None:
    _holder, body, _after = _map(qtbot)
    assert body.focused_site is ORDER[0] is Site.ABDOMEN_RIGHT
    assert _spoken(body, QAccessible.Text.Name) == "Right abdomen, not used yet"
    assert "Not selected." in _spoken(body, QAccessible.Text.Description)
    assert "Site 1 of 4." in body.accessibleDescription()

    qtbot.keyClick(body, Qt.Key.Key_Right)
    assert _focused(body) is Site.ABDOMEN_LEFT
    assert body.accessibleName() == "Left abdomen, not used yet"
    description = body.accessibleDescription()
    assert description.startswith("Selected. Suggested: used least recently.")  # ✓ and ★
    assert "Site 2 of 4." in description

    qtbot.keyClick(body, Qt.Key.Key_End)
    assert _focused(body) is Site.THIGH_LEFT
    assert body.accessibleName() == f"Left thigh, last used {long_date(USED.astimezone().date())}"
    qtbot.keyClick(body, Qt.Key.Key_Down)  # wraps round
    assert _focused(body) is ORDER[0]
    qtbot.keyClick(body, Qt.Key.Key_Up)
    assert _focused(body) is ORDER[-1]
    qtbot.keyClick(body, Qt.Key.Key_Home)
    assert _focused(body) is ORDER[0]


def test_space_and_enter_pick_the_focused_site_and_the_state_is_announced(qtbot: QtBot) -> None:
    _holder, body, _after = _map(qtbot)
    assert body.selected == [Site.ABDOMEN_LEFT]  # the suggestion
    picked: list[bool] = []
    body.selection_changed.connect(lambda: picked.append(True))
    qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_Down)  # right thigh
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert body.selected == [Site.THIGH_RIGHT] and picked  # one site: replaces the suggestion
    assert body.accessibleDescription().startswith("Selected.")
    qtbot.keyClick(body, Qt.Key.Key_Return)  # Enter clears it again
    assert body.selected == []
    assert body.accessibleDescription().startswith("Not selected.")
    qtbot.keyClick(body, Qt.Key.Key_Enter)
    assert body.selected == [Site.THIGH_RIGHT]


def test_tab_leaves_the_map(qtbot: QtBot) -> None:
    _holder, body, after = _map(qtbot)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert body.selected == [Site.ABDOMEN_LEFT]  # Tab picks nothing


def test_the_summary_beside_the_map_uses_the_locale_date(qtbot: QtBot) -> None:
    _holder, body, _after = _map(qtbot)
    assert body.site_summary(Site.ABDOMEN_RIGHT) == "Right abdomen: not used yet"
    assert body.site_summary(Site.THIGH_LEFT) == (
        f"Left thigh: last used {long_date(USED.astimezone().date())}"
    )
