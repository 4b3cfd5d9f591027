"""Pairwise criterion weights in a workshop: judgements recorded at once, the weights report
with office privacy, and adopting the group's weights as one undoable step."""

from __future__ import annotations

import sqlite3

import pytest

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.services import closing, entities, files, pairwise, queries, rows, weights_view
from tests.services.conftest import Setup
from tests.services.helpers import location, office_id


@pytest.fixture
def three(setup: Setup) -> tuple[Setup, int, int]:
    """The set-up workshop with a third criterion and a second PMO participant."""
    cost = entities.create(
        setup.ws, "criterion", workshop_id=setup.workshop, name="Cost", weight=2
    ).new_id
    pia = entities.create(
        setup.ws,
        "participant",
        workshop_id=setup.workshop,
        name="Pia",
        office_id=office_id(setup.ws, "PMO"),
    ).new_id
    return setup, cost, pia


STORED = (
    "SELECT participant_id, criterion_a_id, criterion_b_id, value, entered_by "
    "FROM pairwise_judgement ORDER BY id"
)


def _stored(setup: Setup) -> list[tuple[object, ...]]:
    """What another connection reads: only what was committed."""
    if setup.ws.is_library:
        with files.open_file(location(setup.ws), read_only=True) as other, other.reading() as c:
            return [tuple(row) for row in c.exec_driver_sql(STORED)]
    con = sqlite3.connect(setup.ws.path)
    try:
        return con.execute(STORED).fetchall()
    finally:
        con.close()


def test_a_judgement_is_committed_at_once_in_pair_order_and_replaced(setup: Setup) -> None:
    s = setup
    pairwise.record_judgement(s.ws, s.ann, s.risk, s.fit, 1 / 3)  # fit 3x as important
    assert _stored(s) == [(s.ann, s.fit, s.risk, pytest.approx(3.0), "self")]
    pairwise.record_judgement(s.ws, s.ann, s.fit, s.risk, 1 / 5)
    assert _stored(s) == [(s.ann, s.fit, s.risk, pytest.approx(0.2), "self")]
    pairwise.clear_judgement(s.ws, s.ann, s.risk, s.fit)
    assert _stored(s) == []


def test_judgements_off_the_scale_or_outside_the_workshop_are_refused(setup: Setup) -> None:
    s = setup
    with pytest.raises(ValidationError, match="Strategic fit vs Delivery risk: 10"):
        pairwise.record_judgement(s.ws, s.ann, s.fit, s.risk, 10)
    with pytest.raises(ValidationError, match=r"2\.5 is not on the 1/9 to 9 scale"):
        pairwise.record_judgement(s.ws, s.ann, s.fit, s.risk, 2.5)
    with pytest.raises(ValidationError, match="not compared with itself"):
        pairwise.record_judgement(s.ws, s.ann, s.fit, s.fit, 3)
    other = entities.create(s.ws, "workshop", title="Other").new_id
    elsewhere = entities.create(s.ws, "criterion", workshop_id=other, name="Speed").new_id
    with pytest.raises(NotFoundError, match=f"no criterion with id {elsewhere}"):
        pairwise.record_judgement(s.ws, s.ann, s.fit, elsewhere, 3)
    with pytest.raises(NotFoundError, match="no participant with id 999"):
        pairwise.record_judgement(s.ws, 999, s.fit, s.risk, 3)
    assert _stored(s) == []


def test_a_closed_workshop_takes_no_judgement(setup: Setup) -> None:
    s = setup
    closing.close_workshop(s.ws, s.workshop)
    with pytest.raises(ValidationError, match="is closed"):
        pairwise.record_judgement(s.ws, s.ann, s.fit, s.risk, 3)


def _judge(s: Setup, cost: int, pia: int) -> None:
    # Ann and Pia (PMO), Tom (TMO); Tom leaves fit vs cost open.
    for who, fit_risk, fit_cost, risk_cost in ((s.ann, 3, 5, 2), (pia, 5, 7, 3)):
        pairwise.record_judgement(s.ws, who, s.fit, s.risk, fit_risk)
        pairwise.record_judgement(s.ws, who, s.fit, cost, fit_cost)
        pairwise.record_judgement(s.ws, who, s.risk, cost, risk_cost)
    pairwise.record_judgement(s.ws, s.tom, s.fit, s.risk, 1 / 2)
    pairwise.record_judgement(s.ws, s.tom, s.risk, cost, 4)


