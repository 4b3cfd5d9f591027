"""The participant page in a real browser: headless Chromium (Debian's chromium and
chromium-driver, driven by selenium) against a real RoomServer on 127.0.0.1 serving a real
workspace. Nothing here is skipped: without the browser the tests fail and say what to
install.

Screenshots go to /tmp/room-*.png.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.room import page_texts
from pmo_tmo_desktop.room.server import RoomServer
from pmo_tmo_desktop.services import entities, files, queries, room, room_ballot, workshops
from pmo_tmo_desktop.services.files import Workspace

try:
    from selenium import webdriver
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:  # reported by the `browser` fixture, never skipped
    webdriver = None

PAGE_DIR = Path(__file__).resolve().parents[2] / "resources" / "room"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
INSTALL = (
    "apt-get update -qq && apt-get install -y -qq chromium chromium-driver; "
    ".venv/bin/pip install -q selenium"
)
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
WAIT = 15.0  # seconds; the page follows the round through its event stream (or 5 s polling)

PEOPLE = (("Ana Lima", "PMO"), ("Ben Okafor", "TMO"), ("Chloé Martin", "PMO"))
CRITERIA = (
    ("Strategic fit", 1, 10, "higher", "How well the proposal serves this year's strategy."),
    ("Delivery risk", 0, 4, "lower", "Technical and schedule risk; 0 is none."),
    ("Return", 0, 250, "higher", "Expected return on investment, in percent."),
)
PROPOSALS = (
    ("New CRM", "Replace the ageing CRM with a hosted one."),
    ("ERP upgrade", "Move to the supported ERP release."),
    ("Data lake", "One analytics platform for both offices."),
)


# -- the workspace and the server ----------------------------------------------------------


@dataclass
class Room:
    ws: Workspace
    workshop: int
    server: RoomServer
    people: dict[str, int]
    proposals: dict[str, int]
    criteria: dict[str, int]

    def ratings(self) -> dict[tuple[str, str, str], m.Rating]:
        """(person, proposal, criterion) -> the rating of the latest round, from the file."""
        data = queries.workshop(self.ws, self.workshop)
        latest = max(r.id for r in data.rounds)
        names = {v: k for k, v in self.people.items()}
        titles = {v: k for k, v in self.proposals.items()}
        crits = {v: k for k, v in self.criteria.items()}
        return {
            (names[r.participant_id], titles[r.proposal_id], crits[r.criterion_id]): r
            for r in data.ratings
            if r.round_id == latest
        }

    def restart(self) -> None:
        """Serve the same room again on the same port."""
        port = self.server.port
        self.server.stop()
        self.server = RoomServer(self.ws, self.workshop, port=port)
        self.server.start()


def _build(path: Path, round_open: bool) -> tuple[Workspace, int]:
    ws = files.new(path, "empty")
    office = {o.name: o.id for o in queries.offices(ws)}
    workshop = entities.create(ws, "workshop", title="Portfolio day").new_id
    for name, off in PEOPLE:
        entities.create(ws, "participant", workshop_id=workshop, name=name, office_id=office[off])
    for name, low, high, direction, text in CRITERIA:
        entities.create(ws, "criterion", workshop_id=workshop, name=name, weight=1,
                        direction=direction, scale_min=low, scale_max=high,
                        description=text)  # fmt: skip
    for title, text in PROPOSALS:
        entities.create(ws, "proposal", workshop_id=workshop, title=title, description=text)
    if round_open:
        workshops.open_round(ws, workshop)
    return ws, workshop


@pytest.fixture
def make_room(tmp_path: Path) -> Iterator[Callable[..., Room]]:
    made: list[Room] = []

    def make(round_open: bool = True) -> Room:
        ws, workshop = _build(tmp_path / f"room{len(made)}.pmotmo", round_open)
        server = RoomServer(ws, workshop)
        server.start()
        data = queries.workshop(ws, workshop)
        found = Room(
            ws=ws,
            workshop=workshop,
            server=server,
            people={p.name: p.id for p in data.participants},
            proposals={p.title: p.id for p in data.proposals},
            criteria={c.name: c.id for c in data.criteria},
        )
        made.append(found)
        return found

    yield make
    for r in made:
        r.server.stop()
        r.ws.close()


@pytest.fixture
def open_room(make_room: Callable[..., Room]) -> Room:
    return make_room(round_open=True)


# -- the browser ---------------------------------------------------------------------------


def _require_browser() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if webdriver is None:
        missing.append("the selenium package")
    if missing:
        pytest.fail(
            "The room's page tests drive headless Chromium and need "
            + ", ".join(missing)
            + f". Install them with: {INSTALL}",
            pytrace=False,
        )


Browser = Callable[..., Any]


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    _require_browser()
    made: list[Any] = []

    def make(phone: bool = False, languages: str = "en-GB,en", dark: bool = False) -> Any:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        profile = tmp_path / f"chromium-{len(made)}"
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument("--window-size=1280,900")
        options.add_argument(f"--lang={languages.split(',')[0]}")
        options.add_experimental_option("prefs", {"intl.accept_languages": languages})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        made.append(driver)
        if phone:
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True},
            )
            driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
        if dark:
            driver.execute_cdp_cmd(
                "Emulation.setEmulatedMedia",
                {"features": [{"name": "prefers-color-scheme", "value": "dark"}]},
            )
        return driver

    yield make
    for driver in made:
        driver.quit()


def until(driver: Any, check: Callable[[Any], Any], what: str, timeout: float = WAIT) -> Any:
    try:
        return WebDriverWait(
            driver, timeout, poll_frequency=0.1, ignored_exceptions=[StaleElementReferenceException]
        ).until(check)
    except TimeoutException:
        shot = f"/tmp/room-failed-{int(time.time())}.png"
        driver.save_screenshot(shot)
        main = driver.find_element(By.ID, "main").text
        pytest.fail(f"waited {timeout} s for {what}; the page shows:\n{main}\n(screenshot {shot})")


def text_of(driver: Any) -> str:
    return str(driver.find_element(By.TAG_NAME, "body").text)


def join(driver: Any, url: str, name: str) -> None:
    driver.get(url)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    seat = next(
        b
        for b in driver.find_elements(By.CSS_SELECTOR, "button.seat")
        if b.find_element(By.CSS_SELECTOR, ".seat-name").text == name
    )
    seat.click()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "the ballot")


def control(driver: Any, proposal: str, criterion: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f'[aria-label="{proposal} — {criterion}"]')


def cell_status(driver: Any, proposal: str, criterion: str) -> tuple[str, str]:
    ctl = control(driver, proposal, criterion)
    status = driver.find_element(By.ID, ctl.get_attribute("aria-describedby"))
    return str(status.get_attribute("data-state")), str(status.text)


def saved(driver: Any, proposal: str, criterion: str) -> None:
    until(
        driver,
        lambda d: cell_status(d, proposal, criterion)[0] == "saved",
        f"{proposal} / {criterion} to be saved",
    )


def choose(driver: Any, proposal: str, criterion: str, value: str) -> None:
    """Answer one cell: a scale value, "cj" (can't judge) or "" (empty)."""
    ctl = control(driver, proposal, criterion)
    if ctl.tag_name == "select":
        Select(ctl).select_by_value(value)
        return
    if value == "cj":
        driver.find_element(
            By.CSS_SELECTOR, f'button[aria-label="{proposal} — {criterion} — can\'t judge"]'
        ).click()
        return
    ctl.clear()
    ctl.send_keys(value, Keys.TAB)


def progress(driver: Any) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "#progress .progress-text").text)


