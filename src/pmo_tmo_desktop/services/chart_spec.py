"""What the results charts show, decided once for the Results page and the PDF minutes.

Two charts:

- PMO score against TMO score (`OFFICE_SCORES`): PMO score across, TMO score up, both axes
  fixed from 0 to 100, bubble area proportional to the cost, the dashed diagonal "PMO = TMO"
  with a shaded band of agreement around it. Above the diagonal the TMO rates a proposal
  higher, below it the PMO. A proposal without both office scores (none given, or withheld
  for privacy) is left out and counted, so that every output can say so.
- Score against cost (`SCORE_COST`): estimated cost across (from 0 to a round number above
  the costliest proposal), score up (0 to 100), bubble area proportional to the expected
  benefit.

The gap view's colour scale lives here as well: a gap is shaded in proportion to its size
against the largest gap shown (`GapScale`). Figures are compared as they are shown (rounded
half away from zero, `domain.figures`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.figures import SCORE_DIGITS, shown
from pmo_tmo_desktop.domain.offices import PMO, TMO
from pmo_tmo_desktop.exchange.pdf_minutes_data import ChartEntry, ChartPointEntry
from pmo_tmo_desktop.services.results import WorkshopResults


class Quantity(StrEnum):
    """What an axis or a bubble stands for (outputs name it in their own words)."""

    SCORE = "score"
    PMO_SCORE = "pmo_score"
    TMO_SCORE = "tmo_score"
    COST = "cost"
    BENEFIT = "benefit"


OFFICE_OF = {Quantity.PMO_SCORE: PMO, Quantity.TMO_SCORE: TMO}
"""The office whose figure a quantity is (its privacy code in `withheld`)."""


@dataclass(frozen=True, slots=True)
class Axis:
    quantity: Quantity
    low: float = 0.0
    high: float | None = 100.0
    """None: up to a round number at or above the largest value (`nice_ticks`)."""


@dataclass(frozen=True, slots=True)
class ChartSpec:
    x: Axis
    y: Axis
    bubble: Quantity
    """Bubble *area* is proportional to this; a proposal without it gets the least bubble."""
    diagonal: bool = False
    """A dashed line where x = y (PMO = TMO)."""
    band: float = 0.0
    """The shaded band of agreement, this many points either side of the diagonal."""


AGREE_BAND = 10.0
"""The offices agree on a proposal when their scores are within this many points."""
SCORE_AXIS_HIGH = 100.0

OFFICE_SCORES = ChartSpec(
    x=Axis(Quantity.PMO_SCORE, 0.0, SCORE_AXIS_HIGH),
    y=Axis(Quantity.TMO_SCORE, 0.0, SCORE_AXIS_HIGH),
    bubble=Quantity.COST,
    diagonal=True,
    band=AGREE_BAND,
)
SCORE_COST = ChartSpec(
    x=Axis(Quantity.COST, 0.0, None),
    y=Axis(Quantity.SCORE, 0.0, SCORE_AXIS_HIGH),
    bubble=Quantity.BENEFIT,
)


@dataclass(frozen=True, slots=True)
class Point:
    proposal_id: int
    title: str
    rank: int | None
    x: float
    y: float
    bubble: float | None
    """The bubble's value (None: not given; drawn as the least bubble, outlined dashed)."""
    higher: str = ""
    """On the office chart: "pmo" below the diagonal, "tmo" above it, "" on it."""


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A proposal a chart cannot place, and why."""

    proposal_id: int
    title: str
    missing: tuple[Quantity, ...]
    """The axis quantities it lacks."""
    withheld: tuple[Quantity, ...] = ()
    """Those of `missing` that exist but are withheld for privacy."""


@dataclass(frozen=True, slots=True)
class ChartData:
    spec: ChartSpec
    points: tuple[Point, ...]
    """In rank order."""
    left_out: tuple[LeftOut, ...]

    @property
    def not_shown(self) -> int:
        """How many proposals the chart leaves out."""
        return len(self.left_out)

    @property
    def largest_bubble(self) -> float:
        return max((p.bubble for p in self.points if p.bubble and p.bubble > 0), default=0.0)

    def x_range(self) -> tuple[float, float]:
        return axis_range(self.spec.x, [p.x for p in self.points])

    def y_range(self) -> tuple[float, float]:
        return axis_range(self.spec.y, [p.y for p in self.points])


def _value(p: scoring.ProposalResult, quantity: Quantity) -> float | None:
    value = {
        Quantity.SCORE: p.score,
        Quantity.PMO_SCORE: p.pmo_score,
        Quantity.TMO_SCORE: p.tmo_score,
        Quantity.COST: p.cost,
        Quantity.BENEFIT: p.benefit,
    }[quantity]
    return None if value is None else float(value)


def higher(pmo: float | None, tmo: float | None) -> str:
    """Which office rates higher, as the figures are shown: "pmo", "tmo" or "" (equal)."""
    if pmo is None or tmo is None:
        return ""
    gap = shown(pmo - tmo, SCORE_DIGITS) or 0.0
    return PMO if gap > 0 else (TMO if gap < 0 else "")


def chart_data(spec: ChartSpec, found: WorkshopResults | scoring.Results) -> ChartData:
    """The points of one chart: every proposal holding both axis figures, in rank order."""
    proposals = found.results.proposals if isinstance(found, WorkshopResults) else found.proposals
    points: list[Point] = []
    left_out: list[LeftOut] = []
    for p in proposals:
        x, y = _value(p, spec.x.quantity), _value(p, spec.y.quantity)
        if x is None or y is None:
            missing = tuple(q for q, v in ((spec.x.quantity, x), (spec.y.quantity, y)) if v is None)
            withheld = tuple(q for q in missing if OFFICE_OF.get(q) in p.withheld)
            left_out.append(LeftOut(p.proposal_id, p.title, missing, withheld))
            continue
        side = higher(p.pmo_score, p.tmo_score) if spec.diagonal else ""
        points.append(Point(p.proposal_id, p.title, p.rank, x, y, _value(p, spec.bubble), side))
    return ChartData(spec, tuple(points), tuple(left_out))


def office_scores(found: WorkshopResults | scoring.Results) -> ChartData:
    return chart_data(OFFICE_SCORES, found)


def score_cost(found: WorkshopResults | scoring.Results) -> ChartData:
    return chart_data(SCORE_COST, found)


def nice_ticks(top: float, count: int) -> list[float]:
    """Ticks from 0 to a round number >= `top`, about `count` steps of 1, 2, 2.5 or 5 x 10^k."""
    top = top if top > 0 and math.isfinite(top) else 1.0
    raw = top / max(1, count)
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


def axis_range(axis: Axis, values: Iterable[float], steps: int = 5) -> tuple[float, float]:
    """(low, high) of an axis: fixed where the spec fixes it, else up to a round number."""
    if axis.high is not None:
        return axis.low, axis.high
    return axis.low, nice_ticks(max(values, default=0.0), steps)[-1]


def bubble_radius(value: float | None, top: float, least: float, largest: float) -> float:
    """A bubble's radius: area proportional to `value` (never smaller than `least`)."""
    if value is None or value <= 0 or top <= 0:
        return least
    return max(least, largest * math.sqrt(value / top))


