"""The minutes of a real workspace: the demo's pack read back, user text as typed, anonymity."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.exchange.pdf_minutes import MinutesTexts
from pmo_tmo_desktop.services import demo, entities, files, pack, queries, reports, workshops
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.reports_texts import minutes_texts
from tests.exchange.test_pdf_minutes import flat, pdf_pages, section_text
from tests.services.helpers import office_id

DEMO = demo.load()


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    ws = files.open_file(demo_path, read_only=True)
    yield ws
    ws.close()


@pytest.fixture
def demo_minutes(demo_ws: Workspace, tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "minutes.pdf"
    reports.write_minutes(demo_ws, 1, path)
    return path, pdf_pages(path)


def test_the_demo_minutes_hold_everything_the_board_needs(
    demo_minutes: tuple[Path, list[str]],
) -> None:
    path, pages = demo_minutes
    text = flat(" ".join(pages))
    assert DEMO["title"] in flat(pages[0])
    for person in DEMO["participants"]:
        assert person["name"] in text and person["title"] in text
    for proposal in DEMO["proposals"]:
        assert proposal["title"] in text
    for decision in DEMO["decisions"]:
        assert flat(decision["rationale"])[:60] in text
        assert flat(decision["conditions"])[:60] in text
    actions = section_text(pages, "Action items", "Rounds")
    for action in DEMO["actions"]:
        assert action["owner"] in actions and action["due"] in actions
        assert flat(action["text"])[:50] in actions
    for item in DEMO["agenda"]:
        assert item["title"] in text and flat(item["minutes"])[:60] in text
    total = len(pages)
    assert "Page 1 of" in pages[0] and f"Page 1 of {total}" in pages[0]
    assert f"Page {total} of {total}" in pages[-1]
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == DEMO["title"]
    assert meta.author == DEMO["facilitator"]
    assert meta.subject == f"Minutes of the workshop {DEMO['title']}"


def test_the_demo_results_budget_and_rounds_are_in_the_minutes(
    demo_minutes: tuple[Path, list[str]],
) -> None:
    _, pages = demo_minutes
    results = section_text(pages, "Results", "PMO–TMO gap view")
    assert "Results of round 2: 10 of 10 ballots complete." in results
    assert "Score by proposal, with the PMO and TMO scores" in results
    assert "PMO score against TMO score" in results
    fit = section_text(pages, "Portfolio", "Decisions")
    assert "2,400,000" in fit
    rounds = section_text(pages, "Rounds", "Assessment method")
    assert "What moved between round 1 and round 2" in rounds
    method = section_text(pages, "Assessment method")
    assert "A missing rating is left out, never counted as zero." in method
    assert "A dissent of 0.30 or more (this workshop's threshold) is flagged." in method


def test_the_demo_content_is_grouped_ranked_and_complete(demo_ws: Workspace) -> None:
    found = reports.minutes_content(demo_ws, 1)
    assert found.organisation == "Acme Group"
    assert [(g.office, len(g.attendees)) for g in found.offices] == [
        ("PMO", 4),
        ("TMO", 4),
        ("Business", 2),
    ]
    assert found.round_number == 2 and not found.round_chosen and not found.results_hidden
    ranks = [r.rank for r in found.results]
    assert ranks == sorted(r for r in ranks if r is not None)
    assert len(found.results) == 7 and len(found.largest_gaps) == 5
    assert all(len(r.criterion_gaps) == 6 for r in found.results)
    assert len(found.decisions) == 7 and found.undecided == ()
    assert [d.rank for d in found.decisions] == ranks, "decisions follow the ranking"
    assert all(d.decided == "" for d in found.decisions), "taken on the day of the workshop"
    assert len(found.actions) == 10
    assert found.fit is not None and found.fit.budget == 2_400_000
    assert found.fit.total_cost <= found.fit.budget
    assert found.movement_from == 1 and len(found.movement) == 7
    for moved in found.movement:
        assert moved.change == pytest.approx((moved.after or 0) - (moved.before or 0))
    assert [r.number for r in found.rounds] == [1, 2]
    assert all(r.rated == 10 and r.ratings > 0 for r in found.rounds)
    assert found.pmo_colour == "#2F6DB5" and found.tmo_colour == "#2E8B57"


def test_a_chosen_round_and_unknown_ids(demo_ws: Workspace) -> None:
    first = reports.minutes_content(demo_ws, 1, round_number=1)
    assert first.round_number == 1 and first.round_chosen
    assert first.movement == () and first.movement_from is None
    with pytest.raises(ValidationError, match="no round 7"):
        reports.minutes_content(demo_ws, 1, round_number=7)
    with pytest.raises(NotFoundError, match="no workshop with id 99"):
        reports.minutes_content(demo_ws, 99)


def test_the_minutes_speak_english_by_their_source_texts() -> None:
    texts = minutes_texts()
    assert texts.decision_kinds["approve"] == "Approved"  # as the app says it
    assert texts.scatter_not_shown(1) == (
        "Not shown: 1 proposal without both a PMO and a TMO score."
    )
    assert texts.fit_summary(2).startswith("2 proposals, total cost {cost} of {budget}")
    assert all(
        getattr(texts, f.name) for f in dataclasses.fields(MinutesTexts) if f.name != "number"
    )


# --- a workshop of our own ------------------------------------------------------------------

MARKUP = {
    "title": "<b>Budget</b> & R&D > plan — Αθήνα",
    "place": "Москва, зал «Б» <2>",
    "facilitator": "Zoë Ångström-Núñez",
    "notes": "Keep <i>tags</i> & ampersands > as typed.\nΑθήνα · Москва · Crème brûlée",
}
PEOPLE = (("Ana <PMO> Ruiz", "PMO"), ("Ólafur & Sons", "TMO"), ("Ярослава Ковальчук", "TMO"))


def _workshop(ws: Workspace, anonymity: str) -> int:
    """Three people, two criteria, two proposals, one closed round, a decision and an action."""
    workshop = entities.create(
        ws, "workshop", date="2026-10-14", anonymity=anonymity, budget=500, **MARKUP
    ).new_id
    people = [
        entities.create(
            ws,
            "participant",
            workshop_id=workshop,
            name=name,
            title="Lead <x>",
            office_id=office_id(ws, office),
        ).new_id
        for name, office in PEOPLE
    ]
    fit = entities.create(
        ws,
        "criterion",
        workshop_id=workshop,
        name="Fit & <value>",
        weight=2,
        scale_min=1,
        scale_max=10,
    ).new_id
    risk = entities.create(
        ws,
        "criterion",
        workshop_id=workshop,
        name="Risk > 5",
        weight=1,
        direction="lower",
        scale_min=0,
        scale_max=4,
    ).new_id
    crm = entities.create(
        ws, "proposal", workshop_id=workshop, title="CRM <new> & ΑΒΓ", cost=300, sponsor="Sales"
    ).new_id
    erp = entities.create(
        ws, "proposal", workshop_id=workshop, title="ERP «Москва»", cost=400
    ).new_id
    entities.create(
        ws,
        "agenda_item",
        workshop_id=workshop,
        title="Opening <welcome>",
        presenter="Zoë Ångström-Núñez",
        minutes="We met & agreed > 3 things.",
    )
    round_id = workshops.open_round(ws, workshop).new_id
    for index, person in enumerate(people):
        for proposal in (crm, erp):
            workshops.rate(ws, round_id, person, proposal, fit, 3 + 2 * index)
            workshops.rate(ws, round_id, person, proposal, risk, 3 - index)
    workshops.close_round(ws, workshop)
    workshops.decide(ws, crm, "approve", "Because <b>value</b> & speed > cost", "If « x » < 5")
    entities.create(
        ws,
        "action_item",
        workshop_id=workshop,
        text="Draft the <plan> & send",
        owner="Jürgen Größ",
        due="2026-11-02",
        proposal_id=crm,
    )
    return workshop


def test_markup_and_any_script_appear_exactly_as_typed(
    workspace: Workspace, tmp_path: Path
) -> None:
    workshop = _workshop(workspace, "office-tagged")
    path = tmp_path / "typed.pdf"
    reports.write_minutes(workspace, workshop, path)
    pages = pdf_pages(path)
    text = flat(" ".join(pages))
    for typed in (
        *MARKUP.values(),
        *(name for name, _ in PEOPLE),
        "Lead <x>",
        "Fit & <value>",
        "Risk > 5",
        "CRM <new> & ΑΒΓ",
        "ERP «Москва»",
        "Opening <welcome>",
        "We met & agreed > 3 things.",
        "Because <b>value</b> & speed > cost",
        "If « x » < 5",
        "Draft the <plan> & send",
        "Jürgen Größ",
        "2026-11-02",
    ):
        assert flat(typed) in text, typed
    assert MARKUP["title"] in flat(pages[0])
    assert PdfReader(path).metadata.title == MARKUP["title"]  # type: ignore[union-attr]


def test_an_anonymous_workshop_lists_its_attendees_but_its_results_name_no_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    workshop = _workshop(workspace, "anonymous")
    path = tmp_path / "anonymous.pdf"
    reports.write_minutes(workspace, workshop, path)
    pages = pdf_pages(path)
    attendees = section_text(pages, "Attendees", "Agenda and notes")
    results = " ".join(
        (
            section_text(pages, "Results", "Decisions"),
            section_text(pages, "Rounds"),
        )
    )
    assert "Anonymous (no names)" in flat(pages[0])
    assert "CRM <new> & ΑΒΓ" in results and "Results of round 1" in results
    for name, _ in PEOPLE:
        assert name in attendees
        assert name not in results
        for part in name.split():
            if len(part) > 3 and part.isalpha():
                assert part not in results, part


def test_a_blind_round_still_open_is_never_printed(workspace: Workspace, tmp_path: Path) -> None:
    workshop = _workshop(workspace, "named")
    data = queries.workshop(workspace, workshop)
    round_id = workshops.open_round(workspace, workshop, blind=True).new_id
    workshops.rate(
        workspace, round_id, data.participants[0].id, data.proposals[0].id, data.criteria[0].id, 9
    )
    by_default = reports.minutes_content(workspace, workshop)
    assert by_default.round_number == 1 and not by_default.results_hidden, (
        "the default is the latest closed round, never an open blind one"
    )
    path = tmp_path / "hidden.pdf"
    with pytest.raises(ValidationError, match="round 2 is blind and still open"):
        reports.write_minutes(workspace, workshop, path, round_number=2)
    assert not path.exists()
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    with pytest.raises(ValidationError, match="round 2 is blind and still open"):
        pack.write_pack(workspace, workshop, pack_dir, round_number=2)
    assert list(pack_dir.iterdir()) == [], "refused before any file is written"


def test_re_issued_minutes_list_their_amendments(demo_path: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from pmo_tmo_desktop.services import closing, files, queries, reports

    with files.open_file(demo_path) as ws:
        data = queries.workshop(ws, 1)
        first = data.proposals[0]
        closing.amend_decision(
            ws,
            first.id,
            "defer",
            "Board asked for a phased plan",
            "",
            why="Board review on 2026-10-20",
            by="Priya Raman",
        )
        out = tmp_path / "reissued.pdf"
        reports.write_minutes(ws, 1, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Amendments since the workshop closed" in text
    assert "Board review on 2026-10-20" in text


def test_minutes_of_a_workshop_with_many_proposals_fit_their_pages(tmp_path: Path) -> None:
    """50 proposals: the charts and their keys must still fit (this once failed to lay out)."""
    from pypdf import PdfReader

    from pmo_tmo_desktop.services import entities, files, queries, reports, workshops

    with files.new(tmp_path / "big.pmotmo", "empty") as ws:
        offices = {o.name: o.id for o in queries.offices(ws)}
        wid = entities.create(ws, "workshop", title="Many proposals").new_id
        people = [
            entities.create(
                ws,
                "participant",
                workshop_id=wid,
                name=f"P{i}",
                office_id=offices["PMO" if i % 2 else "TMO"],
            ).new_id
            for i in range(4)
        ]
        crit = entities.create(ws, "criterion", workshop_id=wid, name="Value").new_id
        props = [
            entities.create(
                ws, "proposal", workshop_id=wid, title=f"Proposal {p:02d}", cost=1000 * (p + 1)
            ).new_id
            for p in range(50)
        ]
        round_id = workshops.open_round(ws, wid).new_id
        for n, person in enumerate(people):
            for k, proposal in enumerate(props):
                workshops.rate(ws, round_id, person, proposal, crit, 1 + (n + k) % 10)
        workshops.close_round(ws, wid)
        out = tmp_path / "many.pdf"
        reports.write_minutes(ws, wid, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Proposal 49" in text


def test_findings_speak_the_users_language(qapp, demo_path: Path) -> None:
    from pmo_tmo_desktop import i18n
    from pmo_tmo_desktop.services import checks, files

    with files.open_file(demo_path, read_only=True) as ws:
        snapshot, report = checks.check(ws)
    english = {f.rule: f.message for f in checks.named(snapshot, report)}
    assert english["pmo-blind-spot"].startswith("No PMO role takes part")
    try:
        i18n.install("de")
        german = {f.rule: f.message for f in checks.named(snapshot, report)}
    finally:
        i18n.install("en")
    assert german["pmo-blind-spot"] == (
        "Keine PMO-Rolle ist an der technischen Aktivität „Provision environments“ beteiligt."
    )
    assert "Gate 3 – Design approved" in german["gate-one-office"]