def queue(driver: Any) -> dict[str, Any]:
    found = driver.execute_script(
        "var k = Object.keys(localStorage).filter(function (k) { return /:queue$/.test(k); });"
        "return k.length ? localStorage.getItem(k[0]) : null;"
    )
    return dict(json.loads(found)) if found else {}


def no_page_errors(driver: Any) -> None:
    """No script error and no Content-Security-Policy refusal in the browser's console."""
    bad = [
        entry["message"]
        for entry in driver.get_log("browser")
        if (entry["level"] == "SEVERE" and "Failed to load resource" not in entry["message"])
        or "Content Security Policy" in entry["message"]
    ]
    assert not bad, bad


# -- the page's files ----------------------------------------------------------------------


def test_page_files_are_small_self_contained_and_fully_translated() -> None:
    html = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    js = (PAGE_DIR / "room.js").read_text(encoding="utf-8")
    js += (PAGE_DIR / "weights.js").read_text(encoding="utf-8")
    css = (PAGE_DIR / "room.css").read_text(encoding="utf-8")
    texts = page_texts.script()
    total = sum(len(p.read_bytes()) for p in PAGE_DIR.iterdir()) + len(texts)
    assert total < 150 * 1024, total
    # the CSP allows only the page's own files: no inline script or style, nothing fetched
    # from elsewhere
    assert re.findall(r"<script\b[^>]*>", html) == [
        '<script src="/assets/texts.js" defer>',
        '<script src="/assets/weights.js" defer>',
        '<script src="/assets/room.js" defer>',
    ]
    assert "<style" not in html and " style=" not in html and " on" + "click=" not in html
    for text in (html, js, css, texts.decode()):
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", text)
    # the page's words come from the application's translations: every string the page
    # looks up exists, in every language, with the same placeholders as the English
    table = page_texts.all_languages()
    assert list(table) == ["en", "de", "fr", "es"]
    english = table["en"]
    used = re.findall(r'\bt\("((?:[^"\\]|\\.)*)"', js)
    used += re.findall(r'"(\{side\} [^"]*)"', js)  # the 17 answers, looked up by position
    assert used and not set(used) - set(english), set(used) - set(english)
    for language in ("de", "fr", "es"):
        assert set(table[language]) == set(english)
        for key, text in table[language].items():
            assert text != key or key in {"PMO", "TMO", "Score"}, (language, key)
            wanted = sorted(re.findall(r"\{\w+\}", key))
            assert sorted(re.findall(r"\{\w+\}", text)) == wanted, (language, key, text)

    # the app's vocabulary
    def three(key: str) -> tuple[str, str, str]:
        return table["de"][key], table["fr"][key], table["es"][key]

    assert three("can't judge") == ("nicht beurteilbar", "ne peut pas juger", "no puedo juzgar")
    assert three("Ballot") == ("Bewertungsbogen", "Bulletin", "Papeleta")
    assert three("Round {n}") == ("Runde {n}", "Tour {n}", "Ronda {n}")


