"""Handling a pen or syringe (R-24..R-27) and the IV vial breakdown (R-02, display only)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

WARM_UP = timedelta(minutes=30)
MAX_OUT_OF_FRIDGE = timedelta(hours=12)
MAX_ROOM_TEMPERATURE_C = 25.0
VIAL_SIZES_MG = (400, 120)  # IV vials


class FridgeState(enum.Enum):
    WARMING = "warming"  # out less than 30 minutes: not ready yet
    READY = "ready"
    DO_NOT_USE = "do-not-use"  # over 12 h or over 25 °C: do not use, do not put back


@dataclass(frozen=True)
class FridgeStatus:
    state: FridgeState
    ready_at: datetime
    use_by: datetime
    too_warm: bool = False  # the warmest temperature recorded was over 25 °C


def fridge_status(
    taken_out_at: datetime, now: datetime, highest_temperature_c: float | None = None
) -> FridgeStatus:
    ready_at = taken_out_at + WARM_UP
    use_by = taken_out_at + MAX_OUT_OF_FRIDGE
    too_warm = highest_temperature_c is not None and highest_temperature_c > MAX_ROOM_TEMPERATURE_C
    if now > use_by or too_warm:
        state = FridgeState.DO_NOT_USE
    elif now < ready_at:
        state = FridgeState.WARMING
    else:
        state = FridgeState.READY
    return FridgeStatus(state, ready_at, use_by, too_warm)


class CheckItem(enum.Enum):
    """R-27: any of these blocks the injection."""

    EXPIRED = "expired"
    DROPPED = "dropped"
    CLOUDY_DISCOLOURED_PARTICLES = "cloudy-discoloured-particles"
    WAS_FROZEN = "was-frozen"  # inferred from "do not freeze"; confirm with the pharmacist


def blocking_items(ticked: set[CheckItem]) -> list[CheckItem]:
    return [item for item in CheckItem if item in ticked]


class StorageRule(enum.Enum):
    """R-24 storage card, as codes the UI words."""

    FRIDGE_2_TO_8_C = "fridge-2-to-8-c"
    KEEP_IN_CARTON = "keep-in-carton"
    DO_NOT_FREEZE = "do-not-freeze"
    DO_NOT_SHAKE = "do-not-shake"
    AWAY_FROM_HEAT_AND_SUN = "away-from-heat-and-sun"


STORAGE_CARD = tuple(StorageRule)


@dataclass(frozen=True)
class VialBreakdown:
    dose_mg: float
    vials: dict[int, int]  # size -> count

    @property
    def total_mg(self) -> int:
        return sum(size * count for size, count in self.vials.items())


def iv_dose_mg(weight_kg: float, mg_per_kg: float = 10.0) -> float:
    """R-02: 10 mg/kg of the latest weight (information for the patient; the team prepares it)."""
    return round(weight_kg * mg_per_kg, 1)


def vial_breakdown(dose_mg: float) -> VialBreakdown:
    """The 400/120 mg vials that cover the dose with the least left over (then the fewest vials)."""
    if dose_mg <= 0:
        raise ValueError("dose must be positive")
    best: tuple[int, int, dict[int, int]] | None = None
    max_large = int(dose_mg // VIAL_SIZES_MG[0]) + 1
    for large in range(max_large + 1):
        rest = dose_mg - large * VIAL_SIZES_MG[0]
        small = 0 if rest <= 0 else int(-(-rest // VIAL_SIZES_MG[1]))
        total = large * VIAL_SIZES_MG[0] + small * VIAL_SIZES_MG[1]
        key = (total, large + small)
        if best is None or key < best[:2]:
            best = (total, large + small, {VIAL_SIZES_MG[0]: large, VIAL_SIZES_MG[1]: small})
    assert best is not None
    return VialBreakdown(dose_mg, {size: count for size, count in best[2].items() if count})
