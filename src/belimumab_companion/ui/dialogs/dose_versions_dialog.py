"""The audit trail of one logged dose: every version, with when it was logged, corrected,
deleted or restored. Read-only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.services.plan_service import DoseRecord
from belimumab_companion.ui.dialogs.common import text_width
from belimumab_companion.ui.text.dose_text import short_when_text
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.widgets.body_map import site_label
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

# Shown with marked("DoseVersionsDialog", ...).
ORIGIN = {
    "logged": QT_TRANSLATE_NOOP("DoseVersionsDialog", "Logged"),
    "edited": QT_TRANSLATE_NOOP("DoseVersionsDialog", "Corrected"),
    "restored": QT_TRANSLATE_NOOP("DoseVersionsDialog", "Restored by undo"),
    "reported": QT_TRANSLATE_NOOP("DoseVersionsDialog", "Given before the app was set up"),
}
GIVEN_BY = {
    "self": QT_TRANSLATE_NOOP("DoseVersionsDialog", "Myself"),
    "caregiver": QT_TRANSLATE_NOOP("DoseVersionsDialog", "A caregiver"),
    "clinic": QT_TRANSLATE_NOOP("DoseVersionsDialog", "The clinic"),
}


def _marked(table: dict[str, str], code: str) -> str:
    """A code's wording in the user's language; an unknown code as it is."""
    source = table.get(code)
    return marked("DoseVersionsDialog", source) if source else code


class DoseVersionsDialog(QDialog):
    def __init__(self, versions: Sequence[DoseRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseVersionsDialog")
        self.setWindowTitle(self.tr("Changes to this dose"))
        headers = [
            self.tr("Version"),
            self.tr("Given"),
            self.tr("Sites"),
            self.tr("By"),
            self.tr("Lot"),
            self.tr("Notes"),
            self.tr("Entered"),
            self.tr("State"),
        ]
        self.table = QTableWidget(len(versions), len(headers))
        self.table.setObjectName("doseVersions")
        self.table.setAccessibleName(self.tr("Versions of this dose, oldest first"))
        self.table.setAccessibleDescription(
            self.tr("Every version of this dose: when it was given, where, by whom, and its state.")
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside
        self.table.setWordWrap(True)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, version in enumerate(versions):
            zone_time = version.given_at.astimezone(ZoneInfo(version.zone))
            if version.replaced_at is None:
                state = self.tr("Current")
            elif version.replaced_by_id is None:
                state = self.tr("Deleted %1").replace("%1", _local(version.replaced_at))
            else:
                state = self.tr("Replaced %1").replace("%1", _local(version.replaced_at))
            cells = [
                _marked(ORIGIN, version.origin),
                short_when_text(zone_time),
                ", ".join(site_label(s) for s in version.sites) or "—",
                _marked(GIVEN_BY, version.given_by),
                version.lot_number or "",
                version.notes,
                _local(version.created_at),
                state,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("doseVersionsClose")
        close.setAccessibleDescription(self.tr("Close this window."))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(text_width(self, 120), self.fontMetrics().lineSpacing() * 16)


def _local(moment: datetime) -> str:
    """When an entry was made, in this computer's zone."""
    return short_when_text(moment.astimezone())
