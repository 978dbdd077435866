"""A drawn body outline with the four injection sites (R-28), clickable and keyboard-operable.

Only abdomen (left/right, outside 5 cm of the navel) and thighs exist here: there is no upper-arm
site to click. Each site shows when it was last used; the suggested ones are marked. Selection
is shown by a filled shape *and* a tick, never by colour alone.

Keyboard: the arrow keys (and Home/End) move between the sites, Space or Enter picks or clears
the one with the focus; Tab leaves the map. A screen reader hears the site with the focus: the
widget's accessible name and description are that site and its state ("Left thigh, last used
Thu, 12 Nov 2026" / "Selected. Suggested: used least recently. Site 4 of 4."), updated as the
focus moves or the selection changes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text, long_date
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

# Site areas in a 200 x 300 design box (the widget scales it).
AREAS = {
    Site.ABDOMEN_RIGHT: QRectF(58, 92, 36, 44),  # the person's right is on the viewer's left
    Site.ABDOMEN_LEFT: QRectF(106, 92, 36, 44),
    Site.THIGH_RIGHT: QRectF(60, 178, 34, 60),
    Site.THIGH_LEFT: QRectF(106, 178, 34, 60),
}
# English sources; show them with ``site_label`` (translated in the "body_map" context).
LABELS = {
    Site.ABDOMEN_RIGHT: QT_TRANSLATE_NOOP("body_map", "Right abdomen"),
    Site.ABDOMEN_LEFT: QT_TRANSLATE_NOOP("body_map", "Left abdomen"),
    Site.THIGH_RIGHT: QT_TRANSLATE_NOOP("body_map", "Right thigh"),
    Site.THIGH_LEFT: QT_TRANSLATE_NOOP("body_map", "Left thigh"),
}
ORDER = [Site.ABDOMEN_RIGHT, Site.ABDOMEN_LEFT, Site.THIGH_RIGHT, Site.THIGH_LEFT]


def site_label(site: Site) -> str:
    """The site's name in the user's language ("Left thigh")."""
    return marked("body_map", LABELS[site])


class BodyMap(QWidget):
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 340)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._last_used: dict[Site, datetime | None] = dict.fromkeys(Site)
        self._suggested: list[Site] = []
        self._selected: list[Site] = []
        self._max = 1
        self._focus = 0
        self._announce()

    def configure(
        self, last_used: dict[Site, datetime | None], suggested: list[Site], how_many: int
    ) -> None:
        self._last_used, self._suggested, self._max = last_used, suggested, how_many
        self._selected = list(suggested[:how_many])
        self._changed()

    def select(self, sites: list[Site]) -> None:
        self._selected = list(sites[: self._max])
        self._changed()

    @property
    def selected(self) -> list[Site]:
        return list(self._selected)

    def toggle(self, site: Site) -> None:
        if site in self._selected:
            self._selected.remove(site)
        else:
            if len(self._selected) >= self._max:
                self._selected.pop(0)
            self._selected.append(site)
        self._changed()

    def _changed(self) -> None:
        self._announce()
        self.update()
        self.selection_changed.emit()

    @property
    def focused_site(self) -> Site:
        """The site the keyboard is on (the one Space or Enter picks)."""
        return ORDER[self._focus]

    def _move_focus(self, index: int) -> None:
        self._focus = index % len(ORDER)
        self._announce()
        self.update()

    def _announce(self) -> None:
        """Name and describe the site with the focus, for a screen reader."""
        site = ORDER[self._focus]
        self.setAccessibleName(self.site_state(site))
        sentences = [self.tr("Selected.") if site in self._selected else self.tr("Not selected.")]
        if site in self._suggested:
            sentences.append(self.tr("Suggested: used least recently."))
        sentences.append(
            fill(
                self.tr("Site %1 of %2."), (integer_text(self._focus + 1), integer_text(len(ORDER)))
            )
        )
        sentences.append(
            self.tr(
                "Injection sites, front view: abdomen or thigh only. Arrow keys move between "
                "the sites; Space or Enter selects or clears one."
            )
        )
        self.setAccessibleDescription(" ".join(sentences))

    def _transform(self) -> tuple[float, float, float]:
        scale = min(self.width() / 200, self.height() / 300)
        return scale, (self.width() - 200 * scale) / 2, (self.height() - 300 * scale) / 2

    def _area(self, site: Site) -> QRectF:
        scale, dx, dy = self._transform()
        r = AREAS[site]
        return QRectF(dx + r.x() * scale, dy + r.y() * scale, r.width() * scale, r.height() * scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for site in ORDER:
            if self._area(site).contains(event.position()):
                self._focus = ORDER.index(site)
                self.toggle(site)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move_focus(self._focus + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move_focus(self._focus - 1)
        elif key == Qt.Key.Key_Home:
            self._move_focus(0)
        elif key == Qt.Key.Key_End:
            self._move_focus(len(ORDER) - 1)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toggle(ORDER[self._focus])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        scale, dx, dy = self._transform()
        outline = QPen(palette.color(palette.ColorRole.WindowText), 1.5)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        def box(x: float, y: float, w: float, h: float) -> QRectF:
            return QRectF(dx + x * scale, dy + y * scale, w * scale, h * scale)

        painter.drawEllipse(box(80, 10, 40, 44))  # head
        painter.drawRoundedRect(box(52, 60, 96, 112), 18 * scale, 18 * scale)  # trunk
        painter.drawRoundedRect(box(56, 168, 40, 124), 14 * scale, 14 * scale)  # right leg
        painter.drawRoundedRect(box(104, 168, 40, 124), 14 * scale, 14 * scale)  # left leg
        navel = QPointF(dx + 100 * scale, dy + 114 * scale)
        painter.drawEllipse(navel, 2.5 * scale, 2.5 * scale)
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawEllipse(navel, 9 * scale, 9 * scale)  # keep 5 cm away from the navel

        painter.setPen(palette.color(palette.ColorRole.WindowText))
        # Beside the head, where there is room for two lines (large fonts, longer words).
        side = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(box(0, 4, 78, 56), side, self.tr("Your right"))
        painter.drawText(box(122, 4, 78, 56), side, self.tr("Your left"))
        for index, site in enumerate(ORDER):
            area = self._area(site)
            chosen = site in self._selected
            pen = QPen(
                palette.color(palette.ColorRole.Highlight),
                3 if self.hasFocus() and index == self._focus else 1.5,
            )
            painter.setPen(pen)
            brush = (
                QBrush(palette.color(palette.ColorRole.Highlight))
                if chosen
                else Qt.BrushStyle.NoBrush
            )
            painter.setBrush(brush)
            painter.drawRoundedRect(area, 6, 6)
            painter.setPen(
                palette.color(
                    palette.ColorRole.HighlightedText if chosen else palette.ColorRole.WindowText
                )
            )
            mark = "✓" if chosen else ("★" if site in self._suggested else "")
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()

    def site_summary(self, site: Site) -> str:
        """ "Left thigh: last used Thursday, 12 November 2026" (for a list beside the map)."""
        last = self._last_used.get(site)
        if last is None:
            return fill(self.tr("%1: not used yet"), (site_label(site),))
        return fill(
            self.tr("%1: last used %2"), (site_label(site), long_date(last.astimezone().date()))
        )

    def site_state(self, site: Site) -> str:
        """ "Left thigh, last used Thursday, 12 November 2026" (what a screen reader says on the site)."""
        last = self._last_used.get(site)
        if last is None:
            return fill(self.tr("%1, not used yet"), (site_label(site),))
        return fill(
            self.tr("%1, last used %2"), (site_label(site), long_date(last.astimezone().date()))
        )
