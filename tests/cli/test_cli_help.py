"""Every help text of `pmo-tmo` goes through translation, so `--lang de ... --help` can speak
German wherever a translation exists."""

from __future__ import annotations

import ast
from pathlib import Path

import pmo_tmo_desktop.cli
from tests.cli.test_cli import run

CLI = Path(pmo_tmo_desktop.cli.__file__).parent
HELP_KEYWORDS = ("help", "description", "epilog")
HELP_POSITION = {"command": 3, "group": 2}
"""`command(parent, name, handler, help_text)` and `group(parent, name, help_text, dest)`."""


def _translated(node: ast.expr) -> bool:
    """`translate("Cli", ...)`, or that with `.format(...)` applied."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "format":
        return _translated(func.value)
    return isinstance(func, ast.Name) and func.id == "translate"


def _help_texts(tree: ast.AST) -> list[tuple[int, ast.expr]]:
    """Every value given as a help text: help=, description=, epilog= (also assigned to a
    parser), and the help text of `command` and `group`."""
    found: list[tuple[int, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            found += [
                (node.lineno, node.value)
                for aim in node.targets
                if isinstance(aim, ast.Attribute) and aim.attr in HELP_KEYWORDS
            ]
        if not isinstance(node, ast.Call):
            continue
        found += [(k.lineno, k.value) for k in node.keywords if k.arg in HELP_KEYWORDS]
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        position = HELP_POSITION.get(name)
        if position is not None and len(node.args) > position:
            found.append((node.lineno, node.args[position]))
    return found


def test_every_help_text_of_the_command_line_is_translated() -> None:
    untranslated = []
    counted = 0
    for path in sorted(CLI.glob("*.py")):
        for line, value in _help_texts(ast.parse(path.read_text(encoding="utf-8"))):
            counted += 1
            if isinstance(value, ast.Name):
                continue  # a parameter handed on (common.command's own help_text)
            if not _translated(value):
                untranslated.append(f"{path.name}:{line}")
    assert counted > 40  # the walk sees the parser declarations
    assert not untranslated


def test_the_pack_sections_help_names_the_sections() -> None:
    result = run("pack", "--help")
    assert result.returncode == 0, result.stderr
    assert "preread,minutes,handbook,methodology,results" in result.stdout