# -- joining and rating --------------------------------------------------------------------


def test_join_by_name_rate_every_cell_and_the_file_holds_it(
    open_room: Room, browser: Browser
) -> None:
    # Ben rates first, from his own device; Ana never sees his value
    url = open_room.server.url
    ben = httpx.post(f"{url}/api/claim", json={"participant_id": open_room.people["Ben Okafor"]})
    answer = httpx.put(
        f"{url}/api/rating",
        json={
            "proposal_id": open_room.proposals["New CRM"],
            "criterion_id": open_room.criteria["Strategic fit"],
            "value": 2,
        },
        headers={"Authorization": f"Bearer {ben.json()['token']}"},
    )
    assert answer.status_code == 200, answer.text

    driver = browser()
    driver.get(open_room.server.url)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    seats = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "button.seat")]
    assert [s.split("\n")[:2] for s in seats] == [[n, o] for n, o in PEOPLE]
    assert "Portfolio day" in text_of(driver)
    driver.save_screenshot("/tmp/room-join.png")

    join(driver, open_room.server.url, "Ana Lima")
    # one grid: proposals as rows, criteria as columns, each criterion's scale, direction
    # and description in its heading
    rows = driver.find_elements(By.CSS_SELECTOR, "table.grid tbody tr")
    assert [r.find_element(By.CSS_SELECTOR, ".p-title").text for r in rows] == [
        t for t, _ in PROPOSALS
    ]
    heads = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "table.grid thead th")][1:]
    for head, (name, low, high, direction, text) in zip(heads, CRITERIA, strict=True):
        assert name in head and f"{low}–{high}" in head and text in head
        assert f"{direction} is better" in head
    assert "Round 1" in text_of(driver) and "Ana Lima (PMO)" in text_of(driver)
    assert progress(driver) == "0 of 9 answered"
    assert Select(control(driver, "New CRM", "Strategic fit")).first_selected_option.text == "—"
    # every cell is named by its proposal and its criterion; "can't judge" is a choice
    # of its own, apart from the empty one
    for title, _ in PROPOSALS:
        for name, *_ in CRITERIA:
            ctl = control(driver, title, name)
            if ctl.tag_name == "select":
                options = [o.get_attribute("value") for o in Select(ctl).options]
                assert options[0] == "" and options[-1] == "cj"
                assert Select(ctl).options[-1].text == "can't judge"
            else:
                assert ctl.get_attribute("type") == "number"

    plan = {
        ("New CRM", "Strategic fit"): "7",
        ("New CRM", "Delivery risk"): "1",
        ("New CRM", "Return"): "120",
        ("ERP upgrade", "Strategic fit"): "cj",
        ("ERP upgrade", "Delivery risk"): "3",
        ("ERP upgrade", "Return"): "35.5",
        ("Data lake", "Strategic fit"): "9",
        ("Data lake", "Delivery risk"): "0",
        ("Data lake", "Return"): "cj",
    }
    for n, ((title, name), value) in enumerate(plan.items(), start=1):
        choose(driver, title, name, value)
        saved(driver, title, name)
        if n < len(plan):
            assert progress(driver) == f"{n} of 9 answered"
    until(driver, lambda d: "complete" in progress(d).lower(), "the ballot to be complete")
    assert progress(driver) == "Complete: all 9 answered"
    cj_cell = control(driver, "ERP upgrade", "Strategic fit").find_element(By.XPATH, "..")
    assert cj_cell.get_attribute("data-value") == "cj"
    driver.save_screenshot("/tmp/room-grid.png")

    found = {k: v for k, v in open_room.ratings().items() if k[0] == "Ana Lima"}
    assert len(found) == 9
    for (_, title, name), rating in found.items():
        assert rating.entered_by == m.EnteredBy.ROOM
        wanted = plan[(title, name)]
        assert rating.value == (None if wanted == "cj" else float(wanted))
    assert queue(driver) == {}

    # a reload keeps the person on their ballot, with their values
    driver.refresh()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "the ballot again")
    assert not driver.find_elements(By.CSS_SELECTOR, "button.seat")
    assert Select(control(driver, "New CRM", "Strategic fit")).first_selected_option.text == "7"
    assert control(driver, "ERP upgrade", "Return").get_attribute("value") == "35.5"
    assert progress(driver) == "Complete: all 9 answered"
    assert (
        len([d for d in room.devices(open_room.ws, open_room.workshop) if d.name == "Ana Lima"])
        == 1
    )
    no_page_errors(driver)