def test_the_named_report_gives_every_participant_office_and_the_group(
    three: tuple[Setup, int, int],
) -> None:
    s, cost, pia = three
    entities.edit(s.ws, "workshop", s.workshop, anonymity="named")
    _judge(s, cost, pia)
    data = weights_view.as_data(weights_view.load(s.ws, s.workshop))
    assert data["criteria"] == ["Strategic fit", "Delivery risk", "Cost"]
    ann, tom, pia_ = data["participants"]
    expected = ahp.weights(
        (s.fit, s.risk, cost),
        [
            ahp.Judgement(s.fit, s.risk, 3),
            ahp.Judgement(s.fit, cost, 5),
            ahp.Judgement(s.risk, cost, 2),
        ],
    )
    assert ann["name"] == "Ann" and ann["office"] == "PMO" and ann["missing"] == 0
    assert ann["weights"]["Strategic fit"] == round(expected.weights[s.fit], 4)  # type: ignore[index]
    assert ann["consistency_ratio"] == round(expected.consistency_ratio or 0, 4)
    assert tom["missing"] == 1 and tom["weights"] is not None  # Harker: fit vs cost missing
    assert pia_["name"] == "Pia"
    group = ahp.weights(
        (s.fit, s.risk, cost),
        [
            ahp.Judgement(s.fit, s.risk, (3 * 5 * 0.5) ** (1 / 3)),
            ahp.Judgement(s.fit, cost, (5 * 7) ** 0.5),
            ahp.Judgement(s.risk, cost, (2 * 3 * 4) ** (1 / 3)),
        ],
    )
    assert data["group"]["weights"] == {
        "Strategic fit": round(group.weights[s.fit], 4),  # type: ignore[index]
        "Delivery risk": round(group.weights[s.risk], 4),  # type: ignore[index]
        "Cost": round(group.weights[cost], 4),  # type: ignore[index]
    }
    assert data["group"]["participants"] == 3 and data["group"]["missing"] == 0
    assert data["offices"]["PMO"]["participants"] == 2
    assert data["offices"]["TMO"]["weights"] is not None
    assert data["in_force"] == "set" and data["adopted_at"] is None


def test_office_tagged_withholds_each_person_and_a_lone_office(
    three: tuple[Setup, int, int],
) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)  # office-tagged: the default
    data = weights_view.as_data(weights_view.load(s.ws, s.workshop))
    for person in data["participants"]:
        assert person["weights"] is None and person["consistency_ratio"] is None
        assert person["most_inconsistent"] is None and person["withheld"] is True
    assert [p["missing"] for p in data["participants"]] == [0, 1, 0]
    # Tom is the TMO's only judge: the TMO's weights go, and the PMO's beside them
    assert data["offices"]["TMO"]["weights"] is None and data["offices"]["TMO"]["withheld"]
    assert data["offices"]["PMO"]["weights"] is None
    assert data["group"]["weights"] is not None  # three people


def test_anonymous_names_nobody(three: tuple[Setup, int, int]) -> None:
    s, cost, pia = three
    entities.edit(s.ws, "workshop", s.workshop, anonymity="anonymous")
    _judge(s, cost, pia)
    data = weights_view.as_data(weights_view.load(s.ws, s.workshop))
    assert {(p["name"], p["office"]) for p in data["participants"]} == {(None, None)}


def test_adopting_the_group_weights_is_one_undoable_step(three: tuple[Setup, int, int]) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)
    before = {c.id: c.weight for c in queries.workshop(s.ws, s.workshop).criteria}
    outcome = pairwise.adopt_group_weights(s.ws, s.workshop)
    data = queries.workshop(s.ws, s.workshop)
    now = {c.id: c.weight for c in data.criteria}
    assert now == outcome.value
    assert sum(now.values()) == pytest.approx(100, abs=0.02)
    assert now[s.fit] > now[s.risk] > now[cost]
    assert {c.id: c.set_weight for c in data.criteria} == before
    assert data.workshop.weights_in_force == "group"
    assert data.workshop.weights_adopted_at is not None
    assert weights_view.load(s.ws, s.workshop).in_force == "group"

    rows.apply(s.ws, outcome.undo)
    data = queries.workshop(s.ws, s.workshop)
    assert {c.id: c.weight for c in data.criteria} == before
    assert data.workshop.weights_in_force == "set" and data.workshop.weights_adopted_at is None

    pairwise.adopt_group_weights(s.ws, s.workshop)
    pairwise.keep_set_weights(s.ws, s.workshop)
    data = queries.workshop(s.ws, s.workshop)
    assert {c.id: c.weight for c in data.criteria} == before
    assert {c.set_weight for c in data.criteria} == {None}
    assert data.workshop.weights_in_force == "set"


