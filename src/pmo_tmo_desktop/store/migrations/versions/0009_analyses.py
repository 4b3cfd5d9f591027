"""A round's portfolio analyses, kept in the workspace so that outputs after the first (in any
process) reuse them: one row per question, keyed by a digest of everything it depends on.

Revision ID: 0009_analyses
Revises: 0008_pairwise
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_analyses"
down_revision = "0008_pairwise"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analysis",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_analysis_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_analysis")),
    )
    op.create_index("ix_analysis_workshop_id", "analysis", ["workshop_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_analysis_workshop_id", table_name="analysis")
    op.drop_table("analysis")
