"""The scoring engine: what the room sees after a round of ratings."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.scoring import (
    Gap,
    latest_round_with_ratings,
    movement,
    progress,
    round_numbers,
    score,
)
from pmo_tmo_desktop.domain.scoring_input import (
    CriterionRow,
    ParticipantRow,
    ProposalRow,
    RatingRow,
    RoundRow,
    ScoringInput,
)
from pmo_tmo_desktop.services import files, queries

VALUE = CriterionRow(10, "Value", 3.0, "higher", 1.0, 5.0, 0)
RISK = CriterionRow(11, "Risk", 1.0, "lower", 1.0, 5.0, 1)
# Participants: (id, office)
PAM, PETE, TINA, BEN, NOOR = 1, 2, 3, 4, 5
PEOPLE: tuple[ParticipantRow, ...] = (
    (PAM, "PMO"),
    (PETE, " pmo "),
    (TINA, "TMO"),
    (BEN, "Business"),
    (NOOR, None),
)
CRM, ERP, WIKI, LAB = 100, 101, 102, 103


def proposals(*ids: int) -> tuple[ProposalRow, ...]:
    return tuple((pid, f"Proposal {pid}", None, None, i) for i, pid in enumerate(ids))


def workshop(
    ratings: list[RatingRow],
    *,
    people: tuple[ParticipantRow, ...] = PEOPLE,
    criteria: tuple[CriterionRow, ...] = (VALUE, RISK),
    props: tuple[ProposalRow, ...] = proposals(CRM),
    rounds: tuple[RoundRow, ...] = ((1, 1),),
) -> ScoringInput:
    return ScoringInput.from_rows(people, criteria, props, rounds, ratings)


def rate(
    person: int, proposal: int, criterion: CriterionRow, value: float, round_id: int = 1
) -> RatingRow:
    return (round_id, person, proposal, criterion.id, value)


# The small example of the method, worked by hand:
#   Value (w 3, higher, 1..5), Risk (w 1, lower, 1..5)
#   Pam  (PMO): Value 5 -> 1,    Risk 1 -> 1      => (3*1 + 1*1) / 4    = 1.0
#   Pete (PMO): Value 3 -> 0.5,  Risk 3 -> 0.5    => 0.5
#   Tina (TMO): Value 2 -> 0.25, Risk 5 -> 0      => (3*0.25 + 0) / 4   = 0.1875
#   Ben  (Business): Value 4 -> 0.75, no Risk     => 0.75 (Risk left out)
HAND = [
    rate(PAM, CRM, VALUE, 5),
    rate(PAM, CRM, RISK, 1),
    rate(PETE, CRM, VALUE, 3),
    rate(PETE, CRM, RISK, 3),
    rate(TINA, CRM, VALUE, 2),
    rate(TINA, CRM, RISK, 5),
    rate(BEN, CRM, VALUE, 4),
]


def test_the_worked_example_scores_a_proposal_as_computed_by_hand() -> None:
    [crm] = score(workshop(HAND)).proposals

    assert crm.score == pytest.approx(100 * (1.0 + 0.5 + 0.1875 + 0.75) / 4)  # 60.9375
    assert crm.pmo_score == pytest.approx(75.0)
    assert crm.tmo_score == pytest.approx(18.75)
    assert crm.gap == pytest.approx(56.25)
    assert crm.participants == 4
    assert crm.rank == 1
    assert (crm.minimum, crm.median, crm.maximum) == pytest.approx((18.75, 62.5, 100.0))
    spread = math.sqrt(sum((s - 60.9375) ** 2 for s in (100, 50, 18.75, 75)) / 4)
    assert crm.dissent == pytest.approx(spread / 50)  # about 0.60: a split room
    assert crm.dissent_flag


def test_each_criterion_shows_its_own_score_and_office_gap_computed_by_hand() -> None:
    [crm] = score(workshop(HAND)).proposals
    value, risk = crm.criteria

    assert (value.criterion_id, value.name, value.raters) == (10, "Value", 4)
    assert value.score == pytest.approx(100 * (1 + 0.5 + 0.25 + 0.75) / 4)  # 62.5
    assert value.pmo == pytest.approx(75.0)
    assert value.tmo == pytest.approx(25.0)
    assert value.gap == pytest.approx(50.0)

    assert (risk.criterion_id, risk.name, risk.raters) == (11, "Risk", 3)
    assert risk.score == pytest.approx(100 * (1 + 0.5 + 0) / 3)  # 50
    assert risk.pmo == pytest.approx(75.0)
    assert risk.tmo == pytest.approx(0.0)
    assert risk.gap == pytest.approx(75.0)


def test_a_rating_left_blank_is_left_out_not_counted_as_zero() -> None:
    data = workshop([rate(BEN, CRM, VALUE, 4)])  # Ben skipped Risk
    [crm] = score(data).proposals
    assert crm.score == pytest.approx(75.0)  # as zero it would be (3*0.75 + 1*0) / 4 = 56.25
    assert crm.criteria[1].score is None and crm.criteria[1].raters == 0


def test_on_a_lower_is_better_criterion_a_low_rating_scores_high() -> None:
    low = score(workshop([rate(PAM, CRM, RISK, 1)])).proposals[0]
    high = score(workshop([rate(PAM, CRM, RISK, 5)])).proposals[0]
    middle = score(workshop([rate(PAM, CRM, RISK, 2)])).proposals[0]
    assert low.score == pytest.approx(100.0)
    assert high.score == pytest.approx(0.0)
    assert middle.score == pytest.approx(75.0)


def test_a_heavier_criterion_counts_for_more() -> None:
    # Value weighs 3, Risk 1: top marks on Value and worst on Risk beat the reverse.
    data = workshop(
        [
            rate(PAM, CRM, VALUE, 5),
            rate(PAM, CRM, RISK, 5),
            rate(PAM, ERP, VALUE, 1),
            rate(PAM, ERP, RISK, 1),
        ],
        props=proposals(CRM, ERP),
    )
    first, second = score(data).proposals
    assert (first.proposal_id, first.score) == (CRM, pytest.approx(75.0))
    assert (second.proposal_id, second.score) == (ERP, pytest.approx(25.0))


def test_the_scale_of_each_criterion_is_respected() -> None:
    wide = CriterionRow(12, "Benefit", 1.0, "higher", 0.0, 100.0, 2)
    data = workshop([rate(PAM, CRM, wide, 40)], criteria=(VALUE, RISK, wide))
    assert score(data).proposals[0].score == pytest.approx(40.0)


def test_equal_scores_share_a_rank_and_the_next_rank_is_skipped() -> None:
    one = CriterionRow(20, "Overall", 1.0, "higher", 0.0, 10.0, 0)
    data = workshop(
        [
            rate(PAM, CRM, one, 4),
            rate(PAM, ERP, one, 7),
            rate(PAM, WIKI, one, 9),
            rate(PAM, LAB, one, 7),
        ],
        criteria=(one,),
        props=proposals(CRM, ERP, WIKI, LAB),
    )
    ranked = [(p.proposal_id, p.rank) for p in score(data).proposals]
    assert ranked == [(WIKI, 1), (ERP, 2), (LAB, 2), (CRM, 4)]


def test_scores_that_differ_only_by_float_noise_share_a_rank() -> None:
    light = CriterionRow(21, "Light", 1.0, "higher", 0.0, 10.0, 0)
    heavy = CriterionRow(22, "Heavy", 2.0, "higher", 0.0, 10.0, 1)
    data = workshop(
        [
            rate(PAM, CRM, light, 1),
            rate(PAM, CRM, heavy, 1),  # (0.1 + 2 * 0.1) / 3 = 0.1, give or take a bit
            rate(PAM, ERP, light, 1),  # exactly 0.1
        ],
        criteria=(light, heavy),
        props=proposals(CRM, ERP),
    )
    crm, erp = score(data).proposals
    assert crm.score != erp.score, "the example must really carry float noise"
    assert crm.rank == erp.rank == 1


def test_a_proposal_nobody_rated_has_no_rank_and_comes_last() -> None:
    data = workshop([rate(PAM, ERP, VALUE, 2)], props=proposals(CRM, ERP, WIKI))
    results = score(data).proposals
    assert [(p.proposal_id, p.rank) for p in results] == [(ERP, 1), (CRM, None), (WIKI, None)]
    unrated = results[1]
    assert unrated.score is None and unrated.dissent is None and not unrated.dissent_flag
    assert (unrated.median, unrated.minimum, unrated.maximum, unrated.participants) == (
        None,
        None,
        None,
        0,
    )


def test_without_the_tmo_in_the_room_there_is_no_gap_to_show() -> None:
    data = workshop([rate(PAM, CRM, VALUE, 5), rate(BEN, CRM, VALUE, 1)])
    [crm] = score(data).proposals
    assert crm.pmo_score == pytest.approx(100.0)
    assert crm.tmo_score is None and crm.gap is None
    assert crm.criteria[0].tmo is None and crm.criteria[0].gap is None
    assert score(data).largest_gaps() == ()


def test_participants_outside_pmo_and_tmo_count_in_the_score_but_not_the_gap() -> None:
    data = workshop(
        [rate(PAM, CRM, VALUE, 5), rate(TINA, CRM, VALUE, 5), rate(NOOR, CRM, VALUE, 1)]
    )
    [crm] = score(data).proposals
    assert crm.score == pytest.approx(200 / 3)
    assert crm.gap == pytest.approx(0.0)


def test_a_single_participant_is_in_full_agreement() -> None:
    [crm] = score(workshop([rate(PAM, CRM, VALUE, 3)])).proposals
    assert crm.dissent == 0.0 and not crm.dissent_flag


def test_a_room_split_between_best_and_worst_has_dissent_one() -> None:
    data = workshop(
        [
            rate(PAM, CRM, VALUE, 5),
            rate(PAM, CRM, RISK, 1),
            rate(TINA, CRM, VALUE, 1),
            rate(TINA, CRM, RISK, 5),
        ]
    )
    [crm] = score(data).proposals
    assert crm.dissent == pytest.approx(1.0)
    assert crm.dissent_flag
    assert crm.gap == pytest.approx(100.0)


def test_the_facilitator_can_raise_the_dissent_threshold() -> None:
    data = workshop(HAND)  # dissent about 0.60
    assert score(data, dissent_threshold=0.6).proposals[0].dissent_flag
    assert not score(data, dissent_threshold=0.7).proposals[0].dissent_flag


# --- rounds ------------------------------------------------------------------------------------

ROUNDS: tuple[RoundRow, ...] = ((7, 1), (8, 2), (9, 3))  # round 3 is open, nothing rated yet


def two_rounds() -> ScoringInput:
    return workshop(
        [
            rate(PAM, CRM, VALUE, 2, round_id=7),
            rate(TINA, CRM, VALUE, 1, round_id=7),
            rate(PAM, ERP, VALUE, 5, round_id=7),
            rate(PAM, CRM, VALUE, 4, round_id=8),
            rate(TINA, CRM, VALUE, 3, round_id=8),
            rate(BEN, CRM, VALUE, 5, round_id=8),
        ],
        props=proposals(CRM, ERP),
        rounds=ROUNDS,
    )


def test_by_default_the_latest_round_with_ratings_counts() -> None:
    data = two_rounds()
    assert latest_round_with_ratings(data) == 2
    results = score(data)
    assert results.round_number == 2
    [crm, erp] = results.proposals
    assert crm.score == pytest.approx(100 * (0.75 + 0.5 + 1.0) / 3)
    assert erp.score is None


def test_an_earlier_round_can_be_asked_for() -> None:
    results = score(two_rounds(), round_number=1)
    assert results.round_number == 1
    assert [(p.proposal_id, p.score) for p in results.proposals] == [
        (ERP, pytest.approx(100.0)),
        (CRM, pytest.approx(100 * (0.25 + 0.0) / 2)),
    ]
    assert (results.rated, results.partial, results.expected) == (0, 2, 5)  # partial ballots


def test_a_round_that_does_not_exist_rates_nothing() -> None:
    data = two_rounds()
    assert round_numbers(data) == (1, 2, 3)
    results = score(data, round_number=4)
    assert results.round_number == 4
    assert all(p.score is None and p.rank is None for p in results.proposals)
    assert (results.rated, results.expected) == (0, 5)


def test_a_workshop_without_ratings_has_no_round_to_show() -> None:
    data = workshop([], rounds=ROUNDS)
    assert latest_round_with_ratings(data) is None
    results = score(data)
    assert results.round_number is None and results.rated == 0
    assert results.proposals[0].rank is None


def test_the_room_counts_complete_ballots_not_ballots_with_one_cell() -> None:
    data = two_rounds()  # two proposals x one criterion each rated: nobody filled all 4 cells
    assert progress(data, 1) == (0, 5)
    assert progress(data, 2) == (0, 5)
    full = workshop([rate(PAM, CRM, VALUE, 2), rate(PAM, CRM, RISK, 3), rate(TINA, CRM, VALUE, 4)])
    assert progress(full, 1) == (1, 5)  # Pam complete; Tina started only
    assert progress(data, 3) == (0, 5)
    assert (score(data).rated, score(data).partial, score(data).expected) == (0, 3, 5)


def test_the_movement_between_rounds_shows_who_gained() -> None:
    moved = movement(two_rounds(), 1, 2)
    assert moved[0] == (CRM, pytest.approx(100 * 2.25 / 3 - 12.5))
    assert moved[1] == (ERP, None)  # not rated in round 2


# --- the gap view ------------------------------------------------------------------------------


def gap_workshop() -> ScoringInput:
    """One criterion, so a proposal's overall gap equals its criterion gap."""
    one = CriterionRow(30, "Overall", 1.0, "higher", 0.0, 10.0, 0)
    two = CriterionRow(31, "Unrated", 1.0, "higher", 0.0, 10.0, 1)
    return workshop(
        [
            rate(PAM, CRM, one, 2),  # CRM: PMO 20, TMO 70 -> gap -50
            rate(TINA, CRM, one, 7),
            rate(PAM, ERP, one, 9),  # ERP: PMO 90, TMO 10 -> gap +80
            rate(TINA, ERP, one, 1),
            rate(PAM, WIKI, one, 8),  # WIKI: PMO 80, TMO 30 -> gap +50 (ties with CRM)
            rate(TINA, WIKI, one, 3),
            rate(PAM, LAB, one, 5),  # LAB: PMO only, no gap
        ],
        criteria=(one, two),
        props=proposals(CRM, ERP, WIKI, LAB),
    )


