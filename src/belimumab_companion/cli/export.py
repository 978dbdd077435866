"""`export ics | csv | fhir | pdf` and `import csv`. Every export is written atomically (a
temporary file, then a rename), mode 0600; an import is all or nothing."""

from __future__ import annotations

from belimumab_companion.cli.common import EXIT_OK, CliError, count_text
from belimumab_companion.cli.context import CliContext
from belimumab_companion.cli.doses import read_upcoming
from belimumab_companion.cli.words import english_date


def run_export(context: CliContext) -> int:
    """Every export is written atomically (a temporary file, then a rename), mode 0600."""
    args, out = context.args, context.out
    if args.export_kind == "ics":
        from belimumab_companion.services.ics_export import export_ics

        now, doses = read_upcoming(context)
        try:
            written = export_ics(args.file, doses, now, discreet=args.discreet)
        except OSError as exc:
            raise CliError(f"cannot write {args.file}: {exc.strerror or exc}") from None
        print(f"Wrote {count_text(written, 'dose', 'doses')} to {args.file}.", file=out)
        return EXIT_OK
    if args.export_kind == "pdf":
        return _export_pdf(context)
    from belimumab_companion.services.csv_export import export_diary_csv, export_doses_csv
    from belimumab_companion.services.fhir_export import export_fhir

    services = context.services
    now = context.now()
    try:
        if args.export_kind == "fhir":
            written, what = export_fhir(args.file, services, now), ("entry", "entries")
        elif args.what == "diary":
            written = export_diary_csv(args.file, services.diary, services.plans)
            what = ("entry", "entries")
        else:
            written, what = export_doses_csv(args.file, services.plans, now), ("dose", "doses")
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror or exc}") from None
    print(f"Wrote {count_text(written, *what)} to {args.file}.", file=out)
    return EXIT_OK


def _export_pdf(context: CliContext) -> int:
    """Qt lays the report out and writes the PDF: an offscreen QApplication, never a window."""
    from zoneinfo import ZoneInfo

    from dateutil.relativedelta import relativedelta
    from PySide6.QtWidgets import QApplication

    from belimumab_companion.services.report_data import default_zone
    from belimumab_companion.ui.report.export import export_pdf

    args, out = context.args, context.out
    services = context.services
    now = context.now()
    zone = default_zone(services)
    end = args.end or now.astimezone(ZoneInfo(zone)).date()
    start = args.start or end - relativedelta(months=3)
    if start > end:
        raise CliError("--from is after --to")
    app = QApplication.instance() or QApplication(["belimumab-companion", "-platform", "offscreen"])
    assert app is not None
    try:
        export_pdf(args.file, services, start, end, now, zone)
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror or exc}") from None
    print(
        f"Wrote the care-team report for {english_date(start)} to {english_date(end)} "
        f"to {args.file}.",
        file=out,
    )
    return EXIT_OK


def run_import(context: CliContext) -> int:
    """All or nothing, in one transaction; the file is only read, and checked row by row first."""
    from belimumab_companion.services.csv_import import (
        CsvImportRefused,
        import_diary_csv,
        preview_diary_csv,
    )
    from belimumab_companion.system.local_zone import local_zone_name

    args, out = context.args, context.out
    services = context.services
    try:
        preview = preview_diary_csv(args.file, services, local_zone_name())
    except CsvImportRefused as exc:
        raise CliError(str(exc)) from None
    print(
        f"{args.file}: {count_text(preview.new_count, 'new entry', 'new entries')}, "
        f"{preview.duplicate_count} already in your diary, "
        f"{count_text(preview.error_count, 'row', 'rows')} with errors.",
        file=out,
    )
    for error in preview.errors[:20]:
        print(f"  {error}", file=out)
    if preview.error_count > 20:
        print(f"  … and {preview.error_count - 20} more", file=out)
    if not args.yes:
        print("Nothing changed. Add --yes to import it.", file=out)
        return EXIT_OK
    if preview.error_count and not args.skip_errors:
        raise CliError("rows have errors: nothing imported (fix them, or add --skip-errors)")
    try:
        result = import_diary_csv(services, preview, skip_errors=args.skip_errors)
    except CsvImportRefused as exc:
        raise CliError(f"{exc} Nothing was imported.") from None
    print(f"Imported {count_text(result.count, 'entry', 'entries')}.", file=out)
    if result.red_flags:
        print(
            f"{result.red_flags} of them were symptoms that need urgent attention when they "
            "happen: they are marked in the diary.",
            file=out,
        )
    return EXIT_OK
