"""What the user did about a symptom in the diary (stored with the entry)."""

from __future__ import annotations

import enum


class Action(enum.Enum):
    NOTHING = "nothing"
    CALLED_CARE_TEAM = "called-care-team"
    URGENT_CARE = "urgent-care"
    EMERGENCY_DEPARTMENT = "emergency-department"
