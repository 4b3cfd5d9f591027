"""Minutes for a large workshop (50 proposals x 30 participants x 8 criteria), against a floor:
a bare reportlab document with the same tables, built in the same run. The minutes' time runs
from the open workspace to the written file (reading, scoring, laying out, charts, writing).

    python benchmarks/minutes.py [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange import pdf_minutes
from pmo_tmo_desktop.exchange.pdf_portfolio_data import PortfolioContent
from pmo_tmo_desktop.services import (
    analyses_kept,
    entities,
    files,
    funding,
    pack,
    queries,
    reports,
    results,
    workshops,
)
from pmo_tmo_desktop.services.rows import unit_of_work

PROPOSALS, PARTICIPANTS, CRITERIA = 50, 30, 8


def build(path: Path) -> int:
    ws = files.new(path, "integrated")
    rng = random.Random(11)
    offices = {o.name: o.id for o in queries.offices(ws)}
    with unit_of_work(ws) as rec:
        wid = entities.add(rec, "workshop", {"title": "Annual portfolio review", "budget": 9e6})
        people = [
            entities.add(
                rec,
                "participant",
                {
                    "workshop_id": wid,
                    "name": f"Participant {i:02d}",
                    "office_id": offices["PMO" if i % 2 else "TMO"],
                },
            )
            for i in range(PARTICIPANTS)
        ]
        crits = [
            entities.add(
                rec,
                "criterion",
                {
                    "workshop_id": wid,
                    "name": f"Criterion {c}",
                    "weight": 1 + c % 3,
                    "direction": "lower" if c % 4 == 3 else "higher",
                },
            )
            for c in range(CRITERIA)
        ]
        props = [
            entities.add(
                rec,
                "proposal",
                {
                    "workshop_id": wid,
                    "title": f"Proposal {p:02d} — modernise system {p}",
                    "cost": rng.randrange(100, 2000) * 1000,
                    "benefit": rng.randrange(100, 4000) * 1000,
                    "description": "A realistic description of the change and its benefits. " * 3,
                },
            )
            for p in range(PROPOSALS)
        ]
        round_id = workshops.start_round(rec, wid)
        for person in people:
            for proposal in props:
                for crit in crits:
                    workshops.put_rating(
                        rec, round_id, person, proposal, crit, rng.randint(1, 10), m.EnteredBy.SELF
                    )
        workshops.finish_round(rec, wid)
        for proposal in props[:20]:
            workshops.put_decision(rec, proposal, "approve", "Strong case. " * 5, "None.")
    ws.close()
    return wid


def floor(path: Path, out: Path) -> float:
    """Every table the minutes print (the Portfolio section's too), with the same cells, in a
    bare reportlab document: the bundled font, a Paragraph in every text cell (text may
    wrap), numbers as they are, no styles, colours, page furniture, contents or charts. What
    the minutes print is read, scored and analysed beforehand, outside the timing, so the
    floor is layout and writing alone."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph

    from pmo_tmo_desktop.resources import resource

    with files.open_file(path, read_only=True) as ws:
        c = reports.minutes_content(ws, queries.workshops(ws)[-1].id)
    start = time.perf_counter()
    pdfmetrics.registerFont(TTFont("Bench", str(resource("fonts", "DejaVuSans.ttf"))))
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = "Bench"

    def cell(text: object) -> Paragraph:
        return Paragraph(str(text), style)

    tables = [
        [[cell(a.name), cell(a.title)] for g in c.offices for a in g.attendees],
        [[cell(a.title), cell(a.notes), a.duration_minutes] for a in c.agenda],
        [
            [cell(p.title), cell(p.sponsor), p.cost, p.benefit, p.duration_months]
            for p in c.proposals
        ],
        [
            [r.rank, cell(r.title), r.score, r.pmo, r.tmo, r.gap, r.dissent, r.cost]
            for r in c.results
        ],
        [[r.rank, cell(r.title), r.cost] for r in c.results],
        [[cell(r.title), *r.criterion_gaps, r.gap] for r in c.results],
        [[cell(g.proposal), cell(g.criterion), g.gap] for g in c.largest_gaps],
        [[cell(t), rank, score, cost, cell(k)] for t, rank, score, cost, k in c.fit.chosen]
        if c.fit
        else [],
        [
            [cell(d.proposal), cell(d.kind), cell(d.rationale), cell(d.conditions)]
            for d in c.decisions
        ],
        [[cell(a.text), cell(a.owner), a.due, a.status] for a in c.actions],
        [[r.number, r.blind, r.status, r.opened, r.closed, r.rated, r.ratings] for r in c.rounds],
        [
            [cell(m.title), m.before, m.after, m.change, m.gap_before, m.gap_after]
            for m in c.movement
        ],
        [[cell(x.name), x.weight, x.direction, x.scale_min, x.scale_max] for x in c.criteria],
        *_portfolio_tables(c.portfolio, cell),
    ]
    story: list[object] = []
    for rows in tables:
        if rows:
            story += [Table(rows, repeatRows=0), PageBreak()]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return time.perf_counter() - start


def _portfolio_tables(p: PortfolioContent | None, cell: Callable[[object], object]) -> list[list]:
    """The Portfolio section's tables (rules, funded set, offices, sensitivity, shares)."""
    if p is None:
        return []
    return [
        [[cell(r.title), cell(r.funding), cell("; ".join(r.requires)), cell(r.group)]
         for r in p.rules],
        [[cell(f.title), f.rank, f.score, f.cost, f.resource] for f in p.funded],
        [[cell(o.title), o.joint, o.pmo, o.tmo] for o in p.offices],
        [[cell(b.criterion), b.weight, *b.top, *(b.funded or (None, None))] for b in p.bounds],
        [[cell(title), share] for title, share in p.probability],
    ]  # fmt: skip


@dataclass(frozen=True)
class Minutes:
    floor: list[float]
    layout: list[float]
    whole: list[float]
    kept: list[float]
    warm: list[float]
    packs: list[float]

    @property
    def ratio(self) -> float:
        """End to end (read, score, lay out, write) against the floor, medians."""
        return statistics.median(self.whole) / statistics.median(self.floor)


def measure(runs: int, packs: int = 2) -> Minutes:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        path = folder / "big.pmotmo"
        wid = build(path)
        # The app's usual path: the Results page's Portfolio tab analysed the round and kept
        # the analyses in the file (untimed); a later process prints the minutes from it.
        kept_path = folder / "kept.pmotmo"
        with files.open_file(path, read_only=True) as ws:
            ws.copy_to(kept_path)
        with files.open_file(kept_path) as ws:
            analyses_kept.analysed(ws, funding.decide(results.load(ws, wid)))
        funding.forget()
        found = Minutes([], [], [], [], [], [])
        for run in range(runs):
            found.floor.append(floor(path, folder / "floor.pdf"))
            with files.open_file(path, read_only=True) as ws:
                content = reports.minutes_content(ws, wid)
                start = time.perf_counter()
                pdf_minutes.write_minutes(folder / "minutes.pdf", content, reports.minutes_texts())
                found.layout.append(time.perf_counter() - start)
                funding.forget()  # cold: nothing analysed before in this process
                start = time.perf_counter()
                reports.write_minutes(ws, wid, folder / "minutes.pdf")
                found.whole.append(time.perf_counter() - start)
                # Warm: the Results page's Portfolio tab has analysed the round (untimed).
                funding.analyse(funding.decide(results.load(ws, wid)))
                start = time.perf_counter()
                reports.write_minutes(ws, wid, folder / "minutes.pdf")
                found.warm.append(time.perf_counter() - start)
                funding.forget()
            with files.open_file(kept_path, read_only=True) as ws:
                # Read once untimed, as every figure here starts from an open file that was
                # read (the floor's content, the layout's content): the same footing.
                reports.minutes_content(ws, wid)
                funding.forget()
                start = time.perf_counter()
                reports.write_minutes(ws, wid, folder / "minutes.pdf")
                found.kept.append(time.perf_counter() - start)
                funding.forget()
            with files.open_file(path, read_only=True) as ws:
                if run < packs:
                    out = folder / f"pack{run}"
                    out.mkdir()
                    start = time.perf_counter()
                    pack.write_pack(ws, wid, out)
                    found.packs.append(time.perf_counter() - start)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    found = measure(runs)
    f, lay, end = (statistics.median(x) for x in (found.floor, found.layout, found.whole))
    print(f"workshop: {PROPOSALS} proposals x {PARTICIPANTS} participants x {CRITERIA} criteria")
    print(f"floor: bare reportlab, every table of the minutes, content ready: {f:.3f} s")
    print(f"minutes from the same content (lay out, charts, write): {lay:.3f} s  -> {lay / f:.2f}x")
    print(
        f"minutes end to end (also read and score 12,000 ratings): {end:.3f} s  -> {end / f:.2f}x"
    )
    kept = statistics.median(found.kept)
    print(
        f"the same in a later process, the analyses kept in the file: {kept:.3f} s"
        f"  -> {kept / f:.2f}x"
    )
    warm = statistics.median(found.warm)
    print(f"the same after the Results page analysed the round: {warm:.3f} s  -> {warm / f:.2f}x")
    print("target: <= 1.5x")
    print(f"whole pack for this workshop (5 files): {min(found.packs):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
