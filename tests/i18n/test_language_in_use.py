"""Issue 8, translations at run time: the chosen language is kept, loaded (compiled by the build:
issue 21, hatch_build.py), and the window, the dates, the numbers and the messages from below
the UI all follow it. Back to English after each test."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths, compiled_translations_dir
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.errors import STORAGE_MESSAGES, StorageWriteError
from belimumab_companion.ui.text import i18n
from belimumab_companion.ui.text.locale_format import long_date, number_text
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, UserFacingError, message
from testsupport import FIXED_NOW

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SPANISH = TRANSLATIONS / "belimumab_companion_es.ts"


def spanish(context: str, source: str) -> str:
    for element in ET.parse(SPANISH).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for entry in element.iter("message"):
            if entry.findtext("source") == source:
                return entry.findtext("translation") or ""
    raise LookupError((context, source))


def all_spanish() -> dict[str, str]:
    """English source -> Spanish, for every finished non-plural translation that differs."""
    found = {}
    for element in ET.parse(SPANISH).getroot().iter("message"):
        translation = element.find("translation")
        source = element.findtext("source") or ""
        if translation is None or translation.get("type") == "unfinished":
            continue
        if translation.text and translation.text != source and len(source) > 3:
            found[source] = translation.text
    return found


def test_the_choice_is_kept_in_the_data_folder_and_a_bad_one_means_the_system_language(
    tmp_path: Path,
) -> None:
    file = AppPaths(tmp_path).language_file
    assert i18n.read_language_choice(file) == ""
    i18n.write_language_choice(file, "es")
    assert i18n.read_language_choice(file) == "es"
    with pytest.raises(ValueError, match="no translation"):
        i18n.write_language_choice(file, "xx")
    assert i18n.read_language_choice(file) == "es"  # unchanged by the refusal
    file.write_text("klingon\n", encoding="utf-8")
    assert i18n.read_language_choice(file) == ""
    file.write_bytes(b"\xff\xfe")
    assert i18n.read_language_choice(file) == ""
    i18n.write_language_choice(file, "")
    assert not file.exists()


def _no_process_may_start(*args: object, **kwargs: object) -> None:
    raise AssertionError(f"a process was started: {args!r}")


def test_spanish_loads_in_the_checkout_with_no_lrelease_and_no_process_started(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21: the translations are compiled by the build (hatch_build.py, which `uv sync` runs
    for the editable install); at start-up the app only loads them."""
    import os
    import subprocess

    monkeypatch.setenv("PATH", str(tmp_path))  # no pyside6-lrelease anywhere on it
    monkeypatch.setattr(subprocess, "Popen", _no_process_may_start)
    for name in ("fork", "posix_spawn", "posix_spawnp", "execv", "execve"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, _no_process_may_start)
    before = QLocale()
    try:
        assert {"en", "es"} <= set(i18n.available_languages())
        installed = i18n.install_language("es")
        assert installed.language == "es"
        assert QCoreApplication.translate("MainWindow", "Today") == spanish("MainWindow", "Today")
        compiled = i18n.compiled_catalogue("es")
        assert compiled is not None
        assert compiled.parent == ROOT / "src" / "belimumab_companion" / "_translations"
    finally:
        i18n.install_language("en")
        QLocale.setDefault(before)


def finished_messages(ts: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, translated forms) of every finished message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            yield name, entry.findtext("source") or "", forms or [translation.text or ""]


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda path: path.stem)
def test_the_checkouts_compiled_translation_says_what_its_source_says(ts: Path) -> None:
    """The .qm the editable install compiled is the current .ts (uv builds it again when a .ts
    changes: [tool.uv] cache-keys). Fails after editing a .ts without `uv sync` / `uv run`."""
    compiled = compiled_translations_dir() / ts.with_suffix(".qm").name
    assert compiled.is_file(), f"{compiled} missing: run `uv sync`"
    translator = QTranslator()
    assert translator.load(str(compiled))
    stale = []
    count = 0
    for context, source, forms in finished_messages(ts):
        count += 1
        found = [translator.translate(context, source, None, n) for n in (1, 2)]
        if forms[0] not in found or forms[-1] not in found:
            stale.append(f"{context}: {source!r}: {found} != {forms}")
    assert count > 0
    assert not stale, f"{compiled.name} is older than {ts.name}: run `uv sync`\n" + "\n".join(
        stale[:10]
    )


