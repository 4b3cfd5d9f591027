"""Workshop workbooks as use cases: the set-up template, a workshop from a filled set-up, and
ballots out to the participants and back in.

Imports are all or nothing: every workbook is read and checked in full first (a bad one
changes nothing and takes no backup), then the workspace is backed up and the whole import
applied in one unit of work, so one undo takes it all back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.errors import ValidationError, WorkspaceError
from pmo_tmo_desktop.domain.scoring import DISSENT_THRESHOLD
from pmo_tmo_desktop.exchange.ballot_xlsx import (
    BALLOT,
    PARTICIPANT_AT,
    Ballot,
    BallotSource,
    BallotTexts,
    ballot_file_name,
    choices,
    write_ballot,
)
from pmo_tmo_desktop.exchange.ballot_xlsx_read import read_ballot
from pmo_tmo_desktop.exchange.workshop_setup_xlsx import (
    DEFAULT_OFFICES,
    WorkshopSetup,
    write_setup_template,
)
from pmo_tmo_desktop.exchange.workshop_setup_xlsx import read_setup as read_setup_workbook
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import entities, pairwise, queries, words, workshops
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.portfolio_setup import put_requires
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = [
    "BallotImport",
    "BallotProgress",
    "WorkshopSetup",
    "ballot_source",
    "create_from_setup",
    "export_ballots",
    "import_ballots",
    "put_setup",
    "read_ballots",
    "read_setup",
    "write_template",
]


def write_template(path: Path | str, ws: Workspace | None = None) -> None:
    """A blank set-up workbook; its Office lists `ws`'s offices (or PMO, TMO, Business, Vendor)."""
    offices = [o.name for o in queries.offices(ws)] if ws is not None else []
    write_setup_template(Path(path), offices or DEFAULT_OFFICES)


def read_setup(ws: Workspace, path: Path | str) -> WorkshopSetup:
    """The checked content of a filled set-up workbook, without changing anything (a preview)."""
    return read_setup_workbook(
        Path(path),
        offices=[o.name for o in queries.offices(ws)],
        taken_titles=[w.title for w in queries.workshops(ws)],
    )


def _writable(ws: Workspace) -> None:
    if ws.read_only:
        raise WorkspaceError(
            translate("Workspace", "{file} is open read-only; nothing can be changed").format(
                file=ws.label
            )
        )


def create_from_setup(
    ws: Workspace, path: Path | str, dissent_threshold: float = DISSENT_THRESHOLD
) -> Outcome:
    """A new workshop with everything a filled set-up workbook lists; the value is its id.

    `dissent_threshold` applies when the workbook gives none (the app passes the one its
    Preferences hold for new workshops).
    """
    setup = read_setup(ws, path)
    offices = {o.name: o.id for o in queries.offices(ws)}
    _writable(ws)
    ws.backup("before-import")
    with unit_of_work(ws) as rec:
        workshop_id = put_setup(rec, setup, offices, dissent_threshold)
    return rec.outcome(workshop_id)


def put_setup(
    rec: Recorder,
    setup: WorkshopSetup,
    offices: Mapping[str, int],
    dissent_threshold: float = DISSENT_THRESHOLD,
) -> int:
    """Inside a unit of work: the workshop of `setup` and all its rows; returns its id.

    The workshop takes the set-up's dissent threshold, or `dissent_threshold` when it has none.
    """
    given = setup.dissent_threshold
    values: dict[str, Any] = {
        "title": setup.title,
        "date": setup.date,
        "place": setup.place,
        "facilitator": setup.facilitator,
        "anonymity": setup.anonymity.value,
        "budget": setup.budget,
        "notes": setup.notes,
        "dissent_threshold": dissent_threshold if given is None else given,
        "resource_name": setup.resource_name,
        "resource_limit": setup.resource_limit,
        "pairwise_weights": setup.pairwise_weights,
    }
    workshop_id = entities.add(rec, "workshop", values)
    for group in setup.groups:  # before their members, whose rules are checked as they come
        entities.add(
            rec,
            "proposal_group",
            {"workshop_id": workshop_id, "name": group.name, "at_most": group.at_most},
        )
    for p in setup.participants:
        entities.add(
            rec,
            "participant",
            {
                "workshop_id": workshop_id,
                "name": p.name,
                "office_id": offices[p.office] if p.office is not None else None,
                "title": p.title,
            },
        )
    for c in setup.criteria:
        entities.add(
            rec,
            "criterion",
            {
                "workshop_id": workshop_id,
                "name": c.name,
                "weight": c.weight,
                "direction": c.direction.value,
                "scale_min": c.scale_min,
                "scale_max": c.scale_max,
                "description": c.description,
            },
        )
    made: dict[str, int] = {}
    for proposal in setup.proposals:
        made[proposal.title] = entities.add(
            rec,
            "proposal",
            {
                "workshop_id": workshop_id,
                "title": proposal.title,
                "sponsor": proposal.sponsor,
                "description": proposal.description,
                "cost": proposal.cost,
                "benefit": proposal.benefit,
                "duration_months": proposal.duration_months,
                "resource_use": proposal.resource_use,
                "funding": proposal.funding.value,
                "reason": proposal.reason,
                "group_name": proposal.group,
            },
        )
    for proposal in setup.proposals:
        if proposal.requires:
            put_requires(rec, made[proposal.title], [made[t] for t in proposal.requires])
    for item in setup.agenda:
        agenda: dict[str, Any] = {
            "workshop_id": workshop_id,
            "title": item.title,
            "presenter": item.presenter,
            "minutes": item.notes,
        }
        if item.duration_minutes is not None:
            agenda["duration_minutes"] = item.duration_minutes
        entities.add(rec, "agenda_item", agenda)
    return workshop_id


