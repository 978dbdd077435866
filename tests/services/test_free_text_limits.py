"""Free text (issue 17, part 2): one length limit for the notes in the window, the CLI and the
CSV import, with a clear message and nothing half-saved; control characters stripped before
storing; triage reads the whole text with the severity (R-45, R-46)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from belimumab_companion.domain.free_text import MAX_NOTES, strip_controls
from belimumab_companion.domain.triage import Triage
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_service import DiaryInputError, DiaryInputs


def _inputs(services: AppServices, **kw: Any) -> DiaryInputs:
    values: dict[str, Any] = {
        "symptom": "Rash",
        "onset_at": services.clock() - timedelta(hours=1),
        "zone": "Europe/Madrid",
        "severity": 1,
    }
    values.update(kw)
    return DiaryInputs(**values)


def test_notes_at_the_limit_are_kept_whole_and_over_it_refused(services: AppServices) -> None:
    filler = "walked the dog, "
    notes = (filler * (MAX_NOTES // len(filler) + 1))[: MAX_NOTES - 24] + "now my tongue is swollen"
    assert len(notes) == MAX_NOTES
    saved = services.diary.add(_inputs(services, notes=notes))
    assert saved.entry.notes == notes and saved.entry.triage is Triage.EMERGENCY
    with pytest.raises(DiaryInputError) as refused:
        services.diary.add(_inputs(services, notes=notes + "!"))
    assert refused.value.code == "notes-too-long"
    assert "10,001 characters" in str(refused.value) and "10,000" in str(refused.value)
    assert services.diary.count() == 1


def test_control_characters_are_stripped_before_storing(services: AppServices) -> None:
    saved = services.diary.add(
        _inputs(services, symptom="Ra\x00sh\u202e", notes="line\x07 one\nline\ttwo\r\n\x1b[31m")
    )
    stored = services.diary.page(limit=10)[0]
    # Each one becomes a space (a line separator a line break), so no two words are joined
    # and triage reads what was meant; the symptom's spaces are then collapsed.
    assert stored.symptom == saved.entry.symptom == "Ra sh"
    assert stored.notes == "line  one\nline\ttwo\r\n [31m"
    assert strip_controls("swollen\u200btongue") == "swollen tongue"
    assert strip_controls("throat\u2028closing") == "throat\nclosing"
    assert strip_controls("tongue\x01swollen") == "tongue swollen"
    assert strip_controls("\ufeffI can\u200d't breathe 👩\u200d⚕") == "I can't breathe 👩⚕"


def test_r45_very_severe_is_at_least_care_team_today(services: AppServices) -> None:
    mild = services.diary.add(_inputs(services, symptom="Joint pain", severity=3))
    assert mild.entry.triage is Triage.ROUTINE
    very = services.diary.add(_inputs(services, symptom="Joint pain", severity=4))
    assert very.entry.triage is Triage.CARE_TEAM_TODAY and very.triage.rules == ("R-45",)
    edited = services.diary.update(
        mild.entry.id, _inputs(services, symptom="Joint pain", severity=4)
    )
    assert edited[1].entry.triage is Triage.CARE_TEAM_TODAY
