"""The diary service on a real SQLite file: triage stored with the entry, the dose it followed,
edit with undo, soft delete, and sorting, filtering and FTS5 search done in SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.domain.triage import Triage
from belimumab_companion.services.app_services import AppServices
from belimumab_companion.services.diary_service import (
    Action,
    DiaryFilter,
    DiaryInputError,
    DiaryInputs,
    SortKey,
    fts_query,
)
from belimumab_companion.services.plan_service import PlanInputs

MADRID = ZoneInfo("Europe/Madrid")


def _entry(symptom: str, day: int, severity: int = 1, notes: str = "", **kw: Any) -> DiaryInputs:
    return DiaryInputs(
        symptom=symptom,
        onset_at=datetime(2026, 11, day, 12, 0, tzinfo=MADRID),
        zone="Europe/Madrid",
        severity=severity,
        notes=notes,
        **kw,
    )


def _weekly_plan(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.SUBQ,
            birth_date=date(1984, 3, 2),
            first_dose=date(2026, 11, 2),
            time_of_day=time(18),
            zone="Europe/Madrid",
        )
    )


def test_triage_is_stored_with_the_entry(services: AppServices) -> None:
    saved = services.diary.add(_entry("Headache", 20, 2, notes="and my lips are swollen"))
    assert saved.triage.triage is Triage.EMERGENCY  # the notes count too
    stored = services.diary.get(saved.entry.id)
    assert stored is not None and stored.triage is Triage.EMERGENCY
    assert set(stored.triage_codes) == {"face-throat-swelling", "allergy-signs"}
    routine = services.diary.add(_entry("Diarrhoea", 21))
    assert routine.triage.triage is Triage.ROUTINE


def test_the_dose_it_followed_is_suggested(services: AppServices) -> None:
    _weekly_plan(services)
    for sequence, day in enumerate((2, 9, 16), start=1):
        services.plans.log_dose(
            sequence=sequence,
            given_at=datetime(2026, 11, day, 18, 5, tzinfo=MADRID),
            sites=[Site.THIGH_LEFT],
        )
    saved = services.diary.add(_entry("Rash", 19))
    assert saved.dose is not None
    assert (
        saved.entry.sequence,
        saved.dose.days_before(saved.entry.onset_at, "Europe/Madrid"),
    ) == (3, 3)
    before_any = services.diary.add(_entry("Rash", 1))
    assert before_any.dose is None and before_any.entry.sequence is None
    chosen = services.diary.add(_entry("Rash", 19, dose=(services.plans.segments()[0].id, 1)))
    assert chosen.entry.sequence == 1


def test_the_saved_entry_is_what_is_stored(services: AppServices) -> None:
    """add() builds its answer from the inputs (no read-back): it must equal the stored row."""
    _weekly_plan(services)
    services.plans.log_dose(
        sequence=1, given_at=datetime(2026, 11, 2, 18, 5, tzinfo=MADRID), sites=[Site.THIGH_LEFT]
    )
    saved = services.diary.add(
        _entry(
            "  Sore   throat ",
            20,
            3,
            notes="fever and chills ☃",
            interference=2,
            from_catalogue=True,
            ended_at=datetime(2026, 11, 21, 9, 30, tzinfo=MADRID),
            action=Action.CALLED_CARE_TEAM,
        )
    )
    assert saved.entry == services.diary.get(saved.entry.id)
    assert (saved.entry.symptom, saved.entry.sequence) == ("Sore throat", 1)
    assert saved.entry.triage is Triage.CARE_TEAM_TODAY and saved.entry.triage_codes


def test_the_dose_before_a_symptom_is_found_through_an_index(services: AppServices) -> None:
    """Every save looks up the dose the symptom followed; after years of weekly doses that must
    not read the whole dose log (migration 0008)."""
    from sqlalchemy import event

    engine = services.database.engine
    seen: list[tuple[str, tuple[object, ...]]] = []

    def capture(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
    ) -> None:
        if "FROM administration" in statement:
            seen.append((statement, tuple(parameters)))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        services.diary.add(_entry("Rash", 19))
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    [(statement, parameters)] = seen
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        cursor = driver.cursor()
        plan = cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "USING INDEX ix_administration_given_at" in details, details


def test_many_entries_are_deleted_in_one_transaction(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The undo of an import: every entry goes, or (on a failure half-way) none does."""
    from sqlalchemy import event

    from belimumab_companion.services import diary_service

    monkeypatch.setattr(diary_service, "IDS_PER_STATEMENT", 3)  # several statements for 8 ids
    saved = services.diary.add_many([_entry("Rash", 20, notes=f"n{i}") for i in range(8)])
    ids = [s.entry.id for s in saved if s is not None]
    assert len(ids) == 8
    services.diary.delete(ids[0])
    deleted_first = services.diary.count()
    engine = services.database.engine
    updates: list[str] = []

    def fail_on_the_second_update(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if statement.startswith("UPDATE diary_entry"):
            updates.append(statement)
            if len(updates) == 2:
                raise RuntimeError("half-way")

    event.listen(engine, "before_cursor_execute", fail_on_the_second_update)
    try:
        with pytest.raises(RuntimeError):
            services.diary.delete_many(ids)
    finally:
        event.remove(engine, "before_cursor_execute", fail_on_the_second_update)
    assert services.diary.count() == deleted_first == 7  # the first UPDATE was rolled back
    services.diary.delete_many(ids)
    assert services.diary.count() == 0
    entries = [services.diary.get(i) for i in ids]
    assert all(entry is not None and entry.deleted for entry in entries)
    for entry_id in ids:
        services.diary.restore(entry_id)
    assert services.diary.count() == 8


def test_edit_with_undo_and_soft_delete_with_restore(services: AppServices) -> None:
    saved = services.diary.add(_entry("Tiredness", 20, 1, notes="after work"))
    previous, updated = services.diary.update(
        saved.entry.id,
        _entry("Tiredness", 20, 3, notes="could not get up", action=Action.CALLED_CARE_TEAM),
    )
    assert previous.severity == 1 and updated.entry.severity == 3
    assert services.diary.page(DiaryFilter(search="could"))[0].id == saved.entry.id
    services.diary.restore_version(previous)
    back = services.diary.get(saved.entry.id)
    assert back is not None
    assert (back.severity, back.notes, back.action) == (1, "after work", Action.NOTHING)
    assert services.diary.page(DiaryFilter(search="could")) == []  # the index followed the undo
    services.diary.delete(saved.entry.id)
    assert services.diary.count() == 0 and services.diary.page() == []
    assert services.diary.page(DiaryFilter(search="work")) == []
    services.diary.restore(saved.entry.id)
    assert services.diary.count() == 1


def test_bad_input_is_refused(services: AppServices) -> None:
    for inputs, code in [
        (_entry("   ", 20), "no-symptom"),
        (_entry("Rash", 20, severity=5), "bad-level"),
        (
            DiaryInputs("Rash", datetime(2026, 11, 24, tzinfo=UTC), "UTC", 1),
            "in-the-future",
        ),
        (
            _entry("Rash", 20, ended_at=datetime(2026, 11, 19, tzinfo=UTC)),
            "ends-before-start",
        ),
    ]:
        with pytest.raises(DiaryInputError) as refused:
            services.diary.add(inputs)
        assert refused.value.code == code
    assert services.diary.count() == 0


def test_sort_filter_and_search_in_sqlite(services: AppServices) -> None:
    services.diary.add(_entry("Headache", 10, 2, notes="behind the eyes"))
    services.diary.add(_entry("headache", 12, 4, notes="Très forte, après la dose"))
    services.diary.add(_entry("Nausea", 11, 1))
    services.diary.add(_entry("Joint pain", 22, 3))
    assert [e.symptom for e in services.diary.page()] == [
        "Joint pain",
        "headache",
        "Nausea",
        "Headache",
    ]
    by_severity = services.diary.page(sort=SortKey.SEVERITY, descending=True)
    assert [e.severity for e in by_severity] == [4, 3, 2, 1]
    only = DiaryFilter(symptom_key="HEADACHE")
    assert services.diary.count(only) == 2
    assert services.diary.count(DiaryFilter(min_severity=3)) == 2
    window = DiaryFilter(since=date(2026, 11, 11), until=date(2026, 11, 12), zone="Europe/Madrid")
    assert {e.symptom for e in services.diary.page(window)} == {"Nausea", "headache"}
    assert [e.severity for e in services.diary.page(DiaryFilter(search="apres"))] == [4]  # accents
    assert [e.severity for e in services.diary.page(DiaryFilter(search="ey"))] == [2]  # prefix
    assert services.diary.page(DiaryFilter(search='" OR 1=1 NEAR(')) == []  # no FTS syntax
    assert services.diary.symptoms() == ["Headache", "Joint pain", "Nausea"]
    assert [s for _, s in services.diary.timeline("headache")] == [2, 4]
    assert services.diary.page(offset=1, limit=2)[0].symptom == "headache"


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('rash "near" OR x*') == '"rash"* "near"* "OR"* "x"*'
    assert fts_query("  ") == ""


def test_an_entry_just_now_is_accepted(services: AppServices) -> None:
    now = services.clock()
    saved = services.diary.add(DiaryInputs("Rash", now + timedelta(minutes=4), "UTC", 1))
    assert saved.entry.onset_at == now + timedelta(minutes=4)


def test_a_catalogue_term_keeps_its_code_through_save_edit_undo_and_the_filter_list(
    services: AppServices,
) -> None:
    """Issue 17: the entry stores the term's language-neutral code beside its English name; a
    typed symptom has none; the filter list gives each symptom's code."""
    picked = services.diary.add(
        _entry("Nausea", 1, from_catalogue=True, symptom_code="nausea")
    ).entry
    typed = services.diary.add(_entry("my own words", 2)).entry
    assert (picked.symptom_code, typed.symptom_code) == ("nausea", None)
    stored = {e.id: e.symptom_code for e in services.diary.page()}
    assert stored == {picked.id: "nausea", typed.id: None}
    previous, _saved = services.diary.update(
        picked.id, _entry("Headache", 1, from_catalogue=True, symptom_code="headache")
    )
    assert previous.symptom_code == "nausea"
    assert services.diary.restore_version(previous).symptom_code == "nausea"
    choices = services.diary.symptom_choices()
    assert [(c.name, c.code) for c in choices] == [("my own words", None), ("Nausea", "nausea")]


def test_a_catalogue_term_without_its_code_gets_the_code_of_its_name(services: AppServices) -> None:
    """The CLI and a CSV file say "from the catalogue" but carry no code: the name gives it."""
    saved = services.diary.add(_entry("Injection-site reaction", 3, from_catalogue=True)).entry
    assert saved.symptom_code == "injection-site-reaction"
    typed = services.diary.add(_entry("Injection-site reaction", 4)).entry
    assert typed.symptom_code is None  # typed, not picked: the user's words
    with pytest.raises(ValueError, match="not a symptom code"):
        services.diary.add(_entry("Nausea", 5, symptom_code="Náuseas!"))


def test_the_service_says_what_was_only_added_since_a_revision(services: AppServices) -> None:
    """A view that read at revision r inserts what ``added_since(r)`` gives; anything else
    changed since (an edit, a deletion, its undo) and it is told to read everything again."""
    diary = services.diary
    start = diary.revision()
    first = diary.add(_entry("Rash", 10)).entry
    second = diary.add(_entry("Headache", 11)).entry
    assert [e.id for e in diary.added_since(start) or []] == [first.id, second.id]
    assert [e.id for e in diary.added_since(start + 1) or []] == [second.id]
    assert diary.added_since(diary.revision()) == []
    read = diary.revision()
    diary.update(first.id, _entry("Rash", 10, severity=3))
    assert diary.added_since(read) is None  # an edit: read again
    read = diary.revision()
    diary.delete(second.id)
    assert diary.added_since(read) is None
    read = diary.revision()
    diary.restore(second.id)
    assert diary.added_since(read) is None
    # a refused add changes nothing; too long ago to remember: read again
    read = diary.revision()
    with pytest.raises(DiaryInputError):
        diary.add(_entry("", 12))
    assert diary.added_since(read) == []
    for day in range(1, 80):
        diary.add(_entry("Nausea", 1 + day % 20))
    assert diary.added_since(read) is None
    assert diary.added_since(diary.revision() + 1) is None  # not this service's revision


def test_another_writers_entry_makes_added_since_say_read_again(services: AppServices) -> None:
    """Another process (the command line's log-symptom) adds through its own service: this
    service's journal does not have that entry, so a view must not insert only its own."""
    from belimumab_companion.services.diary_service import DiaryService

    diary = services.diary
    other = DiaryService(services.database.sessions, services.clock)
    read = diary.revision()
    other.add(_entry("Rash", 10))
    ours = diary.add(_entry("Headache", 11)).entry
    assert diary.added_since(read) is None  # before ours
    read = diary.revision()
    assert diary.added_since(read) == []
    later = diary.add(_entry("Headache", 12)).entry
    other.add(_entry("Rash", 13))
    assert diary.added_since(read) is None  # after ours
    # the other's entry came after this service's last change: the next add still reads again
    # (once), whatever revision the view noted since
    read = diary.revision()
    diary.add(_entry("Nausea", 14))
    assert diary.added_since(read) is None
    read = diary.revision()
    mine = diary.add(_entry("Nausea", 15)).entry
    assert [e.id for e in diary.added_since(read) or []] == [mine.id] and ours.id < later.id


def test_which_of_a_few_entries_a_filter_matches(services: AppServices) -> None:
    diary = services.diary
    walk = diary.add(_entry("Headache", 10, 1, notes="after a long walk")).entry.id
    coffee = diary.add(_entry("Headache", 11, 3, notes="too much café")).entry.id
    rash = diary.add(_entry("Rash", 12, 3, notes="walking home")).entry.id
    gone = diary.add(_entry("Rash", 13, 3, notes="walk")).entry.id
    diary.delete(gone)
    ids = [walk, coffee, rash, gone]
    assert diary.matching(DiaryFilter(), ids) == {walk, coffee, rash}
    assert diary.matching(DiaryFilter(search="walk"), ids) == {walk, rash}  # prefixes
    assert diary.matching(DiaryFilter(search="cafe"), ids) == {coffee}  # accents ignored
    assert diary.matching(DiaryFilter(search="w", min_severity=2), ids) == {rash}
    assert diary.matching(DiaryFilter(symptom_key="headache"), ids) == {walk, coffee}
    assert diary.matching(DiaryFilter(search="walk"), []) == set()
    # the same answer as the page query gives for the whole diary
    page = {e.id for e in diary.page(DiaryFilter(search="walk"))}
    assert page == diary.matching(DiaryFilter(search="walk"), ids)


def test_a_count_no_longer_wanted_stops(services: AppServices) -> None:
    """A search typed over stops counting at once (SQLite's progress handler), and the
    next read on that thread's connection works."""
    from belimumab_companion.services.diary_service import SearchCancelled

    diary = services.diary
    diary.add_many([_entry("Headache", 1 + n % 20, notes=f"walk {n}") for n in range(3000)])
    walk = DiaryFilter(search="walk")
    with pytest.raises(SearchCancelled):
        diary.count(walk, cancelled=lambda: True)
    with pytest.raises(SearchCancelled):  # deep in the matches: long enough to be stopped
        diary.page(walk, offset=2900, cancelled=lambda: True)
    assert diary.count(walk, cancelled=lambda: False) == 3000
    assert len(diary.page(walk, limit=5, cancelled=lambda: False)) == 5
    assert diary.count(walk) == 3000
