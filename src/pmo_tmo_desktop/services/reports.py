"""Reports of a workshop: the PDF minutes.

`minutes_content` turns a workshop's records and results into the plain data the PDF prints;
`write_minutes` writes it with the words translated (services.reports_texts). Numbers are
formatted in the reader's language by the separators the translation gives; dates are
ISO 8601. Individual ratings never leave this module: only averages do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from pmo_tmo_desktop.domain import agenda, scoring
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.offices import colours as office_colours
from pmo_tmo_desktop.exchange import pdf_minutes
from pmo_tmo_desktop.exchange.pdf_minutes_data import (
    ActionEntry,
    AgendaEntry,
    AmendmentEntry,
    Attendee,
    CriterionEntry,
    DecisionEntry,
    FitEntry,
    GapEntry,
    MinutesContent,
    MovementEntry,
    OfficeGroup,
    ProposalEntry,
    ResultEntry,
    RoundEntry,
)
from pmo_tmo_desktop.exchange.pdf_portfolio_data import PortfolioContent
from pmo_tmo_desktop.services import chart_spec, queries, reports_portfolio, results, weights_view
from pmo_tmo_desktop.services.reports_texts import language, minutes_texts, number_format
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.store.workspace import Workspace

LARGEST_GAPS = 5


def _agenda_starts(data: queries.WorkshopData) -> list[str]:
    """Each agenda item's clock time, when the workshop has a start time (else "")."""
    start = data.workshop.start_time
    if start is None:
        return [""] * len(data.agenda)
    return agenda.times((a.duration_minutes for a in data.agenda), start)


def minutes_content(
    ws: Workspace, workshop_id: int, round_number: int | None = None
) -> MinutesContent:
    """What the minutes of a workshop print (the latest closed round with ratings unless one
    is named).

    Raises NotFoundError for an unknown workshop, ValidationError for a round it lacks or a
    blind round still open (no document prints one).
    """
    found = results.revealed_or_refuse(results.load(ws, workshop_id, round_number))
    info = queries.workspace_info(ws)
    group = None
    if found.data.workshop.weights_in_force == "group":  # its consistency, privacy applied
        group = weights_view.load(ws, workshop_id).group.result
    return content_of(
        found,
        queries.offices(ws),
        info.organisation,
        round_chosen=found.chosen,
        today=date.today(),
        group_consistency=None if group is None else group.consistency_ratio,
        portfolio=reports_portfolio.portfolio_of(ws, found, _money_words()),
    )


def _money_words() -> Callable[[float], str]:
    """Money and limits as the minutes write them, for the sentences made here."""
    number = number_format()
    return lambda value: number(value, 0 if float(value).is_integer() else 2)


def write_minutes(
    ws: Workspace, workshop_id: int, path: Path | str, round_number: int | None = None
) -> None:
    """Write the minutes PDF of a workshop to `path` (atomically) in the user's language.

    The thousands of ratings read and scored, and the document's flowables, hold no cycles:
    the cycle collector rests meanwhile rather than sweep the heap again and again."""
    with queries.no_cycle_collection():
        content = minutes_content(ws, workshop_id, round_number)
        pdf_minutes.write_minutes(path, content, minutes_texts())


