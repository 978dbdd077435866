"""The main window: a page list on the left, the pages on the right.

Start-up order, for a fast first paint: only the first page is built before the window shows;
the others are built when first opened. The services (which import SQLAlchemy and open the
database, about 300 ms here) are requested right after the first paint.

Keyboard: Ctrl+1…Ctrl+7 open the pages (Go menu); the Actions menu has window-wide shortcuts for
the main actions: Ctrl+D logs the next dose, Ctrl+L logs a symptom (a new diary entry), Ctrl+F
finds (see :meth:`MainWindow.open_find`). Ctrl+Z undoes on the page that offers it; Ctrl+Q quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
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
from belimumab_companion.ui.i18n import error_text, marked
from belimumab_companion.ui.pages.today_page import (
    LOG_DOSE_SHORTCUT,
    LOG_SYMPTOM_SHORTCUT,
    shortcut_text,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

if (
    TYPE_CHECKING
):  # importing services for real pulls in SQLAlchemy, which must wait for first paint
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.backup_service import BackupService
    from belimumab_companion.system.autostart import Autostart
    from belimumab_companion.system.storage_location import UnsafeLocation
    from belimumab_companion.ui.about import AboutDialog
    from belimumab_companion.ui.erase_data_dialog import EraseDataDialog
    from belimumab_companion.ui.pages.drug_info import DrugInfoPage
    from belimumab_companion.ui.pages.settings_page import SettingsPage
    from belimumab_companion.ui.reminder_centre import ReminderCentre

log = logging.getLogger(__name__)
_NATIVE = QKeySequence.SequenceFormat.NativeText

ServicesLoader = Callable[[], "AppServices"]
T = TypeVar("T")

FIND_SHORTCUT = QKeySequence.StandardKey.Find  # Ctrl+F (Cmd+F on macOS)

# Why the data could not be opened, inside "Your data could not be opened just now (%1)."
OPEN_FAILURE_TEXT = {
    "full": QT_TRANSLATE_NOOP("MainWindow", "the disk is full"),
    "busy": QT_TRANSLATE_NOOP("MainWindow", "another program is using the data file"),
    "read-only": QT_TRANSLATE_NOOP("MainWindow", "the data folder cannot be written to"),
    "io": QT_TRANSLATE_NOOP("MainWindow", "the computer could not read or write the disk"),
}


class MainWindow(QMainWindow):
    first_painted = Signal()
    data_shown = Signal()
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
        self._started = False  # first paint (or a hidden start) has triggered the data load
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
        self.navigation.setSpacing(3)
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
        self.resize(1100, 760)

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
            if self.services is not None and hasattr(widget, "load"):
                widget.load(self.services)
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
        page.dose_logged.connect(self.reload_pages)
        page.symptom_logged.connect(self.reload_pages)
        page.contraception_changed.connect(self.reload_pages)
        return page

    def _make_contraception(self) -> QWidget:
        from belimumab_companion.ui.pages.contraception_page import ContraceptionPage

        page = ContraceptionPage()
        page.changed.connect(self.reload_pages)
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

    def open_symptom_dialog(self, entry_id: int | None = None):  # type: ignore[no-untyped-def]
        """Log a new symptom, or edit one (with an undo on the Diary page)."""
        from belimumab_companion.system.local_zone import local_zone_name
        from belimumab_companion.ui.diary_entry_dialog import DiaryEntryDialog
        from belimumab_companion.ui.pages.diary_page import DiaryPage

        if self.services is None:
            return None
        services = self.services
        entry = services.diary.get(entry_id) if entry_id else None
        dialog = DiaryEntryDialog(services, local_zone_name(), self, entry=entry)
        diary = self.page("diary")

        def saved() -> None:
            self.reload_pages()
            previous = dialog.previous
            if previous is not None and isinstance(diary, DiaryPage):
                diary.offer_undo(
                    self.tr("Entry changed."), lambda: services.diary.restore_version(previous)
                )

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def _delete_symptom(self, entry_id: int) -> None:
        from belimumab_companion.ui.pages.diary_page import DiaryPage

        if self.services is None:
            return
        services = self.services
        services.diary.delete(entry_id)  # soft: kept, out of every view, can be undone
        self.reload_pages()
        diary = self.page("diary")
        if isinstance(diary, DiaryPage):
            diary.offer_undo(self.tr("Entry deleted."), lambda: services.diary.restore(entry_id))

    def _make_schedule(self) -> QWidget:
        from belimumab_companion.ui.pages.schedule_page import SchedulePage

        page = SchedulePage()
        page.plan_changed.connect(self.reload_pages)
        return page

    def reload_pages(self) -> None:
        """After a change, every built page shows the data again."""
        if self.services is None:
            return
        self._show_modules()
        for widget in self._built.values():
            if hasattr(widget, "load"):
                widget.load(self.services)
        if self.reminder_centre is not None:
            self.reminder_centre.update_tray_tooltip()

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

    def _make_reports(self) -> QWidget:
        from belimumab_companion.ui.pages.reports_page import ReportsPage

        page = ReportsPage()
        page.restore_requested.connect(self.restore_backup)
        page.data_changed.connect(self.reload_pages)
        return page

    def _make_settings(self) -> QWidget:
        from belimumab_companion.ui.pages.settings_page import SettingsPage

        page = SettingsPage()
        page.modules_changed.connect(self.reload_pages)
        page.erase_requested.connect(self.erase_all_data)
        return page

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
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
        from belimumab_companion.ui.about import AboutDialog

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
        for widget in self._built.values():
            if hasattr(widget, "load"):
                widget.load(services)
        self.statusBar().showMessage(self.tr("Your data is stored on this computer only."))
        if services.read_only:
            self._show_read_only(services)
        self.data_shown.emit()
        if self._with_reminders and not services.read_only:  # reminders record what they sent
            QTimer.singleShot(0, self.start_reminders)

    # --- reminders ----------------------------------------------------------------------------

    def start_reminders(self, **options: object) -> ReminderCentre | None:
        """Start the reminder engine and its channels (after the data is shown)."""
        from belimumab_companion.ui.reminder_centre import ReminderCentre

        if self.services is None or self.reminder_centre is not None:
            return self.reminder_centre
        centre = ReminderCentre(self.services, self, **options)  # type: ignore[arg-type]
        centre.log_requested.connect(self._log_from_reminder)
        centre.data_changed.connect(self.reload_pages)
        centre.delivered.connect(self._on_reminders_delivered)
        self.reminder_centre = centre
        if centre.tray is not None:  # close keeps reminders running; Quit quits
            QApplication.setQuitOnLastWindowClosed(False)
        centre.start()
        return centre

    def _on_reminders_delivered(self, reminders: list[object], _consolidated: bool) -> None:
        from belimumab_companion.domain.reminders import Reminder, ReminderKind
        from belimumab_companion.ui.pages.today_page import TodayPage
        from belimumab_companion.ui.reminder_text import reminder_body

        today = self.page("today")
        for reminder in reminders:
            if isinstance(reminder, Reminder) and reminder.kind is ReminderKind.CHECK_IN:
                assert isinstance(today, TodayPage) and self.services is not None
                day = self.services.clock().date()
                today.note_check_in(f"{reminder.key}@{day}", reminder_body(reminder))
        if any(isinstance(r, Reminder) and r.kind is ReminderKind.CONTRACEPTION for r in reminders):
            self.reload_pages()  # the new reminder shows on Today, to mark done or missed
        if self.reminder_centre is not None:
            self.reminder_centre.update_tray_tooltip()

    def _log_from_reminder(self, reminder: object) -> None:
        """Open the log dialog for the reminded dose (or the next dose, from the tray)."""
        from belimumab_companion.domain.reminders import Reminder
        from belimumab_companion.ui.pages.today_page import TodayPage

        if self.services is None:
            return
        self.bring_to_front()
        self.show_page("today")
        today = self.page("today")
        assert isinstance(today, TodayPage)
        dose = None
        if isinstance(reminder, Reminder):
            now = self.services.clock()
            dose = next(
                (
                    d
                    for d in self.services.plans.schedule(now)
                    if (d.segment_id, d.sequence) == (reminder.segment_id, reminder.sequence)
                ),
                None,
            )
        dialog = today.open_log_dialog(dose)
        if dialog is not None and self.reminder_centre is not None:
            centre = self.reminder_centre

            def answered() -> None:
                if dialog.logged is not None:
                    occurrence = dialog.logged.occurrence
                    centre.due_window.logged(occurrence.segment_id, occurrence.sequence)

            dialog.accepted.connect(answered)

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

    def _show_read_only(self, services: AppServices) -> None:
        self.read_only_banner.setText(
            self.tr(
                "Read-only: your data folder cannot be written to, so nothing can be saved and "
                "there are no reminders. Everything you recorded is shown, and nothing was "
                "changed. Check the permissions of %1 (or the disk it is on), then start the app "
                "again."
            ).replace("%1", str(services.paths.data_dir))
        )
        self.read_only_banner.setAccessibleName(self.tr("Read-only warning"))
        self.read_only_banner.show()
        self.statusBar().showMessage(self.tr("Read-only: nothing can be saved."))

    # --- replacing the data ---------------------------------------------------------------------

    def replace_data(self, action: Callable[[BackupService], T]) -> T:
        """Close the data, run ``action`` (a restore or its undo) and open what is on disk after
        it, whether ``action`` worked or not; pages and reminders then show the new data."""
        services = self.services
        assert services is not None
        centre = self.reminder_centre
        if centre is not None:
            centre.timer.stop()
        services.close()
        self.services = None
        try:
            return action(services.backups)
        finally:
            self.load_services()
            if centre is not None and self.services is not None:
                centre.use_services(self.services)
                centre.start()

    def restore_backup(self, file: Path) -> None:
        """Show what ``file`` holds and, once confirmed, restore it (with an undo on Reports)."""
        from belimumab_companion.services.backup_service import BackupRefused
        from belimumab_companion.ui.data_restore import ask_to_restore

        if self.services is None:
            return
        try:
            preview = self.services.backups.inspect(file)
        except BackupRefused as exc:
            self._say_not_restored(error_text(exc))
            return
        ask_to_restore(self, preview, lambda: self._restore_confirmed(file))

    def _restore_confirmed(self, file: Path) -> None:
        from belimumab_companion.services.backup_service import (
            BackupError,
            BackupRefused,
            DatabaseInUseError,
            RestoreResult,
        )
        from belimumab_companion.ui.pages.reports_page import ReportsPage

        def undo(result: RestoreResult) -> str | None:
            try:
                self.replace_data(lambda backups: backups.undo_restore(result))
            except (BackupError, DatabaseInUseError, OSError, ValueError) as exc:
                log.warning("undoing a restore failed: %s", type(exc).__name__)
                return self.tr("The restore could not be undone: %1").replace("%1", error_text(exc))
            log.info("undid the restore of %s", file.name)
            return None

        try:
            result = self.replace_data(lambda backups: backups.restore(file))
        except (BackupRefused, BackupError, DatabaseInUseError, OSError) as exc:
            log.warning("a restore failed (%s); the data is unchanged", type(exc).__name__)
            self._say_not_restored(
                self.tr("The restore failed and your data is unchanged: %1").replace(
                    "%1", error_text(exc)
                )
            )
            return
        log.info("restored the backup %s; the replaced data is set aside", file.name)
        reports = self.page("reports")
        assert isinstance(reports, ReportsPage)
        reports.restored(result, lambda: undo(result))

    def _say_not_restored(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.ui.dialogs import open_plain_message

        open_plain_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Not restored"),
            message,
            "restoreRefusedDialog",
        )

    def _offer_backup(self, error: DataSetAsideError) -> None:
        from belimumab_companion.ui.data_restore import offer_after_damage

        self.statusBar().showMessage(
            self.tr("Your data file is missing: earlier data was found.")
            if error.missing
            else self.tr("Your data file is damaged: it was moved aside.")
        )

        def chosen(restore: bool) -> None:
            if restore and error.restore_offer is not None:
                try:
                    error.restore_offer()
                except Exception as exc:  # the restore rolled back; the app starts with no data
                    log.exception("restoring the offered backup failed")
                    self._say_not_restored(
                        self.tr("The backup could not be restored: %1").replace(
                            "%1", error_text(exc)
                        )
                    )
            if error.missing and self.services is None and error.start_fresh is not None:
                error.start_fresh()  # no data file yet: start with none; the copy stays aside
            self.load_services()

        offer_after_damage(self, error, chosen)

    def warn_unsafe_location(self, location: UnsafeLocation) -> None:
        """Scenario 8: the data folder is on a network file system or in a cloud-synced folder.
        A plain warning with a local folder to use instead; the app goes on."""
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.ui.dialogs import open_plain_message

        if location.kind == "network":
            where = self.tr("It is on a network drive (%1).")
        else:
            where = self.tr("It is inside a folder that a cloud service synchronises (%1).")
        text = (
            self.tr(
                "Your data folder %1 is not a safe place for your data. %2 There, the data file "
                "can be damaged, or replaced by an older copy. Keep it on this computer instead, "
                "for example in %3: quit the app, move the folder there, and start the app with "
                "that folder."
            )
            .replace("%1", str(location.folder))
            .replace("%2", where.replace("%1", location.detail))
            .replace("%3", str(location.suggestion))
        )
        self.statusBar().showMessage(self.tr("Your data folder is not on this computer's disk."))
        open_plain_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Your data folder is not a safe place"),
            text,
            "unsafeLocationDialog",
        )

    def _report_unavailable(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.ui.dialogs import open_plain_message

        self.statusBar().showMessage(self.tr("Your data could not be opened."))
        self.load_failed.emit(message)
        open_plain_message(
            self,
            QMessageBox.Icon.Critical,
            self.tr("Your data could not be opened"),
            message,
            "dataUnavailableDialog",
        )

    def _open_monograph(self) -> None:
        self.show_page("drug_info")
        if self.services is not None:
            self.drug_info.choose_file()

    # --- erasing all data ---------------------------------------------------------------------

    def erase_all_data(self, autostart: Autostart | None = None) -> EraseDataDialog | None:
        """Ask for the typed confirmation; once given, erase everything and close the app.
        ``autostart`` is the login entry to remove (the real one when None)."""
        from belimumab_companion.ui.erase_data_dialog import EraseDataDialog

        if self.services is None or self.services.read_only:
            return None
        dialog = EraseDataDialog(self.services.paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._erase_confirmed(autostart))
        dialog.open()
        return dialog

    def _erase_confirmed(self, autostart: Autostart | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.services.erase_data import DataStillOpenError, erase_all_data
        from belimumab_companion.system.autostart import Autostart, AutostartError
        from belimumab_companion.ui.dialogs import open_plain_message
        from belimumab_companion.ui.erase_data_dialog import erased_message

        services = self.services
        if services is None:
            return
        centre = self.reminder_centre
        if centre is not None:
            centre.timer.stop()
        services.close()
        self.services = None  # gui_main's quit path then closes and backs up nothing
        if autostart is None:
            try:
                autostart = Autostart()
            except (AutostartError, ValueError):
                autostart = None  # reported in the result; the files are erased all the same
        try:
            # waits for an automatic backup under way; none starts after (no data to copy)
            with services.backups.exclusive():
                services.backups.pause_automatic()
                result = erase_all_data(services.paths, autostart)
        except DataStillOpenError as exc:  # another program has the file open: nothing removed
            self.load_services()
            if centre is not None and self.services is not None:
                centre.use_services(self.services)
                centre.start()
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Nothing was erased"),
                error_text(exc),
                "eraseRefusedDialog",
            )
            return
        services.backups.pause_automatic()  # belt and braces: no backup may bring a copy back
        if centre is not None:
            centre.stop()  # its dose-due window and tray icon go too
        self._shut_after_erase()
        warning, title, text = erased_message(result)
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = open_plain_message(self, icon, title, text, "dataErasedDialog")
        box.finished.connect(self._quit_after_erase)

    def _shut_after_erase(self) -> None:
        """Nothing may reach the closed data any more: a page's timer or a shortcut would open
        the data file again (and so make a new, empty one)."""
        for timer in self.findChildren(QTimer):
            timer.stop()
        for action in self.findChildren(QAction):
            action.setEnabled(False)
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(False)
        self.statusBar().showMessage(self.tr("Your data was erased. The app is closing."))

    def _quit_after_erase(self) -> None:
        self._quitting = True  # no "keep running in the tray"
        self.close()
        QApplication.quit()
