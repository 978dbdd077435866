from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belimumab_companion.domain.adherence import adherence
from belimumab_companion.domain.regimens import Indication, Regimen, Route, choose_regimen
from belimumab_companion.domain.schedule import Administration, Phase, PlanSegment, planned_doses

MADRID = ZoneInfo("Europe/Madrid")


def test_on_time_late_early_missed_skipped_by_phase() -> None:
    regimen = choose_regimen(
        indication=Indication.LN, route=Route.SUBQ, birth_date=date(1984, 3, 2), on=date(2026, 1, 5)
    )
    assert isinstance(regimen, Regimen)
    segment = PlanSegment(1, regimen, date(2026, 1, 5), time(18), "Europe/Madrid")
    log = [
        Administration(
            1, 1, datetime(2026, 1, 5, 23, 30, tzinfo=MADRID), 400
        ),  # on time (same local day)
        Administration(1, 2, datetime(2026, 1, 13, 9, 0, tzinfo=MADRID), 400),  # late
        Administration(1, 4, datetime(2026, 1, 25, 18, 0, tzinfo=MADRID), 400),  # early
        Administration(
            1, 5, datetime(2026, 2, 2, 18, 0, tzinfo=MADRID), None, skipped_on_advice=True
        ),
    ]
    now = datetime(2026, 2, 9, 12, tzinfo=UTC)  # #6 is due this evening: not counted yet
    doses = planned_doses([segment], log, now, date(2026, 3, 1))
    result = adherence(doses)
    assert (
        result.total.on_time,
        result.total.late,
        result.total.early,
        result.total.missed,
        result.total.skipped,
    ) == (1, 1, 1, 1, 1)
    assert result.total.due == 5
    loading = result.by_phase[Phase.LOADING]
    assert loading.missed == 1  # #3 (01-19) never given: it does not count towards the four
    assert loading.on_time + loading.late + loading.early == 3
    assert sum(c.due for c in result.by_phase.values()) == 5
    assert timedelta(0) < now - doses[4].due
