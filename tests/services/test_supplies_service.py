"""SuppliesService with its real SQLite file (issue 22): deliveries with edit, delete and undo;
the pens of logged doses (R-22) and given back by a correction, a deletion and their undo; R-26 /
R-27 discards; status; R-09 and IV plans refused; the refill reminder fires once across restarts
and clock changes through the real reminder engine."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Device, Indication, Route
from belimumab_companion.domain.reminders import ReminderKind, ReminderSettings
from belimumab_companion.domain.supplies import DiscardReason, Stop
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.csv_export import export_supplies_csv
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.services.supplies_service import (
    Delivery,
    RefillSettings,
    SupplyError,
)
from belimumab_companion.user_text import UserFacingError
from testsupport import MovableClock

ZONE = "Europe/Berlin"
START = date(2026, 11, 16)  # a Monday; doses at 18:00 Berlin (17:00 UTC)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def open_services(paths: AppPaths, clock: MovableClock) -> AppServices:
    services = build_services(paths, clock=clock)
    services.reminders.interval = timedelta(minutes=5)
    services.reminders.sources.append(services.supplies.reminders)
    return services


def plan(services: AppServices, indication: Indication = Indication.SLE, **kw: object) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=indication,
            route=kw.get("route", Route.SUBQ),  # type: ignore[arg-type]
            birth_date=kw.get("birth", date(1990, 1, 1)),  # type: ignore[arg-type]
            first_dose=START,
            time_of_day=time(18),
            zone=ZONE,
            weight_kg=kw.get("weight"),  # type: ignore[arg-type]
        )
    )
    services.reminders.save_settings(ReminderSettings(check_ins=False))


def deliver(services: AppServices, count: int, lot: str, expires: date, received: date) -> int:
    change = services.supplies.add_delivery(
        count=count,
        device=Device.AUTOINJECTOR,
        lot=lot,
        expires=expires,
        received=received,
        pharmacy="Farmacia Año Nuevo",
    )
    return change.lot_id


def test_deliveries_doses_corrections_and_discards(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    first = deliver(services, 3, "A1", date(2027, 6, 30), START)
    second = deliver(services, 2, "B2", date(2027, 1, 31), START)
    assert services.supplies.status().on_hand == 5
    # Dose 1 (at the clinic, R-11) given with lot A1 named; dose 2 with none named: B2 expires first.
    services.plans.log_dose(
        given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT], lot_number="a1"
    )
    clock.now = utc(2026, 11, 23, 18, 0)
    services.plans.log_dose(given_at=utc(2026, 11, 23, 17, 30), sites=[Site.THIGH_RIGHT])
    lots = {s.lot.id: s.on_hand for s in services.supplies.status().lots}
    assert lots == {first: 2, second: 1}
    # Correct dose 2 (another time the same day): still one pen; delete it: the pen comes back.
    record = services.plans.dose_record(1, 2)
    assert record is not None
    edit = services.plans.edit_dose(
        record.id,
        given_at=utc(2026, 11, 23, 17, 45),
        sites=[Site.THIGH_RIGHT],
        amount_mg=200.0,
        given_by="self",
    )
    assert services.supplies.status().on_hand == 3
    deletion = services.plans.delete_dose(edit.current_id or 0)
    assert services.supplies.status().on_hand == 4
    services.plans.undo(deletion)
    assert services.supplies.status().on_hand == 3
    # one pen left out of the fridge too long leaves the stock, with its reason.
    discard = services.supplies.discard(lot="B2", reason=DiscardReason.OUT_OF_FRIDGE_TOO_LONG)
    assert {s.lot.id: s.on_hand for s in services.supplies.status().lots} == {first: 2, second: 0}
    with pytest.raises(SupplyError) as refused:
        services.supplies.discard(lot="B2", reason=DiscardReason.DROPPED)
    assert refused.value.code == "lot-empty"
    services.supplies.undo_discard(discard)
    assert services.supplies.status().on_hand == 3
    services.close()


def test_edit_delete_and_undo_a_delivery(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    lot_id = deliver(services, 4, "A1", date(2027, 6, 30), START)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    typo = Delivery(40, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), START, "Farmacia")
    edit = services.supplies.edit_delivery(lot_id, typo)
    assert services.supplies.status().on_hand == 39
    services.supplies.undo_delivery(edit)
    assert services.supplies.status().on_hand == 3
    discard = services.supplies.discard(lot=lot_id, reason=DiscardReason.WAS_FROZEN)
    with pytest.raises(SupplyError) as refused:  # a dose and a discard took two already
        services.supplies.edit_delivery(
            lot_id, Delivery(1, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), START)
        )
    assert refused.value.code == "fewer-than-used"
    services.supplies.undo_discard(discard)
    deletion = services.supplies.delete_delivery(lot_id)
    assert services.supplies.status().on_hand == 0
    services.supplies.undo_delivery(deletion)
    assert services.supplies.status().on_hand == 3
    services.close()


def test_a_received_date_moved_later_and_a_lower_count_in_one_correction(
    data_paths: AppPaths,
) -> None:
    """Three weekly doses took the three pens of one delivery. The delivery really came on
    the 20th with two pens: the dose of the 16th was not from it. One correction says both
    (it was refused: the three doses were counted with the old date); one pen is still too few
    for the two doses after the 20th."""
    clock = MovableClock(utc(2026, 11, 16, 16, 0))
    services = open_services(data_paths, clock)
    plan(services)
    lot_id = deliver(services, 3, "A1", date(2027, 6, 30), START)
    for day in (16, 23, 30):
        clock.now = utc(2026, 11, day, 17, 30)
        services.plans.log_dose(given_at=utc(2026, 11, day, 17, 0), sites=[Site.THIGH_LEFT])
    assert services.supplies.status().on_hand == 0
    came = date(2026, 11, 20)
    with pytest.raises(SupplyError) as refused:
        services.supplies.edit_delivery(
            lot_id, Delivery(1, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), came)
        )
    assert refused.value.code == "fewer-than-used"
    assert "2" in str(refused.value)  # the doses of the 23rd and the 30th
    edit = services.supplies.edit_delivery(
        lot_id, Delivery(2, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), came)
    )
    status = services.supplies.status()
    assert status.on_hand == 0
    assert [(s.lot.received, s.lot.count, s.on_hand) for s in status.lots] == [(came, 2, 0)]
    services.supplies.undo_delivery(edit)
    assert [(s.lot.received, s.lot.count) for s in services.supplies.status().lots] == [(START, 3)]
    services.close()


def test_a_received_date_moved_past_a_pen_set_aside_is_refused_whatever_the_count(
    data_paths: AppPaths,
) -> None:
    """A pen of the delivery was set aside on the 18th: the delivery cannot have come on the
    20th. No count makes that right, so the refusal says what to correct instead."""
    clock = MovableClock(utc(2026, 11, 18, 10, 0))
    services = open_services(data_paths, clock)
    plan(services)
    lot_id = deliver(services, 3, "A1", date(2027, 6, 30), date(2026, 11, 17))
    services.supplies.discard(lot=lot_id, reason=DiscardReason.DROPPED)
    clock.now = utc(2026, 11, 21, 10, 0)
    for count in (3, 30):
        with pytest.raises(SupplyError) as refused:
            services.supplies.edit_delivery(
                lot_id,
                Delivery(count, Device.AUTOINJECTOR, "A1", date(2027, 6, 30), date(2026, 11, 20)),
            )
        assert refused.value.code == "correction-loses-pens"
        assert "correct that dose or pen set aside first" in str(refused.value)
    assert services.supplies.status().on_hand == 2
    services.close()


def test_values_are_checked(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    cases = [
        (dict(count=0), "count-out-of-range"),
        (dict(count=1001), "count-out-of-range"),
        (dict(lot="   "), "lot-text"),
        (dict(lot="x" * 41), "text-too-long"),
        (dict(expires=date(2101, 1, 1)), "date-out-of-range"),
        (dict(expires=date(2026, 11, 1)), "expires-before-received"),
        (dict(pharmacy="a\x1b[2Jb"), "text-control-characters"),
    ]
    for change, code in cases:
        values: dict[str, object] = dict(
            count=2, device=Device.AUTOINJECTOR, lot="A1", expires=date(2027, 1, 1), received=START
        )
        values.update(change)  # type: ignore[call-overload]  # the cases' dicts, as written
        with pytest.raises(UserFacingError) as refused:
            services.supplies.add_delivery(**values)  # type: ignore[arg-type]
        assert refused.value.code == code, (change, refused.value.code)
    assert services.supplies.status().lots == ()
    with pytest.raises(SupplyError):
        services.supplies.save_refill_settings(RefillSettings(lead_days=61))
    services.close()


def test_r09_a_child_plan_refuses_prefilled_syringes_and_iv_has_no_supplies(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services, birth=date(2014, 1, 1), weight=45.0)
    with pytest.raises(SupplyError) as refused:
        services.supplies.add_delivery(
            count=4,
            device=Device.PREFILLED_SYRINGE,
            lot="S1",
            expires=date(2027, 1, 1),
            received=START,
        )
    assert refused.value.code == "syringe-for-child"
    deliver(services, 4, "A1", date(2027, 1, 1), START)  # an autoinjector is fine
    services.close()


def test_iv_plan_has_no_supplies(tmp_path_factory: pytest.TempPathFactory) -> None:
    from belimumab_companion.paths import app_paths

    paths = app_paths(tmp_path_factory.mktemp("iv") / "data").ensure()
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(paths, clock)
    plan(services, route=Route.IV, weight=60.0)
    with pytest.raises(SupplyError) as refused:
        deliver(services, 4, "A1", date(2027, 1, 1), START)
    assert refused.value.code == "iv-plan"
    assert not services.supplies.status().applies
    assert services.supplies.reminders(clock.now) == []
    services.close()


def test_status_covered_until_next_expiry_and_refill_day(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    deliver(services, 3, "A1", date(2027, 6, 30), date(2026, 11, 17))
    status = services.supplies.status()
    # Doses of 11-23, 11-30 and 12-07 are covered; 12-14 is not; reminder 10 days before at 08:00.
    assert status.covered_until == date(2026, 12, 7)
    assert status.stop is Stop.OUT_OF_PENS
    assert status.next_expiry is not None and status.next_expiry.lot == "A1"
    assert status.refill_reminder_at == datetime(2026, 12, 4, 7, 0, tzinfo=UTC)
    assert status.pharmacy == "Farmacia Año Nuevo"
    services.close()


def test_a_lot_expiring_before_its_dose_is_flagged_and_never_suggested(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    short = deliver(services, 2, "OLD", date(2026, 11, 25), date(2026, 11, 17))
    deliver(services, 2, "NEW", date(2027, 6, 30), date(2026, 11, 17))
    status = services.supplies.status()
    assert [(f.lot_id, f.pens, f.dose_day) for f in status.expiring_unused] == [
        (short, 1, date(2026, 11, 30))
    ]
    assert status.covered_until == date(2026, 12, 7)
    late = services.supplies.suggested_lot(date(2026, 11, 26))
    assert late is not None and late.lot == "NEW"  # never the expired OLD
    services.close()


def test_the_refill_reminder_fires_once_across_restarts_and_clock_changes(
    data_paths: AppPaths,
) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    deliver(services, 3, "A1", date(2027, 6, 30), date(2026, 11, 17))
    services.supplies.save_refill_settings(
        RefillSettings(lead_days=10, refills_left=0, pharmacy_phone="+34 600 000 000")
    )
    assert services.reminders.tick(ZONE).fire == []  # the first run sets the mark
    for day in (23, 30):  # doses 2 and 3 given on their days
        clock.now = utc(2026, 11, day, 17, 40)
        services.plans.log_dose(given_at=utc(2026, 11, day, 17, 30), sites=[Site.THIGH_LEFT])
    clock.now = utc(2026, 12, 4, 6, 55)
    assert [r for r in services.reminders.tick(ZONE).fire if r.kind is ReminderKind.REFILL] == []
    services.close()
    clock.now = utc(2026, 12, 4, 7, 1)  # 08:01 Berlin on 12-04, after a restart
    services = open_services(data_paths, clock)
    fired = [r for r in services.reminders.tick(ZONE).fire if r.kind is ReminderKind.REFILL]
    assert [(r.key, r.detail.split("\n")[0]) for r in fired] == [("refill:1:5", "new-prescription")]
    assert fired[0].detail.split("\n")[1:] == [
        "Farmacia Año Nuevo",
        "+34 600 000 000",
    ]  # for the text
    services.close()
    services = open_services(data_paths, clock)
    clock.now = utc(2026, 12, 2, 7, 0)  # the clock goes back two days
    assert [r for r in services.reminders.tick(ZONE).fire if r.kind is ReminderKind.REFILL] == []
    # Dose 4 logged days later changes the stock (and so the earliest the reminder could fire),
    # but the dose not covered is the same: its reminder, already given, is not given again.
    clock.now = utc(2026, 12, 7, 17, 35)  # the engine's mark moves on, past its key history
    services.reminders.tick(ZONE)
    clock.now = utc(2026, 12, 7, 17, 40)
    services.plans.log_dose(given_at=utc(2026, 12, 7, 17, 30), sites=[Site.THIGH_LEFT])
    clock.now = utc(2026, 12, 7, 18, 0)
    assert [r for r in services.reminders.tick(ZONE).fire if r.kind is ReminderKind.REFILL] == []
    assert services.supplies.status().first_uncovered is not None
    assert services.supplies.status().first_uncovered.sequence == 5  # type: ignore[union-attr]
    services.close()


def test_a_shortfall_found_after_its_day_is_reminded_at_once(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    services.reminders.tick(ZONE)
    clock.now = utc(2026, 11, 20, 9, 0)
    services.reminders.tick(ZONE)
    clock.now = utc(2026, 11, 20, 9, 0, 30)
    # Covers 11-23 only: 11-30's refill day (11-20 08:00) is already past when this is known.
    deliver(services, 1, "A1", date(2027, 6, 30), date(2026, 11, 20))
    clock.now = utc(2026, 11, 20, 9, 1)
    fired = [r for r in services.reminders.tick(ZONE).fire if r.kind is ReminderKind.REFILL]
    assert [r.key for r in fired] == ["refill:1:3"]
    clock.now = utc(2026, 11, 20, 9, 10)
    assert [r for r in services.reminders.tick(ZONE).fire if r.kind is ReminderKind.REFILL] == []
    services.close()


def test_missed_while_out_of_supply(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    deliver(services, 1, "A1", date(2027, 6, 30), START)
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    deliver(services, 2, "B1", date(2027, 6, 30), date(2026, 11, 27))
    clock.now = utc(2026, 12, 2, 12, 0)  # 11-23 missed with no pen; 11-30 missed with pens
    missed = services.supplies.missed_out_of_supply()
    assert [(d.sequence, d.local_date) for d in missed] == [(2, date(2026, 11, 23))]
    from belimumab_companion.services.report_data import build_report

    report = build_report(services, date(2026, 11, 1), date(2026, 11, 30), clock.now)
    assert report.missed_out_of_supply == (date(2026, 11, 23),)
    later = build_report(services, date(2026, 11, 24), date(2026, 11, 30), clock.now)
    assert later.missed_out_of_supply == ()
    services.close()


def test_stock_csv_reads_back(data_paths: AppPaths, tmp_path: object) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    deliver(services, 3, "=A1", date(2027, 6, 30), START)  # a formula-looking lot number
    services.plans.log_dose(given_at=utc(2026, 11, 16, 17, 30), sites=[Site.THIGH_LEFT])
    services.supplies.discard(lot="=A1", reason=DiscardReason.DROPPED)
    target = data_paths.data_dir / "stock.csv"
    assert export_supplies_csv(target, services.supplies) == 1
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows == [
        {
            "lot": "'=A1",
            "device": "autoinjector",
            "expires": "2027-06-30",
            "received": "2026-11-16",
            "pharmacy": "Farmacia Año Nuevo",
            "delivered": "3",
            "on_hand": "1",
            "set_aside": "1",
        }
    ]
    services.close()


def test_the_stock_is_in_the_backup_and_comes_back_with_a_restore(data_paths: AppPaths) -> None:
    from belimumab_companion.services.backup_service import BackupService

    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    deliver(services, 3, "A1", date(2027, 6, 30), START)
    services.supplies.discard(lot="A1", reason=DiscardReason.TOO_WARM)
    holder: list[AppServices] = [services]

    def release() -> None:
        holder[0].close()

    backups = BackupService(data_paths, clock, release_database=release)
    backup = backups.back_up_now()
    preview = backups.inspect(backup.path)
    assert preview.counts["supply_lot"] == 1
    clock.now = utc(2026, 11, 16, 19, 0)
    services.supplies.delete_delivery(services.supplies.status().lots[0].lot.id)
    assert services.supplies.status().lots == ()
    backups.restore(backup.path)
    services = open_services(data_paths, clock)
    status = services.supplies.status()
    assert [(s.lot.lot, s.on_hand) for s in status.lots] == [("A1", 2)]
    services.close()


def test_a_year_of_a_weekly_ln_plan_matches_an_independent_count(data_paths: AppPaths) -> None:
    """Issue 22's year: LN SubQ (four 400 mg loading doses of two pens, R-05, R-22), doses on
    time and late with keep-day or new-day choices (R-17), corrections to one injection and
    back, deletions and their undo, discards, deliveries: after every day the pens on hand are
    the pens delivered, less one per injection of each dose now in the log, less those set
    aside. Scripted with a fixed seed: the real services and the real SQLite file each day."""
    import contextlib
    import random
    from collections import Counter

    from belimumab_companion.domain.make_up import AfterMakeUp, MakeUpKind
    from belimumab_companion.services.plan_service import DoseLogError, PlanInputError

    rng = random.Random(22)
    clock = MovableClock(utc(2026, 1, 5, 17, 30))
    services = open_services(data_paths, clock)
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.LN,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 1),
            first_dose=date(2026, 1, 5),
            time_of_day=time(18),
            zone=ZONE,
        )
    )
    delivered = 0
    set_aside = 0
    day = date(2026, 1, 5)
    two_sites = [Site.THIGH_LEFT, Site.THIGH_RIGHT]
    deleted: list[object] = []
    seen: Counter[str] = Counter()
    while day < date(2027, 1, 4):
        clock.now = datetime.combine(day, time(16), UTC)
        if services.supplies.status().on_hand < 6 or rng.random() < 0.03:
            delivered += (count := rng.randint(2, 8))
            deliver(
                services, count, f"L{day:%m%d}", day + timedelta(days=rng.randint(60, 400)), day
            )
        suggested = next((d for d in services.plans.schedule(clock.now) if d.suggested), None)
        if suggested is not None and rng.random() < 0.75:
            given_at = clock.now - timedelta(minutes=5)
            try:
                logged = services.plans.log_dose(
                    given_at=given_at,
                    sites=two_sites[: suggested.injections],
                    segment_id=suggested.segment_id,
                    sequence=suggested.sequence,
                )
            except (DoseLogError, PlanInputError):
                logged = None
            if logged is not None and logged.make_up is MakeUpKind.WEEKLY_CHOICE:
                choice = rng.choice([AfterMakeUp.KEEP_DAY, AfterMakeUp.NEW_DAY])
                services.plans.choose_after_make_up(
                    suggested.segment_id, suggested.sequence, choice
                )
                seen[choice.value] += 1
            if logged is not None and suggested.injections == 2:
                seen["400 mg"] += 1
        records = [
            r
            for d in services.plans.schedule(clock.now, day)
            if d.administration is not None and not d.administration.skipped_on_advice
            for r in [services.plans.dose_record(d.segment_id, d.sequence)]
            if r is not None
        ]
        roll = rng.random()
        if records and roll < 0.04:  # a correction: one injection only, or back to two
            record = rng.choice(records)
            with contextlib.suppress(DoseLogError, PlanInputError):
                services.plans.edit_dose(
                    record.id,
                    given_at=record.given_at,
                    sites=two_sites[: rng.randint(1, 2)],
                    amount_mg=record.amount_mg,
                    given_by=record.given_by,
                )
                seen["corrections"] += 1
        elif records and roll < 0.07:
            deleted.append(services.plans.delete_dose(rng.choice(records).id))
            seen["deletions"] += 1
        elif deleted and roll < 0.09:
            with contextlib.suppress(DoseLogError, PlanInputError):
                services.plans.undo(deleted.pop())  # type: ignore[arg-type]
                seen["undos"] += 1
        elif roll < 0.12:
            lots = [s for s in services.supplies.status().lots if s.on_hand > 0]
            if lots:
                target = rng.choice(lots)
                services.supplies.discard(lot=target.lot.id, reason=rng.choice(list(DiscardReason)))
                set_aside += 1
                seen["discards"] += 1
        injections = sum(
            max(1, len(d.administration.sites))
            for d in services.plans.schedule(clock.now, day + timedelta(days=1))
            if d.administration is not None and not d.administration.skipped_on_advice
        )
        status = services.supplies.status()
        assert sum(s.on_hand for s in status.lots) == delivered - injections - set_aside, day
        day += timedelta(days=1)
    # The script went through what it is meant to: loading doses of two pens, both make-up
    # choices, corrections, deletions and undos.
    assert seen["400 mg"] >= 4, seen
    assert min(seen["keep-day"], seen["new-day"], seen["corrections"], seen["undos"]) >= 1, seen
    services.close()


def test_r27_the_checklist_knows_an_expired_lot(data_paths: AppPaths) -> None:
    clock = MovableClock(utc(2026, 11, 16, 18, 0))
    services = open_services(data_paths, clock)
    plan(services)
    deliver(services, 2, "OLD-1", date(2026, 11, 20), START)
    assert services.supplies.lot_expired("old-1", date(2026, 11, 20)) is False  # its last day
    assert services.supplies.lot_expired(" OLD-1 ", date(2026, 11, 21)) is True
    assert services.supplies.lot_expired("NOT-RECORDED", date(2026, 11, 21)) is None
    services.close()
