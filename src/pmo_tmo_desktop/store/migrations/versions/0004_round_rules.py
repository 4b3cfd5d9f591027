"""The workshop's own dissent threshold, "can't judge" as a rating without a value, and
ratings entered from the room (participants' own devices).

A ballot is complete when every cell holds a rating or an explicit "can't judge"; that answer
is stored as a rating row whose value is NULL. Rebuilding the rating table drops its
triggers, so they are created again from the baseline's text.

Revision ID: 0004_round_rules
Revises: 0003_amendments
"""

import importlib

import sqlalchemy as sa
from alembic import op

from pmo_tmo_desktop.store.migrations import triggers

revision = "0004_round_rules"
down_revision = "0003_amendments"
branch_labels = None
depends_on = None

_baseline = importlib.import_module("pmo_tmo_desktop.store.migrations.versions.0001_baseline")


def _rebuild_rating(nullable: bool, sources: tuple[str, ...]) -> None:
    triggers.rebuilding_rating_tables()  # the scale rule names rating too: the rename would fail
    listed = ", ".join(f"'{s}'" for s in sources)
    # SQLite rebuilds the table; PostgreSQL alters it in place.
    with op.batch_alter_table(
        "rating", recreate="always" if triggers.on_sqlite() else "auto"
    ) as batch_op:
        batch_op.alter_column("value", existing_type=sa.Float(), nullable=nullable)
        batch_op.drop_constraint(op.f("ck_rating_entered_by"), type_="check")
        batch_op.create_check_constraint("entered_by", f"entered_by IN ({listed})")
    triggers.rebuilt_rating_tables(_baseline.TRIGGERS)


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(
            sa.Column("dissent_threshold", sa.Float(), nullable=False, server_default="0.3")
        )
        batch_op.create_check_constraint(
            "dissent_threshold", "dissent_threshold > 0 AND dissent_threshold <= 1"
        )
    _rebuild_rating(nullable=True, sources=("self", "facilitator", "ballot", "room"))


def downgrade() -> None:
    op.execute("DELETE FROM rating WHERE value IS NULL")
    op.execute("UPDATE rating SET entered_by = 'self' WHERE entered_by = 'room'")
    _rebuild_rating(nullable=False, sources=("self", "facilitator", "ballot"))
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_constraint(op.f("ck_workshop_dissent_threshold"), type_="check")
        batch_op.drop_column("dissent_threshold")