# -- ballots -----------------------------------------------------------------------------------


def _identity(ws: Workspace) -> str:
    """What ties a ballot to this workspace (and its copies and backups): its creation time."""
    return queries.workspace_info(ws).created.isoformat()


def ballot_texts() -> BallotTexts:
    """The words of a ballot workbook, translated (every literal is visible to lupdate)."""
    return BallotTexts(
        cant_judge=translate("BallotWorkbook", "can't judge"),
        rate_from=translate(
            "BallotWorkbook", "Rate each proposal on each criterion from {low} to {high}."
        ),
        rate_per_column=translate(
            "BallotWorkbook",
            "Rate each proposal on each criterion on the scale shown in its column.",
        ),
        leave_none_empty=translate(
            "BallotWorkbook",
            'Leave no cell empty: type a number or choose "{cant_judge}". Details: sheet {sheet}.',
        ),
        send_back=translate("BallotWorkbook", "Save the file and send it back to {facilitator}."),
        error_title=translate("BallotWorkbook", "Not on the scale"),
        error=translate(
            "BallotWorkbook",
            '{criterion}: enter a number from {low} to {high}, or "{cant_judge}".',
        ),
        prompt=translate("BallotWorkbook", '{low}–{high}, {direction}; or "{cant_judge}"'),
        pairs_sheet=translate("BallotWorkbook", "Criteria weights"),
        pairs_intro=translate(
            "BallotWorkbook",
            "Optional, before rating: for each pair of criteria, choose which matters more and "
            "how much. Leave a pair empty if you cannot say.",
        ),
        pairs_headers=(
            translate("BallotWorkbook", "Criterion A"),
            translate("BallotWorkbook", "Criterion B"),
            translate("BallotWorkbook", "Which matters more, and how much?"),
        ),
        choices=choices(*words.judgement_steps()),
    )


def ballot_source(ws: Workspace, workshop_id: int) -> BallotSource:
    """The workshop as its ballots are made from and checked against."""
    data = queries.workshop(ws, workshop_id)
    return BallotSource(
        workspace=_identity(ws),
        workshop=data.workshop,
        participants=data.participants,
        criteria=data.criteria,
        proposals=data.proposals,
        texts=ballot_texts(),
    )


def export_ballots(ws: Workspace, workshop_id: int, folder: Path | str) -> list[Path]:
    """One ballot workbook per participant in `folder` (made if missing); their paths."""
    source = ballot_source(ws, workshop_id)
    title = source.workshop.title
    if not source.participants:
        raise ValidationError(
            translate("Services", "workshop '{title}' has no participants").format(title=title)
        )
    if not source.criteria or not source.proposals:
        raise ValidationError(
            translate("Services", "workshop '{title}' needs criteria and proposals to rate").format(
                title=title
            )
        )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for participant in source.participants:
        name = ballot_file_name(participant.name, {p.name for p in written})
        write_ballot(folder / name, source, participant)
        written.append(folder / name)
    return written


@dataclass(frozen=True, slots=True)
class BallotProgress:
    """How far one imported participant's ballot in the round is answered after the import
    (what the participant answered on the ballot, at the laptop or in the room)."""

    name: str
    """The participant's name."""
    fill: scoring.Ballot

    @property
    def complete(self) -> bool:
        return self.fill.state == scoring.BallotState.COMPLETE


