"""The user's words for the kinds of record, translated, for messages."""

from __future__ import annotations

from pmo_tmo_desktop.i18n import translate


def label(table_name: str) -> str:
    """The user's word for a kind of record, translated."""
    labels = {
        "office": translate("Services", "office"),
        "role": translate("Services", "role"),
        "phase": translate("Services", "phase"),
        "activity": translate("Services", "activity"),
        "deliverable": translate("Services", "deliverable"),
        "control_point": translate("Services", "control point"),
        "workshop": translate("Services", "workshop"),
        "agenda_item": translate("Services", "agenda item"),
        "participant": translate("Services", "participant"),
        "criterion": translate("Services", "criterion"),
        "proposal": translate("Services", "proposal"),
        "action_item": translate("Services", "action item"),
        "rating": translate("Services", "rating"),
        "proposal_group": translate("Services", "group of alternatives"),
        "proposal_requirement": translate("Services", "requirement"),
    }
    return labels.get(table_name, table_name)
