"""Words the app, its documents and its command line share: one wording per thing, with real
plural forms, so the screen, the minutes and the terminal never say it two ways."""

from __future__ import annotations

from collections.abc import Callable

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.i18n import translate


def decision(kind: m.DecisionKind | str) -> str:
    """What was decided, as a state ("Approved"), the same on screen and in the minutes."""
    value = kind.value if isinstance(kind, m.DecisionKind) else kind
    labels = {
        m.DecisionKind.APPROVE.value: translate("Decision", "Approved"),
        m.DecisionKind.REJECT.value: translate("Decision", "Rejected"),
        m.DecisionKind.DEFER.value: translate("Decision", "Deferred"),
        m.DecisionKind.NEEDS_INFORMATION.value: translate("Decision", "Needs information"),
    }
    return labels.get(value, value)


def decisions() -> dict[str, str]:
    """Every decision kind's label, by its stored value."""
    return {kind.value: decision(kind) for kind in m.DecisionKind}


def findings_tally(errors: int, warnings: int, alignments: int) -> list[str]:
    """ "1 error", "2 warnings", "1 alignment finding": the check's counts, in words."""
    return [
        translate("Findings", "%n error(s)", None, errors),
        translate("Findings", "%n warning(s)", None, warnings),
        translate("Findings", "%n alignment finding(s)", None, alignments),
    ]


def count(noun: str, n: int) -> str:
    """ "1 phase", "2 phases": a count with its noun in the right plural form of the language
    (Qt's numerus forms); the nouns the app counts, each written once."""
    counted: dict[str, Callable[[int], str]] = {
        "phase": lambda k: translate("Count", "%n phase(s)", None, k),
        "activity": lambda k: translate("Count", "%n activities", None, k),
        "deliverable": lambda k: translate("Count", "%n deliverable(s)", None, k),
        "control": lambda k: translate("Count", "%n gate(s), review(s) or sign-off(s)", None, k),
        "role": lambda k: translate("Count", "%n role(s)", None, k),
        "office": lambda k: translate("Count", "%n office(s)", None, k),
        "letter": lambda k: translate("Count", "%n RACI letter(s)", None, k),
        "cell": lambda k: translate("Count", "%n cell(s)", None, k),
        "filled cell": lambda k: translate("Count", "%n filled cell(s)", None, k),
        "workshop": lambda k: translate("Count", "%n workshop(s)", None, k),
        "rating": lambda k: translate("Count", "%n rating(s)", None, k),
        "item": lambda k: translate("Count", "%n item(s)", None, k),
        "proposal": lambda k: translate("Count", "%n proposal(s)", None, k),
        "touchpoint": lambda k: translate("Count", "%n touchpoint(s)", None, k),
        "record": lambda k: translate("Count", "%n record(s)", None, k),
    }
    return counted[noun](n)


def reading_names() -> dict[str, str]:
    """Each reading of a hand-made matrix (READINGS) in words, for the preview and the CLI."""
    roles = translate("Words", "role names across, letters in the cells")
    letters = translate("Words", "one column per letter, role names in the cells")
    flat = translate("Words", "{layout}; rows without letters are activities, not phases")
    return {
        "roles": roles,
        "roles-flat": flat.format(layout=roles),
        "letters": letters,
        "letters-flat": flat.format(layout=letters),
    }


def judgement_steps() -> tuple[dict[int, str], str]:
    """How much more one criterion matters than the other, by Saaty's step (9 … 2; `{side}`
    is the criterion or "A"/"B"), and the word for equal: the same on the ballot workbook
    and in the hot seat."""
    steps = {
        9: translate("BallotWorkbook", "{side} extremely more important"),
        8: translate("BallotWorkbook", "{side} very strongly to extremely more important"),
        7: translate("BallotWorkbook", "{side} very strongly more important"),
        6: translate("BallotWorkbook", "{side} strongly to very strongly more important"),
        5: translate("BallotWorkbook", "{side} strongly more important"),
        4: translate("BallotWorkbook", "{side} moderately to strongly more important"),
        3: translate("BallotWorkbook", "{side} moderately more important"),
        2: translate("BallotWorkbook", "{side} equally to moderately more important"),
    }
    return steps, translate("BallotWorkbook", "Equal")
