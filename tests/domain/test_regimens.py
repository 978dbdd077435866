"""Regimen selection, a case per rule id (clinical-rules.md R-01..R-12)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from belimumab_companion.domain.regimens import (
    Device,
    GivenBy,
    Indication,
    Prescription,
    RefusalCode,
    Regimen,
    RegimenRefusal,
    Route,
    age_on,
    check_device,
    choose_regimen,
    weight_band_changed,
)

ON = date(2026, 11, 23)
ADULT = date(1990, 5, 17)
CHILD_12 = date(2014, 6, 1)
CHILD_9 = date(2017, 3, 10)


def _regimen(**kwargs: Any) -> Regimen:
    result = choose_regimen(on=ON, **kwargs)
    assert isinstance(result, Regimen), result
    return result


def _refusal(**kwargs: Any) -> RegimenRefusal:
    result = choose_regimen(on=ON, **kwargs)
    assert isinstance(result, RegimenRefusal), result
    return result


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        (
            {"indication": None, "route": Route.SUBQ, "birth_date": ADULT},
            RefusalCode.MISSING_INDICATION,
        ),
        (
            {"indication": Indication.SLE, "route": None, "birth_date": ADULT},
            RefusalCode.MISSING_ROUTE,
        ),
        (
            {"indication": Indication.SLE, "route": Route.SUBQ, "birth_date": None},
            RefusalCode.MISSING_BIRTH_DATE,
        ),
        (
            {"indication": Indication.SLE, "route": Route.SUBQ, "birth_date": CHILD_12},
            RefusalCode.MISSING_WEIGHT,
        ),
        (
            {"indication": Indication.SLE, "route": Route.SUBQ, "birth_date": date(2027, 1, 1)},
            RefusalCode.BIRTH_DATE_IN_FUTURE,
        ),
    ],
    ids=["no-indication", "no-route", "no-birth-date", "child-subq-no-weight", "future-birth"],
)
def test_r01_no_schedule_without_the_required_inputs(
    kwargs: dict[str, object], code: RefusalCode
) -> None:
    refusal = _refusal(**kwargs)
    assert refusal.code is code
    assert "R-01" in refusal.rules


@pytest.mark.parametrize(
    ("indication", "birth"),
    [
        (Indication.SLE, ADULT),
        (Indication.LN, ADULT),
        (Indication.SLE, CHILD_9),
        (Indication.LN, CHILD_12),
    ],
)
def test_r02_r03_iv_is_10_mg_per_kg_on_days_0_14_28_then_every_28_given_by_the_clinic(
    indication: Indication, birth: date
) -> None:
    regimen = _regimen(indication=indication, route=Route.IV, birth_date=birth)
    assert regimen.initial_offsets_days == (0, 14, 28)
    assert regimen.interval_days == 28
    assert regimen.mg_per_kg == 10.0
    assert regimen.default_given_by is GivenBy.CLINIC
    assert not regimen.self_injection_allowed  # never "take it at home"
    assert {"R-02", "R-03"} <= set(regimen.rules)


def test_r04_adult_sle_subq_is_200_mg_weekly() -> None:
    regimen = _regimen(indication=Indication.SLE, route=Route.SUBQ, birth_date=ADULT)
    assert (regimen.interval_days, regimen.maintenance_amount_mg, regimen.loading_doses) == (
        7,
        200.0,
        0,
    )
    assert "R-04" in regimen.rules


def test_r05_adult_ln_subq_loads_400_mg_for_four_administered_doses() -> None:
    regimen = _regimen(indication=Indication.LN, route=Route.SUBQ, birth_date=ADULT)
    assert regimen.loading_amount_mg == 400.0
    assert regimen.loading_doses == 4
    assert regimen.injections_per_loading_dose == 2  # two injections, same day
    assert regimen.maintenance_amount_mg == 200.0
    assert regimen.interval_days == 7
    assert "R-05" in regimen.rules


@pytest.mark.parametrize(
    ("weight", "interval"),
    [(40.0, 7), (62.5, 7), (39.9, 14), (15.0, 14), (31.0, 14)],
)
def test_r06_child_sle_subq_by_weight_band(weight: float, interval: int) -> None:
    regimen = _regimen(
        indication=Indication.SLE, route=Route.SUBQ, birth_date=CHILD_12, weight_kg=weight
    )
    assert regimen.interval_days == interval
    assert regimen.maintenance_amount_mg == 200.0
    assert "R-06" in regimen.rules


def test_r06_child_under_15_kg_has_no_subq_schedule_unless_prescribed() -> None:
    refusal = _refusal(
        indication=Indication.SLE, route=Route.SUBQ, birth_date=CHILD_9, weight_kg=14.9
    )
    assert refusal.code is RefusalCode.UNDER_15_KG
    prescribed = _regimen(
        indication=Indication.SLE,
        route=Route.SUBQ,
        birth_date=CHILD_9,
        weight_kg=14.9,
        prescription=Prescription(interval_days=14, amount_mg=200),
    )
    assert prescribed.as_prescribed and prescribed.interval_days == 14


def test_r07_child_ln_subq_is_hcp_gated_never_a_default() -> None:
    refusal = _refusal(
        indication=Indication.LN, route=Route.SUBQ, birth_date=CHILD_12, weight_kg=45
    )
    assert refusal.code is RefusalCode.PRESCRIPTION_NEEDED
    assert refusal.rules == ("R-07",)
    prescribed = _regimen(
        indication=Indication.LN,
        route=Route.SUBQ,
        birth_date=CHILD_12,
        weight_kg=45,
        prescription=Prescription(interval_days=7, amount_mg=200),
    )
    assert prescribed.as_prescribed
    assert prescribed.loading_doses == 0  # never the adult 400 mg loading
    assert (prescribed.interval_days, prescribed.maintenance_amount_mg) == (7, 200)


@pytest.mark.parametrize(
    ("indication", "birth_date"),
    [(Indication.LN, CHILD_12), (Indication.SLE, date(2023, 1, 1))],
    ids=["child-ln", "under-five"],
)
def test_r01_injections_under_18_need_the_weight_even_as_prescribed(
    indication: Indication, birth_date: date
) -> None:
    prescription = Prescription(interval_days=14, amount_mg=200)
    refusal = _refusal(
        indication=indication, route=Route.SUBQ, birth_date=birth_date, prescription=prescription
    )
    assert refusal.code is RefusalCode.MISSING_WEIGHT and "R-01" in refusal.rules
    with_weight = _regimen(
        indication=indication,
        route=Route.SUBQ,
        birth_date=birth_date,
        weight_kg=30,
        prescription=prescription,
    )
    assert with_weight.as_prescribed
    infusion = _refusal(indication=indication, route=Route.IV, birth_date=date(2023, 1, 1))
    assert infusion.code is not RefusalCode.MISSING_WEIGHT  # the weight is for SubQ


@pytest.mark.parametrize(
    ("before", "after", "changed"),
    [(39.5, 40.5, True), (40.5, 39.5, True), (31, 39.9, False), (40, 55, False)],
)
def test_r08_crossing_40_kg_is_flagged_not_applied(
    before: float, after: float, changed: bool
) -> None:
    assert weight_band_changed(before, after) is changed


def test_r09_children_use_the_autoinjector_only() -> None:
    child = _regimen(indication=Indication.SLE, route=Route.SUBQ, birth_date=CHILD_12, weight_kg=45)
    assert child.allowed_devices == (Device.AUTOINJECTOR,)
    refusal = check_device(child, Device.PREFILLED_SYRINGE)
    assert refusal is not None and refusal.code is RefusalCode.SYRINGE_FOR_CHILD
    assert check_device(child, Device.AUTOINJECTOR) is None
    adult = _regimen(indication=Indication.SLE, route=Route.SUBQ, birth_date=ADULT)
    assert check_device(adult, Device.PREFILLED_SYRINGE) is None


@pytest.mark.parametrize(
    ("birth", "given_by", "self_ok"),
    [(CHILD_9, GivenBy.CAREGIVER, False), (CHILD_12, GivenBy.SELF, True)],
)
def test_r10_under_tens_are_injected_by_a_caregiver_or_clinician(
    birth: date, given_by: GivenBy, self_ok: bool
) -> None:
    regimen = _regimen(indication=Indication.SLE, route=Route.SUBQ, birth_date=birth, weight_kg=31)
    assert regimen.default_given_by is given_by
    assert regimen.self_injection_allowed is self_ok


def test_r11_first_subq_dose_is_in_clinic() -> None:
    for kwargs in (
        {"indication": Indication.SLE, "birth_date": ADULT},
        {"indication": Indication.LN, "birth_date": ADULT},
        {"indication": Indication.SLE, "birth_date": CHILD_12, "weight_kg": 30},
    ):
        assert _regimen(route=Route.SUBQ, **kwargs).first_dose_in_clinic


def test_r14_ln_switching_from_iv_starts_at_200_mg_without_loading() -> None:
    regimen = _regimen(
        indication=Indication.LN, route=Route.SUBQ, birth_date=ADULT, switching_from_iv=True
    )
    assert regimen.loading_doses == 0
    assert regimen.maintenance_amount_mg == 200.0
    assert "R-14" in regimen.rules


def test_under_five_has_no_labelled_regimen() -> None:
    refusal = _refusal(indication=Indication.SLE, route=Route.IV, birth_date=date(2023, 1, 1))
    assert refusal.code is RefusalCode.UNDER_FIVE


def test_bad_prescription_and_weight_are_refused() -> None:
    assert (
        _refusal(
            indication=Indication.LN,
            route=Route.SUBQ,
            birth_date=CHILD_12,
            weight_kg=30,
            prescription=Prescription(0, 200),
        ).code
        is RefusalCode.BAD_PRESCRIPTION
    )
    assert (
        _refusal(
            indication=Indication.SLE, route=Route.SUBQ, birth_date=CHILD_12, weight_kg=0.5
        ).code
        is RefusalCode.BAD_WEIGHT
    )


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2008, 2, 29), date(2026, 2, 27), 17),
        (date(2008, 2, 29), date(2026, 2, 28), 18),
        (date(2000, 12, 31), date(2018, 12, 31), 18),
    ],
)
def test_age_on_leap_days_and_year_ends(  # a Feb 29 birthday counts on Feb 28 in common years
    birth: date, on: date, age: int
) -> None:
    assert age_on(birth, on) == age
