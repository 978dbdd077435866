"""Mood check-ins are kept with their scores; the rhythm decides when one is due."""

from __future__ import annotations

from datetime import timedelta

import pytest

from belimumab_companion.domain.help_numbers import help_numbers
from belimumab_companion.domain.phq import Band
from belimumab_companion.services.app_services import AppServices


def test_kept_scores_and_the_rhythm(services: AppServices) -> None:
    assert services.mood.due()
    assert services.mood.record_phq2([2, 2]).offer_phq9
    nine = services.mood.record_phq9([1] * 8 + [0])
    assert nine.band is Band.MILD and not nine.crisis
    history = services.mood.history()
    assert [(h.kind.value, h.total) for h in history] == [("phq2", 4), ("phq9", 8)]
    assert not services.mood.due()  # default weekly, one taken just now
    services.mood.set_every_days(1)
    assert services.mood.every_days() == 1
    with pytest.raises(ValueError):
        services.mood.set_every_days(0)
    with pytest.raises(ValueError):
        services.mood.record_phq9([4] * 9)
    assert len(services.mood.history()) == 2  # nothing stored from bad answers
    assert services.clock() - history[-1].taken_at < timedelta(seconds=1)


def test_help_numbers_verified_us_and_entered_elsewhere() -> None:
    us = help_numbers("us")
    assert (us.emergency, us.crisis, us.crisis_by_text) == ("911", "988", True)
    spain = help_numbers("ES")  # help-numbers.md: both verified (V)
    assert (spain.emergency, spain.crisis) == ("112", "024")
    elsewhere = help_numbers("JP")
    assert (elsewhere.emergency, elsewhere.crisis) == (None, None)  # never guessed
    entered = help_numbers("JP", emergency_entered="119", crisis_entered="0570")
    assert (entered.emergency, entered.crisis, entered.crisis_by_text) == ("119", "0570", False)
