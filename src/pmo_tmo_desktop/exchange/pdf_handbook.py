"""The role handbook: what each role of the common methodology does, for both offices.

`write_handbook(path, content, texts)` lays out plain data (`HandbookContent`, built by
services.pack) in the words of `HandbookTexts` (translated by the caller): a cover with a
short summary and the meaning of the letters, the contents, then one section per office
(its colour bar, its description, its roles at a glance) and one per role: its description,
every activity where it holds a letter (by letter, then by phase), the gates, reviews and
sign-offs it approves with their criteria, and the roles of the other office it works with
most, so each office can read what the other does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from pmo_tmo_desktop.exchange.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    MUTED,
    RULE,
    Markup,
    Styles,
    blend,
    colour,
    esc,
    hex_of,
    ink_for,
    make_styles,
    markup,
    para,
    tag,
)
from pmo_tmo_desktop.exchange.pdf_document import PageTexts, PdfMeta, build_pdf
from pmo_tmo_desktop.exchange.pdf_handbook_data import (
    CONTROL_COLOURS,
    LETTER_COLOURS,
    LETTER_ORDER,
    ActivityLine,
    Approval,
    HandbookContent,
    HandbookTexts,
    LetterGroup,
    OfficeSection,
    Partner,
    RoleSection,
)
from pmo_tmo_desktop.exchange.pdf_tables import contents, data_table, facts_table

ROOM = 40 * mm
"""A letter group or a list starts on a new page when less room than this is left."""
FIRST_ROLE_ROOM = 110 * mm
"""An office's first role follows its office's overview when this much room is left."""
BAR_WIDTH = 90.0

__all__ = [
    "ActivityLine",
    "Approval",
    "HandbookContent",
    "HandbookTexts",
    "LetterGroup",
    "OfficeSection",
    "Partner",
    "RoleSection",
    "write_handbook",
]


def write_handbook(path: str | Path, content: HandbookContent, texts: HandbookTexts) -> None:
    """Write the role handbook PDF to `path`, atomically: a failure leaves no file behind."""
    title = texts.title.format(methodology=content.methodology)
    meta = PdfMeta(
        title=title,
        author=content.organisation,
        subject=texts.subject.format(methodology=content.methodology),
        keywords=texts.keywords,
        organisation=content.organisation,
        language=content.language,
    )
    footer = texts.footer.format(date=content.generated).strip(" ·")
    build_pdf(path, story(content, texts), meta, PageTexts(texts.page, footer), cover=True)


class _Layout:
    """The content, the words and the styles of one handbook."""

    def __init__(self, content: HandbookContent, texts: HandbookTexts) -> None:
        self.c, self.t = content, texts
        self.s: Styles = make_styles()
        self.h3 = self.s.h2.clone("h3", fontSize=10, leading=13, spaceBefore=0, spaceAfter=0)
        self.band = self.s.h2.clone(
            "band", fontSize=13.5, leading=17, textColor=ACCENT, spaceBefore=0, spaceAfter=1
        )
        self.badge = self.s.cell.clone("badge", fontName=FONT_BOLD, alignment=TA_CENTER)
        self.bullet = self.s.cell.clone("criterion", leftIndent=8, bulletIndent=0)

    def letters(self) -> str:
        """The letters the variant knows (and any other the matrix holds), in reading order."""
        used = {g.letter for o in self.c.offices for r in o.roles for g in r.letters}
        allowed = {"RASCI": "RACIS", "RACI-VS": "RACIVS"}.get(self.c.variant, "RACI")
        return "".join(x for x in LETTER_ORDER if x in allowed or x in used)


def story(content: HandbookContent, texts: HandbookTexts) -> list[Any]:
    """The flowables of the handbook: cover, contents, then office by office, role by role."""
    lay = _Layout(content, texts)
    found = [*cover(lay), PageBreak(), *_contents(lay)]
    for number, office in enumerate(content.offices, start=1):
        found += office_section(lay, number, office)
        for index, role in enumerate(office.roles, start=1):
            # each role on a page of its own, to hand out; the first one under its office
            found += [CondPageBreak(FIRST_ROLE_ROOM) if index == 1 else PageBreak()]
            found += role_section(lay, f"{number}.{index}", office, role)
    return found


# --- cover and contents -----------------------------------------------------------------------


def cover(lay: _Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    roles = sum(len(o.roles) for o in c.offices)
    by_office = ", ".join(f"{o.name} {len(o.roles)}" for o in c.offices if o.roles)
    kinds = ", ".join(f"{t.kinds.get(k, k)} {n}" for k, n in c.activity_kinds if n)
    summary = t.roles_summary(len(c.offices)).format(n=roles, by_office=by_office)
    facts: list[tuple[str, Any]] = [
        (t.organisation, c.organisation or "—"),
        (t.methodology, c.methodology or "—"),
        (t.variant, c.variant),
        (t.roles_label, summary),
        (t.phases, str(c.phases)),
        (t.activities, f"{c.activities} ({kinds})" if kinds else str(c.activities)),
        (t.control_points, str(c.control_points)),
    ]
    legend = [
        [
            _badge(lay, letter),
            para(
                markup(
                    "<b>{name}</b>: {meaning}",
                    name=t.letter_names.get(letter, letter),
                    meaning=t.letter_meanings.get(letter, ""),
                ),
                s.cell,
            ),
        ]
        for letter in lay.letters()
    ]
    found: list[Any] = [Spacer(1, 6 * mm)]
    if c.organisation:
        found.append(para(tag("font", c.organisation, color=hex_of(ACCENT)), s.kicker))
    return [
        *found,
        para(t.handbook.upper(), s.kicker),
        para(c.methodology or t.handbook, s.title),
        para(t.subtitle, s.subtitle),
        HRFlowable(width="100%", thickness=2.5, color=ACCENT, spaceBefore=2, spaceAfter=12),
        facts_table(facts, s),
        Spacer(1, 7 * mm),
        para(t.about, s.h2),
        para(t.about_text, s.body),
        Spacer(1, 3 * mm),
        para(t.offices_title, s.h2),
        _offices(lay),
        Spacer(1, 3 * mm),
        para(t.letters_title, s.h2),
        _plain_table(legend, [22, FRAME_WIDTH - 22], padding=2),
        Spacer(1, 6 * mm),
        para(t.generated.format(date=c.generated), s.small),
    ]


def _offices(lay: _Layout) -> Table:
    """The offices at a glance: roles, activities owned, control points approved."""
    t, s = lay.t, lay.s
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for row, office in enumerate(lay.c.offices, start=1):
        rows.append(
            [
                para(tag("b", office.name), s.cell),
                str(len(office.roles)),
                str(office.owns),
                str(office.approves),
            ]
        )
        extra.append(("LINEBEFORE", (0, row), (0, row), 3, colour(office.colour)))
    return data_table(
        (t.office, t.roles_label, t.owns, t.control_points),
        rows,
        (3, 1, 1.6, 2.2),
        s,
        numeric={1, 2, 3},
        extra=extra,
    )


def _contents(lay: _Layout) -> list[Any]:
    """The contents: offices in bold, their roles indented below."""
    toc = contents(lay.s)
    office = toc.levelStyles[0].clone("contents_office", fontName=FONT_BOLD, spaceBefore=6)
    toc.levelStyles = [office, office.clone("contents_role", fontName=FONT, leftIndent=16)]
    rule = HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=8)
    return [para(lay.t.contents, lay.s.h1), rule, toc]


def _plain_table(rows: list[list[Any]], widths: list[float], padding: float = 0) -> Table:
    """A layout grid: no lines, no padding at the sides, cells centred vertically."""
    return Table(
        rows,
        colWidths=widths,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        ),
        hAlign="LEFT",
    )


def _badge(lay: _Layout, letter: str) -> Table:
    """A letter in a small square of its colour."""
    shade = colour(LETTER_COLOURS.get(letter, "#5F6B7A"))
    text = para(tag("font", letter, color=hex_of(ink_for(shade))), lay.badge)
    badge = _plain_table([[text]], [14])
    badge.setStyle(
        [("BACKGROUND", (0, 0), (-1, -1), shade), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    )
    return badge


def _band(
    lay: _Layout,
    entry: tuple[str, int],
    number: str,
    title: str,
    below: str,
    tint: colors.Color,
    style: ParagraphStyle,
) -> Table:
    """A heading in a band of the office's colour; it is also an outline and contents entry."""
    text = Markup(f"{tag('font', number, color=hex_of(MUTED))}&nbsp;&nbsp;&nbsp;{esc(title)}")
    cells: list[Any] = [para(text, style)]
    if below:
        cells.append(para(below, lay.s.small))
    band = Table(
        [[cells]],
        colWidths=[FRAME_WIDTH],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), blend(tint, 0.13)),
                ("LINEBEFORE", (0, 0), (0, -1), 5, tint),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
        hAlign="LEFT",
    )
    key, level = entry
    band.outline = (key, f"{number}  {title}", level)  # see DocTemplate.afterFlowable
    return band