def test_the_largest_gaps_lead_the_discussion_agenda() -> None:
    results = score(gap_workshop())
    assert [p.proposal_id for p in results.proposals] == [WIKI, ERP, LAB, CRM]  # rank order
    assert results.largest_gaps(6) == (
        Gap(ERP, None, pytest.approx(80.0)),
        Gap(ERP, 30, pytest.approx(80.0)),
        # |-50| ties with +50: proposal order (CRM before WIKI), overall before the criteria
        Gap(CRM, None, pytest.approx(-50.0)),
        Gap(CRM, 30, pytest.approx(-50.0)),
        Gap(WIKI, None, pytest.approx(50.0)),
        Gap(WIKI, 30, pytest.approx(50.0)),
    )
    assert len(results.largest_gaps()) == 5
    assert results.largest_gaps(0) == ()
    assert len(results.largest_gaps(100)) == 6


def test_the_heatmap_has_a_row_per_proposal_and_a_column_per_criterion() -> None:
    heat = score(gap_workshop()).heatmap()
    assert heat == (
        (pytest.approx(-50.0), None),
        (pytest.approx(80.0), None),
        (pytest.approx(50.0), None),
        (None, None),
    )


def test_results_can_be_read_in_the_workshops_own_proposal_order() -> None:
    results = score(gap_workshop())
    assert results.proposal_order == (CRM, ERP, WIKI, LAB)
    assert [p.proposal_id for p in results.in_proposal_order()] == [CRM, ERP, WIKI, LAB]


