"""The PHQ wording marked for translation in the mood dialog is exactly the domain's (R-40): a
licensed instrument, verbatim, so a translation is looked up under the same English text. In
Spanish it is the official Spanish (US) form, word for word (issue 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.phq import ITEMS, NOTICE, RECALL, RESPONSES
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.ui.dialogs.mood_dialog import PHQ_SOURCES, MoodDialog, phq_text
from qtsupport import speaking

# The official Spanish (United States) PHQ-9, as printed on the form (shared/docs/phq-spanish.md).
OFFICIAL_SPANISH_RECALL = (
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes "
    "problemas?"
)
OFFICIAL_SPANISH_ANSWERS = (
    "Ningún día",
    "Varios días",
    "Más de la mitad de los días",
    "Casi todos los días",
)
OFFICIAL_SPANISH_ITEMS = (
    "Poco interés o placer en hacer cosas",
    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "Se ha sentido cansado(a) o con poca energía",
    "Sin apetito o ha comido en exceso",
    "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted "
    "mismo(a) o con su familia",
    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o "
    "ver la televisión",
    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – "
    "muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
)
OFFICIAL_SPANISH_NOTICE = (
    "Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, "
    "mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para "
    "reproducir, traducir, presentar o distribuir."
)


def test_the_marked_phq_wording_is_the_domains_word_for_word() -> None:
    assert (RECALL, *RESPONSES, *ITEMS, NOTICE) == PHQ_SOURCES


def test_without_a_translation_the_phq_is_shown_in_english(qtbot: QtBot) -> None:
    assert [phq_text(item) for item in ITEMS] == list(ITEMS)
    assert phq_text(NOTICE) == NOTICE


def test_in_spanish_the_phq_is_the_official_spanish_form_word_for_word(
    qtbot: QtBot, services: AppServices
) -> None:
    with speaking("es"):
        assert phq_text(RECALL) == OFFICIAL_SPANISH_RECALL
        assert tuple(phq_text(answer) for answer in RESPONSES) == OFFICIAL_SPANISH_ANSWERS
        assert tuple(phq_text(item) for item in ITEMS) == OFFICIAL_SPANISH_ITEMS
        assert phq_text(NOTICE) == OFFICIAL_SPANISH_NOTICE
        dialog = MoodDialog(services)
        qtbot.addWidget(dialog)
        shown = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert shown["moodStem"] == OFFICIAL_SPANISH_RECALL
    assert shown["moodNotice"] == OFFICIAL_SPANISH_NOTICE
    for number, item in enumerate(OFFICIAL_SPANISH_ITEMS, start=1):
        assert shown[f"moodItem{number}"].endswith(item)
    assert [shown[f"moodResponse{column}"] for column in range(1, 5)] == list(
        OFFICIAL_SPANISH_ANSWERS
    )
