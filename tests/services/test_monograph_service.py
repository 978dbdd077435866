from __future__ import annotations

from pathlib import Path

import pytest

from belimumab_companion.domain.monograph import MonographError
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.monograph_files import MonographFileError
from monograph_samples import VALID
from testsupport import FIXED_NOW


def test_shipped_by_default(services: AppServices) -> None:
    current = services.monographs.current()
    assert current.loaded.shipped and current.fallback_reason is None


def test_choice_persists_across_restarts(migrated_paths: AppPaths, tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text(VALID, encoding="utf-8")
    first = build_services(migrated_paths, fixed_clock(FIXED_NOW))
    first.monographs.open_file(path)
    first.close()
    second = build_services(migrated_paths, fixed_clock(FIXED_NOW))
    current = second.monographs.current()
    second.close()
    assert current.loaded.monograph.title == "Testamab"
    assert current.loaded.path == path.resolve()


def test_bad_file_keeps_the_current_choice(services: AppServices, tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(VALID, encoding="utf-8")
    services.monographs.open_file(good)
    bad = tmp_path / "bad.md"
    bad.write_text("no title", encoding="utf-8")
    with pytest.raises(MonographError):
        services.monographs.open_file(bad)
    with pytest.raises(MonographFileError):
        services.monographs.open_file(tmp_path / "missing.md")
    assert services.monographs.current().loaded.path == good.resolve()


def test_a_file_the_system_will_not_open_says_why_translatably(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from belimumab_companion.services.monograph_files import read_monograph_file
    from belimumab_companion.user_text import message

    path = tmp_path / "locked.md"
    path.write_text(VALID, encoding="utf-8")

    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))  # as modes would (not as root)

    monkeypatch.setattr(Path, "open", refused)
    with pytest.raises(MonographFileError) as caught:
        read_monograph_file(path)
    assert caught.value.text == message("permission denied")
    assert str(caught.value) == f"{path}: permission denied"


def test_a_vanished_choice_falls_back_to_shipped_with_a_reason(
    migrated_paths: AppPaths, tmp_path: Path
) -> None:
    path = tmp_path / "t.md"
    path.write_text(VALID, encoding="utf-8")
    first = build_services(migrated_paths, fixed_clock(FIXED_NOW))
    first.monographs.open_file(path)
    first.close()
    path.unlink()
    second = build_services(migrated_paths, fixed_clock(FIXED_NOW))
    current = second.monographs.current()
    second.close()
    assert current.loaded.shipped
    assert current.fallback_reason is not None and "t.md" in current.fallback_reason


def test_use_shipped_forgets_the_choice(migrated_paths: AppPaths, tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text(VALID, encoding="utf-8")
    first = build_services(migrated_paths, fixed_clock(FIXED_NOW))
    first.monographs.open_file(path)
    first.monographs.use_shipped()
    first.close()
    second = build_services(migrated_paths, fixed_clock(FIXED_NOW))
    assert second.monographs.current().loaded.shipped
    second.close()
