"""Reading a monograph file from disk, with the size check before the whole file is read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from belimumab_companion.domain.monograph import (
    MAX_MONOGRAPH_BYTES,
    Monograph,
    MonographError,
    MonographProblem,
    parse_monograph_bytes,
)
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserText, message, os_reason

NOT_A_FILE = "not a file"
NO_SUCH_FILE = "no such file"
FILE_REASONS = (NOT_A_FILE, NO_SUCH_FILE)


class MonographFileError(Exception):
    """The file could not be read at all (missing, a folder, no permission). ``reason`` is either
    one of :data:`FILE_REASONS` (a code in English words, which the UI translates: see
    ``ui.pages.drug_info.FILE_REASONS``) or, for an operating-system error, its English words,
    with ``text`` the same reason translatable."""

    def __init__(self, path: Path, reason: str, text: UserText | None = None) -> None:
        self.path = path
        self.reason = reason
        self.text = text
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class LoadedMonograph:
    monograph: Monograph
    path: Path
    sha256: str
    shipped: bool


def read_monograph_file(path: Path, *, shipped: bool = False) -> LoadedMonograph:
    """Raises :class:`MonographFileError` or :class:`MonographError`, nothing else."""
    try:
        if not path.is_file():
            raise MonographFileError(path, NOT_A_FILE if path.exists() else NO_SUCH_FILE)
        with path.open("rb") as handle:
            data = handle.read(MAX_MONOGRAPH_BYTES + 1)
    except OSError as exc:
        reason = os_reason(exc)
        raise MonographFileError(path, str(reason), reason) from exc
    if len(data) > MAX_MONOGRAPH_BYTES:
        raise MonographError(MonographProblem.TOO_LARGE, f"over {MAX_MONOGRAPH_BYTES} bytes")
    try:
        monograph = parse_monograph_bytes(data)
    except RecursionError:  # nested a thousand levels deep: refused like any unusable file
        text = message(QT_TRANSLATE_NOOP("Messages", "the file is nested too deeply to be read"))
        raise MonographFileError(path, str(text), text) from None
    return LoadedMonograph(monograph, path, hashlib.sha256(data).hexdigest(), shipped)
