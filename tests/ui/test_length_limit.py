"""Issue 20 item 7: a text field with a maximum says so when it is full (typed or pasted), the
words announced, its label's mnemonic still reaching it; nothing typed is changed."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.services.app_services import AppServices
from belimumab_companion.ui.dialogs.delivery_dialog import DeliveryDialog
from belimumab_companion.ui.widgets.length_limit import limited
from typed_values_support import TODAY, paste_into, plan


def test_a_full_field_says_its_limit_and_a_paste_cut_short_too(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    edit = QLineEdit()
    edit.setObjectName("lot")
    form.addRow("&Lot number:", limited(edit, 5))
    host.show()
    hint = host.findChild(QLabel, "lotLimitHint")
    assert hint is not None and not hint.isVisible()
    QTest.keyClicks(edit, "AB12")
    assert not hint.isVisible()
    QTest.keyClicks(edit, "3X")  # the sixth character is refused: now it says why
    assert edit.text() == "AB123" and hint.isVisible()
    assert hint.text() == "At most 5 characters."
    edit.clear()
    assert not hint.isVisible()
    paste_into(edit, "ABCDEFGH")  # a paste cut short at the limit says so as well
    assert edit.text() == "ABCDE" and hint.isVisible()
    # the label's mnemonic (its buddy is the box around the field) still reaches the field
    box = edit.parentWidget()
    assert box is not None
    label = form.labelForField(box)
    assert isinstance(label, QLabel) and label.buddy() is box
    assert box.focusProxy() is edit  # focus given to the box lands in the field


def test_the_delivery_lot_says_its_limit(qtbot: QtBot, services: AppServices) -> None:
    plan(services)
    dialog = DeliveryDialog(services.supplies, TODAY, None)
    qtbot.addWidget(dialog)
    dialog.show()
    paste_into(dialog.lot, "L" * 60)
    hints = [
        label
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("LimitHint") and label.isVisible()
    ]
    assert [label.text() for label in hints] == ["At most 40 characters."]
    assert len(dialog.lot.text()) == 40


def test_dose_notes_over_the_limit_are_said_as_typed_and_refused_on_save(
    qtbot: QtBot, services: AppServices
) -> None:
    from belimumab_companion.domain.free_text import MAX_NOTES
    from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
    from typed_values_support import log_dose

    dialog = log_dose(services)
    assert isinstance(dialog, LogDoseDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    long = "n" * (MAX_NOTES + 1)
    dialog.notes.setPlainText(long)
    hint = dialog.findChild(QLabel, "logDoseNotesLimitHint")
    assert hint is not None and hint.isVisible()
    assert "10001" in hint.text().replace(",", "") and "10000" in hint.text().replace(",", "")
    dialog.save_button.click()
    assert dialog.result() == 0 and dialog.notes.toPlainText() == long  # kept, not saved
    assert dialog.message.text()
    dialog.notes.setPlainText("n" * MAX_NOTES)  # at the limit: fine
    assert not hint.isVisible()
