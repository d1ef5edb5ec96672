"""The phone page in a real browser: Debian's Chromium, headless, at a phone's size, driven by Selenium.

``cosafe room`` runs as a real process on the sample project (whose basemap is vector only, so
every tile the phone shows is drawn by the room). A phone joins, taps the map to drop a pin,
draws a line for an idea, places dots until the budget says no, and the test then finds exactly
those records in the project file; the browser's own network log shows it asked no host but
the room, and how many bytes of script and style the first view took.

The browser is the system's (``apt-get install chromium chromium-driver``, as scripts/setup.sh
does): nothing is downloaded at run time. Without it these tests are skipped here with the
reason, and fail in CI (CI=true), which must have it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from checks import cosafe_command
from cosafe.core.edits import SetProjectProperties
from cosafe.core.records import Participant, PerceptionPin, Proposal, Vote
from cosafe.io.samples.project import write_sample_project
from cosafe.store.project_store import ProjectStore

PHONE = {"width": 390, "height": 844, "pixelRatio": 2}
FIRST_VIEW_LIMIT = 300 * 1024  # bytes of script and style, as sent (gzipped)
SCREENSHOTS = os.environ.get("COSAFE_ROOM_SCREENSHOTS")  # a folder to keep the screenshots in (docs/)


def _browser_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser and driver:
        try:
            import selenium  # noqa: F401
        except ImportError:
            driver = None
    if not (browser and driver):
        reason = ("the phone page's browser tests need Debian's chromium and chromium-driver and the selenium "
                  "package (bash scripts/setup.sh installs them)")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return browser, driver


@pytest.fixture
def phone() -> Iterator:
    browser, driver_path = _browser_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-default-apps", "--disable-sync"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


class Room:
    """``cosafe room`` on a project, as a process; ``stop()`` closes it with Ctrl-C."""

    def __init__(self, path: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en")
        self.process = subprocess.Popen([*cosafe_command(), "room", str(path), "--port", "0"], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, env=env)
        line = self.process.stdout.readline().strip()
        assert line.startswith("Room open: http://127.0.0.1:"), (line, self.process.stderr.read())
        self.url = line.removeprefix("Room open: ")
        self.origin = self.url.split("/?code=")[0]

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            _, err = self.process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return err


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.gpkg"
    write_sample_project(str(path))
    return path


def _wait(driver, condition, seconds: float = 30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)


def _status(driver) -> str:
    return driver.execute_script("return document.getElementById('status').textContent")


def _click(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def _tap_map(driver, dx: int, dy: int) -> list[float]:
    """Tap the map ``dx``, ``dy`` pixels from its centre; the place (lon, lat) under the finger."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    element = driver.find_element(By.ID, "map")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    ActionChains(driver).move_to_element_with_offset(element, dx, dy).click().perform()
    return driver.execute_script(
        "const map = arguments[0];"  # the centre of its border box is the centre of its inside
        "const ll = state.map.containerPointToLatLng([map.clientWidth / 2 + arguments[1],"
        " map.clientHeight / 2 + arguments[2]]);"
        "return [ll.lng, ll.lat];", element, dx, dy)


def _screenshot(driver, tmp_path: Path, name: str) -> None:
    driver.save_screenshot(str(tmp_path / name))
    if SCREENSHOTS:
        shutil.copy(tmp_path / name, Path(SCREENSHOTS) / name)


def _network(driver) -> tuple[dict[str, dict], dict[str, int]]:
    """What the browser asked for (request id → {url, type, status, mime}) and the bytes each took on the wire."""
    requests: dict[str, dict] = {}
    sizes: dict[str, int] = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            requests.setdefault(params["requestId"], {}).update(url=params["request"]["url"],
                                                                type=params.get("type", ""))
        elif message["method"] == "Network.responseReceived":
            requests.setdefault(params["requestId"], {}).update(
                status=params["response"]["status"], mime=params["response"]["mimeType"], type=params.get("type", ""),
                url=params["response"]["url"])
        elif message["method"] == "Network.loadingFinished":
            sizes[params["requestId"]] = int(params["encodedDataLength"])
    return requests, sizes


