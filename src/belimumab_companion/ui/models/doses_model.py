"""A table of planned doses (schedule list, history). Sorting happens in the service, not here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.ui.dose_text import (
    amount_text,
    phase_text,
    route_text,
    short_amount_text,
    short_when_text,
    status_text,
    when_text,
)

Index = QModelIndex | QPersistentModelIndex


class DosesModel(QAbstractTableModel):
    HEADERS = ("#", "When", "Status", "Amount", "Phase", "How")

    def __init__(self, doses: Sequence[PlannedDose] = ()) -> None:
        super().__init__()
        self._doses = list(doses)

    def set_doses(self, doses: Sequence[PlannedDose]) -> None:
        self.beginResetModel()
        self._doses = list(doses)
        self.endResetModel()

    def dose(self, row: int) -> PlannedDose:
        return self._doses[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._doses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._doses):
            return None
        dose = self._doses[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3):
            return when_text(dose.due) if index.column() == 1 else amount_text(dose)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            values = (
                str(dose.sequence),
                short_when_text(dose.due),
                status_text(dose),
                short_amount_text(dose),
                phase_text(dose),
                route_text(dose),
            )
            return values[column] if 0 <= column < len(values) else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None
