"""The time a workshop starts, so its agenda reads as clock times (09:00, 09:20, …).

Revision ID: 0006_workshop_start
Revises: 0005_room
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_workshop_start"
down_revision = "0005_room"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(sa.Column("start_time", sa.Time(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_column("start_time")
