"""The rules CHECK constraints cannot hold (they look at other tables), as triggers on both
engines: SQLite's text lives in the baseline migration (later migrations re-create it after
rebuilding a table, which drops it); PostgreSQL's is here, as PL/pgSQL functions. An ALTER
TABLE on PostgreSQL keeps a table's triggers, so there they are made once and dropped only
when their table goes.

The PostgreSQL errors carry SQLSTATE 23514 (check_violation), so both engines report a broken
rule as an integrity error with the same words.
"""

from __future__ import annotations

from alembic import op

RATING_RULES_PG = """
CREATE FUNCTION rating_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    round_workshop integer := (SELECT workshop_id FROM round WHERE id = NEW.round_id);
BEGIN
    IF NEW.value < (SELECT scale_min FROM criterion WHERE id = NEW.criterion_id)
       OR NEW.value > (SELECT scale_max FROM criterion WHERE id = NEW.criterion_id) THEN
        RAISE EXCEPTION 'rating value outside the criterion scale'
            USING ERRCODE = 'check_violation';
    END IF;
    IF round_workshop IS DISTINCT FROM
           (SELECT workshop_id FROM participant WHERE id = NEW.participant_id)
       OR round_workshop IS DISTINCT FROM
           (SELECT workshop_id FROM proposal WHERE id = NEW.proposal_id)
       OR round_workshop IS DISTINCT FROM
           (SELECT workshop_id FROM criterion WHERE id = NEW.criterion_id) THEN
        RAISE EXCEPTION 'rating belongs to another workshop' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER rating_rules BEFORE INSERT OR UPDATE ON rating
    FOR EACH ROW EXECUTE FUNCTION rating_rules();
CREATE FUNCTION criterion_scale_keeps_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM rating WHERE criterion_id = NEW.id
               AND (value < NEW.scale_min OR value > NEW.scale_max)) THEN
        RAISE EXCEPTION 'ratings already given lie outside the new scale'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER criterion_scale_keeps_ratings BEFORE UPDATE OF scale_min, scale_max ON criterion
    FOR EACH ROW EXECUTE FUNCTION criterion_scale_keeps_ratings();
"""

SAME_WORKSHOP_PG = """
CREATE FUNCTION proposal_requirement_same_workshop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT workshop_id FROM proposal WHERE id = NEW.proposal_id)
       IS DISTINCT FROM (SELECT workshop_id FROM proposal WHERE id = NEW.required_id) THEN
        RAISE EXCEPTION 'a proposal can only require a proposal of its own workshop'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER proposal_requirement_same_workshop BEFORE INSERT ON proposal_requirement
    FOR EACH ROW EXECUTE FUNCTION proposal_requirement_same_workshop();
"""

SQLITE_RATING_TRIGGERS = (
    "rating_rules_insert",
    "rating_rules_update",
    "criterion_scale_keeps_ratings",
)


def on_sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def create_rating_rules(sqlite_text: tuple[str, ...]) -> None:
    """Make the rating rules (SQLite: from the baseline's `sqlite_text`)."""
    if on_sqlite():
        for text in sqlite_text:
            op.execute(text)
    else:
        op.execute(RATING_RULES_PG)


def drop_rating_rules() -> None:
    """Drop the rating rules (PostgreSQL: only when the tables go, see the docstring)."""
    if on_sqlite():
        for name in SQLITE_RATING_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS rating_rules ON rating")
        op.execute("DROP FUNCTION IF EXISTS rating_rules()")
        op.execute("DROP TRIGGER IF EXISTS criterion_scale_keeps_ratings ON criterion")
        op.execute("DROP FUNCTION IF EXISTS criterion_scale_keeps_ratings()")


def rebuilding_rating_tables() -> None:
    """Before a table the rating rules name is rebuilt: SQLite drops them (the rebuild would
    break them); PostgreSQL alters tables in place and keeps them."""
    if on_sqlite():
        drop_rating_rules()


def rebuilt_rating_tables(sqlite_text: tuple[str, ...]) -> None:
    """After the rebuild: SQLite makes them again; PostgreSQL still has them."""
    if on_sqlite():
        create_rating_rules(sqlite_text)


def create_same_workshop(sqlite_text: str) -> None:
    op.execute(sqlite_text if on_sqlite() else SAME_WORKSHOP_PG)


def drop_same_workshop() -> None:
    if on_sqlite():
        op.execute("DROP TRIGGER IF EXISTS proposal_requirement_same_workshop")
    else:
        op.execute(
            "DROP TRIGGER IF EXISTS proposal_requirement_same_workshop ON proposal_requirement"
        )
        op.execute("DROP FUNCTION IF EXISTS proposal_requirement_same_workshop()")


def letters_rule() -> str:
    """The assignment's letters check: only R, A, S, C, I, V (SQLite GLOB, PostgreSQL regex)."""
    if on_sqlite():
        return "length(letters) > 0 AND letters NOT GLOB '*[^RASCIV]*'"
    return "length(letters) > 0 AND letters !~ '[^RASCIV]'"
