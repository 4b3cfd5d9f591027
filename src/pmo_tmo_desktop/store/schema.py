"""The schema of a workspace file, as SQLAlchemy Core tables.

Names users expect to be unique are unique in the schema; letter sets, kinds and scales are
checked by the database itself, so no code path can write a value the model forbids.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _name(table: str) -> CheckConstraint:
    return CheckConstraint("length(trim(name)) > 0", name="name_not_blank")


def _in(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name)


def _position() -> Column[int]:
    return Column("position", Integer, nullable=False, default=0)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, default="")


workspace = Table(
    "workspace",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    _text("organisation"),
    Column("raci_variant", String(10), nullable=False, default="RACI"),
    Column("created", DateTime, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
    _in("raci_variant", ("RACI", "RASCI", "RACI-VS"), "variant"),
)

office = Table(
    "office",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("colour", String(9), nullable=False, default="#808080"),
    _text("description"),
    _position(),
    _name("office"),
)

role = Table(
    "role",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("office_id", ForeignKey("office.id", ondelete="RESTRICT"), nullable=False, index=True),
    _text("description"),
    _position(),
    _name("role"),
)

phase = Table(
    "phase",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    _text("description"),
    _position(),
    _name("phase"),
)

activity = Table(
    "activity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("phase_id", ForeignKey("phase.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(300), nullable=False),
    _text("description"),
    Column("kind", String(20), nullable=False, default="management"),
    Column("office_id", ForeignKey("office.id", ondelete="SET NULL"), nullable=True, index=True),
    _position(),
    UniqueConstraint("phase_id", "name"),
    _name("activity"),
    _in("kind", ("management", "technical", "governance"), "kind"),
)

deliverable = Table(
    "deliverable",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "activity_id", ForeignKey("activity.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("name", String(300), nullable=False),
    Column("kind", String(20), nullable=False, default="management"),
    _text("description"),
    _position(),
    UniqueConstraint("activity_id", "name"),
    _name("deliverable"),
    _in("kind", ("management", "technical"), "kind"),
)

control_point = Table(
    "control_point",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("kind", String(20), nullable=False, default="gate"),
    Column("phase_id", ForeignKey("phase.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), nullable=True, index=True),
    _text("criteria"),
    _position(),
    _name("control_point"),
    _in("kind", ("gate", "review", "sign-off"), "kind"),
    CheckConstraint("(phase_id IS NULL) <> (activity_id IS NULL)", name="at_phase_or_activity"),
)

approver = Table(
    "approver",
    metadata,
    Column(
        "control_point_id",
        ForeignKey("control_point.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True, index=True),
)

assignment = Table(
    "assignment",
    metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("letters", String(6), nullable=False),
    CheckConstraint("length(letters) > 0 AND letters NOT GLOB '*[^RASCIV]*'", name="letters"),
)

workshop = Table(
    "workshop",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False, unique=True),
    Column("date", Date, nullable=True),
    _text("place"),
    _text("facilitator"),
    Column("status", String(10), nullable=False, default="planned"),
    Column("anonymity", String(20), nullable=False, default="office-tagged"),
    _text("notes"),
    Column("budget", Float, nullable=True),
    Column("dissent_threshold", Float, nullable=False, default=0.3, server_default="0.3"),
    Column("start_time", Time, nullable=True),
    Column("resource_name", Text, nullable=False, default="", server_default=""),
    Column("resource_limit", Float, nullable=True),
    # Pairwise (AHP) criterion weights: asked on the ballots, and which weights are in force.
    Column("pairwise_weights", Boolean, nullable=False, default=False, server_default=false()),
    Column("weights_in_force", String(5), nullable=False, default="set", server_default="set"),
    Column("weights_adopted_at", DateTime, nullable=True),
    CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    CheckConstraint("budget IS NULL OR budget >= 0", name="budget"),
    CheckConstraint("resource_limit IS NULL OR resource_limit >= 0", name="resource_limit"),
    CheckConstraint("dissent_threshold > 0 AND dissent_threshold <= 1", name="dissent_threshold"),
    _in("status", ("planned", "live", "closed"), "status"),
    _in("anonymity", ("named", "office-tagged", "anonymous"), "anonymity"),
    _in("weights_in_force", ("set", "group"), "weights_in_force"),
)

agenda_item = Table(
    "agenda_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("title", String(300), nullable=False),
    _text("presenter"),
    Column("duration_minutes", Integer, nullable=False, default=10),
    _text("minutes"),
    _position(),
    CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    CheckConstraint("duration_minutes >= 0", name="duration"),
)

participant = Table(
    "participant",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("name", String(200), nullable=False),
    Column("office_id", ForeignKey("office.id", ondelete="SET NULL"), nullable=True, index=True),
    _text("title"),
    _position(),
    UniqueConstraint("workshop_id", "name"),
    _name("participant"),
)

criterion = Table(
    "criterion",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("name", String(200), nullable=False),
    Column("weight", Float, nullable=False, default=1.0),
    Column("direction", String(10), nullable=False, default="higher"),
    Column("scale_min", Float, nullable=False, default=1.0),
    Column("scale_max", Float, nullable=False, default=10.0),
    _text("description"),
    _position(),
    # The weight set by hand, kept while adopted group (pairwise) weights are in force.
    Column("set_weight", Float, nullable=True),
    UniqueConstraint("workshop_id", "name"),
    _name("criterion"),
    _in("direction", ("higher", "lower"), "direction"),
    CheckConstraint("weight > 0", name="weight_positive"),
    CheckConstraint("set_weight IS NULL OR set_weight > 0", name="set_weight_positive"),
    CheckConstraint("scale_max > scale_min", name="scale"),
)

proposal = Table(
    "proposal",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("title", String(300), nullable=False),
    _text("sponsor"),
    _text("description"),
    Column("cost", Float, nullable=True),
    Column("benefit", Float, nullable=True),
    Column("duration_months", Float, nullable=True),
    _position(),
    Column("resource_use", Float, nullable=True),
    Column("funding", String(10), nullable=False, default="auto", server_default="auto"),
    Column("reason", Text, nullable=False, default="", server_default=""),
    Column("group_name", String(200), nullable=True),
    UniqueConstraint("workshop_id", "title"),
    CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    CheckConstraint("cost IS NULL OR cost >= 0", name="cost"),
    CheckConstraint("duration_months IS NULL OR duration_months >= 0", name="duration"),
    CheckConstraint("resource_use IS NULL OR resource_use >= 0", name="resource_use"),
    _in("funding", ("auto", "must", "must_not"), "funding"),
)
"""A proposal; its use of the workshop's second resource, its funding rule (the selection
decides, must fund, must not fund) with the reason, and the group of alternatives it belongs
to (by name: a group without a `proposal_group` row allows at most one of its members)."""

proposal_requirement = Table(
    "proposal_requirement",
    metadata,
    Column("proposal_id", ForeignKey("proposal.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "required_id", ForeignKey("proposal.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
    CheckConstraint("proposal_id <> required_id", name="not_itself"),
)
"""A proposal requires another of its workshop: it is funded only if that one is (a trigger
made by migration 0007 holds them to one workshop)."""

proposal_group = Table(
    "proposal_group",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("name", String(200), nullable=False),
    Column("at_most", Integer, nullable=False, default=1, server_default="1"),
    UniqueConstraint("workshop_id", "name"),
    _name("proposal_group"),
    CheckConstraint("at_most >= 1", name="at_most"),
)
"""A group of alternatives of a workshop and how many of its members may be funded."""

round_ = Table(
    "round",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("number", Integer, nullable=False),
    Column("blind", Boolean, nullable=False, default=True),
    Column("status", String(10), nullable=False, default="open"),
    Column("opened", DateTime, nullable=True),
    Column("closed", DateTime, nullable=True),
    UniqueConstraint("workshop_id", "number"),
    _in("status", ("open", "closed"), "status"),
    CheckConstraint("number >= 1", name="number"),
)

# At most one open round per workshop.
Index(
    "ux_round_one_open",
    round_.c.workshop_id,
    unique=True,
    sqlite_where=round_.c.status == "open",
)

rating = Table(
    "rating",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
    Column(
        "participant_id",
        ForeignKey("participant.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "proposal_id", ForeignKey("proposal.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column(
        "criterion_id", ForeignKey("criterion.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    # NULL: the participant answered "can't judge" (the cell is filled, but not scored).
    Column("value", Float, nullable=True),
    _text("comment"),
    Column("entered_by", String(12), nullable=False, default="self"),
    Column("entered_at", DateTime, nullable=False),
    UniqueConstraint("round_id", "participant_id", "proposal_id", "criterion_id"),
    _in("entered_by", ("self", "facilitator", "ballot", "room"), "entered_by"),
)

decision = Table(
    "decision",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "proposal_id",
        ForeignKey("proposal.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("kind", String(20), nullable=False),
    _text("rationale"),
    _text("conditions"),
    Column("decided_at", DateTime, nullable=True),
    _in("kind", ("approve", "reject", "defer", "needs-information"), "kind"),
)

action_item = Table(
    "action_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("text", Text, nullable=False),
    _text("owner"),
    Column("due", Date, nullable=True),
    Column("status", String(12), nullable=False, default="open"),
    Column(
        "proposal_id", ForeignKey("proposal.id", ondelete="SET NULL"), nullable=True, index=True
    ),
    Column(
        "agenda_item_id",
        ForeignKey("agenda_item.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    _position(),
    CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    _in("status", ("open", "in-progress", "done"), "status"),
)

amendment = Table(
    "amendment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("made_at", DateTime, nullable=False),
    _text("made_by"),
    Column("what", Text, nullable=False),
    Column("why", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Integer, nullable=True),
    Column("before", Text, nullable=False, default="null"),
    Column("after", Text, nullable=False, default="null"),
    CheckConstraint("length(trim(what)) > 0", name="what_not_blank"),
    CheckConstraint("length(trim(why)) > 0", name="why_not_blank"),
)
"""A correction made after a workshop closed: what changed, why, when, by whom; the record
before and after as JSON ("null" where there was, or is, none)."""

pairwise_judgement = Table(
    "pairwise_judgement",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column(
        "participant_id",
        ForeignKey("participant.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "criterion_a_id", ForeignKey("criterion.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column(
        "criterion_b_id", ForeignKey("criterion.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("value", Float, nullable=False),
    Column("entered_by", String(12), nullable=False, default="self"),
    Column("entered_at", DateTime, nullable=False),
    UniqueConstraint("participant_id", "criterion_a_id", "criterion_b_id"),
    CheckConstraint("criterion_a_id < criterion_b_id", name="pair_order"),
    CheckConstraint("value > 0.11 AND value <= 9", name="saaty_scale"),
    _in("entered_by", ("self", "facilitator", "ballot", "room"), "entered_by"),
)
"""A participant's pairwise judgement of two criteria: how many times criterion a outweighs
criterion b on Saaty's scale (1/9 .. 9); one row per unordered pair (a < b)."""

