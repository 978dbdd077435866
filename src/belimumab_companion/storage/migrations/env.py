"""Alembic environment: always runs on a connection the app hands in (never from an ini URL)."""

from __future__ import annotations

from alembic import context

from belimumab_companion.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through belimumab_companion.storage.database.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
