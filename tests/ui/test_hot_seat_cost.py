"""What one rating in the hot seat costs: one transaction holding a few statements, and no
scoring while the round is blind — the grid, the ballot's count, the round's progress and the
projector follow from what the rating returned. The rest catches up once the ballot is done.
Statements are counted where SQLAlchemy sends them to SQLite; scorings at the engine's entry
point."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_rating_page import _page, _ratings, _type, planned_workshop


@dataclass
class Cost:
    statements: list[str] = field(default_factory=list)
    commits: int = 0
    scorings: int = 0

    @property
    def transactions(self) -> int:
        return sum(s.startswith("BEGIN") for s in self.statements)

    @property
    def reads(self) -> list[str]:
        return [s for s in self.statements if s.startswith("SELECT")]

    def clear(self) -> None:
        self.statements.clear()
        self.commits = self.scorings = 0


@pytest.fixture
def live(demo_path: Path) -> tuple[Path, int]:
    """The demo plus a planned workshop of three participants, two criteria, two proposals."""
    return demo_path, planned_workshop(demo_path)


@pytest.fixture
def cost(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cost]:
    """Counts from the moment the window opens a workspace (call `watch` after opening)."""
    found = Cost()
    original = scoring.score

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        found.scorings += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(scoring, "score", counting)
    yield found


def _watch(window: MainWindow, cost: Cost) -> None:
    assert window.workspace is not None
    engine = window.workspace.engine

    def sent(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        cost.statements.append(" ".join(statement.split()))

    def committed(_conn) -> None:  # type: ignore[no-untyped-def]
        cost.commits += 1

    event.listen(engine, "before_cursor_execute", sent)
    event.listen(engine, "commit", committed)


def test_one_rating_is_one_commit_of_four_statements_and_no_scoring(
    qtbot, window: MainWindow, live, cost: Cost
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    window.show_presenter()
    assert window.presenter is not None
    window.presenter.setObjectName("qtbot-keep")  # closed with the window
    qtbot.addWidget(window.presenter)
    page.open_round()  # blind
    page.start_ballot()  # Ana
    _watch(window, cost)
    cost.clear()
    steps = window.undo_stack.count()

    _type(qtbot, page, "8")

    assert cost.transactions == 1 and cost.commits == 1
    assert len(cost.statements) == 4, cost.statements  # BEGIN, check, INSERT, ballots
    assert cost.statements[2].startswith("INSERT INTO rating")
    assert "GROUP BY participant.id" in cost.reads[-1]
    assert cost.scorings == 0
    assert window.undo_stack.count() == steps  # a rating is no undo step
    assert [r.value for r in _ratings(path, wid)] == [8.0]  # committed: another connection sees it
    model = page.ballot_model
    assert model.index(0, 0).data() == "8"
    assert "1 of 4 cell" in page.ballot_state.text()
    assert window.presenter is not None
    assert "0 of 3 complete, 1 started" in window.presenter.progress.text()

    cost.clear()
    page.ballot.setCurrentIndex(model.index(0, 0))  # back to the first cell, and change it
    _type(qtbot, page, "5")
    assert cost.transactions == 1 and cost.commits == 1
    assert len(cost.statements) == 5, cost.statements  # BEGIN, check, old value, UPDATE, ballots
    assert cost.scorings == 0
    assert model.index(0, 0).data() == "5"


def test_the_ballot_completes_the_progress_and_the_workshop_catches_up_when_done(
    qtbot, window: MainWindow, live, cost: Cost
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    page.open_round()
    page.voter.setCurrentIndex(1)  # Ben
    page.start_ballot()
    _watch(window, cost)
    cost.clear()
    for digits in ("8", "3", "6", "9"):
        _type(qtbot, page, digits)
    assert cost.transactions == 4 and cost.commits == 4 and cost.scorings == 0
    assert page.progress.text() == "1 of 3 complete"
    assert "complete" in page.ballot_state.text()
    detail = window.workshops_area.detail
    assert "4 ratings" not in detail.text()  # the rest waits for the ballot to be done

    cost.clear()
    qtbot.keyClick(page.ballot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not page.ballot_visible()
    assert "4 ratings" in detail.text()  # caught up, once
    assert cost.reads  # one reload of the workshop for its other pages; nothing written
    assert not [s for s in cost.statements if s.startswith(("BEGIN IMMEDIATE", "INSERT"))]
    assert sorted(r.value for r in _ratings(path, wid)) == [3.0, 6.0, 8.0, 9.0]
