"""Country names for the help-numbers choice (Settings and Today), in the user's language; kept
apart from the Settings box so that Today can use them before the services are imported."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from belimumab_companion.ui.text.i18n import marked
from belimumab_companion.user_text import QT_TRANSLATE_NOOP

CONTEXT = "HelpNumbersBox"
COUNTRY_NAMES = {
    "AR": QT_TRANSLATE_NOOP("HelpNumbersBox", "Argentina"),
    "AT": QT_TRANSLATE_NOOP("HelpNumbersBox", "Austria"),
    "AU": QT_TRANSLATE_NOOP("HelpNumbersBox", "Australia"),
    "BE": QT_TRANSLATE_NOOP("HelpNumbersBox", "Belgium"),
    "BG": QT_TRANSLATE_NOOP("HelpNumbersBox", "Bulgaria"),
    "CA": QT_TRANSLATE_NOOP("HelpNumbersBox", "Canada"),
    "CL": QT_TRANSLATE_NOOP("HelpNumbersBox", "Chile"),
    "CO": QT_TRANSLATE_NOOP("HelpNumbersBox", "Colombia"),
    "CY": QT_TRANSLATE_NOOP("HelpNumbersBox", "Cyprus"),
    "CZ": QT_TRANSLATE_NOOP("HelpNumbersBox", "Czechia"),
    "DE": QT_TRANSLATE_NOOP("HelpNumbersBox", "Germany"),
    "DK": QT_TRANSLATE_NOOP("HelpNumbersBox", "Denmark"),
    "EE": QT_TRANSLATE_NOOP("HelpNumbersBox", "Estonia"),
    "ES": QT_TRANSLATE_NOOP("HelpNumbersBox", "Spain"),
    "FI": QT_TRANSLATE_NOOP("HelpNumbersBox", "Finland"),
    "FR": QT_TRANSLATE_NOOP("HelpNumbersBox", "France"),
    "GB": QT_TRANSLATE_NOOP("HelpNumbersBox", "United Kingdom"),
    "GR": QT_TRANSLATE_NOOP("HelpNumbersBox", "Greece"),
    "HR": QT_TRANSLATE_NOOP("HelpNumbersBox", "Croatia"),
    "HU": QT_TRANSLATE_NOOP("HelpNumbersBox", "Hungary"),
    "IE": QT_TRANSLATE_NOOP("HelpNumbersBox", "Ireland"),
    "IN": QT_TRANSLATE_NOOP("HelpNumbersBox", "India"),
    "IT": QT_TRANSLATE_NOOP("HelpNumbersBox", "Italy"),
    "LT": QT_TRANSLATE_NOOP("HelpNumbersBox", "Lithuania"),
    "LU": QT_TRANSLATE_NOOP("HelpNumbersBox", "Luxembourg"),
    "LV": QT_TRANSLATE_NOOP("HelpNumbersBox", "Latvia"),
    "MT": QT_TRANSLATE_NOOP("HelpNumbersBox", "Malta"),
    "MX": QT_TRANSLATE_NOOP("HelpNumbersBox", "Mexico"),
    "NL": QT_TRANSLATE_NOOP("HelpNumbersBox", "Netherlands"),
    "NZ": QT_TRANSLATE_NOOP("HelpNumbersBox", "New Zealand"),
    "PE": QT_TRANSLATE_NOOP("HelpNumbersBox", "Peru"),
    "PL": QT_TRANSLATE_NOOP("HelpNumbersBox", "Poland"),
    "PT": QT_TRANSLATE_NOOP("HelpNumbersBox", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("HelpNumbersBox", "Romania"),
    "SE": QT_TRANSLATE_NOOP("HelpNumbersBox", "Sweden"),
    "SI": QT_TRANSLATE_NOOP("HelpNumbersBox", "Slovenia"),
    "SK": QT_TRANSLATE_NOOP("HelpNumbersBox", "Slovakia"),
    "US": QT_TRANSLATE_NOOP("HelpNumbersBox", "United States"),
}
OTHER = "OTHER"


def country_name(code: str) -> str:
    """The country's name in the user's language; the code itself when the table has no name."""
    if code == OTHER or not code:
        return QCoreApplication.translate("HelpNumbersBox", "another country")
    name = COUNTRY_NAMES.get(code)
    return marked(CONTEXT, name) if name else code