# --- from records to printable data ---------------------------------------------------------


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def content_of(
    found: WorkshopResults,
    offices: Sequence[m.Office],
    organisation: str,
    *,
    round_chosen: bool = False,
    today: date | None = None,
    group_consistency: float | None = None,
    portfolio: PortfolioContent | None = None,
) -> MinutesContent:
    """The minutes' content from computed results (pure: no database); `portfolio` is the
    funding decision's section (services.reports_portfolio), decided beforehand."""
    data, r = found.data, found.results
    w = data.workshop
    pmo_colour, tmo_colour = office_colours(offices)
    hidden = r.round_number is not None and not found.revealed
    shown = r.round_number is not None and not hidden
    return MinutesContent(
        title=w.title,
        organisation=organisation,
        date=_iso(w.date),
        place=w.place,
        facilitator=w.facilitator,
        anonymity=w.anonymity.value,
        notes=w.notes,
        generated=_iso(today or date.today()),
        offices=_groups(data.participants, offices),
        agenda=tuple(
            AgendaEntry(a.title, a.presenter, a.duration_minutes, a.minutes, starts)
            for a, starts in zip(data.agenda, _agenda_starts(data), strict=True)
        ),
        criteria=tuple(
            CriterionEntry(
                c.name,
                c.description,
                c.weight,
                c.direction.value,
                c.scale_min,
                c.scale_max,
                c.set_weight if w.weights_in_force == "group" else None,
            )
            for c in data.criteria
        ),
        proposals=tuple(
            ProposalEntry(p.title, p.sponsor, p.cost, p.benefit, p.duration_months)
            for p in data.proposals
        ),
        round_number=r.round_number,
        round_chosen=round_chosen,
        rated=r.rated,
        expected=r.expected,
        results_hidden=hidden,
        results=_results(found) if shown else (),
        largest_gaps=_largest_gaps(found) if shown else (),
        office_chart=chart_spec.minutes_office_chart(found) if shown else None,
        gap_top=chart_spec.gap_scale_of(found).top if shown else None,
        dissent_threshold=found.threshold,
        withheld=shown and found.any_withheld,
        decisions=_decisions(found, shown),
        undecided=_undecided(found),
        actions=_actions(data),
        amendments=tuple(
            AmendmentEntry(
                when=a.made_at.strftime("%Y-%m-%d %H:%M") if a.made_at else "",
                what=a.what,
                why=a.why,
                by=a.made_by,
            )
            for a in data.amendments
        ),
        fit=_fit(found) if shown else None,
        rounds=_rounds(found),
        movement_from=found.previous.round_number if shown and found.previous else None,
        movement=_movement(found) if shown else (),
        pmo_colour=pmo_colour,
        tmo_colour=tmo_colour,
        language=language(),
        weights_in_force=w.weights_in_force,
        weights_adopted=_iso(w.weights_adopted_at.date()) if w.weights_adopted_at else "",
        group_consistency=group_consistency,
        portfolio=portfolio if shown else None,
    )


def _groups(
    participants: Sequence[m.Participant], offices: Sequence[m.Office]
) -> tuple[OfficeGroup, ...]:
    """Attendees by office, offices in their order; people without a known office last."""
    known = {o.id for o in offices}
    groups = [
        OfficeGroup(
            o.name,
            o.colour,
            tuple(Attendee(p.name, p.title) for p in participants if p.office_id == o.id),
        )
        for o in offices
    ]
    loose = tuple(Attendee(p.name, p.title) for p in participants if p.office_id not in known)
    if loose:
        groups.append(OfficeGroup("", "#8A97A8", loose))
    return tuple(g for g in groups if g.attendees)


def _results(found: WorkshopResults) -> tuple[ResultEntry, ...]:
    order = [c.id for c in found.data.criteria]
    rows = []
    for p in found.results.proposals:
        gaps = {c.criterion_id: c.gap for c in p.criteria}
        rows.append(
            ResultEntry(
                rank=p.rank,
                title=p.title,
                score=p.score,
                pmo=p.pmo_score,
                tmo=p.tmo_score,
                gap=p.gap,
                dissent=p.dissent,
                flagged=p.dissent_flag,
                cost=p.cost,
                criterion_gaps=tuple(gaps.get(i) for i in order),
            )
        )
    return tuple(rows)


def _largest_gaps(found: WorkshopResults) -> tuple[GapEntry, ...]:
    titles = {p.id: p.title for p in found.data.proposals}
    names = {c.id: c.name for c in found.data.criteria}
    return tuple(
        GapEntry(
            titles.get(g.proposal_id, ""),
            names.get(g.criterion_id, "") if g.criterion_id is not None else "",
            g.gap,
        )
        for g in found.results.largest_gaps(LARGEST_GAPS)
    )


