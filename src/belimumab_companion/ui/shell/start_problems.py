"""A data folder the app cannot use, said plainly before anything else (issue 18): the window's
side of the command line's one-line refusals (unreadable, someone else's, a file, a folder in
place of the data file, an empty ``--data-dir``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from belimumab_companion.paths import AppPaths


def folder_problem_text(code: str, paths: AppPaths) -> str:
    """The plain words for :func:`~belimumab_companion.paths.data_folder_problem`'s code."""
    translate = QCoreApplication.translate
    texts = {
        "empty": translate(
            "StartProblems",
            "No data folder was given (the --data-dir option is empty). Give a folder, or leave "
            "the option out to use your own.",
        ),
        "not-a-folder": translate(
            "StartProblems", "%1 is a file, not a folder. Choose a folder for your data."
        ),
        "database-not-a-file": translate(
            "StartProblems",
            "Where your data file should be, there is a folder: %2. Nothing was changed. Move "
            "it away, then start the app again.",
        ),
        "unreadable": translate(
            "StartProblems",
            "Your data folder %1 cannot be read (permission denied). Nothing was changed. Check "
            "its permissions, then start the app again.",
        ),
        "not-yours": translate(
            "StartProblems",
            "Your data folder %1 belongs to another user. The app keeps your data only in a "
            "folder of your own; nothing was changed.",
        ),
        "cannot-create": translate(
            "StartProblems",
            "Your data folder %1 could not be made. Check that you can write to the folder "
            "around it, then start the app again.",
        ),
    }
    return (
        texts.get(code, texts["unreadable"])
        .replace("%1", str(paths.data_dir))
        .replace("%2", str(paths.database))
    )


def show_folder_problem(code: str, paths: AppPaths) -> int:
    """Say it on stderr (one line) and in a plain message box; the app then ends (exit 2)."""
    text = folder_problem_text(code, paths)
    print(f"Belimumab Companion: {text}", file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartProblems", "Your data folder cannot be used"),
        text,
    )
    box.setObjectName("dataFolderProblemDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return 2


def show_already_running(paths: AppPaths) -> None:
    """Another copy of the app holds this data folder but did not answer the request to show
    its window (it may be starting, or stuck): say so plainly rather than only on stderr."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("StartProblems", "Belimumab Companion is already open"),
        QCoreApplication.translate(
            "StartProblems",
            "Belimumab Companion is already open with the data folder %1, but its window did "
            "not come up. Look for it in the task bar or the tray; if it does not answer, close "
            "it (or restart the computer), then start the app again.",
        ).replace("%1", str(paths.data_dir)),
    )
    box.setObjectName("alreadyRunningDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
