"""Pairwise (AHP) criterion weights: each participant's judgements of pairs of criteria, the
workshop's flag that its ballots ask for them, which weights are in force ("set" or "group")
and when group weights were adopted, and the hand-set weight a criterion keeps meanwhile.

Revision ID: 0008_pairwise
Revises: 0007_portfolio
"""

import importlib

import sqlalchemy as sa
from alembic import op

from pmo_tmo_desktop.store.migrations import triggers

revision = "0008_pairwise"
down_revision = "0007_portfolio"
branch_labels = None
depends_on = None

_baseline = importlib.import_module("pmo_tmo_desktop.store.migrations.versions.0001_baseline")


def _without_triggers() -> None:
    """Rebuilding the criterion table would break the rating triggers that name it."""
    triggers.rebuilding_rating_tables()


def _with_triggers() -> None:
    triggers.rebuilt_rating_tables(_baseline.TRIGGERS)


def upgrade() -> None:
    _without_triggers()
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(
            sa.Column("pairwise_weights", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("weights_in_force", sa.String(length=5), server_default="set", nullable=False)
        )
        batch_op.add_column(sa.Column("weights_adopted_at", sa.DateTime(), nullable=True))
        batch_op.create_check_constraint("weights_in_force", "weights_in_force IN ('set', 'group')")
    with op.batch_alter_table("criterion") as batch_op:
        batch_op.add_column(sa.Column("set_weight", sa.Float(), nullable=True))
        batch_op.create_check_constraint(
            "set_weight_positive", "set_weight IS NULL OR set_weight > 0"
        )
    _with_triggers()
    op.create_table(
        "pairwise_judgement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("criterion_a_id", sa.Integer(), nullable=False),
        sa.Column("criterion_b_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("entered_by", sa.String(length=12), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "criterion_a_id < criterion_b_id", name=op.f("ck_pairwise_judgement_pair_order")
        ),
        sa.CheckConstraint(
            "value > 0.11 AND value <= 9", name=op.f("ck_pairwise_judgement_saaty_scale")
        ),
        sa.CheckConstraint(
            "entered_by IN ('self', 'facilitator', 'ballot', 'room')",
            name=op.f("ck_pairwise_judgement_entered_by"),
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_pairwise_judgement_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_pairwise_judgement_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_a_id"],
            ["criterion.id"],
            name=op.f("fk_pairwise_judgement_criterion_a_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_b_id"],
            ["criterion.id"],
            name=op.f("fk_pairwise_judgement_criterion_b_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairwise_judgement")),
        sa.UniqueConstraint(
            "participant_id",
            "criterion_a_id",
            "criterion_b_id",
            name=op.f("uq_pairwise_judgement_participant_id_criterion_a_id_criterion_b_id"),
        ),
    )
    with op.batch_alter_table("pairwise_judgement") as batch_op:
        for column in ("workshop_id", "participant_id", "criterion_a_id", "criterion_b_id"):
            batch_op.create_index(f"ix_pairwise_judgement_{column}", [column], unique=False)


def downgrade() -> None:
    op.drop_table("pairwise_judgement")
    _without_triggers()
    with op.batch_alter_table("criterion") as batch_op:
        batch_op.drop_constraint(op.f("ck_criterion_set_weight_positive"), type_="check")
        batch_op.drop_column("set_weight")
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_constraint(op.f("ck_workshop_weights_in_force"), type_="check")
        batch_op.drop_column("weights_adopted_at")
        batch_op.drop_column("weights_in_force")
        batch_op.drop_column("pairwise_weights")
    _with_triggers()
