"""User-facing wording for the codes the domain returns (the tables: ``text.messages``)."""

from __future__ import annotations

from belimumab_companion.domain.dose_log import LogProblem
from belimumab_companion.domain.monograph import MonographProblem
from belimumab_companion.domain.regimens import RefusalCode
from belimumab_companion.text.messages import (
    LOG_PROBLEM_TEXT,
    MONOGRAPH_PROBLEM_TEXT,
    REFUSAL_TEXT,
    WEIGHT_BAND_CHANGED,
)
from belimumab_companion.ui.text.i18n import error_text, marked
from belimumab_companion.user_text import MESSAGES_CONTEXT


def monograph_problem_text(problem: MonographProblem) -> str:
    return marked(MESSAGES_CONTEXT, MONOGRAPH_PROBLEM_TEXT[problem])


def refusal_text(code: RefusalCode) -> str:
    return marked(MESSAGES_CONTEXT, REFUSAL_TEXT[code])


def log_problem_text(problem: LogProblem) -> str:
    return marked(MESSAGES_CONTEXT, LOG_PROBLEM_TEXT[problem])


def weight_band_changed_text() -> str:
    """R-08, word for word."""
    return marked(MESSAGES_CONTEXT, WEIGHT_BAND_CHANGED)


def error_sentence(error: BaseException) -> str:
    """A refusal raised below the UI, as a sentence: translated (``error_text``), its first letter
    capitalised and a full stop added when it has none (the services word some refusals as
    lower-case fragments, "the plan changed since that dose")."""
    text = error_text(error).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."
