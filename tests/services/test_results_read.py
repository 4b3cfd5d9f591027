"""The results are read in proportion to what they show: the round shown and the one before
it are scored once each, from plain tuples; ballots are counted by the database; a blind round
still open is never scored. Whatever the read, the figures are those of the full records."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.services import queries, reports, results, workshops
from pmo_tmo_desktop.services.files import Workspace
from tests.services.conftest import Setup


def _round(setup: Setup, values: tuple[float, float, float, float], close: bool = True) -> None:
    """One round: Ann rates both proposals on both criteria, Tom only the CRM's fit."""
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    a, b, c, d = values
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, a)
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.risk, b)
    workshops.rate(ws, round_id, setup.ann, setup.erp, setup.fit, c)
    workshops.rate(ws, round_id, setup.ann, setup.erp, setup.risk, d)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.fit, 9)
    if close:
        workshops.close_round(ws, setup.workshop)


@pytest.fixture
def three_rounds(setup: Setup) -> Setup:
    _round(setup, (7, 1, 4, 3))
    _round(setup, (8, 2, 5, 0))
    _round(setup, (6, 4, 9, 2))
    return setup


@pytest.fixture
def scorings(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int | None]]:
    """The round numbers scored, in order (the engine's entry point, counted)."""
    scored: list[int | None] = []
    original = scoring.score

    def counting(data: scoring.ScoringInput, number: int | None = None, *a, **k):  # type: ignore[no-untyped-def]
        scored.append(number)
        return original(data, number, *a, **k)

    monkeypatch.setattr(scoring, "score", counting)
    yield scored


@pytest.fixture
def rating_records(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rating records (dataclass instances) are made."""
    made: list[int] = []
    original = m.Rating

    def counting(**values):  # type: ignore[no-untyped-def]
        made.append(1)
        return original(**values)

    monkeypatch.setattr(m, "Rating", counting)
    return made


def _full(ws: Workspace, workshop_id: int, number: int | None = None) -> results.WorkshopResults:
    """The same view from every record of the workshop (what the pages compute)."""
    offices = {o.id: o.name for o in queries.offices(ws)}
    return results.compute(queries.workshop(ws, workshop_id), offices, number)


@pytest.mark.parametrize("number", [None, 1, 2, 3])
def test_a_read_for_results_makes_no_rating_record_and_shows_what_every_record_shows(
    three_rounds: Setup, number: int | None, rating_records: list[int]
) -> None:
    ws, wid = three_rounds.ws, three_rounds.workshop
    lean = results.load(ws, wid, number)
    assert rating_records == []
    full = _full(ws, wid, number)
    assert lean.results == full.results
    assert lean.previous == full.previous
    assert lean.movement == full.movement
    assert results.as_data(lean) == results.as_data(full)


def test_the_minutes_read_no_rating_record_and_score_two_rounds_once_each(
    three_rounds: Setup, scorings: list[int | None], rating_records: list[int]
) -> None:
    content = reports.minutes_content(three_rounds.ws, three_rounds.workshop)
    assert rating_records == []
    assert scorings == [3, 2]  # the round shown, then the one before it (movement)
    assert [(r.number, r.rated, r.ratings) for r in content.rounds] == [
        (1, 1, 5),
        (2, 1, 5),
        (3, 1, 5),
    ]


def test_the_minutes_read_each_table_once_whatever_the_rounds(three_rounds: Setup) -> None:
    """Reading is one query per table and one GROUP BY for the ballots, however many rounds
    and ratings there are; only two rounds' ratings are fetched."""
    ws = three_rounds.ws
    statements: list[str] = []

    def seen(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(ws.engine, "before_cursor_execute", seen)
    try:
        results.load(ws, three_rounds.workshop)
    finally:
        event.remove(ws.engine, "before_cursor_execute", seen)
    selects = [" ".join(s.split()) for s in statements if s.startswith("SELECT")]
    tables = [re.search(r" FROM (\w+)", s).group(1) for s in selects]  # type: ignore[union-attr]
    from_rating = [s for s, t in zip(selects, tables, strict=True) if t == "rating"]
    assert len(from_rating) == 2, from_rating  # the ballot counts and the scored ratings
    assert any("GROUP BY rating.round_id, rating.participant_id" in s for s in from_rating)
    assert len(tables) == len(set(tables)) + 1  # rating twice, every other table once


def test_a_blind_round_still_open_is_counted_never_scored(
    three_rounds: Setup, scorings: list[int | None]
) -> None:
    _round(three_rounds, (1, 1, 1, 1), close=False)  # round 4, blind, open
    found = results.load(three_rounds.ws, three_rounds.workshop, 4)
    assert not found.revealed
    assert scorings == []
    assert found.results.proposals == ()
    assert (found.results.rated, found.results.partial, found.results.expected) == (1, 1, 2)
    assert results.as_data(found)["proposals"] == []
    assert _full(three_rounds.ws, three_rounds.workshop, 4).results == found.results