def test_phone_one_proposal_per_screen_without_sideways_scrolling(
    open_room: Room, browser: Browser
) -> None:
    driver = browser(phone=True)
    join(driver, open_room.server.url, "Ben Okafor")
    assert driver.execute_script("return innerWidth") == 390
    assert not driver.find_elements(By.CSS_SELECTOR, "table.grid")

    def screen_shows(title: str) -> None:
        assert driver.find_element(By.ID, "p-title").text == title
        labels = [
            c.get_attribute("aria-label")
            for c in driver.find_elements(By.CSS_SELECTOR, ".cell select, .cell input")
        ]
        assert labels == [f"{title} — {name}" for name, *_ in CRITERIA]
        width, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, innerWidth]"
        )
        assert width <= inner, (width, inner)
        small = driver.execute_script(
            "return Array.from(document.querySelectorAll('button, select, input'))"
            ".filter(function (e) { return e.offsetParent !== null; })"
            ".map(function (e) { var r = e.getBoundingClientRect();"
            "  return [e.id || e.textContent.trim() || e.getAttribute('aria-label'),"
            "          r.width, r.height]; })"
            ".filter(function (x) { return x[1] < 44 || x[2] < 44; });"
        )
        assert small == [], small

    screen_shows("New CRM")
    assert "Proposal 1 of 3" in text_of(driver)
    for name, value in (("Strategic fit", "6"), ("Delivery risk", "cj"), ("Return", "80")):
        choose(driver, "New CRM", name, value)
        saved(driver, "New CRM", name)
    driver.save_screenshot("/tmp/room-phone.png")
    assert driver.find_element(By.ID, "prev").get_attribute("disabled") is not None

    driver.find_element(By.ID, "next").click()
    until(driver, lambda d: d.find_element(By.ID, "p-title").text == "ERP upgrade", "screen 2")
    screen_shows("ERP upgrade")
    assert "Proposal 2 of 3" in text_of(driver)
    choose(driver, "ERP upgrade", "Strategic fit", "2")
    saved(driver, "ERP upgrade", "Strategic fit")
    driver.find_element(By.ID, "next").click()
    until(driver, lambda d: d.find_element(By.ID, "p-title").text == "Data lake", "screen 3")
    screen_shows("Data lake")
    assert driver.find_element(By.ID, "next").get_attribute("disabled") is not None
    driver.find_element(By.ID, "prev").click()
    driver.find_element(By.ID, "prev").click()
    until(driver, lambda d: d.find_element(By.ID, "p-title").text == "New CRM", "screen 1")
    assert Select(control(driver, "New CRM", "Delivery risk")).first_selected_option.text == (
        "can't judge"
    )
    assert progress(driver) == "4 of 9 answered"
    found = open_room.ratings()
    assert found[("Ben Okafor", "New CRM", "Return")].value == 80
    assert found[("Ben Okafor", "New CRM", "Delivery risk")].value is None

    dark = browser(phone=True, dark=True)
    join(dark, open_room.server.url, "Chloé Martin")
    choose(dark, "New CRM", "Delivery risk", "cj")
    saved(dark, "New CRM", "Delivery risk")
    dark.save_screenshot("/tmp/room-phone-dark.png")
    no_page_errors(driver)