def test_adoption_needs_every_criterion_linked(three: tuple[Setup, int, int]) -> None:
    s, _, _ = three
    with pytest.raises(ValidationError, match="nobody has compared"):
        pairwise.adopt_group_weights(s.ws, s.workshop)
    pairwise.record_judgement(s.ws, s.ann, s.fit, s.risk, 3)
    with pytest.raises(ValidationError, match="Cost cut off"):
        pairwise.adopt_group_weights(s.ws, s.workshop)
    assert queries.workshop(s.ws, s.workshop).workshop.weights_in_force == "set"


def test_a_criterion_deleted_takes_its_judgements_and_its_undo_brings_them_back(
    three: tuple[Setup, int, int],
) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)
    assert len(_stored(s)) == 8
    outcome = entities.remove(s.ws, "criterion", cost)
    assert len(_stored(s)) == 3
    rows.apply(s.ws, outcome.undo)
    assert len(_stored(s)) == 8


def test_the_workshop_asks_for_pairwise_weights_by_its_flag(setup: Setup) -> None:
    s = setup
    assert queries.workshop(s.ws, s.workshop).workshop.pairwise_weights is False
    outcome = entities.edit(s.ws, "workshop", s.workshop, pairwise_weights="yes")
    assert queries.workshop(s.ws, s.workshop).workshop.pairwise_weights is True
    rows.apply(s.ws, outcome.undo)
    assert queries.workshop(s.ws, s.workshop).workshop.pairwise_weights is False
    with pytest.raises(ValidationError, match="Pairwise criterion weights: must be yes or no"):
        entities.edit(s.ws, "workshop", s.workshop, pairwise_weights="perhaps")


def test_a_weight_set_by_hand_after_adoption_puts_the_set_weights_back_in_force(
    three: tuple[Setup, int, int],
) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)
    pairwise.adopt_group_weights(s.ws, s.workshop)
    adopted = {c.id: c.weight for c in queries.workshop(s.ws, s.workshop).criteria}
    entities.edit(s.ws, "criterion", cost, description="Total cost of ownership")
    assert queries.workshop(s.ws, s.workshop).workshop.weights_in_force == "group"

    outcome = entities.edit(s.ws, "criterion", cost, weight=20)
    data = queries.workshop(s.ws, s.workshop)
    assert data.workshop.weights_in_force == "set"
    assert data.workshop.weights_adopted_at is None
    assert {c.id: c.weight for c in data.criteria} == adopted | {cost: 20}
    assert {c.set_weight for c in data.criteria} == {None}
    assert weights_view.load(s.ws, s.workshop).in_force == "set"

    rows.apply(s.ws, outcome.undo)  # one step: the group's weights are in force again
    data = queries.workshop(s.ws, s.workshop)
    assert data.workshop.weights_in_force == "group"
    assert data.workshop.weights_adopted_at is not None
    assert {c.id: c.weight for c in data.criteria} == adopted
    assert {c.set_weight for c in data.criteria} != {None}


def test_a_criterion_added_after_adoption_puts_the_set_weights_back_in_force(
    three: tuple[Setup, int, int],
) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)
    pairwise.adopt_group_weights(s.ws, s.workshop)
    entities.create(s.ws, "criterion", workshop_id=s.workshop, name="Speed", weight=10)
    assert queries.workshop(s.ws, s.workshop).workshop.weights_in_force == "set"


def test_a_participant_sees_their_own_weights_even_where_the_report_withholds_them(
    three: tuple[Setup, int, int],
) -> None:
    s, cost, pia = three
    entities.edit(s.ws, "workshop", s.workshop, anonymity="anonymous")
    _judge(s, cost, pia)
    entities.move(s.ws, "criterion", cost, 0)
    mine = weights_view.own(s.ws, s.workshop, s.tom)
    assert mine.criteria == ((cost, "Cost"), (s.fit, "Strategic fit"), (s.risk, "Delivery risk"))
    assert mine.pairs == ((cost, s.fit), (cost, s.risk), (s.fit, s.risk))
    # in the ballot's order, whatever order the ids are stored in
    assert mine.answers == {(cost, s.risk): pytest.approx(0.25), (s.fit, s.risk): 0.5}
    expected = ahp.weights(
        (s.fit, s.risk, cost), [ahp.Judgement(s.fit, s.risk, 0.5), ahp.Judgement(s.risk, cost, 4)]
    )
    assert mine.result.weights == pytest.approx(expected.weights)
    assert weights_view.load(s.ws, s.workshop).participants[1].result is None
