"""Issue 21 item 6: Today's load asks the schedule several questions (the overview, a make-up
answer still owed, the supplies' coverage, the reminder line) in one read transaction, for one
instant; the occurrences of ten years are worked out once per load, and shared."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

import generate_history
from belimumab_companion.domain.schedule import Occurrence, plan_occurrences
from belimumab_companion.paths import AppPaths
from belimumab_companion.services import supplies_facts
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.plan_service import reads
from belimumab_companion.ui.pages.today_page import TodayPage


@pytest.fixture
def populated(migrated_paths: AppPaths) -> Iterator[AppServices]:
    generate_history.populate(migrated_paths.data_dir, years=3)
    services = build_services(migrated_paths, clock=fixed_clock(generate_history.NOW))
    yield services
    services.close()


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many occurrences each working-out of the schedule gave, one item per working-out."""
    counts: list[int] = []
    real = plan_occurrences

    def counted(*args: object, **kwargs: object) -> list[Occurrence]:
        occurrences = real(*args, **kwargs)  # type: ignore[arg-type]
        counts.append(len(occurrences))
        return occurrences

    monkeypatch.setattr(reads, "plan_occurrences", counted)
    return counts


def test_todays_load_works_out_the_occurrences_once(
    qtbot: QtBot, populated: AppServices, worked_out: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    supply_reads: list[int] = []
    real_facts = supplies_facts._facts_in

    def facts(session: Session) -> supplies_facts.Facts:
        supply_reads.append(1)
        return real_facts(session)

    monkeypatch.setattr(supplies_facts, "_facts_in", facts)
    page = TodayPage()
    qtbot.addWidget(page)
    page.load(populated)
    assert page.next_title.text() == "Next dose"  # the plan's data, from the file
    assert len(worked_out) == 1 and worked_out[0] > 150  # three years of weekly doses, once
    assert len(supply_reads) == 1  # the supplies card, the refill reminder, the reminder line
    page.load(populated)  # a new load reads the file again (the data may have changed)
    assert len(worked_out) == 2 and len(supply_reads) == 2


def test_outside_a_load_each_question_works_the_schedule_out_again(
    populated: AppServices, worked_out: list[int]
) -> None:
    # nothing is kept from one read to the next: a change in between is never missed
    now = populated.clock()
    first = populated.plans.overview(now).upcoming
    assert populated.plans.overview(now).upcoming == first
    assert len(worked_out) == 2


def test_a_load_sees_one_instant(populated: AppServices) -> None:
    ticks = iter(range(1000))
    base = generate_history.NOW
    services = build_services(populated.paths, clock=lambda: base + timedelta(seconds=next(ticks)))
    try:
        with services.reading():
            assert services.clock() == services.clock()
        assert services.clock() != services.clock()  # outside a load, the clock runs
    finally:
        services.close()
