"""The minutes' last section: the assessment method — which criterion weights were used
(set by the facilitator, or adopted from the participants' pairwise comparisons), the
criteria table, and how the scores were computed."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from pmo_tmo_desktop.exchange.pdf_base import esc, para, tag
from pmo_tmo_desktop.exchange.pdf_minutes_layout import Layout
from pmo_tmo_desktop.exchange.pdf_tables import data_table


def method(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found = lay.h1(t.method)
    adopted = c.weights_in_force == "group"
    if adopted:
        cr = "—" if c.group_consistency is None else lay.n(c.group_consistency, 2)
        said = t.weights_adopted.format(date=c.weights_adopted, cr=cr)
    else:
        said = t.weights_set
    found.append(para(said, s.body))
    if c.criteria:
        total = sum(x.weight for x in c.criteria) or 1.0
        rows: list[list[Any]] = []
        for x in c.criteria:
            name: list[Any] = [para(tag("b", x.name), s.cell)]
            if x.description.strip():
                name.append(para(x.description, s.cell_small))
            weights = [lay.n(x.weight, _places(x.weight))]
            if adopted:  # the weights set by hand beside the group's
                kept = x.set_weight
                weights.insert(0, "—" if kept is None else lay.n(kept, _places(kept)))
            rows.append(
                [
                    name,
                    *weights,
                    lay.n(100 * x.weight / total, 0) + " %",
                    t.directions.get(x.direction, x.direction),
                    f"{lay.n(x.scale_min, _places(x.scale_min))}–"
                    f"{lay.n(x.scale_max, _places(x.scale_max))}",
                ]
            )
        if adopted:
            headers: tuple[str, ...] = (t.criterion, t.set_weight, t.group_weight, t.share)
            widths: tuple[float, ...] = (3.8, 0.9, 1.2, 0.9, 1.7, 0.9)
        else:
            headers, widths = (t.criterion, t.weight, t.share), (5, 0.9, 0.9, 1.7, 0.9)
        last = len(headers) + 1
        found.append(
            data_table(
                (*headers, t.direction, t.scale),
                rows,
                widths,
                s,
                numeric={*range(1, len(headers)), last},
            )
        )
        found.append(Spacer(1, 8))
    # How the scores were computed, kept on one page: the minutes never end on a page that
    # holds only its last sentence.
    told = [para(t.method_intro, s.body)]
    threshold = lay.n(c.dissent_threshold, 2)
    for step in t.method_steps:
        told.append(Paragraph(esc(step.format(threshold=threshold)), s.bullet, bulletText="•"))
    if lay.results_missing() is None and c.round_number is not None:
        chosen = t.method_round_chosen if c.round_chosen else t.method_round_latest
        told.append(para(chosen.format(n=c.round_number), s.body))
    found.append(KeepTogether(told))
    return found


def _places(value: float) -> int:
    return 0 if float(value).is_integer() else 1
