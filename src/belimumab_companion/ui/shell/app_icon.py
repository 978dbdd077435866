"""The app's own icon, for the window, the tray and dialogs.

The files are the hicolor ones under ``resources/icons/hicolor`` (inside the wheel:
``_resources/icons/hicolor``), named after the app id like the Linux menu entry's icon: PNGs at
48, 128 and 256 px, used as they are, and the scalable SVG, drawn at the small sizes a title bar,
taskbar or tray asks for (16 to 32 px) and at any PNG size that is missing. When none of the files
is there (a broken install) the icon theme is asked for the app id, which finds the copy that
``packaging/linux/install-desktop-files.sh`` or a distribution package installed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from belimumab_companion import APP_ID
from belimumab_companion.paths import resources_dir

PNG_SIZES = (48, 128, 256)
SMALL_SIZES = (16, 22, 24, 32)  # drawn from the SVG: a scaled-down 48 px PNG would be blurry


def app_icon() -> QIcon:
    hicolor = resources_dir() / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg)) if svg.is_file() else None
    if renderer is not None and not renderer.isValid():
        renderer = None
    icon = QIcon()
    for size in (*SMALL_SIZES, *PNG_SIZES):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if size in PNG_SIZES and png.is_file():
            icon.addFile(str(png), QSize(size, size))
        elif renderer is not None:
            icon.addPixmap(QPixmap.fromImage(_draw(renderer, size)))
    if icon.isNull():
        return QIcon.fromTheme(APP_ID)
    return icon


def _draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image
