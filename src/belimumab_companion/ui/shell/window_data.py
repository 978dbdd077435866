"""The main window's data-file work: read-only and unavailable data, a damaged or missing file,
restoring a backup (and its undo) and erasing all data. A mixin of :class:`MainWindow`, kept
apart so the shell stays small; every change still goes through the change gateway."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from belimumab_companion.ui.shell.operations import Change, Failed, Operations
from belimumab_companion.ui.text.i18n import error_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

# Why the data could not be opened, inside "Your data could not be opened just now (%1)."
OPEN_FAILURE_TEXT = {
    "full": QT_TRANSLATE_NOOP("MainWindow", "the disk is full"),
    "busy": QT_TRANSLATE_NOOP("MainWindow", "another program is using the data file"),
    "read-only": QT_TRANSLATE_NOOP("MainWindow", "the data folder cannot be written to"),
    "io": QT_TRANSLATE_NOOP("MainWindow", "the computer could not read or write the disk"),
}

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.backup_service import BackupService
    from belimumab_companion.services.start_errors import DataSetAsideError
    from belimumab_companion.system.autostart import Autostart
    from belimumab_companion.system.storage_location import UnsafeLocation
    from belimumab_companion.ui.dialogs.erase_data_dialog import EraseDataDialog
    from belimumab_companion.ui.shell.reminder_centre import ReminderCentre

    _Window = QMainWindow
else:
    _Window = object

log = logging.getLogger("belimumab_companion.ui.shell.main_window")
T = TypeVar("T")


class DataFileMixin(_Window):
    services: AppServices | None
    reminder_centre: ReminderCentre | None
    operations: Operations
    read_only_banner: QLabel
    _quitting: bool
    load_failed: SignalInstance

    if TYPE_CHECKING:

        def load_services(self) -> None: ...
        def page(self, key: str) -> QWidget: ...

    def _show_read_only(self, services: AppServices) -> None:
        self.read_only_banner.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Read-only: your data folder cannot be written to, so nothing can be saved and "
                "there are no reminders. Everything you recorded is shown, and nothing was "
                "changed. Check the permissions of %1 (or the disk it is on), then start the app "
                "again.",
            ).replace("%1", str(services.paths.data_dir))
        )
        self.read_only_banner.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Read-only warning")
        )
        self.read_only_banner.show()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Read-only: nothing can be saved.")
        )

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
            self.operations.data_replaced()
            self.load_services()
            if centre is not None and self.services is not None:
                centre.use_services(self.services)
                centre.start()

    def restore_backup(self, file: Path) -> None:
        """Show what ``file`` holds and, once confirmed, restore it (with an undo on Reports)."""
        from belimumab_companion.services.backup_service import BackupRefused
        from belimumab_companion.ui.dialogs.data_restore import ask_to_restore

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
                return QCoreApplication.translate(
                    "MainWindow", "The restore could not be undone: %1"
                ).replace("%1", error_text(exc))
            log.info("undid the restore of %s", file.name)
            return None

        try:
            # the pages and reminders are loaded anew by replace_data: no change-set to send
            result = self.operations.run(
                lambda: self.replace_data(lambda backups: backups.restore(file)),
                Change.NONE,
                expect=(BackupRefused, BackupError, DatabaseInUseError, OSError),
            )
        except (BackupRefused, BackupError, DatabaseInUseError, OSError) as exc:
            log.warning("a restore failed (%s); the data is unchanged", type(exc).__name__)
            self._say_not_restored(
                QCoreApplication.translate(
                    "MainWindow", "The restore failed and your data is unchanged: %1"
                ).replace("%1", error_text(exc))
            )
            return
        if isinstance(result, Failed):
            return
        log.info("restored the backup %s; the replaced data is set aside", file.name)
        reports = self.page("reports")
        assert isinstance(reports, ReportsPage)
        reports.restored(result, lambda: undo(result))

    def _say_not_restored(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.ui.dialogs.common import open_plain_message

        open_plain_message(
            self,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Not restored"),
            message,
            "restoreRefusedDialog",
        )

    def _offer_backup(self, error: DataSetAsideError) -> None:
        from belimumab_companion.ui.dialogs.data_restore import offer_after_damage

        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Your data file is missing: earlier data was found."
            )
            if error.missing
            else QCoreApplication.translate(
                "MainWindow", "Your data file is damaged: it was moved aside."
            )
        )

        def chosen(restore: bool) -> None:
            if restore and error.restore_offer is not None:
                try:
                    error.restore_offer()
                except Exception as exc:  # the restore rolled back; the app starts with no data
                    log.exception("restoring the offered backup failed")
                    self._say_not_restored(
                        QCoreApplication.translate(
                            "MainWindow", "The backup could not be restored: %1"
                        ).replace("%1", error_text(exc))
                    )
            if error.missing and self.services is None and error.start_fresh is not None:
                error.start_fresh()  # no data file yet: start with none; the copy stays aside
            self.load_services()

        offer_after_damage(self, error, chosen)

    def warn_unsafe_location(self, location: UnsafeLocation) -> None:
        """Scenario 8: the data folder is on a network file system or in a cloud-synced folder.
        A plain warning with a local folder to use instead; the app goes on."""
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.ui.dialogs.common import open_plain_message

        if location.kind == "network":
            where = QCoreApplication.translate("MainWindow", "It is on a network drive (%1).")
        else:
            where = QCoreApplication.translate(
                "MainWindow", "It is inside a folder that a cloud service synchronises (%1)."
            )
        text = (
            QCoreApplication.translate(
                "MainWindow",
                "Your data folder %1 is not a safe place for your data. %2 There, the data file "
                "can be damaged, or replaced by an older copy. Keep it on this computer instead, "
                "for example in %3: quit the app, move the folder there, and start the app with "
                "that folder.",
            )
            .replace("%1", str(location.folder))
            .replace("%2", where.replace("%1", location.detail))
            .replace("%3", str(location.suggestion))
        )
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Your data folder is not on this computer's disk."
            )
        )
        open_plain_message(
            self,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Your data folder is not a safe place"),
            text,
            "unsafeLocationDialog",
        )

    def _report_unavailable(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.ui.dialogs.common import open_plain_message

        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Your data could not be opened.")
        )
        self.load_failed.emit(message)
        open_plain_message(
            self,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("MainWindow", "Your data could not be opened"),
            message,
            "dataUnavailableDialog",
        )

    def erase_all_data(self, autostart: Autostart | None = None) -> EraseDataDialog | None:
        """Ask for the typed confirmation; once given, erase everything and close the app.
        ``autostart`` is the login entry to remove (the real one when None)."""
        from belimumab_companion.ui.dialogs.erase_data_dialog import EraseDataDialog

        if self.services is None or self.services.read_only:
            return None
        dialog = EraseDataDialog(self.services.paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._erase_confirmed(autostart))
        dialog.open()
        return dialog

    def _erase_confirmed(self, autostart: Autostart | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from belimumab_companion.services.erase_data import (
            DataStillOpenError,
            EraseResult,
            erase_all_data,
        )
        from belimumab_companion.system.autostart import Autostart, AutostartError
        from belimumab_companion.ui.dialogs.common import open_plain_message
        from belimumab_companion.ui.dialogs.erase_data_dialog import erased_message

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

        def erase() -> EraseResult:
            # waits for an automatic backup under way; none starts after (no data to copy)
            with services.backups.exclusive():
                services.backups.pause_automatic()
                return erase_all_data(services.paths, autostart)

        try:
            result = self.operations.run(erase, Change.NONE, expect=(DataStillOpenError,))
        except DataStillOpenError as exc:  # another program has the file open: nothing removed
            self.load_services()
            if centre is not None and self.services is not None:
                centre.use_services(self.services)
                centre.start()
            open_plain_message(
                self,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "Nothing was erased"),
                error_text(exc),
                "eraseRefusedDialog",
            )
            return
        if isinstance(result, Failed):  # said why; the data was not touched
            self.load_services()
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
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Your data was erased. The app is closing.")
        )

    def _quit_after_erase(self) -> None:
        self._quitting = True  # no "keep running in the tray"
        self.close()
        QApplication.quit()
