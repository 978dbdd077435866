"""The care-team report PDF (issue 7), read back with poppler's pdftotext, and its dialog.

Reliability scenario 23: notes such as ``<b>x</b><img src=http://…>`` and ``=HYPERLINK(…)`` print
as typed, never as markup, and nothing outside the report's own resources is ever loaded."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from belimumab_companion.domain.contraception import Method, PregnancyEvent, default_setup
from belimumab_companion.domain.dose_log import suggest_sites
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.plan_service import PlanInputs, PlanService
from belimumab_companion.services.report_data import CareTeamReport, build_report
from belimumab_companion.ui.dialogs.about import NOT_MEDICAL_ADVICE
from belimumab_companion.ui.report import dialog as report_dialog
from belimumab_companion.ui.report.chart import CHART_PIXEL_RATIO
from belimumab_companion.ui.report.dialog import ReportDialog
from belimumab_companion.ui.report.document import CHART_URL, ReportDocument, report_document
from belimumab_companion.ui.report.export import export_pdf, render_pdf, write_report_pdf
from belimumab_companion.ui.report.html import report_html
from belimumab_companion.ui.report.sections.health import CHART_SIZE
from testsupport import FIXED_NOW

ZONE = "Europe/Madrid"
TZ = ZoneInfo(ZONE)
START, END = date(2026, 9, 1), date(2026, 11, 23)  # FIXED_NOW is 2026-11-23 10:30 in Madrid
MARKUP = "<b>x</b><img src=http://example.invalid/a.png>"
FORMULA = '=HYPERLINK("http://x")'
GENERATED = "Generated Mon, 23 Nov 2026, 10:30 (Europe/Madrid)"  # British: see british_dates


@pytest.fixture(autouse=True)
def british_dates() -> Iterator[None]:
    """The report writes dates as the user's locale does; these tests read them in en_GB."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def seed(services: AppServices) -> None:
    """Lupus, weekly SubQ on Tuesdays from 09-01: #1..#12 due in the period (#13 is 11-24);
    #4 missed, #6 skipped on advice, the rest on time. Diary: a red flag after a routine entry,
    a deleted entry, one before the period; hostile notes on the red flag and the vaccination.
    A combined pill; a pregnancy event, and a deleted one."""
    plans = services.plans
    # The app was set up the day before the first dose: adherence counts from then.
    PlanService(services.database.sessions, fixed_clock(local(date(2026, 8, 31), 12))).set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1988, 6, 1),
            first_dose=START,
            time_of_day=time(18, 0),
            zone=ZONE,
        )
    )
    segment = plans.segments()[0].id
    for dose in plans.schedule(FIXED_NOW, END):
        if dose.sequence == 4:
            continue
        if dose.sequence == 6:
            plans.skip_on_advice(segment, 6, "Fever: the nurse said skip")
            continue
        plans.log_dose(
            given_at=local(dose.local_date, 18, 5),
            sites=suggest_sites(plans.site_history(), dose.injections),
            sequence=dose.sequence,
            given_by="clinic" if dose.sequence == 1 else "self",
        )
    for symptom, onset, severity, notes in [
        ("Tiredness", local(date(2026, 9, 10), 12), 2, "Needed a nap"),
        ("Trouble breathing", local(date(2026, 11, 10), 20), 4, f"{MARKUP}\n{FORMULA}"),
        ("Symptom before the period", local(date(2026, 8, 20), 9), 1, ""),
    ]:
        services.diary.add(
            DiaryInputs(symptom=symptom, onset_at=onset, zone=ZONE, severity=severity, notes=notes)
        )
    gone = services.diary.add(
        DiaryInputs(
            symptom="Deleted symptom", onset_at=local(date(2026, 10, 1), 9), zone=ZONE, severity=3
        )
    )
    services.diary.delete(gone.entry.id)
    services.mood.record_phq9([0, 1, 0, 0, 0, 0, 0, 0, 0])
    contraception = services.contraception
    contraception.set_method(
        default_setup(Method.COMBINED_PILL, date(2026, 9, 8), time(21, 30), ZONE)
    )
    contraception.record_pregnancy_event(
        PregnancyEvent.MIGHT_BE_PREGNANT, date(2026, 10, 5), ZONE, "Test at home"
    )
    deleted = contraception.record_pregnancy_event(
        PregnancyEvent.PREGNANT, date(2026, 11, 1), ZONE, "Deleted event"
    )
    contraception.delete_pregnancy_event(deleted.id)
    services.vaccinations.add(
        "Flu vaccine", date(2026, 10, 14), "received", care_team_says_live=False, notes=FORMULA
    )


@pytest.fixture
def seeded(migrated_paths: AppPaths) -> Iterator[AppServices]:
    services = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW))
    seed(services)
    yield services
    services.close()