@dataclass(frozen=True, slots=True)
class BallotImport:
    """What an import of ballots did (the Outcome's value)."""

    ballots: int
    ratings: int
    """Ratings with a value written (new or replaced)."""
    removed: int
    """Answers of earlier ballot imports (a rating or "can't judge") taken out because the
    cell is now empty."""
    round_number: int
    round_opened: bool
    """Whether the import opened the round (no round was open)."""
    cant_judge: int = 0
    """Cells answered "can't judge", written as ratings without a value."""
    progress: tuple[BallotProgress, ...] = ()
    """Per imported ballot (in the order given): how far it is answered now."""
    judgements: int = 0
    """Pairwise judgements of criteria written (new or replaced)."""

    @property
    def complete(self) -> int:
        """Imported ballots whose every proposal × criterion cell is now answered."""
        return sum(p.complete for p in self.progress)

    @property
    def incomplete(self) -> tuple[BallotProgress, ...]:
        """The imported ballots with a cell still unanswered."""
        return tuple(p for p in self.progress if not p.complete)


def read_ballots(ws: Workspace, workshop_id: int, paths: Sequence[Path | str]) -> list[Ballot]:
    """Read and check every ballot (a preview); WorkbookError naming file, sheet and cell."""
    source = ballot_source(ws, workshop_id)
    if not paths:
        raise ValidationError(translate("Services", "no ballot files given"))
    ballots: list[Ballot] = []
    first_of: dict[int, Path] = {}
    for path in paths:
        ballot = read_ballot(Path(path), source)
        earlier = first_of.get(ballot.participant.id)
        if earlier is not None:
            raise WorkbookError(
                ballot.file,
                translate(
                    "Services", "a second ballot of {name} in this import (the first is {file})"
                ).format(name=ballot.participant.name, file=earlier.name),
                sheet=BALLOT,
                cell=PARTICIPANT_AT,
            )
        first_of[ballot.participant.id] = ballot.file
        ballots.append(ballot)
    return ballots


def import_ballots(ws: Workspace, workshop_id: int, paths: Sequence[Path | str]) -> Outcome:
    """Filled ballots into the open round (opening a blind one if none is), all or nothing.

    A number sets that rating and "can't judge" records that answer (a rating without a
    value), either replacing what the participant had in this round; an empty cell is not
    answered and takes out an answer an earlier ballot import put there. The value of the
    outcome is a BallotImport.
    """
    data = queries.workshop(ws, workshop_id)
    if data.open_round is None and data.workshop.status == m.WorkshopStatus.CLOSED:
        raise ValidationError(
            translate(
                "Services", "workshop '{title}' is closed; ballots can no longer be imported"
            ).format(title=data.workshop.title)
        )
    ballots = read_ballots(ws, workshop_id, paths)
    _writable(ws)
    ws.backup("before-import")
    with unit_of_work(ws) as rec:
        summary = _apply(rec, workshop_id, ballots)
    return rec.outcome(summary)


def _apply(rec: Recorder, workshop_id: int, ballots: Sequence[Ballot]) -> BallotImport:
    rounds, ratings = table("round"), table("rating")
    found = rec.conn.execute(
        select(rounds.c.id).where(rounds.c.workshop_id == workshop_id, rounds.c.status == "open")
    ).scalar()
    opened = found is None
    if opened:
        held = rec.conn.execute(
            select(rounds.c.number).where(rounds.c.workshop_id == workshop_id)
        ).first()
        if held is not None:  # only a workshop without any round gets one opened for it
            raise ValidationError(
                translate(
                    "Services",
                    "no round is open: open the next round (Rating page, or pmo-tmo round "
                    "open) before importing ballots into it",
                )
            )
    round_id = workshops.start_round(rec, workshop_id, blind=True) if found is None else int(found)
    number = int(
        rec.conn.execute(select(rounds.c.number).where(rounds.c.id == round_id)).scalar_one()
    )
    by_ballot = {
        (row.participant_id, row.proposal_id, row.criterion_id): row.id
        for row in rec.conn.execute(
            select(
                ratings.c.id,
                ratings.c.participant_id,
                ratings.c.proposal_id,
                ratings.c.criterion_id,
            ).where(
                ratings.c.round_id == round_id, ratings.c.entered_by == m.EnteredBy.BALLOT.value
            )
        )
    }
    written = unsure = removed = 0
    for ballot in ballots:
        who = ballot.participant.id
        for cell in ballot.cells:
            if cell.cant_judge:
                workshops.put_rating(
                    rec,
                    round_id,
                    who,
                    cell.proposal_id,
                    cell.criterion_id,
                    None,
                    m.EnteredBy.BALLOT,
                    cant_judge=True,
                )
                unsure += 1
                continue
            if cell.value is None:
                earlier = by_ballot.get((who, cell.proposal_id, cell.criterion_id))
                if earlier is not None:
                    rec.delete("rating", key_of(id=earlier))
                    removed += 1
                continue
            workshops.put_rating(
                rec,
                round_id,
                who,
                cell.proposal_id,
                cell.criterion_id,
                cell.value,
                m.EnteredBy.BALLOT,
            )
            written += 1
    progress = _progress(rec, workshop_id, round_id, ballots)
    judged = _apply_judgements(rec, workshop_id, ballots)
    return BallotImport(len(ballots), written, removed, number, opened, unsure, progress, judged)


