"""The weights report: what the pairwise comparisons of a workshop say, per participant, per
office and for the group, and what of it may be shown — decided once for every output.

Office privacy, as the results view applies it to ratings: in office-tagged and anonymous
workshops no output ties judgements to a person, so a participant's own weights, consistency
and most inconsistent pair are withheld (how many pairs they left open is shown: that is the
ballot's progress, never a value); anonymous workshops show no names or offices at all. An
office's weights are withheld unless at least two of its participants compared criteria, and
when one office's are withheld the other's go too (beside the group's they would let the lone
person's judgements be worked out). The group's weights need two participants the same way.
Named workshops show everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain import ahp, scoring
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError
from pmo_tmo_desktop.domain.figures import half_away
from pmo_tmo_desktop.domain.offices import PMO, TMO, key_of
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.pairwise import judgements
from pmo_tmo_desktop.services.rows import table
from pmo_tmo_desktop.store.workspace import Workspace

JSON_DIGITS = 4
"""Weights and consistency ratios in --json: four decimals, rounded half away from zero."""
OFFICES = (PMO, TMO)


@dataclass(frozen=True, slots=True)
class Entry:
    """One participant, office or the group: its weights (None where withheld)."""

    name: str | None
    office: str | None
    result: ahp.Weights | None
    """None: withheld for privacy."""
    people: int = 1
    """How many participants compared at least one pair."""
    missing: int = 0
    """Pairs none of them compared."""


@dataclass(frozen=True, slots=True)
class WeightsReport:
    workshop_id: int
    title: str
    anonymity: m.Anonymity
    criteria: tuple[tuple[int, str, float], ...]
    """(id, name, weight in force) in the workshop's order."""
    in_force: str
    adopted_at: datetime | None
    participants: tuple[Entry, ...]
    offices: dict[str, Entry]
    group: Entry

    @property
    def private(self) -> bool:
        return self.anonymity != m.Anonymity.NAMED


def load(ws: Workspace, workshop_id: int) -> WeightsReport:
    """The weights report of a workshop, privacy applied."""
    w, p, o, c = table("workshop"), table("participant"), table("office"), table("criterion")
    with ws.reading() as conn:
        row = conn.execute(
            select(w.c.title, w.c.anonymity, w.c.weights_in_force, w.c.weights_adopted_at).where(
                w.c.id == workshop_id
            )
        ).first()
        if row is None:
            raise NotFoundError(
                translate("Services", "no workshop with id {id}").format(id=workshop_id)
            )
        criteria = tuple(
            (int(r.id), str(r.name), float(r.weight))
            for r in conn.execute(
                select(c.c.id, c.c.name, c.c.weight)
                .where(c.c.workshop_id == workshop_id)
                .order_by(c.c.position, c.c.id)
            )
        )
        people = list(
            conn.execute(
                select(p.c.id, p.c.name, o.c.name.label("office"))
                .select_from(p.outerjoin(o, o.c.id == p.c.office_id))
                .where(p.c.workshop_id == workshop_id)
                .order_by(p.c.position, p.c.id)
            )
        )
        given = judgements(conn, workshop_id)
    anonymity = m.Anonymity(row.anonymity)
    private = anonymity != m.Anonymity.NAMED
    items = [i for i, _, _ in criteria]

    def entry(name: str | None, office: str | None, sets: list[list[ahp.Judgement]]) -> Entry:
        result = ahp.weights(items, ahp.aggregate(sets))
        return Entry(name, office, result, len(sets), len(result.missing))

    participants = []
    for person in people:
        mine = given.get(int(person.id), [])
        found = entry(person.name, person.office, [mine])
        shown = None if private else found.result
        participants.append(
            Entry(
                None if anonymity == m.Anonymity.ANONYMOUS else person.name,
                None if anonymity == m.Anonymity.ANONYMOUS else person.office,
                shown,
                1 if mine else 0,
                found.missing,
            )
        )
    by_office: dict[str, list[list[ahp.Judgement]]] = {k: [] for k in OFFICES}
    for person in people:
        key = key_of(person.office)
        if key is not None and int(person.id) in given:
            by_office[key].append(given[int(person.id)])
    offices = {k: entry(k.upper(), k.upper(), v) for k, v in by_office.items()}
    lone = private and any(0 < e.people < scoring.PRIVATE_MINIMUM for e in offices.values())
    if lone:
        offices = {
            k: Entry(e.name, e.office, None, e.people, e.missing) for k, e in offices.items()
        }
    group = entry(None, None, list(given.values()))
    if private and group.people < scoring.PRIVATE_MINIMUM:
        group = Entry(None, None, None, group.people, group.missing)
    return WeightsReport(
        workshop_id,
        str(row.title),
        anonymity,
        criteria,
        str(row.weights_in_force),
        row.weights_adopted_at,
        tuple(participants),
        offices,
        group,
    )


