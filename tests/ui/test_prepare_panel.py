"""Getting ready: fridge timer across a restart (R-25/R-26), checklist (R-27), infusion dose (R-02)."""

from __future__ import annotations

from datetime import date, time, timedelta

from belimumab_companion.domain.handling import CheckItem
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import AppPaths
from belimumab_companion.services.app_services import build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import PlanInputs
from belimumab_companion.ui.pages.today_page import TodayPage
from belimumab_companion.ui.shell.main_window import MainWindow
from belimumab_companion.ui.shell.operations import Change, operations
from belimumab_companion.ui.widgets.prepare_panel import PreparePanel
from testsupport import FIXED_NOW


def _today(window: MainWindow, route: Route, weight: float | None = None) -> TodayPage:
    assert window.services is not None
    window.services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=route,
            birth_date=date(1990, 5, 17),
            first_dose=date(2026, 11, 24),
            time_of_day=time(18, 0),
            zone="Europe/Madrid",
            weight_kg=weight,
        )
    )
    operations().announce(Change.EVERYTHING)
    page = window.page("today")
    assert isinstance(page, TodayPage)
    return page


def _panel(page: TodayPage) -> PreparePanel:
    panel = page.prepare
    assert panel is not None, "the Today page shows no preparation panel"
    return panel


def test_fridge_timer_states_and_persistence(window: MainWindow, migrated_paths: AppPaths) -> None:
    page = _today(window, Route.SUBQ)
    panel = _panel(page)
    assert panel.injection_box.isVisibleTo(panel) and not panel.infusion.isVisibleTo(panel)
    assert "30 minutes before" in panel.timer_text.text()
    panel.take_out()
    assert "Warming up" in panel.timer_text.text()
    panel.refresh(FIXED_NOW + timedelta(minutes=30))
    assert "Ready to inject" in panel.timer_text.text()
    panel.refresh(FIXED_NOW + timedelta(hours=11, minutes=59))
    assert "Ready to inject" in panel.timer_text.text()
    panel.refresh(FIXED_NOW + timedelta(hours=12, minutes=1))
    assert (
        "DO NOT USE" in panel.timer_text.text()
        and "Do not put it back in the fridge" in panel.timer_text.text()
    )
    restarted = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW + timedelta(minutes=45)))
    status = restarted.handling.status()
    restarted.close()
    assert status is not None and status.state.value == "ready"
    panel.reset()
    assert "30 minutes before" in panel.timer_text.text()


def test_r27_checklist_blocks(window: MainWindow) -> None:
    panel = _panel(_today(window, Route.SUBQ))
    assert "normal" in panel.check_result.text()
    panel.checks[CheckItem.DROPPED].setChecked(True)
    assert "Do not use this pen or syringe" in panel.check_result.text()


def test_infusion_shows_the_dose_and_vials(window: MainWindow) -> None:
    panel = _panel(_today(window, Route.IV, weight=62))
    assert panel.infusion.isVisibleTo(panel) and not panel.injection_box.isVisibleTo(panel)
    text = panel.infusion.text()
    assert "620 mg" in text and "1 × 400 mg, 2 × 120 mg" in text and "information only" in text


def test_r26_a_temperature_over_25_c_means_do_not_use(
    window: MainWindow, migrated_paths: AppPaths
) -> None:
    panel = _panel(_today(window, Route.SUBQ))
    assert not panel.warmest_row.isVisibleTo(panel)  # nothing out of the fridge yet
    panel.take_out()
    assert panel.warmest_row.isVisibleTo(panel)
    assert panel.warmest.text() == "not measured"
    assert panel.warmest.suffix() == " °C"  # the test locale is metric
    panel.warmest.setValue(25.0)
    panel.refresh(FIXED_NOW + timedelta(minutes=40))
    assert "Ready to inject" in panel.timer_text.text()
    panel.warmest.setValue(25.5)
    panel.refresh(FIXED_NOW + timedelta(minutes=40))
    text = panel.timer_text.text()
    assert "DO NOT USE" in text and "warmer than 25 °C" in text
    assert "Do not put it back in the fridge" in text and "Contact your pharmacy" in text
    restarted = build_services(migrated_paths, clock=fixed_clock(FIXED_NOW + timedelta(minutes=45)))
    try:
        assert restarted.handling.warmest() == 25.5
        status = restarted.handling.status()
        assert status is not None and status.too_warm and status.state.value == "do-not-use"
    finally:
        restarted.close()
    panel.take_out()  # a new pen: nothing recorded for it yet
    assert panel.warmest.text() == "not measured"
    assert "Warming up" in panel.timer_text.text()
