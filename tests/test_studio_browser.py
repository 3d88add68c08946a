"""The studio's page in a real browser (Debian's Chromium through Playwright): type a prompt,
make the film, edit a shot, render, watch the film play; and the page's accessibility basics
(every control named, roles, keyboard reach). With KINEMA_STUDIO_SCREENSHOTS=DIR the
screenshots of docs/studio.md are written there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from studio_server import Server

CHROMIUM = Path("/usr/lib/chromium/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed "
                                "(`make` installs it: the Makefile's system-libs)")
PROMPT = "On a moonlit night a wolf stands on a mountain top and howls at the moon. Start with a wide " \
         "shot, then cut to a close-up of the wolf."

if CHROMIUM.exists():
    from playwright.sync_api import Browser, Page, expect, sync_playwright


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    s = Server(tmp_path_factory.mktemp("studio-browser"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--autoplay-policy=no-user-gesture-required", "--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="en-US")
    pg = context.new_page()
    yield pg
    context.close()


def shots_dir(tmp_path: Path) -> Path:
    where = os.environ.get("KINEMA_STUDIO_SCREENSHOTS")
    return Path(where) if where else tmp_path


def make_film(page: Page, server: Server, prompt: str = PROMPT) -> None:
    page.goto(server.url)
    page.get_by_label("Prompt").fill(prompt)
    page.get_by_label("Duration (s)").first.fill("12")
    page.get_by_label("Quality").select_option("180")
    page.get_by_role("button", name="Make film").click()
    expect(page.get_by_role("listitem", name="Shot s1-1")).to_be_visible(timeout=60_000)


def shot_order(page: Page) -> list[str]:
    return list(page.locator("#storyboard li").evaluate_all("cards => cards.map(c => c.dataset.shot)"))


def test_make_edit_render_and_play(page: Page, server: Server, tmp_path: Path) -> None:
    out = shots_dir(tmp_path)
    make_film(page, server)
    ids = shot_order(page)
    assert len(ids) >= 2 and ids[0] == "s1-1"
    last = ids[-1]
    card = page.get_by_role("listitem", name=f"Shot {last}")
    expect(card).to_be_visible()
    page.wait_for_function("[...document.querySelectorAll('#storyboard img')].every(i => i.naturalWidth > 0)")
    page.screenshot(path=str(out / "studio-storyboard.png"), full_page=False)

    # Direct the last shot: a medium shot, a new description.
    card.click()
    expect(page.get_by_role("heading", name=f"Edit shot {last}")).to_be_visible()
    page.locator("#ed-size").select_option("medium" if "medium" not in card.inner_text() else "close-up")
    page.get_by_label("Description").fill("The wolf lifts its head to the moon.")
    page.get_by_role("button", name="Save shot").click()
    expect(page.locator("#status")).to_have_text("Saved: version 2")
    card = page.get_by_role("listitem", name=f"Shot {last}")
    expect(card).to_contain_text("The wolf lifts its head to the moon.")
    page.wait_for_function("[...document.querySelectorAll('#storyboard img')].every(i => i.naturalWidth > 0)")
    # The edited shot's thumbnail changed; the first shot's did not.
    film = page.locator("#film-picker").input_value()

    def thumb(shot: str, version: int) -> bytes:
        url = f"{server.url}/api/films/{film}/shots/{shot}/thumb.png?version={version}"
        return page.request.get(url).body()

    assert thumb(last, 1) != thumb(last, 2) and thumb("s1-1", 1) == thumb("s1-1", 2)
    page.locator("#editor").scroll_into_view_if_needed()
    page.screenshot(path=str(out / "studio-editor.png"))

    # Render: live progress per shot, then the film plays in the page.
    page.get_by_role("button", name="Render", exact=True).click()
    expect(page.locator("#shot-progress .chip.drawing")).to_have_count(1, timeout=60_000)
    page.locator("#render-h").scroll_into_view_if_needed()
    page.screenshot(path=str(out / "studio-progress.png"))
    expect(page.locator("#render-status")).to_contain_text("Done", timeout=120_000)
    expect(page.locator("#shot-progress .chip.rendered")).to_have_count(len(ids))
    page.wait_for_function("document.querySelector('#player').currentTime > 0.3", timeout=30_000)

    # Another edit of the last shot renders again: every other shot is reused from the cache.
    page.get_by_role("listitem", name=f"Shot {last}").click()
    page.locator("#ed-duration").fill("2.5")
    page.get_by_role("button", name="Save shot").click()
    expect(page.locator("#status")).to_have_text("Saved: version 3")
    page.get_by_role("button", name="Render", exact=True).click()
    status = page.locator("#render-status")
    expect(status).to_contain_text(f"{len(ids) - 1} reused from the cache, 1 rendered", timeout=120_000)
    expect(page.locator("#shot-progress .chip.reused")).to_have_count(len(ids) - 1)
    expect(page.locator("#shot-progress .chip.rendered")).to_contain_text(last)
    page.wait_for_function("document.querySelector('#player').currentTime > 0.3", timeout=30_000)
    played = page.evaluate("document.querySelector('#player').currentTime")
    page.wait_for_timeout(600)
    assert page.evaluate("document.querySelector('#player').currentTime") > played  # it plays on
    page.locator("#render-h").scroll_into_view_if_needed()
    page.screenshot(path=str(out / "studio-render.png"))

    # Versions side by side; downloads listed.
    page.locator("#cmp-a").select_option("2")
    page.locator("#cmp-b").select_option("3")
    page.get_by_role("button", name="Compare side by side").click()
    expect(page.locator("#comparison figure")).to_have_count(2)
    page.wait_for_function("[...document.querySelectorAll('#comparison img')].every(i => i.naturalWidth > 0)",
                           timeout=60_000)
    page.locator("#versions-h").scroll_into_view_if_needed()
    page.screenshot(path=str(out / "studio-versions.png"))
    links = page.locator("#downloads a")
    expect(links).to_have_count(8)
    page.locator("#downloads-h").scroll_into_view_if_needed()
    page.screenshot(path=str(out / "studio-downloads.png"))
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        assert href is not None
        assert page.request.get(server.url + href).status == 200, href

    # Chinese UI text.
    page.get_by_role("button", name="中文 / English").click()
    expect(page.get_by_text("提示词")).to_be_visible()
    expect(page.get_by_role("button", name="拍电影")).to_be_visible()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(out / "studio-zh.png"))
    page.get_by_role("button", name="中文 / English").click()


def test_accessibility_basics(page: Page, server: Server) -> None:
    make_film(page, server)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("h1").count() == 1
    # Every control has an accessible name: a label, aria-label or its text.
    unnamed = page.evaluate("""() => [...document.querySelectorAll('input, select, textarea, button, a, video')]
        .filter(e => e.offsetParent !== null)
        .filter(e => !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.textContent.trim()))
        .map(e => e.outerHTML.slice(0, 80))""")
    assert unnamed == []
    assert page.evaluate("[...document.images].filter(i => !i.alt).length") == 0
    strip = page.get_by_role("list", name="Storyboard")
    expect(strip.get_by_role("listitem")).to_have_count(len(shot_order(page)))
    assert len(shot_order(page)) >= 2
    # Keyboard: Tab reaches the prompt, the Make film button and every shot card, and Enter on a card
    # opens its editor.
    page.locator(".skip").focus()  # the first stop on the page
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("(e => e.id || e.getAttribute('aria-label') || e.textContent.trim())"
                                     "(document.activeElement)"))
        if reached[-1] == "Shot s1-2":
            break
    assert "prompt" in reached and "make" in reached and "Shot s1-1" in reached and reached[-1] == "Shot s1-2"
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Edit shot s1-2")).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "ed-size"
    # Nothing can be focused without showing where the focus is.
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


def test_drag_insert_and_delete_shots(page: Page, server: Server) -> None:
    make_film(page, server)
    ids = shot_order(page)
    first, second = ids[0], ids[1]
    target = page.get_by_role("listitem", name=f"Shot {first}")
    page.get_by_role("listitem", name=f"Shot {second}").drag_to(target)
    expect(page.locator("#status")).to_have_text("Saved: version 2")
    assert shot_order(page) == [second, first, *ids[2:]]
    page.get_by_role("listitem", name=f"Shot {second}").click()
    page.get_by_role("button", name="Insert shot after").click()
    expect(page.get_by_role("listitem", name=f"Shot {second}.1")).to_be_visible()
    assert shot_order(page) == [second, f"{second}.1", first, *ids[2:]]
    page.get_by_role("listitem", name=f"Shot {second}.1").click()
    page.get_by_role("button", name="Delete shot").click()
    expect(page.get_by_role("listitem", name=f"Shot {second}.1")).to_have_count(0)
    assert shot_order(page) == [second, first, *ids[2:]]
    expect(page.locator("#versions li")).to_have_count(4)

    # The cast panel: the moon the wolf howls at is the sky's (no controls, no subject box) ...
    expect(page.locator("#cast .member")).to_have_count(2)
    expect(page.locator("#cast")).to_contain_text("painted in the sky")
    expect(page.locator("#tint-sky-full-moon")).to_have_count(0)
    # ... then a tint, then the user's own picture as the wolf.
    page.get_by_label("Tint (clothes)").fill("#3366cc")
    page.locator("#cast .member button").first.click()
    expect(page.locator("#status")).to_have_text("Saved: version 5")
    square = np.zeros((64, 64, 4), np.uint8)
    square[8:56, 8:56] = (40, 200, 90, 255)
    png = cv2.imencode(".png", square)[1].tobytes()
    page.get_by_label("Your image as this character").set_input_files(
        files=[{"name": "me.png", "mimeType": "image/png", "buffer": png}])
    page.locator("#cast .member button").nth(1).click()
    expect(page.locator("#status")).to_have_text("Saved: version 6")
    film = page.locator("#film-picker").input_value()
    cast = page.request.get(f"{server.url}/api/films/{film}").json()["screenplay"]["cast"][0]
    assert cast["asset"]["file"].endswith(".png") and cast["appearance"]["tint"] == "#3366cc"
    # The setting panel: snow at night.
    page.locator("#weather-s1").select_option("snow")
    page.locator("#settings button").click()
    expect(page.locator("#status")).to_have_text("Saved: version 7")
    scene = page.request.get(f"{server.url}/api/films/{film}").json()["screenplay"]["scenes"][0]
    assert scene["setting"]["weather"] == "snow"


def test_a_persons_clothes_from_the_cast_panel(page: Page, server: Server) -> None:
    """A person gets a top and trousers in the cast panel: appearance.clothing in the screenplay; then
    a hairstyle and its colour: appearance.hair."""
    make_film(page, server, "A girl walks along a beach")
    page.get_by_label("Top", exact=True).fill("#ffcc00")
    page.get_by_label("Trousers", exact=True).fill("#203040")
    page.get_by_role("button", name="Apply clothing").click()
    expect(page.locator("#status")).to_have_text("Saved: version 2", timeout=30_000)  # a loaded CI machine
    film = page.locator("#film-picker").input_value()
    cast = page.request.get(f"{server.url}/api/films/{film}").json()["screenplay"]["cast"]
    girl = next(m for m in cast if m["archetype"] == "human")
    assert girl["appearance"]["clothing"] == {"top": "#ffcc00", "bottom": "#203040", "shoes": None}
    # Her hair: a ponytail in copper, from the same panel.
    page.get_by_label("Hair", exact=True).select_option("ponytail")
    page.get_by_label("Hair colour", exact=True).fill("#b4441f")
    page.get_by_role("button", name="Apply hair").click()
    expect(page.locator("#status")).to_have_text("Saved: version 3", timeout=30_000)
    cast = page.request.get(f"{server.url}/api/films/{film}").json()["screenplay"]["cast"]
    girl = next(m for m in cast if m["archetype"] == "human")
    assert girl["appearance"]["hair"] == {"style": "ponytail", "colour": "#b4441f"}
