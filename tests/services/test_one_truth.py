"""One truth about a round: the results view, the CLI, the minutes and the workbook agree.

A live office-tagged workshop: one PMO participant (a lone rater) and three TMO participants,
two closed rounds and a third, blind round still open with one ballot started.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import entities, files, queries, reports, results, workshops
from pmo_tmo_desktop.services.files import Workspace
from tests.cli.test_cli import run
from tests.exchange.test_pdf_minutes import flat, pdf_pages
from tests.exchange.test_results_xlsx import _method, _table
from tests.services.helpers import location, office_id
from tests.store.helpers import dump

# per round: person -> (fit, risk) for CRM; ERP gets fit - 2 and the same risk
ROUNDS = (
    {"Pia": (9, 1), "Tam": (3, 3), "Teo": (4, 2), "Tor": (3, 4)},
    {"Pia": (8, 1), "Tam": (5, 2), "Teo": (6, 2), "Tor": (4, 3)},
)


@dataclass(frozen=True)
class Live:
    path: Path | str
    workshop: int
    people: dict[str, int]
    crm: int
    erp: int
    fit: int
    risk: int


@pytest.fixture
def live(empty_workspace: Workspace) -> Live:
    return build_live(empty_workspace)


def build_live(ws: Workspace) -> Live:
    """The workshop described above, in `ws`."""
    wid = entities.create(ws, "workshop", title="Spring intake", anonymity="office-tagged").new_id
    people = {}
    for name, office in (("Pia", "PMO"), ("Tam", "TMO"), ("Teo", "TMO"), ("Tor", "TMO")):
        made = entities.create(
            ws, "participant", workshop_id=wid, name=name, office_id=office_id(ws, office)
        )
        people[name] = made.new_id
    fit = entities.create(ws, "criterion", workshop_id=wid, name="Fit", weight=3,
                          scale_min=1, scale_max=10).new_id  # fmt: skip
    risk = entities.create(ws, "criterion", workshop_id=wid, name="Risk", direction="lower",
                           scale_min=0, scale_max=4).new_id  # fmt: skip
    crm = entities.create(ws, "proposal", workshop_id=wid, title="New CRM", cost=100).new_id
    erp = entities.create(ws, "proposal", workshop_id=wid, title="ERP upgrade", cost=80).new_id
    for given in ROUNDS:
        round_id = workshops.open_round(ws, wid).new_id
        for name, (f, r) in given.items():
            for proposal, shift in ((crm, 0), (erp, -2)):
                workshops.rate(ws, round_id, people[name], proposal, fit, f + shift)
                workshops.rate(ws, round_id, people[name], proposal, risk, r)
        workshops.close_round(ws, wid)
    third = workshops.open_round(ws, wid).new_id
    workshops.rate(ws, third, people["Tam"], crm, fit, 10)  # started, far from complete
    return Live(location(ws), wid, people, crm, erp, fit, risk)


def _json(live: Live, *extra: str) -> dict:
    done = run("results", live.path, "--workshop", str(live.workshop), "--json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_output_shows_the_latest_closed_round_by_default(
    live: Live, empty_workspace: Workspace, tmp_path: Path
) -> None:
    view = results.load(empty_workspace, live.workshop)
    assert (view.round_number, view.revealed, view.chosen) == (2, True, False)
    cli = _json(live)
    assert (cli["round"], cli["rated"], cli["partial"]) == (2, 4, 0)
    minutes = reports.minutes_content(empty_workspace, live.workshop)
    assert minutes.round_number == 2 and not minutes.round_chosen
    scores = {p["title"]: p["score"] for p in cli["proposals"]}
    assert scores == {p.title: round(p.score or 0, 2) for p in view.results.proposals}
    assert {r.title: r.score for r in minutes.results} == {
        p.title: p.score for p in view.results.proposals
    }
    third = _json(live, "--round", "3")
    assert (third["revealed"], third["proposals"], third["rated"], third["partial"]) == (
        False, [], 0, 1,
    )  # fmt: skip


def test_a_chosen_round_is_the_round_every_output_prints(
    live: Live, empty_workspace: Workspace, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "r.xlsx"
    done = run("minutes", live.path, "--workshop", str(live.workshop), "--pdf", pdf,
               "--xlsx", xlsx, "--round", "1")  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Results of round 1: 4 of 4 ballots complete." in text
    assert "chosen for these minutes" in text
    first = _json(live, "--round", "1")
    assert first["round"] == 1
    assert [p["title"] for p in first["proposals"]] == ["New CRM", "ERP upgrade"]
    book = load_workbook(xlsx)
    method = _method(book)
    assert method["Round counted"] == 1 and method["Round chosen"].startswith("yes")
    assert method["Dissent flag at"] == first["dissent_threshold"] == 0.3
    _, rows = _table(book["Results"])
    by_title = {p["title"]: p for p in first["proposals"]}
    for row in rows:  # the same round, flags and privacy as the CLI's JSON
        shown = by_title[row["Proposal"]]
        assert row["Score"] == pytest.approx(shown["score"], abs=0.05)
        assert (row["Dissent flag"] == "yes") == shown["dissent_flag"]
        assert row["PMO score"] == "—" and shown["pmo_score"] is None


def test_the_threshold_is_the_workshops_in_every_output(
    live: Live, empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    loose = results.load(ws, live.workshop)
    assert any(p.dissent_flag for p in loose.results.proposals), "0.3 flags the split room"
    entities.edit(ws, "workshop", live.workshop, dissent_threshold=0.9)
    strict = results.load(ws, live.workshop)
    assert strict.threshold == 0.9
    assert not any(p.dissent_flag for p in strict.results.proposals)
    cli = _json(live)
    assert cli["dissent_threshold"] == 0.9
    assert [p["dissent_flag"] for p in cli["proposals"]] == [False, False]
    minutes = reports.minutes_content(ws, live.workshop)
    assert minutes.dissent_threshold == 0.9 and not any(r.flagged for r in minutes.results)
    pdf = tmp_path / "m.pdf"
    reports.write_minutes(ws, live.workshop, pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "A dissent of 0.90 or more (this workshop's threshold) is flagged." in text
    assert "▲ dissent of" not in text


def test_a_lone_office_rater_is_never_shown_as_the_office(
    live: Live, empty_workspace: Workspace, tmp_path: Path
) -> None:
    # Pia's own CRM score in round 2 (fit 8 -> 7/9, risk 1 -> 3/4): (3 x 7/9 + 3/4) / 4
    pia = 100 * (3 * 7 / 9 + 0.75) / 4
    view = results.load(empty_workspace, live.workshop)
    for p in view.results.proposals:
        # the TMO figure goes too: with the room's score and the rater count, Pia's score
        # would be 4 x score - 3 x TMO; min, max and median would show it outright
        assert p.withheld == ("pmo", "tmo") and p.pmo_score is p.tmo_score is p.gap is None
        assert p.median is p.minimum is p.maximum is None and p.score is not None
        assert all(c.pmo is c.tmo is c.gap is None for c in p.criteria)
    cli = _json(live)
    for p in cli["proposals"]:
        assert p["pmo_score"] is p["tmo_score"] is p["max"] is None
        assert p["withheld"] == ["pmo", "tmo"]
        shown = [v for v in (p["score"], *(c["score"] for c in p["criteria"])) if v is not None]
        assert all(abs(v - pia) > 0.05 for v in shown)
    pdf = tmp_path / "m.pdf"
    reports.write_minutes(empty_workspace, live.workshop, pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "withheld: fewer than two participants of an office rated it; the other" in text
    assert f"{pia:.1f}" not in text
    entities.edit(empty_workspace, "workshop", live.workshop, anonymity="named")
    named = results.load(empty_workspace, live.workshop)
    assert named.results.proposals[0].pmo_score == pytest.approx(pia)
    assert named.results.proposals[0].maximum == pytest.approx(pia)


def test_discarding_a_round_is_explicit_recorded_and_backed_up(
    live: Live, empty_workspace: Workspace
) -> None:
    ws = empty_workspace
    with pytest.raises(ValidationError, match="say why"):
        workshops.discard_round(ws, live.workshop, "  ")
    loss = workshops.discard_preview(ws, live.workshop)
    assert (loss.number, loss.status, loss.ratings, loss.raters) == (3, "open", 1, 1)
    before = dump(ws)
    workshops.discard_round(ws, live.workshop, "opened by mistake", "Facilitator")
    data = queries.workshop(ws, live.workshop)
    assert [r.number for r in data.rounds] == [1, 2] and data.open_round is None
    [record] = data.amendments
    assert record.what == "Round 3 discarded with its ratings (1 rating, 1 participant)"
    assert record.why == "opened by mistake"
    backup = json.loads(record.before)["backup"]
    if ws.is_library:  # the server's backups keep a library, not ours
        assert backup is None
    else:
        [kept] = [b for b in files.list_backups(ws) if b.path.name == backup]
        with files.open_file(kept.path, read_only=True) as old:
            assert [r.number for r in queries.workshop(old, live.workshop).rounds] == [1, 2, 3]
    assert dump(ws)["rating"] != before["rating"]


def test_the_cli_prints_the_same_rounding_as_the_pages(live: Live) -> None:
    done = subprocess.run(
        [str(Path(run.__globals__["PMO_TMO"])), "results", str(live.path), "--workshop",
         str(live.workshop)], capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "round 2, 4 of 4 ballots complete, 0 started" in done.stdout
    assert "withheld" in done.stdout
