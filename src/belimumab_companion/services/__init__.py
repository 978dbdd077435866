"""Use cases: one short session per user action. No Qt here."""
