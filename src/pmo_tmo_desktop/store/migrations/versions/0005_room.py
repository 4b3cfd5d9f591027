"""The room: participants rate from their own devices over the facilitator's network.

A workshop's room (its code, whether personal codes are needed to claim a name, whether
participants may see revealed results), each participant's personal code, and the devices
that claimed a name (only the sha256 of a device's token is kept).

Revision ID: 0005_room
Revises: 0004_round_rules
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_room"
down_revision = "0004_round_rules"
branch_labels = None
depends_on = None

_ADMITTED = sa.text("state = 'admitted'")


def upgrade() -> None:
    op.create_table(
        "room",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("codes_required", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("show_results", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_room_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", name=op.f("pk_room")),
        sa.UniqueConstraint("code", name=op.f("uq_room_code")),
    )
    op.create_table(
        "room_pass",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_room_pass_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_room_pass")),
        sa.UniqueConstraint("code", name=op.f("uq_room_pass_code")),
    )
    op.create_table(
        "room_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), server_default="", nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("seen", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "state IN ('waiting', 'admitted', 'revoked')", name=op.f("ck_room_device_state")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_room_device_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_room_device_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_device")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_room_device_token_hash")),
    )
    with op.batch_alter_table("room_device", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_room_device_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_room_device_workshop_id"), ["workshop_id"], unique=False
        )
        batch_op.create_index(
            "ux_room_device_one_admitted",
            ["participant_id"],
            unique=True,
            sqlite_where=_ADMITTED,
            postgresql_where=_ADMITTED,
        )


def downgrade() -> None:
    with op.batch_alter_table("room_device", schema=None) as batch_op:
        batch_op.drop_index("ux_room_device_one_admitted")
        batch_op.drop_index(batch_op.f("ix_room_device_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_room_device_participant_id"))
    op.drop_table("room_device")
    op.drop_table("room_pass")
    op.drop_table("room")
