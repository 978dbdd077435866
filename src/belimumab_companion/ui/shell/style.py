"""The app's one look (issue 20): spacing, a type scale, status colours, and the small style
corrections every page shares. Pages and dialogs take their sizes and colours from here, never
from numbers of their own.

- **Spacing**: multiples of 4 px (``SPACE``), for margins and gaps between groups.
- **Type scale**: ``TYPE``, a factor on the system font (which the user sets), never pixels.
- **Status colours** (danger, warning, success, information): each a background with the text
  colour on it, at a contrast of at least 4.5:1 (WCAG AA) in the light and the dark scheme, and
  always shown with an icon or a word (:func:`status_icon`): colour alone never carries meaning.
- The rest follows the system palette (light or dark, ``ui/theme.py``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)


class SPACE:
    XS = 4
    S = 8  # between the controls of a layout (the style gives it to every layout)
    M = 12  # inside a window or dialog's edge, inside a notice's frame
    L = 16
    XL = 24
    PAGE = 24  # a page's margin (``widgets/page_layout.scrolling_page``)


class TYPE:
    SMALL = 0.85
    BODY = 1.0
    SECTION = 1.2
    TITLE = 1.6
    NUMBER = 3.2  # the number to call on the emergency and crisis screens


def scaled_font(font: QFont, scale: float, *, bold: bool = False) -> QFont:
    result = QFont(font)
    result.setPointSizeF(font.pointSizeF() * scale)
    result.setBold(bold)
    return result


class Status(enum.Enum):
    DANGER = "danger"
    WARNING = "warning"
    SUCCESS = "success"
    INFORMATION = "information"


@dataclass(frozen=True)
class StatusColours:
    background: QColor
    text: QColor


# Light scheme, dark scheme. Each pair measured by tests/ui/test_style.py (>= 4.5:1).
_STATUS: dict[Status, tuple[StatusColours, StatusColours]] = {
    Status.DANGER: (
        StatusColours(QColor("#9b0000"), QColor("#ffffff")),
        StatusColours(QColor("#b3261e"), QColor("#ffffff")),
    ),
    Status.WARNING: (
        StatusColours(QColor("#fff4ce"), QColor("#4d3800")),
        StatusColours(QColor("#5c4300"), QColor("#fff4ce")),
    ),
    Status.SUCCESS: (
        StatusColours(QColor("#dff6dd"), QColor("#0b4a0b")),
        StatusColours(QColor("#0b4a0b"), QColor("#dff6dd")),
    ),
    Status.INFORMATION: (
        StatusColours(QColor("#e5f1fb"), QColor("#00366b")),
        StatusColours(QColor("#0e3a5e"), QColor("#e5f1fb")),
    ),
}

_ICONS: dict[Status, QStyle.StandardPixmap] = {
    Status.DANGER: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Status.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Status.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Status.INFORMATION: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colours(status: Status, palette: QPalette | None = None) -> StatusColours:
    palette = palette or QApplication.palette()
    light, dark = _STATUS[status]
    return dark if _dark(palette) else light


@dataclass(frozen=True)
class ChartColours:
    """The charts' colours (``ui/widgets/plotting.py``): text and axes from the palette; series
    told apart by marker shape too, never by colour alone. Each at least 3:1 against the
    window's colour (WCAG 1.4.11 for graphics), measured by tests/ui/test_style.py."""

    text: QColor
    grid: QColor
    series: tuple[QColor, ...]  # one per symptom (the report draws up to five)
    dose: QColor
    red_flag: QColor


_CHART_SERIES = (
    ("#1f5fa8", "#b34700", "#2e7d32", "#7b1fa2", "#00695c"),  # light
    ("#6aaef0", "#ffa264", "#81c784", "#ce93d8", "#4dd0c4"),  # dark
)
_CHART_DOSE = ("#4a4a4a", "#cfcfcf")
_CHART_RED_FLAG = ("#b00020", "#ff6b6b")


def chart_colours(palette: QPalette | None = None) -> ChartColours:
    """The chart colours for ``palette``'s scheme (light or dark); ``None``: the application's.
    The care-team report is paper: it asks for a light palette."""
    palette = palette or QApplication.palette()
    dark = int(_dark(palette))
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(60)
    return ChartColours(
        text=text,
        grid=grid,
        series=tuple(QColor(name) for name in _CHART_SERIES[dark]),
        dose=QColor(_CHART_DOSE[dark]),
        red_flag=QColor(_CHART_RED_FLAG[dark]),
    )


def status_icon(status: Status) -> QStyle.StandardPixmap:
    """The icon that goes with the colour: a status is never shown by colour alone."""
    return _ICONS[status]


def show_status(widget: QWidget, status: Status) -> None:
    """Paint ``widget`` (a frame, a band) and the text in it in ``status``'s colours."""
    colours = status_colours(status, widget.palette())
    palette = QPalette(widget.palette())
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, colours.background)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, colours.text)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.setProperty("status", status.value)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.x contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_LAYOUT_GAPS = (
    QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
    QStyle.PixelMetric.PM_LayoutVerticalSpacing,
)
_LAYOUT_MARGINS = (
    QStyle.PixelMetric.PM_LayoutLeftMargin,
    QStyle.PixelMetric.PM_LayoutTopMargin,
    QStyle.PixelMetric.PM_LayoutRightMargin,
    QStyle.PixelMetric.PM_LayoutBottomMargin,
)


class CompanionStyle(QProxyStyle):
    """The platform's own style, with our corrections:

    - a column sorted newest first shows an arrow pointing down (Qt draws "descending" as an
      up arrow, which reads as "oldest first" to most people);
    - every layout's margins and gaps come from ``SPACE`` (a window's edge ``M``, a nested
      layout's ``S``, between controls ``S``), so no page or dialog sets numbers of its own.
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _LAYOUT_GAPS:
            return SPACE.S
        if metric in _LAYOUT_MARGINS:
            return SPACE.M if widget is not None and widget.isWindow() else SPACE.S
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: object,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            if option.sortIndicator is QStyleOptionHeader.SortIndicator.SortUp:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            elif option.sortIndicator is QStyleOptionHeader.SortIndicator.SortDown:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
            option = flipped
        super().drawPrimitive(element, option, painter, widget)  # type: ignore[arg-type]


def install_style(app: QApplication) -> None:
    """Wrap the style in use (Fusion, Windows, macOS…) with our corrections, once."""
    if isinstance(app.style(), CompanionStyle):
        return
    base = QStyleFactory.create(app.style().name())
    app.setStyle(CompanionStyle(base) if base is not None else CompanionStyle())
