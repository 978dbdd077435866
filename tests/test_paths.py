from __future__ import annotations

from pathlib import Path

import pytest

from belimumab_companion.paths import app_paths, default_data_dir, make_private, shipped_monograph


def test_data_dir_override_puts_everything_under_it(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "x").ensure()
    for location in (
        paths.database,
        paths.backups_dir,
        paths.logs_dir,
        paths.log_file,
        paths.lock_file,
    ):
        assert location.is_relative_to(tmp_path / "x")
    assert paths.data_dir.stat().st_mode & 0o777 == 0o700
    assert paths.backups_dir.stat().st_mode & 0o777 == 0o700


def test_default_data_dir_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "belimumab-companion"


def test_make_private_tightens_existing_files(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "f").write_text("x")
    (folder / "sub" / "f").chmod(0o644)
    folder.chmod(0o755)
    make_private(folder)
    assert (folder / "sub" / "f").stat().st_mode & 0o777 == 0o600
    assert (folder / "sub").stat().st_mode & 0o777 == 0o700
    assert folder.stat().st_mode & 0o777 == 0o700


def test_shipped_monograph_is_in_resources() -> None:
    assert shipped_monograph().is_file()


def test_every_log_file_is_private_even_after_a_rotation(tmp_path: Path) -> None:
    import logging
    import os

    from belimumab_companion.logging_setup import setup_logging

    old = os.umask(0o022)
    log_file = tmp_path / "logs" / "app.log"
    handler = setup_logging(log_file)
    try:
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("belimumab_companion.test").info("after the rollover")
        files = sorted(log_file.parent.iterdir())
        assert len(files) == 2
        assert all(path.stat().st_mode & 0o777 == 0o600 for path in files)
        assert log_file.parent.stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(old)
        logging.getLogger("belimumab_companion").removeHandler(handler)
        handler.close()
