"""Reliability scenario 24, "Privacy guards": one full scripted session through the real window.

The person sets up a plan, logs a dose, a vaccination and symptoms, searches, exports every
format and a care-team PDF, backs up, restores and undoes it, turns on start at login, and then
erases all data. Everything they can type holds the sentinel ``ZZTESTDRUG`` (the app has no free
medication name: it is belimumab only). Throughout, any attempt to use the network fails loudly
and is recorded; a disk-full error on a save provokes a logged error path.

Must hold: no network attempt; the data folder 0700 and every file in it 0600 (POSIX); the
sentinel in no log file; and "Erase all data" removes the data file and its sidecars, backups,
logs, set-aside files and the start-at-login entry (there is no keychain item: the app keeps
none, see services/erase_data.py), leaving the exports byte for byte as they were.

The window is started the way ``gui_main`` starts it (instance lock, the log file and the local
server after the first paint, an automatic backup once the data shows), with a fixed clock and
time zone. pytest-qt's exception capture is off so that a failed save reaches the app's own crash
handler, which is what writes the "Not saved" warning to the log.
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from belimumab_companion import APP_ID
from belimumab_companion.domain.free_text import MAX_NOTES
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.gui_main import _AutomaticBackups
from belimumab_companion.logging_setup import setup_logging
from belimumab_companion.paths import AppPaths, app_paths
from belimumab_companion.services.app_services import AppServices, start_services
from belimumab_companion.services.backup_service import BackupService
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.erase_data import ERASE_CONFIRMATION_WORD
from belimumab_companion.services.errors import STORAGE_MESSAGES, storage_write_error_in
from belimumab_companion.storage.backup import sidecars
from belimumab_companion.ui.dialogs.contraception_question import ContraceptionQuestionDialog
from belimumab_companion.ui.dialogs.diary_entry_dialog import DiaryEntryDialog
from belimumab_companion.ui.dialogs.erase_data_dialog import EraseDataDialog
from belimumab_companion.ui.dialogs.log_dose_dialog import LogDoseDialog
from belimumab_companion.ui.dialogs.plan_setup_dialog import PlanSetupDialog
from belimumab_companion.ui.dialogs.vaccinations_dialog import VaccinationsDialog
from belimumab_companion.ui.pages.diary_page import DiaryPage
from belimumab_companion.ui.pages.drug_info import DrugInfoPage
from belimumab_companion.ui.pages.reports_page import ReportsPage
from belimumab_companion.ui.pages.schedule_page import SchedulePage
from belimumab_companion.ui.pages.settings_page import SettingsPage
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.report import document as report_document_module
from belimumab_companion.ui.report import export as report_export
from belimumab_companion.ui.report.dialog import ReportDialog
from belimumab_companion.ui.shell.crash import CrashHandler
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.shell.single_instance import SingleInstance
from qtsupport import MessageCloser
from testsupport import FIXED_NOW

pytestmark = pytest.mark.qt_no_exception_capture

SENTINEL = "ZZTESTDRUG"
ZONE = "Europe/Madrid"  # FIXED_NOW is Monday 2026-11-23 09:30 UTC = 10:30 in Madrid
CLOCK = fixed_clock(FIXED_NOW)
POSIX = os.name == "posix"


# --- the network guard --------------------------------------------------------------------------


class NetworkGuard:
    """Replaces every way Python code reaches the network with one that records the attempt and
    raises. Unix-domain sockets (Qt's QLocalServer for the single instance, D-Bus) stay allowed:
    they never leave the computer."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str) -> OSError:
        self.attempts.append(what)
        return OSError(f"network use is not allowed in this test: {what}")

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        guard = self
        original_connect = socket.socket.connect
        original_connect_ex = socket.socket.connect_ex
        original_bind = socket.socket.bind
        original_sendto = socket.socket.sendto

        def local(sock: socket.socket) -> bool:
            return sock.family == getattr(socket, "AF_UNIX", object())

        def connect(self: socket.socket, address: Any) -> None:
            if local(self):
                return original_connect(self, address)
            raise guard.refuse(f"connect {self.family!r} {address!r}")

        def connect_ex(self: socket.socket, address: Any) -> int:
            if local(self):
                return original_connect_ex(self, address)
            raise guard.refuse(f"connect_ex {self.family!r} {address!r}")

        def bind(self: socket.socket, address: Any) -> None:
            if local(self):
                return original_bind(self, address)
            raise guard.refuse(f"bind {self.family!r} {address!r}")

        def sendto(self: socket.socket, *args: Any) -> int:
            if local(self):
                return original_sendto(self, *args)
            raise guard.refuse(f"sendto {self.family!r} {args[-1]!r}")

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            raise guard.refuse(f"create_connection {address!r}")

        def lookup(name: str) -> Callable[..., Any]:
            def refused(host: Any, *args: Any, **kwargs: Any) -> Any:
                raise guard.refuse(f"{name} {host!r}")  # a DNS query is network use too

            return refused

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket.socket, "bind", bind)
        monkeypatch.setattr(socket.socket, "sendto", sendto)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
            monkeypatch.setattr(socket, name, lookup(name))


