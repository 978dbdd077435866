"""Pure domain: no Qt, no SQLAlchemy, never reads the clock (``now`` is passed in)."""
