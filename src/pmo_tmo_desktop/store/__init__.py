"""The workspace file: schema, lifecycle, migrations, backups and queries (SQLAlchemy)."""
