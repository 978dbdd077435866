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


class MonographFileError(Exception):
    """The file could not be read at all (missing, a folder, no permission)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
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
            raise MonographFileError(path, "not a file" if path.exists() else "no such file")
        with path.open("rb") as handle:
            data = handle.read(MAX_MONOGRAPH_BYTES + 1)
    except OSError as exc:
        raise MonographFileError(path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_MONOGRAPH_BYTES:
        raise MonographError(MonographProblem.TOO_LARGE, f"over {MAX_MONOGRAPH_BYTES} bytes")
    monograph = parse_monograph_bytes(data)
    return LoadedMonograph(monograph, path, hashlib.sha256(data).hexdigest(), shipped)
