"""Help → User guide (F1): the offline guide, in the language in use.

The guide is our own HTML, one file per language, ``resources/guide/<language>/index.html``, with
its screenshots in ``resources/guide/<language>/img/`` (``packaging/screenshots/guide.sh`` takes
them). It is shipped like the monograph: ``paths.resources_dir()`` finds it in a checkout, a
wheel and the frozen build. A :class:`QTextBrowser` shows it read-only: the contents at the top
link to each section, the keyboard scrolls it (arrows, Page Up/Down, Home/End; Tab walks the
links), and a find field searches it (Ctrl+F, Enter for the next match, Shift+Enter for the
previous one). The dialog is modeless, one per window: F1 again brings it to the front.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from belimumab_companion.paths import resources_dir
from belimumab_companion.ui.dialogs.user_guide_action import (  # noqa: F401 (re-exported)
    GUIDE_ACTION_TEXT,
    GUIDE_SHORTCUT,
    add_user_guide_action,
)
from belimumab_companion.ui.text.i18n import SOURCE_LANGUAGE, current_language

IMAGE_WIDTH = 720  # a screenshot (1024 wide) is shown at most this wide, smoothly scaled


def guide_dir() -> Path:
    return resources_dir() / "guide"


def guide_file(language: str) -> Path:
    """The guide in ``language``; the English one when there is none in that language."""
    own = guide_dir() / language / "index.html"
    return own if own.is_file() else guide_dir() / SOURCE_LANGUAGE / "index.html"


def show_user_guide(parent: QWidget) -> UserGuideDialog:
    """Open the guide, or bring the one already open for this window to the front."""
    dialog = parent.findChild(UserGuideDialog, "userGuideDialog")
    if dialog is None:
        dialog = UserGuideDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class GuideBrowser(QTextBrowser):
    """A read-only browser that shows the guide's screenshots smoothly scaled to fit its width
    (the HTML gives no sizes: QTextDocument's own scaling of a sized image is coarse)."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            image = QImage(url.toLocalFile())
            if image.width() > IMAGE_WIDTH:
                image = image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            return image
        return super().loadResource(kind, name)


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.setModal(False)
        self.source = guide_file(language or current_language())

        self.browser = GuideBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setAccessibleDescription(
            self.tr("The guide's text; the contents at the top link to each section")
        )
        self.browser.setOpenExternalLinks(False)  # the guide links only to its own sections
        self.browser.setOpenLinks(True)

        find_label = QLabel(self.tr("&Find:"))
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("guideFindEdit")
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setClearButtonEnabled(True)
        find_label.setBuddy(self.find_edit)
        self.find_next_button = QPushButton(self.tr("&Next"))
        self.find_next_button.setObjectName("guideFindNext")
        self.find_next_button.setAccessibleDescription(self.tr("Go to the next place it is found"))
        self.find_previous_button = QPushButton(self.tr("&Previous"))
        self.find_previous_button.setObjectName("guideFindPrevious")
        self.find_previous_button.setAccessibleDescription(
            self.tr("Go to the previous place it is found")
        )
        for button in (self.find_next_button, self.find_previous_button):
            button.setAutoDefault(False)
        self.find_status = QLabel()
        self.find_status.setObjectName("guideFindStatus")
        self.find_status.setTextFormat(Qt.TextFormat.PlainText)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_next_button.clicked.connect(self.find_next)
        self.find_previous_button.clicked.connect(self.find_previous)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_find)
        QShortcut(QKeySequence("Shift+Return"), self.find_edit, self.find_previous)

        find_row = QHBoxLayout()
        for widget in (find_label, self.find_edit, self.find_next_button):
            find_row.addWidget(widget)
        find_row.addWidget(self.find_previous_button)
        find_row.addWidget(self.find_status, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("guideButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("guideClose")
        close.setAutoDefault(False)
        close.setAccessibleDescription(self.tr("Closes the user guide"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

        self._load()
        self._fit_to_screen()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_to_screen(self) -> None:
        """Wide enough for a screenshot beside the scroll bar, as tall as the text needs; never
        larger than the screen."""
        width = IMAGE_WIDTH + self.fontMetrics().averageCharWidth() * 24
        height = self.fontMetrics().height() * 45
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 80)
        self.resize(width, height)

    def _load(self) -> None:
        if not self.source.is_file():
            self.browser.setPlainText(
                self.tr(
                    "The user guide is missing from this installation (%1 was not found). "
                    "Reinstalling the app brings it back."
                ).replace("%1", str(self.source))
            )
            return
        self.browser.setSource(QUrl.fromLocalFile(str(self.source)))

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Select the next (or previous) place the words are found, from the top (or the bottom)
        again at the end; say so when they are nowhere in the guide."""
        words = self.find_edit.text().strip()
        if not words:
            self.find_status.clear()
            return False
        found = self.browser.find(words, flags)
        if not found:
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(words, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found
