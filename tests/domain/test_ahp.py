"""Pairwise criterion weights (AHP) against the published worked examples."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain.ahp import Judgement


def matrix(rows: list[str]) -> list[Judgement]:
    """The upper triangle of a reciprocal matrix written as in the papers ("1 5 1/3 ...")."""
    values = [[float(Fraction(x)) for x in row.split()] for row in rows]
    n = len(values)
    for i in range(n):
        for j in range(n):
            assert values[i][j] * values[j][i] == pytest.approx(1.0), (i, j)
    return [Judgement(i, j, values[i][j]) for i in range(n) for j in range(i + 1, n)]


HOUSE = matrix(
    [
        "1   5   3   7   6   6   1/3 1/4",
        "1/5 1   1/3 5   3   3   1/5 1/7",
        "1/3 3   1   6   3   4   6   1/5",
        "1/7 1/5 1/6 1   1/3 1/4 1/7 1/8",
        "1/6 1/3 1/3 3   1   1/2 1/5 1/6",
        "1/6 1/3 1/4 4   2   1   1/5 1/6",
        "3   5   1/6 7   5   5   1   1/2",
        "4   7   5   8   6   6   2   1",
    ]
)
"""Saaty, "How to make a decision: the analytic hierarchy process", EJOR 48 (1990) 9-26,
Table 2: the eight criteria of buying a house (size, transportation, neighbourhood, age, yard,
modern facilities, general condition, financing)."""


def rounded(found: ahp.Weights, digits: int = 3) -> list[float]:
    assert found.weights is not None
    return [round(found.weights[i], digits) for i in found.items]


def test_the_house_criteria_give_saatys_published_weights_and_consistency() -> None:
    found = ahp.weights(range(8), HOUSE)
    # Saaty 1990, Table 2: priorities .173 .054 .188 .018 .031 .036 .167 .333,
    # lambda_max = 9.669, C.I. = 0.238, C.R. = 0.169.
    assert rounded(found) == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert round(found.lambda_max or 0, 3) == 9.669
    assert round(found.consistency_index or 0, 3) == 0.238
    assert round(found.consistency_ratio or 0, 3) == 0.169
    assert found.acceptable is False
    assert found.missing == () and found.cut_off == () and found.judged == 28


def test_the_house_size_comparison_of_three_houses() -> None:
    # Saaty 1990, Table 3, "Size of house": A, B, C -> .754 .181 .065,
    # lambda_max = 3.136, C.I. = 0.068, C.R. = 0.117.
    found = ahp.weights(range(3), matrix(["1 6 8", "1/6 1 4", "1/8 1/4 1"]))
    assert rounded(found) == [0.754, 0.181, 0.065]
    assert round(found.lambda_max or 0, 3) == 3.136
    assert round(found.consistency_index or 0, 3) == 0.068
    assert round(found.consistency_ratio or 0, 3) == 0.117


def test_the_drinks_example_estimates_consumption() -> None:
    # Saaty 2008, "Decision making with the analytic hierarchy process", Int. J. Services
    # Sciences 1(1), Table 2, "Which drink is consumed more in the U.S.?": coffee, wine, tea,
    # beer, sodas, milk, water -> .177 .019 .042 .116 .190 .129 .327.
    drinks = matrix(
        [
            "1   9 5   2   1   1   1/2",
            "1/9 1 1/3 1/9 1/9 1/9 1/9",
            "1/5 3 1   1/3 1/4 1/3 1/9",
            "1/2 9 3   1   1/2 1   1/3",
            "1   9 4   2   1   2   1/2",
            "1   9 3   1   1/2 1   1/3",
            "2   9 9   3   2   3   1",
        ]
    )
    found = ahp.weights(range(7), drinks)
    assert rounded(found) == [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    assert found.acceptable is True


def test_saatys_random_index_as_published() -> None:
    assert [ahp.random_index(n) for n in range(3, 11)] == [
        0.58,
        0.90,
        1.12,
        1.24,
        1.32,
        1.41,
        1.45,
        1.49,
    ]
    assert ahp.random_index(11) is None


def test_a_consistent_matrix_has_no_inconsistent_pair_and_cr_zero() -> None:
    truth = {1: 0.5, 2: 0.3, 3: 0.2}
    consistent = [Judgement(a, b, truth[a] / truth[b]) for a, b in ahp.pairs((1, 2, 3))]
    found = ahp.weights((1, 2, 3), consistent)
    assert found.weights == pytest.approx(truth)
    assert found.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert found.most_inconsistent is None


def test_the_most_inconsistent_judgement_is_the_one_turned_around() -> None:
    # A cycle: 1 beats 2, 2 beats 3, but 3 is said to beat 1 strongly.
    found = ahp.weights(
        (1, 2, 3, 4),
        [
            Judgement(1, 2, 3),
            Judgement(2, 3, 3),
            Judgement(1, 3, 1 / 5),
            Judgement(1, 4, 5),
            Judgement(2, 4, 3),
            Judgement(3, 4, 2),
        ],
    )
    assert found.most_inconsistent == (1, 3)
    assert found.acceptable is False


def test_harker_recovers_the_weights_of_a_consistent_incomplete_matrix() -> None:
    # Harker 1987: with a connected comparison graph and consistent judgements the method
    # returns the exact weights and lambda_max = n (CR 0).
    truth = {1: 0.4, 2: 0.3, 3: 0.2, 4: 0.1}
    spanning = [Judgement(1, 2, 4 / 3), Judgement(2, 3, 1.5), Judgement(3, 4, 2)]
    found = ahp.weights((1, 2, 3, 4), spanning)
    assert found.weights == pytest.approx(truth)
    assert found.lambda_max == pytest.approx(4.0)
    assert found.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert found.missing == ((1, 3), (1, 4), (2, 4))


def test_harker_weights_are_those_of_the_matrix_completed_by_them() -> None:
    # Harker 1987, the method's derivation: the weights w of the incomplete matrix are the
    # principal eigenvector of the matrix whose missing a_ij are filled in with w_i / w_j.
    judged = [j for j in HOUSE if (j.a, j.b) not in {(0, 7), (2, 6), (3, 5)}]
    found = ahp.weights(range(8), judged)
    assert found.weights is not None
    w = found.weights
    full = np.ones((8, 8))
    for i in range(8):
        for k in range(8):
            if i != k:
                full[i, k] = w[i] / w[k]
    for j in judged:
        full[j.a, j.b], full[j.b, j.a] = j.value, 1 / j.value
    values, vectors = np.linalg.eig(full)
    top = int(np.argmax(values.real))
    vector = np.abs(vectors[:, top].real)
    assert list(vector / vector.sum()) == pytest.approx([w[i] for i in range(8)])
    assert values[top].real == pytest.approx(found.lambda_max)
    assert found.missing == ((0, 7), (2, 6), (3, 5))


def test_a_comparison_graph_that_is_not_connected_names_the_criteria_cut_off() -> None:
    found = ahp.weights(
        (1, 2, 3, 4, 5), [Judgement(1, 2, 3), Judgement(2, 3, 1 / 2), Judgement(4, 5, 7)]
    )
    assert found.weights is None
    assert found.cut_off == (4, 5)
    assert ahp.weights((1, 2, 3), []).weights is None


def test_the_group_is_the_geometric_mean_of_the_individual_judgements() -> None:
    group = ahp.aggregate(
        [
            [Judgement(1, 2, 9), Judgement(1, 3, 2)],
            [Judgement(2, 1, 9), Judgement(2, 3, 4)],  # says 2 beats 1: the means cancel
            [Judgement(1, 2, 1)],
        ]
    )
    by_pair = {(j.a, j.b): j.value for j in group}
    assert by_pair == pytest.approx({(1, 2): 1.0, (1, 3): 2.0, (2, 3): 4.0})


def test_the_scale_has_seventeen_steps_and_snaps_only_its_own_values() -> None:
    assert len(ahp.SCALE) == 17 and ahp.SCALE[0] == 9 and ahp.SCALE[8] == 1
    assert ahp.scale_value(0.3333333) == pytest.approx(1 / 3)
    with pytest.raises(ValueError):
        ahp.scale_value(10)
    with pytest.raises(ValueError):
        ahp.scale_value(2.5)