# --- an office --------------------------------------------------------------------------------


def office_section(lay: _Layout, number: int, office: OfficeSection) -> list[Any]:
    """The office's band and description, and its roles at a glance."""
    t, s = lay.t, lay.s
    below = t.office_roles(len(office.roles))
    style = s.h1.clone("band_office", spaceBefore=0, spaceAfter=1)
    found: list[Any] = [
        PageBreak(),
        _band(
            lay,
            (f"office{number}", 0),
            str(number),
            office.name,
            below,
            colour(office.colour),
            style,
        ),
        Spacer(1, 8),
    ]
    if office.description.strip():
        found.append(para(office.description, s.body))
    letters = lay.letters()
    rows: list[list[Any]] = []
    for index, role in enumerate(office.roles, start=1):
        count = {g.letter: len(g.activities) for g in role.letters}
        name = markup(
            "<font color='{muted}'>{n}</font>&nbsp;&nbsp;<b>{name}</b>",
            muted=hex_of(MUTED),
            n=f"{number}.{index}",
            name=role.name,
        )
        rows.append(
            [
                para(name, s.cell),
                *[str(count[x]) if count.get(x) else "·" for x in letters],
                str(len(role.approvals)) if role.approvals else "·",
            ]
        )
    found += [
        Spacer(1, 4),
        data_table(
            (t.role, *letters, t.approves),
            rows,
            (5, *[0.55] * len(letters), 1.1),
            s,
            numeric=set(range(1, len(letters) + 2)),
        ),
        Spacer(1, 10),
    ]
    return found


