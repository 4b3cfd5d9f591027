"""Row versions: every row of the user's data carries a version (1 when made, one more at
every change) and who changed it last, when. Team libraries have many editors; an edit made
against a stale version is refused instead of silently overwriting another's.

The columns are added with a plain ALTER TABLE on both engines: SQLite adds a column in place
(no table rebuild), so the rating and same-workshop triggers stay as they are; dropping them
(SQLite 3.35 and later) is in place too.

Revision ID: 0011_row_versions
Revises: 0010_checkout
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_row_versions"
down_revision = "0010_checkout"
branch_labels = None
depends_on = None

TABLES = (
    "workspace",
    "office",
    "role",
    "phase",
    "activity",
    "deliverable",
    "control_point",
    "approver",
    "assignment",
    "workshop",
    "agenda_item",
    "participant",
    "criterion",
    "proposal",
    "proposal_requirement",
    "proposal_group",
    "round",
    "rating",
    "decision",
    "action_item",
    "amendment",
    "pairwise_judgement",
    "room",
    "room_pass",
    "room_device",
)
"""Every table but `analysis` (derived data, never edited)."""


def upgrade() -> None:
    for name in TABLES:
        op.add_column(name, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(name, sa.Column("changed_by", sa.Text(), nullable=True))
        op.add_column(name, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for name in reversed(TABLES):
        for column in ("changed_at", "changed_by", "version"):
            op.drop_column(name, column)