def test_criteria_and_proposals_follow_their_position_not_their_id() -> None:
    late = CriterionRow(1, "Shown last", 1.0, "higher", 0.0, 10.0, 9)
    data = workshop(
        [rate(PAM, 7, late, 5), rate(PAM, 7, VALUE, 5)],
        criteria=(late, VALUE),
        props=((7, "Second", None, None, 2), (8, "First", None, None, 1)),
    )
    results = score(data)
    assert results.proposal_order == (8, 7)
    assert [c.name for c in results.proposals[0].criteria] == ["Value", "Shown last"]


def test_cost_and_benefit_travel_with_the_result() -> None:
    data = workshop([rate(PAM, CRM, VALUE, 5)], props=((CRM, "CRM", 250_000.0, 400_000.0, 0),))
    [crm] = score(data).proposals
    assert (crm.title, crm.cost, crm.benefit) == ("CRM", 250_000.0, 400_000.0)


# --- the demo workshop -------------------------------------------------------------------------


@pytest.fixture
def demo_input(demo_path: Path) -> ScoringInput:
    ws = files.open_file(demo_path, read_only=True)
    try:
        [found] = queries.workshops(ws)
        data = queries.workshop(ws, found.id)
        offices = {o.id: o.name for o in queries.offices(ws)}
    finally:
        ws.close()
    return ScoringInput.from_workshop(data, offices)


