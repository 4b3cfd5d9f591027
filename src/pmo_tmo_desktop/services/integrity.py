"""Constraint failures in a user's words, from either engine's error."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.labels import label as _label


def describe_integrity_error(exc: IntegrityError) -> str:
    """One line a user understands for a constraint the database refused."""
    text = str(exc.orig)
    if getattr(exc.orig, "sqlstate", None):  # PostgreSQL (psycopg): the parts, not a sentence
        return _describe_server_error(exc.orig)
    if text.startswith("UNIQUE constraint failed:"):
        columns = text.split(":", 1)[1].strip().split(", ")
        tname = columns[-1].split(".")[0]
        field = columns[-1].split(".")[-1]
        return translate("Services", "another {what} already has this {field}").format(
            what=_label(tname), field=field
        )
    if text.startswith("FOREIGN KEY constraint failed"):
        return translate("Services", "it is still used elsewhere, or refers to something missing")
    if text.startswith("CHECK constraint failed:"):
        rule = text.split(":", 1)[1].strip()
        return translate("Services", "the value breaks the rule '{rule}'").format(rule=rule)
    return text


def _describe_server_error(error: Any) -> str:
    """`describe_integrity_error` of PostgreSQL's error fields (SQLSTATE, constraint, table)."""
    code, diag = error.sqlstate, error.diag
    if code == "23505":  # unique_violation; detail: Key (phase_id, name)=(1, Review) ...
        detail = diag.message_detail or ""
        columns = detail[detail.find("(") + 1 : detail.find(")")].split(", ")
        return translate("Services", "another {what} already has this {field}").format(
            what=_label(diag.table_name or ""), field=columns[-1]
        )
    if code == "23503":  # foreign_key_violation
        return translate("Services", "it is still used elsewhere, or refers to something missing")
    if code == "23514" and diag.constraint_name:  # check_violation of a CHECK constraint
        return translate("Services", "the value breaks the rule '{rule}'").format(
            rule=diag.constraint_name
        )
    return str(diag.message_primary or error).splitlines()[0]  # a trigger's own words
