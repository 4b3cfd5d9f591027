"""The pre-read pack of a workshop: what participants read before they come.

`write_preread(path, content, texts)` lays out plain data (`PrereadContent`, built by
services.pack) in the words of `PrereadTexts` (translated by the caller): a cover, the agenda
with its times, the proposals in detail, the criteria and the assessment method, and the
participants by office (counts only when the workshop is anonymous). It holds no ratings, no
results and no decisions: the same design as the minutes, before the fact.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

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

from pmo_tmo_desktop.domain import agenda as agenda_times
from pmo_tmo_desktop.exchange.pdf_base import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MUTED,
    RULE,
    ZEBRA,
    Markup,
    Styles,
    blend,
    colour,
    esc,
    heading,
    hex_of,
    make_styles,
    markup,
    para,
    tag,
)
from pmo_tmo_desktop.exchange.pdf_document import PageTexts, PdfMeta, build_pdf
from pmo_tmo_desktop.exchange.pdf_preread_data import (
    AgendaLine,
    CriterionLine,
    OfficeAttendance,
    PrereadContent,
    PrereadTexts,
    ProposalDetail,
)
from pmo_tmo_desktop.exchange.pdf_tables import contents, data_table, facts_table, height_of

__all__ = [
    "AgendaLine",
    "CriterionLine",
    "OfficeAttendance",
    "PrereadContent",
    "PrereadTexts",
    "ProposalDetail",
    "write_preread",
]

SECTIONS = 4
CONTENTS_LINE = 14.0


def write_preread(path: str | Path, content: PrereadContent, texts: PrereadTexts) -> None:
    """Write the pre-read PDF to `path`, atomically: a failure leaves no file behind."""
    meta = PdfMeta(
        title=content.title,
        author=content.facilitator or content.organisation,
        subject=texts.subject.format(title=content.title),
        keywords=texts.keywords,
        organisation=content.organisation,
        language=content.language,
    )
    footer = texts.footer.format(title=content.title, date=content.date).strip(" ·")
    build_pdf(path, story(content, texts), meta, PageTexts(texts.page, footer), cover=True)


class _Layout:
    """The content, the words, the styles and the section numbering of one pre-read."""

    def __init__(self, content: PrereadContent, texts: PrereadTexts) -> None:
        self.c, self.t = content, texts
        self.s: Styles = make_styles()
        self.n = texts.number
        self.section = 0

    def h1(self, text: str, room: float = 70 * mm) -> list[Any]:
        self.section += 1
        number = tag("font", str(self.section), color=hex_of(MUTED))
        title = Markup(f"{number}&nbsp;&nbsp;&nbsp;{esc(text)}")
        return [
            CondPageBreak(room),
            heading(title, self.s.h1, f"section{self.section}", 0, f"{self.section}  {text}"),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=0, spaceAfter=8),
        ]

    def money(self, value: float | None) -> str:
        return self.n(value, 0)

    def months(self, value: float | None) -> str:
        if value is None:
            return self.n.unknown
        if float(value).is_integer():
            return self.t.months_value(int(value)).replace(str(int(value)), self.n(value, 0), 1)
        return self.t.months_fraction.format(n=self.n(value, 1))

    def span(self, minutes: int) -> str:
        """A length of time: "35 min", "2 h", "3 h 30 min"."""
        hours, rest = divmod(max(0, minutes), 60)
        if not hours:
            return self.t.minutes_short.format(n=rest)
        return (self.t.hours if rest else self.t.hours_only).format(h=hours, m=rest)

    def clock(self, minute: int) -> str:
        start = self.c.start_minute
        return agenda_times.clock(minute, None if start is None else time(start // 60, start % 60))


def story(content: PrereadContent, texts: PrereadTexts) -> list[Any]:
    """The flowables of the pre-read, section by section."""
    lay = _Layout(content, texts)
    found = [*cover(lay), PageBreak()]
    for section in (agenda, proposals, method, participants):
        found += section(lay)
    return found


# --- cover ----------------------------------------------------------------------------------


def cover(lay: _Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    people = sum(g.count for g in c.offices)
    by_office = ", ".join(f"{g.office or t.no_office} {g.count}" for g in c.offices if g.count)
    planned = sum(a.duration_minutes for a in c.agenda)
    costs = [p.cost for p in c.proposals if p.cost is not None]
    facts: list[tuple[str, Any]] = [
        (t.date, c.date or "—"),
        (t.place, c.place or "—"),
        (t.facilitator, c.facilitator or "—"),
        (t.organisation, c.organisation or "—"),
        (t.participants_label, f"{people} ({by_office})" if by_office else str(people)),
        (t.anonymity_label, t.anonymity.get(c.anonymity, c.anonymity)),
        (
            t.agenda_label,
            t.agenda_summary(len(c.agenda)).format(duration=lay.span(planned)) if c.agenda else "—",
        ),
        (
            t.proposals_label,
            t.proposals_summary.format(n=len(c.proposals), cost=lay.money(sum(costs)))
            if costs
            else str(len(c.proposals)),
        ),
    ]
    if c.budget is not None:
        facts.append((t.budget, lay.money(c.budget)))
    found: list[Any] = [Spacer(1, 6 * mm)]
    if c.organisation:
        found.append(para(tag("font", c.organisation, color=hex_of(ACCENT)), s.kicker))
    found += [
        para(t.preread.upper(), s.kicker),
        para(c.title, s.title),
        para(" · ".join(x for x in (c.date, c.place) if x), s.subtitle),
        HRFlowable(width="100%", thickness=2.5, color=ACCENT, spaceBefore=2, spaceAfter=12),
        facts_table(facts, s),
        Spacer(1, 7 * mm),
        para(t.about, s.h2),
        para(t.about_text, s.body),
    ]
    closing = [Spacer(1, 6 * mm), para(t.generated.format(date=c.generated), s.small)]
    listing = [Spacer(1, 4 * mm), para(t.contents, s.h2), contents(s)]
    if height_of(found + closing + listing[:2]) + CONTENTS_LINE * SECTIONS <= FRAME_HEIGHT:
        found += listing
    return found + closing


# --- agenda ---------------------------------------------------------------------------------


def agenda(lay: _Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.agenda)
    if not c.agenda:
        return [*found, para(t.no_agenda, s.small)]
    at = c.start_minute or 0
    rows: list[list[Any]] = []
    for index, item in enumerate(c.agenda, start=1):
        head = tag("b", item.title)
        if item.presenter:
            who = tag("font", t.presenter.format(name=item.presenter), color=hex_of(MUTED))
            head = Markup(f"{head}<br/>{who}")
        ends = at + max(0, item.duration_minutes)
        rows.append(
            [
                para(tag("b", str(index)), s.cell),
                f"{lay.clock(at)}–{lay.clock(ends)}",
                para(head, s.cell),
                lay.span(item.duration_minutes) if item.duration_minutes else "",
            ]
        )
        at = ends
    total = sum(a.duration_minutes for a in c.agenda)
    rows.append(
        [
            "",
            "",
            para(tag("b", t.agenda_total), s.cell),
            para(tag("b", lay.span(total)), s.cell_right),
        ]
    )
    table = data_table(
        (t.number_sign, t.time, t.item, t.duration),
        rows,
        (0.45, 1.35, 7, 1.1),
        s,
        numeric={3},
        whole={1},
        extra=[
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ],
        zebra=False,
    )
    found.append(table)
    if c.start_minute is None:
        found.append(para(t.times_relative, s.note))
    return found


# --- proposals ------------------------------------------------------------------------------


def proposals(lay: _Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.proposals)
    if not c.proposals:
        return [*found, para(t.no_proposals, s.small)]
    rows: list[list[Any]] = [
        [
            para(tag("b", str(i)), s.cell),
            para(tag("b", p.title), s.cell),
            p.sponsor,
            lay.money(p.cost),
            lay.money(p.benefit),
            lay.months(p.duration_months),
        ]
        for i, p in enumerate(c.proposals, start=1)
    ]
    known = [p.cost for p in c.proposals if p.cost is not None]
    gains = [p.benefit for p in c.proposals if p.benefit is not None]
    rows.append(
        [
            "",
            para(tag("b", t.total), s.cell),
            "",
            para(tag("b", lay.money(sum(known) if known else None)), s.cell_right),
            para(tag("b", lay.money(sum(gains) if gains else None)), s.cell_right),
            "",
        ]
    )
    found += [
        para(t.at_a_glance, s.h2),
        data_table(
            (t.number_sign, t.proposal, t.sponsor, t.cost, t.benefit, t.months),
            rows,
            (0.45, 3.6, 3, 1.3, 1.3, 1.15),
            s,
            numeric={3, 4, 5},
            extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)],
        ),
        Spacer(1, 10),
    ]
    for index, proposal in enumerate(c.proposals, start=1):
        found += [_proposal_card(lay, index, proposal), Spacer(1, 9)]
    return found


def _proposal_card(lay: _Layout, index: int, p: ProposalDetail) -> Any:
    t, s = lay.t, lay.s
    title = markup(
        "<font color='{muted}'>{n}</font>&nbsp;&nbsp;{title}",
        muted=hex_of(MUTED),
        n=str(index),
        title=p.title,
    )
    head: list[Any] = [para(title, s.h2)]
    if p.sponsor:
        head.append(para(Markup(f"{esc(t.sponsor)}: <b>{esc(p.sponsor)}</b>"), s.small))
    stats = [
        (t.cost, lay.money(p.cost)),
        (t.benefit, lay.money(p.benefit)),
        (t.months, lay.months(p.duration_months)),
    ]
    figures = Table(
        [
            [para(label, s.cell_small) for label, _ in stats],
            [para(tag("b", value), s.body) for _, value in stats],
        ],
        colWidths=[(FRAME_WIDTH - 8) / 3] * 3,
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 3),
            ]
        ),
        hAlign="LEFT",
    )
    described = p.description.strip()
    text = para(described, s.body) if described else para(t.no_description, s.small)
    body = [*head, Spacer(1, 2), figures, Spacer(1, 5), text]
    card = Table(
        [[body]],
        colWidths=[FRAME_WIDTH],
        style=TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    if height_of([card]) > FRAME_HEIGHT * 0.8:  # a very long description flows on
        return KeepTogether(body)
    return card


# --- criteria and method --------------------------------------------------------------------


def method(lay: _Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.method)
    if not c.criteria:
        found.append(para(t.no_criteria, s.small))
    else:
        found.append(para(t.criteria_intro, s.body))
        total = sum(x.weight for x in c.criteria) or 1.0
        rows: list[list[Any]] = []
        for x in c.criteria:
            name: list[Any] = [para(tag("b", x.name), s.cell)]
            if x.description.strip():
                name.append(para(x.description, s.cell_small))
            rows.append(
                [
                    name,
                    lay.n(x.weight, _places(x.weight)),
                    lay.n(100 * x.weight / total, 0) + " %",
                    t.directions.get(x.direction, x.direction),
                    f"{lay.n(x.scale_min, _places(x.scale_min))}–"
                    f"{lay.n(x.scale_max, _places(x.scale_max))}",
                ]
            )
        found += [
            data_table(
                (t.criterion, t.weight, t.share, t.direction, t.scale),
                rows,
                (5, 0.9, 0.9, 1.7, 0.9),
                s,
                numeric={1, 2, 4},
            ),
            Spacer(1, 8),
        ]
    steps = [para(t.method_intro, s.body)]
    steps += [Paragraph(esc(step), s.bullet, bulletText="•") for step in t.method_steps]
    rounds = [para(t.rounds_title, s.h2)]
    rounds += [Paragraph(esc(step), s.bullet, bulletText="•") for step in t.rounds_steps]
    shown = t.anonymity.get(c.anonymity, c.anonymity)
    rounds.append(
        Paragraph(
            markup("{label}: <b>{value}</b>", label=t.anonymity_label, value=shown),
            s.bullet,
            bulletText="•",
        )
    )
    return [*found, KeepTogether(steps), Spacer(1, 4), KeepTogether(rounds)]


def _places(value: float) -> int:
    return 0 if float(value).is_integer() else 1


# --- participants ---------------------------------------------------------------------------


def participants(lay: _Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.participants)
    groups = [g for g in c.offices if g.count]
    if not groups:
        return [*found, para(t.no_participants, s.small)]
    if c.anonymity == "anonymous":
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for row, group in enumerate(groups, start=1):
            rows.append([para(tag("b", group.office or t.no_office), s.cell), str(group.count)])
            extra.append(("LINEBEFORE", (0, row), (0, row), 3, colour(group.colour)))
        rows.append([para(tag("b", t.total), s.cell), str(sum(g.count for g in groups))])
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
        table = data_table(
            (t.office, t.count), rows, (4, 1), s, numeric={1}, extra=extra, width=FRAME_WIDTH * 0.6
        )
        return [*found, para(t.anonymous_note, s.body), table]
    rows = []
    extra = []
    for group in groups:
        tint = colour(group.colour)
        row = len(rows) + 1
        label = markup(
            "<b>{office}</b>&nbsp;&nbsp;<font color='#5F6B7A'>{n}</font>",
            office=group.office or t.no_office,
            n=group.count,
        )
        rows.append([para(label, s.cell), ""])
        extra += [
            ("SPAN", (0, row), (1, row)),
            ("BACKGROUND", (0, row), (1, row), blend(tint, 0.16)),
            ("LINEBEFORE", (0, row), (0, row), 3, tint),
            ("TOPPADDING", (0, row), (1, row), 5),
        ]
        for name, title in group.people:
            rows.append([name, title])
            extra.append(("LINEBELOW", (0, len(rows)), (1, len(rows)), 0.3, RULE))
    table = data_table((t.name, t.job_title), rows, (1, 1.4), s, extra=extra, zebra=False)
    return [*found, table]
