"""The HTML report in a real (headless) Chromium: offline, safe, and the passage links work."""

import json
import os
from pathlib import Path

import pytest

from newsweave.render import render

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FIXTURE = Path(__file__).parent / "fixtures" / "briefing.json"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def briefing():
    return json.loads(FIXTURE.read_text("utf-8"))


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} missing (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(browser, briefing, tmp_path):
    path = tmp_path / "briefing.html"
    path.write_text(render(briefing, "html"), encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.requests, pg.errors = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.goto(path.as_uri())
    pg.wait_for_load_state("load")
    pg.url_of_file = path.as_uri()
    yield pg
    ctx.close()


def test_sections_visible_offline_and_safe(page):
    for sid in ("summary", "timeline", "disputes", "quotes", "claims", "figures", "map", "entities",
                "sources"):
        assert page.locator(f"#{sid}").is_visible(), sid
    assert page.locator("#map svg.map").is_visible()
    assert page.locator("#doc-d1 pre.doctext").is_visible()
    # Only the file itself was requested: nothing from the network.
    assert page.requests == [page.url_of_file]
    # The article's script and image are text, not code.
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#doc-d1 pre.doctext img").count() == 0
    assert "<script>window.__pwned=1</script>" in page.locator("#doc-d1 pre.doctext").inner_text()
    # Our own script ran (the CSP hash matches) and nothing complained.
    assert page.evaluate("typeof window.newsweave") == "object"
    assert page.errors == []


@pytest.mark.parametrize("qid", ["q1", "q2", "q6"])
def test_quote_link_highlights_exact_passage(page, briefing, qid):
    quote = next(q for q in briefing["quotes"] if q["id"] == qid)
    page.locator(f"#quote-{qid} a.cite.chip").click()
    mark = page.locator(f"#doc-{quote['doc']} pre.doctext mark")
    assert mark.count() == 1
    assert mark.text_content() == quote["text"]
    assert mark.is_visible()
    assert page.locator(f"#doc-{quote['doc']}").evaluate("e => e.classList.contains('active')")
    assert page.locator("#nw-back").is_visible()
    # The text around the highlight is untouched.
    doc = next(d for d in briefing["documents"] if d["id"] == quote["doc"])
    assert page.locator(f"#doc-{quote['doc']} pre.doctext").text_content() == doc["text"]
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_every_passage_link_matches_offsets(page, briefing):
    # Click-free check over all links: the JS highlight of each equals text[start:end].
    texts = {d["id"]: d["text"] for d in briefing["documents"]}
    links = page.evaluate("""() => Array.from(document.querySelectorAll('a.cite')).map(a => [
        a.dataset.doc, +a.dataset.start, +a.dataset.end])""")
    assert links
    for doc, start, end in {tuple(x) for x in links}:
        got = page.evaluate("""([d, s, e]) => { window.newsweave.show(d, s, e, null);
            return document.querySelector('pre.doctext mark').textContent; }""", [doc, start, end])
        assert got == texts[doc][start:end]
    # Only one highlight at a time.
    assert page.locator("pre.doctext mark").count() == 1


def test_screenshot(page, tmp_path):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.locator("#quote-q3 a.cite.chip").click()
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_sample_story_report_renders_and_planted_script_stays_text(browser, sample_briefing, tmp_path):
    path = tmp_path / "sample.html"
    path.write_text(render(sample_briefing, "html"), encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_load_state("load")
    try:
        for sid in ("summary", "timeline", "disputes", "quotes", "figures", "map", "entities", "sources"):
            assert pg.locator(f"#{sid}").is_visible(), sid
        assert requests == [path.as_uri()]
        assert errors == []
        assert pg.evaluate("typeof window.__pwned") == "undefined"
        planted = [d["id"] for d in sample_briefing["documents"] if "<script>" in d["text"]]
        assert planted, "the sample story plants a <script> in one article"
        assert "<script>window.__pwned=1</script>" in pg.locator(f"#doc-{planted[0]} pre.doctext").inner_text()
        # a summary citation highlights its sentence
        first = sample_briefing["summary"][0]
        pg.locator("#summary a.cite").first.click()
        assert pg.locator("pre.doctext mark").first.text_content() == first["text"]
    finally:
        ctx.close()
