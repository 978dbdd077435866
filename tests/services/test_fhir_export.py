"""The FHIR Bundle export, read back by fhir.resources (R4B models: FHIR R4's resources used here
are unchanged in R4B), with counts, statuses, offsets and every reference resolving."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from belimumab_companion.demo import seed_demo
from belimumab_companion.domain.phq import ITEMS, NOTICE
from belimumab_companion.domain.regimens import Indication, Route
from belimumab_companion.paths import app_paths
from belimumab_companion.services.app_services import AppServices, build_services
from belimumab_companion.services.clock import fixed_clock
from belimumab_companion.services.diary_service import DiaryInputs
from belimumab_companion.services.fhir_export import export_fhir, fhir_bundle
from belimumab_companion.services.plan_service import PlanInputs
from testsupport import FIXED_NOW

# FHIR R4 required value sets (fhir.resources checks types and cardinality, not codes).
ADMINISTRATION_STATUS = {
    "in-progress",
    "not-done",
    "on-hold",
    "completed",
    "entered-in-error",
    "stopped",
    "unknown",
}
REQUEST_STATUS = {
    "active",
    "on-hold",
    "cancelled",
    "completed",
    "entered-in-error",
    "stopped",
    "draft",
    "unknown",
}
NOTE = "Náusea después de la dosis 😷"


@pytest.fixture
def demo(services: AppServices) -> AppServices:
    seed_demo(services, FIXED_NOW)
    plans = services.plans
    missed = next(d for d in plans.schedule(FIXED_NOW) if d.status.value == "missed-closed")
    plans.skip_on_advice(missed.segment_id, missed.sequence, "Infection: the nurse said skip")
    services.diary.add(
        DiaryInputs(
            symptom="Nausea",
            onset_at=FIXED_NOW - timedelta(days=1),
            zone="Europe/Madrid",
            severity=3,
            interference=2,
            ended_at=FIXED_NOW - timedelta(hours=20),
            notes=NOTE,
        )
    )
    services.mood.record_phq2([2, 1])
    services.mood.record_phq9([1, 2, 1, 0, 1, 0, 2, 1, 0])
    services.mood.record_phq2([0, 0])  # the same instant as the first: still its own resource
    return services


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def offset_of(text: str) -> timedelta:
    moment = datetime.fromisoformat(text)
    offset = moment.utcoffset()
    assert offset is not None, text
    return offset


def test_the_bundle_and_every_resource_validate(demo: AppServices) -> None:
    bundle = fhir_bundle(demo, FIXED_NOW)
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection" and parsed.entry is not None
    assert len(parsed.entry) == len(bundle["entry"])
    for entry, model in zip(bundle["entry"], parsed.entry, strict=True):
        kind = entry["resource"]["resourceType"]
        assert type(model.resource).__name__ == kind
        get_fhir_model_class(kind).model_validate(entry["resource"])
    # And the same from the JSON text a care team's system would read.
    Bundle.model_validate_json(json.dumps(bundle))


def test_counts_match_the_data(demo: AppServices) -> None:
    bundle = fhir_bundle(demo, FIXED_NOW)
    kinds = Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    logged = [d for d in demo.plans.schedule(FIXED_NOW) if d.administration is not None]
    assert kinds == {
        "Patient": 1,
        "MedicationRequest": len(demo.plans.segments()),
        "MedicationAdministration": len(logged),
        "Observation": demo.diary.count(),
        "Questionnaire": 2,  # PHQ-2 and PHQ-9, once each
        "QuestionnaireResponse": len(demo.mood.history()),
    }
    assert (kinds["MedicationRequest"], kinds["QuestionnaireResponse"]) == (1, 3)
    assert kinds["MedicationAdministration"] >= 20
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    assert all(url.startswith("urn:uuid:") for url in urls)
    assert all(
        e["resource"]["id"] == e["fullUrl"].removeprefix("urn:uuid:") for e in bundle["entry"]
    )


def test_every_reference_resolves_inside_the_bundle(demo: AppServices) -> None:
    bundle = fhir_bundle(demo, FIXED_NOW)
    urls = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    checked = 0
    for entry in bundle["entry"]:
        resource = entry["resource"]
        contained = {c["id"] for c in resource.get("contained", [])}
        for node in walk(resource):
            reference = node.get("reference")
            if reference is None:
                continue
            checked += 1
            if reference.startswith("#"):
                assert reference[1:] in contained
            else:
                assert reference in urls, reference
        if resource["resourceType"] == "QuestionnaireResponse":
            questionnaire = urls[resource["questionnaire"]]
            assert questionnaire["resourceType"] == "Questionnaire"
            assert questionnaire["url"] == resource["questionnaire"]
            assert {i["linkId"] for i in resource["item"]} <= {
                i["linkId"] for i in questionnaire["item"]
            }
    assert checked > 50


def test_doses_are_administrations(demo: AppServices) -> None:
    bundle = fhir_bundle(demo, FIXED_NOW)
    patient = next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    request = next(
        e["fullUrl"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "MedicationRequest"
    )
    administrations = resources(bundle, "MedicationAdministration")
    assert {a["status"] for a in administrations} <= ADMINISTRATION_STATUS
    assert Counter(a["status"] for a in administrations)["not-done"] == 1
    for administration in administrations:
        assert administration["subject"] == {"reference": patient}
        assert administration["request"] == {"reference": request}
        assert offset_of(administration["effectiveDateTime"]) in (
            timedelta(hours=1),
            timedelta(hours=2),
        )
        if administration["status"] == "not-done":
            assert administration["statusReason"] == [{"text": "skipped on the care team's advice"}]
            assert "dosage" not in administration
            assert "Infection: the nurse said skip" in [n["text"] for n in administration["note"]]
        else:
            dosage = administration["dosage"]
            assert dosage["route"] == {"text": "subcutaneous injection"}
            assert dosage["dose"]["value"] == 200 and dosage["dose"]["code"] == "mg"
            assert dosage["site"]["text"].split(", ")[0] in ("abdomen", "thigh")
            lot = administration["contained"][0]
            assert administration["medicationReference"] == {"reference": "#lot"}
            assert lot["batch"]["lotNumber"].startswith("DEMO")
    given = [a for a in administrations if a["status"] == "completed"]
    first = min(given, key=lambda a: datetime.fromisoformat(a["effectiveDateTime"]))
    record = demo.plans.dose_record(1, 1)
    assert record is not None
    assert datetime.fromisoformat(first["effectiveDateTime"]) == record.given_at


def test_the_plan_is_a_medication_request(demo: AppServices) -> None:
    (request,) = resources(fhir_bundle(demo, FIXED_NOW), "MedicationRequest")
    assert request["status"] == "active"
    assert request["intent"] == "order"
    assert request["medicationCodeableConcept"] == {"text": "belimumab"}
    (dosage,) = request["dosageInstruction"]
    repeat = dosage["timing"]["repeat"]
    assert (repeat["frequency"], repeat["period"], repeat["periodUnit"]) == (1, 7, "d")
    assert repeat["timeOfDay"] == ["18:00:00"]
    start = datetime.fromisoformat(repeat["boundsPeriod"]["start"])
    assert start == demo.plans.schedule(FIXED_NOW)[0].due
    assert dosage["doseAndRate"][0]["doseQuantity"]["value"] == 200


def test_a_changed_plan_keeps_the_old_one_stopped_and_linked(services: AppServices) -> None:
    today = FIXED_NOW.date()
    # Infusions before and after: a change of route after doses given would be a switch the
    # prescriber decides (R-13..R-15), which the route-change tests cover.
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.SLE,
            route=Route.IV,
            birth_date=date(today.year - 34, 4, 12),
            first_dose=today - timedelta(days=30),
            time_of_day=time(9, 0),
            zone="Europe/Madrid",
            weight_kg=60.0,
        )
    )
    assert (
        services.plans.set_plan(
            PlanInputs(
                indication=Indication.SLE,
                route=Route.IV,
                birth_date=date(today.year - 34, 4, 12),
                first_dose=today + timedelta(days=10),
                time_of_day=time(9, 0),
                zone="Europe/Madrid",
                weight_kg=63.0,
            )
        ).code
        == "sle-iv"
    )
    bundle = fhir_bundle(services, FIXED_NOW)
    Bundle.model_validate(bundle)
    urls = {e["resource"]["id"]: e["fullUrl"] for e in bundle["entry"]}
    old, new = resources(bundle, "MedicationRequest")
    assert (old["status"], new["status"]) == ("stopped", "active")
    assert {old["status"], new["status"]} <= REQUEST_STATUS
    assert new["priorPrescription"] == {"reference": urls[old["id"]]}
    assert (
        old["dosageInstruction"][-1]["timing"]["repeat"]["boundsPeriod"]["end"]
        == (today + timedelta(days=9)).isoformat()
    )
    loading, maintenance = new["dosageInstruction"]
    assert (loading["sequence"], maintenance["sequence"]) == (1, 2)
    events = [datetime.fromisoformat(e) for e in loading["timing"]["event"]]
    first = datetime.combine(today + timedelta(days=10), time(9, 0))
    assert [e.replace(tzinfo=None) for e in events] == [
        first + timedelta(days=n) for n in (0, 14, 28)
    ]
    assert maintenance["timing"]["repeat"]["period"] == 28
    assert datetime.fromisoformat(maintenance["timing"]["repeat"]["boundsPeriod"]["start"]).replace(
        tzinfo=None
    ) == first + timedelta(days=56)
    assert loading["doseAndRate"][0]["doseQuantity"]["value"] == 630  # 10 mg/kg x 63 kg
    assert loading["route"] == {"text": "intravenous infusion"}


def test_lupus_nephritis_loading_is_its_own_dosage(services: AppServices) -> None:
    services.plans.set_plan(
        PlanInputs(
            indication=Indication.LN,
            route=Route.SUBQ,
            birth_date=date(1990, 1, 2),
            first_dose=FIXED_NOW.date(),
            time_of_day=time(19, 0),
            zone="America/New_York",
        )
    )
    bundle = fhir_bundle(services, FIXED_NOW)
    Bundle.model_validate(bundle)
    (request,) = resources(bundle, "MedicationRequest")
    loading, maintenance = request["dosageInstruction"]
    assert loading["timing"]["repeat"]["count"] == 4
    assert loading["doseAndRate"][0]["doseQuantity"]["value"] == 400
    assert maintenance["doseAndRate"][0]["doseQuantity"]["value"] == 200
    assert offset_of(loading["timing"]["repeat"]["boundsPeriod"]["start"]) == timedelta(hours=-5)
    (patient,) = resources(bundle, "Patient")
    assert patient["birthDate"] == "1990-01-02"
    assert "name" not in patient  # none was entered


def test_diary_entries_are_observations(demo: AppServices) -> None:
    observations = resources(fhir_bundle(demo, FIXED_NOW), "Observation")
    entries = {e.id: e for e in demo.diary.page(limit=10_000)}
    assert len(observations) == len(entries)
    assert {o["status"] for o in observations} == {"final"}
    nausea = next(o for o in observations if NOTE in [n["text"] for n in o.get("note", [])])
    assert nausea["code"] == {"text": "Nausea"}
    assert nausea["valueString"] == "severe"
    assert [c.get("valueInteger") for c in nausea["component"][:2]] == [3, 2]
    period = nausea["effectivePeriod"]
    assert datetime.fromisoformat(period["start"]) == FIXED_NOW - timedelta(days=1)
    assert offset_of(period["end"]) == timedelta(hours=1)
    after = [o for o in observations if "effectiveDateTime" in o]
    assert after and all(offset_of(o["effectiveDateTime"]) for o in after)
    assert all(n["text"].startswith("Began after dose #") for o in after for n in o["note"][:1])


def test_mood_check_ins_are_questionnaire_responses(demo: AppServices) -> None:
    bundle = fhir_bundle(demo, FIXED_NOW)
    questionnaires = {q["url"]: q for q in resources(bundle, "Questionnaire")}
    responses = resources(bundle, "QuestionnaireResponse")
    history = demo.mood.history()
    assert len(responses) == len(history) == 3
    for response, check_in in zip(responses, history, strict=True):
        questionnaire = questionnaires[response["questionnaire"]]
        assert questionnaire["name"] == check_in.kind.value.upper()
        assert questionnaire["copyright"] == NOTICE
        assert response["status"] == "completed"
        assert datetime.fromisoformat(response["authored"]) == check_in.taken_at
        answers = [i["answer"][0]["valueInteger"] for i in response["item"]]
        assert answers == [*check_in.answers, check_in.total]
        assert [i["linkId"] for i in response["item"]][:-1] == [
            str(n) for n in range(1, len(check_in.answers) + 1)
        ]
        assert response["item"][0]["text"] == ITEMS[0]
    assert len({r["id"] for r in responses}) == 3


def test_ids_are_stable_across_exports_and_distinct_across_people(
    demo: AppServices, tmp_path: Path
) -> None:
    first = fhir_bundle(demo, FIXED_NOW)
    again = fhir_bundle(demo, FIXED_NOW + timedelta(minutes=5))
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in again["entry"]]
    assert first == fhir_bundle(demo, FIXED_NOW)
    other = build_services(app_paths(tmp_path / "other").ensure(), fixed_clock(FIXED_NOW))
    try:
        seed_demo(other, FIXED_NOW)
        theirs = {e["fullUrl"] for e in fhir_bundle(other, FIXED_NOW)["entry"]}
    finally:
        other.close()
    assert theirs.isdisjoint(e["fullUrl"] for e in first["entry"])


def test_export_writes_the_json_atomically(demo: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "belimumab.fhir.json"
    count = export_fhir(path, demo, FIXED_NOW)
    data = path.read_bytes()
    loaded = json.loads(data.decode("utf-8"))
    assert loaded == fhir_bundle(demo, FIXED_NOW)
    assert count == len(loaded["entry"])
    assert NOTE.encode() in data  # UTF-8, not \\u escapes
    Bundle.model_validate_json(data)
    assert os.listdir(out) == [path.name]
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_empty_profile_is_a_patient_alone(services: AppServices) -> None:
    bundle = fhir_bundle(services, FIXED_NOW)
    Bundle.model_validate(bundle)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient"]
    assert offset_of(bundle["timestamp"]) == timedelta(0)


def test_r35_a_recorded_anaphylaxis_is_an_allergy_intolerance(demo: AppServices) -> None:
    assert resources(fhir_bundle(demo, FIXED_NOW), "AllergyIntolerance") == []
    demo.settings.set_belimumab_anaphylaxis(True)
    bundle = fhir_bundle(demo, FIXED_NOW)
    Bundle.model_validate_json(json.dumps(bundle))
    [allergy] = resources(bundle, "AllergyIntolerance")
    get_fhir_model_class("AllergyIntolerance").model_validate(allergy)
    [patient] = resources(bundle, "Patient")
    urls = {e["resource"]["id"]: e["fullUrl"] for e in bundle["entry"]}
    assert allergy["patient"] == {"reference": urls[patient["id"]]}
    assert allergy["code"] == {"text": "belimumab"} and allergy["criticality"] == "high"
    assert allergy["reaction"][0]["manifestation"] == [{"text": "anaphylaxis"}]
    assert allergy["verificationStatus"]["coding"][0]["code"] == "unconfirmed"
