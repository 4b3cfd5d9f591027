"""Name cards for the room: each participant's personal link and code on a printable card.

The room's address (`base`: http://HOST:PORT) is the caller's to give — the room server
knows where it listens, the services do not. A personal link is `{base}/r/{room code}/p/
{personal code}`, as the room server builds it. Making the cards opens the workshop's room
(a room code the first time) and gives every participant a personal code they lack.
"""

from __future__ import annotations

from pathlib import Path

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.exchange.pdf_cards import Card, CardsContent, CardsTexts, write_cards
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services import room as rooms
from pmo_tmo_desktop.services.reports_texts import language
from pmo_tmo_desktop.store.workspace import Workspace


def cards_texts() -> CardsTexts:
    """Every word of the name cards in the user's language."""
    return CardsTexts(
        title=translate("NameCards", "Name cards: {title}"),
        subject=translate(
            "NameCards", "Name cards with the personal links of the workshop {title}"
        ),
        keywords=(
            translate("NameCards", "name cards"),
            translate("NameCards", "workshop"),
            translate("NameCards", "room"),
            translate("NameCards", "QR code"),
        ),
        page=translate("NameCards", "Page {page} of {pages}"),
        footer=translate("NameCards", "Cut along the dashed lines."),
        code=translate("NameCards", "Personal code"),
        instructions=translate(
            "NameCards", "Scan with your phone's camera, or open the address and enter the code."
        ),
    )


def personal_link(base: str, room_code: str, pass_code: str) -> str:
    """A participant's personal link, as the room server serves it."""
    return f"{base.rstrip('/')}/r/{room_code}/p/{pass_code}"


def cards_content(ws: Workspace, workshop_id: int, base: str) -> CardsContent:
    """What the name cards of a workshop print, with links to the room at `base`.

    NotFoundError for an unknown workshop, ValidationError for a closed one or one without
    participants.
    """
    info = rooms.open_room(ws, workshop_id)
    seats = rooms.seats(ws, workshop_id)
    if not seats:
        raise ValidationError(
            translate(
                "NameCards", "workshop '{title}' has no participants to print cards for"
            ).format(title=info.title)
        )
    codes = rooms.passes(ws, workshop_id)
    return CardsContent(
        title=info.title,
        cards=tuple(
            Card(
                seat.name,
                seat.office,
                personal_link(base, info.code, codes[seat.participant_id]),
                codes[seat.participant_id],
            )
            for seat in seats
        ),
        organisation=queries.workspace_info(ws).organisation,
        language=language(),
    )


def write_name_cards(ws: Workspace, workshop_id: int, path: Path | str, base: str) -> CardsContent:
    """Write the name cards PDF of a workshop to `path` (atomically) in the user's language;
    returns what was printed."""
    content = cards_content(ws, workshop_id, base)
    write_cards(path, content, cards_texts())
    return content
