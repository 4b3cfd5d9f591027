"""A round's portfolio analyses kept in the workspace itself, so that every output after the
first — the minutes, the pack, the results workbook, `pmo-tmo portfolio`, in this process or a
later one — prints the figures already computed instead of computing them again (the
sensitivity and the weight draws take a large workshop tenths of a second; the exact frontier
with rules, seconds).

Each answer is stored under a digest of its whole question: the rules and the round's scoring
input (services.funding.question), the draws, the frontier's samples and `VERSION`. A changed
rating, weight, rule or budget asks a new question; an answer is only ever read back for the
very question it answers. Where the workspace is open read-only, answers are read, not kept.
Keeping is best effort: a workspace that cannot take the row (closed meanwhile, busy past its
timeout) loses nothing but the time saved next.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import pickle
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from pmo_tmo_desktop import __version__
from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.domain.portfolio_frontier import FrontierPoint
from pmo_tmo_desktop.domain.portfolio_sensitivity import Bounds
from pmo_tmo_desktop.services import funding
from pmo_tmo_desktop.services.funding import DRAWS, Analyses, Funding
from pmo_tmo_desktop.store.schema import analysis
from pmo_tmo_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

VERSION = 1
"""Raised whenever the analyses may answer the same question differently (a changed search,
tie-break or seed); the app's own version is part of every digest too, so answers kept by
another release are never read back."""
KEPT_PER_WORKSHOP = 6
"""Answers kept per workshop, the newest: the exact and the sampled ones of the last rounds
and rule changes."""


def digest(decided: Funding, draws: int = DRAWS, samples: int | None = None) -> str:
    """The question's digest: equal only for the same rules, round, scoring input, draws and
    samples. Pickled without its memo, so equal values give equal bytes however they were
    built (shared or separate objects alike)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: the bytes depend on the values alone
    pickler.dump((VERSION, __version__, funding.question(decided, draws, samples)))
    return hashlib.sha256(buffer.getvalue()).hexdigest()


def analysed(
    ws: Workspace | None, decided: Funding, draws: int = DRAWS, samples: int | None = None
) -> Analyses:
    """The analyses of `decided`: from this process, else from the workspace, else run now
    (and kept in the workspace where it is writable). `samples`: the frontier at that many
    budgets (+1) instead of exactly (funding.analyse)."""
    found, key = _lookup(ws, decided, draws, samples)
    if found is not None:
        return found
    found = funding.analyse(decided, draws, samples)
    if ws is not None:
        _keep(ws, key, decided.found.data.workshop.id, found)
    return found


def keep(
    ws: Workspace | None, decided: Funding, found: Analyses, samples: int | None = None
) -> None:
    """Keep `found`, the analyses of `decided` run elsewhere (e.g. off the GUI thread), in
    this process and in the workspace where it is writable."""
    funding.remember(decided, found, samples)
    if ws is not None:
        _keep(ws, digest(decided, found.draws, samples), decided.found.data.workshop.id, found)


def known(ws: Workspace | None, decided: Funding, draws: int = DRAWS) -> Analyses | None:
    """The exact analyses of `decided` if they were run already, here or in any earlier
    process on this workspace (else None)."""
    return _lookup(ws, decided, draws, None)[0]


def _lookup(
    ws: Workspace | None, decided: Funding, draws: int, samples: int | None
) -> tuple[Analyses | None, str]:
    """The answer known in this process or kept in `ws`, and the question's digest. An
    answer this process knows but the workspace lacks (run while it was open read-only, or
    on another file of equal content) is kept there now."""
    found = funding.known(decided, draws, samples)
    if ws is None:
        return found, ""
    key = digest(decided, draws, samples)
    if found is not None:
        if not ws.read_only and not _has(ws, key):
            _keep(ws, key, decided.found.data.workshop.id, found)
        return found, key
    found = _read(ws, key)
    if found is not None:
        funding.remember(decided, found, samples)
    return found, key


def _has(ws: Workspace, key: str) -> bool:
    try:
        with ws.reading() as conn:
            row = conn.execute(select(analysis.c.key).where(analysis.c.key == key)).first()
    except (SQLAlchemyError, WorkspaceError):
        return True  # nothing to be done about it now: taken as kept
    return row is not None


def _read(ws: Workspace, key: str) -> Analyses | None:
    try:
        with ws.reading() as conn:
            payload = conn.execute(
                select(analysis.c.payload).where(analysis.c.key == key)
            ).scalar_one_or_none()
    except (SQLAlchemyError, WorkspaceError) as exc:
        log.info("kept analyses not read: %s", exc)
        return None
    if payload is None:
        return None
    try:
        return decoded(payload)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        log.warning("kept analyses unreadable, computed again: %s", exc)
        return None


def _keep(ws: Workspace, key: str, workshop_id: int, found: Analyses) -> None:
    if ws.read_only:
        return
    try:
        with ws.transaction() as conn:
            conn.execute(delete(analysis).where(analysis.c.key == key))
            conn.execute(
                insert(analysis).values(
                    key=key,
                    workshop_id=workshop_id,
                    created=datetime.now(),
                    payload=encoded(found),
                )
            )
            older = (
                select(analysis.c.key)
                .where(analysis.c.workshop_id == workshop_id)
                .order_by(analysis.c.created.desc(), analysis.c.key)
                .offset(KEPT_PER_WORKSHOP)
            )
            conn.execute(delete(analysis).where(analysis.c.key.in_(older.scalar_subquery())))
    except (SQLAlchemyError, WorkspaceError) as exc:
        log.info("analyses not kept in the workspace: %s", exc)


# --- the stored form: JSON, floats exactly (Python writes the shortest exact repr) ------------


def encoded(found: Analyses) -> str:
    """`found` as JSON text that `decoded` turns back into an equal value."""

    def points(curve: tuple[FrontierPoint, ...]) -> list[Any]:
        return [[p.budget, p.total_score, list(p.funded)] for p in curve]

    return json.dumps(
        {
            "frontier": points(found.frontier),
            "ranking": points(found.ranking),
            "sensitivity": [
                [b.criterion_id, b.weight, list(b.top), b.funded and list(b.funded)]
                for b in found.sensitivity
            ],
            "probability": [[cid, share] for cid, share in found.probability.items()],
            "draws": found.draws,
        },
        separators=(",", ":"),
    )


def decoded(text: str) -> Analyses:
    """The analyses `encoded` wrote."""
    data = json.loads(text)

    def points(rows: list[Any]) -> tuple[FrontierPoint, ...]:
        return tuple(FrontierPoint(float(b), float(t), tuple(map(int, f))) for b, t, f in rows)

    def pair(value: list[Any]) -> tuple[float | None, float | None]:
        low, high = value
        return (None if low is None else float(low), None if high is None else float(high))

    sensitivity = tuple(
        Bounds(int(cid), float(weight), pair(top), None if funded is None else pair(funded))
        for cid, weight, top, funded in data["sensitivity"]
    )
    return Analyses(
        frontier=points(data["frontier"]),
        ranking=points(data["ranking"]),
        sensitivity=sensitivity,
        probability={int(cid): float(share) for cid, share in data["probability"]},
        draws=int(data["draws"]),
    )
