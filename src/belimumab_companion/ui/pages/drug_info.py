"""The read-only drug-information panel: contents, find-in-page, disclaimer, source and revision."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.domain.monograph import MonographError
from belimumab_companion.services.monograph_files import MonographFileError

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.monograph_service import CurrentMonograph, MonographService
from belimumab_companion.ui.dialogs.common import open_plain_message
from belimumab_companion.ui.shell.operations import Change, Failed, operations
from belimumab_companion.ui.shell.style import SPACE
from belimumab_companion.ui.text.i18n import SOURCE_LANGUAGE, current_language, marked, user_text
from belimumab_companion.ui.text.locale_format import date_text
from belimumab_companion.ui.text.messages import monograph_problem_text
from belimumab_companion.ui.text.monograph_html import monograph_html
from belimumab_companion.ui.widgets.find_bar import FindBar
from belimumab_companion.user_text import QT_TRANSLATE_NOOP, fill

ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 1

# MonographFileError's own reasons (an operating-system error carries a translatable text).
FILE_REASONS = {
    "not a file": QT_TRANSLATE_NOOP("DrugInfoPage", "not a file"),
    "no such file": QT_TRANSLATE_NOOP("DrugInfoPage", "no such file"),
}


def _revised_text(revised: str | None) -> str:
    """The file's revision date as the user's locale writes it, when it is an ISO date; any
    other wording in the file is shown as it is."""
    if not revised:
        return ""
    try:
        return date_text(date.fromisoformat(revised.strip()))
    except ValueError:
        return revised


class DrugInfoPage(QWidget):
    """Read-only. The user can open another monograph file; a bad file leaves the current one."""

    monograph_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drugInfoPage")
        self._service: MonographService | None = None
        self._current: CurrentMonograph | None = None

        self.disclaimer = QLabel()
        self.disclaimer.setObjectName("disclaimerBanner")
        self.disclaimer.setTextFormat(Qt.TextFormat.PlainText)
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        self.disclaimer.setMargin(8)
        self.disclaimer.setAccessibleName(self.tr("Disclaimer"))
        font = self.disclaimer.font()
        font.setBold(True)
        self.disclaimer.setFont(font)

        self.source_label = QLabel()
        self.source_label.setObjectName("monographSource")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notice = QLabel()
        self.notice.setObjectName("monographNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        # The monograph itself is in English (the US prescribing information); when the screens
        # are not, the note says so, and that it does not replace the leaflet in the user's
        # language (issue 17). The disclaimer is then the app's own, in the user's language.
        self._in_english = current_language() == SOURCE_LANGUAGE
        self.language_note = QLabel(
            self.tr(
                "The drug information is in English only. It follows the US prescribing "
                "information; it does not replace the leaflet in your language that comes in the "
                "pack."
            )
        )
        self.language_note.setObjectName("monographLanguageNote")
        self.language_note.setTextFormat(Qt.TextFormat.PlainText)
        self.language_note.setWordWrap(True)
        self.language_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.language_note.setMargin(8)
        self.language_note.setAccessibleName(self.tr("Language of the drug information"))
        self.language_note.setVisible(not self._in_english)

        self.open_button = QPushButton(self.tr("&Open another monograph…"))
        self.open_button.setObjectName("openMonographButton")
        self.open_button.setAccessibleName(self.tr("Open another monograph file"))
        self.open_button.setAccessibleDescription(
            self.tr("Show the drug information from a monograph file you choose")
        )
        self.shipped_button = QPushButton(self.tr("Use the &built-in monograph"))
        self.shipped_button.setObjectName("useShippedMonographButton")
        self.shipped_button.setAccessibleName(self.tr("Use the built-in monograph"))
        self.shipped_button.setAccessibleDescription(
            self.tr("Go back to the drug information that comes with the app")
        )
        self.find_button = QPushButton(self.tr("Find…"))
        self.find_button.setObjectName("findButton")
        self.find_button.setAccessibleName(self.tr("Find in page"))
        self.find_button.setToolTip(self.tr("Find in page (Ctrl+F)"))

        self.contents = QListWidget()
        self.contents.setObjectName("monographContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(SPACE.XS // 2)  # a list of headings: tight
        self.contents.setAccessibleDescription(
            self.tr("Sections of the drug information; Enter jumps to one")
        )

        self.browser = QTextBrowser()
        self.browser.setObjectName("monographText")
        self.browser.setAccessibleName(self.tr("Drug information text"))
        self.browser.setAccessibleDescription(
            self.tr("Read-only. Ctrl+F finds a word; the Contents list jumps to a section")
        )
        self.browser.setOpenLinks(False)
        self.browser.setReadOnly(True)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.find_bar = FindBar(self.browser)
        self.find_bar.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        buttons.addWidget(self.shipped_button)
        buttons.addWidget(self.open_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.find_bar)
        right_layout.addWidget(self.browser)
        splitter = QSplitter()
        splitter.setObjectName("drugInfoSplitter")
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 700])

        layout = QVBoxLayout(self)
        layout.addWidget(self.disclaimer)
        layout.addWidget(self.language_note)
        layout.addWidget(self.source_label)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.contents.itemActivated.connect(self._jump_from_item)
        self.contents.currentItemChanged.connect(lambda item, _old: self._jump_from_item(item))
        self.open_button.clicked.connect(self.choose_file)
        self.shipped_button.clicked.connect(self.use_shipped)
        self.find_button.clicked.connect(self.find_bar.open_bar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_bar.open_bar)
        # Tab in reading order: the buttons left to right, the contents, the find bar, the text.
        order = [
            self.find_button,
            self.shipped_button,
            self.open_button,
            self.contents,
            self.find_bar.field,
            self.find_bar.previous_button,
            self.find_bar.next_button,
            self.find_bar.close_button,
            self.browser,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show_loading()

    def _show_loading(self) -> None:
        self.disclaimer.setText(
            self.tr(
                "This information is for learning only. It is not medical advice: follow your care team."
            )
        )
        self.source_label.setText(self.tr("Loading…"))
        self.open_button.setEnabled(False)
        self.shipped_button.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.find_bar.isVisible():
            self.find_bar.search()  # repaint the highlights in the new scheme's colours

    def load(self, services: AppServices) -> None:
        service = services.monographs
        self._service = service
        self.open_button.setEnabled(True)
        current = service.current()
        self._show(current)
        if current.fallback_reason:
            self._set_notice(
                fill(
                    self.tr(
                        "Your chosen monograph could not be read, so the built-in one is shown: %1"
                    ),
                    (self._fallback_text(current),),
                )
            )

    def _fallback_text(self, current: CurrentMonograph) -> str:
        """The chosen file and why it could not be read, in the user's language."""
        error, path = current.fallback_error, current.fallback_path
        if error is None or path is None:
            return current.fallback_reason or ""
        return fill(self.tr("%1: %2"), (str(path), self._reason_text(error)))

    @staticmethod
    def _reason_text(error: MonographFileError | MonographError) -> str:
        if isinstance(error, MonographFileError):
            if error.text is not None:
                return user_text(error.text)
            return marked("DrugInfoPage", FILE_REASONS.get(error.reason, error.reason))
        return monograph_problem_text(error.problem)

    @property
    def current(self) -> CurrentMonograph | None:
        return self._current

    def section_anchors(self) -> list[str]:
        return [self.contents.item(i).data(ANCHOR_ROLE) for i in range(self.contents.count())]

    def jump_to(self, anchor: str) -> None:
        """Put the section heading at the top of the view, with the text cursor on it."""
        block = self.browser.document().begin()
        while block.isValid():
            if anchor in self._block_anchors(block):
                self.browser.setTextCursor(QTextCursor(block))
                break
            block = block.next()
        self.browser.scrollToAnchor(anchor)

    @staticmethod
    def _block_anchors(block: QTextBlock) -> list[str]:
        names: list[str] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                names += fragment.charFormat().anchorNames()
            iterator += 1
        return names

    def open_path(self, path: Path) -> bool:
        """Switch to ``path``; on failure explain, keep the current monograph, return False."""
        assert self._service is not None
        service = self._service
        try:
            current = operations().run(
                lambda: service.open_file(path),
                Change.NONE,
                expect=(MonographFileError, MonographError),
            )
        except MonographFileError as exc:
            self._refuse(path, fill(self.tr("It could not be read: %1"), (self._reason_text(exc),)))
            return False
        except MonographError as exc:
            self._refuse(path, monograph_problem_text(exc.problem))
            return False
        if isinstance(current, Failed):
            return False
        self._set_notice("")
        self._show(current)
        return True

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a monograph"),
            str(Path.home()),
            self.tr("Monographs (*.md *.txt);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def use_shipped(self) -> None:
        assert self._service is not None
        shipped = operations().run(self._service.use_shipped, Change.NONE)
        if isinstance(shipped, Failed):
            return
        self._set_notice("")
        self._show(shipped)

    def _refuse(self, path: Path, reason: str) -> None:
        message = fill(
            self.tr("%1 was not opened: %2 The current drug information is still shown."),
            (path.name, reason),
        )
        self._set_notice(message)
        open_plain_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Monograph not opened"),
            message,
            "monographRefusedDialog",
        )

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show(self, current: CurrentMonograph) -> None:
        self._current = current
        monograph = current.loaded.monograph
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        self.browser.setHtml(monograph_html(monograph))
        with QSignalBlocker(self.contents):
            self.contents.clear()
            for section in monograph.sections:
                item = QListWidgetItem(section.title)
                item.setData(ANCHOR_ROLE, section.anchor)
                self.contents.addItem(item)
        own_disclaimer = self.tr(
            "This information is for learning only. It is not medical advice: follow your care team."
        )
        # The file's disclaimer is English: in another language the app's own (translated) one.
        self.disclaimer.setText(
            (monograph.disclaimer or own_disclaimer) if self._in_english else own_disclaimer
        )
        origin = (
            self.tr("Built-in monograph") if current.loaded.shipped else str(current.loaded.path)
        )
        source = monograph.source or self.tr("not stated in the file")
        revised = _revised_text(monograph.revised) or self.tr("not stated in the file")
        self.source_label.setText(
            fill(self.tr("%1 · Source: %2 · Revised: %3"), (origin, source, revised))
        )
        self.shipped_button.setEnabled(not current.loaded.shipped)
        self.monograph_changed.emit(monograph.title)

    def _jump_from_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.jump_to(item.data(ANCHOR_ROLE))