def _apply_judgements(rec: Recorder, workshop_id: int, ballots: Sequence[Ballot]) -> int:
    """The pairwise sheets' answers: each replaces the participant's judgement of the pair;
    an empty answer takes out only a judgement an earlier ballot import put there."""
    t = table("pairwise_judgement")
    from_ballots = {
        (row.participant_id, row.criterion_a_id, row.criterion_b_id)
        for row in rec.conn.execute(
            select(t.c.participant_id, t.c.criterion_a_id, t.c.criterion_b_id).where(
                t.c.workshop_id == workshop_id, t.c.entered_by == m.EnteredBy.BALLOT.value
            )
        )
    }
    written = 0
    for ballot in ballots:
        who = ballot.participant.id
        for j in ballot.judgements:
            pair = (who, min(j.criterion_a, j.criterion_b), max(j.criterion_a, j.criterion_b))
            if j.value is None and pair not in from_ballots:
                continue
            pairwise.put_judgement(
                rec, who, j.criterion_a, j.criterion_b, j.value, m.EnteredBy.BALLOT
            )
            written += j.value is not None
    return written


def _progress(
    rec: Recorder, workshop_id: int, round_id: int, ballots: Sequence[Ballot]
) -> tuple[BallotProgress, ...]:
    """How far each ballot's participant has answered the round's cells (scoring's rule)."""
    proposals, criteria, ratings = table("proposal"), table("criterion"), table("rating")
    proposal_ids = select(proposals.c.id).where(proposals.c.workshop_id == workshop_id)
    criterion_ids = select(criteria.c.id).where(criteria.c.workshop_id == workshop_id)
    cells = int(
        rec.conn.execute(select(func.count()).select_from(proposal_ids.subquery())).scalar_one()
    ) * int(
        rec.conn.execute(select(func.count()).select_from(criterion_ids.subquery())).scalar_one()
    )
    filled = {
        int(row.participant_id): int(row.filled)
        for row in rec.conn.execute(
            select(ratings.c.participant_id, func.count().label("filled"))
            .where(
                ratings.c.round_id == round_id,
                ratings.c.proposal_id.in_(proposal_ids),
                ratings.c.criterion_id.in_(criterion_ids),
            )
            .group_by(ratings.c.participant_id)
        )
    }
    return tuple(
        BallotProgress(
            b.participant.name,
            scoring.Ballot(b.participant.id, filled.get(b.participant.id, 0), cells),
        )
        for b in ballots
    )


def ballots_imported(summary: BallotImport) -> str:
    """What an import of filled ballots did, one line for the app and the command line."""
    text = translate("Words", "{ballots} into round {round}: {ratings}; {states}").format(
        ballots=translate("Words", "Imported %n ballot(s)", None, summary.ballots),
        round=summary.round_number,
        ratings=", ".join(
            (
                translate("Words", "%n rating(s) written", None, summary.ratings),
                translate("Words", "%n can't judge", None, summary.cant_judge),
                translate("Words", "%n removed", None, summary.removed),
            )
        ),
        states=", ".join(
            (
                translate("Words", "%n complete", None, summary.complete),
                translate("Words", "%n incomplete", None, len(summary.incomplete)),
            )
        ),
    )
    if summary.incomplete:
        each = translate("Words", "{name}: {filled} of {cells} cells")
        details = "; ".join(
            each.format(name=b.name, filled=b.fill.filled, cells=b.fill.cells)
            for b in summary.incomplete
        )
        text += f" ({details})"
    if summary.round_opened:
        text += " " + translate("Words", "(the round was opened for them)")
    if summary.judgements:
        text += " " + translate(
            "Words", "%n pairwise judgement(s) of criteria recorded.", None, summary.judgements
        )
    return text