@dataclass(frozen=True, slots=True)
class OwnWeights:
    """One participant's own comparisons and what they say: shown only to that participant,
    on the ballot they are filling in (their own judgement, never another's)."""

    criteria: tuple[tuple[int, str], ...]
    """(id, name) in the workshop's order."""
    answers: dict[tuple[int, int], float]
    """Per pair (first, second) in the workshop's order: how many times first outweighs second."""
    result: ahp.Weights

    @property
    def pairs(self) -> tuple[tuple[int, int], ...]:
        """Every pair to compare, in the order the ballot lists them."""
        return ahp.pairs([i for i, _ in self.criteria])


def own(ws: Workspace, workshop_id: int, participant_id: int) -> OwnWeights:
    """A participant's own judgements, weights, consistency ratio and most inconsistent pair."""
    c, t = table("criterion"), table("pairwise_judgement")
    with ws.reading() as conn:
        criteria = tuple(
            (int(r.id), str(r.name))
            for r in conn.execute(
                select(c.c.id, c.c.name)
                .where(c.c.workshop_id == workshop_id)
                .order_by(c.c.position, c.c.id)
            )
        )
        stored = {
            (int(r.criterion_a_id), int(r.criterion_b_id)): float(r.value)
            for r in conn.execute(
                select(t.c.criterion_a_id, t.c.criterion_b_id, t.c.value).where(
                    t.c.workshop_id == workshop_id, t.c.participant_id == participant_id
                )
            )
        }
    items = [i for i, _ in criteria]
    answers: dict[tuple[int, int], float] = {}
    for first, second in ahp.pairs(items):
        if (first, second) in stored:
            answers[(first, second)] = stored[(first, second)]
        elif (second, first) in stored:
            answers[(first, second)] = 1.0 / stored[(second, first)]
    judged = [ahp.Judgement(a, b, v) for (a, b), v in answers.items()]
    return OwnWeights(criteria, answers, ahp.weights(items, judged))


def _figure(value: float | None, digits: int = JSON_DIGITS) -> float | None:
    return None if value is None else half_away(value, digits)


def _entry_data(report: WeightsReport, e: Entry) -> dict[str, Any]:
    names = {i: n for i, n, _ in report.criteria}
    r = e.result
    weights = None if r is None or r.weights is None else r.weights
    return {
        "weights": None
        if weights is None
        else {names[i]: _figure(weights[i]) for i in names if i in weights},
        "consistency_ratio": None if r is None else _figure(r.consistency_ratio),
        "most_inconsistent": None
        if r is None or r.most_inconsistent is None
        else [names[i] for i in r.most_inconsistent],
        "cut_off": None if r is None else [names[i] for i in r.cut_off],
        "missing": e.missing,
        "participants": e.people,
        "withheld": r is None and e.people > 0,
    }


def as_data(report: WeightsReport) -> dict[str, Any]:
    """The published shape of the weights report (the CLI's --json)."""
    return {
        "workshop": {"id": report.workshop_id, "title": report.title},
        "anonymity": str(report.anonymity),
        "criteria": [name for _, name, _ in report.criteria],
        "weights_now": {name: weight for _, name, weight in report.criteria},
        "in_force": report.in_force,
        "adopted_at": report.adopted_at.isoformat() if report.adopted_at else None,
        "participants": [
            {"name": e.name, "office": e.office} | _entry_data(report, e)
            for e in report.participants
        ],
        "offices": {e.name: _entry_data(report, e) for e in report.offices.values()},
        "group": _entry_data(report, report.group),
    }
