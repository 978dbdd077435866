"""The user's preferences as one typed, versioned model (issue 21 item 4).

:class:`AppSettings` is a frozen dataclass: every preference has its type, its default and its
checks here, and the model is read and written as a whole (``SettingsService.load`` /
``update``), stored as one JSON document in the ``setting`` table (row ``app``). The document
carries a ``version``; older documents are brought up to :data:`SETTINGS_VERSION` on load by the
steps in :data:`UPGRADES`, one version at a time, the way Picard upgrades its configuration.
Version 1 is what migration 0012 made of the string keys the app kept before (one row per
preference); step 1 → 2 turns those keys into this model. A new preference with a default needs
no step (a missing field takes its default); renaming, moving or re-typing one does: add the
step for the next version and raise :data:`SETTINGS_VERSION`.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from belimumab_companion.domain.reminders import ReminderSettings
from belimumab_companion.services.supplies_types import RefillSettings
from belimumab_companion.storage.errors import StoredValueError
from belimumab_companion.storage.typed_json import from_json, to_json

__all__ = [
    "SETTINGS_VERSION",
    "UPGRADES",
    "AppSettings",
    "GuideFor",
    "GuideSettings",
    "HandlingSettings",
    "HelpSettings",
    "settings_from_document",
    "settings_to_document",
]

SETTINGS_VERSION = 2
MOOD_EVERY_DAYS_DEFAULT = 7
MOOD_EVERY_DAYS_RANGE = range(1, 91)
OWN_NUMBER_MAX = 20  # the user's own emergency or crisis number
CHILD_NAME_MAX = 120


def _plain(text: str, max_chars: int, what: str) -> None:
    if len(text) > max_chars or any(ord(c) < 32 or 127 <= ord(c) < 160 for c in text):
        raise ValueError(f"{what}: not one line of at most {max_chars} characters")


def _aware(moment: datetime | None, what: str) -> None:
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError(f"{what}: an aware date and time is needed")


def _country(code: str, what: str) -> None:
    if code and not (code.isascii() and code.isalpha() and code.isupper() and len(code) <= 5):
        raise ValueError(f"{what}: not a country code: {code!r}")  # "MX", "OTHER"


@dataclass(frozen=True)
class HelpSettings:
    """The emergency and crisis screens (R-31, issue 17)."""

    country: str = ""  # chosen by the user; "": not chosen (the system's guess is used)
    country_confirmed: bool = False  # the user said where they are
    numbers_confirmed: str = ""  # the country whose partly verified numbers the user confirmed
    emergency: str = ""  # the user's own numbers ("": none)
    crisis: str = ""

    def __post_init__(self) -> None:
        _country(self.country, "country")
        _country(self.numbers_confirmed, "numbers confirmed for")
        _plain(self.emergency, OWN_NUMBER_MAX, "emergency number")
        _plain(self.crisis, OWN_NUMBER_MAX, "crisis number")


class GuideFor(enum.Enum):
    SELF = "self"
    CHILD = "child"


@dataclass(frozen=True)
class GuideSettings:
    """The first-start guide (issue 20)."""

    steps_done: tuple[str, ...] | None = None  # in order; None: never started
    for_whom: GuideFor | None = None
    child_name: str = ""

    def __post_init__(self) -> None:
        _plain(self.child_name, CHILD_NAME_MAX, "child's name")


@dataclass(frozen=True)
class HandlingSettings:
    """The pen or syringe out of the fridge (R-25, R-26)."""

    taken_out_at: datetime | None = None
    warmest_c: float | None = None  # the warmest temperature recorded; None: not measured

    def __post_init__(self) -> None:
        _aware(self.taken_out_at, "taken out at")
        if self.warmest_c is not None and not -50.0 <= self.warmest_c <= 100.0:
            raise ValueError(f"not a room temperature: {self.warmest_c}")


@dataclass(frozen=True)
class AppSettings:
    """Every preference the app keeps in the data file (so that backups carry them)."""

    help: HelpSettings = field(default_factory=HelpSettings)
    # a past anaphylaxis to belimumab recorded by the user (Today shows the banner).
    belimumab_anaphylaxis: bool = False
    guide: GuideSettings = field(default_factory=GuideSettings)
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    refills: RefillSettings = field(default_factory=RefillSettings)  # issue 22
    handling: HandlingSettings = field(default_factory=HandlingSettings)
    contraception_enabled: bool | None = None  # None: not asked yet
    mood_every_days: int = MOOD_EVERY_DAYS_DEFAULT  # the mood check-in rhythm
    red_flag_dismissed_at: datetime | None = None  # Today's red-flag banner (issue 17)
    fhir_namespace: str = ""  # the UUID the FHIR export's ids derive from; "": none made yet

    def __post_init__(self) -> None:
        if self.mood_every_days not in MOOD_EVERY_DAYS_RANGE:
            raise ValueError(f"a check-in rhythm is 1 to 90 days, not {self.mood_every_days}")
        _aware(self.red_flag_dismissed_at, "red-flag banner dismissed at")
        if self.fhir_namespace:
            uuid.UUID(self.fhir_namespace)  # ValueError when it is not one


# --- upgrades ---------------------------------------------------------------------------------

Document = dict[str, Any]


def _from_string_keys(document: Document) -> Document:
    """1 → 2: the preferences kept one per string key (``help.country``, ``reminders``…, as
    migration 0012 gathered them under ``keys``) become the model's fields. A key the app no
    longer reads is left out; a value is carried as it was (the model then checks it), None
    meaning "not set"."""
    keys: dict[str, Any] = document.get("keys") or {}
    if not isinstance(keys, dict):
        raise StoredValueError(repr(keys)[:40], "settings.keys")

    def put(target: Document, name: str, key: str, unset: Any = None) -> None:
        if key in keys:
            value = keys[key]
            if value is not None:
                target[name] = value
            elif unset is not None:
                target[name] = unset

    upgraded: Document = {"version": 2}
    help_: Document = {}
    put(help_, "country", "help.country")
    put(help_, "country_confirmed", "help.country_confirmed")
    put(help_, "numbers_confirmed", "help.numbers_confirmed")
    put(help_, "emergency", "help.emergency")
    put(help_, "crisis", "help.crisis")
    upgraded["help"] = help_
    put(upgraded, "belimumab_anaphylaxis", "health.belimumab_anaphylaxis")
    guide: Document = {}
    put(guide, "steps_done", "guide.steps_done")
    put(guide, "for_whom", "guide.for")
    put(guide, "child_name", "guide.child_name")
    upgraded["guide"] = guide
    put(upgraded, "reminders", "reminders")  # the same names, times as "HH:MM"
    supplies = keys.get("supplies")
    if isinstance(supplies, dict):
        refills: Document = {}
        for old, new in (
            ("refill_lead_days", "lead_days"),
            ("refills_left", "refills_left"),
            ("pharmacy_phone", "pharmacy_phone"),
        ):
            if old in supplies:
                refills[new] = supplies[old]
        upgraded["refills"] = refills
    elif supplies is not None:
        upgraded["refills"] = supplies  # not an object: the model reports it
    handling: Document = {}
    put(handling, "taken_out_at", "handling.taken_out_at")
    put(handling, "warmest_c", "handling.warmest_c")
    upgraded["handling"] = handling
    put(upgraded, "contraception_enabled", "contraception.enabled")
    put(upgraded, "mood_every_days", "mood.every_days")
    put(upgraded, "red_flag_dismissed_at", "today.red_flag_banner_dismissed_at")
    put(upgraded, "fhir_namespace", "export.fhir_namespace")
    return upgraded


# UPGRADES[n] turns a version-n document into a version-(n + 1) one.
UPGRADES: dict[int, Callable[[Document], Document]] = {1: _from_string_keys}


def upgrade_document(document: Document) -> Document:
    """``document`` brought to :data:`SETTINGS_VERSION`, one step at a time."""
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoredValueError(repr(version), "settings.version")
    if version > SETTINGS_VERSION:  # written by a newer app (its schema would be refused first)
        raise StoredValueError(repr(version), f"settings.version {SETTINGS_VERSION} at most")
    while version < SETTINGS_VERSION:
        document = UPGRADES[version](document)
        version += 1
        document["version"] = version
    return document


def settings_from_document(document: Any) -> AppSettings:
    """The stored document (any version we know; None: nothing stored yet) as the model.
    Raises StoredValueError for a document or a value the app did not write."""
    if document is None:
        return AppSettings()
    if not isinstance(document, dict):
        raise StoredValueError(repr(document)[:40], "settings as an object")
    current = upgrade_document(dict(document))
    current.pop("version")
    return from_json(AppSettings, current, "settings")


def settings_to_document(value: AppSettings) -> Document:
    document: Document = {"version": SETTINGS_VERSION}
    document.update(to_json(value))
    return document
