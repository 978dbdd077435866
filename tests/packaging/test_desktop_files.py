"""The Linux desktop integration: menu entry, AppStream metainfo and icons, all under one app id.

The validators are the real ones (``desktop-file-validate`` from desktop-file-utils,
``appstreamcli`` from appstream); a test that needs one is skipped only when it is not installed.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import belimumab_companion
from belimumab_companion import APP_ID, APP_NAME, __version__
from belimumab_companion.ui.shell import app_icon as app_icon_module

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
PNG_SIZES = (48, 128, 256)


def _command(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package: {_PACKAGES[name]})")
    return path


_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def _console_script() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    scripts = project["project"]["scripts"]
    assert len(scripts) == 1
    return str(next(iter(scripts)))


def test_the_files_are_named_after_the_app_id() -> None:
    assert DESKTOP.is_file()
    assert METAINFO.is_file()
    assert sorted(p.name for p in LINUX.glob("*.desktop")) == [f"{APP_ID}.desktop"]
    assert sorted(p.name for p in LINUX.glob("*.metainfo.xml")) == [f"{APP_ID}.metainfo.xml"]


def test_desktop_file_validate_accepts_the_menu_entry() -> None:
    result = subprocess.run(
        [_command("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Hints (suggestions) are allowed; errors and warnings are not.
    assert not [
        line for line in output.splitlines() if ": error: " in line or ": warning: " in line
    ]


def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        [_command("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


def test_the_menu_entry_names_the_app_id_icon_and_command() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == _console_script()
    assert entry["TryExec"] == _console_script()
    assert entry["Terminal"] == "false"
    # On X11, Qt's WM_CLASS class is the application name (set in gui_main).
    assert entry["StartupWMClass"] == APP_NAME
    keywords = entry["Keywords"].rstrip(";").split(";")
    for word in ("lupus", "belimumab", "Benlysta", "medication", "reminder", "diary"):
        assert word in keywords
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[f"{key}[es]"].strip(), f"{key}[es] is missing"


def test_the_metainfo_names_the_same_app_and_the_current_version() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchables = root.findall("launchable")
    assert [(item.get("type"), item.text) for item in launchables] == [("desktop-id", DESKTOP.name)]
    assert [binary.text for binary in root.findall("provides/binary")] == [_console_script()]
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    developer = root.find("developer")
    assert developer is not None
    assert APP_ID.startswith(f"{developer.get('id')}.")
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__ == belimumab_companion.__version__


def test_the_metainfo_and_the_menu_entry_agree_on_categories() -> None:
    in_desktop = _desktop_entry()["Categories"].rstrip(";").split(";")
    in_metainfo = [item.text for item in _metainfo().findall("categories/category")]
    assert in_metainfo == in_desktop


@pytest.mark.parametrize("size", PNG_SIZES)
def test_every_hicolor_png_has_its_size(qapp: QApplication, size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_scalable_icon_is_a_valid_square_svg(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


@pytest.mark.parametrize(
    ("path", "sizes"),
    [
        (
            ROOT / "packaging" / "windows" / "belimumab-companion.ico",
            [16, 24, 32, 48, 64, 128, 256],
        ),
        (ROOT / "packaging" / "macos" / "belimumab-companion.icns", [128, 256, 512, 1024]),
    ],
)
def test_the_windows_and_macos_icons_hold_every_size(
    qapp: QApplication, path: Path, sizes: list[int]
) -> None:
    reader = QImageReader(str(path))
    found = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        found.append(image.width())
    assert sorted(found) == sizes


def test_app_icon_offers_the_shipped_sizes(qapp: QApplication) -> None:
    icon = app_icon_module.app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 22, 24, 32, *PNG_SIZES} <= sizes
    assert icon.pixmap(48, 48).width() == 48


def test_app_icon_falls_back_to_the_theme_without_files(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def from_theme(name: str) -> QIcon:
        asked.append(name)
        return QIcon()

    monkeypatch.setattr(app_icon_module, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(QIcon, "fromTheme", from_theme)
    assert app_icon_module.app_icon().isNull()
    assert asked == [APP_ID]
