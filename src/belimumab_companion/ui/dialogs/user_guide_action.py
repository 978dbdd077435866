"""Help → User guide (F1): the menu entry alone. The dialog's module (a QTextBrowser and its
friends) is imported when the guide is first opened, not while the window starts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

GUIDE_SHORTCUT = QKeySequence.StandardKey.HelpContents  # F1 (and the Help key where there is one)
GUIDE_ACTION_TEXT = QT_TRANSLATE_NOOP("UserGuideDialog", "&User guide")


def add_user_guide_action(window: QWidget, menu: QMenu) -> QAction:
    """Help → User guide, with F1 on the whole window (menu open or not)."""
    action = QAction(marked("UserGuideDialog", GUIDE_ACTION_TEXT), window)
    action.setObjectName("actionUserGuide")
    action.setShortcut(QKeySequence(GUIDE_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: _show(window))
    menu.addAction(action)
    window.addAction(action)
    return action


def _show(window: QWidget) -> None:
    from belimumab_companion.ui.dialogs.user_guide import show_user_guide

    show_user_guide(window)
