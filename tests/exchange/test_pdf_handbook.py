"""The role handbook, read back with pypdf: a section per role that matches the RACI matrix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange import pdf_handbook
from pmo_tmo_desktop.exchange.pdf_handbook import (
    ActivityLine,
    Approval,
    HandbookContent,
    LetterGroup,
    OfficeSection,
    RoleSection,
)
from pmo_tmo_desktop.services import files, pack, queries
from pmo_tmo_desktop.services.pack_texts import handbook_texts
from tests.texts import said

HEADINGS = (
    "Accountable for…",
    "Responsible for…",
    "Consulted on…",
    "Informed of…",
    "Supports…",
    "Verifies and signs…",
    "Approves at gates, reviews and sign-offs",
    "Works most with",
    "Roles holding a letter",
)


def pdf_text(path: Path) -> tuple[list[str], str]:
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return pages, " ".join(" ".join(pages).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def handbook(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[m.Methodology, str]]:
    """The demo's methodology and the text of its handbook (written once for the module)."""
    from pmo_tmo_desktop.services import demo

    folder = tmp_path_factory.mktemp("handbook")
    ws = demo.create_demo(folder / "demo.pmotmo")
    try:
        pack.write_handbook(ws, folder / "handbook.pdf")
        snapshot = queries.methodology(ws)
    finally:
        ws.close()
    pages, text = pdf_text(folder / "handbook.pdf")
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    yield snapshot, text


def role_text(snapshot: m.Methodology, text: str, name: str) -> str:
    """The text of a role's section: from its heading band to the next role's."""
    offices = {o.id: o.name for o in snapshot.offices}
    numbered: list[tuple[str, m.Role]] = []
    for place, office in enumerate(snapshot.offices, start=1):
        roles = [r for r in snapshot.roles if r.office_id == office.id]
        numbered += [(f"{place}.{i}", r) for i, r in enumerate(roles, start=1)]
    starts = []
    for number, role in numbered:
        band = re.compile(
            rf"{re.escape(number)} {re.escape(role.name)} {offices[role.office_id]} · "
        )
        found = band.search(text)
        assert found is not None, role.name
        starts.append((found.start(), role.name))
    starts.sort()
    for index, (start, role_name) in enumerate(starts):
        if role_name == name:
            end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
            return text[start:end]
    raise AssertionError(name)


def segment(section: str, heading: str) -> str:
    """The part of a role's section under `heading`, up to the next heading."""
    begin = section.index(heading) + len(heading)
    ends = [section.find(h, begin) for h in HEADINGS]
    return section[begin : min([e for e in ends if e >= 0], default=len(section))]


def listed_activities(part: str, snapshot: m.Methodology) -> set[str]:
    """The activities a letter's table lists: each row is its name, then "Kind · Office"."""
    return {
        a.name
        for a in snapshot.activities
        if re.search(rf"{re.escape(a.name)} (Management|Technical|Governance)\b", part)
    }


def role_named(snapshot: m.Methodology, name: str) -> m.Role:
    return next(r for r in snapshot.roles if r.name == name)


@pytest.mark.parametrize("name", ["Project Manager", "Chief Architect"])
def test_accountable_for_lists_exactly_the_roles_a_letters(
    handbook: tuple[m.Methodology, str], name: str
) -> None:
    snapshot, text = handbook
    role = role_named(snapshot, name)
    expected = {
        a.name
        for a in snapshot.activities
        for x in snapshot.assignments
        if x.activity_id == a.id and x.role_id == role.id and "A" in x.letters
    }
    responsible = {
        a.name
        for a in snapshot.activities
        for x in snapshot.assignments
        if x.activity_id == a.id and x.role_id == role.id and "R" in x.letters
    }
    assert expected
    section = role_text(snapshot, text, name)
    accountable = segment(section, "Accountable for…")
    assert accountable.startswith(f" {len(expected)} ")
    assert listed_activities(accountable, snapshot) == expected
    if responsible:
        assert listed_activities(segment(section, "Responsible for…"), snapshot) == responsible


def test_the_gates_a_role_approves_are_listed_with_their_criteria(
    handbook: tuple[m.Methodology, str],
) -> None:
    snapshot, text = handbook
    role = role_named(snapshot, "Chief Architect")
    approves = [cp for cp in snapshot.control_points if role.id in cp.approver_ids]
    others = [cp for cp in snapshot.control_points if role.id not in cp.approver_ids]
    assert approves and others
    part = segment(role_text(snapshot, text, role.name), "Approves at gates, reviews and sign-offs")
    assert part.startswith(f" {len(approves)} ")
    kinds = {"gate": "Gate", "review": "Review", "sign-off": "Sign-off"}
    for cp in approves:  # each row: the name, then "Gate · where"
        assert f"{cp.name} {kinds[cp.kind.value]} · " in part
        first = cp.criteria.split(";")[0].strip()
        assert first[1:40] in part
    for cp in others:
        assert f"{cp.name} {kinds[cp.kind.value]} · " not in part
    assert "Sole approver" in part  # the architecture review is the chief architect's alone


def expected_partners(snapshot: m.Methodology, role: m.Role, offices: set[str]) -> list[str]:
    held: dict[int, set[int]] = {}
    for x in snapshot.assignments:
        if x.letters:
            held.setdefault(x.role_id, set()).add(x.activity_id)
    names = {o.id: o.name for o in snapshot.offices}
    scored = [
        (len(held.get(role.id, set()) & held.get(r.id, set())), i, r)
        for i, r in enumerate(snapshot.roles)
        if names[r.office_id] in offices
    ]
    ranked = sorted((s for s in scored if s[0]), key=lambda s: (-s[0], s[1]))[:5]
    return [f"{r.name} {names[r.office_id]} {n}" for n, _, r in ranked]


