"""Workshops checked out for a session offline: the mark a library keeps while a workshop is
out (who, since when, the token the file must bring back), the same table in the file saying
which library the workshop came from, and the library's own identity.

Revision ID: 0010_checkout
Revises: 0009_analyses
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_checkout"
down_revision = "0009_analyses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkout",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.Text(), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("library", sa.Text(), nullable=True),
        sa.Column("library_id", sa.Text(), nullable=True),
        sa.Column("checked_in", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_checkout_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", name=op.f("pk_checkout")),
    )
    op.create_table(
        "library_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_library_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_identity")),
    )


def downgrade() -> None:
    op.drop_table("library_identity")
    op.drop_table("checkout")
