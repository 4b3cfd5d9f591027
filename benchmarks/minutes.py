"""Minutes for a large workshop (50 proposals x 30 participants x 8 criteria), against a floor:
a bare reportlab document with the same tables, built in the same run.

    python benchmarks/minutes.py [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, queries, reports, results, workshops
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
    """The same tables with bare reportlab: the same font and paragraphs in text cells, but no
    styles, page furniture, charts or colour; the data is read and scored beforehand."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph

    from pmo_tmo_desktop.resources import resource

    with files.open_file(path, read_only=True) as ws:
        wid = queries.workshops(ws)[-1].id
        found = results.load(ws, wid)
    data = found.data
    start = time.perf_counter()
    pdfmetrics.registerFont(TTFont("Bench", str(resource("fonts", "DejaVuSans.ttf"))))
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = "Bench"

    def cell(text: object) -> Paragraph:
        return Paragraph(str(text), style)

    tables = [
        [[cell(p.name), cell(p.title)] for p in data.participants],
        [
            [cell(p.title), cell(p.sponsor), cell(p.description), p.cost, p.benefit]
            for p in data.proposals
        ],
        [
            [p.rank, cell(p.title), p.score, p.pmo_score, p.tmo_score, p.gap, p.dissent]
            for p in found.results.proposals
        ],
        [[cell(p.title), *(c.gap for c in p.criteria)] for p in found.results.proposals],
        [[cell(d.kind), cell(d.rationale), cell(d.conditions)] for d in data.decisions],
        [[cell(c.name), c.weight, c.direction, c.scale_min, c.scale_max] for c in data.criteria],
    ]
    story: list[object] = []
    for rows in tables:
        story += [Table(rows, repeatRows=0), PageBreak()]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        path = folder / "big.pmotmo"
        wid = build(path)
        ours, bare = [], []
        for _ in range(runs):
            bare.append(floor(path, folder / "floor.pdf"))
            with files.open_file(path, read_only=True) as ws:
                start = time.perf_counter()
                reports.write_minutes(ws, wid, folder / "minutes.pdf")
                ours.append(time.perf_counter() - start)
    o, f = statistics.median(ours), statistics.median(bare)
    print(f"workshop: {PROPOSALS} proposals x {PARTICIPANTS} participants x {CRITERIA} criteria")
    print(f"minutes (read, score, lay out, charts, write): median {o:.2f} s")
    print(f"bare reportlab, same tables (scores already computed): median {f:.2f} s")
    print(f"ratio: {o / f:.2f}x  (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
