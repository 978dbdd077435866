"""The main window's factories for the pages that need no wiring to the window's own actions
(each page is built the first time it is opened; see ``MainWindow.page``)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

FIND_SHORTCUT = QKeySequence.StandardKey.Find  # Ctrl+F (Cmd+F on macOS)


class PageFactories:
    def _make_contraception(self) -> QWidget:
        from belimumab_companion.ui.pages.contraception_page import ContraceptionPage

        return ContraceptionPage()

    def _make_schedule(self) -> QWidget:
        from belimumab_companion.ui.pages.schedule_page import SchedulePage

        return SchedulePage()

    def _make_drug_info(self) -> QWidget:
        from belimumab_companion.ui.pages.drug_info import DrugInfoPage

        page = DrugInfoPage()
        # The window's Find action (the same keys) opens this page's find bar; two shortcuts on
        # the same keys would cancel each other out.
        find = QKeySequence(FIND_SHORTCUT)
        for shortcut in page.findChildren(QShortcut):
            if shortcut.key().matches(find) == QKeySequence.SequenceMatch.ExactMatch:
                shortcut.setEnabled(False)
        return page
