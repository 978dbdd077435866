"""Start the GUI: single instance, logging, crash dialog, window first, database after paint."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading

from belimumab_companion import APP_ID, APP_NAME, __version__
from belimumab_companion.paths import app_paths

log = logging.getLogger("belimumab_companion.app")

# Set by the start-up benchmark: print when the window first paints and when data is shown, then quit.
STARTUP_PROBE_ENV = "BELIMUMAB_COMPANION_STARTUP_PROBE"


def run_gui(
    data_dir: str | None,
    start_page: str | None = None,
    demo: bool = False,
    minimized: bool = False,
    language: str = "",
) -> int:
    """Order matters for a fast first paint: only the lock, the app and the window come first;
    the log file, the local server and the database follow right after the window painted."""
    collector = StartUpCollector()
    try:
        if demo:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="belimumab-companion-demo-") as folder:
                return _run_gui(folder, start_page, True, minimized, language, collector)
        return _run_gui(data_dir, start_page, False, minimized, language, collector)
    finally:
        collector.resume()


class StartUpCollector:
    """Python's cyclic garbage collector waits while the window starts, and runs again once the
    data is on the screen (or could not be opened). Start-up creates hundreds of thousands of
    objects that live as long as the app (PySide6's types and enums, SQLAlchemy, the ORM models)
    and almost no garbage, so its collections only scanned them: about 70 ms on the way to
    Today's data on the project machine (issue 21). A collector that was off stays off."""

    def __init__(self) -> None:
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            gc.enable()


def _run_gui(
    data_dir: str | None,
    start_page: str | None,
    demo: bool,
    minimized: bool,
    language: str,
    collector: StartUpCollector,
) -> int:
    from belimumab_companion.paths import data_folder_problem

    paths = app_paths(data_dir or None)
    problem = data_folder_problem(data_dir, paths)  # "" must never mean the real profile
    if problem is None:
        try:
            paths.ensure()
        except OSError:
            problem = "cannot-create"
    import PySide6  # noqa: F401  (before the check is replaced, the rest after)

    from belimumab_companion.ui.shell.pyside_import_check import read_sources_quicker

    read_sources_quicker()  # the ~350 imports to Today's data: ~45 ms quicker (issue 21)
    from PySide6.QtWidgets import QApplication

    from belimumab_companion.ui.shell.crash import CrashHandler
    from belimumab_companion.ui.shell.main_window import MainWindow
    from belimumab_companion.ui.shell.single_instance import SingleInstance
    from belimumab_companion.ui.shell.style import install_style
    from belimumab_companion.ui.shell.theme import follow_system_scheme

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from belimumab_companion.ui.text.i18n import install_language, read_language_choice

    install_language(language or read_language_choice(paths.language_file))
    if demo:
        app.setApplicationDisplayName(
            QCoreApplication.translate("gui_main", "%1 (demo: nothing is kept)").replace(
                "%1", APP_NAME
            )
        )
    if problem is not None:  # the same situations the command line refuses in one line
        from belimumab_companion.ui.shell.start_problems import show_folder_problem

        return show_folder_problem(problem, paths)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if sys.platform == "win32":  # the taskbar and notifications group by this id, not the .exe
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    instance = SingleInstance(paths.lock_file)
    if not instance.acquire(listen=False):
        if instance.ask_running_instance_to_raise():
            return 0
        print(f"Belimumab Companion is already running on {paths.data_dir}.", file=sys.stderr)
        from belimumab_companion.ui.shell.app_icon import app_icon
        from belimumab_companion.ui.shell.start_problems import show_already_running

        app.setWindowIcon(app_icon())

        show_already_running(paths)  # not only a line on a terminal nobody sees
        return 1
    from belimumab_companion.system import data_lock

    try:  # every command that touches the data holds this; a restore takes it for itself
        data_hold = data_lock.Hold(paths.data_dir)
    except data_lock.DataLockBusy:
        instance.release()
        print(
            "Belimumab Companion: your data is being restored by another command; start the app "
            "again in a moment.",
            file=sys.stderr,
        )
        return 1
    follow_system_scheme(app)
    install_style(app)
    CrashHandler().install()

    backups = None  # one BackupService for the whole run: a restore pauses it until the next start

    def load_services():  # type: ignore[no-untyped-def]
        from belimumab_companion.services.app_services import start_services
        from belimumab_companion.services.backup_service import BackupService

        nonlocal backups
        if backups is None:
            backups = BackupService(paths, automatic_paused=demo)
        services = start_services(paths, backups)
        if demo:
            from belimumab_companion.demo import seed_demo

            seed_demo(services, services.clock())
        return services

    def after_first_paint() -> None:
        # Queued: the first paint's other listeners (the start-up probe) hear of it first; this
        # still runs before the data is loaded (that timer is queued after this one).
        QTimer.singleShot(0, settle_in)

    def settle_in() -> None:
        """The log file, the "raise" server and the window's icon: once the window is up."""
        from belimumab_companion.logging_setup import setup_logging
        from belimumab_companion.ui.shell.app_icon import app_icon

        app.setWindowIcon(app_icon())  # the window takes the application's icon when it changes

        try:
            setup_logging(paths.log_file)
        except OSError as exc:  # a read-only data folder: the app still shows the data
            print(f"Belimumab Companion: no log file ({exc.strerror or exc}).", file=sys.stderr)
        log.info("start %s", __version__)
        instance.listen()

    window = MainWindow(load_services)
    window.first_painted.connect(after_first_paint)
    from belimumab_companion.system.storage_location import unsafe_location

    location = unsafe_location(paths.data_dir)  # scenario 8: said once the data is shown
    if location is not None:
        window.data_shown.connect(
            lambda: window.warn_unsafe_location(location),
            Qt.ConnectionType.SingleShotConnection,
        )

    def first_start_guide() -> None:  # issue 20: the very first start opens the set-up guide
        from belimumab_companion.ui.dialogs.first_start_steps import first_start

        if window.services is None or not first_start(window.services):
            return  # the wizard's modules are imported only when it opens
        from belimumab_companion.ui.dialogs.first_start_guide import open_at_first_start

        open_at_first_start(window, window.services)

    window.data_shown.connect(first_start_guide, Qt.ConnectionType.SingleShotConnection)
    automatic_backup = _AutomaticBackups(window)
    window.data_painted.connect(automatic_backup.at_start)  # once the data is on the screen
    window.data_painted.connect(collector.resume)
    window.load_failed.connect(lambda _message: collector.resume())
    instance.raise_requested.connect(window.bring_to_front)
    instance.raise_requested.connect(lambda: log.info("raised the window for a second start"))
    if os.environ.get(STARTUP_PROBE_ENV):
        from belimumab_companion.ui.shell.startup_probe import install_probe

        install_probe(app, window)
    from belimumab_companion.ui.shell.window_state import WindowStateFile

    window_state = WindowStateFile(paths.window_state_file)
    window_state.restore(window, page=not start_page)
    app.aboutToQuit.connect(lambda: window_state.save(window))
    if start_page:
        window.show_page(start_page)
    from PySide6.QtWidgets import QSystemTrayIcon

    if minimized and QSystemTrayIcon.isSystemTrayAvailable():
        window.start_hidden()  # autostart: the tray icon is the way in
    else:
        window.show()  # with no tray, a hidden window would be unreachable
    try:
        return app.exec()
    finally:
        if window.services is not None:
            window.services.close()
        automatic_backup.at_quit()
        data_hold.release()
        instance.release()
        log.info("quit")


class _AutomaticBackups:
    """At start when the last one is a day old (in a thread: the window stays responsive), and at
    quit when anything changed. A failed backup is logged, never a reason to stop the app."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        self._window = window
        self._thread: threading.Thread | None = None

    def at_start(self) -> None:
        services = self._window.services
        if services is None or self._thread is not None:
            return
        backups = services.backups
        self._thread = threading.Thread(
            target=self._run, args=(backups.back_up_if_due, "start"), name="backup-at-start"
        )
        self._thread.start()

    def at_quit(self) -> None:
        if self._thread is not None:
            self._thread.join()
        services = self._window.services
        if services is not None:
            self._run(services.backups.back_up_at_quit, "quit")

    @staticmethod
    def _run(make_backup, when: str) -> None:  # type: ignore[no-untyped-def]
        try:
            made = make_backup()
        except Exception:
            log.exception("the automatic backup at %s failed", when)
            return
        if made is not None:
            log.info("automatic backup at %s: %s", when, made.path.name)
