"""The main window: a page list on the left, the pages on the right.

The window paints first and only then asks for the services (which import SQLAlchemy and open the
database, about 300 ms here): the user sees the app at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from belimumab_companion import APP_NAME
from belimumab_companion.services.app_services import AppServices, DataUnavailableError
from belimumab_companion.ui.about import AboutDialog
from belimumab_companion.ui.pages.drug_info import DrugInfoPage
from belimumab_companion.ui.pages.empty_state import EmptyStatePage
from belimumab_companion.ui.pages.settings_page import SettingsPage

ServicesLoader = Callable[[], AppServices]


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str


class MainWindow(QMainWindow):
    first_painted = Signal()
    data_shown = Signal()
    load_failed = Signal(str)

    def __init__(self, loader: ServicesLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._loader = loader
        self._painted = False
        self.services: AppServices | None = None

        self.pages: dict[str, QWidget] = {}
        self.drug_info = DrugInfoPage()
        self.settings_page = SettingsPage()
        specs = [
            (
                PageSpec("today", self.tr("Today")),
                EmptyStatePage(
                    "todayPage",
                    self.tr("Today"),
                    self.tr(
                        "Your next dose, anything overdue, and one click to log a dose or a symptom will be "
                        "shown here once you have set up your treatment plan. Setting up a plan is not "
                        "available in this version yet."
                    ),
                ),
            ),
            (
                PageSpec("schedule", self.tr("Schedule")),
                EmptyStatePage(
                    "schedulePage",
                    self.tr("Schedule"),
                    self.tr(
                        "Your treatment plan, upcoming doses with a month calendar, and your dose history "
                        "will be here. Nothing is scheduled yet."
                    ),
                ),
            ),
            (
                PageSpec("diary", self.tr("Diary")),
                EmptyStatePage(
                    "diaryPage",
                    self.tr("Diary"),
                    self.tr(
                        "Your side-effect and symptom diary and mood check-ins will be here. No entries yet."
                    ),
                ),
            ),
            (
                PageSpec("contraception", self.tr("Contraception")),
                EmptyStatePage(
                    "contraceptionPage",
                    self.tr("Contraception"),
                    self.tr(
                        "If it applies to you: reminders for your contraception method, and how long it is "
                        "still needed after your last dose. Nothing is set up yet."
                    ),
                ),
            ),
            (PageSpec("drug_info", self.tr("Drug information")), self.drug_info),
            (
                PageSpec("reports", self.tr("Reports")),
                EmptyStatePage(
                    "reportsPage",
                    self.tr("Reports"),
                    self.tr(
                        "A report for your care team, exports of your data and backups will be here."
                    ),
                ),
            ),
            (PageSpec("settings", self.tr("Settings")), self.settings_page),
        ]
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setAccessibleDescription(
            self.tr("Choose a page; Ctrl+1 to Ctrl+7 jump directly")
        )
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for number, (spec, page) in enumerate(specs, start=1):
            self.pages[spec.key] = page
            self.navigation.addItem(spec.label)
            self.navigation.item(number - 1).setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", spec.label).replace("%2", str(number))
            )
            self.stack.addWidget(page)
        self.page_keys = [spec.key for spec, _ in specs]
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus(specs)
        self.navigation.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Opening your data…"))
        self.resize(1100, 760)

    def _build_menus(self, specs: list[tuple[PageSpec, QWidget]]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_monograph = QAction(self.tr("&Open a monograph…"), self)
        open_monograph.setObjectName("actionOpenMonograph")
        open_monograph.triggered.connect(self._open_monograph)
        file_menu.addAction(open_monograph)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (spec, _page) in enumerate(specs, start=1):
            action = QAction(spec.label, self)
            action.setObjectName(f"actionGo_{spec.key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Belimumab Companion"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.page_keys.index(key))

    def current_page_key(self) -> str:
        return self.page_keys[self.stack.currentIndex()]

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self.load_services)

    def load_services(self) -> None:
        if self.services is not None:
            return
        try:
            services = self._loader()
        except DataUnavailableError as exc:
            self.statusBar().showMessage(self.tr("Your data could not be opened."))
            self.load_failed.emit(str(exc))
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("Your data could not be opened"),
                str(exc),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("dataUnavailableDialog")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            self._data_box = box
            return
        self.services = services
        self.drug_info.load(services.monographs)
        self.settings_page.load(services)
        self.statusBar().showMessage(self.tr("Your data is stored on this computer only."))
        self.data_shown.emit()

    def _open_monograph(self) -> None:
        self.show_page("drug_info")
        if self.services is not None:
            self.drug_info.choose_file()
