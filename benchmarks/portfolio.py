"""The portfolio's maths at workshop size: 50 proposals x 30 participants x 8 criteria (seeded
random ratings, some cells left empty) and ten funding rules (a budget, a people limit, three
requirements, a must, a must-not, two groups of alternatives, proposals without a cost). Each
job is timed against its target:

- selection (the best set under every rule)            < 100 ms
- slider move (new weights -> scores, ranks, selection) <= 30 ms
- frontier, sensitivity, robustness: reported (no target; shown while the page computes)

    python benchmarks/portfolio.py [--runs 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.portfolio import select
from pmo_tmo_desktop.domain.portfolio_frontier import frontier
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem
from pmo_tmo_desktop.domain.portfolio_robustness import DRAWS, probability_funded
from pmo_tmo_desktop.domain.portfolio_sensitivity import sensitivity
from pmo_tmo_desktop.domain.portfolio_weights import Ratings, Slider

PROPOSALS, PARTICIPANTS, CRITERIA = 50, 30, 8


def workshop(seed: int = 7) -> scoring.ScoringInput:
    rng = random.Random(seed)
    people = tuple((j, "PMO" if j % 2 else "TMO") for j in range(1, PARTICIPANTS + 1))
    criteria = tuple(
        (100 + k, f"C{k}", float(rng.randint(1, 5)), "lower" if k == 3 else "higher", 1.0, 10.0, k)
        for k in range(CRITERIA)
    )
    proposals = tuple((1000 + i, f"P{i}", None, None, i) for i in range(PROPOSALS))
    # Each proposal has a true merit; each participant sees it through their own noise.
    merit = [rng.uniform(3, 8) for _ in proposals]
    ratings = tuple(
        (1, person, pid, cid, float(min(10, max(1, round(merit[i] + rng.gauss(0, 1.5))))))
        for i, (pid, *_) in enumerate(proposals)
        for person, _ in people
        for cid, *_ in criteria
        if rng.random() > 0.03
    )
    return scoring.ScoringInput.from_rows(people, criteria, proposals, ((1, 1),), ratings)


def problem(data: scoring.ScoringInput, seed: int = 7) -> Problem:
    rng = random.Random(seed)
    scores = {p.proposal_id: p.score for p in scoring.score(data).proposals}
    candidates = []
    for i, (pid, title, *_) in enumerate(data.proposals):
        rule = {3: FundingRule.MUST, 8: FundingRule.MUST_NOT}.get(i, FundingRule.AUTO)
        requires = {5: (1006,), 12: (1013,), 20: (1021,)}.get(i, ())
        group = "cloud" if i in (30, 31, 32) else "crm" if i in (40, 41) else None
        cost = None if i in (45, 46) else float(rng.randrange(50_000, 1_500_001, 5_000))
        candidates.append(
            Candidate(
                pid,
                title,
                scores[pid],
                cost,
                float(rng.randint(1, 6)),
                rule,
                requires=requires,
                group=group,
            )
        )
    return Problem(
        tuple(candidates),
        budget=12_000_000.0,
        resource_name="people",
        resource_limit=60.0,
        groups=(Group("cloud", 1), Group("crm", 1)),
    )


def timed(job: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    data = workshop()
    task = problem(data)
    ratings = Ratings.of(data)
    slider = Slider(ratings, task)
    rng = random.Random(3)
    moves = [{cid: rng.uniform(0.5, 5) for cid in ratings.criterion_ids} for _ in range(runs)]
    moves_left = iter(moves * 2)

    chosen = select(task)
    points = frontier(task)
    # The same workshop where only money binds (budget, the must and the must-not): the
    # exact knapsack answers without the solver.
    money = replace(
        task,
        candidates=tuple(replace(c, requires=(), group=None) for c in task.candidates),
        groups=(),
        resource_limit=None,
    )
    money_slider = Slider(ratings, money)
    money_moves = iter(moves * 2)
    rows = [
        ("selection, money only", timed(lambda: select(money), runs), 0.100, "knapsack"),
        (
            "slider move, money only",
            timed(lambda: money_slider.move(next(money_moves)), runs),
            0.030,
            "knapsack",
        ),
        ("selection", timed(lambda: select(task), runs), 0.100, f"{len(chosen.funded)} funded"),
        ("slider move", timed(lambda: slider.move(next(moves_left)), runs), 0.030, ""),
        ("frontier", timed(lambda: frontier(task), 1), None, f"{len(points)} breakpoints"),
        (
            "sensitivity",
            timed(lambda: sensitivity(ratings, task), 1),
            None,
            f"{CRITERIA} criteria, top and funded",
        ),
        (
            "robustness",
            timed(lambda: probability_funded(ratings, task), 1),
            None,
            f"{DRAWS} draws",
        ),
    ]
    print(
        f"workshop: {PROPOSALS} proposals x {PARTICIPANTS} participants x {CRITERIA} criteria, "
        f"10 funding rules; median of {runs} runs where a target is set"
    )
    print()
    print("| job | time | target | within | note |")
    print("|---|---:|---:|:---:|---|")
    for name, seconds, target, note in rows:
        goal = "" if target is None else f"{target * 1000:.0f} ms"
        within = "" if target is None else ("yes" if seconds <= target else "NO")
        print(f"| {name} | {seconds * 1000:.1f} ms | {goal} | {within} | {note} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
