"""The project's own rules, checked with the suite: lint, layering, strict types for the core."""

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
def test_the_core_is_strictly_typed() -> None:
    done = _run(str(BIN / "mypy"))
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
