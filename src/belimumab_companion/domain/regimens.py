"""Which labelled regimen applies (clinical-rules.md R-01..R-12), as data with its rule ids.

``choose_regimen`` takes what the user entered and the date it is evaluated on, and returns either
a :class:`Regimen` or a :class:`RegimenRefusal` carrying a code the UI words. Where a rule is
HCP-GATED or UNVERIFIED (pediatric LN SubQ R-07, a child under 15 kg R-06, SubQ for under-5s),
the regimen is "as prescribed": the interval and amount come from the prescriber, never a default.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta


class Indication(enum.Enum):
    SLE = "sle"
    LN = "ln"


class Route(enum.Enum):
    IV = "iv"
    SUBQ = "subq"


class Device(enum.Enum):
    AUTOINJECTOR = "autoinjector"
    PREFILLED_SYRINGE = "prefilled-syringe"
    INFUSION = "infusion"


class GivenBy(enum.Enum):
    SELF = "self"
    CAREGIVER = "caregiver"
    CLINIC = "clinic"


class RefusalCode(enum.Enum):
    MISSING_INDICATION = "missing-indication"
    MISSING_ROUTE = "missing-route"
    MISSING_BIRTH_DATE = "missing-birth-date"
    MISSING_WEIGHT = "missing-weight"  # SubQ under 18 needs a weight with its date
    BIRTH_DATE_IN_FUTURE = "birth-date-in-future"
    UNDER_FIVE = "under-five"  # no labelled regimen below 5 years
    UNDER_15_KG = "under-15-kg"  # no SubQ schedule; HCP-GATED
    PRESCRIPTION_NEEDED = "prescription-needed"  # HCP-GATED without interval and amount
    BAD_PRESCRIPTION = "bad-prescription"
    BAD_WEIGHT = "bad-weight"
    SYRINGE_FOR_CHILD = "syringe-for-child"
    # R-13..R-15: a change of route after doses given on the other one, outside the label's
    # switching window (or SubQ -> IV, or a child): the prescriber gives the dose and interval.
    SWITCH_NEEDS_PRESCRIPTION = "switch-needs-prescription"


@dataclass(frozen=True)
class RegimenRefusal:
    code: RefusalCode
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Prescription:
    """What the prescriber wrote, for an "as prescribed" regimen."""

    interval_days: int
    amount_mg: float


@dataclass(frozen=True)
class Regimen:
    """A dosing pattern. Offsets are days from the first dose; the schedule engine repeats
    ``interval_days`` after the last offset. ``loading_doses`` counts *administered* doses (R-05)."""

    code: str
    indication: Indication
    route: Route
    pediatric: bool
    rules: tuple[str, ...]
    initial_offsets_days: tuple[int, ...]
    interval_days: int
    maintenance_amount_mg: float | None
    loading_amount_mg: float | None = None
    loading_doses: int = 0
    injections_per_loading_dose: int = 1
    mg_per_kg: float | None = None
    as_prescribed: bool = False
    allowed_devices: tuple[Device, ...] = ()
    default_given_by: GivenBy = GivenBy.SELF
    self_injection_allowed: bool = True
    first_dose_in_clinic: bool = False
    source: str = ""


ADULT_AGE = 18
SELF_INJECTION_AGE = 10
MIN_AGE = 5
WEEKLY_WEIGHT_KG = 40.0
MIN_SUBQ_WEIGHT_KG = 15.0


def age_on(birth_date: date, on: date) -> int:
    return int(relativedelta(on, birth_date).years)


def choose_regimen(
    *,
    indication: Indication | None,
    route: Route | None,
    birth_date: date | None,
    on: date,
    weight_kg: float | None = None,
    prescription: Prescription | None = None,
    switching_from_iv: bool = False,
    switch_gated_by: tuple[str, ...] = (),
) -> Regimen | RegimenRefusal:
    """The regimen for these inputs on date ``on``, or why there is none (R-01..R-11).

    ``switching_from_iv``: an IV -> SubQ switch inside the label's window (R-13, R-14: no
    loading doses). ``switch_gated_by``: the rules that leave a change of route to the
    prescriber (R-13..R-15); the regimen is then "as prescribed", never a default."""
    if indication is None:
        return RegimenRefusal(RefusalCode.MISSING_INDICATION, ("R-01",))
    if route is None:
        return RegimenRefusal(RefusalCode.MISSING_ROUTE, ("R-01",))
    if birth_date is None:
        return RegimenRefusal(RefusalCode.MISSING_BIRTH_DATE, ("R-01",))
    if birth_date > on:
        return RegimenRefusal(RefusalCode.BIRTH_DATE_IN_FUTURE, ("R-01",))
    if weight_kg is not None and not 2.0 <= weight_kg <= 400.0:
        return RegimenRefusal(RefusalCode.BAD_WEIGHT, ("R-01",))
    if prescription is not None and (
        not 1 <= prescription.interval_days <= 366 or not 0 < prescription.amount_mg <= 5000
    ):
        return RegimenRefusal(RefusalCode.BAD_PRESCRIPTION, ())
    age = age_on(birth_date, on)
    if route is Route.SUBQ and age < ADULT_AGE and weight_kg is None:
        return RegimenRefusal(RefusalCode.MISSING_WEIGHT, ("R-01", "R-06"))  # even as prescribed
    # The prescriber's schedule first where the patient's age or weight already asks for it...
    if age < MIN_AGE:
        return _as_prescribed(
            indication, route, True, prescription, ("R-02", "R-06"), RefusalCode.UNDER_FIVE
        )
    child_subq = route is Route.SUBQ and age < ADULT_AGE
    if child_subq and indication is Indication.LN:  # pediatric LN SubQ is HCP-GATED
        return _as_prescribed(
            indication, route, True, prescription, ("R-07",), RefusalCode.PRESCRIPTION_NEEDED, age
        )
    if child_subq and weight_kg is not None and weight_kg < MIN_SUBQ_WEIGHT_KG:
        return _as_prescribed(
            indication, route, True, prescription, ("R-06",), RefusalCode.UNDER_15_KG, age
        )
    # ... then where a change of route does (R-13..R-15).
    if switch_gated_by:
        return _as_prescribed(
            indication,
            route,
            age < ADULT_AGE,
            prescription,
            switch_gated_by,
            RefusalCode.SWITCH_NEEDS_PRESCRIPTION,
            age,
        )
    if route is Route.IV:
        return _iv(indication, age < ADULT_AGE)
    if age >= ADULT_AGE:
        if indication is Indication.SLE or switching_from_iv:
            return _adult_weekly(indication, switching_from_iv)
        return _adult_ln_subq()
    # SLE SubQ, 5 to 17 years, 15 kg or more.
    assert weight_kg is not None  # R-01, checked above
    interval = 7 if weight_kg >= WEEKLY_WEIGHT_KG else 14
    given_by, self_allowed = _child_injector(age)
    return Regimen(
        code="sle-subq-child-weekly" if interval == 7 else "sle-subq-child-14d",
        indication=indication,
        route=route,
        pediatric=True,
        rules=("R-06", "R-09", "R-10", "R-11"),
        initial_offsets_days=(0,),
        interval_days=interval,
        maintenance_amount_mg=200.0,
        allowed_devices=(Device.AUTOINJECTOR,),
        default_given_by=given_by,
        self_injection_allowed=self_allowed,
        first_dose_in_clinic=True,
        source="S18 (GSK statement, May 2024): >= 40 kg weekly, 15 to < 40 kg every 2 weeks",
    )


def _child_injector(age: int | None) -> tuple[GivenBy, bool]:
    """(who gives it by default, may the patient self-inject). R-10: under 10, never the child."""
    if age is None or age < SELF_INJECTION_AGE:
        return GivenBy.CAREGIVER, False
    return GivenBy.SELF, True


def _iv(indication: Indication, pediatric: bool) -> Regimen:
    return Regimen(
        code=f"{indication.value}-iv",
        indication=indication,
        route=Route.IV,
        pediatric=pediatric,
        rules=("R-02", "R-03"),
        initial_offsets_days=(0, 14, 28),
        interval_days=28,
        maintenance_amount_mg=None,
        mg_per_kg=10.0,
        allowed_devices=(Device.INFUSION,),
        default_given_by=GivenBy.CLINIC,
        self_injection_allowed=False,
        source="S3, S4: 10 mg/kg at 2-week intervals for 3 doses, then every 4 weeks",
    )


def _adult_weekly(indication: Indication, switching_from_iv: bool) -> Regimen:
    # an LN patient switching from IV starts on 200 mg weekly, never the 400 mg loading.
    return Regimen(
        code=f"{indication.value}-subq-adult-weekly",
        indication=indication,
        route=Route.SUBQ,
        pediatric=False,
        rules=("R-04", "R-11") if not switching_from_iv else ("R-04", "R-11", "R-13", "R-14"),
        initial_offsets_days=(0,),
        interval_days=7,
        maintenance_amount_mg=200.0,
        allowed_devices=(Device.AUTOINJECTOR, Device.PREFILLED_SYRINGE),
        first_dose_in_clinic=True,  # the first SubQ dose of any patient, switching too
        source="S3 Table 1: 200 mg once weekly",
    )


def _adult_ln_subq() -> Regimen:
    return Regimen(
        code="ln-subq-adult",
        indication=Indication.LN,
        route=Route.SUBQ,
        pediatric=False,
        rules=("R-05", "R-11", "R-22"),
        initial_offsets_days=(0,),
        interval_days=7,
        maintenance_amount_mg=200.0,
        loading_amount_mg=400.0,
        loading_doses=4,
        injections_per_loading_dose=2,
        allowed_devices=(Device.AUTOINJECTOR, Device.PREFILLED_SYRINGE),
        first_dose_in_clinic=True,
        source="S3 Table 1: 400 mg (2 x 200 mg) once weekly for 4 doses, then 200 mg once weekly",
    )


def _as_prescribed(
    indication: Indication,
    route: Route,
    pediatric: bool,
    prescription: Prescription | None,
    rules: tuple[str, ...],
    refusal: RefusalCode,
    age: int | None = None,
) -> Regimen | RegimenRefusal:
    if prescription is None:
        return RegimenRefusal(refusal, rules)
    subq = route is Route.SUBQ
    given_by, self_allowed = _child_injector(age) if subq else (GivenBy.CLINIC, False)
    return Regimen(
        code=f"{indication.value}-{route.value}-as-prescribed",
        indication=indication,
        route=route,
        pediatric=pediatric,
        rules=(*rules, "R-09", "R-10", "R-11") if subq else rules,
        initial_offsets_days=(0,),
        interval_days=prescription.interval_days,
        maintenance_amount_mg=prescription.amount_mg,
        as_prescribed=True,
        allowed_devices=(Device.AUTOINJECTOR,) if subq else (Device.INFUSION,),
        default_given_by=given_by,
        self_injection_allowed=self_allowed,
        first_dose_in_clinic=subq,
        source="as prescribed by the care team",
    )


def check_device(regimen: Regimen, device: Device) -> RegimenRefusal | None:
    """R-09: children use the autoinjector only; IV is an infusion."""
    if device in regimen.allowed_devices:
        return None
    return RegimenRefusal(
        RefusalCode.SYRINGE_FOR_CHILD if regimen.pediatric else RefusalCode.BAD_PRESCRIPTION,
        ("R-09",),
    )


def weight_band_changed(previous_kg: float, current_kg: float) -> bool:
    """R-08: a child's weight crossing 40 kg either way is flagged, never applied by itself."""
    return (previous_kg >= WEEKLY_WEIGHT_KG) != (current_kg >= WEEKLY_WEIGHT_KG)
