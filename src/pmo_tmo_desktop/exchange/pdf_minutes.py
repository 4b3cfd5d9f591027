"""The PDF minutes of a workshop: the board pack the facilitator sends after the session.

`write_minutes(path, content, texts)` lays out plain data (`MinutesContent`, built by
services.reports) in the words of `MinutesTexts` (translated by the caller): a cover, the
attendees by office, the agenda with its notes, the proposals, the results with charts, the
PMO-TMO gap view, the budget fit, the decisions, the actions, the rounds and the method.
Individual ratings never appear, and the results name no participant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer
from reportlab.platypus.flowables import HRFlowable

from pmo_tmo_desktop.exchange import pdf_minutes_results as results_parts
from pmo_tmo_desktop.exchange.pdf_base import (
    ACCENT,
    FONT_BOLD,
    FRAME_HEIGHT,
    MUTED,
    RULE,
    Markup,
    blend,
    colour,
    esc,
    hex_of,
    markup,
    para,
    tag,
)
from pmo_tmo_desktop.exchange.pdf_document import PageTexts, PdfMeta, build_pdf
from pmo_tmo_desktop.exchange.pdf_minutes_data import (
    ActionEntry,
    AgendaEntry,
    Attendee,
    CriterionEntry,
    DecisionEntry,
    FitEntry,
    GapEntry,
    MinutesContent,
    MinutesTexts,
    MovementEntry,
    OfficeGroup,
    ProposalEntry,
    ResultEntry,
    RoundEntry,
)
from pmo_tmo_desktop.exchange.pdf_minutes_layout import KIND_COLOURS, STATUS_COLOURS, Layout
from pmo_tmo_desktop.exchange.pdf_minutes_method import method
from pmo_tmo_desktop.exchange.pdf_minutes_portfolio import portfolio
from pmo_tmo_desktop.exchange.pdf_tables import contents, data_table, facts_table, height_of

__all__ = [
    "ActionEntry",
    "AgendaEntry",
    "Attendee",
    "CriterionEntry",
    "DecisionEntry",
    "FitEntry",
    "GapEntry",
    "MinutesContent",
    "MinutesTexts",
    "MovementEntry",
    "OfficeGroup",
    "ProposalEntry",
    "ResultEntry",
    "RoundEntry",
    "write_minutes",
]


SECTIONS = 10
"""The most top-level sections the minutes have (the length of the contents)."""
CONTENTS_LINE = 14.0


def write_minutes(path: str | Path, content: MinutesContent, texts: MinutesTexts) -> None:
    """Write the minutes PDF to `path`, atomically: a failure leaves no file behind."""
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


def story(content: MinutesContent, texts: MinutesTexts) -> list[Any]:
    """The flowables of the minutes, section by section."""
    lay = Layout(content, texts)
    found = [*cover(lay), PageBreak()]
    for section in (
        attendees,
        agenda,
        proposals,
        results_parts.results,
        results_parts.gaps,
        results_parts.fit,
        portfolio,
        decisions,
        actions,
        amendments,
        rounds,
        method,
    ):
        found += section(lay)
    return found


# --- cover --------------------------------------------------------------------------------


def cover(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    people = sum(len(g.attendees) for g in c.offices)
    by_office = ", ".join(
        f"{g.office or t.no_office} {len(g.attendees)}" for g in c.offices if g.attendees
    )
    facts: list[tuple[str, Any]] = [
        (t.date, c.date or "—"),
        (t.place, c.place or "—"),
        (t.facilitator, c.facilitator or "—"),
        (t.organisation, c.organisation or "—"),
        (t.participants, f"{people} ({by_office})" if by_office else str(people)),
        (t.anonymity_label, t.anonymity.get(c.anonymity, c.anonymity)),
    ]
    if c.round_number is not None and not c.results_hidden:
        facts.append(
            (
                t.results_from,
                t.results_round.format(n=c.round_number, rated=c.rated, total=c.expected),
            )
        )
    if c.decisions:
        facts.append((t.decisions_label, _kind_counts(lay)))
    if c.actions:
        done = sum(1 for a in c.actions if a.status == "done")
        facts.append((t.actions_label, t.actions_summary.format(n=len(c.actions), done=done)))
    if c.fit is not None:
        facts.append((t.budget, lay.money(c.fit.budget)))
    found: list[Any] = [Spacer(1, 6 * mm)]
    if c.organisation:
        found.append(para(tag("font", c.organisation, color=hex_of(ACCENT)), s.kicker))
    found += [
        para(t.minutes.upper(), s.kicker),
        para(c.title, s.title),
        para(" · ".join(x for x in (c.date, c.place) if x), s.subtitle),
        HRFlowable(width="100%", thickness=2.5, color=ACCENT, spaceBefore=2, spaceAfter=12),
        facts_table(facts, s),
    ]
    if c.notes.strip():
        found += [Spacer(1, 7 * mm), lay.h2(t.summary), para(c.notes, s.body)]
    closing = [Spacer(1, 6 * mm), para(t.generated.format(date=c.generated), s.small)]
    listing = [Spacer(1, 4 * mm), lay.h2(t.contents), contents(s)]
    if height_of(found + closing + listing[:2]) + CONTENTS_LINE * SECTIONS <= FRAME_HEIGHT:
        found += listing  # the cover keeps to one page: no contents when the summary is long
    return found + closing


def _kind_counts(lay: Layout) -> Markup:
    counts: dict[str, int] = {}
    for d in lay.c.decisions:
        counts[d.kind] = counts.get(d.kind, 0) + 1
    parts = []
    for kind, count in counts.items():
        label = tag("font", lay.kind(kind), color=KIND_COLOURS.get(kind, "#1F2933"))
        parts.append(Markup(f"<b>{label}</b> {count}"))
    order = list(KIND_COLOURS)
    keyed = sorted(zip(counts, parts, strict=True), key=lambda kp: _position(order, kp[0]))
    return Markup("&nbsp;&nbsp;·&nbsp;&nbsp;".join(p for _, p in keyed))


def _position(order: list[str], kind: str) -> int:
    return order.index(kind) if kind in order else len(order)


# --- who, what was on the agenda, what was assessed ---------------------------------------


def attendees(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.attendees)
    groups = [g for g in c.offices if g.attendees]
    if not groups:
        return [*found, lay.empty(t.no_attendees)]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for group in groups:
        tint = colour(group.colour)
        row = len(rows) + 1
        label = markup(
            "<b>{office}</b>&nbsp;&nbsp;<font color='#5F6B7A'>{n}</font>",
            office=group.office or t.no_office,
            n=len(group.attendees),
        )
        rows.append([para(label, s.cell), ""])
        extra += [
            ("SPAN", (0, row), (1, row)),
            ("BACKGROUND", (0, row), (1, row), blend(tint, 0.16)),
            ("LINEBEFORE", (0, row), (0, row), 3, tint),
            ("TOPPADDING", (0, row), (1, row), 5),
        ]
        for person in group.attendees:
            rows.append([person.name, person.title])
            extra.append(("LINEBELOW", (0, len(rows)), (1, len(rows)), 0.3, RULE))
    table = data_table((t.name, t.job_title), rows, (1, 1.4), s, extra=extra, zebra=False)
    return [*found, table]


def agenda(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.agenda)
    if not c.agenda:
        return [*found, lay.empty(t.no_agenda)]
    rows = []
    for index, item in enumerate(c.agenda, start=1):
        head = tag("b", item.title)
        if item.presenter:
            who = tag("font", t.presenter.format(name=item.presenter), color=hex_of(MUTED))
            head = Markup(f"{head}<br/>{who}")
        cell: list[Any] = [para(head, s.cell)]
        if item.notes.strip():
            cell += [Spacer(1, 3), para(item.notes, s.cell)]
        time = t.minutes_short.format(n=item.duration_minutes) if item.duration_minutes else ""
        rows.append([para(tag("b", str(index)), s.cell), cell, time])
    heads, widths, numeric = [t.number_sign, t.item, t.duration], [0.4, 8, 0.9], {2}
    if any(item.starts for item in c.agenda):  # the workshop has a start time: clock times
        for row, item in zip(rows, c.agenda, strict=True):
            row.insert(1, item.starts)
        heads.insert(1, t.starts)
        widths = [0.4, 0.8, 7.2, 0.9]
        numeric = {1, 3}
    extra = [("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE)]
    table = data_table(
        tuple(heads),
        rows,
        tuple(widths),
        s,
        numeric=numeric,
        extra=extra,
        zebra=False,
    )
    return [*found, table]


def proposals(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    if not c.proposals:
        return []
    found = lay.h1(t.proposals)

    def months(value: float | None) -> str:
        return lay.n(value, 0 if value is None or float(value).is_integer() else 1)

    rows: list[list[Any]] = [
        [
            p.title,
            p.sponsor,
            lay.money(p.cost),
            lay.money(p.benefit),
            months(p.duration_months),
        ]
        for p in c.proposals
    ]
    cost = _total([p.cost for p in c.proposals])
    benefit = _total([p.benefit for p in c.proposals])
    rows.append([t.total, "", lay.money(cost), lay.money(benefit), ""])
    table = data_table(
        (t.proposal, t.sponsor, t.cost, t.benefit, t.months),
        rows,
        (3.3, 3, 1.2, 1.2, 0.8),
        s,
        numeric={2, 3, 4},
        bold={0},
        extra=[
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
        ],
    )
    return [*found, table]


# --- what was decided and who does what ---------------------------------------------------


def decisions(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.decisions)
    if not c.decisions:
        found.append(lay.empty(t.no_decisions))
    else:
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for row, d in enumerate(c.decisions, start=1):
            tint = colour(KIND_COLOURS.get(d.kind, "#5F6B7A"))
            lines = [tag("b", d.proposal)]
            small = s.cell_small.fontSize
            if d.rank is not None:
                where = t.rank_and_score.format(rank=d.rank, score=lay.score(d.score))
                lines.append(tag("font", where, size=f"{small:g}", color=hex_of(MUTED)))
            if d.decided:
                when = t.decided.format(date=d.decided)
                lines.append(tag("font", when, size=f"{small:g}", color=hex_of(MUTED)))
            proposal = para(Markup("<br/>".join(lines)), s.cell)
            said: list[Any] = []
            if d.rationale.strip():
                said.append(para(Markup(f"<b>{esc(t.rationale)}:</b> {esc(d.rationale)}"), s.cell))
            if d.conditions.strip():
                said += [
                    Spacer(1, 3),
                    para(Markup(f"<b>{esc(t.conditions)}:</b> {esc(d.conditions)}"), s.cell),
                ]
            rows.append([proposal, lay.kind(d.kind), said])
            extra += [
                ("BACKGROUND", (1, row), (1, row), blend(tint, 0.12)),
                ("LINEBEFORE", (1, row), (1, row), 2.5, tint),
                ("TEXTCOLOR", (1, row), (1, row), tint),
            ]
        found.append(
            data_table(
                (t.proposal, t.decision, t.rationale_and_conditions),
                rows,
                (2.6, 1.35, 6),
                s,
                bold={1},
                extra=extra,
            )
        )
    if c.undecided:
        found.append(lay.note(t.undecided.format(titles=", ".join(c.undecided))))
    return found


def actions(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.actions)
    if not c.actions:
        return [*found, lay.empty(t.no_actions)]
    rows: list[list[Any]] = []
    for index, a in enumerate(c.actions, start=1):
        what: list[Any] = [para(a.text, s.cell)]
        if a.proposal:
            what.append(para(a.proposal, s.cell_small))
        status = t.action_statuses.get(a.status, a.status)
        shade = STATUS_COLOURS.get(a.status, "#1F2933")
        rows.append(
            [
                str(index),
                what,
                para(tag("b", a.owner), s.cell),
                a.due or "—",
                para(tag("font", status, color=shade), s.cell),
            ]
        )
    found.append(
        data_table(
            (t.number_sign, t.action, t.owner, t.due, t.status),
            rows,
            (0.45, 6, 2, 1.35, 1.45),
            s,
            numeric={0},
            whole={3},
        )
    )
    return found


def amendments(lay: Layout) -> list[Any]:
    """Re-issued minutes list every correction made after closing; first minutes show none."""
    c, t, s = lay.c, lay.t, lay.s
    if not c.amendments:
        return []
    found = [*lay.h1(t.amendments), para(t.amendments_intro, s.body)]
    rows = [
        [a.when, para(a.what, s.cell), para(a.why, s.cell), para(a.by or "—", s.cell)]
        for a in c.amendments
    ]
    found.append(
        data_table(
            (t.amendment_when, t.amendment_what, t.amendment_why, t.amendment_by),
            rows,
            (1.6, 5, 3.4, 1.4),
            s,
            whole={0},
        )
    )
    return found


# --- supporting detail: rounds and method -------------------------------------------------


def rounds(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.rounds)
    if not c.rounds:
        return [*found, lay.empty(t.no_rounds)]
    rows: list[list[Any]] = [
        [
            str(r.number),
            t.blind if r.blind else t.not_blind,
            t.round_statuses.get(r.status, r.status),
            r.opened or "—",
            r.closed or "—",
            t.rated_of.format(rated=r.rated, total=r.expected),
            lay.n(r.ratings, 0),
        ]
        for r in c.rounds
    ]
    body: list[Any] = []
    body.append(
        data_table(
            (t.round, t.mode, t.status, t.opened, t.closed, t.rated, t.ratings),
            rows,
            (0.8, 1.3, 1, 1.9, 1.9, 1.1, 1),
            s,
            numeric={0, 5, 6},
            whole={3, 4},
        )
    )
    if c.movement and c.movement_from is not None and c.round_number is not None:
        first, last = c.movement_from, c.round_number
        body += [Spacer(1, 6), lay.h2(t.movement_title.format(first=first, last=last))]
        moved = []
        inks: list[tuple[Any, ...]] = []
        for row, m in enumerate(c.movement, start=1):
            moved.append(
                [
                    m.title,
                    lay.score(m.before),
                    lay.score(m.after),
                    lay.n.signed(m.change, 1),
                    lay.n.signed(m.gap_before, 1),
                    lay.n.signed(m.gap_after, 1),
                ]
            )
            for column, gap in ((4, m.gap_before), (5, m.gap_after)):
                ink = lay.gap_ink(gap)
                if ink is not None:
                    inks.append(("TEXTCOLOR", (column, row), (column, row), ink))
        body.append(
            data_table(
                (
                    t.proposal,
                    t.score_round.format(n=first),
                    t.score_round.format(n=last),
                    t.change,
                    t.gap_round.format(n=first),
                    t.gap_round.format(n=last),
                ),
                moved,
                (4.2, 1.1, 1.1, 1, 1.1, 1.1),
                s,
                numeric={1, 2, 3, 4, 5},
                bold={0},
                extra=inks,
            )
        )
    # the heading, the rounds and what moved, on one page when they fit
    return [found[0], KeepTogether([*found[1:], *body])]


def _total(values: list[float | None]) -> float | None:
    """The sum of the known values; None when none is known."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None