def test_the_demo_shows_pmo_rating_the_erp_delivery_risk_far_better_than_tmo(
    demo_input: ScoringInput,
) -> None:
    # workshop.json: PMO sees ERP delivery risk as low (3-4 of 10), TMO as high (8 of 10);
    # risk is lower-is-better, so the PMO scores it higher: a clearly positive gap.
    results = score(demo_input)
    assert results.round_number == 2
    assert (results.rated, results.expected) == (10, 10)
    erp = next(p for p in results.proposals if p.title == "ERP finance module upgrade")
    risk = next(c for c in erp.criteria if c.name == "Delivery risk")
    assert risk.gap is not None and risk.gap > 25
    assert risk.pmo is not None and risk.tmo is not None and risk.pmo > risk.tmo
    assert erp.gap is not None and erp.gap > 5
    top = results.largest_gaps(1)[0]
    assert (top.proposal_id, top.criterion_id) == (erp.proposal_id, risk.criterion_id)


def test_the_demo_ranks_every_proposal_and_moves_between_its_two_rounds(
    demo_input: ScoringInput,
) -> None:
    results = score(demo_input)
    assert sorted(p.rank for p in results.proposals if p.rank is not None) == list(
        range(1, len(demo_input.proposals) + 1)
    )
    assert results.proposals[0].title == "Customer self-service portal"
    assert progress(demo_input, 1) == (10, 10)
    assert [pid for pid, _ in movement(demo_input, 1, 2)] == list(results.proposal_order)
    assert all(delta is not None for _, delta in movement(demo_input, 1, 2))
    first = score(demo_input, round_number=1)
    assert first.round_number == 1
    assert len(first.heatmap()) == len(demo_input.proposals)
    assert {len(row) for row in first.heatmap()} == {len(demo_input.criteria)}


def test_figures_from_numpy_round_as_any_other() -> None:
    import numpy as np

    from pmo_tmo_desktop.domain.figures import half_away

    assert half_away(np.float64(2.345), 2) == 2.35
    assert half_away(np.float64(62.5)) == 63.0
