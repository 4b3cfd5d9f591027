"""The minutes' shared layout helpers: numbered section headings, notes, number formats.

One `Layout` per document; the section builders in `pdf_minutes` and `pdf_minutes_results`
take it and return lists of flowables.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak
from reportlab.platypus.flowables import HRFlowable

from pmo_tmo_desktop.domain.figures import half_away
from pmo_tmo_desktop.domain.offices import PMO_COLOUR, TMO_COLOUR
from pmo_tmo_desktop.exchange.pdf_base import (
    ACCENT,
    MUTED,
    Markup,
    Styles,
    colour,
    esc,
    heading,
    hex_of,
    make_styles,
    para,
    tag,
)
from pmo_tmo_desktop.exchange.pdf_minutes_data import MinutesContent, MinutesTexts

KIND_COLOURS = {
    "approve": "#2E7D32",
    "reject": "#C62828",
    "defer": "#B26A00",
    "needs-information": "#1565C0",
}
STATUS_COLOURS = {"done": "#2E7D32", "in-progress": "#B26A00", "open": "#1F2933"}
FLAG_COLOUR = "#C62828"


class Layout:
    """The content, the words, the styles and the office colours of one document."""

    def __init__(self, content: MinutesContent, texts: MinutesTexts) -> None:
        self.c, self.t = content, texts
        self.s: Styles = make_styles()
        self.n = texts.number
        self.pmo: colors.Color = colour(content.pmo_colour, PMO_COLOUR)
        self.tmo: colors.Color = colour(content.tmo_colour, TMO_COLOUR)
        self.section = 0

    def h1(self, text: str, room: float = 70 * mm) -> list[Any]:
        """A numbered section heading (and outline entry), on a new page if little room is left."""
        self.section += 1
        number = tag("font", str(self.section), color=hex_of(MUTED))
        title = Markup(f"{number}&nbsp;&nbsp;&nbsp;{esc(text)}")
        return [
            CondPageBreak(room),
            heading(title, self.s.h1, f"section{self.section}", 0, f"{self.section}  {text}"),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=8),
        ]

    def h2(self, text: str) -> Any:
        return para(text, self.s.h2)

    def note(self, text: str) -> Any:
        return para(text, self.s.note)

    def empty(self, text: str) -> Any:
        return para(text, self.s.small)

    def score(self, value: float | None) -> str:
        return self.n(value, 1)

    def money(self, value: float | None) -> str:
        return self.n(value, 0)

    def gap_ink(self, value: float | None, decimals: int = 1) -> colors.Color | None:
        """The colour a gap is printed in: the office that rates higher (None: no colour)."""
        if value is None or half_away(value, decimals) == 0:
            return None
        return self.pmo if value > 0 else self.tmo

    def kind(self, kind: str) -> str:
        return self.t.decision_kinds.get(kind, kind)

    def results_missing(self) -> Any | None:
        """The note that replaces the results, or None when there are results to show."""
        c, t = self.c, self.t
        if c.results_hidden and c.round_number is not None:
            return self.empty(t.hidden_results.format(n=c.round_number))
        if c.round_number is None or not c.results:
            return self.empty(t.no_results)
        return None
