"""Alembic environment: always driven from code with a live connection (see store/migrate.py)."""

from alembic import context

from pmo_tmo_desktop.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
