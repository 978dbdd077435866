"""Issue 20, item 3: one look. Status colours readable in both schemes (WCAG AA, 4.5:1) and
always paired with an icon; a newest-first column's arrow points down; the red screens take
their colours from the style module."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QCommonStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.ui.shell.style import (
    CompanionStyle,
    Status,
    chart_colours,
    contrast_ratio,
    show_status,
    status_colours,
    status_icon,
)
from belimumab_companion.ui.shell.theme import dark_palette


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("dark", [False, True])
def test_every_status_colour_pair_reads_at_aa_contrast_in_both_schemes(
    qtbot: QtBot, status: Status, dark: bool
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    if dark:
        widget.setPalette(dark_palette())
    colours = status_colours(status, widget.palette())
    assert contrast_ratio(colours.text, colours.background) >= 4.5
    assert isinstance(status_icon(status), QStyle.StandardPixmap)  # never colour alone


@pytest.mark.parametrize("scheme", ["light", "dark", "paper"])
def test_every_chart_colour_stands_out_from_its_background(qtbot: QtBot, scheme: str) -> None:
    """Issue 21: the charts' markers and lines at 3:1 against the window (WCAG 1.4.11, graphics),
    in both schemes and on the report's paper; the dark scheme gets its own, lighter, colours."""
    widget = QWidget()
    qtbot.addWidget(widget)
    palette = widget.style().standardPalette()
    if scheme == "dark":
        palette = dark_palette()
    elif scheme == "paper":
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    colours = chart_colours(palette)
    background = palette.color(QPalette.ColorRole.Window)
    for colour in (*colours.series, colours.dose, colours.red_flag, colours.text):
        assert contrast_ratio(colour, background) >= 3, (scheme, colour.name())
    if scheme != "dark":
        assert colours.series != chart_colours(dark_palette()).series


def test_show_status_paints_the_frame_and_its_text(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    show_status(widget, Status.WARNING)
    colours = status_colours(Status.WARNING, widget.palette())
    assert widget.palette().color(widget.backgroundRole()) == colours.background
    assert widget.palette().color(widget.foregroundRole()) == colours.text
    assert widget.property("status") == "warning"


class _Recording(QCommonStyle):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QStyleOptionHeader.SortIndicator] = []

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]
        if element is QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
            assert isinstance(option, QStyleOptionHeader)
            self.seen.append(option.sortIndicator)


def test_a_newest_first_column_draws_a_down_arrow(qtbot: QtBot) -> None:
    recording = _Recording()
    style = CompanionStyle(recording)
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for order in (
            QStyleOptionHeader.SortIndicator.SortUp,  # what Qt sets for a descending sort
            QStyleOptionHeader.SortIndicator.SortDown,  # ... and for an ascending one
        ):
            option = QStyleOptionHeader()
            option.sortIndicator = order
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, QStyleOption(), painter)
    finally:
        painter.end()
    assert recording.seen == [
        QStyleOptionHeader.SortIndicator.SortDown,
        QStyleOptionHeader.SortIndicator.SortUp,
    ]


def test_the_scheme_can_be_forced_for_screenshots(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from belimumab_companion.ui.shell.theme import (
        SCHEME_ENV,
        apply_scheme,
        follow_system_scheme,
        is_dark,
    )

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setenv(SCHEME_ENV, "dark")
    try:
        follow_system_scheme(app)
        assert is_dark(app.palette())
    finally:
        apply_scheme(app, Qt.ColorScheme.Light)
    assert not is_dark(app.palette())


def test_every_layout_takes_its_margins_and_gaps_from_the_spacing_scale(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QStyleFactory, QVBoxLayout

    from belimumab_companion.ui.shell.style import SPACE

    style = CompanionStyle(QStyleFactory.create("Fusion"))
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyle(style)
    outer = QVBoxLayout(window)
    inner_widget = QWidget()
    inner_widget.setStyle(style)
    inner = QVBoxLayout(inner_widget)
    inner.addWidget(QLabel("a"))
    inner.addWidget(QLabel("b"))
    outer.addWidget(inner_widget)
    window.show()
    margins = outer.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (SPACE.M,) * 4
    assert outer.spacing() == SPACE.S
    nested = inner.contentsMargins()
    assert (nested.left(), nested.top()) == (SPACE.S, SPACE.S)
    assert inner.spacing() == SPACE.S


def test_no_page_or_dialog_sets_spacing_numbers_of_its_own() -> None:
    """Issue 20: one look through one style module: a layout's margins and gaps are 0 or a step
    of the scale (``SPACE``), never a number typed in a page."""
    import re
    from pathlib import Path

    import belimumab_companion.ui as ui

    call = re.compile(
        r"\.(setContentsMargins|setSpacing|addSpacing|setHorizontalSpacing|setVerticalSpacing)"
        r"\(([^)]*)\)"
    )
    found = []
    for path in Path(ui.__file__).parent.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in call.finditer(line):
                arguments = [a.strip() for a in match.group(2).split(",")]
                if any(re.fullmatch(r"[1-9]\d*", argument) for argument in arguments):
                    found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