@pytest.mark.parametrize(
    ("name", "heading", "offices"),
    [
        ("Project Manager", "Works most with in the other office", {"TMO"}),
        ("Chief Architect", "Works most with in the other office", {"PMO"}),
        ("Project Sponsor", "Works most with in the PMO and the TMO", {"PMO", "TMO"}),
    ],
)
def test_works_most_with_names_the_other_offices_roles_by_shared_activities(
    handbook: tuple[m.Methodology, str], name: str, heading: str, offices: set[str]
) -> None:
    snapshot, text = handbook
    role = role_named(snapshot, name)
    rows = expected_partners(snapshot, role, offices)
    assert 3 <= len(rows) <= 5
    part = segment(role_text(snapshot, text, name), heading)
    assert " ".join(rows) in part


def test_every_role_has_a_section_and_a_contents_line(
    handbook: tuple[m.Methodology, str],
) -> None:
    snapshot, text = handbook
    contents = text[text.index("Contents") : text.index("1 PMO 4 roles")]
    for role in snapshot.roles:
        assert role.name in contents
        assert role.description[:50] in role_text(snapshot, text, role.name)
    for office in snapshot.offices:
        assert office.description[:50] in text
    assert "About this handbook" in text and "The letters" in text
    assert "Accountable: owns the outcome" in text


def test_letters_of_any_variant_and_user_text_appear_as_typed(tmp_path: Path) -> None:
    lines = (ActivityLine("Design <α>", "Build & test", "technical", "TMO", ("Spec <v2>",)),)
    content = HandbookContent(
        methodology="Méthode <R&D>",
        organisation="Crème & Brûlée <AG>",
        variant="RACI-VS",
        generated="2026-10-01",
        offices=(
            OfficeSection(
                "TMO & co",
                "#2E8B57",
                "Builds <things>",
                (
                    RoleSection(
                        "Архитектор <lead>",
                        "Signs & verifies",
                        (LetterGroup("S", lines), LetterGroup("V", lines)),
                        (Approval("Gate <1>", "gate", "Design <α>", "", ("Ready & <done>",), ()),),
                    ),
                    RoleSection("Idle role", "", ()),
                ),
            ),
        ),
    )
    out = tmp_path / "handbook.pdf"
    pdf_handbook.write_handbook(out, content, handbook_texts())
    _, text = pdf_text(out)
    for typed in (
        "Méthode <R&D>",
        "Crème & Brûlée <AG>",
        "TMO & co",
        "Builds <things>",
        "Архитектор <lead>",
        "Supports… 1",
        "Verifies and signs… 1",
        "Build & test Technical · TMO Spec <v2>",
        "Gate <1>",
        "Phase: Design <α>",
        "Ready & <done>",
        "Sole approver",
        "Holds no letter in the RACI matrix.",
        "Shares no activity with the other office.",
    ):
        assert typed in text, typed


def test_the_pack_says_what_it_shares_with_the_minutes_in_the_same_words() -> None:
    from pmo_tmo_desktop.services.pack_texts import preread_texts
    from pmo_tmo_desktop.services.reports_texts import minutes_texts

    minutes, preread, handbook = minutes_texts(), preread_texts(), handbook_texts()
    assert preread.page == handbook.page == minutes.page == "Page {page} of {pages}"
    assert preread.method_steps[:2] == minutes.method_steps[:2]
    assert preread.directions == minutes.directions
    assert preread.anonymity == minutes.anonymity
    assert handbook.organisation == preread.organisation == minutes.organisation
    assert handbook.of_office(1).format(office="PMO") == "PMO · 1 activity"
    assert handbook.of_office(2).format(office="PMO") == "PMO · 2 activities"
    for texts in (preread, handbook):
        assert all(value for value in said(texts).values()), texts


def test_an_empty_methodology_makes_a_short_handbook(tmp_path: Path) -> None:
    ws = files.new(tmp_path / "empty.pmotmo", "empty")
    try:
        pack.write_handbook(ws, tmp_path / "handbook.pdf")
    finally:
        ws.close()
    pages, text = pdf_text(tmp_path / "handbook.pdf")
    assert "Role handbook" in text and len(pages) >= 2


def test_in_raci_vs_the_handbook_reads_s_as_signs_off_and_v_as_verifies(tmp_path: Path) -> None:
    from pmo_tmo_desktop.services import methodology

    ws = files.new(tmp_path / "vs.pmotmo", "integrated")
    try:
        methodology.set_info(ws, raci_variant="RACI-VS")
        snapshot = queries.methodology(ws)
        head = role_named(snapshot, "Head of PMO")
        first, second = snapshot.activities[0], snapshot.activities[1]
        methodology.set_letters(ws, [(first.id, head.id, "S"), (second.id, head.id, "V")])
        out = tmp_path / "handbook.pdf"
        pack.write_handbook(ws, out)
    finally:
        ws.close()
    _pages, text = pdf_text(out)
    section = role_text(snapshot, text, "Head of PMO")
    assert "Signs off…" in section and "Verifies…" in section
    assert "Supports" not in text and "Verifies and signs" not in text
