"""The care-team report as a PDF (issue 7), made with Qt's own QTextDocument and QPdfWriter.

* Text: every piece of text, ours and the user's, goes through one helper, ``_e`` (``html.escape``,
  line breaks kept), so notes such as ``<b>x</b><img src=http://…>`` print as typed and are never
  markup (reliability scenario 23). The only markup is this module's own.
* Resources: the document is a ``ReportDocument``, whose ``loadResource`` answers only the
  report's own images (scheme ``belimumab-report``) and refuses anything else, recording the
  attempt in ``refused``: nothing is ever fetched, from the network or from a file.
* Chart: the severity of each symptom over time, drawn with QtCharts offscreen into a QImage and
  added with ``QTextDocument.addResource``. Symptoms differ by marker shape, not colour alone;
  doses given are squares along the bottom, as on the Diary page. QtCharts' ``QChart`` is a
  QGraphicsWidget, so **a QApplication (QtWidgets) must exist** before a report is made; a
  QGuiApplication is not enough. This module never creates one: the caller does.
* Pages: the document is laid out for the page's printable area less a footer band, then painted
  page by page; each page's footer says when the report was generated and "Page N of M". A4,
  or Letter where the locale measures in US units. Dates, times and numbers are written as the
  user's locale writes them (``ui.locale_format``: a four-digit year, so never ambiguous about
  the year), in the user's language like the rest of the report; the file name keeps ISO.
  Ligatures are off, so the PDF's text reads back (and copies) letter for letter.
* Files: the PDF is rendered into memory, then written with ``write_atomically`` (a temporary
  file beside the target, fsync, rename; mode 0600): a crash never leaves half a report.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLineF,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTransform,
)
from PySide6.QtWidgets import QApplication

from belimumab_companion import APP_NAME
from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind
from belimumab_companion.domain.phq import NOTICE as PHQ_NOTICE
from belimumab_companion.domain.phq import Band
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.schedule import Phase, PlanSegment
from belimumab_companion.system.atomic_write import write_atomically
from belimumab_companion.ui.about import NOT_MEDICAL_ADVICE
from belimumab_companion.ui.contraception_text import (
    action_text,
    method_name,
    pregnancy_kind_text,
    window_text,
)
from belimumab_companion.ui.dialogs import date_edit_format
from belimumab_companion.ui.dose_text import missed_advice_text, status_text
from belimumab_companion.ui.i18n import marked
from belimumab_companion.ui.locale_format import (
    date_text,
    date_time_text,
    integer_text,
    quantity_text,
    time_text,
)
from belimumab_companion.ui.models.diary_model import action_text as diary_action_text
from belimumab_companion.ui.models.diary_model import level_text, triage_text
from belimumab_companion.ui.mood_dialog import BAND_TEXT, phq_text
from belimumab_companion.ui.symptom_text import symptom_text
from belimumab_companion.user_text import fill

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices
    from belimumab_companion.services.diary_service import DiaryEntry
    from belimumab_companion.services.report_data import (
        CareTeamReport,
        DoseDecision,
        PhaseAdherence,
    )

SCHEME = "belimumab-report"  # the only resources a report document answers
CHART_NAME = "severity-chart"
CHART_URL = f"{SCHEME}:{CHART_NAME}"
CHART_SIZE = (660, 330)  # in CSS pixels (1/96 in): the width of the printable area, about
CHART_PIXEL_RATIO = 3  # ... drawn at three times that, for print
MAX_CHART_SYMPTOMS = 5  # one marker shape each (the square is the doses')
DOSE_ROW = -0.45  # where the dose markers sit: under "none" (as on the Diary page)
MARGIN_MM = 15.0
RESOLUTION_DPI = 300
FONT_POINTS = 9.5
US_PAPER = QLocale.MeasurementSystem.ImperialUSSystem

STYLE = """
body { color: #000000; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; }
h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
th { background-color: #e8e8e8; text-align: left; }
td.note { color: #333333; }
tr.red-flag td { font-weight: bold; }
td.nowrap { white-space: nowrap; }
"""


def _e(text: object) -> str:
    """The one way text enters the report's HTML: escaped (never markup), line breaks kept."""
    plain = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return html.escape(plain, quote=True).replace("\n", "<br/>")


# --- the document that never fetches ---------------------------------------------------------


class ReportDocument(QTextDocument):
    """A QTextDocument that answers only its own images and records every other request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []  # every resource asked for that is not the report's own
        self._own: dict[str, QImage] = {}

    def add_image(self, name: str, image: QImage) -> QUrl:
        url = QUrl(f"{SCHEME}:{name}")
        self._own[url.toString()] = image
        self.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        return url

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        key = name.toString() if isinstance(name, QUrl) else QUrl(name).toString()
        if key in self._own:
            return self._own[key]
        self.refused.append(key)
        return None  # never fetched, never read from disk


# --- wording ---------------------------------------------------------------------------------


def _day(day: date | None) -> str:
    """A date as the user's locale writes it (short, four-digit year)."""
    return date_text(day) if day is not None else ""


def _moment(moment: datetime, zone: str) -> str:
    """A moment on the wall clock of ``zone``, as the user's locale writes it."""
    return date_time_text(moment.astimezone(ZoneInfo(zone)))


def _number(value: float) -> str:
    """An amount ("200", "2.5" or "2,5"), as the user's locale writes it."""
    return quantity_text(value)


def _dose_number(sequence: int) -> str:
    return fill(QCoreApplication.translate("report_pdf", "#%1"), (integer_text(sequence),))


def generated_text(report: CareTeamReport) -> str:
    return fill(
        QCoreApplication.translate("report_pdf", "Generated %1 (%2)"),
        (date_time_text(report.generated_at), report.zone),
    )


def _condition(indication: Indication) -> str:
    if indication is Indication.SLE:
        return QCoreApplication.translate("report_pdf", "lupus (SLE)")
    return QCoreApplication.translate("report_pdf", "lupus nephritis")


def _route(route: Route) -> str:
    return (
        QCoreApplication.translate("report_pdf", "infusion")
        if route is Route.IV
        else QCoreApplication.translate("report_pdf", "injection")
    )


def _amount(segment: PlanSegment) -> str:
    regimen = segment.regimen
    if regimen.mg_per_kg is not None:  # 10 mg/kg, prepared by the infusion team
        if segment.weight_kg is not None:
            return fill(
                QCoreApplication.translate(
                    "report_pdf", "%1 mg per kg of body weight (weight %2 kg)"
                ),
                (_number(regimen.mg_per_kg), _number(segment.weight_kg)),
            )
        return fill(
            QCoreApplication.translate("report_pdf", "%1 mg per kg of body weight"),
            (_number(regimen.mg_per_kg),),
        )
    if regimen.maintenance_amount_mg is None:
        return QCoreApplication.translate("report_pdf", "as prescribed")
    regular = fill(
        QCoreApplication.translate("report_pdf", "%1 mg"),
        (_number(regimen.maintenance_amount_mg),),
    )
    if regimen.loading_doses and regimen.loading_amount_mg is not None:
        return fill(
            QCoreApplication.translate("report_pdf", "%1 mg for the first %2 doses given, then %3"),
            (_number(regimen.loading_amount_mg), integer_text(regimen.loading_doses), regular),
        )
    return regular


def _every(segment: PlanSegment) -> str:
    regimen = segment.regimen
    days = integer_text(regimen.interval_days)
    if regimen.as_prescribed:
        return fill(
            QCoreApplication.translate("report_pdf", "every %1 days (as prescribed)"), (days,)
        )
    return fill(QCoreApplication.translate("report_pdf", "every %1 days"), (days,))


def _phase(phase: Phase | None) -> str:
    if phase is Phase.LOADING:
        return QCoreApplication.translate("report_pdf", "Starting doses")
    if phase is Phase.MAINTENANCE:
        return QCoreApplication.translate("report_pdf", "Regular doses")
    return QCoreApplication.translate("report_pdf", "All doses")


def _choice_text(decision: DoseDecision) -> str:
    choice = decision.choice
    if choice is not None:  # R-17 (a) / (b), R-20
        words = {
            AfterMakeUp.KEEP_DAY: QCoreApplication.translate(
                "report_pdf", "Kept the usual day; next dose %1"
            ),
            AfterMakeUp.NEW_DAY: QCoreApplication.translate(
                "report_pdf", "Made %2 the new weekly day; next dose %1"
            ),
            AfterMakeUp.CARE_TEAM_DATE: QCoreApplication.translate(
                "report_pdf", "Next dose on the date from the care team: %1"
            ),
        }[choice.choice]
        return fill(
            words, (_day(choice.next_dose), QLocale().dayName(choice.make_up_on.isoweekday()))
        )
    if decision.make_up is MakeUpKind.NONE:
        return ""
    return QCoreApplication.translate("report_pdf", "No choice recorded yet for the next dose")


def _decision_row(decision: DoseDecision) -> tuple[list[str], str]:
    dose = decision.dose
    outcome = decision.outcome.value
    if outcome == "late":
        happened = QCoreApplication.translate("report_pdf", "given late")
    elif outcome == "early":
        happened = QCoreApplication.translate("report_pdf", "given early")
    else:
        happened = status_text(dose)  # "missed" (R-16) / "skipped on the care team's advice"
    given = _moment(decision.given_at, str(dose.due.tzinfo)) if decision.given_at else ""
    if decision.advice is not None:
        after = missed_advice_text(decision.advice.value)
    else:
        after = _choice_text(decision)
    note = (
        fill(QCoreApplication.translate("report_pdf", "Note: %1"), (decision.note,))
        if decision.note.strip()
        else ""
    )
    row = [
        _dose_number(dose.sequence),
        _moment(dose.due, str(dose.due.tzinfo)),
        _phase(dose.phase),
        happened,
        given,
        after,
    ]
    return row, note


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("report_pdf", "yes")
        if value
        else QCoreApplication.translate("report_pdf", "no")
    )


# --- HTML --------------------------------------------------------------------------------------


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _notice(text: str) -> str:
    """Framed, so it cannot be taken for part of the data."""
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="5">'
        f"<tr><td>{_e(text)}</td></tr></table>"
    )


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    notes: Sequence[str] | None = None,
    row_class: str = "",
    nowrap: Sequence[int] = (),
) -> str:
    """A full-width table, its header row repeated on every page; a row's note (user text) goes
    on its own full-width line below it, where it has room and never interleaves with the
    columns. Columns in ``nowrap`` (dates and times) are never broken."""
    parts = ['<table width="100%" border="1" cellspacing="0" cellpadding="3">', "<thead><tr>"]
    parts += [f"<th>{_e(header)}</th>" for header in headers]
    parts.append("</tr></thead>")
    css = f' class="{row_class}"' if row_class else ""
    for index, row in enumerate(rows):
        cells = "".join(
            f'<td class="nowrap">{_e(cell)}</td>' if column in nowrap else f"<td>{_e(cell)}</td>"
            for column, cell in enumerate(row)
        )
        parts.append(f"<tr{css}>{cells}</tr>")
        note = notes[index] if notes is not None else ""
        if note:
            parts.append(f'<tr><td class="note" colspan="{len(headers)}">{_e(note)}</td></tr>')
    parts.append("</table>")
    return "".join(parts)


