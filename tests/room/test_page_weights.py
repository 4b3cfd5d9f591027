"""The criteria weights step on a phone, in headless Chromium against a real RoomServer: a
participant compares criteria in pairs before rating, by keyboard and by touch; answers are
in the workspace file at once, survive a reload, wait on the device while it is offline, and
only that person sees what they say.

Screenshots go to /tmp/room-ahp*.png.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.services import entities
from pmo_tmo_desktop.services.rows import table
from tests.room.test_page import (
    Browser,
    Room,
    browser,
    make_room,
    no_page_errors,
    queue,
    text_of,
    until,
)

try:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
except ImportError:  # the `browser` fixture says what to install
    By = Keys = None

__all__ = ["browser", "make_room"]  # fixtures, used by name

FIT, RISK, RETURN = "Strategic fit", "Delivery risk", "Return"


def judgements(r: Room) -> dict[tuple[str, str, str], float]:
    """(person, criterion a, criterion b) -> how many times a outweighs b, from the file."""
    t = table("pairwise_judgement")
    names = {v: k for k, v in r.people.items()}
    crits = {v: k for k, v in r.criteria.items()}
    with r.ws.reading() as conn:
        rows = conn.execute(
            select(t.c.participant_id, t.c.criterion_a_id, t.c.criterion_b_id, t.c.value)
        ).all()
    return {(names[p], crits[a], crits[b]): v for p, a, b, v in rows}


def slider(driver: Any, a: str, b: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f'input[type="range"][aria-label="{a} vs {b}"]')


def pair_of(driver: Any, a: str, b: str) -> Any:
    return slider(driver, a, b).find_element(By.XPATH, "..")


def status(driver: Any, a: str, b: str) -> str:
    ctl = slider(driver, a, b)
    return str(driver.find_element(By.ID, ctl.get_attribute("aria-describedby")).text)


def saved(driver: Any, a: str, b: str) -> None:
    until(driver, lambda d: status(d, a, b) == "✓ Saved", f"{a} vs {b} to be saved")


def answer(driver: Any, a: str, b: str) -> str:
    return str(pair_of(driver, a, b).find_element(By.CSS_SELECTOR, ".answer").text)


def test_phone_compares_criteria_in_pairs_and_the_answers_outlive_a_reload(
    make_room: Callable[..., Room], browser: Browser
) -> None:
    r = make_room()
    entities.edit(r.ws, "workshop", r.workshop, pairwise_weights=True)
    driver = browser(phone=True)
    driver.get(r.server.url)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    next(
        b for b in driver.find_elements(By.CSS_SELECTOR, "button.seat") if "Ana Lima" in b.text
    ).click()

    # the step comes first: every pair of criteria, in the workshop's order
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'input[type="range"]'), "the pairs")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Criteria weights"
    labels = [
        s.get_attribute("aria-label")
        for s in driver.find_elements(By.CSS_SELECTOR, 'input[type="range"]')
    ]
    assert labels == [f"{FIT} vs {RISK}", f"{FIT} vs {RETURN}", f"{RISK} vs {RETURN}"]
    assert not driver.find_elements(By.CSS_SELECTOR, ".cell")
    assert answer(driver, FIT, RISK) == "Not answered yet"
    assert "0 of 3 pairs answered" in text_of(driver)

    # by keyboard: four steps towards Strategic fit is "strongly more important" (5)
    fit_risk = slider(driver, FIT, RISK)
    fit_risk.send_keys(Keys.ARROW_LEFT * 4)
    saved(driver, FIT, RISK)
    assert answer(driver, FIT, RISK) == "Strategic fit strongly more important"
    assert fit_risk.get_attribute("aria-valuetext") == "Strategic fit strongly more important"
    # by a tap on an unanswered slider: where it stands, Equal
    slider(driver, RISK, RETURN).click()
    saved(driver, RISK, RETURN)
    assert answer(driver, RISK, RETURN) == "Equal"
    assert judgements(r) == {("Ana Lima", FIT, RISK): 5.0, ("Ana Lima", RISK, RETURN): 1.0}

    # two linked pairs give this person's weights, consistent; nobody else sees them
    until(driver, lambda d: "Consistency ratio 0.00: consistent" in text_of(d), "the ratio")
    weights = driver.find_element(By.ID, "consistency").text
    assert "71%" in weights and "14%" in weights and "Only you see this." in weights
    assert "2 of 3 pairs answered" in text_of(driver)

    # a phone's screen: no sideways scrolling, every target at least 44 px
    width, inner = driver.execute_script(
        "return [document.documentElement.scrollWidth, innerWidth]"
    )
    assert width <= inner == 390, (width, inner)
    small = driver.execute_script(
        "return Array.from(document.querySelectorAll('main button, main input'))"
        ".filter(function (e) { return e.offsetParent !== null; })"
        ".map(function (e) { var r = e.getBoundingClientRect();"
        "  return [e.id || e.textContent.trim(), r.width, r.height]; })"
        ".filter(function (x) { return x[1] < 44 || x[2] < 44; });"
    )
    assert small == [], small
    driver.save_screenshot("/tmp/room-ahp.png")

    # a reload (or a phone that reconnects) shows the answers again, from the room
    driver.refresh()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'input[type="range"]'), "the pairs")
    assert answer(driver, FIT, RISK) == "Strategic fit strongly more important"
    assert slider(driver, FIT, RISK).get_attribute("value") == "-4"
    assert answer(driver, RISK, RETURN) == "Equal"
    assert answer(driver, FIT, RETURN) == "Not answered yet"

    # offline: the answer waits on the device, then is sent by itself
    driver.set_network_conditions(
        offline=True, latency=0, download_throughput=0, upload_throughput=0
    )
    slider(driver, FIT, RETURN).send_keys(Keys.ARROW_RIGHT * 8)
    until(driver, lambda d: status(d, FIT, RETURN) == "Offline, queued", "the queued answer")
    key = f"w:{r.criteria[FIT]}:{r.criteria[RETURN]}"
    assert list(queue(driver)) == [key] and queue(driver)[key]["v"] == 1 / 9
    assert ("Ana Lima", FIT, RETURN) not in judgements(r)
    driver.delete_network_conditions()
    saved(driver, FIT, RETURN)
    assert answer(driver, FIT, RETURN) == "Return extremely more important"
    assert judgements(r)[("Ana Lima", FIT, RETURN)] == 1 / 9
    assert queue(driver) == {}

    # so inconsistent an answer is named, on its card and below the pairs
    until(driver, lambda d: "above 0.10" in text_of(d), "the inconsistency")
    flagged = driver.find_elements(By.CSS_SELECTOR, '.pair[data-worst="true"]')
    assert len(flagged) == 1 and "least consistent" in flagged[0].text
    assert "Least consistent answer: " in driver.find_element(By.ID, "consistency").text
    driver.save_screenshot("/tmp/room-ahp-inconsistent.png")
    driver.execute_script("document.getElementById('consistency').scrollIntoView()")
    driver.save_screenshot("/tmp/room-ahp-consistency.png")

    # taking an answer back
    pair_of(driver, RISK, RETURN).find_element(By.CSS_SELECTOR, "button").click()
    until(driver, lambda d: answer(d, RISK, RETURN) == "Not answered yet", "the cleared pair")
    saved(driver, RISK, RETURN)
    assert ("Ana Lima", RISK, RETURN) not in judgements(r)

    # on to rating; the ballot links back to the step, and a reload stays on the ballot
    driver.find_element(By.ID, "w-skip").click()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "the ballot")
    link = driver.find_element(By.ID, "to-weights")
    assert link.text == "Criteria weights · 2 of 3 pairs answered"
    driver.refresh()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "the ballot again")
    driver.find_element(By.ID, "to-weights").click()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'input[type="range"]'), "the pairs")
    assert answer(driver, FIT, RISK) == "Strategic fit strongly more important"
    no_page_errors(driver)
    assert set(judgements(r)) == {("Ana Lima", FIT, RISK), ("Ana Lima", FIT, RETURN)}
