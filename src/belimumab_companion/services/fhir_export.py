"""A FHIR R4 Bundle (JSON) of the treatment, for a care team's or a personal health record.

One ``collection`` Bundle with:

* ``Patient``: the birth date (profile, else the plan), and a name only when one was entered.
* ``MedicationRequest`` per plan segment (status ``active`` for the open one, ``stopped`` for the
  ones a change, a switch or a stop ended; ``priorPrescription`` points at the segment before).
  One ``Dosage`` per phase (``sequence`` 1 loading, 2 maintenance), with ``Timing`` built from
  the regimen's days (``event`` for the IV loading days, else ``repeat`` frequency 1 per
  ``interval`` days) and the dose in mg where it is known.
* ``MedicationAdministration`` per dose in the log: ``completed``; ``stopped`` when not fully
  given (one injection of a two-injection dose); ``not-done`` when skipped on the care team's
  advice. The lot number travels in a contained ``Medication`` (``batch.lotNumber``).
* ``Observation`` per diary entry, not ``AdverseEvent``: the diary is what the patient noticed,
  not an event anyone has judged to be harm caused by the drug (R4 AdverseEvent's meaning, and
  its ``suspectEntity`` would claim a suspicion); its five levels (none .. very severe) do not fit
  AdverseEvent's mild/moderate/severe either. Code text = the symptom; ``valueString`` = the
  severity in words; components give severity and interference 0..4 and the red-flag triage; the
  dose it followed is named in a note (Observation has no element for "after this dose").
* ``QuestionnaireResponse`` per mood check-in, answering a ``Questionnaire`` (PHQ-2 or PHQ-9,
  items verbatim from ``domain.phq``, with the form's notice) carried in the same Bundle: its
  ``url`` is the entry's ``urn:uuid``, so the canonical resolves without inventing a web address.

No terminology codes are invented: medication, routes, sites and symptoms are text (no RxNorm,
SNOMED or LOINC code is recorded in the project's sources); the only coded values are FHIR's own
required value sets and UCUM ``mg``.

Ids are uuid5 under a namespace kept in the settings (made once, random, so two people's exports
never share ids, and stored in the database, so it travels with backups): re-exporting gives the
same ``urn:uuid`` for the same thing. Every reference resolves inside the Bundle.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from belimumab_companion.domain.phq import Questionnaire
from belimumab_companion.services.csv_export import (
    LoggedDose,
    diary_entries,
    logged_doses,
)
from belimumab_companion.services.fhir_resources import (
    Resource,
    _administration,
    _bare,
    _belimumab_anaphylaxis,
    _Ids,
    _instant,
    _medication_request,
    _observation,
    _patient,
    _questionnaire,
    _response,
)
from belimumab_companion.services.settings_model import AppSettings
from belimumab_companion.storage.models import PatientProfile, PlanSegmentRow
from belimumab_companion.system.atomic_write import write_atomically

if TYPE_CHECKING:
    from belimumab_companion.services.app_services import AppServices


def fhir_bundle(services: AppServices, now: datetime) -> dict[str, Any]:
    """The Bundle as JSON-ready dicts. ``now`` is the Bundle's timestamp and the schedule's now."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    ids = _Ids(_namespace(services))
    segments = services.plans.segments()
    home = segments[-1].zone if segments else "UTC"
    patient = ids.url("patient")
    entries: list[tuple[str, Resource]] = [(patient, _patient(ids, *_patient_facts(services)))]
    if services.settings.belimumab_anaphylaxis():
        url = ids.url("allergy/belimumab")
        entries.append((url, _belimumab_anaphylaxis(url, patient)))
    request_of: dict[int, str] = {}
    previous: str | None = None
    for segment in segments:
        url = ids.url(f"segment/{segment.id}")
        entries.append((url, _medication_request(url, segment, patient, previous)))
        request_of[segment.id] = previous = url
    doses: dict[tuple[int, int], LoggedDose] = {}
    for logged in logged_doses(services.plans, now):
        key = (logged.record.segment_id, logged.record.sequence)
        url = ids.url(f"administration/{key[0]}/{key[1]}")
        entries.append((url, _administration(url, logged, patient, request_of.get(key[0]))))
        doses[key] = logged
    for entry in diary_entries(services.diary):
        url = ids.url(f"diary/{entry.id}")
        entries.append((url, _observation(url, entry, patient, doses)))
    check_ins = services.mood.history()
    questionnaire_of: dict[Questionnaire, str] = {}
    for kind in sorted({check_in.kind for check_in in check_ins}, key=lambda k: k.value):
        url = ids.url(f"questionnaire/{kind.value}")
        entries.append((url, _questionnaire(url, kind)))
        questionnaire_of[kind] = url
    seen: dict[str, int] = {}
    for check_in in check_ins:
        moment = check_in.taken_at.astimezone(ZoneInfo("UTC")).isoformat()
        name = f"mood/{check_in.kind.value}/{moment}"
        seen[name] = seen.get(name, 0) + 1  # two check-ins in one instant stay distinct
        url = ids.url(f"{name}/{seen[name]}")
        entries.append(
            (url, _response(url, check_in, patient, questionnaire_of[check_in.kind], home))
        )
    return {
        "resourceType": "Bundle",
        "id": _bare(ids.url(f"bundle/{_instant(now, home)}")),
        "type": "collection",
        "timestamp": _instant(now, home),
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }


def export_fhir(path: Path, services: AppServices, now: datetime) -> int:
    """Write the Bundle to ``path`` atomically (UTF-8 JSON, 0600); returns the entry count."""
    bundle = fhir_bundle(services, now)
    text = json.dumps(bundle, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return len(bundle["entry"])


def _namespace(services: AppServices) -> uuid.UUID:
    stored = services.settings.load().fhir_namespace
    if stored:
        return uuid.UUID(stored)  # the model checked it
    made = str(uuid.uuid4())

    def keep(settings: AppSettings) -> AppSettings:  # one made meanwhile stays
        return settings if settings.fhir_namespace else replace(settings, fhir_namespace=made)

    return uuid.UUID(services.settings.update(keep).fhir_namespace)


def _patient_facts(services: AppServices) -> tuple[str | None, date | None]:
    """(name, birth date): the profile's where entered, else the newest plan's birth date.
    No service exposes these yet, so they are read here, in one short session."""
    with services.database.sessions.read() as session:
        profile = session.get(PatientProfile, 1)
        plan_birth = session.scalar(
            select(PlanSegmentRow.birth_date).order_by(PlanSegmentRow.id.desc()).limit(1)
        )
    name = profile.display_name.strip() if profile and profile.display_name else ""
    birth = profile.birth_date if profile and profile.birth_date else plan_birth
    return (name or None), birth
