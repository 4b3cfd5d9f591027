"""The words for a round's progress: a ballot's state and how many ballots are complete, on
the facilitator's laptop and on the projector alike. Never a value."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pmo_tmo_desktop.domain.scoring import Ballot, BallotState


def state_text(ballot: Ballot) -> str:
    """ "Complete", "Started (3 of 12)" or "Not started": the state, never a value."""
    if ballot.state == BallotState.COMPLETE:
        return QCoreApplication.translate("RoundStatus", "Complete")
    if ballot.state == BallotState.STARTED:
        return QCoreApplication.translate("RoundStatus", "Started ({filled} of {cells})").format(
            filled=ballot.filled, cells=ballot.cells
        )
    return QCoreApplication.translate("RoundStatus", "Not started")


def progress_text(ballots: Sequence[Ballot]) -> str:
    """ "7 of 12 complete", with ", 2 started" when some ballots are under way."""
    done = sum(b.state == BallotState.COMPLETE for b in ballots)
    started = sum(b.state == BallotState.STARTED for b in ballots)
    if started:
        return QCoreApplication.translate(
            "RoundStatus", "{done} of {total} complete, %n started", "", started
        ).format(done=done, total=len(ballots))
    return QCoreApplication.translate("RoundStatus", "{done} of {total} complete").format(
        done=done, total=len(ballots)
    )
