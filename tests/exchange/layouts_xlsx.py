"""Hand-made RACI workbooks in the layouts public templates use, and what each must give.

Each case is written with openpyxl as a person would make it (bold or merged phase rows,
"-" for nobody, letters typed in lower case with spaces, one column per letter with role
names in the cells, an office band above the roles, an id column before the activity) and
says what it holds: phases, activities in order under their phase, roles with their office,
and every letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from pmo_tmo_desktop.exchange.raci_xlsx_model import ImportPlan
from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.files import Workspace

Cells = dict[tuple[str | None, str, str], str]


@dataclass(frozen=True)
class Case:
    rows: list[list[Any]]
    phases: list[str]
    activities: list[tuple[str | None, str]]
    roles: list[tuple[str, str | None]]
    """(name, office from the band or None)."""
    cells: Cells
    reading: str
    readings: tuple[str, ...]
    phase_rows: tuple[str, ...] = ()
    merges: tuple[str, ...] = ()
    bold: tuple[int, ...] = ()
    """1-based rows set in bold with a fill, as phase rows often are."""
    references: dict[tuple[str | None, str], str] = field(default_factory=dict)

    def write(self, path: Path) -> Path:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "RACI"
        for row in self.rows:
            sheet.append(row)
        for number in self.bold:
            for cell in sheet[number]:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
        for cells in self.merges:
            sheet.merge_cells(cells)
        book.save(path)
        return path


BOLD_PHASES = Case(
    rows=[
        ["Activity", "Project Manager", "Sponsor", "Developer"],
        ["Initiation"],
        ["Define scope", "r", " A ", "-"],
        ["Write charter", "R, A", "n/a", "c"],
        ["Delivery"],
        ["Build", "i", "—", "r"],
        ["Test", "None", "a", " R/C "],
        ["Release", "–", "A", "N/A "],
    ],
    bold=(2, 5),
    phases=["Initiation", "Delivery"],
    activities=[
        ("Initiation", "Define scope"),
        ("Initiation", "Write charter"),
        ("Delivery", "Build"),
        ("Delivery", "Test"),
        ("Delivery", "Release"),
    ],
    roles=[("Project Manager", None), ("Sponsor", None), ("Developer", None)],
    cells={
        ("Initiation", "Define scope", "Project Manager"): "R",
        ("Initiation", "Define scope", "Sponsor"): "A",
        ("Initiation", "Write charter", "Project Manager"): "RA",
        ("Initiation", "Write charter", "Developer"): "C",
        ("Delivery", "Build", "Project Manager"): "I",
        ("Delivery", "Build", "Developer"): "R",
        ("Delivery", "Test", "Sponsor"): "A",
        ("Delivery", "Test", "Developer"): "RC",
        ("Delivery", "Release", "Sponsor"): "A",
    },
    reading="roles",
    readings=("roles", "roles-flat"),
    phase_rows=("A2", "A5"),
)

MERGED_PHASES = Case(
    rows=[
        ["RACI — Project Falcon"],
        [],
        ["Task", "PM", "Architect", "QA Lead"],
        ["Plan"],
        ["Kick-off", "A", "r", "i"],
        ["Estimate", "R", "a", None],
        ["Execute"],
        ["Design", "A", "R", "C"],
        ["Lessons learned"],
    ],
    merges=("A1:D1", "A4:D4", "A7:D7"),
    bold=(4, 7),
    phases=["Plan", "Execute"],
    activities=[
        ("Plan", "Kick-off"),
        ("Plan", "Estimate"),
        ("Execute", "Design"),
        ("Execute", "Lessons learned"),
    ],
    roles=[("PM", None), ("Architect", None), ("QA Lead", None)],
    cells={
        ("Plan", "Kick-off", "PM"): "A",
        ("Plan", "Kick-off", "Architect"): "R",
        ("Plan", "Kick-off", "QA Lead"): "I",
        ("Plan", "Estimate", "PM"): "R",
        ("Plan", "Estimate", "Architect"): "A",
        ("Execute", "Design", "PM"): "A",
        ("Execute", "Design", "Architect"): "R",
        ("Execute", "Design", "QA Lead"): "C",
    },
    reading="roles",
    readings=("roles", "roles-flat"),
    phase_rows=("A4", "A7"),
)

TRANSPOSED = Case(
    rows=[
        ["Activity", "R", "A", "C", "I"],
        ["Planning"],
        ["Kick-off", "Dev, QA", "PM", "Sponsor; Ops", "-"],
        ["Plan sprints", "pm", "PM", " Dev / QA ", "n/a"],
        ["Delivery"],
        ["Ship", "Ops", "Sponsor", None, "Dev\nQA\nPM"],
    ],
    bold=(2, 5),
    phases=["Planning", "Delivery"],
    activities=[("Planning", "Kick-off"), ("Planning", "Plan sprints"), ("Delivery", "Ship")],
    roles=[("Dev", None), ("QA", None), ("PM", None), ("Sponsor", None), ("Ops", None)],
    cells={
        ("Planning", "Kick-off", "Dev"): "R",
        ("Planning", "Kick-off", "QA"): "R",
        ("Planning", "Kick-off", "PM"): "A",
        ("Planning", "Kick-off", "Sponsor"): "C",
        ("Planning", "Kick-off", "Ops"): "C",
        ("Planning", "Plan sprints", "PM"): "RA",
        ("Planning", "Plan sprints", "Dev"): "C",
        ("Planning", "Plan sprints", "QA"): "C",
        ("Delivery", "Ship", "Ops"): "R",
        ("Delivery", "Ship", "Sponsor"): "A",
        ("Delivery", "Ship", "Dev"): "I",
        ("Delivery", "Ship", "QA"): "I",
        ("Delivery", "Ship", "PM"): "I",
    },
    reading="letters",
    readings=("letters", "letters-flat"),
    phase_rows=("A2", "A5"),
)

BAND_AND_ID = Case(
    rows=[
        [None, None, "pmo", None, "TMO", "TMO"],
        ["WBS", "Activity", "Project Manager", "Sponsor", "Developer", "Tester"],
        [1, "Initiation"],
        ["1.1", "Define scope", "R", "A", None, "i"],
        [1.2, "Approve budget", "c", "a", None, None],
        [2, "Delivery"],
        ["2.1", "Build", "A", None, "R", "C"],
        ["2.1.1", "Unit tests", None, None, "R, A", "c"],
    ],
    merges=("C1:D1",),
    bold=(3, 6),
    phases=["Initiation", "Delivery"],
    activities=[
        ("Initiation", "Define scope"),
        ("Initiation", "Approve budget"),
        ("Delivery", "Build"),
        ("Delivery", "Unit tests"),
    ],
    roles=[("Project Manager", "pmo"), ("Sponsor", "pmo"), ("Developer", "TMO"), ("Tester", "TMO")],
    cells={
        ("Initiation", "Define scope", "Project Manager"): "R",
        ("Initiation", "Define scope", "Sponsor"): "A",
        ("Initiation", "Define scope", "Tester"): "I",
        ("Initiation", "Approve budget", "Project Manager"): "C",
        ("Initiation", "Approve budget", "Sponsor"): "A",
        ("Delivery", "Build", "Project Manager"): "A",
        ("Delivery", "Build", "Developer"): "R",
        ("Delivery", "Build", "Tester"): "C",
        ("Delivery", "Unit tests", "Developer"): "RA",
        ("Delivery", "Unit tests", "Tester"): "C",
    },
    reading="roles",
    readings=("roles", "roles-flat"),
    phase_rows=("B3", "B6"),
    references={
        ("Initiation", "Define scope"): "1.1",
        ("Initiation", "Approve budget"): "1.2",
        ("Delivery", "Build"): "2.1",
        ("Delivery", "Unit tests"): "2.1.1",
    },
)

BAND_ID_MERGED_PHASES = Case(
    rows=[
        ["Organisation RACI 2026"],
        [None, None, "PMO", "PMO", "Delivery Office"],
        ["No.", "Task", "Head of PMO", "Portfolio Analyst", "Architect", "Engineer"],
        ["Strategy"],
        [1.1, "Set priorities", "a", "r", "-", "–"],
        [1.2, "Review portfolio", " A ", "c", "i", "n/a"],
        ["Solution"],
        [2.1, "Design target", "i", None, "r/a", "c"],
        [2.2, "Build target", "none", "I", "A", "R"],
    ],
    merges=("A1:F1", "E2:F2", "A4:F4", "A7:F7"),
    bold=(4, 7),
    phases=["Strategy", "Solution"],
    activities=[
        ("Strategy", "Set priorities"),
        ("Strategy", "Review portfolio"),
        ("Solution", "Design target"),
        ("Solution", "Build target"),
    ],
    roles=[
        ("Head of PMO", "PMO"),
        ("Portfolio Analyst", "PMO"),
        ("Architect", "Delivery Office"),
        ("Engineer", "Delivery Office"),
    ],
    cells={
        ("Strategy", "Set priorities", "Head of PMO"): "A",
        ("Strategy", "Set priorities", "Portfolio Analyst"): "R",
        ("Strategy", "Review portfolio", "Head of PMO"): "A",
        ("Strategy", "Review portfolio", "Portfolio Analyst"): "C",
        ("Strategy", "Review portfolio", "Architect"): "I",
        ("Solution", "Design target", "Head of PMO"): "I",
        ("Solution", "Design target", "Architect"): "RA",
        ("Solution", "Design target", "Engineer"): "C",
        ("Solution", "Build target", "Portfolio Analyst"): "I",
        ("Solution", "Build target", "Architect"): "A",
        ("Solution", "Build target", "Engineer"): "R",
    },
    reading="roles",
    readings=("roles", "roles-flat"),
    phase_rows=("A4", "A7"),
    references={
        ("Strategy", "Set priorities"): "1.1",
        ("Strategy", "Review portfolio"): "1.2",
        ("Solution", "Design target"): "2.1",
        ("Solution", "Build target"): "2.2",
    },
)

ID_TRANSPOSED_PHASES = Case(
    rows=[
        ["RACI"],
        ["ID", "Activity", "Responsible", "Accountable", "Consulted", "Informed"],
        ["1", "Discover"],
        ["1.1", "Interview users", "Analyst, Designer", "Product Owner", "-", "Team"],
        ["1.2", "Write findings", "Analyst", "product owner", "Designer", "n/a"],
        ["2", "Deliver"],
        ["2.1", "Build", "Team", "Product Owner", "Analyst; Designer", None],
    ],
    bold=(3, 6),
    phases=["Discover", "Deliver"],
    activities=[
        ("Discover", "Interview users"),
        ("Discover", "Write findings"),
        ("Deliver", "Build"),
    ],
    roles=[("Analyst", None), ("Designer", None), ("Product Owner", None), ("Team", None)],
    cells={
        ("Discover", "Interview users", "Analyst"): "R",
        ("Discover", "Interview users", "Designer"): "R",
        ("Discover", "Interview users", "Product Owner"): "A",
        ("Discover", "Interview users", "Team"): "I",
        ("Discover", "Write findings", "Analyst"): "R",
        ("Discover", "Write findings", "Product Owner"): "A",
        ("Discover", "Write findings", "Designer"): "C",
        ("Deliver", "Build", "Team"): "R",
        ("Deliver", "Build", "Product Owner"): "A",
        ("Deliver", "Build", "Analyst"): "C",
        ("Deliver", "Build", "Designer"): "C",
    },
    reading="letters",
    readings=("letters", "letters-flat"),
    phase_rows=("B3", "B6"),
    references={
        ("Discover", "Interview users"): "1.1",
        ("Discover", "Write findings"): "1.2",
        ("Deliver", "Build"): "2.1",
    },
)

CASES = {
    "bold phase rows and none-markers": BOLD_PHASES,
    "merged phase rows and an activity without letters": MERGED_PHASES,
    "one column per letter": TRANSPOSED,
    "office band and id column": BAND_AND_ID,
    "band, id column and merged phase rows": BAND_ID_MERGED_PHASES,
    "id column, one column per letter and phase rows": ID_TRANSPOSED_PHASES,
}


def assert_plan(plan: ImportPlan, case: Case) -> None:
    """The plan holds exactly what the workbook shows."""
    assert (plan.layout, plan.reading, plan.readings) == ("hand-made", case.reading, case.readings)
    assert list(plan.phases) == case.phases
    assert [(a.phase, a.name) for a in plan.activities] == case.activities
    assert [(r.name, r.office) for r in plan.roles] == case.roles
    assert dict(plan.cells) == case.cells
    assert plan.phase_rows == case.phase_rows
    assert dict(plan.references) == case.references


def assert_imported(ws: Workspace, case: Case, unassigned: str = "Unassigned") -> None:
    """An empty workspace holds, after the import, exactly what the workbook shows: phases,
    activities in order under their phase, roles with their office, every letter."""
    snap = queries.methodology(ws)
    assert [p.name for p in snap.phases] == case.phases
    phase_of = {p.id: p.name for p in snap.phases}
    listed = [(phase_of[a.phase_id], a.name) for p in snap.phases for a in snap.activities_of(p.id)]
    assert listed == case.activities
    office_of = {o.id: o.name.casefold() for o in snap.offices}
    assert [(r.name, office_of[r.office_id]) for r in snap.roles] == [
        (name, (office or unassigned).casefold()) for name, office in case.roles
    ]
    acts = {a.id: (phase_of[a.phase_id], a.name) for a in snap.activities}
    roles = {r.id: r.name for r in snap.roles}
    found = {(*acts[c.activity_id], roles[c.role_id]): c.letters for c in snap.assignments}
    assert found == case.cells
