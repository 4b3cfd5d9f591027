"""The budget fit: which proposals to fund for the most score within the budget."""

from __future__ import annotations

import itertools
import random

import pytest

from pmo_tmo_desktop.domain.portfolio import BudgetFit, budget_fit

Item = tuple[int, float | None, float | None]


def test_the_best_pair_beats_the_single_best_proposal() -> None:
    # Greedy by score (or by score per cost) funds the 60 and stops; two 50s are worth more.
    items: list[Item] = [(1, 60.0, 600_000.0), (2, 50.0, 500_000.0), (3, 50.0, 500_000.0)]
    fit = budget_fit(items, 1_000_000.0)
    assert fit == BudgetFit(chosen=(2, 3), total_score=100.0, total_cost=1_000_000.0,
                            budget=1_000_000.0)  # fmt: skip


def test_the_demo_sized_portfolio_is_funded_within_two_point_four_million() -> None:
    items: list[Item] = [
        (1, 58.0, 1_150_000.0),  # ERP
        (2, 56.9, 950_000.0),  # integration platform
        (3, 74.6, 600_000.0),  # customer portal
        (4, 43.6, 700_000.0),  # analytics
        (5, 66.9, 480_000.0),  # field service app
        (6, 63.7, 520_000.0),  # identity and access
        (7, 58.7, 300_000.0),  # AP pilot
    ]
    fit = budget_fit(items, 2_400_000.0)
    assert fit.chosen == (3, 5, 6, 7)
    assert fit.total_score == pytest.approx(74.6 + 66.9 + 63.7 + 58.7)
    assert fit.total_cost == 1_900_000.0 and fit.budget == 2_400_000.0


def test_with_no_budget_only_free_proposals_are_funded() -> None:
    items: list[Item] = [(1, 80.0, 100.0), (2, 30.0, 0.0), (3, 0.0, 0.0)]
    assert budget_fit(items, 0.0).chosen == (2,)
    assert budget_fit([(1, 80.0, 100.0)], 0.0) == BudgetFit((), 0.0, 0.0, 0.0)


def test_free_proposals_are_always_funded_alongside_the_rest() -> None:
    items: list[Item] = [(1, 10.0, 0.0), (2, 90.0, 50.0), (3, 80.0, 50.0), (4, 5.0, 0.0)]
    fit = budget_fit(items, 60.0)
    assert fit.chosen == (1, 2, 4)
    assert (fit.total_score, fit.total_cost) == (105.0, 50.0)


def test_when_everything_fits_everything_is_funded() -> None:
    items: list[Item] = [(3, 10.0, 100.0), (1, 20.0, 200.0), (2, 30.0, 300.0)]
    fit = budget_fit(items, 600.0)
    assert fit.chosen == (3, 1, 2), "in the order given"
    assert (fit.total_score, fit.total_cost) == (60.0, 600.0)
    assert budget_fit(items, float("inf")).chosen == (3, 1, 2)


def test_when_nothing_fits_nothing_is_funded() -> None:
    items: list[Item] = [(1, 10.0, 500.0), (2, 20.0, 700.0)]
    assert budget_fit(items, 499.99) == BudgetFit((), 0.0, 0.0, 499.99)
    assert budget_fit([], 1000.0) == BudgetFit((), 0.0, 0.0, 1000.0)
    assert budget_fit(items, -1.0).chosen == ()


def test_proposals_without_a_cost_or_a_score_are_left_out() -> None:
    items: list[Item] = [(1, None, 10.0), (2, 50.0, None), (3, 40.0, 10.0), (4, -5.0, 1.0)]
    assert budget_fit(items, 1_000.0).chosen == (3,)


def test_money_counts_as_written_so_ten_and_twenty_cents_fit_in_thirty() -> None:
    assert 0.1 + 0.2 > 0.3  # in binary floating point they would not
    fit = budget_fit([(1, 5.0, 0.1), (2, 5.0, 0.2)], 0.3)
    assert fit.chosen == (1, 2)


