"""The pre-read pack, read back with pypdf: everything to prepare, nothing rated or decided."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph

from pmo_tmo_desktop.exchange import pdf_preread
from pmo_tmo_desktop.exchange.pdf_document import PdfError
from pmo_tmo_desktop.exchange.pdf_preread import (
    AgendaLine,
    CriterionLine,
    OfficeAttendance,
    PrereadContent,
    ProposalDetail,
)
from pmo_tmo_desktop.services import demo, entities, files, pack
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.pack_texts import preread_texts


def pdf_text(path: Path) -> tuple[list[str], str]:
    """The text of each page, and all of it with whitespace folded to single spaces."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return pages, " ".join(" ".join(pages).replace("\xa0", " ").split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    ws = files.open_file(demo_path)
    yield ws
    ws.close()


@pytest.fixture
def data() -> dict[str, Any]:
    return demo.load()


def test_the_demo_preread_names_every_proposal_criterion_and_agenda_item(
    demo_ws: Workspace, data: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "preread.pdf"
    pack.write_preread(demo_ws, 1, out)
    pages, text = pdf_text(out)
    assert PdfReader(out).metadata.title == data["title"]  # type: ignore[union-attr]
    assert "PRE-READ" in pages[0] and data["facilitator"] in text
    for p in data["proposals"]:
        assert flat(p["title"]) in text
        assert flat(p["sponsor"]) in text
        assert flat(p["description"]) in text
        assert f"{p['cost']:,}" in text and f"{p['benefit']:,}" in text
    assert f"{sum(p['cost'] for p in data['proposals']):,}" in text  # the total
    for c in data["criteria"]:
        assert c["name"] in text and flat(c["description"]) in text
    for a in data["agenda"]:
        assert a["title"] in text and a["presenter"] in text
    assert "0:00–0:15" in text and "Times are counted from the start" in text
    for person in data["participants"]:  # office-tagged: the people are listed
        assert person["name"] in text
    for heading in ("1 Agenda", "2 Proposals", "3 Criteria and method", "4 Participants"):
        assert heading in text
    assert "How the scores will be computed" in text and "Rating rounds" in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_the_demo_preread_holds_no_rating_result_or_decision(
    demo_ws: Workspace, data: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "preread.pdf"
    pack.write_preread(demo_ws, 1, out)
    pages, text = pdf_text(out)
    for d in data["decisions"]:
        assert flat(d["rationale"])[:60] not in text
        assert flat(d["conditions"])[:60] not in text
    for a in data["actions"]:
        assert flat(a["text"])[:60] not in text
    for a in data["agenda"]:  # the notes taken in the room belong to the minutes
        assert flat(a["minutes"])[:60] not in text
    assert flat(data["notes"])[:60] not in text
    lines = {line.strip() for page in pages for line in page.splitlines()}
    for word in ("Results", "Decisions", "Action items", "PMO–TMO gap view", "Budget fit"):
        assert word not in lines
        assert not re.search(rf"\b\d+ {word}\b", text)
    for word in ("Dissent", "Rank", "Approve", "Reject", "Needs information", "Rated"):
        assert word not in lines


def test_an_anonymous_workshop_lists_counts_per_office_and_no_names(
    demo_ws: Workspace, data: dict[str, Any], tmp_path: Path
) -> None:
    entities.edit(demo_ws, "workshop", 1, anonymity="anonymous")
    out = tmp_path / "preread.pdf"
    pack.write_preread(demo_ws, 1, out, start=time(9, 0))
    _, text = pdf_text(out)
    section = text[text.rindex("4 Participants") :]  # the section, not the contents
    assert "only the number of participants from each office" in section
    for person in data["participants"]:
        assert person["name"] not in section and person["title"] not in section
    assert re.search(r"PMO 4 TMO 4 Business 2 Total 10", section)
    assert "09:00–09:15" in text and "11:50–12:00" in text  # clock times from the start
    assert "Times are counted from the start" not in text


def content(**changes: object) -> PrereadContent:
    found = PrereadContent(
        title="<b>R&D</b> review > plan & more — Αθήνα",
        organisation="Crème & Brûlée <AG>",
        date="2026-10-14",
        place="Москва, «Кремль» <room 5>",
        facilitator="Zoë Ångström-Núñez",
        anonymity="named",
        generated="2026-10-01",
        agenda=(AgendaLine("Opening <welcome>", "Ann <Lead>", 75),),
        proposals=(
            ProposalDetail(
                "CRM <new>", "Sales & Co", "Line one & <i>two</i>\nΕλληνικά", 1e5, None, 6
            ),
            ProposalDetail("ERP Ü-upgrade", "", "", None, None, 2.5),
        ),
        criteria=(CriterionLine("Risk > 5", "", 1.5, "lower", 0, 4),),
        offices=(OfficeAttendance("", "#8A97A8", (("Guest </para>", "Observer"),), 1),),
    )
    return replace(found, **changes)  # type: ignore[arg-type]


def test_user_text_appears_exactly_as_typed(tmp_path: Path) -> None:
    out = tmp_path / "preread.pdf"
    pdf_preread.write_preread(out, content(), preread_texts())
    _, text = pdf_text(out)
    for typed in (
        "<b>R&D</b> review > plan & more — Αθήνα",
        "Crème & Brûlée <AG>",
        "Москва, «Кремль» <room 5>",
        "Opening <welcome>",
        "Presenter: Ann <Lead>",
        "CRM <new>",
        "Line one & <i>two</i> Ελληνικά",
        "Risk > 5",
        "Guest </para>",
        "No office",
        "1 h 15 min",
        "2.5 months",
        "No description given.",
    ):
        assert typed in text, typed


def test_empty_sections_say_so(tmp_path: Path) -> None:
    out = tmp_path / "preread.pdf"
    pdf_preread.write_preread(
        out, content(agenda=(), proposals=(), criteria=(), offices=()), preread_texts()
    )
    _, text = pdf_text(out)
    for said in ("No agenda items yet.", "No proposals yet.", "No criteria yet."):
        assert said in text
    assert "No participants yet." in text


class Exploding(Flowable):  # type: ignore[misc]
    def wrap(self, *_: object) -> tuple[float, float]:
        raise RuntimeError("layout failed")


def test_a_failing_build_leaves_no_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_preread, "story", lambda *_: [Paragraph("x"), Exploding()])
    with pytest.raises(RuntimeError):
        pdf_preread.write_preread(tmp_path / "preread.pdf", content(), preread_texts())
    assert os.listdir(tmp_path) == []
    monkeypatch.undo()
    with pytest.raises(PdfError, match=r"preread\.pdf"):
        pdf_preread.write_preread(tmp_path / "missing" / "preread.pdf", content(), preread_texts())
