"""One gateway for every change the window makes (issue 19, after Anki's ``CollectionOp``).

A page or dialog never calls a changing service method itself: it hands the call to
:meth:`Operations.run` with the kinds of data the call changes. The gateway runs it, turns an
environment failure (disk full, file locked, read-only: :class:`StorageWriteError`) or an
unreadable stored value into one plain message in one place, and on success emits
:attr:`Operations.changed` with a :class:`Change` set. Each page declares the kinds it shows
(``SHOWS``) and the window refreshes only those pages; the reminder engine re-plans at once.

Refusals a dialog answers beside its fields (a dose that does not fit, a date out of range) are
passed back to it untouched through ``expect=``, so what the user typed stays where it was.

Every undoable change goes on the one :class:`QUndoStack` (Edit → Undo, Ctrl+Z): the undo bars
on the pages are views of that stack, not undo mechanisms of their own.
"""

from __future__ import annotations

import contextlib
import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from belimumab_companion.services.errors import (
    StorageWriteError,
    StoredValueError,
    storage_write_error_in,
    stored_value_error_in,
)

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices

log = logging.getLogger(__name__)

T = TypeVar("T")


class Change(enum.Flag):
    """The kinds of data one operation changed; a page refreshes only for those it shows."""

    NONE = 0
    PLAN = enum.auto()
    DOSES = enum.auto()
    DIARY = enum.auto()
    MOOD = enum.auto()
    CONTRACEPTION = enum.auto()
    SETTINGS = enum.auto()
    SUPPLIES = enum.auto()
    REMINDERS = enum.auto()
    BACKUPS = enum.auto()
    # a restore or its undo: another data file is open, so every kind changed at once
    DATA_REPLACED = enum.auto()
    EVERYTHING = (
        PLAN | DOSES | DIARY | MOOD | CONTRACEPTION | SETTINGS | SUPPLIES | REMINDERS | BACKUPS
    ) | DATA_REPLACED


class Failed:
    """What :meth:`Operations.run` returns when the change was not made (already said why)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED = Failed()

# What each page shows: it is read again only when a change-set names one of these kinds.
PAGE_SHOWS: dict[str, Change] = {
    "today": Change.EVERYTHING & ~Change.BACKUPS,
    "schedule": Change.PLAN | Change.DOSES | Change.SETTINGS | Change.DATA_REPLACED,
    "diary": Change.DIARY | Change.DOSES | Change.SETTINGS | Change.DATA_REPLACED,
    "contraception": Change.CONTRACEPTION | Change.PLAN | Change.DOSES | Change.DATA_REPLACED,
    "drug_info": Change.DATA_REPLACED,
    "reports": Change.BACKUPS | Change.DATA_REPLACED,
    "settings": Change.DATA_REPLACED,  # its fields hold what they saved
}
# The kinds the reminder engine plans from (a dose logged: its reminder is not sent).
REMINDERS_FOLLOW = (
    Change.PLAN | Change.DOSES | Change.CONTRACEPTION | Change.SETTINGS | Change.SUPPLIES
)

UndoAction = Callable[[], object]
"""Undoes a change; returns None, or (as a ``str``) why it could not be undone."""


class _Command(QUndoCommand):
    """One undoable change on the stack. With a redo (an action that makes the change again and,
    like the undo, returns None or why it could not) Edit → Redo offers it after an undo; without
    one it can be undone once, then it leaves the stack."""

    def __init__(
        self,
        gateway: Operations,
        text: str,
        changes: Change,
        undo: UndoAction,
        redo: UndoAction | None,
        on_undone: Callable[[str | None], None] | None,
        on_redone: Callable[[str | None], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._gateway = gateway
        self._changes = changes
        self._undo = undo
        self._redo = redo
        self._on_undone = on_undone
        self._on_redone = on_redone
        self._pushed = False
        self._generation = gateway.generation

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(): the change is already made
            self._pushed = True
            return
        if self._redo is None:
            return
        problem: str | None
        if self._generation != self._gateway.generation:
            self.setObsolete(True)
            problem = QCoreApplication.translate(
                "Operations",
                "That change was made before the data was restored: it cannot be made again.",
            )
        else:
            outcome = self._gateway.run(self._redo, self._changes)
            if isinstance(outcome, Failed):
                problem = QCoreApplication.translate("Operations", "Not done again.")
            else:
                problem = outcome if isinstance(outcome, str) else None
            if problem is not None:
                self.setObsolete(True)  # it cannot be made again: the stack drops it
        if self._on_redone is not None:
            with contextlib.suppress(RuntimeError):  # the page that offered it is gone
                self._on_redone(problem)

    def undo(self) -> None:
        problem: str | None
        if self._generation != self._gateway.generation:
            # made on data that a restore has since replaced: undoing it would reach a closed file
            self.setObsolete(True)
            if self._on_undone is not None:
                with contextlib.suppress(RuntimeError):
                    self._on_undone(
                        QCoreApplication.translate(
                            "Operations",
                            "That change was made before the data was restored: it cannot be "
                            "undone any more.",
                        )
                    )
            return
        outcome = self._gateway.run(self._undo, self._changes)
        if isinstance(outcome, Failed):
            problem = QCoreApplication.translate("Operations", "Not undone.")
        else:
            problem = outcome if isinstance(outcome, str) else None
        if problem is not None or self._redo is None:
            self.setObsolete(True)  # the stack drops it: nothing to redo
        if self._on_undone is not None:
            with contextlib.suppress(RuntimeError):  # the page that offered it is gone
                self._on_undone(problem)


class Operations(QObject):
    """The application's one change gateway and its one undo stack."""

    changed = Signal(object)  # a Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operations")
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.generation = 0  # one more each time another data file is opened in the window

    def run(
        self,
        operation: Callable[[], T],
        changes: Change,
        *,
        expect: tuple[type[BaseException], ...] = (),
    ) -> T | Failed:
        """Run ``operation``; say so when the computer could not save; announce ``changes``.

        Exceptions in ``expect`` go back to the caller (it words them beside its fields); any
        other exception is a bug and reaches the crash handler unchanged.
        """
        try:
            result = operation()
        except expect:
            raise
        except Exception as exc:
            storage = storage_write_error_in(exc)
            if storage is not None:
                show_not_saved(storage)
                return FAILED
            stored = stored_value_error_in(exc)
            if stored is not None:
                show_unreadable_value(stored)
                return FAILED
            raise
        if changes:
            self.changed.emit(changes)
        return result

    def announce(self, changes: Change) -> None:
        """Data changed outside a window action (a reminder delivered, a new day): refresh."""
        if changes:
            self.changed.emit(changes)

    def push_undo(
        self,
        text: str,
        changes: Change,
        undo: UndoAction,
        *,
        redo: UndoAction | None = None,
        on_undone: Callable[[str | None], None] | None = None,
        on_redone: Callable[[str | None], None] | None = None,
    ) -> QUndoCommand:
        """Put a change just made (through :meth:`run`) on the undo stack."""
        command = _Command(self, text, changes, undo, redo, on_undone, on_redone)
        self.undo_stack.push(command)
        return command

    def data_replaced(self) -> None:
        """Another data file is open (a restore or its undo): the changes made before cannot be
        undone any more; they say so when asked."""
        self.generation += 1

    def is_latest(self, command: QUndoCommand) -> bool:
        index = self.undo_stack.index() - 1
        return index >= 0 and self.undo_stack.command(index) is command