def _pairs(rows: Sequence[tuple[str, str]]) -> str:
    parts = ['<table cellspacing="0" cellpadding="2">']
    for label, value in rows:
        parts.append(f"<tr><td><b>{_e(label)}</b></td><td>{_e(value)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def _nothing() -> str:
    return _p(QCoreApplication.translate("report_pdf", "Nothing recorded in this period."))


def _patient_and_plan(report: CareTeamReport) -> str:
    patient = report.patient
    parts = [_heading(2, QCoreApplication.translate("report_pdf", "Patient and treatment plan"))]
    parts.append(
        _pairs(
            [
                (
                    QCoreApplication.translate("report_pdf", "Name"),
                    patient.name or QCoreApplication.translate("report_pdf", "not entered"),
                ),
                (
                    QCoreApplication.translate("report_pdf", "Date of birth"),
                    _day(patient.birth_date)
                    if patient.birth_date
                    else QCoreApplication.translate("report_pdf", "not entered"),
                ),
                (
                    QCoreApplication.translate("report_pdf", "Treatment"),
                    QCoreApplication.translate("report_pdf", "ongoing")
                    if patient.on_treatment
                    else QCoreApplication.translate("report_pdf", "stopped or not started"),
                ),
                (
                    QCoreApplication.translate("report_pdf", "Last dose given"),
                    _day(patient.last_dose)
                    if patient.last_dose
                    else QCoreApplication.translate("report_pdf", "none recorded"),
                ),
                (
                    QCoreApplication.translate("report_pdf", "Past anaphylaxis to belimumab"),
                    QCoreApplication.translate(
                        "report_pdf",
                        "RECORDED by the patient: do not give Benlysta; contact the care team",
                    )
                    if patient.belimumab_anaphylaxis
                    else QCoreApplication.translate("report_pdf", "not recorded"),
                ),
            ]
        )
    )
    parts.append(_heading(3, QCoreApplication.translate("report_pdf", "Plan in this period")))
    if not report.plans:
        parts.append(
            _p(QCoreApplication.translate("report_pdf", "No treatment plan covers this period."))
        )
        return "".join(parts)
    rows = []
    for segment in report.plans:
        until = (
            _day(segment.ends_before - timedelta(days=1))
            if segment.ends_before is not None
            else QCoreApplication.translate("report_pdf", "current")
        )
        rows.append(
            [
                _day(segment.first_dose),
                until,
                _condition(segment.regimen.indication),
                _route(segment.regimen.route),
                _amount(segment),
                _every(segment),
                fill(
                    QCoreApplication.translate("report_pdf", "%1 (%2)"),
                    (time_text(segment.time_of_day), segment.zone),
                ),
            ]
        )
    headers = [
        QCoreApplication.translate("report_pdf", "From"),
        QCoreApplication.translate("report_pdf", "Until"),
        QCoreApplication.translate("report_pdf", "Condition"),
        QCoreApplication.translate("report_pdf", "Route"),
        QCoreApplication.translate("report_pdf", "Dose"),
        QCoreApplication.translate("report_pdf", "Schedule"),
        QCoreApplication.translate("report_pdf", "Time"),
    ]
    parts.append(_table(headers, rows, nowrap=(0, 1)))
    return "".join(parts)


def _adherence_row(row: PhaseAdherence) -> list[str]:
    return [
        _phase(row.phase),
        integer_text(row.due),
        integer_text(row.on_time),
        integer_text(row.late),
        integer_text(row.early),
        integer_text(row.missed),
        integer_text(row.skipped),
    ]


def _doses(report: CareTeamReport) -> str:
    parts = [_heading(2, QCoreApplication.translate("report_pdf", "Doses"))]
    if report.adherence_total.due == 0:
        parts.append(
            _p(
                QCoreApplication.translate(
                    "report_pdf", "No doses were due in this period (up to the generated date)."
                )
            )
        )
    else:
        headers = [
            QCoreApplication.translate("report_pdf", "Phase"),
            QCoreApplication.translate("report_pdf", "Due"),
            QCoreApplication.translate("report_pdf", "On time"),
            QCoreApplication.translate("report_pdf", "Late"),
            QCoreApplication.translate("report_pdf", "Early"),
            QCoreApplication.translate("report_pdf", "Missed"),
            QCoreApplication.translate("report_pdf", "Skipped on advice"),
        ]
        rows = [_adherence_row(row) for row in report.adherence]
        rows.append(_adherence_row(report.adherence_total))
        parts.append(_table(headers, rows))
        parts.append(
            _p(
                QCoreApplication.translate(
                    "report_pdf",
                    "Doses still to come on the generated date are not counted. On time: given "
                    "on the day it was due.",
                )
            )
        )
        if report.tracked_from is not None and report.tracked_from > report.start:
            parts.append(
                _p(
                    fill(
                        QCoreApplication.translate(
                            "report_pdf",
                            "Doses due before %1, the day the app was set up, are counted only "
                            "if they were logged; none of them counts as missed.",
                        ),
                        (date_text(report.tracked_from),),
                    )
                )
            )
    parts.append(
        _heading(
            3,
            QCoreApplication.translate(
                "report_pdf", "Doses not given on their day, and what followed"
            ),
        )
    )
    if not report.decisions:
        parts.append(_p(QCoreApplication.translate("report_pdf", "None in this period.")))
        return "".join(parts)
    headers = [
        QCoreApplication.translate("report_pdf", "Dose"),
        QCoreApplication.translate("report_pdf", "Due"),
        QCoreApplication.translate("report_pdf", "Phase"),
        QCoreApplication.translate("report_pdf", "What happened"),
        QCoreApplication.translate("report_pdf", "Given"),
        QCoreApplication.translate("report_pdf", "Advice shown, or choice made"),
    ]
    built = [_decision_row(d) for d in report.decisions]
    rows, notes = [row for row, _ in built], [note for _, note in built]
    parts.append(_table(headers, rows, notes, nowrap=(0, 1, 4)))
    return "".join(parts)


def _entry_rows(entries: Sequence[DiaryEntry]) -> tuple[list[list[str]], list[str]]:
    rows, notes = [], []
    for entry in entries:
        after = _dose_number(entry.sequence) if entry.sequence is not None else ""
        rows.append(
            [
                _moment(entry.onset_at, entry.zone),
                symptom_text(entry.symptom, entry.symptom_code),
                level_text(entry.severity),
                level_text(entry.interference),
                triage_text(entry.triage),
                diary_action_text(entry.action),
                after,
            ]
        )
        notes.append(
            fill(QCoreApplication.translate("report_pdf", "Notes: %1"), (shortened(entry.notes),))
            if entry.notes.strip()
            else ""
        )
    return rows, notes


# A note in the report is for the care team to glance at: past this many characters it ends
# with "…" (the whole note stays in the diary and the exports). A note pasted from a 10 MB file,
# kept from before notes had a limit, made the layout take minutes (issue 18).
REPORT_NOTE_MAX = 2000


def shortened(text: str, limit: int = REPORT_NOTE_MAX) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _side_effects(report: CareTeamReport, chart: bool) -> str:
    parts = [_heading(2, QCoreApplication.translate("report_pdf", "Side effects and symptoms"))]
    if not report.side_effects:
        parts.append(_nothing())
        return "".join(parts)
    if chart and report.symptom_series:
        width, height = CHART_SIZE
        parts.append(f'<p><img src="{CHART_URL}" width="{width}" height="{height}"/></p>')
        shown = min(len(report.symptom_series), MAX_CHART_SYMPTOMS)
        caption = QCoreApplication.translate(
            "report_pdf",
            "Severity over time (none, mild, moderate, severe, very severe); squares along the "
            "bottom are doses given.",
        )
        if len(report.symptom_series) > shown:
            caption += " " + fill(
                QCoreApplication.translate(
                    "report_pdf",
                    "The chart shows %1 of the %2 symptoms: those with red flags first, then "
                    "those with the most entries. The tables list every entry.",
                ),
                (integer_text(shown), integer_text(len(report.symptom_series))),
            )
        parts.append(_p(caption))
    headers = [
        QCoreApplication.translate("report_pdf", "When"),
        QCoreApplication.translate("report_pdf", "Symptom"),
        QCoreApplication.translate("report_pdf", "Severity"),
        QCoreApplication.translate("report_pdf", "Gets in the way"),
        QCoreApplication.translate("report_pdf", "Triage"),
        QCoreApplication.translate("report_pdf", "Action taken"),
        QCoreApplication.translate("report_pdf", "After dose"),
    ]
    red = report.side_effects[: report.red_flag_count]
    rest = report.side_effects[report.red_flag_count :]
    parts.append(
        _heading(
            3,
            fill(
                QCoreApplication.translate("report_pdf", "Red flags (%1)"),
                (integer_text(len(red)),),
            ),
        )
    )
    if red:  # R-29 emergency, R-31 crisis, R-30 care team today: before anything else
        rows, notes = _entry_rows(red)
        parts.append(_table(headers, rows, notes, row_class="red-flag", nowrap=(0,)))
    else:
        parts.append(_p(QCoreApplication.translate("report_pdf", "None in this period.")))
    parts.append(
        _heading(
            3,
            fill(
                QCoreApplication.translate("report_pdf", "Other entries (%1)"),
                (integer_text(len(rest)),),
            ),
        )
    )
    if rest:
        rows, notes = _entry_rows(rest)
        parts.append(_table(headers, rows, notes, nowrap=(0,)))
    else:
        parts.append(_p(QCoreApplication.translate("report_pdf", "None in this period.")))
    return "".join(parts)


def _mood(report: CareTeamReport) -> str:
    parts = [_heading(2, QCoreApplication.translate("report_pdf", "Mood check-ins"))]
    if not report.mood:
        parts.append(_nothing())
        return "".join(parts)
    rows = []
    for check_in in report.mood:
        nine = check_in.kind == "phq9"
        band = ""
        if nine and check_in.band:  # the band's name, never a reassurance
            band = marked("MoodDialog", BAND_TEXT[Band(check_in.band)])
        if nine:  # item 9 above zero is a crisis, whatever the total
            item9 = (
                QCoreApplication.translate("report_pdf", "above zero")
                if check_in.crisis
                else integer_text(0)
            )
        else:
            item9 = QCoreApplication.translate("report_pdf", "not asked (PHQ-2)")
        rows.append(
            [
                _moment(check_in.taken_at, report.zone),
                "PHQ-9" if nine else "PHQ-2",
                fill(
                    QCoreApplication.translate("report_pdf", "%1 of %2"),
                    (integer_text(check_in.total), integer_text(27 if nine else 6)),
                ),
                band,
                item9,
            ]
        )
    headers = [
        QCoreApplication.translate("report_pdf", "When"),
        QCoreApplication.translate("report_pdf", "Questionnaire"),
        QCoreApplication.translate("report_pdf", "Total"),
        QCoreApplication.translate("report_pdf", "Band"),
        QCoreApplication.translate("report_pdf", "Item 9"),
    ]
    parts.append(_table(headers, rows, nowrap=(0,)))
    parts.append(_p(phq_text(PHQ_NOTICE)))  # the form's notice goes with its scores
    return "".join(parts)


def _contraception(report: CareTeamReport) -> str:
    summary = report.contraception
    parts = [_heading(2, QCoreApplication.translate("report_pdf", "Contraception and pregnancy"))]
    if summary.enabled is True:
        state = QCoreApplication.translate("report_pdf", "on")
    elif summary.enabled is False:
        state = QCoreApplication.translate("report_pdf", "off")
    else:
        state = QCoreApplication.translate("report_pdf", "not set up")
    method = QCoreApplication.translate("report_pdf", "none recorded")
    if summary.method is not None:
        method = fill(
            QCoreApplication.translate("report_pdf", "%1, since %2"),
            (method_name(summary.method), _day(summary.method_since)),
        )
    parts.append(
        _pairs(
            [
                (QCoreApplication.translate("report_pdf", "Contraception module"), state),
                (QCoreApplication.translate("report_pdf", "Method"), method),
                (
                    QCoreApplication.translate("report_pdf", "Window (as of the generated date)"),
                    window_text(summary.window),
                ),
                (
                    QCoreApplication.translate("report_pdf", "Reminders in this period"),
                    fill(
                        QCoreApplication.translate(
                            "report_pdf", "%1 marked done, %2 marked missed"
                        ),
                        (integer_text(summary.done), integer_text(summary.missed)),
                    ),
                ),
            ]
        )
    )
    if summary.missed_items:
        rows = [
            [_moment(item.due, report.zone), action_text(item.action)]
            for item in summary.missed_items
        ]
        parts.append(
            _heading(3, QCoreApplication.translate("report_pdf", "Reminders marked missed"))
        )
        parts.append(
            _table(
                [
                    QCoreApplication.translate("report_pdf", "Due"),
                    QCoreApplication.translate("report_pdf", "Reminder"),
                ],
                rows,
                nowrap=(0,),
            )
        )
    parts.append(
        _heading(3, QCoreApplication.translate("report_pdf", "Pregnancy and breastfeeding"))
    )
    if not report.pregnancy_events:
        parts.append(
            _p(QCoreApplication.translate("report_pdf", "No events recorded in this period."))
        )
        return "".join(parts)
    rows = [
        [_day(event.on), pregnancy_kind_text(event.kind), _yes_no(event.in_window)]
        for event in report.pregnancy_events
    ]
    notes = [
        fill(QCoreApplication.translate("report_pdf", "Note: %1"), (event.note,))
        if event.note.strip()
        else ""
        for event in report.pregnancy_events
    ]
    headers = [
        QCoreApplication.translate("report_pdf", "Date"),
        QCoreApplication.translate("report_pdf", "Event"),
        QCoreApplication.translate(
            "report_pdf", "During treatment or within 4 months of the last dose"
        ),
    ]
    parts.append(_table(headers, rows, notes, nowrap=(0,)))
    return "".join(parts)


def _vaccinations(report: CareTeamReport) -> str:
    from belimumab_companion.ui.vaccinations_dialog import NOTICE_TEXT

    parts = [_heading(2, QCoreApplication.translate("report_pdf", "Vaccinations"))]
    if not report.vaccinations:
        parts.append(_nothing())
        return "".join(parts)
    rows = [
        [
            _day(v.on_date),
            v.name,
            QCoreApplication.translate("report_pdf", "planned")
            if v.status == "planned"
            else QCoreApplication.translate("report_pdf", "received"),
            marked("VaccinationsDialog", NOTICE_TEXT[v.notice]),
        ]
        for v in report.vaccinations
    ]
    notes = [
        fill(QCoreApplication.translate("report_pdf", "Notes: %1"), (v.notes,))
        if v.notes.strip()
        else ""
        for v in report.vaccinations
    ]
    headers = [
        QCoreApplication.translate("report_pdf", "Date"),
        QCoreApplication.translate("report_pdf", "Vaccine"),
        QCoreApplication.translate("report_pdf", "Status"),
        QCoreApplication.translate("report_pdf", "Live-vaccine check"),
    ]
    parts.append(_table(headers, rows, notes, nowrap=(0,)))
    return "".join(parts)


def report_html(report: CareTeamReport, chart: bool = True) -> str:
    """The whole report as HTML: this module's markup around escaped text only. ``chart``:
    include the severity chart's image (its resource is added by ``report_document``)."""
    period = fill(
        QCoreApplication.translate("report_pdf", "Period: %1 to %2 (times in %3)"),
        (_day(report.start), _day(report.end), report.zone),
    )
    parts = [
        "<html><body>",
        _heading(1, QCoreApplication.translate("report_pdf", "Care-team report")),
        _p(
            fill(
                QCoreApplication.translate(
                    "report_pdf", "Recorded by the patient or their caregiver in %1."
                ),
                (APP_NAME,),
            )
        ),
        _p(period),
        _p(generated_text(report)),
        _notice(marked("AboutDialog", NOT_MEDICAL_ADVICE)),
        _patient_and_plan(report),
        _doses(report),
        _side_effects(report, chart),
        _mood(report),
        _contraception(report),
        _vaccinations(report),
        "</body></html>",
    ]
    return "".join(parts)


# --- the chart ---------------------------------------------------------------------------------


def require_widgets_application() -> None:
    """QtCharts draws with QGraphicsWidgets: a QGuiApplication is not enough."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        raise RuntimeError(
            "the care-team report's chart needs a QApplication (QtWidgets); create one first"
        )


def severity_chart(report: CareTeamReport) -> QImage:
    """The severity of the symptoms with the most entries over the period, with the doses
    given, as an image (white background, for paper). Needs a QApplication."""
    from PySide6.QtCharts import (
        QCategoryAxis,
        QChart,
        QDateTimeAxis,
        QLegend,
        QLineSeries,
        QScatterSeries,
    )
    from PySide6.QtCore import QDateTime, QPointF, QTimeZone
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsScene

    require_widgets_application()
    zone = QTimeZone(report.zone.encode("ascii"))

    def moment(value: datetime) -> float:
        return value.timestamp() * 1000.0

    chart = QChart()
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QColor("white"))
    chart.setLocale(QLocale())  # dates on the axis as the user's locale writes them
    chart.setLocalizeNumbers(True)
    time_axis = QDateTimeAxis()
    time_axis.setFormat(date_edit_format())
    time_axis.setTickCount(5)
    level_axis = QCategoryAxis()
    level_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    level_axis.setStartValue(-0.7)
    for level in range(5):
        level_axis.append(level_text(level), level)
    level_axis.setRange(-0.7, 4.3)
    chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(level_axis, Qt.AlignmentFlag.AlignLeft)
    shapes = (
        QScatterSeries.MarkerShape.MarkerShapeCircle,
        QScatterSeries.MarkerShape.MarkerShapeTriangle,
        QScatterSeries.MarkerShape.MarkerShapeStar,
        QScatterSeries.MarkerShape.MarkerShapePentagon,
        QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    )
    lines = []
    for series_data, shape in zip(report.symptom_series[:MAX_CHART_SYMPTOMS], shapes, strict=False):
        points = [QPointF(moment(at), severity) for at, severity in series_data.points]
        line = QLineSeries()
        line.append(points)
        markers = QScatterSeries()
        # The legend draws series names as rich text: the user's symptom is escaped.
        markers.setName(_e(symptom_text(series_data.symptom, series_data.symptom_code)))
        markers.setMarkerShape(shape)
        markers.setMarkerSize(9)
        markers.append(points)
        for series in (line, markers):
            chart.addSeries(series)
            series.attachAxis(time_axis)
            series.attachAxis(level_axis)
        line.setColor(markers.color())
        lines.append(line)
    doses = QScatterSeries()
    doses.setName(_e(QCoreApplication.translate("report_pdf", "Dose given")))
    doses.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    doses.setMarkerSize(8)
    doses.append([QPointF(moment(at), DOSE_ROW) for at in report.doses_given])
    chart.addSeries(doses)
    doses.attachAxis(time_axis)
    doses.attachAxis(level_axis)
    first = QDateTime(report.start.year, report.start.month, report.start.day, 0, 0, 0, 0, zone)
    after = report.end + timedelta(days=1)
    last = QDateTime(after.year, after.month, after.day, 0, 0, 0, 0, zone)
    time_axis.setRange(first, last)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    for line in lines:
        for marker in legend.markers(line):
            marker.setVisible(False)  # the shapes stand for the symptoms
    width, height = CHART_SIZE
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(
        width * CHART_PIXEL_RATIO, height * CHART_PIXEL_RATIO, QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(CHART_PIXEL_RATIO)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


# --- document and pages --------------------------------------------------------------------


def _font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(FONT_POINTS)
    for tag in ("liga", "clig", "dlig"):  # letters, not ligature glyphs, in the PDF's text
        font.setFeature(QFont.Tag(tag), 0)
    return font


def report_document(report: CareTeamReport, chart: bool = True) -> ReportDocument:
    """The report as a document (for the PDF, a printer or an on-screen preview)."""
    if chart:  # checked even when there is nothing to draw, so a caller finds out at once
        require_widgets_application()
    document = ReportDocument()
    document.setDefaultFont(_font())
    document.setDefaultStyleSheet(STYLE)
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        QCoreApplication.translate("report_pdf", "Care-team report"),
    )
    with_chart = chart and bool(report.symptom_series)
    if with_chart:
        document.add_image(CHART_NAME, severity_chart(report))
    document.setHtml(report_html(report, chart=with_chart))
    return document


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> int:
    """Lay ``document`` out for ``device``'s pages and paint it, one page at a time, with
    ``footer`` and "Page N of M" at the bottom of each. Returns the number of pages."""
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    document.setDocumentMargin(0)
    font = QFont(document.defaultFont())
    metrics = QFontMetricsF(font, device)
    band = metrics.height() * 2.5
    width, height = float(device.width()), float(device.height())
    body = height - band
    document.setPageSize(QSizeF(width, body))
    pages = max(1, document.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start drawing the report")
    try:
        painter.setFont(font)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            # Shift the page up (setTransform: the i18n check reads any .translate() as text).
            painter.setTransform(QTransform.fromTranslate(0, -page * body), True)
            document.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
            rule = body + metrics.height() * 0.6
            painter.drawLine(QLineF(0, rule, width, rule))
            line = QRectF(0, height - metrics.height() * 1.2, width, metrics.height() * 1.2)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | middle, footer)
            number = fill(
                QCoreApplication.translate("report_pdf", "Page %1 of %2"),
                (integer_text(page + 1), integer_text(pages)),
            )
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | middle, number)
    finally:
        painter.end()
    return pages


def page_layout() -> QPageLayout:
    """A4, or Letter where the locale measures in US units; 15 mm margins."""
    size = (
        QPageSize.PageSizeId.Letter
        if QLocale().measurementSystem() == US_PAPER
        else QPageSize.PageSizeId.A4
    )
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def render_pdf(report: CareTeamReport, document: ReportDocument | None = None) -> bytes:
    """The PDF's bytes, made in memory."""
    document = document if document is not None else report_document(report)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout())
    writer.setTitle(QCoreApplication.translate("report_pdf", "Care-team report"))
    writer.setCreator(APP_NAME)
    paint_pages(document, writer, generated_text(report))
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def write_report_pdf(path: Path, report: CareTeamReport) -> None:
    """Write the PDF to ``path`` atomically, mode 0600. Raises OSError when it cannot."""
    write_atomically(Path(path), render_pdf(report))


def export_pdf(
    path: Path,
    services: AppServices,
    start: date,
    end: date,
    now: datetime,
    zone: str | None = None,
) -> Path:
    """Build the report for ``start`` .. ``end`` and write it to ``path``; returns the path
    written. A QApplication must exist (the chart is a QtCharts widget)."""
    from belimumab_companion.services.report_data import build_report

    report = build_report(services, start, end, now, zone)
    target = Path(path)
    write_report_pdf(target, report)
    return target
