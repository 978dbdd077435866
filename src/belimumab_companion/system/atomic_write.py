"""Write a file so that a crash never leaves half of it: a temporary file beside it, then rename.

The temporary file is created in the destination's own folder (a rename is atomic only within
one file system), written, flushed and fsynced, then ``os.replace``d onto the name; the folder is
fsynced afterwards where the platform allows, so the rename itself survives a power cut. On any
exception the temporary file is removed and an existing file of that name is left as it was.
Every file written here is 0600: exports and login entries carry health data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message

PRIVATE_FILE_MODE = 0o600
# A name that says nothing about what is being written (not ".lupus-report.pdf.partial").
TEMPORARY_PREFIX = ".tmp-"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDECARS = ("-wal", "-shm", "-journal")


class ProtectedTargetError(UserFacingError):
    """The chosen file is the app's own data (the data file, one of its -wal/-shm files, a
    backup: any SQLite database) or a folder: an export never replaces it."""


def check_target(path: Path) -> None:
    """Raise ProtectedTargetError when writing to ``path`` would replace a database or a
    database's sidecar, or ``path`` is a folder (the data folder, say)."""
    resolved = Path(path).resolve()
    candidates = [resolved]
    for suffix in _SIDECARS:
        if resolved.name.endswith(suffix):
            candidates.append(resolved.with_name(resolved.name[: -len(suffix)]))
    if resolved.is_dir():
        raise ProtectedTargetError(
            message(QT_TRANSLATE_NOOP("Messages", "%1 is a folder: choose a file name"), str(path)),
            code="target-is-folder",
        )
    for candidate in candidates:
        try:
            with candidate.open("rb") as stream:
                head = stream.read(len(_SQLITE_MAGIC))
        except OSError:
            continue
        if head == _SQLITE_MAGIC:
            raise ProtectedTargetError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "%1 is a data file or a backup (or belongs to one): an export never "
                        "replaces it; choose another name",
                    ),
                    str(path),
                ),
                code="target-is-data",
            )


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary stream for ``path``; the file appears under its name only if the block ends
    without an exception. ``path`` is resolved first, so a link is replaced at its target.

    Where the system allows (Linux ``O_TMPFILE``), the content is written to a file with no name
    at all, which a kill leaves nowhere; it gets a neutral temporary name only once complete and
    synced, for the instant before the rename. Elsewhere it is written under a neutral
    ``.tmp-<random>`` name beside the target."""
    path = Path(path).resolve()
    check_target(path)
    handle, temporary = _open_temporary(path.parent)
    try:
        with os.fdopen(handle, "wb", closefd=False) as stream:
            if sys.platform != "win32":
                # mkstemp already creates the file 0600; say so explicitly, whatever the umask.
                os.fchmod(stream.fileno(), PRIVATE_FILE_MODE)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if temporary is None:  # unnamed until now
            temporary = _name_unnamed(handle, path.parent)
        os.replace(temporary, path)
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise
    finally:
        os.close(handle)
    _sync_folder(path.parent)


def _open_temporary(folder: Path) -> tuple[int, str | None]:
    flag = getattr(os, "O_TMPFILE", 0)
    if flag and sys.platform.startswith("linux"):
        try:
            return os.open(folder, flag | os.O_RDWR, PRIVATE_FILE_MODE), None
        except OSError:
            pass  # a file system without O_TMPFILE: a named temporary file
    handle, name = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=folder)
    return handle, name


def _name_unnamed(handle: int, folder: Path) -> str:
    """Give the unnamed file a neutral name in ``folder`` (linkat through /proc, which needs no
    privilege); where that is refused, copy it into a named temporary file."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, at_symlink_follow = -100, 0x400
    source = f"/proc/self/fd/{handle}".encode()
    for _attempt in range(100):
        name = str(folder / f"{TEMPORARY_PREFIX}{os.urandom(6).hex()}")
        result = libc.linkat(at_fdcwd, source, at_fdcwd, name.encode(), at_symlink_follow)
        if result == 0:
            return name
        if ctypes.get_errno() != errno.EEXIST:
            break
    copy, name = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=folder)
    try:
        os.lseek(handle, 0, os.SEEK_SET)
        while chunk := os.read(handle, 1 << 20):
            os.write(copy, chunk)
        os.fsync(copy)
    except BaseException:
        os.unlink(name)
        raise
    finally:
        os.close(copy)
    return name


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_writer(path) as stream:
        stream.write(data)


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """``text`` encoded as given (``utf-8-sig`` writes a byte-order mark), newlines untouched."""
    write_atomically(path, text.encode(encoding))


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX). Windows cannot open a folder for fsync; some file
    systems refuse it: the data itself is already on disk, so that is not an error."""
    if sys.platform == "win32":
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
