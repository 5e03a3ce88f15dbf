"""Render the sample story's report and take the README screenshot (docs/report.png).

    .venv/bin/python scripts/screenshot.py
"""

from pathlib import Path
import tempfile

from playwright.sync_api import sync_playwright

from newsweave.pipeline import brief, sample_inputs
from newsweave.render import render

OUT = Path(__file__).resolve().parents[1] / "docs" / "report.png"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def main() -> None:
    inputs, gazetteer = sample_inputs()
    html = render(brief(inputs, gazetteer=gazetteer), "html")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        path = Path(tmp) / "briefing.html"
        path.write_text(html, encoding="utf-8")
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(path.as_uri())
        page.screenshot(path=str(OUT), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 2600})
        browser.close()
    print(OUT)


if __name__ == "__main__":
    main()