def test_offline_changes_are_queued_kept_across_a_reload_and_sent(
    open_room: Room, browser: Browser
) -> None:
    driver = browser()
    join(driver, open_room.server.url, "Ana Lima")
    choose(driver, "New CRM", "Strategic fit", "5")
    saved(driver, "New CRM", "Strategic fit")

    # the network goes away: the change waits on the device, marked as queued
    driver.set_network_conditions(
        offline=True, latency=0, download_throughput=0, upload_throughput=0
    )
    choose(driver, "New CRM", "Strategic fit", "8")
    choose(driver, "ERP upgrade", "Delivery risk", "cj")
    until(
        driver,
        lambda d: cell_status(d, "New CRM", "Strategic fit")[0] == "queued",
        "the change to be queued",
    )
    assert cell_status(driver, "New CRM", "Strategic fit")[1] == "Offline, queued"
    assert driver.find_element(By.ID, "net").is_displayed()
    assert "2 not sent yet" in driver.find_element(By.ID, "progress").text
    assert set(queue(driver)) == {
        f"{open_room.proposals['New CRM']}:{open_room.criteria['Strategic fit']}",
        f"{open_room.proposals['ERP upgrade']}:{open_room.criteria['Delivery risk']}",
    }
    driver.save_screenshot("/tmp/room-offline.png")
    time.sleep(5)  # retries meanwhile change nothing
    found = open_room.ratings()
    assert found[("Ana Lima", "New CRM", "Strategic fit")].value == 5
    assert ("Ana Lima", "ERP upgrade", "Delivery risk") not in found

    # back online: sent by itself, saved, in the file
    driver.delete_network_conditions()
    saved(driver, "New CRM", "Strategic fit")
    saved(driver, "ERP upgrade", "Delivery risk")
    assert not driver.find_element(By.ID, "net").is_displayed()
    assert queue(driver) == {}
    found = open_room.ratings()
    assert found[("Ana Lima", "New CRM", "Strategic fit")].value == 8
    assert found[("Ana Lima", "ERP upgrade", "Delivery risk")].value is None

    # the laptop's server goes away; the change is kept in the browser's storage, the page
    # is left, and only a reload after the server is back can send it
    open_room.server.stop()
    choose(driver, "Data lake", "Return", "42")
    until(
        driver,
        lambda d: cell_status(d, "Data lake", "Return")[0] == "queued",
        "the change to be queued while the server is down",
    )
    assert len(queue(driver)) == 1
    driver.get("about:blank")
    open_room.restart()
    driver.get(open_room.server.url)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "the ballot again")
    saved(driver, "Data lake", "Return")
    assert control(driver, "Data lake", "Return").get_attribute("value") == "42"
    assert queue(driver) == {}
    found = open_room.ratings()
    assert found[("Ana Lima", "Data lake", "Return")].value == 42
    assert found[("Ana Lima", "Data lake", "Return")].entered_by == m.EnteredBy.ROOM


