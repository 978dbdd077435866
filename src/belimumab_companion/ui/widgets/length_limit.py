"""A text field that says when it is full (issue 20: every input says why it refuses).

A ``QLineEdit`` with a maximum length just stops taking characters, and cuts a paste short,
without a word. :func:`limited` puts a line under the field that appears (and is announced) as
soon as the field holds its maximum: "At most 40 characters." The field keeps its focus, its
label's mnemonic reaches it, and nothing typed is changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from belimumab_companion.domain.free_text import strip_controls
from belimumab_companion.ui.text.i18n import counted
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.ui.widgets.announce import announce
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill


def limit_text(maximum: int) -> str:
    return counted(
        "LengthLimit", QT_TRANSLATE_NOOP("LengthLimit", "At most %n characters."), maximum
    )


def _with_hint(edit: QWidget, kind: str) -> tuple[QWidget, QLabel]:
    """``edit`` in a box, with a hidden line under it for what the limit says."""
    box = QWidget()
    box.setObjectName(f"{edit.objectName() or kind}Limited")
    box.setFocusProxy(edit)  # a label's mnemonic (its buddy is the box) reaches the field
    hint = QLabel()
    hint.setObjectName(f"{edit.objectName() or kind}LimitHint")
    hint.setTextFormat(Qt.TextFormat.PlainText)
    hint.setWordWrap(True)
    hint.hide()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    layout.addWidget(hint)
    return box, hint


def limited(edit: QLineEdit, maximum: int) -> QWidget:
    """``edit`` (its maximum set to ``maximum``) with the line that says when it is full; put
    the returned widget in the form where the field was."""
    edit.setMaxLength(maximum)
    box, hint = _with_hint(edit, "field")
    hint.setText(limit_text(maximum))

    def follow(text: str) -> None:
        full = len(text) >= maximum
        if full and hint.isHidden():
            announce(edit, hint.text())
        hint.setVisible(full)

    edit.textChanged.connect(follow)
    follow(edit.text())
    return box


def limited_notes(edit: QPlainTextEdit, maximum: int) -> QWidget:
    """``edit`` with a line under it while its text is over ``maximum`` characters (control
    characters, which are not kept, not counted): nothing typed is cut; Save says it too."""
    box, hint = _with_hint(edit, "notes")

    def follow() -> None:
        length = len(strip_controls(edit.toPlainText()))
        over = length > maximum
        if over:
            hint.setText(
                fill(
                    QCoreApplication.translate(
                        "LengthLimit",
                        "The notes are %1 characters long; the limit is %2. Shorten them before "
                        "saving.",
                    ),
                    (integer_text(length), integer_text(maximum)),
                )
            )
            if hint.isHidden():
                announce(edit, hint.text())
        hint.setVisible(over)

    edit.textChanged.connect(follow)
    return box
