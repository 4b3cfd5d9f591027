"""The project's own rules, checked with the suite: lint, layering, strict types throughout."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PACKAGE = ROOT / "src" / "pmo_tmo_desktop"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    done = _run(str(BIN / "ruff"), "check", "src", "tests", "benchmarks", "build_installer.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_layer_contracts_hold() -> None:
    done = _run(str(BIN / "lint-imports"))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_the_whole_package_type_checks() -> None:
    """mypy over every module of the package, ui included, with pyproject.toml's settings
    (strict). Its cache (.mypy_cache) makes a run after a small change take a second or two;
    PySide6 ships its own stubs, so the widgets are checked against Qt's signatures."""
    done = _run(str(BIN / "mypy"), "-p", "pmo_tmo_desktop")
    assert done.returncode == 0, done.stdout + done.stderr


def test_only_the_ui_and_the_bootstrap_import_qt_widgets_or_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name == "app.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{relative}: {n}"
                for n in names
                if n.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))
            ]
    assert not offenders


def test_no_source_file_grows_past_eight_hundred_lines() -> None:
    big = [
        f"{p.relative_to(ROOT)}: {n}"
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 800
    ]
    assert not big


# -- pages stand side by side: each uses the context, never another page ----------------------

UI = "pmo_tmo_desktop.ui."
PAGES = {
    "welcome": {"shell.welcome"},
    "methodology": {
        "methodology.methodology_view",
        "methodology.methodology_model",
        "methodology.methodology_panel",
    },
    "raci": {"raci.raci_view", "raci.raci_grid", "raci.raci_headers", "raci.findings_panel"},
    "roles": {"offices.roles_view", "offices.roles_models"},
    "alignment": {"offices.alignment_view"},
    "workshops": {"workshop.workshops_view"},
    "setup": {
        "workshop.setup.workshop_setup",
        "workshop.setup.setup_fields",
        "workshop.setup.workshop_setup_models",
        "workshop.setup.setup_section",
        "workshop.setup.setup_paste",
        "workshop.setup.setup_weights",
        "workshop.setup.workshop_portfolio",
        "workshop.setup.copy_setup_dialog",
    },
    "agenda": {"workshop.agenda.agenda_page", "workshop.agenda.agenda_model"},
    "rating": {
        "workshop.rating.rating_page",
        "workshop.rating.rating_ballot",
        "workshop.rating.ballot_grid",
        "workshop.rating.pairwise_step",
        "workshop.rating.scale_choice",
        "workshop.rating.round_status",
    },
    "results": {
        "workshop.results.results_page",
        "workshop.results.results_charts",
        "workshop.results.score_cost_chart",
        "workshop.results.office_score_chart",
        "workshop.results.bubble_plot",
        "workshop.results.plot_base",
        "workshop.results.portfolio_tab",
        "workshop.results.portfolio_rows",
        "workshop.results.frontier_chart",
        "workshop.results.weight_sliders",
        "workshop.results.weights_dialog",
        "workshop.results.latest_job",
    },
    "decisions": {
        "workshop.decisions.decisions_page",
        "workshop.decisions.decisions_models",
        "workshop.decisions.decisions_editors",
        "workshop.decisions.decisions_words",
        "workshop.decisions.decisions_changes",
    },
    "room": {
        "workshop.room.room_panel",
        "workshop.room.room_devices",
        "workshop.room.room_address",
        "workshop.room.room_smoke",
    },
    "presenter": {"workshop.presenter.presenter", "workshop.presenter.presenter_room"},
}
"""Each page (an area of the main window, a workshop page, the presenter view) with the
modules that are its own parts. What pages share lives outside them, in ui.widgets: the
context (what a page may use of its window), formatting, and the shared widgets and models;
what only the workshop's pages share, in ui.workshop.common."""
WORKSHOP_SHARED = "workshop.common."


def _module_file(name: str) -> Path:
    return PACKAGE.parent.joinpath(*name.split(".")).with_suffix(".py")


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, at the top, inside functions or for the type checker."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def sideways_imports(pages: dict[str, set[str]]) -> list[str]:
    """Imports from one page's modules of another page's."""
    owner = {UI + module: page for page, modules in pages.items() for module in modules}
    return sorted(
        f"{module} ({owner[module]}) imports {other} ({owner[other]})"
        for module in owner
        for other in imported_modules(_module_file(module))
        if owner.get(other, owner[module]) != owner[module]
    )


def test_no_page_imports_another_page() -> None:
    missing = [m for ms in PAGES.values() for m in ms if not _module_file(UI + m).is_file()]
    assert not missing
    assert not sideways_imports(PAGES)


