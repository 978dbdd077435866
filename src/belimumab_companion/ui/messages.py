"""User-facing wording for the codes the domain returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belimumab_companion.domain.monograph import MonographProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def monograph_problem_text(problem: MonographProblem) -> str:
    texts = {
        MonographProblem.TOO_LARGE: _tr("The file is larger than 1 MB, too large for a monograph."),
        MonographProblem.BINARY: _tr("The file is not text; it looks like a binary file."),
        MonographProblem.NOT_UTF8: _tr("The file is not UTF-8 text."),
        MonographProblem.NO_TITLE: _tr("The file has no title (a line starting with '# ')."),
        MonographProblem.NO_SECTIONS: _tr("The file has no sections (lines starting with '### ')."),
        MonographProblem.BAD_FRONT_MATTER: _tr(
            "The block between the '---' lines at the top is malformed."
        ),
    }
    return texts[problem]
