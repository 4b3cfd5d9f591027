"""`pmo-tmo portfolio`: what to fund under the budget and the workshop's funding rules, what
the PMO alone, the TMO alone and both together would fund, the efficient frontier, how far
each criterion's weight may move, and how often each proposal is funded as weights wobble.

Rules that cannot all hold are an answer, not an error: they are named in words and the exit
code is 0. Handlers return the exit code; a problem with the input raises a UserError, which
`cli.main` turns into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, location
from pmo_tmo_desktop.i18n import translate

FRONTIER_ROWS = 20
"""At most this many frontier rows in the text (--json lists them all)."""
MARK = "•"
"""Funded, in the side-by-side table (a character every console code page has)."""
WITHHELD = "—"


def budget_value(text: str) -> float:
    """--budget: an amount of 0 or more."""
    try:
        value = float(text.replace("_", ""))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "the budget must be an amount of 0 or more, not '{value}'").format(
                value=text[:40]
            )
        )
    return value


def draws_value(text: str) -> int:
    """--draws: a whole number of 0 or more (0 leaves the robustness figure out)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "draws must be a whole number of 0 or more, not '{value}'").format(
                value=text[:40]
            )
        )
    return value


def cmd_portfolio(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import analyses_kept, files, funding, results

    with files.open_file(args.workspace, read_only=True) as ws:
        found = results.load(ws, args.workshop, args.round)
        decided = funding.decide(found, args.budget)  # refuses a blind round still open
        draws = funding.DRAWS if args.draws is None else args.draws
        analyses = (
            None
            if found.round_number is None
            else analyses_kept.analysed(ws, decided, draws)  # read back where kept
        )
    if args.json:
        data = funding.as_data(decided, analyses)
        print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return EXIT_OK
    if analyses is None:
        print(
            translate("Cli", "{title}: no closed round with ratings yet").format(
                title=found.data.workshop.title
            )
        )
        return EXIT_OK
    _Report(decided, analyses).print()
    return EXIT_OK


class _Report:
    """The text summary, section by section."""

    def __init__(self, decided: Any, analyses: Any) -> None:
        from pmo_tmo_desktop.services import reports_texts

        self.d = decided
        self.a = analyses
        self.n = reports_texts.number_format()
        found = decided.found
        self.ranked = [p.proposal_id for p in found.results.proposals]
        self.scores = {p.proposal_id: p.score for p in found.results.proposals}
        self.costs = {c.id: c.cost for c in decided.problem.candidates}

    def money(self, value: float | None) -> str:
        return str(self.n(value, 0))

    def score(self, value: float | None) -> str:
        return str(self.n(value, 1))

    def amount(self, value: float | None) -> str:
        """A resource: whole numbers without decimals (people: 12, not 12.0)."""
        whole = value is None or float(value).is_integer()
        return str(self.n(value, 0 if whole else 2))

    def title(self, proposal_id: int) -> str:
        return str(self.d.titles.get(proposal_id, proposal_id))

    def print(self) -> None:
        for section in (
            self._decision,
            self._offices,
            self._frontier,
            self._sensitivity,
            self._probability,
        ):
            lines = section()
            if lines:
                print("\n".join(lines))
                print()

    # -- the decision ----------------------------------------------------------------------

    def _decision(self) -> list[str]:
        from pmo_tmo_desktop.exchange import funding_texts

        d, chosen = self.d, self.d.selection
        lines = [
            translate("Cli", "{title} — round {n}: what to fund").format(
                title=d.found.data.workshop.title, n=d.round_number
            )
        ]
        if d.budget is None:
            lines.append(
                translate("Cli", "No budget set: {spent} spent; total score {score}").format(
                    spent=self.money(chosen.total_cost), score=self.score(chosen.total_score)
                )
            )
        else:
            lines.append(
                translate(
                    "Cli", "Budget {budget}: {spent} spent, {left} left; total score {score}"
                ).format(
                    budget=self.money(d.budget),
                    spent=self.money(chosen.total_cost),
                    left=self.money(d.budget - chosen.total_cost),
                    score=self.score(chosen.total_score),
                )
            )
        problem = d.problem
        if problem.resource_limit is not None:
            lines.append(
                translate("Cli", "{resource}: {used} of {limit} used").format(
                    resource=problem.resource_name or translate("Cli", "Second resource"),
                    used=self.amount(chosen.total_resource),
                    limit=self.amount(problem.resource_limit),
                )
            )
        if not chosen.feasible:
            lines.append(funding_texts.infeasible_text())
            lines.extend(
                f"  - {text}"
                for text in funding_texts.conflicts_text(chosen.conflicts, problem, self.money)
            )
            return lines
        lines.append(
            translate("Cli", "Funded: {n} of {m} proposals").format(
                n=len(chosen.funded), m=len(problem.candidates)
            )
        )
        head = (translate("Cli", "score"), translate("Cli", "cost"))
        width = max(9, *(len(h) for h in head), len(self.money(chosen.total_cost)))
        lines.append(f"  {head[0]:>7}  {head[1]:>{width}}  {translate('Cli', 'proposal')}")
        for pid in self._in_rank_order(chosen.funded):
            lines.append(
                f"  {self.score(self.scores.get(pid)):>7}  "
                f"{self.money(self.costs.get(pid)):>{width}}  {self.title(pid)}"
            )
        lines.append(
            f"  {self.score(chosen.total_score):>7}  {self.money(chosen.total_cost):>{width}}  "
            + translate("Cli", "total")
        )
        if chosen.unpriced:
            lines.append(funding_texts.unpriced_text([self.title(i) for i in chosen.unpriced]))
        return lines

    def _in_rank_order(self, ids: Sequence[int]) -> list[int]:
        wanted = set(ids)
        return [pid for pid in self.ranked if pid in wanted]

    # -- the three sets side by side -------------------------------------------------------

    def _offices(self) -> list[str]:
        d = self.d
        heads = [translate("Cli", "joint"), *(s.office.upper() for s in d.offices)]
        widths = [max(5, len(h)) for h in heads]
        sets = [d.selection, *(s.selection for s in d.offices)]
        withheld = [frozenset(), *(frozenset(s.withheld) for s in d.offices)]
        lines = [
            translate("Cli", "What the PMO alone, the TMO alone and both together would fund"),
            "  "
            + "  ".join(f"{h:^{w}}" for h, w in zip(heads, widths, strict=True))
            + "  "
            + translate("Cli", "proposal"),
        ]
        alone = {
            **{i: translate("Cli", "only PMO") for i in d.only_pmo},
            **{i: translate("Cli", "only TMO") for i in d.only_tmo},
        }
        for pid in self.ranked:
            cells = []
            for selection, hidden, w in zip(sets, withheld, widths, strict=True):
                if selection is None:
                    mark = WITHHELD
                elif pid in selection.funded:
                    mark = MARK
                else:
                    mark = WITHHELD if pid in hidden else ""
                cells.append(f"{mark:^{w}}")
            note = f"  ({alone[pid]})" if pid in alone else ""
            lines.append("  " + "  ".join(cells) + f"  {self.title(pid)}{note}")
        totals = [
            WITHHELD if s is None else self.score(s.total_score if s.feasible else None)
            for s in sets
        ]
        lines.append(
            "  "
            + "  ".join(f"{t:^{w}}" for t, w in zip(totals, widths, strict=True))
            + "  "
            + translate("Cli", "total score")
        )
        if any(s.selection is None or s.withheld for s in d.offices):
            lines.append(
                translate(
                    "Cli",
                    "— withheld: fewer than two participants of an office rated it; such a "
                    "figure counts as not rated in that office's set, and an office with no "
                    "figure shown has no set",
                )
            )
        return lines

    # -- the frontier ----------------------------------------------------------------------

    def _frontier(self) -> list[str]:
        points = list(self.a.frontier)
        if not points:
            return [translate("Cli", "Frontier: the rules cannot hold at any budget")]
        shown = _thinned(points, self.d.budget)
        ranking = list(self.a.ranking)
        heads = (
            translate("Cli", "budget"),
            translate("Cli", "best score"),
            translate("Cli", "rank order"),
        )
        width = max(len(h) for h in heads)
        width = max(width, *(len(self.money(p.budget)) for p in shown))
        lines = [
            translate(
                "Cli",
                "Frontier: the best total score at each budget, beside funding strictly in "
                "rank order",
            ),
            "  " + "  ".join(f"{h:>{width}}" for h in heads) + "  " + translate("Cli", "change"),
        ]
        before: tuple[int, ...] = ()
        for p in points:
            if p in shown:
                in_order = [r.total_score for r in ranking if r.budget <= p.budget]
                change = _change(before, p.funded, self.title)
                lines.append(
                    f"  {self.money(p.budget):>{width}}  {self.score(p.total_score):>{width}}  "
                    f"{self.score(in_order[-1] if in_order else None):>{width}}  {change}"
                )
            before = p.funded
        if len(shown) < len(points):
            lines.append(
                translate("Cli", "{n} of {m} budgets shown; --json lists every one").format(
                    n=len(shown), m=len(points)
                )
            )
        return lines

    # -- sensitivity and robustness --------------------------------------------------------

    def _sensitivity(self) -> list[str]:
        bounds = list(self.a.sensitivity)
        if not bounds:
            return []
        names = {c.id: c.name for c in self.d.found.data.criteria}
        none = translate("Cli", "no limit")
        rows = [
            (
                names.get(b.criterion_id, str(b.criterion_id)),
                self.n(b.weight, 2),
                self._span(b.top, none),
                WITHHELD if b.funded is None else self._span(b.funded, none),
            )
            for b in bounds
        ]
        heads = (
            translate("Cli", "criterion"),
            translate("Cli", "weight"),
            translate("Cli", "top-ranked stays"),
            translate("Cli", "funded set stays"),
        )
        widths = [max(len(h), *(len(r[k]) for r in rows)) for k, h in enumerate(heads)]
        lines = [
            translate(
                "Cli",
                "Sensitivity: the weights within which each criterion leaves the decision as it "
                "is (the other weights unchanged)",
            ),
            "  "
            + f"{heads[0]:<{widths[0]}}  {heads[1]:>{widths[1]}}  "
            + f"{heads[2]:<{widths[2]}}  {heads[3]}",
        ]
        for row in rows:
            lines.append(
                f"  {row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}"
            )
        if any(b.funded is None for b in bounds):
            lines.append(translate("Cli", "— no funded set: the rules cannot hold"))
        return lines

    def _span(self, bounds: tuple[float | None, float | None], none: str) -> str:
        lo, hi = bounds
        low = self.n(0, 0) if lo is None else self.n(lo, 2)
        high = none if hi is None else self.n(hi, 2)
        return f"{low} – {high}"

    def _probability(self) -> list[str]:
        if not self.a.draws or not self.a.probability:
            return []
        funded = set(self.d.selection.funded)
        lines = [
            translate(
                "Cli",
                "Probability funded: how often each proposal is funded in {n} random draws of "
                "the weights around the agreed ones (• funded now)",
            ).format(n=self.a.draws)
        ]
        for pid in self.ranked:
            share = self.a.probability.get(pid)
            if share is None:
                continue
            mark = MARK if pid in funded else " "
            lines.append(f"  {self.n(100 * share, 0):>4} %  {mark}  {self.title(pid)}")
        return lines


def _thinned(points: list[Any], budget: float | None) -> list[Any]:
    """At most FRONTIER_ROWS points: the first, the last, the one at the budget and evenly
    spaced ones between."""
    if len(points) <= FRONTIER_ROWS:
        return points
    keep = {0, len(points) - 1}
    if budget is not None:
        within = [k for k, p in enumerate(points) if p.budget <= budget]
        if within:
            keep.add(within[-1])
    step = (len(points) - 1) / (FRONTIER_ROWS - 1)
    k = 0.0
    while len(keep) < FRONTIER_ROWS and k < len(points):
        keep.add(round(k))
        k += step
    return [points[k] for k in sorted(keep)]


def _change(before: tuple[int, ...], after: tuple[int, ...], title: Callable[[int], str]) -> str:
    """The proposals a frontier step adds (+) and drops (−)."""
    added = [f"+ {title(i)}" for i in after if i not in before]
    dropped = [f"− {title(i)}" for i in before if i not in after]
    return ", ".join(added + dropped) or WITHHELD


def add_commands(commands: Any) -> None:
    """The `portfolio` command, into the tool's subparsers."""
    portfolio = command(
        commands,
        "portfolio",
        cmd_portfolio,
        translate(
            "Cli",
            "what to fund under the budget and the funding rules, what each office alone "
            "would fund, the frontier and the decision's sensitivity",
        ),
    )
    portfolio.add_argument("workspace", type=location, metavar="WORKSPACE")
    portfolio.add_argument("--workshop", type=int, required=True, metavar="ID")
    portfolio.add_argument("--round", type=int, metavar="N")
    portfolio.add_argument(
        "--budget",
        type=budget_value,
        metavar="X",
        help=translate("Cli", "decide under this budget instead of the workshop's"),
    )
    portfolio.add_argument(
        "--draws",
        type=draws_value,
        default=None,
        metavar="N",
        help=translate(
            "Cli", "random weight draws for the probability of funding (0: leave it out)"
        ),
    )
    portfolio.add_argument("--json", action="store_true")
