"""About: version, licence, and the not-medical-advice notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from belimumab_companion import APP_NAME, __version__
from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

# Also on the report (report_pdf translates it in this same context).
NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Belimumab Companion helps you keep track of your treatment. It is not medical advice and "
    "does not replace your care team: always follow your doctor's, nurse's and pharmacist's "
    "instructions. In an emergency, call your local emergency number.",
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        layout = QVBoxLayout(self)
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setObjectName("aboutVersion")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        notice = QLabel(marked("AboutDialog", NOT_MEDICAL_ADVICE))
        notice.setObjectName("aboutNotice")
        notice.setTextFormat(Qt.TextFormat.PlainText)
        notice.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. No network, no telemetry."
            )
        )
        licence.setObjectName("aboutLicence")
        licence.setTextFormat(Qt.TextFormat.PlainText)
        licence.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setObjectName("aboutClose")
            close.setAccessibleDescription(self.tr("Closes this window"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        for widget in (title, notice, licence, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # follows the font
