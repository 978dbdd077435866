"""Follow the system's light or dark scheme.

Where the platform theme already switches the palette (Windows, macOS, GNOME/KDE with their Qt
platform themes), Qt does it by itself. Where it only reports the scheme (the bare Fusion style on
Linux), we set a matching Fusion palette. Widgets and rendered HTML use palette roles only, never
fixed colours, so both ways work.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor(37, 37, 38), QColor(30, 30, 30), QColor(230, 230, 230)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(45, 45, 48),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(52, 52, 55),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 120, 120),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.Highlight: QColor(58, 110, 200),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return palette


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    wants_dark = scheme == Qt.ColorScheme.Dark
    if wants_dark == is_dark(app.palette()):
        return
    style = app.style()
    if wants_dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(style.standardPalette())


# "dark" or "light" forces a scheme (for screenshots, or a desktop that does not report one).
SCHEME_ENV = "BELIMUMAB_COMPANION_COLOR_SCHEME"
FORCED = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}


def follow_system_scheme(app: QApplication) -> None:
    forced = FORCED.get(os.environ.get(SCHEME_ENV, "").strip().lower())
    if forced is not None:
        apply_scheme(app, forced)
        return
    hints = QGuiApplication.styleHints()
    apply_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
