"""Alembic environment: always runs on a connection the app hands in (never from an ini URL)."""

from __future__ import annotations

from alembic import context

from belimumab_companion.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through belimumab_companion.storage.database.")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """The FTS5 index and its shadow tables are made by raw SQL in a migration, not by models."""
    return not (type_ == "table" and name is not None and name.startswith("diary_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
