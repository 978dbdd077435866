"""Pen and syringe handling (R-24..R-27) and the IV dose display (R-02)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from belimumab_companion.domain.handling import (
    STORAGE_CARD,
    CheckItem,
    FridgeState,
    StorageRule,
    blocking_items,
    fridge_status,
    iv_dose_mg,
    vial_breakdown,
)

OUT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("after", "state"),
    [
        (timedelta(minutes=0), FridgeState.WARMING),
        (timedelta(minutes=29), FridgeState.WARMING),
        (timedelta(minutes=30), FridgeState.READY),
        (timedelta(hours=11, minutes=59), FridgeState.READY),  # R-26 boundary: usable
        (timedelta(hours=12), FridgeState.READY),
        (timedelta(hours=12, minutes=1), FridgeState.DO_NOT_USE),  # R-26 boundary: do not use
    ],
)
def test_r25_r26_fridge_timer(after: timedelta, state: FridgeState) -> None:
    status = fridge_status(OUT, OUT + after)
    assert status.state is state
    assert status.ready_at == OUT + timedelta(minutes=30)
    assert status.use_by == OUT + timedelta(hours=12)


@pytest.mark.parametrize(
    ("temperature", "state"), [(25.0, FridgeState.READY), (25.1, FridgeState.DO_NOT_USE)]
)
def test_r26_over_25_degrees_is_do_not_use(temperature: float, state: FridgeState) -> None:
    status = fridge_status(OUT, OUT + timedelta(hours=1), temperature)
    assert status.state is state
    assert status.too_warm is (state is FridgeState.DO_NOT_USE)  # the screen says why
    assert not fridge_status(OUT, OUT + timedelta(hours=13)).too_warm  # too long, not too warm


def test_r27_any_ticked_item_blocks() -> None:
    assert blocking_items(set()) == []
    assert blocking_items({CheckItem.WAS_FROZEN, CheckItem.EXPIRED}) == [
        CheckItem.EXPIRED,
        CheckItem.WAS_FROZEN,
    ]
    assert {i.value for i in CheckItem} == {
        "expired",
        "dropped",
        "cloudy-discoloured-particles",
        "was-frozen",
    }


def test_r24_storage_card_has_every_rule() -> None:
    assert set(STORAGE_CARD) == set(StorageRule)
    assert len(STORAGE_CARD) == 5


@pytest.mark.parametrize(
    ("weight", "dose", "vials"),
    [
        (62, 620.0, {400: 1, 120: 2}),  # 640 mg
        (40, 400.0, {400: 1}),
        (12, 120.0, {120: 1}),
        (31, 310.0, {120: 3}),  # 360 mg beats 400 mg
        (85.5, 855.0, {400: 1, 120: 4}),  # 880 mg: less left over than 2 x 400 + 120
    ],
)
def test_r02_iv_dose_and_vials(weight: float, dose: float, vials: dict[int, int]) -> None:
    assert iv_dose_mg(weight) == dose
    breakdown = vial_breakdown(dose)
    assert breakdown.vials == vials
    assert breakdown.total_mg >= dose
