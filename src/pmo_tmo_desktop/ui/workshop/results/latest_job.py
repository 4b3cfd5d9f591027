"""Work off the GUI thread, one job at a time, only the latest request kept.

A request made while a job runs replaces any request still waiting: when the job is done, its
result is handed over and the latest request starts. A slider dragged faster than a move
can be computed so never queues up stale moves, and the page never lags behind the hand.
The work must be pure (plain data in, plain data out): it runs on a pool thread.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries a result from a pool thread back to the GUI thread (queued connection).

    One for the whole program, made on the GUI thread: it outlives every job, so a job that
    finishes after its page was closed has somewhere harmless to report to."""

    done = Signal(int, object, object)  # job id, token, result (or the exception raised)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_finish_jobs)
    return _relay


def _finish_jobs() -> None:
    """On quitting: let running jobs end while Python still runs (a pool thread left inside
    Python code as the interpreter shuts down would hang the exit)."""
    QThreadPool.globalInstance().waitForDone()


class _Task(QRunnable):
    def __init__(self, job: int, token: object, work: Callable[[], object]) -> None:
        super().__init__()
        self._job, self._token, self._work = job, token, work
        self._relay = _the_relay()

    def run(self) -> None:
        try:
            result: object = self._work()
        except Exception as exc:  # reported to the page as one line, never a traceback
            result = exc
        with contextlib.suppress(RuntimeError):  # closing, the relay gone: nobody waits
            self._relay.done.emit(self._job, self._token, result)


class LatestJob(QObject):
    """Runs `work()` on the thread pool; `finished(token, result)` on the GUI thread.

    `result` is what the work returned, or the exception it raised."""

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: tuple[object, Callable[[], object]] | None = None
        self._busy = False
        self._number = next(_numbers)  # never reused, unlike id()
        _the_relay().done.connect(self._arrived)

    def submit(self, token: object, work: Callable[[], object]) -> None:
        """Run `work` when the job in hand is done (at once when none is), replacing any
        request still waiting."""
        self._pending = (token, work)
        if not self._busy:
            self._start()

    def cancel_waiting(self) -> None:
        """Forget the request still waiting (the one running finishes and reports)."""
        self._pending = None

    def idle(self) -> bool:
        """Nothing running and nothing waiting."""
        return not self._busy and self._pending is None

    def _start(self) -> None:
        assert self._pending is not None
        token, work = self._pending
        self._pending = None
        self._busy = True
        QThreadPool.globalInstance().start(_Task(self._number, token, work))

    def _arrived(self, job: int, token: Any, result: Any) -> None:
        if job != self._number or not self._busy:
            return
        self._busy = False
        if self._pending is not None:
            self._start()
        self.finished.emit(token, result)
