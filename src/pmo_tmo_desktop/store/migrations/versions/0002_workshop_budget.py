"""The budget a workshop's proposals compete for (for the budget fit).

Revision ID: 0002_workshop_budget
Revises: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_workshop_budget"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(sa.Column("budget", sa.Float(), nullable=True))
        batch_op.create_check_constraint("budget", "budget IS NULL OR budget >= 0")


def downgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_constraint(op.f("ck_workshop_budget"), type_="check")
        batch_op.drop_column("budget")