def test_a_refused_change_shows_the_reason_beside_the_cell_and_is_not_retried(
    open_room: Room, browser: Browser
) -> None:
    driver = browser()
    join(driver, open_room.server.url, "Ana Lima")
    # the facilitator narrows the scale while the ballot is on screen
    entities.edit(open_room.ws, "criterion", open_room.criteria["Strategic fit"], scale_max=5)
    choose(driver, "New CRM", "Strategic fit", "8")
    until(
        driver,
        lambda d: cell_status(d, "New CRM", "Strategic fit")[0] == "error",
        "the refusal",
    )
    _, message = cell_status(driver, "New CRM", "Strategic fit")
    assert message.startswith("Not saved: ") and len(message) > len("Not saved: ")
    assert queue(driver) == {}
    time.sleep(5)
    assert ("Ana Lima", "New CRM", "Strategic fit") not in open_room.ratings()
    assert cell_status(driver, "New CRM", "Strategic fit")[0] == "error"
    driver.save_screenshot("/tmp/room-refused.png")


# -- following the round -------------------------------------------------------------------


def test_no_round_waits_then_the_ballot_opens_and_closes_by_itself(
    make_room: Callable[..., Room], browser: Browser
) -> None:
    r = make_room(round_open=False)
    driver = browser()
    driver.get(r.server.url)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    driver.find_elements(By.CSS_SELECTOR, "button.seat")[0].click()
    until(driver, lambda d: "open a round" in text_of(d), "the waiting screen")
    assert not driver.find_elements(By.CSS_SELECTOR, ".cell")
    driver.save_screenshot("/tmp/room-no-round.png")

    # the event stream brings each change within about a second (polling, the fallback,
    # takes up to five)
    started = time.monotonic()
    workshops.open_round(r.ws, r.workshop)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell select"), "round 1")
    assert time.monotonic() - started < 3
    choose(driver, "New CRM", "Strategic fit", "4")
    saved(driver, "New CRM", "Strategic fit")

    started = time.monotonic()
    workshops.close_round(r.ws, r.workshop)
    until(
        driver,
        lambda d: (
            not d.find_elements(By.CSS_SELECTOR, ".cell select, .cell input")
            and d.find_elements(By.CSS_SELECTOR, ".closed-note")
        ),
        "the closed, read-only ballot",
    )
    assert time.monotonic() - started < 3
    note = driver.find_element(By.CSS_SELECTOR, ".closed-note").text
    assert "Round 1 is closed" in note
    cell = driver.find_element(
        By.ID, "c-{}-{}".format(r.proposals["New CRM"], r.criteria["Strategic fit"])
    )
    assert cell.text == "4"
    assert not driver.find_elements(By.CSS_SELECTOR, "button.cj-toggle")
    driver.save_screenshot("/tmp/room-closed.png")

    # the next round opens the ballot again, empty
    workshops.open_round(r.ws, r.workshop)
    until(driver, lambda d: "Round 2" in text_of(d) and d.find_elements(
        By.CSS_SELECTOR, ".cell select"), "round 2")  # fmt: skip
    assert progress(driver) == "0 of 9 answered"
    no_page_errors(driver)