def _rank_order(found: WorkshopResults) -> dict[int, int]:
    """Proposal id to its place in the ranking (proposal order when nothing is ranked)."""
    ranked = [p.proposal_id for p in found.results.proposals]
    rest = [p.id for p in found.data.proposals if p.id not in ranked]
    return {pid: i for i, pid in enumerate(ranked + rest)}


def _decisions(found: WorkshopResults, shown: bool) -> tuple[DecisionEntry, ...]:
    proposals = {p.id: p for p in found.data.proposals}
    scored = {p.proposal_id: p for p in found.results.proposals} if shown else {}
    place = _rank_order(found)
    entries = []
    for d in sorted(found.data.decisions, key=lambda d: place.get(d.proposal_id, len(place))):
        result = scored.get(d.proposal_id)
        entries.append(
            DecisionEntry(
                proposal=proposals[d.proposal_id].title if d.proposal_id in proposals else "",
                kind=d.kind.value,
                rationale=d.rationale,
                conditions=d.conditions,
                decided=_decided(d.decided_at, found.data.workshop.date),
                rank=result.rank if result else None,
                score=result.score if result else None,
            )
        )
    return tuple(entries)


def _decided(at: datetime | None, workshop_day: date | None) -> str:
    """The day a decision was taken, when it was not the day of the workshop."""
    if at is None or at.date() == workshop_day:
        return ""
    return _iso(at.date())


def _undecided(found: WorkshopResults) -> tuple[str, ...]:
    if not found.data.decisions:
        return ()
    decided = {d.proposal_id for d in found.data.decisions}
    place = _rank_order(found)
    left = [p for p in found.data.proposals if p.id not in decided]
    return tuple(p.title for p in sorted(left, key=lambda p: place.get(p.id, len(place))))


def _actions(data: queries.WorkshopData) -> tuple[ActionEntry, ...]:
    titles = {p.id: p.title for p in data.proposals}
    return tuple(
        ActionEntry(
            a.text,
            a.owner,
            _iso(a.due),
            a.status.value,
            titles.get(a.proposal_id, "") if a.proposal_id is not None else "",
        )
        for a in data.actions
    )


def _fit(found: WorkshopResults) -> FitEntry | None:
    fit = found.fit
    if fit is None:
        return None
    chosen = set(fit.chosen)
    kinds = {d.proposal_id: d.kind.value for d in found.data.decisions}
    return FitEntry(
        budget=fit.budget,
        chosen=tuple(
            (p.title, p.rank, p.score, p.cost, kinds.get(p.proposal_id, ""))
            for p in found.results.proposals
            if p.proposal_id in chosen
        ),
        total_cost=fit.total_cost,
        total_score=fit.total_score,
    )


def _rounds(found: WorkshopResults) -> tuple[RoundEntry, ...]:
    data = found.data
    prepared = found.prepared
    ratings = scoring.ratings_per_round(prepared)
    return tuple(
        RoundEntry(
            number=x.number,
            blind=x.blind,
            status=x.status.value,
            opened=_iso(x.opened),
            closed=_iso(x.closed),
            rated=scoring.progress(prepared, x.number)[0],
            expected=len(data.participants),
            ratings=ratings.get(x.id, 0),
        )
        for x in data.rounds
    )


def _movement(found: WorkshopResults) -> tuple[MovementEntry, ...]:
    """Per proposal (rank order): score and gap in the previous rated round and in this one."""
    if found.previous is None or found.results.round_number is None:
        return ()
    earlier: Mapping[int, scoring.ProposalResult] = {
        p.proposal_id: p for p in found.previous.proposals
    }
    return tuple(
        MovementEntry(
            p.title,
            earlier[p.proposal_id].score if p.proposal_id in earlier else None,
            p.score,
            found.movement.get(p.proposal_id),
            earlier[p.proposal_id].gap if p.proposal_id in earlier else None,
            p.gap,
        )
        for p in found.results.proposals
    )
