"""The main window: a page list on the left, the pages on the right.

The window's first paint is its frame (menus, the page list, "Opening your data…"); the page in
view is built right after it, the others when first opened, and the services (SQLAlchemy, the
database) are loaded next. A change reloads the page in view at once and a hidden page when it
is next shown.

Keyboard: Ctrl+1…Ctrl+7 open the pages (Go menu); the Actions menu has window-wide shortcuts for
the main actions: Ctrl+D logs the next dose, Ctrl+L logs a symptom (a new diary entry), Ctrl+F
finds (see :meth:`MainWindow.open_find`). Ctrl+Z undoes the latest change (Edit); Ctrl+Q quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion import APP_NAME
from belimumab_companion.services.errors import DataUnavailableError, StorageWriteError
from belimumab_companion.services.start_errors import DataSetAsideError
from belimumab_companion.ui.dialogs.user_guide_action import add_user_guide_action
from belimumab_companion.ui.shell.operations import (
    PAGE_SHOWS,
    REMINDERS_FOLLOW,
    Change,
    ChangeAware,
    as_page,
    operations,
)
from belimumab_companion.ui.shell.shortcuts import (
    LOG_DOSE_SHORTCUT,
    LOG_SYMPTOM_SHORTCUT,
    shortcut_text,
)
from belimumab_companion.ui.shell.startup_probe import after_next_paint
from belimumab_companion.ui.shell.style import SPACE
from belimumab_companion.ui.shell.window_data import OPEN_FAILURE_TEXT, DataFileMixin
from belimumab_companion.ui.shell.window_flows import RemindersAndDiaryMixin
from belimumab_companion.ui.shell.window_pages import FIND_SHORTCUT, PageFactories
from belimumab_companion.ui.shell.window_state import fit_to_screen
from belimumab_companion.ui.text.i18n import error_text, marked
from belimumab_companion.user_text import fill

# importing services for real pulls in SQLAlchemy, which must wait for first paint
if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.ui.dialogs.about import AboutDialog
    from belimumab_companion.ui.pages.drug_info import DrugInfoPage
    from belimumab_companion.ui.pages.settings_page import SettingsPage
    from belimumab_companion.ui.shell.reminder_centre import ReminderCentre

log = logging.getLogger(__name__)
_NATIVE = QKeySequence.SequenceFormat.NativeText

ServicesLoader = Callable[[], "AppServices"]


class MainWindow(DataFileMixin, RemindersAndDiaryMixin, PageFactories, QMainWindow):
    first_painted = Signal()
    data_shown = Signal()
    data_painted = Signal()  # the first paint after data_shown (then reminders and backups)
    load_failed = Signal(str)

    def __init__(
        self, loader: ServicesLoader, parent: QWidget | None = None, reminders: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._loader = loader
        self._painted = False
        self._with_reminders = reminders
        self.services: AppServices | None = None
        self.reminder_centre: ReminderCentre | None = None
        self._quitting = False
        # First paint (or a hidden start) has come: the page in view is built and the data
        # load triggered. Issue 21: the window paints its frame first (menus, the page list,
        # "Opening your data…"); until then no page is built.
        self._started = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._about_to_quit)

        self._page_specs: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("today", self.tr("Today"), self._make_today),
            ("schedule", self.tr("Schedule"), self._make_schedule),
            ("diary", self.tr("Diary"), self._make_diary),
            ("contraception", self.tr("Contraception"), self._make_contraception),
            ("drug_info", self.tr("Drug information"), self._make_drug_info),
            ("reports", self.tr("Reports"), self._make_reports),
            ("settings", self.tr("Settings"), self._make_settings),
        ]
        self.page_keys = [key for key, _label, _factory in self._page_specs]
        self._built: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # hidden pages whose data changed: loaded when next shown
        # Issue 19: every change comes through the one gateway; a page refreshes only for the
        # kinds of data it shows (PAGE_SHOWS), the reminders re-plan at once.
        self.operations = operations()
        self.operations.undo_stack.clear()  # a new window: nothing of another data folder to undo
        self.operations.changed.connect(self._on_changed)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setAccessibleDescription(
            fill(
                self.tr("Choose a page with the arrow keys; %1 to %2 open one directly"),
                (shortcut_text("Ctrl+1"), shortcut_text(f"Ctrl+{len(self._page_specs)}")),
            )
        )
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.navigation.setFont(font)
        self.navigation.setSpacing(SPACE.XS)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for number, (key, label, _factory) in enumerate(self._page_specs, start=1):
            self.navigation.addItem(label)
            tip = fill(self.tr("%1 (%2)"), (label, shortcut_text(f"Ctrl+{number}")))
            self.navigation.item(number - 1).setToolTip(tip)
            placeholder = QWidget()
            placeholder.setObjectName(f"{key}Placeholder")
            self.stack.addWidget(placeholder)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        # as wide as its longest page name needs, in the font in use (no fixed pixels)
        frame = 2 * self.navigation.frameWidth() + 4 * self.navigation.spacing()
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + frame + 16)

        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_banner.setMargin(8)
        self.read_only_banner.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.read_only_banner.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.navigation.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Opening your data…"))
        fit_to_screen(self)  # 1024×700 and up; gui_main restores the size the user left

    # --- pages -------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use (and given the services if they are loaded)."""
        if key not in self._built:
            index = self.page_keys.index(key)
            widget = self._page_specs[index][2]()
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            current = self.stack.currentIndex()
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, widget)
            self.stack.setCurrentIndex(current)
            self._built[key] = widget
            if self.services is not None:
                as_page(widget).load(self.services)
        elif key in self._stale and self.services is not None:
            self._stale.discard(key)
            as_page(self._built[key]).load(self.services)
        return self._built[key]

    @property
    def pages(self) -> dict[str, QWidget]:
        return {key: self.page(key) for key in self.page_keys}

    @property
    def drug_info(self) -> DrugInfoPage:
        return self.page("drug_info")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    def _make_today(self) -> QWidget:
        from belimumab_companion.ui.pages.today_page import TodayPage

        page = TodayPage()
        page.supplies_requested.connect(lambda: self.show_page("settings"))
        return page

    def _show_modules(self) -> None:
        """The contraception module shows nowhere while it is off (its page and Go entry too)."""
        if self.services is None:
            return
        on = self.services.contraception.enabled() is True
        index = self.page_keys.index("contraception")
        self.navigation.item(index).setHidden(not on)
        action = self.findChild(QAction, "actionGo_contraception")
        if action is not None:
            action.setEnabled(on)
            action.setVisible(on)
        if not on and self.current_page_key() == "contraception":
            self.show_page("today")

    def _make_diary(self) -> QWidget:
        from belimumab_companion.ui.pages.diary_page import DiaryPage

        page = DiaryPage()
        page.log_requested.connect(self.open_symptom_dialog)
        page.edit_requested.connect(self.open_symptom_dialog)
        page.delete_requested.connect(self._delete_symptom)
        return page

    def _on_changed(self, changes: Change) -> None:
        """A change-set from the gateway: the pages that show one of its kinds show it again,
        and the reminder engine re-plans at once (not at its next tick)."""
        if self.services is None:
            return
        if changes & (Change.SETTINGS | Change.DATA_REPLACED):
            self._show_modules()
        current = self.current_page_key()
        for key, widget in self._built.items():
            if PAGE_SHOWS[key] & changes:
                if key != current:
                    self._stale.add(key)
                elif isinstance(widget, ChangeAware):  # it may show only what changed
                    widget.apply_changes(self.services, changes)
                else:
                    as_page(widget).load(self.services)
        centre = self.reminder_centre
        if centre is not None and changes & REMINDERS_FOLLOW and not (changes & Change.REMINDERS):
            centre.replan()

    def _make_reports(self) -> QWidget:
        from belimumab_companion.ui.pages.reports_page import ReportsPage

        page = ReportsPage()
        page.restore_requested.connect(self.restore_backup)
        return page

    def _make_settings(self) -> QWidget:
        from belimumab_companion.ui.pages.settings_page import SettingsPage

        page = SettingsPage()
        page.erase_requested.connect(self.erase_all_data)
        return page

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            if self._started:
                self.page(self.page_keys[row])
            self.stack.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.page_keys.index(key))

    def current_page_key(self) -> str:
        return self.page_keys[self.stack.currentIndex()]

    # --- menus and dialogs --------------------------------------------------------------------

    def _build_menus(self) -> None:
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
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        # No Alt letter: E, d, i and t are each some page's control already; its two actions
        # have the standard keys (Ctrl+Z, Ctrl+Shift+Z) on every page, and Alt+F then → reach it.
        edit_menu = self.menuBar().addMenu(self.tr("Edit"))
        stack = self.operations.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("actionUndo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("actionRedo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z and Ctrl+Y
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            edit_menu.addAction(action)
            self.addAction(action)  # Ctrl+Z on every page, menu open or not

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (key, label, _factory) in enumerate(self._page_specs, start=1):
            action = QAction(label, self)
            action.setObjectName(f"actionGo_{key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, page_key=key: self.show_page(page_key))
            go_menu.addAction(action)
            self.addAction(action)

        self._build_actions_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_user_guide_action(self, help_menu)  # F1, ui/user_guide.py
        about = QAction(self.tr("&About Belimumab Companion"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_actions_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Actions"))
        entries: list[tuple[str, str, str, QKeySequence, Callable[[], object]]] = [
            (
                "actionLogDose",
                self.tr("Log a &dose…"),
                self.tr("Record the next dose, as the Today page's button does"),
                QKeySequence(LOG_DOSE_SHORTCUT),
                self.log_dose,
            ),
            (
                "actionLogSymptom",
                self.tr("Log a &symptom…"),
                self.tr("Write a new diary entry for a symptom or side effect"),
                QKeySequence(LOG_SYMPTOM_SHORTCUT),
                self.open_symptom_dialog,
            ),
            (
                "actionFind",
                self.tr("&Find…"),
                self.tr("Find in the drug information when it is open; otherwise search the diary"),
                QKeySequence(FIND_SHORTCUT),
                self.open_find,
            ),
        ]
        for name, text, tip, keys, slot in entries:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(tip)
            action.setToolTip(fill(self.tr("%1 (%2)"), (tip, keys.toString(_NATIVE))))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            menu.addAction(action)
            self.addAction(action)  # active whichever page shows, menu open or not

    def log_dose(self):  # type: ignore[no-untyped-def]
        """Ctrl+D: open the Today page's "Log this dose…" for the next dose (the same dialog, the
        same follow-up questions). Says so in the status bar when there is no dose to log."""
        from belimumab_companion.ui.pages.today_page import TodayPage

        today = self.page("today")
        assert isinstance(today, TodayPage)
        dialog = today.open_log_dialog()
        if dialog is None:
            if self.services is None:
                self.statusBar().showMessage(self.tr("Your data is not open yet."), 8000)
            else:
                self.statusBar().showMessage(
                    self.tr("There is no dose to log: no dose is planned."), 8000
                )
        return dialog

    def open_find(self) -> None:
        """Ctrl+F. On the Drug information page: open its find-in-page bar. On any other page:
        go to the Diary and put the cursor in its search field (full text over the symptoms and
        notes), its words selected so typing replaces them. Those are the two searches the app
        has; the diary is what a person most often looks something up in."""
        from belimumab_companion.ui.pages.diary_page import DiaryPage

        if self.current_page_key() == "drug_info":
            self.drug_info.find_bar.open_bar()
            return
        self.show_page("diary")
        diary = self.page("diary")
        assert isinstance(diary, DiaryPage)
        diary.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        diary.search_edit.selectAll()

    def show_about(self) -> AboutDialog:
        from belimumab_companion.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- start-up -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and not self._started:
            # Not from inside the paint: listeners may do I/O or open dialogs.
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._started:
            return
        self._started = True
        self.first_painted.emit()
        self.page(self.current_page_key())
        QTimer.singleShot(0, self.load_services)

    def load_services(self) -> None:
        if self.services is not None:
            return
        try:
            services = self._loader()
        except DataSetAsideError as exc:
            self._offer_backup(exc)
            return
        except DataUnavailableError as exc:
            self._report_unavailable(error_text(exc))
            return
        except StorageWriteError as exc:  # e.g. another program holds the lock past the timeout
            self._report_unavailable(
                self.tr(
                    "Your data could not be opened just now (%1). Nothing was changed; start the "
                    "app again in a moment."
                ).replace("%1", marked("MainWindow", OPEN_FAILURE_TEXT[exc.kind]))
            )
            return
        self.services = services
        self._show_modules()
        self._stale.clear()
        for widget in self._built.values():
            as_page(widget).load(services)
        self.statusBar().showMessage(self.tr("Your data is stored on this computer only."))
        if services.read_only:
            self._show_read_only(services)
        self.data_shown.emit()
        after_next_paint(self, lambda: QTimer.singleShot(0, self._data_painted))

    def _data_painted(self) -> None:
        """The data is on the screen: now the reminders (they record what they sent)."""
        self.data_painted.emit()
        if self._with_reminders and self.services and not self.services.read_only:
            self.start_reminders()

    def quit_app(self) -> None:
        if self.reminder_centre is not None and self.reminder_centre.tray is not None:
            QApplication.quit()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        centre = self.reminder_centre
        if centre is not None and centre.tray is not None and not self._quitting:
            self.hide()  # reminders keep running in the tray
            event.ignore()
            return
        if centre is not None:
            centre.stop()
        super().closeEvent(event)

    def _about_to_quit(self) -> None:
        self._quitting = True
        if self.reminder_centre is not None:
            self.reminder_centre.stop()

    def start_hidden(self) -> None:
        """``--minimized`` with a tray: load the data and start reminders without showing."""
        QTimer.singleShot(0, self._after_first_paint)

    def _open_monograph(self) -> None:
        self.show_page("drug_info")
        if self.services is not None:
            self.drug_info.choose_file()