@pytest.fixture
def report(seeded: AppServices) -> CareTeamReport:
    return build_report(seeded, START, END, FIXED_NOW, ZONE)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "poppler's pdftotext is needed to read the report back"
    result = subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def exported(qapp: QApplication, seeded: AppServices, out: Path) -> str:
    path = export_pdf(out / "report.pdf", seeded, START, END, FIXED_NOW, ZONE)
    assert path == out / "report.pdf"
    return pdf_text(path)


def test_every_section_is_there(exported: str) -> None:
    for heading in [
        "Care-team report",
        "Patient and treatment plan",
        "Doses",
        "Side effects and symptoms",
        "Red flags (1)",
        "Other entries (1)",
        "Mood check-ins",
        "Contraception and pregnancy",
        "Vaccinations",
    ]:
        assert heading in exported, heading
    assert "Period: Tue, 1 Sept 2026 to Mon, 23 Nov 2026 (times in Europe/Madrid)" in exported
    assert words(NOT_MEDICAL_ADVICE) in words(exported)


def test_the_adherence_figures_are_those_seeded(exported: str) -> None:
    # Phase, due, on time, late, early, missed, skipped on advice (#1..#12; #13 is after END).
    assert re.search(r"Regular doses\s+12\s+10\s+0\s+0\s+1\s+1\b", exported)
    assert re.search(r"All doses\s+12\s+10\s+0\s+0\s+1\s+1\b", exported)
    assert "Starting doses" not in exported  # lupus SubQ has no loading phase
    flat = words(exported)
    # R-16 then R-47: #4 was missed, and later doses were given: not to be made up; the
    # "advice shown" column keeps what the app asked while it was open, for the care team.
    assert "#4 Tue, 22 Sept 2026 Regular doses missed — not to be" in flat
    assert flat.count("Inject as soon as you remember") == 1  # #4's row, and no other
    # the due time (its own line in the "Due" cell) may fall between the words
    assert re.search(r"skipped on the care (18:00 )?team's advice", flat)
    assert "Note: Fever: the nurse said skip" in flat


def test_mood_plan_and_vaccination_rows(exported: str) -> None:
    flat = words(exported)
    assert "PHQ-9 1 of 27 minimal 0" in flat
    assert "lupus (SLE)" in flat
    assert "every 7 days" in flat
    assert "Wed, 14 Oct 2026 Flu vaccine received care team's answer recorded" in flat


def test_contraception_and_pregnancy_rows(exported: str) -> None:
    flat = words(exported)
    assert "Combined pill, since Tue, 8 Sept 2026" in flat
    assert "0 marked done, 0 marked missed" in flat
    assert "Mon, 5 Oct 2026 I might be pregnant yes" in flat  # during treatment
    assert "Note: Test at home" in flat
    assert "Deleted event" not in flat
    assert "I am pregnant" not in flat


def test_red_flags_come_before_routine_entries(exported: str) -> None:
    # The routine entry is older, yet the red flag is printed first.
    assert exported.index("Trouble") < exported.index("Tiredness")
    assert re.search(r"Tue, 10 Nov 2026\s+Trouble", exported)
    assert "emergency" in exported


def test_the_dates_follow_the_users_locale(qapp: QApplication, report: CareTeamReport) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    american = report_html(report, chart=False)
    assert "Period: Tue, Sep 1, 2026 to Mon, Nov 23, 2026" in american
    assert "6:00\u202fPM" in american or "6:00 PM" in american  # the due time of dose #4
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    spanish = report_html(report, chart=False)
    # No translator here: English words, Spanish dates.
    assert "Period: mar, 1 de sept de 2026 to lun, 23 de nov de 2026" in spanish
    assert "lun, 23 de nov de 2026, 10:30" in spanish  # the PHQ-9, and the generated time
    for html in (american, spanish):  # never a date in bare numbers ("1 10 2026", "9/1/2026")
        assert "2026-09-01" not in html and "2026-11-23" not in html
        assert not re.search(r"\b\d{1,2}[/. -]\d{1,2}[/. -]\d{4}\b", html), html


def test_deleted_entries_and_entries_outside_the_dates_are_absent(exported: str) -> None:
    assert "Deleted symptom" not in exported
    assert "before the period" not in exported
    assert "Other entries (1)" in exported


def test_every_page_has_its_number_and_the_generated_date(exported: str) -> None:
    pages = [page for page in exported.split("\f") if page.strip()]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert GENERATED in page
    assert "Page 1 of" in exported