def test_a_missing_compiled_translation_means_english_and_one_warning(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "compiled_translations_dir", lambda: tmp_path / "nothing")
    monkeypatch.setattr(i18n, "_missing_warned", set())
    before = QLocale()
    try:
        with caplog.at_level(logging.WARNING, logger=i18n.__name__):
            for _ in range(3):
                assert i18n.install_language("es").language == "en"
                assert QCoreApplication.translate("MainWindow", "Today") == "Today"
        about_spanish = [r for r in caplog.records if "belimumab_companion_es.qm" in r.message]
        assert [r.levelno for r in about_spanish] == [logging.WARNING]
        assert "missing" in about_spanish[0].message
    finally:
        monkeypatch.undo()
        i18n.install_language("en")
        QLocale.setDefault(before)


def test_in_spanish_the_text_dates_numbers_and_service_messages_are_spanish(
    in_spanish: None,
) -> None:
    assert i18n.current_language() == "es"
    today = spanish("MainWindow", "Today")
    assert today and today != "Today"
    assert QCoreApplication.translate("MainWindow", "Today") == today
    assert "noviembre" in long_date(date(2026, 11, 23))
    assert number_text(62.5, 1) == "62,5"
    full = StorageWriteError("full")
    assert i18n.error_text(full) == spanish("Messages", STORAGE_MESSAGES[full.kind])
    refusal = UserFacingError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your entry was not saved: the disk is full. What you typed is still here; "
                "free some space and try again.",
            )
        )
    )
    assert i18n.error_text(refusal) == spanish("Messages", STORAGE_MESSAGES[full.kind])
    assert str(refusal).startswith("Your entry was not saved")  # the CLI and the log: English


def test_in_spanish_a_reason_inside_a_sentence_and_a_system_error_are_spanish(
    in_spanish: None,
) -> None:
    import errno

    reason = "the start cannot be in the future"
    sentence = "A row of %1 was refused (%2); nothing was imported."
    nested = message(QT_TRANSLATE_NOOP("Messages", sentence), "/d/diario.csv", message(reason))
    assert i18n.user_text(nested) == (
        spanish("Messages", sentence)
        .replace("%1", "/d/diario.csv")
        .replace("%2", spanish("Messages", reason))
    )
    full = OSError(errno.ENOSPC, "No space left on device", "/d/informe.pdf")
    assert i18n.error_text(full) == f"/d/informe.pdf: {spanish('Messages', 'the disk is full')}"
    assert "disk" not in i18n.error_text(full)


def test_back_in_english_nothing_is_translated(qapp: QApplication, in_spanish: None) -> None:
    i18n.install_language("en")
    assert QCoreApplication.translate("MainWindow", "Today") == "Today"
    assert i18n.current_language() == "en"


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((widget.objectName() or type(widget).__name__, widget.text()))
    return texts


def test_every_page_of_the_window_shows_spanish_where_a_translation_exists(
    qtbot: QtBot, data_paths: AppPaths, in_spanish: None
) -> None:
    """A string that is translated in the file but shown in English means the lookup at run time
    used another context than the one lupdate extracted (a subclass, a helper): caught here."""
    from belimumab_companion.demo import seed_demo
    from belimumab_companion.ui.shell.main_window import MainWindow

    built: list[AppServices] = []

    def loader() -> AppServices:
        services = build_services(data_paths, clock=fixed_clock(FIXED_NOW))
        seed_demo(services, FIXED_NOW)
        built.append(services)
        return services

    window = MainWindow(loader, reminders=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.data_shown, timeout=20_000):
        window.show()
    translated = all_spanish()
    still_english = []
    try:
        for key in window.page_keys:
            window.show_page(key)
            page = window.page(key)
            qtbot.waitUntil(page.isVisible)
            for name, text in visible_texts(page):
                if text in translated:
                    still_english.append(f"{key}: {name}: {text!r}")
        navigation = [
            window.navigation.item(row).text() for row in range(window.navigation.count())
        ]
        assert spanish("MainWindow", "Today") in navigation
    finally:
        for services in built:
            services.close()
    assert not still_english, "\n".join(still_english)


def test_settings_offers_the_languages_by_their_own_names_and_keeps_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from belimumab_companion.ui.widgets.language_settings import LanguageBox

    file = tmp_path / "language"
    box = LanguageBox(file, read_only=False)
    qtbot.addWidget(box)
    names = [box.choice.itemText(index) for index in range(box.choice.count())]
    assert "Español" in names and "English" in names
    box.choice.setCurrentIndex(box.choice.findData("es"))
    assert file.read_text(encoding="utf-8").strip() == "es"
    assert "next time" in box.note.text()
    box.choice.setCurrentIndex(box.choice.findData(""))
    assert not file.exists()
    read_only = LanguageBox(file, read_only=True)
    qtbot.addWidget(read_only)
    assert not read_only.choice.isEnabled()