# --- a role -----------------------------------------------------------------------------------


def role_section(lay: _Layout, number: str, office: OfficeSection, role: RoleSection) -> list[Any]:
    """A role: its band, its description, its letters, its approvals, its partners."""
    t, s = lay.t, lay.s
    held = len({(a.phase, a.name) for g in role.letters for a in g.activities})
    below = t.of_office(held).format(office=office.name)
    band = _band(
        lay, (f"role{number}", 1), number, role.name, below, colour(office.colour), lay.band
    )
    found: list[Any] = [band, Spacer(1, 6)]
    if role.description.strip():
        found.append(para(role.description, s.body))
    if not role.letters:
        found.append(para(t.no_letters, s.small))
    for group in sorted(role.letters, key=lambda g: LETTER_ORDER.find(g.letter)):
        found += _letter_group(lay, group)
    if role.approvals:
        found += _approvals(lay, role)
    return found + _partners(lay, role)


def _subheading(lay: _Layout, text: str, count: int | None = None, letter: str = "") -> list[Any]:
    """A heading inside a role (a letter's badge before it), kept with what follows."""
    label = tag("b", text)
    if count is not None:
        label = Markup(f"{label}&nbsp;&nbsp;{tag('font', str(count), color=hex_of(MUTED))}")
    words = para(label, lay.h3)
    line = _plain_table([[_badge(lay, letter), words]], [20, FRAME_WIDTH - 20]) if letter else words
    return [CondPageBreak(ROOM), Spacer(1, 9), line, Spacer(1, 4)]