def test_user_text_prints_as_typed_and_never_as_markup(
    qapp: QApplication, report: CareTeamReport, out: Path
) -> None:
    html = report_html(report)
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=http://example.invalid/a.png&gt;" in html
    assert "=HYPERLINK(&#34;http://x&#34;)" in html
    assert re.findall(r"<img\b[^>]*\bsrc=\"([^\"]*)\"", html) == [CHART_URL]
    assert "<b>x</b>" not in html

    document = report_document(report)
    data = render_pdf(report, document)
    assert data.startswith(b"%PDF-")
    assert document.refused == []  # no resource but the chart was ever asked for
    path = out / "scenario-23.pdf"
    write_report_pdf(path, report)
    text = pdf_text(path)
    assert f"Notes: {MARKUP}" in text
    assert FORMULA in text  # in the diary notes and in the vaccination's
    assert text.count(FORMULA) == 2


def test_the_document_refuses_every_resource_but_its_own(qapp: QApplication) -> None:
    document = ReportDocument()
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    own = document.add_image("own", image)
    document.setHtml(
        f'<p><img src="{own.toString()}"/>'
        '<img src="http://example.invalid/a.png"/><img src="file:///etc/hostname"/></p>'
    )
    document.size()  # lays it out: the images are asked for
    assert sorted(set(document.refused)) == ["file:///etc/hostname", "http://example.invalid/a.png"]
    kind = QTextDocument.ResourceType.ImageResource
    assert document.resource(kind, QUrl("http://example.invalid/a.png")) is None
    assert isinstance(document.resource(kind, own), QImage)


def test_the_chart_is_drawn_into_the_document(qapp: QApplication, report: CareTeamReport) -> None:
    document = report_document(report)
    chart = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL))
    assert isinstance(chart, QImage)
    assert not chart.isNull()
    assert chart.width() > chart.height() > 300
    colours = {
        chart.pixel(x, y) for x in range(0, chart.width(), 7) for y in range(0, chart.height(), 7)
    }
    assert len(colours) > 10  # axes, labels, markers: not a blank image
    without = report_document(report, chart=False)
    assert without.resource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL)) is None