def inet_sockets_open() -> set[str]:
    """Inodes of the IPv4/IPv6 sockets this process has open right now, read from /proc (Linux;
    empty elsewhere). Qt's own networking (QtNetwork, in C++) never goes through Python's
    ``socket`` module, so this is the check that would see a socket it opened and kept."""
    net, fds = Path("/proc/self/net"), Path("/proc/self/fd")
    if not (net.is_dir() and fds.is_dir()):
        return set()
    inet: set[str] = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6"):
        try:
            lines = (net / table).read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        inet.update(fields[9] for fields in map(str.split, lines) if len(fields) > 9)
    found: set[str] = set()
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed meanwhile (the directory listing's own descriptor, for one)
        if target.startswith("socket:[") and target[8:-1] in inet:
            found.add(target[8:-1])
    return found


def qt_network_objects() -> list[str]:
    """QtNetwork objects that could reach the network (TCP/UDP/SSL sockets and servers, HTTP,
    DNS). QtNetwork itself is imported on purpose: the single instance listens on a QLocalServer,
    a Unix-domain socket, which is not listed. Qt's C++ networking bypasses the Python socket
    patches, so this looks for the objects instead: Python wrappers through the garbage
    collector, Qt-owned ones as children of the application and its windows. An object made and
    freed entirely inside C++ is invisible here (and its socket to :func:`inet_sockets_open` once
    closed): a pragmatic check, not a proof."""
    network = sys.modules.get("PySide6.QtNetwork")
    if network is None:
        return []
    names = (
        "QAbstractSocket",
        "QTcpServer",
        "QNetworkAccessManager",
        "QNetworkReply",
        "QDnsLookup",
        "QNetworkInformation",
    )
    kinds = tuple(getattr(network, name) for name in names if hasattr(network, name))
    found = [type(item).__name__ for item in gc.get_objects() if isinstance(item, kinds)]
    app = QApplication.instance()
    roots = [app, *QApplication.topLevelWidgets()] if app is not None else []
    for root in roots:
        for kind in kinds:
            found += [type(item).__name__ for item in root.findChildren(kind)]
    return found


# --- helpers ------------------------------------------------------------------------------------


@contextmanager
def fixed_local_zone(zone: str) -> Iterator[None]:
    """The computer's time zone (TZ, and what ``astimezone()`` uses) for the whole session."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def every_path(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        found += [Path(dirpath, name) for name in dirnames + filenames]
    return sorted(found)


def every_file(root: Path) -> set[Path]:
    return {path for path in every_path(root) if path.is_file()}


def holding(root: Path, text: str) -> list[Path]:
    """Files under ``root`` whose bytes hold ``text`` (as UTF-8 or UTF-16, any case)."""
    needles = [
        variant.encode(encoding)
        for variant in (text, text.lower())
        for encoding in ("utf-8", "utf-16-le")
    ]
    return [path for path in every_file(root) if any(n in path.read_bytes() for n in needles)]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def wait_for_box(qtbot: QtBot, parent: QWidget, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, name) is not None, timeout=5_000)
    box = parent.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


# --- the session --------------------------------------------------------------------------------


def test_a_full_session_never_touches_the_network_logs_no_health_data_and_erases_cleanly(
    qtbot: QtBot,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The login entry and every XDG folder point into a temporary home (tests/conftest.py):
    # nothing here may touch the real ~/.config/autostart.
    home = Path(os.environ["HOME"])
    config = Path(os.environ["XDG_CONFIG_HOME"])
    base = tmp_path_factory.getbasetemp()
    assert home.is_relative_to(base) and config.is_relative_to(base)
    login_entry = config / "autostart" / f"{APP_ID}.desktop"
    # Temporary files (Qt's and Python's) go where they can be searched for the sentinel.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    network = NetworkGuard()
    network.install(monkeypatch)
    inet_before = inet_sockets_open()

    # Unexpected exceptions in slots are collected (the test fails on them, rather than hanging
    # on a crash dialog); a StorageWriteError goes to the app's crash handler, as in the app.
    crash = CrashHandler()
    unexpected: list[BaseException] = []

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        if storage_write_error_in(value) is not None:
            crash.handle(kind, value, tb)
        else:
            unexpected.append(value)

    monkeypatch.setattr(sys, "excepthook", excepthook)

    documents: list[report_document_module.ReportDocument] = []
    make_document = report_document_module.report_document

    def recorded_document(*args: Any, **kwargs: Any) -> report_document_module.ReportDocument:
        document = make_document(*args, **kwargs)
        documents.append(document)  # kept alive, to read ``refused`` at the end
        return document

    for module in (report_document_module, report_export):  # the preview's, and the PDF's
        monkeypatch.setattr(module, "report_document", recorded_document)

    app_logger = logging.getLogger("belimumab_companion")
    old_level = app_logger.level
    handlers: list[logging.Handler] = []
    exports = tmp_path / "exports"  # outside the data folder: the person's own files
    exports.mkdir()

    # A umask looser than the app's own (app.main sets 077): the modes checked below are then
    # the ones the app sets itself, whatever umask the test runner happens to have.
    old_umask = os.umask(0o022) if POSIX else None
    with fixed_local_zone(ZONE):
        paths = app_paths(tmp_path / "data").ensure()
        instance = SingleInstance(paths.lock_file)
        try:
            _session(
                qtbot,
                paths,
                instance,
                exports,
                login_entry,
                crash,
                unexpected,
                documents,
                handlers,
                inet_before,
            )
        finally:
            for handler in handlers:
                app_logger.removeHandler(handler)
                handler.close()
            app_logger.setLevel(old_level)
            instance.release()
            if old_umask is not None:
                os.umask(old_umask)

    assert network.attempts == []
    assert inet_sockets_open() <= inet_before
    assert qt_network_objects() == []
    assert unexpected == []
    # Nothing the person typed was left in a temporary file, and nothing at all in the home
    # folder (the login entry's folder may stay, empty).
    assert holding(scratch, SENTINEL) == []
    assert every_file(home) == set()


def _session(  # one scripted session, step by step
    qtbot: QtBot,
    paths: AppPaths,
    instance: SingleInstance,
    exports: Path,
    login_entry: Path,
    crash: CrashHandler,
    unexpected: list[BaseException],
    documents: list[report_document_module.ReportDocument],
    handlers: list[logging.Handler],
    inet_before: set[str],
) -> None:
    # --- start, as gui_main does: lock, window, then log file + local server, then data ------
    assert instance.acquire(listen=False)
    backups = BackupService(paths, CLOCK)
    window = MainWindow(lambda: start_services(paths, backups, CLOCK), reminders=False)
    qtbot.addWidget(window)

    def after_first_paint() -> None:
        handlers.append(setup_logging(paths.log_file, level=logging.DEBUG))
        logging.getLogger("belimumab_companion.app").info("start (privacy session)")
        instance.listen()

    window.first_painted.connect(after_first_paint)
    automatic = _AutomaticBackups(window)
    window.data_shown.connect(automatic.at_start)
    with qtbot.waitSignal(window.data_shown, timeout=10_000):
        window.show()
    assert automatic._thread is not None
    automatic._thread.join(timeout=10)  # the backup at start, made in a thread
    assert handlers and paths.log_file.exists()

    def services() -> AppServices:
        assert window.services is not None
        return window.services

    centre = window.start_reminders(notifier_factory=lambda _parent: None, zone=lambda: ZONE)
    assert centre is not None

    # --- plan set-up (Schedule), then "no" to contraception reminders ---------------------------
    window.show_page("schedule")
    schedule = window.page("schedule")
    assert isinstance(schedule, SchedulePage)
    setup = schedule.open_setup()  # type: ignore[no-untyped-call]  # untyped in ui (not here)
    assert isinstance(setup, PlanSetupDialog)
    setup.indication.setCurrentIndex(setup.indication.findData(Indication.SLE))
    setup.route.setCurrentIndex(setup.route.findData(Route.SUBQ))
    setup.birth_date.setDate(QDate(1984, 3, 2))
    setup.first_dose.setDate(QDate(2026, 11, 16))
    setup.time.setTime(QTime(9, 0))
    setup.zone.setCurrentText(ZONE)
    assert setup.save_button.isEnabled(), setup.preview.text()
    with qtbot.waitSignal(operations().changed):
        setup.save_button.click()
    assert len(services().plans.segments()) == 1
    qtbot.waitUntil(lambda: window.findChild(ContraceptionQuestionDialog) is not None)
    question = window.findChild(ContraceptionQuestionDialog)
    assert isinstance(question, ContraceptionQuestionDialog)
    question.no.click()
    assert services().contraception.enabled() is False

    # --- log today's dose (Today), with a lot number and notes ---------------------------------
    window.show_page("today")
    today = window.page("today")
    assert isinstance(today, TodayPage)
    log_dialog = today.open_log_dialog()
    assert isinstance(log_dialog, LogDoseDialog)
    log_dialog.when.setDateTime(QDateTime(2026, 11, 23, 9, 5, 0))
    log_dialog.lot.setText(f"{SENTINEL}-LOT7")
    log_dialog.notes.setPlainText(f"{SENTINEL} left the pen out for 30 minutes")
    with qtbot.waitSignal(operations().changed):
        log_dialog.save_button.click()
    assert log_dialog.logged is not None
    plans = services().plans
    record = plans.dose_record(plans.segments()[-1].id, log_dialog.logged.occurrence.sequence)
    assert record is not None and SENTINEL in record.notes and SENTINEL in (record.lot_number or "")

    # --- a vaccination, typed by name (Schedule) -----------------------------------------------
    window.show_page("schedule")
    vaccinations = schedule.open_vaccinations()  # type: ignore[no-untyped-call]  # untyped in ui
    assert isinstance(vaccinations, VaccinationsDialog)
    vaccinations.name.setText(f"{SENTINEL} shingles vaccine")
    vaccinations.on_date.setDate(QDate(2026, 12, 1))
    vaccinations.add_button.click()
    assert vaccinations.list.count() == 1 and SENTINEL in vaccinations.list.item(0).text()
    vaccinations.reject()

    # --- a symptom typed in, with notes that look like markup (Diary) ---------------------------
    window.show_page("diary")
    diary = window.page("diary")
    assert isinstance(diary, DiaryPage)
    diary.log_button.click()
    qtbot.waitUntil(lambda: window.findChild(DiaryEntryDialog) is not None)
    symptom_dialog = window.findChild(DiaryEntryDialog)
    assert isinstance(symptom_dialog, DiaryEntryDialog)
    symptom_dialog._modal_screens = False  # a red-flag screen would be inspected, not exec()'d
    symptom_dialog.symptom.setEditText(f"{SENTINEL} itchy skin")
    symptom_dialog.onset.setDateTime(QDateTime(2026, 11, 23, 8, 0, 0))
    symptom_dialog.severity.setCurrentIndex(2)
    symptom_dialog.notes.setPlainText(
        f'{SENTINEL} after the pen <img src="http://example.invalid/{SENTINEL}.png">'
    )
    symptom_dialog.save_button.click()
    assert symptom_dialog.saved is not None, symptom_dialog.message.text()
    assert symptom_dialog.red_flag_dialogs == []
    assert not symptom_dialog.saved.entry.from_catalogue  # typed, not picked from the list

    # --- a logged error path: the disk is full while saving a long note ------------------------
    engine = services().database.engine
    with engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
        unlimited = int(connection.exec_driver_sql("PRAGMA max_page_count").scalar_one())
    limit = {"pages": pages}  # no room left

    def page_limit(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    event.listen(engine, "checkout", page_limit)
    # a note within the 10,000-character limit: a few kB, it needs new pages
    long_note = " ".join(f"{SENTINEL}-{n}" for n in range(4_000))[:MAX_NOTES]
    try:
        diary.log_button.click()
        qtbot.waitUntil(
            lambda: any(
                d.isVisible() and d is not symptom_dialog
                for d in window.findChildren(DiaryEntryDialog)
            )
        )
        full_dialog = next(
            d
            for d in window.findChildren(DiaryEntryDialog)
            if d.isVisible() and d is not symptom_dialog
        )
        full_dialog._modal_screens = False
        full_dialog.symptom.setEditText(f"{SENTINEL} tired")
        full_dialog.notes.setPlainText(long_note)
        closer = MessageCloser()
        closer.arm()
        full_dialog.save_button.click()  # raises in the slot: "Not saved", logged by the handler
        seen = [(name, text) for name, _title, text, _open in closer.seen]
        assert seen == [("storageErrorDialog", STORAGE_MESSAGES["full"])], closer.seen
        assert full_dialog.isVisible() and full_dialog.saved is None
        assert full_dialog.notes.toPlainText() == long_note  # what was typed is kept
        limit["pages"] = unlimited  # space freed: Save again
        full_dialog.save_button.click()
        assert full_dialog.saved is not None and not full_dialog.isVisible()
    finally:
        limit["pages"] = unlimited
        event.remove(engine, "checkout", page_limit)
    assert services().diary.count() == 2

    # --- the sentinel typed into the search fields ----------------------------------------------
    diary.search_edit.setText(SENTINEL)
    qtbot.waitUntil(
        lambda: not diary.search_timer.isActive() and not diary.model.pending, timeout=5_000
    )
    assert diary.model.rowCount() == 2
    diary.search_edit.clear()
    window.show_page("drug_info")
    drug_info = window.page("drug_info")
    assert isinstance(drug_info, DrugInfoPage)
    drug_info.find_bar.open_bar()
    drug_info.find_bar.field.setText(SENTINEL)
    assert drug_info.find_bar.match_count == 0
    drug_info.find_bar.close_bar()
    for key in window.page_keys:  # every page, built and shown once
        window.show_page(key)

    # --- exports from the Reports page, into a folder of the person's own ----------------------
    window.show_page("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage)
    chosen: list[Path] = []

    def choose(_title: str, name: str, _filter: str) -> Path:
        chosen.append(exports / name)
        return chosen[-1]

    reports.choose_save_file = choose
    for button in (
        reports.export_doses,
        reports.export_diary,
        reports.export_fhir,
        reports.export_ics,
    ):
        button.click()
        assert window.findChild(QMessageBox, "exportFailedDialog") is None
    assert [path.suffix for path in chosen] == [".csv", ".csv", ".json", ".ics"]
    doses_csv, diary_csv, fhir_json, _ics = chosen
    assert SENTINEL in doses_csv.read_text(encoding="utf-8-sig")
    assert SENTINEL in diary_csv.read_text(encoding="utf-8-sig")
    assert SENTINEL in fhir_json.read_text(encoding="utf-8")
    # A failed export, to a file name the person typed, in a folder that does not exist.
    reports.choose_save_file = lambda *_args: exports / "gone" / f"{SENTINEL}-diary.csv"
    reports.export_diary.click()
    failed = wait_for_box(qtbot, reports, "exportFailedDialog")
    assert "could not be written" in failed.text()
    failed.close()
    reports.choose_save_file = choose

    # The care-team report: preview, a failed save, then the PDF.
    report_dialog = reports.open_report_dialog()
    assert isinstance(report_dialog, ReportDialog)
    report_dialog.preview_button.click()
    preview = report_dialog.preview_document
    assert preview is not None and SENTINEL in preview.toPlainText()
    assert "<img" in preview.toPlainText()  # the notes' markup printed as typed
    report_dialog.choose_file = lambda *_args: str(exports / "gone" / f"{SENTINEL}.pdf")
    report_dialog.save_button.click()
    assert report_dialog.error_box is not None
    report_dialog.error_box.close()
    report_pdf_path = exports / "care-team-report.pdf"
    report_dialog.choose_file = lambda *_args: str(report_pdf_path)
    report_dialog.save_button.click()
    assert report_dialog.saved_path == report_pdf_path
    assert report_pdf_path.read_bytes().startswith(b"%PDF")
    report_dialog.close()
    assert len(documents) >= 2 and documents[0] is preview
    for document in documents:  # nothing fetched: not the <img>'s http URL, nor any file
        assert document.refused == []

    exported = {path: path.read_bytes() for path in sorted(exports.iterdir()) if path.is_file()}
    assert set(exported) == {*chosen, report_pdf_path}
    if POSIX:
        assert {path: mode(path) for path in exported} == {path: 0o600 for path in exported}

    # --- back up now, restore it, undo the restore ----------------------------------------------
    reports.backup_now.click()
    assert "Backed up and checked" in reports.backup_result.text()
    services().diary.delete(services().diary.page()[0].id)  # a change after the backup
    operations().announce(Change.EVERYTHING)
    manual = next(
        reports.backup_list.topLevelItem(row)
        for row in range(reports.backup_list.topLevelItemCount())
        if reports.backup_list.topLevelItem(row).text(1) == "made by you"
    )
    reports.backup_list.setCurrentItem(manual)
    assert reports.restore_selected.isEnabled()
    before_restore = window.services
    reports.restore_selected.click()
    restore_question = wait_for_box(qtbot, window, "restoreQuestion")
    button = restore_question.findChild(QPushButton, "restoreConfirmButton")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: window.services is not before_restore, timeout=10_000)
    assert services().diary.count() == 2  # the backup's data
    assert any(paths.quarantine_dir.iterdir())  # the replaced data, set aside
    assert reports.undo_bar.isVisible()
    reports.undo_bar.button.click()
    assert services().diary.count() == 1  # the data from before the restore

    # --- start at login, through Settings -------------------------------------------------------
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.reminders is not None
    assert not login_entry.exists()
    settings.reminders.start_at_login.setChecked(True)
    assert login_entry.is_file(), settings.reminders.message.text()

    # --- before erasing: the logs, the permissions, the network --------------------------------
    assert unexpected == []
    logs = sorted(paths.logs_dir.iterdir())
    assert logs, "the session wrote no log file"
    log_text = "\n".join(path.read_text(encoding="utf-8") for path in logs)
    assert "Not saved: storage full" in log_text  # the error path was logged ...
    assert "automatic backup at start" in log_text
    assert holding(paths.logs_dir, SENTINEL) == []  # ... and nothing the person typed
    assert crash.last_dialog is None  # the change gateway said "Not saved", not the crash handler
    if POSIX:
        assert mode(paths.data_dir) == 0o700
        found = every_path(paths.data_dir)
        for suffix in ("-wal", "-shm"):
            assert Path(f"{paths.database}{suffix}") in found
        assert any(path.parent == paths.backups_dir for path in found)
        assert any(path.parent == paths.quarantine_dir for path in found)
        wrong = {
            path: oct(mode(path))
            for path in found
            if mode(path) != (0o700 if path.is_dir() else 0o600)
        }
        assert wrong == {}
    assert qt_network_objects() == []
    assert inet_sockets_open() <= inet_before

    # --- Settings > Erase all data, with the typed word -----------------------------------------
    settings.erase_button.click()
    qtbot.waitUntil(lambda: window.findChild(EraseDataDialog) is not None, timeout=5_000)
    erase = window.findChild(EraseDataDialog)
    assert isinstance(erase, EraseDataDialog)
    qtbot.keyClicks(erase.word_edit, ERASE_CONFIRMATION_WORD)
    erase.confirm_button.click()
    erased = wait_for_box(qtbot, window, "dataErasedDialog")
    assert erased.windowTitle() == "Your data was erased", erased.text()
    assert window.services is None

    assert not paths.database.exists()
    for sidecar in sidecars(paths.database):
        assert not sidecar.exists()
    for folder in (paths.backups_dir, paths.logs_dir, paths.quarantine_dir):
        assert not folder.exists()
    assert not login_entry.exists()
    # The running app's lock and the data lock (issue 18: held by the window and every command;
    # empty), no data.
    data_lock_file = paths.data_dir / "data.lock"
    assert every_file(paths.data_dir) - {data_lock_file} == {paths.lock_file}
    assert not data_lock_file.exists() or data_lock_file.stat().st_size == 0

    # The app closes: what gui_main does at quit brings nothing back.
    erased.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    automatic.at_quit()
    instance.release()
    logging.getLogger("belimumab_companion.app").info("quit")
    assert every_file(paths.data_dir) - {data_lock_file} == set()
    assert not paths.logs_dir.exists()

    # What the person exported is exactly as it was.
    assert {path: path.read_bytes() for path in exported} == exported
    assert sorted(path for path in exports.rglob("*")) == sorted(exported)
