"""Small dialog helpers shared by pages."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from belimumab_companion.domain.bounds import EVENT_DATE_MAX, EVENT_DATE_MIN
from belimumab_companion.ui.text.locale_format import short_date_pattern
from belimumab_companion.ui.widgets.tab_stops import one_tab_stop


def open_plain_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    object_name: str,
    *,
    headline: str = "",
    ok_description: str = "",
) -> QMessageBox:
    """A window-modal message whose text is never read as markup (it may hold a file name or
    what the user typed). ``headline`` (default: the title) is its accessible name, the text its
    description; ``ok_description`` says what the OK button leaves behind ("The dose is saved")."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(headline or title)
    box.setAccessibleDescription(text)
    if ok_description:
        box.button(QMessageBox.StandardButton.Ok).setAccessibleDescription(ok_description)
    box.open()
    return box


class MessageLabel(QLabel):
    """A label for what an action did ("Saved to …", "No backups yet."): it takes no room on the
    page while it says nothing."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


def message_label(object_name: str) -> QLabel:
    """A :func:`plain_label` hidden while it is empty."""
    label = plain_label(object_name, kind=MessageLabel)
    label.setVisible(False)
    return label


def plain_label(
    object_name: str, text: str = "", accessible_name: str = "", kind: type[QLabel] = QLabel
) -> QLabel:
    """A wrapping, selectable label that never reads its text as markup (paths, typed text)."""
    label = kind(text)
    label.setObjectName(object_name)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def page_label(
    object_name: str, *, bold: bool = False, scale: float = 1.0, text: str = ""
) -> QLabel:
    """A :func:`plain_label` in the pages' type: bold and/or ``scale`` times the font size."""
    label = plain_label(object_name, text)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def question_box(
    parent: QWidget, object_name: str, title: str, text: str, details: str = ""
) -> QMessageBox:
    """A window-modal question in plain text; the caller adds the buttons and calls open()."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


# --- what date and time editors show: the user's locale, never a fixed English or ISO pattern ---


def limit_to_event_dates(edit: QDateEdit) -> QDateEdit:
    """A date field for an event accepts only the years the app keeps (2000..2100, issue 16):
    a typo such as 0026 or 9999 cannot even be entered. One Tab stop (issue 20, wall_time)."""
    one_tab_stop(edit)
    edit.setDateRange(
        QDate(EVENT_DATE_MIN.year, EVENT_DATE_MIN.month, EVENT_DATE_MIN.day),
        QDate(EVENT_DATE_MAX.year, EVENT_DATE_MAX.month, EVENT_DATE_MAX.day),
    )
    return edit


def date_edit_format() -> str:
    """The locale's short date with a four-digit year ("dd/MM/yyyy", "M/d/yyyy"), for a
    ``QDateEdit`` (two-digit years are ambiguous for a date of birth)."""
    return short_date_pattern()


def time_edit_format() -> str:
    """The locale's short time ("HH:mm", "h:mm AP"), for a ``QTimeEdit``."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date_time_edit_format() -> str:
    """Date and time as the locale writes them, for a ``QDateTimeEdit``."""
    return f"{date_edit_format()} {time_edit_format()}"


def describe(widget: QWidget, object_name: str, name: str, description: str) -> None:
    """What assistive technology says about an input: ``name`` (what it is, short) and
    ``description`` (what it does or what to enter); both already translated."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order (the order a person reads them)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def text_width(widget: QWidget, characters: int) -> int:
    """A width that holds about ``characters`` characters of ``widget``'s font (grows with it)."""
    return widget.fontMetrics().averageCharWidth() * characters


class _ClickableLabel(QLabel):
    def __init__(self, text: str, target: QAbstractButton) -> None:
        super().__init__(text)
        self._target = target

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._target.isEnabled():
            self._target.click()
            self._target.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class WrappedCheck(QWidget):
    """A check box whose words wrap (a QCheckBox's own text never does, so at a large font or in
    a longer language a long one pushes the page wider than the window).

    The box keeps its role and its keyboard access: its text moves into a word-wrapping label
    whose mnemonic (Alt+letter) clicks it, as does a click on the words; a screen reader hears
    the words as the box's accessible name."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = box.text()
        if not box.accessibleName():
            box.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        box.setText("")
        self.box = box
        self.label = _ClickableLabel(text, box)
        self.label.setObjectName(f"{box.objectName()}Label" if box.objectName() else "")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(box)
        self.label.setEnabled(box.isEnabled())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self.label.setEnabled(self.isEnabled())
        super().changeEvent(event)
