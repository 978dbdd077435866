"""Atomic writes: a crash or an error mid-write never leaves half a file or a stray temporary."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from belimumab_companion.system.atomic_write import (
    atomic_writer,
    write_atomically,
    write_text_atomically,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
OLD = b"the previous export\r\nline 2\r\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "doses.csv"
    path.write_bytes(OLD)
    os.chmod(path, 0o644)
    return path


def test_writes_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    write_atomically(path, b'{"a": 1}')
    assert path.read_bytes() == b'{"a": 1}'
    assert os.listdir(tmp_path) == ["out.json"]


@posix_only
def test_the_new_file_is_private_even_over_a_readable_one(existing: Path) -> None:
    assert mode(existing) == 0o644
    write_atomically(existing, b"new")
    assert existing.read_bytes() == b"new"
    assert mode(existing) == 0o600


@posix_only
def test_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o000)
    try:
        write_atomically(tmp_path / "a.csv", b"x")
    finally:
        os.umask(previous)
    assert mode(tmp_path / "a.csv") == 0o600


def test_text_is_encoded_as_asked(tmp_path: Path) -> None:
    write_text_atomically(tmp_path / "a.csv", "Náusea 😷\r\n", "utf-8-sig")
    assert (tmp_path / "a.csv").read_bytes() == b"\xef\xbb\xbf" + "Náusea 😷\r\n".encode()


def crash_half_way(path: Path, error: BaseException) -> None:
    with atomic_writer(path) as stream:
        stream.write(b"half of the new ")
        stream.flush()
        # The half-written data exists only in a temporary file: unnamed where the system allows
        # (Linux O_TMPFILE: a kill leaves nothing), else beside the destination under a name that
        # says nothing of it (issue 18).
        others = [name for name in os.listdir(path.parent) if name != path.name]
        assert len(others) <= 1
        assert all(name.startswith(".tmp-") and path.stem not in name for name in others)
        raise error


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary(existing: Path) -> None:
    with pytest.raises(RuntimeError, match="crash"):
        crash_half_way(existing, RuntimeError("crash"))
    assert existing.read_bytes() == OLD
    assert os.listdir(existing.parent) == [existing.name]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("belimumab_companion.system.atomic_write.os.replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(existing, b"x" * 100_000)
    assert existing.read_bytes() == OLD
    assert os.listdir(existing.parent) == [existing.name]


def test_a_failed_fsync_leaves_the_old_file_and_no_temporary(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("belimumab_companion.system.atomic_write.os.fsync", refuse)
    with pytest.raises(OSError, match="Input/output"):
        write_atomically(existing, b"new")
    assert existing.read_bytes() == OLD
    assert os.listdir(existing.parent) == [existing.name]


def test_an_interrupt_without_an_old_file_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        crash_half_way(tmp_path / "new.json", KeyboardInterrupt())
    assert os.listdir(tmp_path) == []


@posix_only
def test_the_folder_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def recording(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr("belimumab_companion.system.atomic_write.os.fsync", recording)
    write_atomically(tmp_path / "a.json", b"{}")
    assert synced == ["file", "folder"]


@posix_only
def test_a_link_is_replaced_at_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_bytes(OLD)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"
