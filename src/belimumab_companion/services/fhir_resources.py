"""The FHIR R4 resources of the health-record export (services/fhir_export.py): the patient, the
plan as MedicationRequests, each dose given, the diary as Observations, the mood questionnaires.
Pure mapping: no database, no clock."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from belimumab_companion.domain.dose_log import Site
from belimumab_companion.domain.phq import ITEMS, NOTICE, RECALL, RESPONSES, Questionnaire
from belimumab_companion.domain.regimens import Route
from belimumab_companion.domain.schedule import PlanSegment, wall_time
from belimumab_companion.services.csv_export import (
    LEVEL_WORDS,
    LoggedDose,
)
from belimumab_companion.services.diary_service import DiaryEntry
from belimumab_companion.services.mood_service import MoodCheckIn

if TYPE_CHECKING:
    pass


Resource = dict[str, Any]

MEDICATION_TEXT = "belimumab"
UCUM = "http://unitsofmeasure.org"
ROUTE_TEXT = {Route.IV: "intravenous infusion", Route.SUBQ: "subcutaneous injection"}
SITE_TEXT = {
    Site.ABDOMEN_LEFT: "abdomen, left side",
    Site.ABDOMEN_RIGHT: "abdomen, right side",
    Site.THIGH_LEFT: "thigh, left",
    Site.THIGH_RIGHT: "thigh, right",
}
QUESTIONNAIRES = {
    Questionnaire.PHQ2: ("PHQ-2", "Patient Health Questionnaire-2 (PHQ-2)", ITEMS[:2]),
    Questionnaire.PHQ9: ("PHQ-9", "Patient Health Questionnaire-9 (PHQ-9)", ITEMS),
}
TOTAL_LINK_ID = "total"


# --- ids and facts ----------------------------------------------------------------------------


class _Ids:
    def __init__(self, namespace: uuid.UUID) -> None:
        self._namespace = namespace

    def url(self, name: str) -> str:
        return f"urn:uuid:{uuid.uuid5(self._namespace, name)}"


def _bare(url: str) -> str:
    return url.removeprefix("urn:uuid:")


def _instant(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds")


def _mg(amount: float) -> dict[str, Any]:
    return {"value": amount, "unit": "mg", "system": UCUM, "code": "mg"}


def _reference(url: str) -> dict[str, str]:
    return {"reference": url}


def _words(value: float) -> str:
    return f"{value:g}"


# --- resources --------------------------------------------------------------------------------


def _patient(ids: _Ids, name: str | None, birth_date: date | None) -> Resource:
    resource: Resource = {"resourceType": "Patient", "id": _bare(ids.url("patient"))}
    if name:
        resource["name"] = [{"text": name}]
    if birth_date is not None:
        resource["birthDate"] = birth_date.isoformat()
    return resource


def _belimumab_anaphylaxis(url: str, patient: str) -> Resource:
    """R-35: the past anaphylaxis to belimumab the patient recorded; unconfirmed (their word)."""
    return {
        "resourceType": "AllergyIntolerance",
        "id": _bare(url),
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "code": "active",
                }
            ]
        },
        "verificationStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                    "code": "unconfirmed",
                }
            ]
        },
        "type": "allergy",
        "category": ["medication"],
        "criticality": "high",
        "code": {"text": MEDICATION_TEXT},
        "patient": _reference(patient),
        "asserter": _reference(patient),
        "reaction": [{"manifestation": [{"text": "anaphylaxis"}], "severity": "severe"}],
        "note": [{"text": "Recorded by the patient: do not give Benlysta (belimumab)."}],
    }


def _medication_request(
    url: str, segment: PlanSegment, patient: str, previous: str | None
) -> Resource:
    resource: Resource = {
        "resourceType": "MedicationRequest",
        "id": _bare(url),
        "status": "active" if segment.ends_before is None else "stopped",
        "intent": "order",
        "medicationCodeableConcept": {"text": MEDICATION_TEXT},
        "subject": _reference(patient),
        "dosageInstruction": _dosages(segment),
    }
    if segment.regimen.source:
        resource["note"] = [{"text": f"Regimen {segment.regimen.code}: {segment.regimen.source}"}]
    if previous is not None:
        resource["priorPrescription"] = _reference(previous)
    return resource


def _dosages(segment: PlanSegment) -> list[Resource]:
    """One Dosage per phase, in the order given (``sequence``), mirroring the schedule engine:
    occurrences on ``first_dose + initial offsets``, then every ``interval_days``."""
    regimen = segment.regimen
    zone = ZoneInfo(segment.zone)
    at = f"{segment.time_of_day:%H:%M} ({segment.zone})"
    route = {"text": ROUTE_TEXT[regimen.route]}
    interval = regimen.interval_days
    offsets = regimen.initial_offsets_days

    def moment(day: date) -> str:
        return wall_time(day, segment.time_of_day, zone).isoformat(timespec="seconds")

    bounds_end = None
    if segment.ends_before is not None:
        bounds_end = max(segment.ends_before - timedelta(days=1), segment.first_dose).isoformat()

    def repeat(start: date | None, count: int | None = None) -> dict[str, Any]:
        rule: dict[str, Any] = {
            "frequency": 1,
            "period": interval,
            "periodUnit": "d",
            "timeOfDay": [segment.time_of_day.strftime("%H:%M:%S")],
        }
        if count is not None:
            rule["count"] = count
        bounds = {}
        if start is not None:
            bounds["start"] = moment(start)
        if bounds_end is not None:
            bounds["end"] = bounds_end
        if bounds:
            rule["boundsPeriod"] = bounds
        return {"repeat": rule}

    amount = _segment_amount(segment)
    dosages: list[Resource] = []
    if len(offsets) > 1:  # IV: the loading days are dates, then every ``interval`` days
        days = [segment.first_dose + timedelta(days=offset) for offset in offsets]
        if segment.ends_before is not None:
            days = [day for day in days if day < segment.ends_before]
        dosages.append(
            {
                "sequence": 1,
                "text": f"{_amount_text(segment, amount)} on days "
                f"{', '.join(str(o) for o in offsets)} at {at}",
                "timing": {"event": [moment(day) for day in days]},
                "route": route,
            }
        )
        first_repeat = segment.first_dose + timedelta(days=offsets[-1] + interval)
        dosages.append(
            {
                "sequence": 2,
                "text": f"{_amount_text(segment, amount)} every {interval} days at {at}",
                "timing": repeat(first_repeat),
                "route": route,
            }
        )
    elif regimen.loading_doses - segment.loading_given_before > 0 and regimen.loading_amount_mg:
        loading = regimen.loading_doses - segment.loading_given_before
        dosages.append(
            {
                "sequence": 1,
                "text": f"{_words(regimen.loading_amount_mg)} mg "
                f"({regimen.injections_per_loading_dose} injections) every {interval} days "
                f"for {loading} doses given, at {at}",
                "timing": repeat(segment.first_dose, loading),
                "route": route,
                "doseAndRate": [{"doseQuantity": _mg(regimen.loading_amount_mg)}],
            }
        )
        dosages.append(
            {
                "sequence": 2,
                "text": f"{_amount_text(segment, amount)} every {interval} days at {at}, "
                "after the loading doses",
                "timing": repeat(None),
                "route": route,
            }
        )
    else:
        dosages.append(
            {
                "sequence": 1,
                "text": f"{_amount_text(segment, amount)} every {interval} days at {at}",
                "timing": repeat(segment.first_dose),
                "route": route,
            }
        )
    if amount is not None:
        for dosage in dosages:
            dosage.setdefault("doseAndRate", [{"doseQuantity": _mg(amount)}])
    return dosages


def _segment_amount(segment: PlanSegment) -> float | None:
    """The maintenance dose in mg; IV is 10 mg/kg of the weight (R-02), unknown without one."""
    regimen = segment.regimen
    if regimen.mg_per_kg is not None:
        if segment.weight_kg is None:
            return None
        return round(regimen.mg_per_kg * segment.weight_kg, 1)
    return regimen.maintenance_amount_mg


def _amount_text(segment: PlanSegment, amount: float | None) -> str:
    per_kg = segment.regimen.mg_per_kg
    if per_kg is not None:
        weight = f" ({_words(amount)} mg at {_words(segment.weight_kg or 0)} kg)" if amount else ""
        return f"{_words(per_kg)} mg/kg{weight}"
    return f"{_words(amount)} mg" if amount is not None else "as prescribed"


def _administration(url: str, logged: LoggedDose, patient: str, request: str | None) -> Resource:
    record, planned = logged.record, logged.planned
    notes = [f"Dose #{record.sequence} ({planned.phase.value}); given by: {record.given_by}"]
    if record.device:
        notes.append(f"Device: {record.device}")
    if record.not_fully_given:
        notes.append("Not fully given (one injection of a two-injection dose)")
    if record.notes:
        notes.append(record.notes)
    resource: Resource = {"resourceType": "MedicationAdministration", "id": _bare(url)}
    if record.lot_number:
        resource["contained"] = [
            {
                "resourceType": "Medication",
                "id": "lot",
                "code": {"text": MEDICATION_TEXT},
                "batch": {"lotNumber": record.lot_number},
            }
        ]
    if record.skipped_on_advice:
        resource["status"] = "not-done"
        resource["statusReason"] = [{"text": "skipped on the care team's advice"}]
    else:
        resource["status"] = "stopped" if record.not_fully_given else "completed"
    if record.lot_number:
        resource["medicationReference"] = {"reference": "#lot"}
    else:
        resource["medicationCodeableConcept"] = {"text": MEDICATION_TEXT}
    resource["subject"] = _reference(patient)
    # Skipped: when it was planned (the stored time is only when the skip was recorded).
    moment = planned.due if record.skipped_on_advice else record.given_at
    resource["effectiveDateTime"] = moment.astimezone(ZoneInfo(record.zone)).isoformat(
        timespec="seconds"
    )
    if request is not None:
        resource["request"] = _reference(request)
    sites = " and ".join(SITE_TEXT[site] for site in record.sites)
    if record.amount_mg is not None and not record.skipped_on_advice:
        dosage: Resource = {"route": {"text": ROUTE_TEXT[record.route]}}
        if sites:
            dosage["site"] = {"text": sites}
        dosage["dose"] = _mg(record.amount_mg)
        resource["dosage"] = dosage
    else:  # R4 mad-1: a dosage needs a dose (or a rate); none was given or none is known
        notes.append(f"Route: {ROUTE_TEXT[record.route]}" + (f"; site: {sites}" if sites else ""))
    resource["note"] = [{"text": text} for text in notes]
    return resource


def _observation(
    url: str,
    entry: DiaryEntry,
    patient: str,
    doses: dict[tuple[int, int], LoggedDose],
) -> Resource:
    zone = ZoneInfo(entry.zone)
    resource: Resource = {
        "resourceType": "Observation",
        "id": _bare(url),
        "status": "final",
        "code": {"text": entry.symptom},
        "subject": _reference(patient),
    }
    onset = entry.onset_at.astimezone(zone).isoformat(timespec="seconds")
    if entry.ended_at is None:
        resource["effectiveDateTime"] = onset
    else:
        end = entry.ended_at.astimezone(zone).isoformat(timespec="seconds")
        resource["effectivePeriod"] = {"start": onset, "end": end}
    resource["valueString"] = LEVEL_WORDS[entry.severity]
    resource["component"] = [
        {
            "code": {"text": "severity (0 none, 1 mild, 2 moderate, 3 severe, 4 very severe)"},
            "valueInteger": entry.severity,
        },
        {
            "code": {"text": "interference with daily activities (0 none .. 4 very severe)"},
            "valueInteger": entry.interference,
        },
        {"code": {"text": "red-flag triage"}, "valueString": entry.triage.value},
    ]
    notes = []
    if entry.segment_id is not None and entry.sequence is not None:
        logged = doses.get((entry.segment_id, entry.sequence))
        given = ""
        if logged is not None and not logged.record.skipped_on_advice:
            at = logged.record.given_at.astimezone(ZoneInfo(logged.record.zone))
            given = f" given {at.isoformat(timespec='minutes')}"
        notes.append(f"Began after dose #{entry.sequence}{given}")
    if entry.action.value != "nothing":
        notes.append(f"Action taken: {entry.action.value}")
    if entry.notes:
        notes.append(entry.notes)
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


def _questionnaire(url: str, kind: Questionnaire) -> Resource:
    name, title, items = QUESTIONNAIRES[kind]
    scale = ", ".join(f"{value} = {label}" for value, label in enumerate(RESPONSES))
    return {
        "resourceType": "Questionnaire",
        "id": _bare(url),
        "url": url,
        "name": name.replace("-", ""),
        "title": title,
        "status": "active",
        "description": f"{RECALL} Each item is scored {scale}.",
        "copyright": NOTICE,
        "item": [
            *(
                {"linkId": str(number), "text": text, "type": "integer", "required": True}
                for number, text in enumerate(items, start=1)
            ),
            {"linkId": TOTAL_LINK_ID, "text": "Total score", "type": "integer", "readOnly": True},
        ],
    }


def _response(
    url: str, check_in: MoodCheckIn, patient: str, questionnaire: str, zone: str
) -> Resource:
    _name, _title, items = QUESTIONNAIRES[check_in.kind]
    return {
        "resourceType": "QuestionnaireResponse",
        "id": _bare(url),
        "questionnaire": questionnaire,
        "status": "completed",
        "subject": _reference(patient),
        "authored": check_in.taken_at.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds"),
        "item": [
            *(
                {"linkId": str(number), "text": text, "answer": [{"valueInteger": answer}]}
                for number, (text, answer) in enumerate(
                    zip(items, check_in.answers, strict=True), 1
                )
            ),
            {
                "linkId": TOTAL_LINK_ID,
                "text": "Total score",
                "answer": [{"valueInteger": check_in.total}],
            },
        ],
    }