def test_a_second_device_waits_for_admission_and_a_revoked_one_is_told(
    open_room: Room, browser: Browser
) -> None:
    # Ana already rates on another device
    other = httpx.post(
        f"{open_room.server.url}/api/claim", json={"participant_id": open_room.people["Ana Lima"]}
    )
    assert other.status_code == 201 and other.json()["state"] == "admitted"

    driver = browser()
    driver.get(open_room.server.url)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    assert "already joined on another device" in driver.find_element(
        By.CSS_SELECTOR, "button.seat").text  # fmt: skip
    driver.find_elements(By.CSS_SELECTOR, "button.seat")[0].click()
    until(driver, lambda d: "admit this device" in text_of(d), "the admission screen")
    driver.save_screenshot("/tmp/room-waiting.png")
    mine = next(d for d in room.devices(open_room.ws, open_room.workshop) if d.state == "waiting")
    room.admit(open_room.ws, mine.id)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell select"), "admission")

    room.revoke(open_room.ws, mine.id)
    choose(driver, "New CRM", "Strategic fit", "3")
    until(driver, lambda d: "signed out" in text_of(d), "the signed-out screen")
    driver.save_screenshot("/tmp/room-revoked.png")
    driver.find_element(By.XPATH, "//button[normalize-space()='Pick my name again']").click()
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names again")