def _join(driver, room: Room, tmp_path: Path) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(room.url)
    _wait(driver, lambda d: d.find_element(By.ID, "join-form").is_displayed())
    _screenshot(driver, tmp_path, "room-phone-join.png")
    Select(driver.find_element(By.ID, "group")).select_by_index(1)
    _click(driver, driver.find_element(By.CSS_SELECTOR, "label[for=consent]"))
    _click(driver, driver.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]"))
    _wait(driver, lambda d: d.find_element(By.ID, "me").text.strip())
    # The basemap's tiles, drawn by the room, are on the map.
    _wait(driver, lambda d: d.execute_script(
        "return Array.from(document.querySelectorAll('img.leaflet-tile-loaded'))"
        ".filter((i) => i.naturalWidth === 256).length") >= 4)
    return driver.execute_script("return document.getElementById('me').textContent").split()[-1]


def test_a_phone_joins_pins_draws_an_idea_and_spends_its_dots(phone, sample, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    room = Room(sample)
    try:
        code = _join(phone, room, tmp_path)
        assert code.startswith("P")

        # A pin: tap the map, say how it feels, why, when, and a story.
        tapped = _tap_map(phone, 30, -40)
        _wait(phone, lambda d: _status(d) == "Place chosen.")
        phone.execute_script("document.getElementById('me').scrollIntoView()")
        _screenshot(phone, tmp_path, "room-phone.png")
        state_place = phone.execute_script("return state.place")
        assert state_place == pytest.approx(tapped, abs=2e-5)  # within ~2 m: half a pixel
        _click(phone, phone.find_element(By.CSS_SELECTOR, "#feelings input[value=unsafe]"))
        reason = phone.find_element(By.CSS_SELECTOR, "#reasons input")
        reason_tag = reason.get_attribute("value")
        _click(phone, reason)
        Select(phone.find_element(By.ID, "time")).select_by_value("night")
        phone.find_element(By.ID, "story").send_keys("The lane is dark after the market closes.")
        _screenshot(phone, tmp_path, "room-phone-pin.png")
        _click(phone, phone.find_element(By.CSS_SELECTOR, "#pin-panel button[type=submit]"))
        _wait(phone, lambda d: _status(d) == "Your pin was added.")

        # An idea: a short line of two taps, with a title, a principle and an intervention.
        _click(phone, phone.find_element(By.CSS_SELECTOR, "button[data-tab=idea-panel]"))
        _click(phone, phone.find_element(By.CSS_SELECTOR, "input[name=shape][value=LineString]"))
        first = _tap_map(phone, -50, 20)
        second = _tap_map(phone, 40, 30)
        state_line = phone.execute_script("return state.line")
        assert len(state_line) == 2
        assert [*state_line[0], *state_line[1]] == pytest.approx([*first, *second], abs=2e-5)
        phone.find_element(By.ID, "idea-title").send_keys("Lights along the lane")
        Select(phone.find_element(By.ID, "principle")).select_by_value("natural_surveillance")
        Select(phone.find_element(By.ID, "intervention")).select_by_value("street_lighting")
        _click(phone, phone.find_element(By.CSS_SELECTOR, "#idea-panel button[type=submit]"))
        _wait(phone, lambda d: _status(d) == "Your idea was added.")

        # Dots on that idea until the workshop's budget says no (409).
        _click(phone, phone.find_element(By.CSS_SELECTOR, "button[data-tab=vote-panel]"))
        budget = phone.execute_script("return state.form.votes_per_participant")
        assert budget >= 1
        # (found and pressed in one step: the list is drawn afresh after every dot)
        press = ("const item = Array.from(document.querySelectorAll('#proposals li'))"
                 ".filter((li) => li.textContent.indexOf('Lights along the lane') >= 0).pop();"
                 "if (!item) return false;"
                 "document.getElementById('status').textContent = '';"
                 "item.querySelector('button').click(); return true;")
        for placed in range(1, budget + 2):
            _wait(phone, lambda d: d.execute_script(press))
            _wait(phone, lambda d: _status(d))
            if placed <= budget:
                assert _status(phone) == "Your dot was placed."
            else:
                assert _status(phone) == f"Only 0 of {budget} dots left for this voter"
                assert phone.find_element(By.ID, "status").get_attribute("class") == "error"
        _wait(phone, lambda d: d.find_element(By.ID, "dots-left").text == "Dots left: 0")
        _wait(phone, lambda d: f"Your dots here: {budget}" in d.find_element(By.ID, "proposals").text)
        _screenshot(phone, tmp_path, "room-phone-vote.png")
        requests, sizes = _network(phone)
        # No script error and nothing the page's Content-Security-Policy had to stop; the only failed
        # loads are the refused dot (409) and the browser's own ask for /favicon.ico, which the room has not.
        expected = (f"{room.origin}/api/votes - Failed to load resource: the server responded with a status of 409",
                    f"{room.origin}/favicon.ico - Failed to load resource: the server responded with a status of 404")
        troubles = [entry["message"] for entry in phone.get_log("browser")
                    if entry["level"] == "SEVERE" and not entry["message"].startswith(expected)]
        assert troubles == []
    finally:
        err = room.stop()
    assert "Traceback" not in err, err

    # Every request went to the room, and to nothing else.
    urls = [request["url"] for request in requests.values() if "url" in request]
    assert any(url.startswith(room.origin + "/tiles/") for url in urls)
    assert any(url == room.origin + "/leaflet/leaflet.js" for url in urls)
    # (data:, the blank page the driver starts on, reaches no host)
    strangers = [url for url in urls if urlsplit(url).scheme != "data" and urlsplit(url)[:2] != urlsplit(room.origin)[:2]]
    assert strangers == []
    tiles = [request for request in requests.values() if request.get("url", "").startswith(room.origin + "/tiles/")
             and "status" in request]
    assert tiles and all(tile["mime"] == "image/png" for tile in tiles if tile["status"] == 200)
    # The first view's script and style, as they crossed the network (gzipped), are under the limit.
    first_view = sum(sizes.get(request_id, 0) for request_id, request in requests.items()
                     if request.get("type") in ("Script", "Stylesheet"))
    assert 0 < first_view < FIRST_VIEW_LIMIT

    # Exactly those records are in the project file.
    with ProjectStore.open(str(sample), read_only=True) as store:
        person = [p for p in store.list(Participant) if p.code == code]
        assert len(person) == 1 and person[0].consent_given
        pins = store.list(PerceptionPin, "participant_uuid = ?", (person[0].uuid,))
        assert len(pins) == 1
        pin = pins[0]
        assert (pin.feeling, pin.time_of_day, pin.story) == ("unsafe", "night",
                                                             "The lane is dark after the market closes.")
        assert list(pin.reason_tags) == [reason_tag]
        assert [pin.geom.x, pin.geom.y] == pytest.approx(state_place, abs=1e-9)
        ideas = store.list(Proposal, "title = ?", ("Lights along the lane",))
        assert len(ideas) == 1
        idea = ideas[0]
        assert idea.geom.geom_type == "LineString"
        assert [c for point in idea.geom.coords for c in point] == pytest.approx([*state_line[0], *state_line[1]],
                                                                               abs=1e-9)
        assert (idea.cpted_principle, idea.intervention_type) == ("natural_surveillance", "street_lighting")
        votes = store.list(Vote, "participant_uuid = ?", (person[0].uuid,))
        assert len(votes) == budget and {vote.proposal_uuid for vote in votes} == {idea.uuid}


def test_the_page_speaks_arabic_right_to_left_and_names_every_control(phone, sample, tmp_path):
    from selenium.webdriver.common.by import By

    with ProjectStore.open(str(sample)) as store:
        SetProjectProperties(store, {"report_language": "ar"}).apply(store)
    room = Room(sample)
    try:
        _join(phone, room, tmp_path)
        root = phone.execute_script("return [document.documentElement.lang, document.documentElement.dir]")
        assert root == ["ar", "rtl"]
        assert phone.find_element(By.CSS_SELECTOR, "button[data-tab=pin-panel]").text == "دبوس"
        _screenshot(phone, tmp_path, "room-phone-ar.png")
        # Every control a person can reach has a name a screen reader reads, in the page's language;
        # nothing jumps the focus order.
        unnamed = phone.execute_script("""
            const named = (e) => (e.labels && e.labels.length) || e.getAttribute('aria-label') || e.title
                || (e.tagName === 'BUTTON' || e.tagName === 'A') && e.textContent.trim();
            return Array.from(document.querySelectorAll('input, select, textarea, button, a[href], [tabindex]'))
                .filter((e) => e.offsetParent !== null && !named(e)).map((e) => e.outerHTML.slice(0, 80));""")
        assert unnamed == []
        assert phone.execute_script(
            "return Array.from(document.querySelectorAll('[tabindex]')).filter((e) => e.tabIndex > 0).length") == 0
        zoom = phone.find_element(By.CSS_SELECTOR, ".leaflet-control-zoom-in")
        assert zoom.get_attribute("title") not in ("", "Zoom in")
        map_name = phone.find_element(By.ID, "map").get_attribute("aria-label")
        assert map_name and not map_name.isascii()
    finally:
        err = room.stop()
    assert "Traceback" not in err, err