def test_the_pdf_carries_the_chart(qapp: QApplication, seeded: AppServices, out: Path) -> None:
    """Read back from the file: the chart is an image at print resolution in the PDF, next to
    the sentence that explains its marks; a report made without it has no image."""
    tool = shutil.which("pdfimages")
    assert tool is not None, "poppler's pdfimages is needed to read the report back"
    path = export_pdf(out / "report.pdf", seeded, START, END, FIXED_NOW, ZONE)
    listing = subprocess.run(
        [tool, "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    sizes = {(int(row.split()[3]), int(row.split()[4])) for row in listing}
    width, height = CHART_SIZE
    assert (width * CHART_PIXEL_RATIO, height * CHART_PIXEL_RATIO) in sizes, listing
    assert "Each red flag is circled and labelled on the chart" in words(pdf_text(path))
    bare = out / "bare.pdf"
    bare.write_bytes(
        render_pdf(
            build_report(seeded, START, END, FIXED_NOW, ZONE),
            report_document(build_report(seeded, START, END, FIXED_NOW, ZONE), chart=False),
        )
    )
    bare_listing = subprocess.run(
        [tool, "-list", str(bare)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert bare_listing == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_file_is_private_and_no_temporary_file_is_left(
    qapp: QApplication,
    report: CareTeamReport,
    out: Path,
) -> None:
    path = out / "report.pdf"
    path.write_bytes(b"an older report")
    path.chmod(0o644)
    write_report_pdf(path, report)
    assert path.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(out.iterdir()) == [path]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    qapp: QApplication,
    report: CareTeamReport,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = out / "report.pdf"
    path.write_bytes(b"an older report")

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("belimumab_companion.system.atomic_write.os.fsync", disk_full)
    with pytest.raises(OSError):
        write_report_pdf(path, report)
    assert path.read_bytes() == b"an older report"
    assert list(out.iterdir()) == [path]


# --- the dialog -------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, seeded: AppServices) -> ReportDialog:
    shown = ReportDialog(seeded, zone=ZONE)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_dates_default_to_the_last_three_months(dialog: ReportDialog) -> None:
    assert dialog.period() == (date(2026, 8, 23), date(2026, 11, 23))


def test_every_interactive_widget_is_named(dialog: ReportDialog) -> None:
    widgets = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QDateEdit),
        *dialog.findChildren(QTextBrowser),
    ]
    assert len(widgets) >= 7
    for widget in widgets:
        if widget.parent() is not dialog and widget.objectName().startswith("qt_"):
            continue  # Qt's own parts inside a date edit or a scroll area
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_saving_through_the_chooser_writes_the_pdf(dialog: ReportDialog, out: Path) -> None:
    asked: list[str] = []

    def chooser(_parent: object, _caption: str, suggested: str, filters: str) -> str:
        asked.append(suggested)
        assert "*.pdf" in filters
        return str(out / "for-dr-lee")

    dialog.choose_file = chooser
    dialog.save_button.click()
    assert Path(asked[0]).name == "care-team-report-2026-11-23.pdf"
    saved = out / "for-dr-lee.pdf"
    assert dialog.saved_path == saved
    assert "Care-team report" in pdf_text(saved)
    assert "Page 1 of" in pdf_text(saved)
    assert str(saved) in dialog.message.text()


def test_cancelling_the_chooser_writes_nothing(dialog: ReportDialog, out: Path) -> None:
    dialog.choose_file = lambda *_args: ""
    assert dialog.save() is None
    assert list(out.iterdir()) == []
    assert dialog.error_box is None


def test_an_unwritable_target_is_reported_and_the_dialog_stays(
    qtbot: QtBot,
    dialog: ReportDialog,
    tmp_path: Path,
) -> None:
    target = tmp_path / "no-such-folder" / "report.pdf"
    dialog.start_date.setDate(dialog.start_date.date().addDays(7))
    dates = dialog.period()
    dialog.choose_file = lambda *_args: str(target)
    dialog.save_button.click()
    box = dialog.error_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert f"could not be written to {target}: no such file or folder." in box.text()
    assert dialog.isVisible()
    assert dialog.period() == dates
    assert dialog.saved_path is None
    assert not target.parent.exists()
    box.accept()


def test_reversed_dates_are_refused(dialog: ReportDialog) -> None:
    dialog.start_date.setDate(dialog.end_date.date().addDays(1))
    assert not dialog.save_button.isEnabled()
    assert not dialog.preview_button.isEnabled()
    assert "after the last day" in dialog.message.text()
    assert dialog.build() is None
    dialog.start_date.setDate(dialog.end_date.date())
    assert dialog.save_button.isEnabled()


def test_the_preview_shows_the_report_as_plain_text(dialog: ReportDialog) -> None:
    dialog.start_date.setDate(dialog.start_date.date().addDays(9))  # 2026-09-01
    dialog.preview_button.click()
    text = dialog.preview.toPlainText()
    assert "Care-team report" in text
    assert MARKUP in text
    assert FORMULA in text
    assert text.index("Trouble breathing") < text.index("Tiredness")
    assert dialog.preview_document is not None
    assert dialog.preview_document.refused == []


def test_print_is_disabled_without_a_printer(
    qtbot: QtBot,
    seeded: AppServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(report_dialog, "printers_available", lambda: False)
    without = ReportDialog(seeded, zone=ZONE)
    qtbot.addWidget(without)
    assert not without.print_button.isEnabled()
    monkeypatch.setattr(report_dialog, "printers_available", lambda: True)
    with_printer = ReportDialog(seeded, zone=ZONE)
    qtbot.addWidget(with_printer)
    assert with_printer.print_button.isEnabled()


def test_offscreen_has_no_printer_so_print_is_disabled(dialog: ReportDialog) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    assert dialog.print_button.isEnabled() == bool(QPrinterInfo.availablePrinters())


APP_CHECK = """
import sys
from datetime import date, datetime, UTC
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.report_data import build_report
from belimumab_companion.ui.report.document import report_document
from belimumab_companion.ui.report.export import export_pdf, render_pdf
app = QGuiApplication([])
folder = Path(sys.argv[1])
services = build_services(app_paths(folder / "data").ensure())
now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
report = build_report(services, date(2026, 9, 1), date(2026, 11, 23), now)
try:
    export_pdf(folder / "report.pdf", services, date(2026, 9, 1), date(2026, 11, 23), now)
except RuntimeError as exc:
    print("refused:", exc)
data = render_pdf(report, report_document(report, chart=False))
print("without the chart:", data[:5].decode())
services.close()
"""


def test_a_qguiapplication_is_not_enough_for_the_chart(tmp_path: Path) -> None:
    """The chart needs QtWidgets' QApplication; the caller is told at once, even when the
    period has nothing to draw. Without the chart a QGuiApplication does."""
    result = subprocess.run(
        [sys.executable, "-c", APP_CHECK, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("refused: ") and "QApplication" in lines[0]
    assert lines[1] == "without the chart: %PDF-"
    assert not (tmp_path / "report.pdf").exists()


def test_r35_a_recorded_anaphylaxis_is_on_the_report(
    qapp: QApplication, seeded: AppServices, out: Path
) -> None:
    before = words(pdf_text(export_pdf(out / "before.pdf", seeded, START, END, FIXED_NOW, ZONE)))
    assert "Past anaphylaxis to belimumab not recorded" in before
    seeded.settings.set_belimumab_anaphylaxis(True)
    after = words(pdf_text(export_pdf(out / "after.pdf", seeded, START, END, FIXED_NOW, ZONE)))
    assert (
        "Past anaphylaxis to belimumab RECORDED by the patient: do not give Benlysta; contact "
        "the care team" in after
    )