def test_personal_link_and_personal_codes(open_room: Room, browser: Browser) -> None:
    room.set_room(open_room.ws, open_room.workshop, codes_required=True)
    passes = room.passes(open_room.ws, open_room.workshop)

    driver = browser()
    driver.get(open_room.server.link(passes[open_room.people["Ben Okafor"]]))
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell select"), "Ben's ballot")
    assert "Ben Okafor (TMO)" in text_of(driver)
    driver.refresh()  # the personal link again: the same device, no second claim
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell select"), "Ben's ballot")
    assert len(room.devices(open_room.ws, open_room.workshop)) == 1

    second = browser()
    second.get(open_room.server.url)
    until(second, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    second.find_elements(By.CSS_SELECTOR, "button.seat")[2].click()
    code = until(second, lambda d: d.find_elements(By.ID, "personal-code"), "the code field")[0]
    code.send_keys("WRONGCODE", Keys.ENTER)
    until(second, lambda d: d.find_element(By.ID, "code-error").text, "the refusal")
    assert second.find_element(By.ID, "personal-code").get_attribute("aria-invalid") == "true"
    second.save_screenshot("/tmp/room-code.png")
    code = second.find_element(By.ID, "personal-code")
    code.clear()
    code.send_keys(passes[open_room.people["Chloé Martin"]].lower(), Keys.ENTER)
    until(second, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell select"), "Chloé's ballot")
    assert "Chloé Martin (PMO)" in text_of(second)


# -- languages -----------------------------------------------------------------------------


def test_language_from_the_browser_and_the_switcher(open_room: Room, browser: Browser) -> None:
    driver = browser(languages="de-DE,de")
    join(driver, open_room.server.url, "Ana Lima")
    assert driver.execute_script("return document.documentElement.lang") == "de"
    body = text_of(driver)
    assert "Runde 1" in body and "höher ist besser" in body and "niedriger ist besser" in body
    assert "Bewertungsbogen" in driver.title
    sel = Select(control(driver, "New CRM", "Strategic fit"))
    assert sel.options[-1].text == "nicht beurteilbar"
    assert progress(driver) == "0 von 9 beantwortet"
    driver.save_screenshot("/tmp/room-de.png")

    for code, round_word, cant in (("fr", "Tour 1", "ne peut pas juger"),
                                   ("es", "Ronda 1", "no puedo juzgar"),
                                   ("en", "Round 1", "can't judge")):  # fmt: skip
        Select(driver.find_element(By.ID, "lang")).select_by_value(code)
        until(driver, lambda d, w=round_word: w in text_of(d), f"the page in {code}")
        sel = Select(control(driver, "New CRM", "Strategic fit"))
        assert sel.options[-1].text == cant
    driver.refresh()  # the choice is remembered
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell"), "the ballot again")
    assert "Round 1" in text_of(driver)


# -- results on the phones -------------------------------------------------------------------


def results_rows(driver: Any) -> list[list[str]]:
    rows = driver.find_elements(By.CSS_SELECTOR, ".results-table tbody tr")
    return [[c.text for c in row.find_elements(By.CSS_SELECTOR, "th, td")] for row in rows]


def test_results_reach_the_phones_only_when_allowed_and_as_the_presenter_shows_them(
    open_room: Room, browser: Browser, qtbot: Any
) -> None:
    from pmo_tmo_desktop.services import results
    from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow

    r = open_room
    driver = browser()
    join(driver, r.server.url, "Ana Lima")
    choose(driver, "New CRM", "Strategic fit", "9")
    saved(driver, "New CRM", "Strategic fit")
    values = {"Ana Lima": 0, "Ben Okafor": 3, "Chloé Martin": 5}
    for name, shift in values.items():
        token = room.claim(r.ws, r.workshop, r.people[name]).token if name != "Ana Lima" else None
        for i, title in enumerate(r.proposals):
            for (crit, low, high, _d, _t), step in zip(CRITERIA, (1, 1, 37), strict=True):
                if token is None and (title, crit) == ("New CRM", "Strategic fit"):
                    continue
                value = low + (shift + i * 2 + step) % (high - low + 1)
                if token is not None:
                    room_ballot.rate(r.ws, token, r.proposals[title], r.criteria[crit], value)
                else:
                    choose(driver, title, crit, str(value))
                    saved(driver, title, crit)

    workshops.close_round(r.ws, r.workshop)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".closed-note"), "the closed ballot")
    assert not driver.find_elements(By.CSS_SELECTOR, ".results"), "not allowed: no results"

    room.set_room(r.ws, r.workshop, show_results=True)
    until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".results-table"), "the results")
    shown_on_phone = results_rows(driver)
    driver.save_screenshot("/tmp/room-results.png")

    # the projector, from the same results view
    presenter = PresenterWindow()
    qtbot.addWidget(presenter)
    data = queries.workshop(r.ws, r.workshop)
    presenter.show_state(data, results.load(r.ws, r.workshop), ("#2F6DB5", "#C0504D"))
    model = presenter.results_model
    on_projector = [
        [str(model.index(row, col).data()) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert len(on_projector) == 3
    assert shown_on_phone == on_projector
    assert "Results of round 1" in text_of(driver)

    # on a phone: one line per proposal, figures labelled, no sideways scrolling
    phone = browser(phone=True)
    phone.get(r.server.url)
    until(phone, lambda d: d.find_elements(By.CSS_SELECTOR, "button.seat"), "the names")
    phone.find_elements(By.CSS_SELECTOR, "button.seat")[0].click()
    until(phone, lambda d: "admit" in text_of(d), "waiting for admission")
    waiting = [d for d in room.devices(r.ws, r.workshop) if d.state == "waiting"]
    room.admit(r.ws, waiting[0].id)
    until(phone, lambda d: d.find_elements(By.CSS_SELECTOR, ".results-table"), "the results")
    assert results_rows(phone) == on_projector
    width = phone.execute_script("return [document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1], width
    label = phone.execute_script(
        "return getComputedStyle(document.querySelector('.results-table td[data-label]'),"
        " '::before').content"
    )
    assert label == '"Score "', label
    phone.save_screenshot("/tmp/room-results-phone.png")
    no_page_errors(phone)

    # a new round: progress only, on the projector and on every phone
    workshops.open_round(r.ws, r.workshop)
    until(phone, lambda d: d.find_elements(By.CSS_SELECTOR, ".cell select"), "round 2")
    assert not phone.find_elements(By.CSS_SELECTOR, ".results")
    until(driver, lambda d: "signed out" in text_of(d), "the first device, signed out")
    assert not driver.find_elements(By.CSS_SELECTOR, ".results")
    presenter.show_state(queries.workshop(r.ws, r.workshop), results.load(r.ws, r.workshop),
                         ("#2F6DB5", "#C0504D"))  # fmt: skip
    assert presenter.body.currentIndex() == 0
    no_page_errors(driver)