room = Table(
    "room",
    metadata,
    Column("workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True),
    Column("code", Text, nullable=False, unique=True),
    Column("codes_required", Boolean, nullable=False, default=False, server_default=false()),
    Column("show_results", Boolean, nullable=False, default=False, server_default=false()),
    Column("created", DateTime, nullable=False),
)
"""A workshop's room: participants rate from their own devices, found by the room code."""

room_pass = Table(
    "room_pass",
    metadata,
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
    Column("code", Text, nullable=False, unique=True),
)
"""A participant's personal code (name cards, personal links)."""

room_device = Table(
    "room_device",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column(
        "participant_id",
        ForeignKey("participant.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    # sha256 (hex) of the device's token; the token itself is never stored.
    Column("token_hash", Text, nullable=False, unique=True),
    Column("state", Text, nullable=False),
    Column("label", Text, nullable=False, default="", server_default=""),
    Column("created", DateTime, nullable=False),
    Column("seen", DateTime, nullable=True),
    _in("state", ("waiting", "admitted", "revoked"), "state"),
)
"""A device that claimed a participant's name in the room: waiting for the facilitator,
admitted (it rates for that participant) or revoked (its token no longer works)."""

analysis = Table(
    "analysis",
    metadata,
    # sha256 (hex) of everything the analyses depend on: the rules, the round's scoring input,
    # the draws and the frontier's samples, and the version of the analyses themselves.
    Column("key", Text, primary_key=True),
    Column(
        "workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("created", DateTime, nullable=False),
    Column("payload", Text, nullable=False),
)
"""A round's portfolio analyses (frontier, sensitivity, robustness) as they were computed,
kept so that the outputs after the first, in any process, do not compute them again. Derived
data: never edited, never undone, dropped with its workshop; a changed input has a new key."""

# At most one admitted device per participant. Migration 0005 makes the same partial index on
# PostgreSQL; naming the `postgresql_where` form here would load SQLAlchemy's PostgreSQL dialect
# (about 35 ms) on every start of the desktop app, which only ever opens SQLite files.
Index(
    "ux_room_device_one_admitted",
    room_device.c.participant_id,
    unique=True,
    sqlite_where=room_device.c.state == "admitted",
)

# Rating values must lie inside their criterion's scale, and a rating's round, participant,
# proposal and criterion must belong to one workshop. SQLite CHECKs cannot look at other
# tables, so triggers created by the baseline migration hold these rules.

checkout = Table(
    "checkout",
    metadata,
    Column("workshop_id", ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True),
    Column("token", Text, nullable=False),
    Column("by", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("file", Text, nullable=False),
    Column("library", Text, nullable=True),
    Column("library_id", Text, nullable=True),
    Column("checked_in", DateTime, nullable=True),
)
"""A workshop checked out for a session offline. In the library it came from (`library` NULL):
the workshop is out to the file `file`, read-only here until it comes back with `token`. In
that file: it came from `library` (the address, without password) whose identity is
`library_id`, and `checked_in` says when it went back."""

library_identity = Table(
    "library_identity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("identity", Text, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)
"""A random identity, made at the first checkout: a checked-out file names the library it came
from by it, so it goes back only there (a copy of the library keeps it: the same library moved)."""

# Every row of the user's data carries a version and who changed it last, when: an edit names
# the version it was made against, so a change made against a stale row is refused rather
# than written over someone else's (team libraries have many editors). Added by migration
# 0011, at the end of each table.
UNVERSIONED = frozenset({"analysis", "checkout", "library_identity"})
"""Derived data, never edited (the analyses), and the checkout's own bookkeeping: no version."""

VERSION_COLUMNS = ("version", "changed_by", "changed_at")
"""Bookkeeping, not content: left out where a record's content is shown or kept (amendments)."""

VERSIONED = tuple(t.name for t in metadata.sorted_tables if t.name not in UNVERSIONED)
"""The tables whose rows carry `version`, `changed_by` and `changed_at`."""


def version_columns() -> tuple[Column[int], Column[str], Column[datetime]]:
    """A row's version (1 when made, +1 at every change), and who changed it last, when."""
    return (
        Column("version", Integer, nullable=False, default=1, server_default="1"),
        Column("changed_by", Text, nullable=True),
        Column("changed_at", DateTime, nullable=True),
    )


def _add_version_columns() -> None:
    for name in VERSIONED:
        for column in version_columns():
            metadata.tables[name].append_column(column)


_add_version_columns()
