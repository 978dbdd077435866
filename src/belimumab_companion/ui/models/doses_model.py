"""A table of planned doses (schedule list, history). Sorting happens in the service, not here.

Rows are turned into text once, when they arrive, and handed to the view in batches (lazy fetch):
ten years of weekly doses open at once and scroll smoothly.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from belimumab_companion.domain.schedule import PlannedDose
from belimumab_companion.ui.text.dose_text import (
    amount_text,
    phase_text,
    route_text,
    short_amount_text,
    short_when_text,
    status_text,
    when_text,
)
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.ui.text.locale_format import integer_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
BATCH = 100


class DosesModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("DosesModel", "#"),
        QT_TRANSLATE_NOOP("DosesModel", "When"),
        QT_TRANSLATE_NOOP("DosesModel", "Status"),
        QT_TRANSLATE_NOOP("DosesModel", "Amount"),
        QT_TRANSLATE_NOOP("DosesModel", "Phase"),
        QT_TRANSLATE_NOOP("DosesModel", "How"),
        QT_TRANSLATE_NOOP("DosesModel", "Given"),
    )
    ROUTE_COLUMN = 5
    GIVEN_COLUMN = 6

    def __init__(self, doses: Sequence[PlannedDose] = ()) -> None:
        super().__init__()
        self._doses: list[PlannedDose] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._loaded = 0
        self._replace(doses)

    def _replace(self, doses: Sequence[PlannedDose]) -> None:
        self._doses = list(doses)
        self._texts = [None] * len(self._doses)
        self._loaded = min(BATCH, len(self._doses))

    def set_doses(self, doses: Sequence[PlannedDose]) -> None:
        self.beginResetModel()
        self._replace(doses)
        self.endResetModel()

    def dose(self, row: int) -> PlannedDose:
        return self._doses[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._loaded < len(self._doses)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._doses) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            dose = self._doses[row]
            texts = (
                integer_text(dose.sequence),
                short_when_text(dose.due),
                status_text(dose),
                short_amount_text(dose),
                phase_text(dose),
                route_text(dose),
                given_text(dose),
            )
            self._texts[row] = texts
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts = self._row_texts(index.row())
            return texts[index.column()] if 0 <= index.column() < len(texts) else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3):
            dose = self._doses[index.row()]
            return when_text(dose.due) if index.column() == 1 else amount_text(dose)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return marked("DosesModel", self.HEADERS[section])
        return None


def given_text(dose: PlannedDose) -> str:
    """When and where it was given ("Tue, 20 Oct 2026, 18:10 · Right thigh"); "" otherwise."""
    from belimumab_companion.domain.dose_log import Site
    from belimumab_companion.ui.widgets.body_map import site_label

    administration = dose.administration
    if administration is None or administration.skipped_on_advice:
        return ""
    # in the zone it was given in (a dose given while travelling shows the time there)
    zone = ZoneInfo(administration.zone) if administration.zone else dose.due.tzinfo
    when = short_when_text(administration.given_at.astimezone(zone))
    sites = [site_label(Site(name)) for name in administration.sites]
    return " · ".join([when, ", ".join(sites)]) if sites else when
