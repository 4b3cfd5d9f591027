"""A round's portfolio analyses kept in the workspace: read back, in a later process, for the
very question they answer and no other; never written to a file opened read-only; a few per
workshop; an unreadable row is computed again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from pmo_tmo_desktop.services import analyses_kept, entities, files, funding, reports, results
from pmo_tmo_desktop.services.analyses_kept import KEPT_PER_WORKSHOP
from pmo_tmo_desktop.store.schema import analysis
from tests.cli.test_cli import run
from tests.exchange.test_pdf_minutes import pdf_pages
from tests.services.test_funding import ANALYTICS, _live
from tests.store.helpers import fingerprint


@pytest.fixture(autouse=True)
def _cold() -> object:
    funding.forget()
    yield
    funding.forget()


def _rows(ws: files.Workspace) -> int:
    with ws.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(analysis)).scalar_one())


def _decided(ws: files.Workspace) -> funding.Funding:
    return funding.decide(results.load(ws, 1))


def test_the_stored_form_gives_back_equal_analyses(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        found = funding.analyse(_decided(ws), draws=7)
    finally:
        ws.close()
    back = analyses_kept.decoded(analyses_kept.encoded(found))
    assert back == found
    assert found.sensitivity and found.frontier and found.probability  # nothing empty compared
    # an unbounded weight (None or infinity) survives as it was
    assert [b.top for b in back.sensitivity] == [b.top for b in found.sensitivity]


def test_the_digest_is_the_same_in_another_process(demo_path: Path) -> None:
    """Equal questions give equal digests whatever the process (string hashing is salted per
    process; the digest must not depend on it)."""
    with files.open_file(demo_path, read_only=True) as ws:
        here = analyses_kept.digest(_decided(ws), 5, None)
    code = (
        "import sys\n"
        "from pmo_tmo_desktop.services import analyses_kept, files, funding, results\n"
        "with files.open_file(sys.argv[1], read_only=True) as ws:\n"
        "    print(analyses_kept.digest(funding.decide(results.load(ws, 1)), 5, None))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    there = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    assert there == here
    with files.open_file(demo_path, read_only=True) as ws:
        decided = _decided(ws)
        assert analyses_kept.digest(decided, 6, None) != here  # other draws: another question
        assert analyses_kept.digest(decided, 5, 40) != here  # a sampled frontier: another


def test_a_later_process_reads_the_kept_answer_for_the_same_question_only(
    demo_path: Path,
) -> None:
    """`pmo-tmo portfolio` (a separate process, the file opened read-only) prints the answer
    kept by the app; the row is marked here so that reading it back is visible. A changed
    weight asks a new question: computed afresh, the marked row never shown for it."""
    ws = _live(demo_path)
    try:
        decided = _decided(ws)
        kept = analyses_kept.analysed(ws, decided, draws=20)
        assert _rows(ws) == 1
        marked = dict(kept.probability)
        marked[ANALYTICS] = 0.123  # a share 20 draws can never give
        marker = analyses_kept.encoded(
            funding.Analyses(kept.frontier, kept.ranking, kept.sensitivity, marked, kept.draws)
        )
        with ws.transaction() as conn:
            conn.execute(update(analysis).values(payload=marker))
    finally:
        ws.close()
    before = fingerprint(demo_path)
    read_back = run("portfolio", demo_path, "--workshop", "1", "--draws", "20", "--json")
    assert read_back.returncode == 0, read_back.stderr
    assert fingerprint(demo_path) == before, "a read-only open keeps nothing"
    shares = json.loads(read_back.stdout)["probability_funded"]
    assert shares["Analytics platform consolidation"] == 0.123

    ws = _live(demo_path)
    try:
        entities.edit(ws, "criterion", 1, weight=9)
    finally:
        ws.close()
    fresh = run("portfolio", demo_path, "--workshop", "1", "--draws", "20", "--json")
    assert fresh.returncode == 0, fresh.stderr
    shares = json.loads(fresh.stdout)["probability_funded"]
    assert shares["Analytics platform consolidation"] != 0.123
    assert all(share * 20 == round(share * 20) for share in shares.values())


def test_minutes_in_a_later_process_equal_the_first_and_a_read_only_open_keeps_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        reports.write_minutes(ws, 1, tmp_path / "read-only.pdf")
        assert _rows(ws) == 0
    funding.forget()
    ws = files.open_file(demo_path)
    try:
        reports.write_minutes(ws, 1, tmp_path / "first.pdf")
        assert _rows(ws) == 1
    finally:
        ws.close()
    funding.forget()
    again = run("minutes", demo_path, "--workshop", "1", "--pdf", tmp_path / "again.pdf")
    assert again.returncode == 0, again.stderr
    first, later = pdf_pages(tmp_path / "first.pdf"), pdf_pages(tmp_path / "again.pdf")
    assert first == later == pdf_pages(tmp_path / "read-only.pdf")


def test_a_few_answers_are_kept_per_workshop_the_newest(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        decided = _decided(ws)
        for draws in range(1, KEPT_PER_WORKSHOP + 3):
            analyses_kept.analysed(ws, decided, draws=draws)
        assert _rows(ws) == KEPT_PER_WORKSHOP
        funding.forget()
        newest = analyses_kept.digest(decided, KEPT_PER_WORKSHOP + 2)
        with ws.reading() as conn:
            keys = set(conn.execute(select(analysis.c.key)).scalars())
        assert newest in keys and analyses_kept.digest(decided, 1) not in keys
    finally:
        ws.close()


def test_an_unreadable_row_is_computed_again(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        decided = _decided(ws)
        right = analyses_kept.analysed(ws, decided, draws=4)
        with ws.transaction() as conn:
            conn.execute(update(analysis).values(payload='{"frontier": [[1, 2]]}'))
        funding.forget()
        assert analyses_kept.known(ws, decided, draws=4) is None
        assert analyses_kept.analysed(ws, decided, draws=4) == right
    finally:
        ws.close()


def test_a_workshop_deleted_takes_its_answers_with_it(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        analyses_kept.analysed(ws, _decided(ws), draws=2)
        entities.remove(ws, "workshop", 1)
        assert _rows(ws) == 0
    finally:
        ws.close()


def test_an_answer_arriving_after_the_file_was_closed_is_not_written(demo_path: Path) -> None:
    """The Portfolio tab's analysis may finish after File → Close: the closed file is not
    opened again behind the user's back (its lock is gone), nothing appears beside it."""
    from pmo_tmo_desktop.domain.errors import WorkspaceError

    ws = _live(demo_path)
    decided = _decided(ws)
    found = funding.analyse(decided, draws=3)
    ws.close()
    before = sorted(p.name for p in demo_path.parent.iterdir())
    print_before = fingerprint(demo_path)
    analyses_kept.keep(ws, decided, found)  # quietly not kept
    with pytest.raises(WorkspaceError, match="is closed"), ws.reading():
        pass
    with pytest.raises(WorkspaceError, match="is closed"), ws.transaction():
        pass
    assert sorted(p.name for p in demo_path.parent.iterdir()) == before
    assert fingerprint(demo_path) == print_before
