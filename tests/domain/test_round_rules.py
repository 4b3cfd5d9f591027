"""Ballots, "can't judge", office privacy and rounding: the rules every output shares."""

from __future__ import annotations

import pytest

from pmo_tmo_desktop.domain.figures import half_away, shown
from pmo_tmo_desktop.domain.scoring import BallotState, ballots, score
from tests.domain.test_scoring import (
    BEN,
    CRM,
    ERP,
    PAM,
    PETE,
    RISK,
    TINA,
    VALUE,
    proposals,
    rate,
    workshop,
)


def test_a_ballot_with_one_of_four_cells_is_started_not_complete() -> None:
    data = workshop([rate(PAM, CRM, VALUE, 3)], props=proposals(CRM, ERP))
    states = {b.participant_id: (b.state, b.filled, b.cells) for b in ballots(data, 1)}
    assert states[PAM] == (BallotState.STARTED, 1, 4)
    assert states[TINA] == (BallotState.NOT_STARTED, 0, 4)
    results = score(data, 1)
    assert (results.rated, results.partial) == (0, 1)


def test_cant_judge_completes_a_ballot_but_is_never_scored() -> None:
    cant = (1, PAM, CRM, RISK[0], None)
    data = workshop([rate(PAM, CRM, VALUE, 5), cant])
    [pam, *_] = ballots(data, 1)
    assert pam.state == BallotState.COMPLETE
    [crm] = score(data, 1).proposals
    assert crm.score == pytest.approx(100.0)  # Value 5 alone: Risk left out, not counted as 0
    assert crm.criteria[1].score is None and crm.criteria[1].raters == 0


def test_privacy_withholds_an_office_figure_given_by_one_person() -> None:
    data = workshop(
        [
            rate(PAM, CRM, VALUE, 5),  # the only PMO rater
            rate(TINA, CRM, VALUE, 1),
            rate(BEN, CRM, VALUE, 3),
        ]
    )
    open_ = score(data, 1).proposals[0]
    assert open_.pmo_score == pytest.approx(100.0) and open_.withheld == ()
    private = score(data, 1, private=True).proposals[0]
    # PMO (one rater) and TMO (one rater) are both withheld; the overall score stays
    assert private.pmo_score is None and private.tmo_score is None and private.gap is None
    assert private.withheld == ("pmo", "tmo")
    assert private.criteria[0].withheld == ("pmo", "tmo") and private.criteria[0].pmo is None
    assert private.score == open_.score


def test_privacy_shows_an_office_figure_two_of_its_people_gave() -> None:
    data = workshop([rate(PAM, CRM, VALUE, 5), rate(PETE, CRM, VALUE, 3)])
    result = score(data, 1, private=True).proposals[0]
    assert result.pmo_score == pytest.approx(75.0) and "pmo" not in result.withheld
    assert result.tmo_score is None and "tmo" not in result.withheld  # nobody: absent


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [(62.5, 0, 63.0), (37.5, 0, 38.0), (-62.5, 0, -63.0), (0.125, 2, 0.13), (62.45, 1, 62.5)],
)
def test_figures_round_half_away_from_zero(value: float, digits: int, expected: float) -> None:
    assert half_away(value, digits) == expected
    assert round(62.5) == 62, "Python's own rounding is why this rule exists"


def test_shown_keeps_nothing_as_nothing() -> None:
    assert shown(None) is None and shown(12.25) == 12.3


def test_a_lone_raters_score_cannot_be_worked_out_from_what_is_shown() -> None:
    """Beside the overall score and the TMO mean, the lone PMO rater's score would be
    4 x score - 3 x TMO; min, max and median would show it outright."""
    tmo = [(TINA, "TMO"), (6, "TMO"), (7, "TMO")]
    people = ((PAM, "PMO"), *tmo)
    data = workshop(
        [rate(PAM, CRM, VALUE, 5), *(rate(p, CRM, VALUE, 2) for p, _ in tmo)],
        people=people,
        criteria=(VALUE,),
    )
    [crm] = score(data, 1, private=True).proposals
    assert crm.withheld == ("pmo", "tmo") and crm.pmo_score is None and crm.tmo_score is None
    assert crm.median is None and crm.minimum is None and crm.maximum is None
    assert crm.score == pytest.approx(100 * (1.0 + 3 * 0.25) / 4)  # the room's mean stays
    [named] = score(data, 1).proposals
    assert named.maximum == pytest.approx(100.0) and named.tmo_score == pytest.approx(25.0)


def test_a_figure_of_one_rater_is_withheld_in_a_private_workshop() -> None:
    data = workshop([rate(BEN, CRM, VALUE, 4), rate(BEN, CRM, RISK, 2), rate(TINA, CRM, VALUE, 3)])
    [crm] = score(data, 1, private=True).proposals
    assert crm.score is not None  # two raters
    value, risk = crm.criteria
    assert value.score is not None and risk.score is None  # Risk: Ben alone
    alone = workshop([rate(BEN, CRM, VALUE, 4)])
    [only] = score(alone, 1, private=True).proposals
    assert only.score is None and only.rank is None and only.median is None


def test_a_dissent_shown_as_the_threshold_is_flagged() -> None:
    # two raters 0.5996 of the scale apart: dissent 0.5996, shown as 0.60
    data = workshop(
        [rate(PAM, CRM, VALUE, 1.5), rate(TINA, CRM, VALUE, 1.5 + 4 * 0.5996)], criteria=(VALUE,)
    )
    [crm] = score(data, 1, dissent_threshold=0.6).proposals
    assert crm.dissent == pytest.approx(0.5996) and crm.dissent_flag, "0.60 shown, 0.60 flagged"
    [crm] = score(data, 1, dissent_threshold=0.61).proposals
    assert not crm.dissent_flag