def _letter_group(lay: _Layout, group: LetterGroup) -> list[Any]:
    """The activities where the role holds one letter, phase by phase."""
    t, s = lay.t, lay.s
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    previous: str | None = None
    for activity in group.activities:
        first = activity.phase != previous
        if first and rows:
            extra.append(("LINEABOVE", (0, len(rows) + 1), (-1, len(rows) + 1), 0.6, RULE))
        previous = activity.phase
        kind = t.kinds.get(activity.kind, activity.kind)
        what = t.owned_by.format(kind=kind, office=activity.office) if activity.office else kind
        made = Markup("<br/>".join(esc(d) for d in activity.deliverables)) or "—"
        rows.append(
            [
                para(tag("b", activity.phase), s.cell) if first else "",
                [para(activity.name, s.cell), para(what, s.cell_small)],
                para(made, s.cell_small),
            ]
        )
    table = data_table(
        (t.phase, t.activity, t.deliverables), rows, (2.2, 4.2, 3.6), s, extra=extra, zebra=False
    )
    heading_text = t.letter_headings.get(group.letter, group.letter)
    return [*_subheading(lay, heading_text, len(group.activities), group.letter), table]


def _approvals(lay: _Layout, role: RoleSection) -> list[Any]:
    """The gates, reviews and sign-offs the role approves, with their criteria."""
    t, s = lay.t, lay.s
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for row, a in enumerate(role.approvals, start=1):
        shade = CONTROL_COLOURS.get(a.kind, "#5F6B7A")
        if a.activity:
            where = t.at_activity.format(phase=a.phase, activity=a.activity)
        else:
            where = t.at_phase.format(phase=a.phase)
        kind = tag("font", tag("b", t.control_kinds.get(a.kind, a.kind)), color=shade)
        point = [
            para(tag("b", a.name), s.cell),
            para(Markup(f"{kind} · {esc(where)}"), s.cell_small),
        ]
        criteria = [Paragraph(esc(x), lay.bullet, bulletText="•") for x in a.criteria]
        others = [
            para(
                markup(
                    "{role} <font color='{muted}'>({office})</font>",
                    role=r,
                    office=o,
                    muted=hex_of(MUTED),
                ),
                s.cell,
            )
            for r, o in a.others
        ]
        rows.append([point, criteria or "—", others or para(t.alone, s.cell_small)])
        extra.append(("LINEBEFORE", (0, row), (0, row), 2.5, colour(shade)))
    table = data_table(
        (t.control_point, t.criteria, t.approves_with), rows, (2.8, 5, 2.2), s, extra=extra
    )
    return [*_subheading(lay, t.approvals_title, len(role.approvals)), table]


def _partners(lay: _Layout, role: RoleSection) -> list[Any]:
    """The roles of the other office (or of both) the role shares the most activities with."""
    t, s = lay.t, lay.s
    title = t.partners_across_title if role.partners_across else t.partners_title
    if not role.partners:
        return [KeepTogether([*_subheading(lay, title)[1:], para(t.no_partners, s.small)])]
    most = max(p.shared for p in role.partners) or 1
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for row, p in enumerate(role.partners, start=1):
        tint = colour(p.colour)
        rows.append(
            [
                para(tag("b", p.role), s.cell),
                para(p.office, s.cell),
                _bar(p.shared / most, tint),
                str(p.shared),
            ]
        )
        extra.append(("LINEBEFORE", (0, row), (0, row), 2.5, tint))
    table = data_table(
        (t.role, t.office, "", t.shared), rows, (3.5, 1.5, 3.2, 1.3), s, numeric={3}, extra=extra
    )
    # short: the heading, the list and its note move to the next page together
    block = [*_subheading(lay, title)[1:], table, para(t.partners_note, s.note)]
    return [KeepTogether(block)]


def _bar(share: float, tint: colors.Color) -> Table:
    """A small horizontal bar: `share` of its width filled with `tint`."""
    filled = max(2.0, BAR_WIDTH * min(1.0, share))
    return Table(
        [["", ""]],
        colWidths=[filled, BAR_WIDTH - filled + 0.01],
        rowHeights=[6],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), tint),
                ("BACKGROUND", (1, 0), (1, 0), blend(tint, 0.15)),
            ]
        ),
        hAlign="LEFT",
    )
