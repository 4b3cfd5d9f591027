"""The rules a funding decision is taken under: per proposal its use of a second resource, its
funding rule (auto, must, must not) with a reason, the group of alternatives it belongs to and
the proposals it requires; per workshop the second resource's name and limit, and its groups
with how many of their members may be funded.

Rebuilding the proposal table would trip the rating triggers (they name proposal), so they are
dropped first and made again from the baseline's text.

Revision ID: 0007_portfolio
Revises: 0006_workshop_start
"""

import importlib

import sqlalchemy as sa
from alembic import op

from pmo_tmo_desktop.store.migrations import triggers

revision = "0007_portfolio"
down_revision = "0006_workshop_start"
branch_labels = None
depends_on = None

_baseline = importlib.import_module("pmo_tmo_desktop.store.migrations.versions.0001_baseline")

SAME_WORKSHOP = """
CREATE TRIGGER proposal_requirement_same_workshop BEFORE INSERT ON proposal_requirement
BEGIN
    SELECT RAISE(ABORT, 'a proposal can only require a proposal of its own workshop')
    WHERE (SELECT workshop_id FROM proposal WHERE id = NEW.proposal_id)
          IS NOT (SELECT workshop_id FROM proposal WHERE id = NEW.required_id);
END
"""


def _without_rating_triggers() -> None:
    triggers.rebuilding_rating_tables()


def _with_rating_triggers() -> None:
    triggers.rebuilt_rating_tables(_baseline.TRIGGERS)


def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(
            sa.Column("resource_name", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("resource_limit", sa.Float(), nullable=True))
        batch_op.create_check_constraint(
            "resource_limit", "resource_limit IS NULL OR resource_limit >= 0"
        )
    _without_rating_triggers()
    with op.batch_alter_table("proposal") as batch_op:
        batch_op.add_column(sa.Column("resource_use", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("funding", sa.String(length=10), server_default="auto", nullable=False)
        )
        batch_op.add_column(sa.Column("reason", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("group_name", sa.String(length=200), nullable=True))
        batch_op.create_check_constraint(
            "resource_use", "resource_use IS NULL OR resource_use >= 0"
        )
        batch_op.create_check_constraint("funding", "funding IN ('auto', 'must', 'must_not')")
    _with_rating_triggers()
    op.create_table(
        "proposal_requirement",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("required_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "proposal_id <> required_id", name=op.f("ck_proposal_requirement_not_itself")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_requirement_proposal_id_proposal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["required_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_requirement_required_id_proposal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("proposal_id", "required_id", name=op.f("pk_proposal_requirement")),
    )
    with op.batch_alter_table("proposal_requirement") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_requirement_required_id"), ["required_id"], unique=False
        )
    triggers.create_same_workshop(SAME_WORKSHOP)
    op.create_table(
        "proposal_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("at_most", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("at_most >= 1", name=op.f("ck_proposal_group_at_most")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_proposal_group_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_proposal_group_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_group")),
        sa.UniqueConstraint("workshop_id", "name", name=op.f("uq_proposal_group_workshop_id_name")),
    )
    with op.batch_alter_table("proposal_group") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_group_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("proposal_group") as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_group_workshop_id"))
    op.drop_table("proposal_group")
    triggers.drop_same_workshop()
    with op.batch_alter_table("proposal_requirement") as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_requirement_required_id"))
    op.drop_table("proposal_requirement")
    _without_rating_triggers()
    with op.batch_alter_table("proposal") as batch_op:
        batch_op.drop_constraint(op.f("ck_proposal_funding"), type_="check")
        batch_op.drop_constraint(op.f("ck_proposal_resource_use"), type_="check")
        batch_op.drop_column("group_name")
        batch_op.drop_column("reason")
        batch_op.drop_column("funding")
        batch_op.drop_column("resource_use")
    _with_rating_triggers()
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_constraint(op.f("ck_workshop_resource_limit"), type_="check")
        batch_op.drop_column("resource_limit")
        batch_op.drop_column("resource_name")
