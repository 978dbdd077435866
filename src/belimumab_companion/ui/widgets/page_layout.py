"""The frame every page shares: its content in a frameless scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from belimumab_companion.ui.shell.style import SPACE


def scrolling_page(page: QWidget, name: str, *, sideways: bool = True) -> QVBoxLayout:
    """Put ``page``'s content (``<name>Content``) in a scroll area (``<name>Scroll``) and return the
    content's layout: at a large font or in a small window the page scrolls instead of clipping.
    ``sideways=False`` for a page whose rows all wrap, so it never needs a horizontal bar.
    The area takes no focus itself; the page's controls are the Tab stops."""
    content = QWidget()
    content.setObjectName(f"{name}Content")
    scroll = QScrollArea()
    scroll.setObjectName(f"{name}Scroll")
    scroll.setWidgetResizable(True)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Not a Tab stop of its own (issue 20: an unnamed stop a screen reader announced as "filler"):
    # Tab goes from control to control, and the area still scrolls each one into view.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    layout = QVBoxLayout(content)
    # every page the same margin and gaps, from the one style module (issue 20)
    layout.setContentsMargins(SPACE.PAGE, SPACE.PAGE, SPACE.PAGE, SPACE.PAGE)
    layout.setSpacing(SPACE.S)
    return layout
