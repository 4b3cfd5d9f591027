"""A room of three in real browsers: three headless Chromium sessions rate the same round at
the same time — one on a phone (one proposal per screen, Next between them), one joining
through the shared address by picking a name, one through a personal link — then the round
is closed and the app's results must equal the scores worked out here from the values typed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from pmo_tmo_desktop.services import entities, results, room, workshops
from tests.room.test_page import (
    CRITERIA,
    PROPOSALS,
    Browser,
    Room,
    browser,
    choose,
    join,
    make_room,
    progress,
    saved,
    until,
)

try:
    from selenium.webdriver.common.by import By
except ImportError:  # the `browser` fixture says what to install
    By = None

__all__ = ["browser", "make_room"]  # fixtures, used by name

WEIGHTS = {"Strategic fit": 3, "Delivery risk": 1, "Return": 2}
SCALES = {name: (low, high, direction) for name, low, high, direction, _ in CRITERIA}
OFFICES = {"Ana Lima": "PMO", "Ben Okafor": "TMO", "Chloé Martin": "PMO"}

# person -> proposal -> (Strategic fit, Delivery risk, Return); "cj" is "can't judge"
BALLOTS: dict[str, dict[str, tuple[str, str, str]]] = {
    "Ana Lima": {
        "New CRM": ("8", "1", "150"),
        "ERP upgrade": ("4", "3", "40"),
        "Data lake": ("9", "2", "200"),
    },
    "Ben Okafor": {
        "New CRM": ("5", "2", "90"),
        "ERP upgrade": ("7", "cj", "35.5"),
        "Data lake": ("3", "4", "10"),
    },
    "Chloé Martin": {
        "New CRM": ("10", "0", "250"),
        "ERP upgrade": ("2", "1", "60"),
        "Data lake": ("6", "2", "120"),
    },
}
NAMES = tuple(WEIGHTS)


# -- the scores, worked out by hand ---------------------------------------------------------


def _own_score(values: tuple[str, str, str]) -> float:
    """One person's score of one proposal: the weighted mean of the normalised values of the
    criteria they rated (1 = best)."""
    weighted = weights = 0.0
    for name, typed in zip(NAMES, values, strict=True):
        if typed == "cj":
            continue
        low, high, direction = SCALES[name]
        n = (float(typed) - low) / (high - low)
        if direction == "lower":
            n = 1.0 - n
        weighted += WEIGHTS[name] * n
        weights += WEIGHTS[name]
    return weighted / weights


def expected(proposal: str, office: str | None = None) -> float:
    """Mean x100 over the participants (of one office, if given) of their own scores."""
    own = [
        _own_score(ballot[proposal])
        for person, ballot in BALLOTS.items()
        if office is None or OFFICES[person] == office
    ]
    return 100.0 * sum(own) / len(own)


def test_hand_computation_of_a_known_ballot() -> None:
    # Ben on ERP upgrade: fit (7-1)/9 weight 3, risk not judged, return 35.5/250 weight 2
    assert _own_score(BALLOTS["Ben Okafor"]["ERP upgrade"]) == pytest.approx(
        (3 * 6 / 9 + 2 * 35.5 / 250) / 5
    )
    # Chloé on New CRM: every value at the best end of its scale
    assert _own_score(BALLOTS["Chloé Martin"]["New CRM"]) == pytest.approx(1.0)


# -- filling a ballot in the browser ---------------------------------------------------------


def _fill(driver: Any, person: str, proposal: str) -> None:
    for name, value in zip(NAMES, BALLOTS[person][proposal], strict=True):
        choose(driver, proposal, name, value)
    for name in NAMES:
        saved(driver, proposal, name)


def fill_grid(driver: Any, person: str) -> None:
    """The whole ballot as one grid (a wide screen)."""
    for proposal, _ in PROPOSALS:
        _fill(driver, person, proposal)


def fill_phone(driver: Any, person: str) -> None:
    """One proposal per screen, Next to the following one."""
    titles = [t for t, _ in PROPOSALS]
    for i, proposal in enumerate(titles):
        until(
            driver,
            lambda d, p=proposal: d.find_element(By.ID, "p-title").text == p,
            f"the screen of {proposal}",
        )
        assert f"Proposal {i + 1} of {len(titles)}" in driver.find_element(By.ID, "main").text
        _fill(driver, person, proposal)
        if i + 1 < len(titles):
            driver.find_element(By.ID, "next").click()
    assert driver.find_element(By.ID, "next").get_attribute("disabled") is not None


def test_three_people_rate_at_once_and_the_results_match_a_hand_computation(
    make_room: Callable[..., Room], browser: Browser
) -> None:
    r = make_room(round_open=False)
    # a named workshop: office figures are shown even for an office of one
    entities.edit(r.ws, "workshop", r.workshop, anonymity="named")
    for name, weight in WEIGHTS.items():
        entities.edit(r.ws, "criterion", r.criteria[name], weight=weight)
    workshops.open_round(r.ws, r.workshop)
    passes = room.passes(r.ws, r.workshop)

    # Ana on a phone, by name
    phone = browser(phone=True)
    join(phone, r.server.url, "Ana Lima")
    assert phone.execute_script("return innerWidth") == 390
    assert not phone.find_elements(By.CSS_SELECTOR, "table.grid")
    # Ben on a laptop, by name through the shared address
    laptop = browser()
    join(laptop, r.server.url, "Ben Okafor")
    assert laptop.find_elements(By.CSS_SELECTOR, "table.grid")
    # Chloé through her personal link, no name to pick
    linked = browser()
    linked.get(r.server.link(passes[r.people["Chloé Martin"]]))
    until(linked, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "Chloé's ballot")
    assert "Chloé Martin (PMO)" in linked.find_element(By.ID, "main").text
    joined = {d.name for d in room.devices(r.ws, r.workshop) if d.state == "admitted"}
    assert joined == set(OFFICES)

    # all three rate at the same time
    start = threading.Barrier(3)

    def rate(fill: Callable[[Any, str], None], driver: Any, person: str) -> None:
        start.wait(timeout=30)
        fill(driver, person)

    with ThreadPoolExecutor(max_workers=3) as pool:
        done = [
            pool.submit(rate, fill_phone, phone, "Ana Lima"),
            pool.submit(rate, fill_grid, laptop, "Ben Okafor"),
            pool.submit(rate, fill_grid, linked, "Chloé Martin"),
        ]
        for future in done:
            future.result(timeout=60)
    for driver in (phone, laptop, linked):
        until(driver, lambda d: "complete" in progress(d).lower(), "a complete ballot")

    # the file holds every value typed, and nothing else
    found = r.ratings()
    typed = {
        (person, proposal, name): value
        for person, ballot in BALLOTS.items()
        for proposal, values in ballot.items()
        for name, value in zip(NAMES, values, strict=True)
    }
    assert set(found) == set(typed)
    for key, value in typed.items():
        assert found[key].value == (None if value == "cj" else float(value)), key

    workshops.close_round(r.ws, r.workshop)
    until(
        laptop,
        lambda d: d.find_elements(By.CSS_SELECTOR, ".closed-note"),
        "the closed ballot",
    )
    shown = results.load(r.ws, r.workshop)
    assert shown.revealed and not shown.private and not shown.any_withheld
    assert shown.results.rated == 3 and shown.results.partial == 0
    by_title = {p.title: p for p in shown.results.proposals}
    assert set(by_title) == {t for t, _ in PROPOSALS}
    for title, result in by_title.items():
        assert result.participants == 3
        assert result.score == pytest.approx(expected(title), abs=1e-9), title
        assert result.pmo_score == pytest.approx(expected(title, "PMO"), abs=1e-9), title
        assert result.tmo_score == pytest.approx(expected(title, "TMO"), abs=1e-9), title
    ranked = sorted(by_title, key=lambda t: -expected(t))
    assert [p.title for p in shown.results.proposals] == ranked