def test_every_module_of_the_workshop_belongs_to_one_page_or_is_shared() -> None:
    """A module added to the workshop's area is checked like the rest: it is listed under its
    page above, or it lives in ui.workshop.common."""
    listed = {m for ms in PAGES.values() for m in ms}
    ui = PACKAGE / "ui"
    names = [
        ".".join(path.relative_to(ui).with_suffix("").parts)
        for path in (ui / "workshop").rglob("*.py")
        if path.name != "__init__.py"
    ]
    unlisted = [n for n in names if n not in listed and not n.startswith(WORKSHOP_SHARED)]
    assert names and not unlisted


def test_the_page_check_sees_imports_at_the_top_inside_functions_and_for_the_checker() -> None:
    # the results page imports its portfolio tab at the top and the weights dialog lazily;
    # the workshop pages' host imports the pages for the checker: all three are seen
    pretend = {
        "a": {"workshop.results.results_page"},
        "b": {
            "workshop.results.portfolio_tab",
            "workshop.results.weights_dialog",
            "shell.workshop_pages",
        },
    }
    assert sideways_imports(pretend) == [
        f"{UI}shell.workshop_pages (b) imports {UI}workshop.results.results_page (a)",
        f"{UI}workshop.results.results_page (a) imports {UI}workshop.results.portfolio_tab (b)",
        f"{UI}workshop.results.results_page (a) imports {UI}workshop.results.weights_dialog (b)",
    ]


# -- one home for the PMO and the TMO (domain/offices.py) ----------------------------------------

OFFICES_HOME = Path("domain") / "offices.py"
OTHER_USES_OF_THE_COLOURS = {
    Path("exchange") / "pdf_handbook_data.py": "the RACI letters' and control points' own colours",
    Path("ui") / "raci" / "findings_panel.py": "the colour of alignment findings",
}
OFFICE_WORDS = {"pmo", "tmo"}
FOLDING = {"casefold", "lower", "upper"}


def _source_trees() -> list[tuple[Path, ast.Module]]:
    return [
        (path.relative_to(PACKAGE), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE) != OFFICES_HOME
    ]


def _translated_texts(tree: ast.AST) -> set[int]:
    """The ids of the strings handed to translation: words, not values."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("translate", "tr"):
                found |= {id(a) for a in node.args}
    return found


def _office_word(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.casefold() in OFFICE_WORDS
    )


def _office_key(node: ast.AST) -> bool:
    """ "pmo" / "tmo" written out, or a constant holding them (PMO, offices.TMO)."""
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    return _office_word(node) or name in ("PMO", "TMO")


def test_office_colours_are_written_only_in_domain_offices() -> None:
    from pmo_tmo_desktop.domain.offices import PMO_COLOUR, TMO_COLOUR

    colours = {PMO_COLOUR.casefold(), TMO_COLOUR.casefold()}
    offenders = []
    for relative, tree in _source_trees():
        if relative in OTHER_USES_OF_THE_COLOURS:
            continue
        words = _translated_texts(tree)
        offenders += [
            f"{relative}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.casefold() in colours
            and id(node) not in words
        ]
    assert not offenders


def test_only_domain_offices_recognises_the_pmo_and_the_tmo_by_name() -> None:
    """Recognising an office: looking a name up as "PMO" / "pmo", comparing a name with
    "PMO", or folding a name's case where "pmo" / "tmo" is written. Keys and labels ("pmo" in
    JSON, "PMO" as a heading) are no recognition."""
    offenders = []
    for relative, tree in _source_trees():
        for node in ast.walk(tree):
            found = False
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                found = node.func.attr == "get" and any(map(_office_word, node.args[:1]))
            elif isinstance(node, ast.Subscript):
                found = _office_word(node.slice)
            elif isinstance(node, ast.Compare):
                operands = [node.left, *node.comparators]
                inner = [e for o in operands if isinstance(o, ast.Tuple | ast.Set) for e in o.elts]
                found = any(
                    _office_word(o) and o.value.isupper()  # type: ignore[attr-defined]
                    for o in operands + inner
                )
            elif isinstance(node, ast.FunctionDef):
                calls = {
                    n.func.attr
                    for n in ast.walk(node)
                    if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                }
                found = bool(calls & FOLDING) and any(map(_office_key, ast.walk(node)))
            if found:
                offenders.append(f"{relative}:{node.lineno}")  # type: ignore[attr-defined]
    assert not offenders


def test_no_module_imports_itself_back_at_run_time() -> None:
    """No import circle anywhere in the package: no module reaches itself again through the
    modules it imports, lazy imports inside functions included. (Names imported only for the
    type checker are left out: the shell's helpers name the window's type, which runs
    nothing.)"""
    import grimp

    graph = grimp.build_graph("pmo_tmo_desktop", exclude_type_checking_imports=True)
    circles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                circles.append((module, imported))
    assert not circles
