"""Emergency and crisis numbers by country (R-29, R-31), from help-numbers.md (issue 17, part 5).

Each number carries the table's confidence: **V** (verified: at least two sources, one official)
is used as the default; **P** (partly verified) is shown only after the user confirms it ("is this
right for you?"); **U** (unconfirmed) is never shown: the user enters their own. Where no crisis
line is known, the crisis screen shows the emergency number and asks the user to add a local line.
The user's own entries always win. Every number must be rechecked live before a release
(clinical-rules.md, open items 8 and 10).

Also here: the country from a locale name ("es_ES.UTF-8" -> "ES") and from a time zone
(``zone.tab`` text -> "Europe/Madrid" -> "ES"); reading the system is the services' job.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Confidence(enum.Enum):
    VERIFIED = "V"
    PARTLY = "P"
    UNVERIFIED = "U"


V, P, U = Confidence.VERIFIED, Confidence.PARTLY, Confidence.UNVERIFIED


@dataclass(frozen=True)
class Listed:
    """One row of help-numbers.md: the numbers as the screens write them, with confidences."""

    emergency: str | None
    emergency_confidence: Confidence
    crisis: str | None
    crisis_confidence: Confidence
    crisis_by_text: bool = False  # the crisis number takes text messages too


# help-numbers.md, one entry per row (the crisis line the table marks V where it lists several).
TABLE: dict[str, Listed] = {
    "US": Listed("911", V, "988", V, crisis_by_text=True),
    "CA": Listed("911", V, "988", V, crisis_by_text=True),
    "MX": Listed("911", V, "800 911 2000", P),
    "ES": Listed("112", V, "024", V),
    "GB": Listed("999", V, "116 123", V),
    "IE": Listed("112", V, "116 123", V),
    "AR": Listed("911", P, "0800 999 0091", P),
    "CO": Listed("123", V, None, U),  # no national 24/7 line confirmed (Bogotá's 106 is regional)
    "CL": Listed("131", P, "*4141", V),
    "PE": Listed("106", P, "113 (option 5)", V),
    "DE": Listed("112", V, "0800 111 0 111", V),
    "FR": Listed("112", V, "3114", V),  # 15 (SAMU) also; 112 works everywhere in the EU (V)
    "IT": Listed("112", V, None, U),  # no public 24/7 national line (Telefono Amico 10:00-24:00)
    "PT": Listed("112", V, "808 24 24 24 (option 4)", V),  # SNS 24; 1411 is P
    "NL": Listed("112", V, "113", V),
    "AU": Listed("000", V, "13 11 14", V),
    "NZ": Listed("111", V, "1737", V, crisis_by_text=True),
    "IN": Listed("112", P, "14416", V),
}
# "112 works, free, from landlines and mobiles in every EU member state" (V); no crisis line known.
EU_MEMBERS = frozenset(
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    }
)  # fmt: skip


def listed(country: str) -> Listed | None:
    code = country.strip().upper()
    if code in TABLE:
        return TABLE[code]
    if code in EU_MEMBERS:
        return Listed("112", V, None, U)
    return None


# Every ISO 3166-1 alpha-2 country code (tzdata's iso3166.tab, 249 codes): a code outside it
# ("ZZ", a typo) is refused, never stored as a country without numbers.
_ISO_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
    GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
    MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
    ZW
"""
ISO_COUNTRIES = frozenset(_ISO_CODES.split())


def is_country(code: str) -> bool:
    return code.strip().upper() in ISO_COUNTRIES


def known_countries() -> tuple[str, ...]:
    """Every country with at least one number in the table, sorted by code."""
    return tuple(sorted(set(TABLE) | EU_MEMBERS))


@dataclass(frozen=True)
class HelpNumbers:
    emergency: str | None  # None: "your local emergency number", and ask the user to enter it
    crisis: str | None  # None: show the emergency number and ask the user to add a local line
    crisis_by_text: bool = False
    source: str = ""  # "help-numbers.md" when a number comes from the table
    country: str = ""
    # P numbers the table has for this country that wait for the user's confirmation:
    # "emergency", "crisis"; shown in Settings ("is this right for you?"), never on the screens.
    to_confirm: tuple[str, ...] = ()


def help_numbers(
    country: str,
    emergency_entered: str | None = None,
    crisis_entered: str | None = None,
    confirmed: bool = False,
) -> HelpNumbers:
    """What the emergency and crisis screens show: the user's own entries win, then the table's
    V numbers, then its P numbers once the user has confirmed them (``confirmed``); U never."""
    row = listed(country)
    own_emergency = (emergency_entered or "").strip()
    own_crisis = (crisis_entered or "").strip()
    to_confirm: list[str] = []

    def usable(number: str | None, confidence: Confidence, which: str) -> str | None:
        if number is None or confidence is U:
            return None
        if confidence is P and not confirmed:
            to_confirm.append(which)
            return None
        return number

    emergency = crisis = None
    if row is not None:
        emergency = usable(row.emergency, row.emergency_confidence, "emergency")
        crisis = usable(row.crisis, row.crisis_confidence, "crisis")
    from_table = bool((emergency and not own_emergency) or (crisis and not own_crisis))
    return HelpNumbers(
        emergency=own_emergency or emergency,
        crisis=own_crisis or crisis,
        crisis_by_text=bool(row and row.crisis_by_text and crisis and not own_crisis),
        source="help-numbers.md" if from_table else "",
        country=country.strip().upper(),
        to_confirm=tuple(
            which
            for which in to_confirm
            if not (own_emergency if which == "emergency" else own_crisis)
        ),
    )


def suggested(country: str) -> HelpNumbers:
    """The table's numbers for ``country`` as if every P number were confirmed (for Settings'
    "is this right for you?"); U numbers are still never suggested."""
    return help_numbers(country, confirmed=True)


# --- the country from the system ----------------------------------------------------------------
_LOCALE = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:[.@].*)?$")


def country_from_locale(name: str | None) -> str | None:
    """The territory of a locale name: "es_ES.UTF-8" -> "ES", "en-GB" -> "GB"; "C", "POSIX",
    "C.UTF-8" or a language alone ("es") -> None."""
    match = _LOCALE.match((name or "").strip())
    return match.group(1).upper() if match else None


def country_from_zone(zone: str, zone_tab: str) -> str | None:
    """The country of an IANA zone by ``zone.tab`` (lines: code, coordinates, zone, comment).
    ``zone1970.tab`` lines list several codes ("ES,AD"): the first is taken."""
    for line in zone_tab.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 3 and fields[2] == zone:
            return fields[0].split(",")[0].upper()
    return None