def minutes_chart(data: ChartData) -> ChartEntry:
    """A chart as the PDF minutes take it (plain data)."""
    spec = data.spec
    return ChartEntry(
        x=str(spec.x.quantity),
        y=str(spec.y.quantity),
        x_range=data.x_range(),
        y_range=data.y_range(),
        bubble=str(spec.bubble),
        diagonal=spec.diagonal,
        band=spec.band,
        points=tuple(
            ChartPointEntry(p.rank, p.title, p.x, p.y, p.bubble, p.higher) for p in data.points
        ),
        not_shown=data.not_shown,
        withheld=sum(1 for x in data.left_out if x.withheld),
    )


def minutes_office_chart(found: WorkshopResults) -> ChartEntry:
    """PMO score against TMO score, for the minutes (`MinutesContent.office_chart`)."""
    return minutes_chart(office_scores(found))


# --- the gap view's colour scale --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GapScale:
    """Colour strength of a gap: its size against the largest gap shown (0 white, 1 full)."""

    top: float
    """The largest gap shown, as shown (0 when there is none)."""

    def strength(self, gap: float | None) -> float:
        size = abs(shown(gap, SCORE_DIGITS) or 0.0)
        return 0.0 if self.top <= 0 else min(1.0, size / self.top)


def gap_scale(gaps: Iterable[float | None]) -> GapScale:
    """The scale for these gaps (every cell of the gap view, overall column included)."""
    sizes = [abs(shown(g, SCORE_DIGITS) or 0.0) for g in gaps if g is not None]
    return GapScale(max(sizes, default=0.0))


def results_gaps(found: WorkshopResults | scoring.Results) -> list[float | None]:
    """Every gap of the gap view: per criterion and overall, for every proposal."""
    proposals = found.results.proposals if isinstance(found, WorkshopResults) else found.proposals
    return [g for p in proposals for g in (p.gap, *(c.gap for c in p.criteria))]


def gap_scale_of(found: WorkshopResults | scoring.Results) -> GapScale:
    """The gap view's scale for a round's results (`MinutesContent.gap_top` is its `top`)."""
    return gap_scale(results_gaps(found))
