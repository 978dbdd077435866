"""Write a file so that a crash never leaves half of it: a temporary file beside it, then rename.

The temporary file is created in the destination's own folder (a rename is atomic only within
one file system), written, flushed and fsynced, then ``os.replace``d onto the name; the folder is
fsynced afterwards where the platform allows, so the rename itself survives a power cut. On any
exception the temporary file is removed and an existing file of that name is left as it was.
Every file written here is 0600: exports and login entries carry health data.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
TEMPORARY_SUFFIX = ".partial"


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary stream for ``path``; the file appears under its name only if the block ends
    without an exception. ``path`` is resolved first, so a link is replaced at its target."""
    path = Path(path).resolve()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            if sys.platform != "win32":
                # mkstemp already creates the file 0600; say so explicitly, whatever the umask.
                os.fchmod(stream.fileno(), PRIVATE_FILE_MODE)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


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