def test_equal_scores_go_to_the_cheaper_set() -> None:
    items: list[Item] = [(1, 50.0, 900.0), (2, 50.0, 700.0), (3, 30.0, 400.0), (4, 20.0, 300.0)]
    # Within 900 the best score is 50: {1} costs 900, {2} and {3, 4} cost 700 each.
    # The cheaper sets win, and of those the one with the lower ids: {2} before {3, 4}.
    assert budget_fit(items, 900.0).chosen == (2,)
    assert budget_fit(items, 1000.0).chosen == (2, 4)  # 70 beats every 50


def test_equal_score_and_cost_go_to_the_lower_ids_whatever_the_input_order() -> None:
    items: list[Item] = [(9, 40.0, 100.0), (4, 40.0, 100.0), (7, 40.0, 100.0), (5, 40.0, 100.0)]
    for shuffled in itertools.permutations(items):
        fit = budget_fit(list(shuffled), 200.0)
        assert sorted(fit.chosen) == [4, 5]


def test_the_same_id_twice_is_refused() -> None:
    with pytest.raises(ValueError):
        budget_fit([(1, 10.0, 10.0), (1, 20.0, 10.0)], 100.0)
    with pytest.raises(ValueError):
        budget_fit([(1, 10.0, 10.0)], float("nan"))


def _brute_force(items: list[tuple[int, int | None, int | None]], budget: int) -> set[int]:
    """The best set by trying them all: scores in hundredths and costs in whole units, exact."""
    usable = [(i, s, c) for i, s, c in items if s is not None and c is not None and s > 0]
    best: tuple[int, int, tuple[int, ...]] = (0, 0, ())  # the empty set (fits any budget >= 0)
    for size in range(len(usable) + 1):
        for subset in itertools.combinations(usable, size):
            cost = sum(c for _, _, c in subset)
            if cost > budget:
                continue
            key = (-sum(s for _, s, _ in subset), cost, tuple(sorted(i for i, _, _ in subset)))
            if best is None or key < best:
                best = key
    assert best is not None
    return set(best[2])


def test_the_fit_is_the_best_of_all_subsets_for_two_hundred_random_portfolios() -> None:
    rng = random.Random(20261014)
    for case in range(200):
        n = rng.randint(0, 12)
        ids = rng.sample(range(1, 100), n)
        score_pool = [rng.randint(0, 10_000) for _ in range(3)]  # repeats provoke ties
        cost_pool = [rng.randint(0, 2_000_000) for _ in range(3)]
        items: list[tuple[int, int | None, int | None]] = []
        for item_id in ids:
            hundredths = rng.choice(score_pool) if rng.random() < 0.4 else rng.randint(0, 10_000)
            cost = rng.choice(cost_pool) if rng.random() < 0.4 else rng.randint(0, 2_000_000)
            if rng.random() < 0.1:
                cost = 0
            items.append((
                item_id,
                None if rng.random() < 0.05 else hundredths,
                None if rng.random() < 0.05 else cost,
            ))  # fmt: skip
        total = sum(c for _, _, c in items if c is not None)
        budget = rng.choice([0, -1, total, rng.randint(0, max(total, 1))])

        as_floats: list[Item] = [
            (i, None if s is None else s / 100, None if c is None else float(c))
            for i, s, c in items
        ]
        fit = budget_fit(as_floats, float(budget))
        expected = _brute_force(items, budget)
        assert set(fit.chosen) == expected, f"case {case}: {items} within {budget}"
        assert len(fit.chosen) == len(expected)
        assert fit.total_cost == sum(c for i, _, c in items if i in expected and c is not None)
        assert fit.total_score == pytest.approx(
            sum(s for i, s, _ in items if i in expected and s is not None) / 100
        )
        order = [i for i, _, _ in items]
        assert list(fit.chosen) == sorted(fit.chosen, key=order.index), "in the order given"


def test_fifty_proposals_are_fitted_at_once() -> None:
    rng = random.Random(50)
    items: list[Item] = [
        (i, round(rng.uniform(20, 90), 4), float(rng.randrange(50_000, 1_500_001, 5_000)))
        for i in range(1, 51)
    ]
    budget = 12_000_000.0
    fit = budget_fit(items, budget)
    assert 0 < fit.total_cost <= budget
    left_over = budget - fit.total_cost
    # Nothing left out would still fit: the set cannot be improved by simply adding to it.
    assert all(cost is None or cost > left_over for i, _, cost in items if i not in fit.chosen)
