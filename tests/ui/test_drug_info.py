from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.text.locale_format import date_text
from monograph_samples import VALID
from testsupport import FIXED_NOW


def _top_visible_text(window: MainWindow) -> str:
    browser = window.drug_info.browser
    return browser.cursorForPosition(QPoint(10, 10)).block().text()


def test_panel_shows_the_shipped_monograph_read_only(window: MainWindow) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    assert page.browser.isReadOnly()
    assert "Belimumab" in page.browser.toPlainText()
    assert "Missed Doses" in [page.contents.item(i).text() for i in range(page.contents.count())]
    assert "not medical advice" in page.disclaimer.text().lower()
    assert page.disclaimer.isVisible()
    # the file's ISO date, as the user's locale writes it
    assert f"Revised: {date_text(date(2026, 11, 23))}" in page.source_label.text()
    assert "Built-in monograph" in page.source_label.text()


def test_contents_jump_puts_the_section_at_the_top(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    page.resize(1000, 700)
    qtbot.waitExposed(page)
    target_row = next(
        i for i in range(page.contents.count()) if page.contents.item(i).text() == "Vaccinations"
    )
    before = page.browser.verticalScrollBar().value()
    page.contents.setFocus()
    page.contents.setCurrentRow(target_row)
    qtbot.keyClick(page.contents, Qt.Key.Key_Return)
    assert page.browser.verticalScrollBar().value() > before
    assert _top_visible_text(window) == "Vaccinations"
    assert page.browser.textCursor().block().text() == "Vaccinations"


def test_find_highlights_every_match_and_steps_through_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    qtbot.waitExposed(page)
    qtbot.keyClick(page.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.find_bar.isVisible()
    assert page.find_bar.field.hasFocus()
    qtbot.keyClicks(page.find_bar.field, "fridge")
    expected = page.browser.toPlainText().lower().count("fridge")
    assert expected >= 2
    assert page.find_bar.match_count == expected
    selections = page.browser.extraSelections()
    assert len(selections) == expected
    assert all(s.cursor.selectedText().lower() == "fridge" for s in selections)
    assert page.find_bar.count_label.text() == f"1 of {expected}"
    qtbot.keyClick(page.find_bar.field, Qt.Key.Key_Return)
    assert page.find_bar.current_index == 1
    assert page.find_bar.count_label.text() == f"2 of {expected}"
    page.find_bar.previous_match()
    page.find_bar.previous_match()
    assert page.find_bar.current_index == expected - 1
    qtbot.keyClick(page.find_bar.field, Qt.Key.Key_Escape)
    assert not page.find_bar.isVisible()
    assert page.browser.extraSelections() == []


def test_find_with_no_match_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    page.find_bar.open_bar()
    qtbot.keyClicks(page.find_bar.field, "zzzyyyxxx")
    assert page.find_bar.match_count == 0
    assert page.find_bar.count_label.text() == "No matches"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"just some words, no title\n", "no title"),
        (b"# Title\nbut no sections\n", "no sections"),
        (b"# T\n### S\n\xff\xfe\xfa", "not UTF-8"),
        (b"\x00\x01binary\x00", "not text"),
        (b"# T\n### S\n" + b"x" * 1_100_000, "larger than 1 MB"),
    ],
    ids=["no-title", "no-sections", "not-utf8", "binary", "too-large"],
)
def test_a_bad_monograph_is_refused_and_the_old_one_stays(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    content: bytes,
    reason: str,
) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    before_text = page.browser.toPlainText()
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    assert page.open_path(bad) is False
    assert page.browser.toPlainText() == before_text
    assert page.notice.isVisible() and reason in page.notice.text()
    boxes = [
        b for b in page.findChildren(QMessageBox) if b.objectName() == "monographRefusedDialog"
    ]
    assert boxes and reason in boxes[-1].text()
    boxes[-1].close()
    assert window.services is not None
    assert window.services.monographs.current().loaded.shipped


def test_opening_another_monograph_persists_across_restarts(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    migrated_paths: AppPaths,
) -> None:
    good = tmp_path / "testamab.md"
    good.write_text(VALID, encoding="utf-8")
    assert window.drug_info.open_path(good) is True
    assert "Testamab" in window.drug_info.browser.toPlainText()
    assert window.drug_info.shipped_button.isEnabled()
    window.close()

    services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    second = MainWindow(lambda: services)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.data_shown, timeout=10_000):
        second.show()
    assert "Testamab" in second.drug_info.browser.toPlainText()
    assert str(good.resolve()) in second.drug_info.source_label.text()
    second.drug_info.use_shipped()
    assert "Belimumab" in second.drug_info.browser.toPlainText()
    services.close()


def test_monograph_text_is_escaped_never_markup(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "# <b>Bold?</b>\n### Sec\n<img src=x> & <script>alert(1)</script>\n", encoding="utf-8"
    )
    assert window.drug_info.open_path(hostile)
    text = window.drug_info.browser.toPlainText()
    assert "<img src=x>" in text and "<script>" in text and "<b>Bold?</b>" in text


def test_in_english_the_drug_information_shows_the_files_own_disclaimer(window: MainWindow) -> None:
    window.show_page("drug_info")
    page = window.drug_info
    assert not page.language_note.isVisible()
    assert "has not yet been checked" in page.disclaimer.text()  # the monograph's own words
