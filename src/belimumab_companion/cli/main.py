"""Running a command: paths, the data lock, the start checks, one handler, errors as one line.

Exit status: 0 success, 1 a check found a problem, 2 bad input (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

from belimumab_companion.cli import backup, contraception, diary, doses, export, info, mood, plan
from belimumab_companion.cli import settings as settings_command
from belimumab_companion.cli import supplies as supplies_command
from belimumab_companion.cli.common import EXIT_PROBLEM, EXIT_USAGE, CliError
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.parser import build_parser
from belimumab_companion.paths import AppPaths, app_paths

HANDLERS: dict[str, Callable[[CliContext], int]] = {
    "info": info.run_info,
    "check": info.run_check,
    "plan": plan.run_plan,
    "upcoming": doses.run_upcoming,
    "due": doses.run_due,
    "log-symptom": diary.run_log_symptom,
    "diary": diary.run_diary,
    "mood": mood.run_mood,
    "settings": settings_command.run_settings,
    "log-dose": doses.run_log_dose,
    "export": export.run_export,
    "import": export.run_import,
    "contraception": contraception.run_contraception,
    "backup": backup.run_backup,
    "restore": backup.run_restore,
    "supplies": supplies_command.run_supplies,
}


# services.errors.StorageWriteError's kinds (the window's sentences keep what was typed in a form)
WRITE_FAILURE_TEXT = {
    "full": "the disk is full",
    "busy": "another program is using the data file; try again in a moment",
    "read-only": "the data folder cannot be written to",
}


EXIT_READER_GONE = 141  # 128 + SIGPIPE, what a shell reports for a command whose reader left


def _silence(stream: TextIO) -> None:
    """Point a stream whose reader has gone at the null device, so that Python's final flush
    does not print "Exception ignored … BrokenPipeError"."""
    import os

    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):  # not a real file (a test's StringIO)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, descriptor)
    finally:
        os.close(null)


def main(argv: list[str] | None = None) -> int:
    """A command from ``argv`` (default: the process's arguments); its exit status."""
    return run(list(sys.argv[1:] if argv is None else argv))


def run(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    import sqlite3

    from belimumab_companion.domain.bounds import printable
    from belimumab_companion.services.errors import StorageWriteError, StoredValueError
    from belimumab_companion.system import data_lock
    from belimumab_companion.user_text import UserFacingError

    try:
        paths = cli_paths(args.data_dir)
        _refuse_future_as_of(args)
        context = CliContext(args, paths, out, err)
        handler = HANDLERS[args.command]
        if args.command == "info":
            return handler(context)
        # Every command that touches the data holds the data lock (shared; restore: exclusive),
        # so none can open the data while a restore swaps it.
        restoring = args.command == "restore" and args.yes
        try:
            hold = (data_lock.exclusive if restoring else data_lock.shared)(paths.data_dir)
            with hold:
                _warn_if_unsafe(paths, err)
                if args.command != "restore":
                    _start_checks(paths)
                try:
                    return handler(context)
                finally:
                    context.close()
        except data_lock.DataLockBusy:
            if restoring:
                raise CliError(
                    "the data is in use (the app or another command): quit it, then restore"
                ) from None
            raise CliError(
                "the data is being restored by another command; try again in a moment"
            ) from None
    except CliError as exc:
        print(f"belimumab-companion: {exc}", file=err)
        return EXIT_USAGE
    except UserFacingError as exc:  # a value the one validation layer refused (issue 18)
        print(f"belimumab-companion: {printable(str(exc))}", file=err)
        return EXIT_USAGE
    except StoredValueError as exc:
        print(
            f"belimumab-companion: the data file holds a value the app cannot read ({exc}); "
            "run `check`, or restore a backup",
            file=err,
        )
        return EXIT_USAGE
    except RecursionError:
        print("belimumab-companion: the file is nested too deeply to be read", file=err)
        return EXIT_USAGE
    except StorageWriteError as exc:  # disk full, locked, read-only: nothing half-written
        reason = WRITE_FAILURE_TEXT.get(exc.kind, "the computer could not write to the disk")
        print(f"belimumab-companion: nothing was saved: {reason}.", file=err)
        return EXIT_PROBLEM
    except sqlite3.DatabaseError as exc:  # not a StorageWriteError: the file itself
        print(f"belimumab-companion: the data file cannot be read: {exc}", file=err)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`... | head`): whatever the command saved stays saved, so never
        # "nothing was changed"; nothing more can be said to it. Later writes go nowhere.
        _silence(out)
        return EXIT_READER_GONE
    except OSError as exc:  # a folder or file the system refused: say which, and why
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"belimumab-companion: {exc.strerror or exc}{where}; nothing was changed", file=err)
        return EXIT_USAGE


FOLDER_PROBLEM_TEXT = {
    "empty": "--data-dir is empty: give a folder, or leave the option out for your own profile",
    "not-a-folder": "{folder} is a file, not a folder: give a folder for --data-dir",
    "database-not-a-file": "the data file {database} is not a file (a folder is in its place); "
    "move it away, then start again",
    "unreadable": "the data folder {folder} cannot be read (permission denied); nothing was "
    "changed",
    "not-yours": "the data folder {folder} belongs to another user; use a folder of your own",
}


def cli_paths(data_dir: str | None) -> AppPaths:
    """The paths for ``--data-dir``, or CliError when the folder cannot be the data folder."""
    from belimumab_companion.paths import data_folder_problem

    paths = app_paths(data_dir or None)
    problem = data_folder_problem(data_dir, paths)
    if problem is not None:
        raise CliError(
            FOLDER_PROBLEM_TEXT[problem].format(folder=paths.data_dir, database=paths.database)
        )
    return paths


# Commands that record something: ``--as-of`` may move them back in time (to replay a day), never
# past the real clock, or a dose could be stored in the future past "not in the future".
WRITE_COMMANDS = ("log-dose", "log-symptom")  # the ones with --as-of that record
AS_OF_FUTURE_TOLERANCE_SECONDS = 300


def _refuse_future_as_of(args: argparse.Namespace) -> None:
    as_of = getattr(args, "as_of", None)
    if args.command not in WRITE_COMMANDS or as_of is None:
        return
    if (as_of - datetime.now(UTC)).total_seconds() > AS_OF_FUTURE_TOLERANCE_SECONDS:
        raise CliError(
            f"--as-of {as_of.isoformat()} is in the future: a command that records something "
            "may replay the past, not the future"
        )


def _warn_if_unsafe(paths: AppPaths, err: TextIO) -> None:
    """A data folder on a network file system or in a cloud-synced folder: one warning line
    (scenario 8); the command still runs."""
    from belimumab_companion.system.storage_location import unsafe_location, warning_line

    location = unsafe_location(paths.data_dir)
    if location is not None:
        print(f"belimumab-companion: {warning_line(location)}", file=err)


def _start_checks(paths: AppPaths) -> None:
    """What the window's start does before it opens the data, for a command: clear what a killed
    backup or restore left, and never make a new, empty data file where earlier data is waiting
    (a restore or a move that did not finish)."""
    import contextlib

    from belimumab_companion.services.backup_service import BackupService

    if not paths.data_dir.is_dir():
        return
    backups = BackupService(paths)
    with contextlib.suppress(OSError):
        backups.clear_leftovers()
    if not paths.database.exists():
        earlier = backups.earlier_data()
        if earlier is not None:
            raise CliError(
                f"there is no data file at {paths.database}, but earlier data was found in "
                f"{earlier.path}: restore it with `restore {earlier.path} --yes` (or move it "
                "away to start with no data)"
            )
