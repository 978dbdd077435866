"""The one rule for a phone number the user types (issue 20, item 7): the window's emergency and
crisis fields and the command line's ``settings numbers`` refuse the same texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belimumab_companion.domain.bounds import (
    PHONE_NUMBER_MAX,
    PHONE_NUMBER_SIGNS,
    phone_number_problem,
)


@given(st.text(max_size=30))
def test_a_number_accepted_is_one_a_keypad_can_dial(text: str) -> None:
    if phone_number_problem(text) is None:
        assert len(text) <= PHONE_NUMBER_MAX
        assert all(char.isalnum() or char in PHONE_NUMBER_SIGNS for char in text)
        assert text == "" or any(char.isdigit() for char in text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", None),  # no number of one's own: the country's is shown
        ("112", None),
        ("+34 (91) 123-45-67", None),
        ("*#06#1", None),
        ("1-800-FLOWERS", None),  # letters: vanity numbers
        ("٣", None),  # a digit in another script is a digit
        ("Europe", "no-digit"),
        ("NaN", "no-digit"),
        ("'); DROP TABLE x;--", "not-a-phone-number"),
        ("112\u202e", "not-a-phone-number"),
        ("💉112", "not-a-phone-number"),
        ("1" * 21, "too-long"),
    ],
)
def test_examples(text: str, problem: str | None) -> None:
    assert phone_number_problem(text) == problem