class Page(Protocol):
    """What the window asks of a page: show the data (first time, and after a change)."""

    def load(self, services: AppServices) -> None: ...


@runtime_checkable
class ChangeAware(Protocol):
    """A page that is told which kinds changed (instead of ``load``), to show only what did."""

    def apply_changes(self, services: AppServices, changes: Change) -> None: ...


def as_page(widget: QWidget) -> Page:
    return cast("Page", widget)


def operations() -> Operations:
    """The application's gateway (one per QApplication, made on first use)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the change gateway needs a QApplication")
    gateway = app.findChild(Operations, "operations", Qt.FindChildOption.FindDirectChildrenOnly)
    if gateway is None:
        gateway = Operations(app)
    return gateway


# --- the two failures that are not bugs, said once for every operation ------------------------


def _parent() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def not_saved_box(error: StorageWriteError) -> QMessageBox:
    """ "Not saved" (disk full, data file locked, read-only), built for the caller to show."""
    from belimumab_companion.ui.text.i18n import error_text

    return _box(
        "storageErrorDialog", QCoreApplication.translate("crash", "Not saved"), error_text(error)
    )


def unreadable_value_box(error: StoredValueError) -> QMessageBox:
    """Issue 18: a value in the data file the app cannot read (a date, a time of day, a code,
    a setting: issue 21) is a damaged file, not a bug."""
    return _box(
        "unreadableValueDialog",
        QCoreApplication.translate("crash", "Part of your data cannot be read"),
        QCoreApplication.translate(
            "crash",
            "Your data file holds a value the app cannot read (%1). Nothing was changed. "
            "Restore a recent backup (Reports), or run 'belimumab-companion check'.",
        ).replace("%1", error.value[:40]),
    )


def _box(name: str, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=_parent())
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_not_saved(error: StorageWriteError) -> None:
    """Nothing was saved, and what was typed stays (the form's slot returns without accepting)."""
    # The code (e.g. SQLITE_FULL) only: never the statement or its parameters (health data).
    log.warning("Not saved: storage %s (%s)", error.kind, error.code or "no code")
    not_saved_box(error).exec()


def show_unreadable_value(error: StoredValueError) -> None:
    log.warning("a stored value could not be read")  # never the value (health data)
    unreadable_value_box(error).exec()
