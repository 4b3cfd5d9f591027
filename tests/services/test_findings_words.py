"""Findings in words: rendered from their values where they are shown, in the user's language.

findings_english.json holds what the check said in English before findings carried values
(the demo's own findings, and the demo bent until every rule speaks): the sentences must stay
word for word the same.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import random
import string
from pathlib import Path

import pytest

from pmo_tmo_desktop import i18n
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.services import checks, files, findings_words

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parents[1] / "src" / "pmo_tmo_desktop"
STRICT = rules.Limits(overload_per_phase=2, max_consulted=2)


def every_rule(snapshot: m.Methodology) -> m.Methodology:
    """The demo's methodology bent (seeded, so always the same way) until every rule speaks:
    a third of its cells dropped, random letters added, every other gate without approvers,
    and a role that holds no letter."""
    chance = random.Random(20240611)
    cells = [a for a in snapshot.assignments if chance.random() > 0.3]
    letters = ["R", "A", "C", "I", "RA", "AC"]
    for activity in snapshot.activities[::3]:
        for role in chance.sample(list(snapshot.roles), 3):
            cells.append(m.Assignment(activity.id, role.id, chance.choice(letters)))
    unique = {(a.activity_id, a.role_id): a for a in cells}
    idle = m.Role(10_000, 'Vendor\'s "Delivery" Lead', snapshot.roles[0].office_id, "", 999)
    gates = [
        dataclasses.replace(cp, approver_ids=()) if i % 2 == 0 else cp
        for i, cp in enumerate(snapshot.control_points)
    ]
    return dataclasses.replace(
        snapshot,
        roles=(*snapshot.roles, idle),
        assignments=tuple(unique.values()),
        control_points=tuple(gates),
    )


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> m.Methodology:
    from pmo_tmo_desktop.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.pmotmo"
    demo.create_demo(path).close()
    with files.open_file(path, read_only=True) as ws:
        snapshot, _ = checks.check(ws)
    return snapshot


@pytest.fixture(scope="module")
def bent(demo_snapshot: m.Methodology) -> tuple[m.Methodology, rules.Report]:
    snapshot = every_rule(demo_snapshot)
    return snapshot, rules.check(snapshot, STRICT)


def test_the_english_sentences_are_word_for_word_what_they_were(
    demo_snapshot: m.Methodology, bent: tuple[m.Methodology, rules.Report]
) -> None:
    before = json.loads((HERE / "findings_english.json").read_text(encoding="utf-8"))
    snapshot, report = bent
    now = {
        "demo": [
            [f.rule, f.message] for f in checks.named(demo_snapshot, rules.check(demo_snapshot))
        ],
        "every_rule": [[f.rule, f.message] for f in checks.named(snapshot, report)],
    }
    assert {rule for rule, _ in now["every_rule"]} == set(rules.RULES)
    assert now == before
    assert [findings_words.message(f) for f in report.findings] == [
        message for _, message in before["every_rule"]
    ]


def test_each_rule_has_one_sentence_naming_exactly_the_values_its_findings_carry(
    bent: tuple[m.Methodology, rules.Report],
) -> None:
    _, report = bent
    assert set(findings_words._TEMPLATES) == set(rules.RULES)
    for finding in report.findings:
        named = {
            name
            for _, name, _, _ in string.Formatter().parse(findings_words.template(finding.rule))
            if name
        }
        assert named == {name for name, _ in finding.values}, finding.rule


def test_lists_are_joined_and_quoted_in_words() -> None:
    assert findings_words.names(["Architect"]) == "'Architect'"
    assert findings_words.names(["A", "B", "C"]) == "'A', 'B', 'C'"
    assert findings_words.alternatives(["PMO"]) == "PMO"
    assert findings_words.alternatives(["PMO", "TMO"]) == "PMO or TMO"
    assert findings_words.alternatives(["PMO", "TMO", "Vendor"]) == "PMO, TMO or Vendor"
    assert findings_words.alternatives([]) == ""


def test_a_name_with_braces_or_quotes_is_shown_as_it_is_written() -> None:
    finding = rules.Finding(
        rules.RULE_MANY_ACCOUNTABLE,
        rules.Severity.ERROR,
        1,
        None,
        None,
        None,
        1,
        (("activity", "Plan {phase} 'A'"), ("count", 2), ("roles", ("{0}", "O'Neil"))),
    )
    assert findings_words.message(finding) == (
        "Activity 'Plan {phase} 'A'' has 2 Accountable roles ('{0}', 'O'Neil'); it should have one."
    )


def test_a_finding_shown_in_german_has_no_english_left_in_it(
    bent: tuple[m.Methodology, rules.Report],
) -> None:
    """The role list and the missing offices are joined and quoted in German too (the
    translations of the list words are in translations/pmo_tmo_desktop_de.ts)."""
    snapshot, report = bent
    with i18n.speaking("de"):
        german = {f.rule: f.message for f in reversed(checks.named(snapshot, report))}
    assert german[rules.RULE_MANY_ACCOUNTABLE] == (
        "Aktivität „Prepare order-of-magnitude estimate“ hat 2 rechenschaftspflichtige Rollen "
        "(„Design Specialist“, „Business Analyst“); es sollte eine sein."
    )
    assert german[rules.RULE_GATE_ONE_OFFICE] == (
        "Gate „Gate 0 – Proposal accepted into portfolio“ hat keine freigebende Rolle aus "
        "PMO oder TMO."
    )
    for finding in report.findings:
        with i18n.speaking("de"):
            message = findings_words.message(finding)
        for _, value in finding.values:  # the names as written, quotes and all, aside
            for name in value if isinstance(value, tuple) else (str(value),):
                message = message.replace(name, "")
        assert "'" not in message and " or " not in message, message


def test_findings_carry_values_and_no_sentence() -> None:
    fields = {f.name for f in dataclasses.fields(rules.Finding)}
    assert "message" not in fields
    assert "values" in fields


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
    return found


_REGEX_CALLS = {"match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"}


def test_no_module_reads_a_finding_back_out_of_its_sentence() -> None:
    """Findings carry their values: no module that handles findings uses regular
    expressions, and nothing anywhere matches a pattern against a message."""
    finding_modules = (
        "pmo_tmo_desktop.domain.rules",
        "pmo_tmo_desktop.services.findings_words",
    )
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _imports(tree)
        if {"re", "regex"} & imported and any(
            name.startswith(finding_modules) for name in imported
        ):
            offenders.append(f"{path.relative_to(PACKAGE)}: regular expressions beside findings")
        offenders += [
            f"{path.relative_to(PACKAGE)}:{node.lineno}: a pattern over a message"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _REGEX_CALLS
            and any(
                isinstance(arg, ast.Attribute) and arg.attr == "message"
                for arg in ast.walk(ast.Tuple(elts=list(node.args), ctx=ast.Load()))
            )
        ]
    assert not offenders


def test_each_sentence_is_spelled_in_one_module_only() -> None:
    """The English templates are marked for translation once, where findings are worded."""
    texts = {
        path.name: [
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        for path in PACKAGE.rglob("*.py")
    }
    for rule in rules.RULES:
        sentence = findings_words.template(rule)
        holders = [name for name, found in texts.items() if any(sentence in t for t in found)]
        assert holders == ["findings_words.py"], (rule, holders)
