"""PHQ-2 / PHQ-9 scoring at every band boundary, and item 9 (R-31, R-32, R-40..R-42)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belimumab_companion.domain.phq import (
    ITEMS,
    NOTICE,
    PHQ2_ITEMS,
    RESPONSES,
    Band,
    band,
    next_routine_phq9,
    score_phq2,
    score_phq9,
)


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (0, Band.MINIMAL),
        (4, Band.MINIMAL),
        (5, Band.MILD),
        (9, Band.MILD),
        (10, Band.MODERATE),
        (14, Band.MODERATE),
        (15, Band.MODERATELY_SEVERE),
        (19, Band.MODERATELY_SEVERE),
        (20, Band.SEVERE),
        (27, Band.SEVERE),
    ],
)
def test_r40_bands_at_every_boundary(total: int, expected: Band) -> None:
    assert band(total) is expected
    answers = [3] * (total // 3) + ([total % 3] if total % 3 else [])
    answers += [0] * (9 - len(answers))
    answers = answers[1:] + answers[:1]  # item 9 not always 0 or 3
    result = score_phq9(answers)
    assert (result.total, result.band) == (total, expected)


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_r31_item_9_opens_the_crisis_screen_whatever_the_total(item9: int) -> None:
    result = score_phq9([0] * 8 + [item9])
    assert result.crisis and result.band is Band.MINIMAL


def test_r32_item_9_at_zero_is_no_all_clear() -> None:
    result = score_phq9([0] * 9)
    assert not result.crisis and result.band is Band.MINIMAL
    assert not hasattr(result, "reassurance")  # the result carries no "you are fine"


@pytest.mark.parametrize(
    ("answers", "offer"), [((0, 0), False), ((1, 1), False), ((2, 1), True), ((3, 3), True)]
)
def test_r41_phq2_offers_the_phq9_at_3_or_more(answers: tuple[int, int], offer: bool) -> None:
    result = score_phq2(answers)
    assert result.total == sum(answers) and result.offer_phq9 is offer


@pytest.mark.parametrize(
    "bad", [[0] * 8, [0] * 10, [0] * 8 + [4], [0] * 8 + [-1], [True] + [0] * 8]
)
def test_bad_answers_are_refused(bad: list[int]) -> None:
    with pytest.raises(ValueError):
        score_phq9(bad)


def test_r42_routine_phq9_not_more_often_than_every_14_days() -> None:
    assert next_routine_phq9(None, date(2026, 11, 23)) == date(2026, 11, 23)
    assert next_routine_phq9(date(2026, 11, 20), date(2026, 11, 23)) == date(2026, 12, 4)
    assert next_routine_phq9(date(2026, 10, 1), date(2026, 11, 23)) == date(2026, 11, 23)


def test_the_form_text() -> None:
    assert len(ITEMS) == 9 and ITEMS[:2] == PHQ2_ITEMS and len(RESPONSES) == 4
    assert ITEMS[8].startswith("Thoughts that you would be better off dead")
    assert "No permission required to reproduce" in NOTICE


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_total_is_the_sum_and_the_band_follows(answers: list[int]) -> None:
    result = score_phq9(answers)
    assert result.total == sum(answers) and result.band is band(sum(answers))
    assert result.crisis is (answers[8] > 0)
