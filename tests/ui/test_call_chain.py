"""A rating's way from the hot seat to the Results page, followed call by call as it runs: a
key in the ballot reaches the workshop feed, and Done reaches the Results page, each in at
most six calls from one module to another, never climbing back into the window (the shell)
on the way."""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType

from PySide6.QtCore import Qt

from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_keyboard import _choose
from tests.ui.test_rating_page import _page, _type, live  # noqa: F401 (a fixture)

PACKAGE = str(Path(__file__).resolve().parents[2] / "src" / "pmo_tmo_desktop")
MOST_CALLS = 6


def _module(frame: FrameType) -> str | None:
    name = frame.f_code.co_filename
    if not name.startswith(PACKAGE):
        return None
    return name[len(PACKAGE) + 1 : -3].replace("/", ".")


class _Chains:
    """Every chain of modules (outermost first) by which `name` of a module ending in
    `module` was called while installed."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self.found: list[list[str]] = []

    def __call__(self, frame: FrameType, event: str, _arg: object) -> None:
        if event != "call" or frame.f_code.co_name != self.name:
            return
        here = _module(frame)
        if here is None or not here.endswith(self.module):
            return
        chain: list[str] = []
        walk: FrameType | None = frame
        while walk is not None:
            module = _module(walk)
            if module is not None and (not chain or chain[-1] != module):
                chain.append(module)
            walk = walk.f_back
        self.found.append(chain[::-1])

    def __enter__(self) -> _Chains:
        sys.setprofile(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.setprofile(None)


def _calls_across(chain: list[str]) -> int:
    return len(chain) - 1


def _climbs_back_into_the_shell(chain: list[str]) -> bool:
    left = False
    for module in chain:
        in_shell = module.startswith("ui.shell.")
        if left and in_shell:
            return True
        left = left or not in_shell
    return False


def test_a_rating_reaches_the_feed_and_then_the_results_in_six_calls_at_most(
    qtbot,
    window: MainWindow,
    live,  # noqa: F811 (the fixture)
) -> None:
    path, wid = live
    _choose_results = _page(window, path, wid)
    assert _choose_results is window.rating_page
    results = _choose(window, wid, "results")  # the Results page follows the workshop
    page = _choose(window, wid, "rating")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.ballot_visible() and results is window.results_page

    with _Chains("workshop_feed", "_changed") as typed:
        _type(qtbot, page, "8", Qt.Key.Key_Return)
    with _Chains("results_page", "ratings_changed") as done:
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)

    assert typed.found, "the rating never reached the feed"
    assert done.found, "the ratings never reached the Results page"
    for chain in typed.found + done.found:
        assert _calls_across(chain) <= MOST_CALLS, " -> ".join(chain)
        assert not _climbs_back_into_the_shell(chain), " -> ".join(chain)
