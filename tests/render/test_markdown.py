import json
import re
from pathlib import Path

import pytest

from newsweave.render import RENDERERS, format_for_path, render
from newsweave.render.markdown import esc

FIXTURE = Path(__file__).parent / "fixtures" / "briefing.json"


@pytest.fixture(scope="module")
def briefing():
    return json.loads(FIXTURE.read_text("utf-8"))


@pytest.fixture(scope="module")
def md(briefing):
    return render(briefing, "md")


def test_registry_and_formats():
    assert set(RENDERERS) == {"json", "md", "html"}
    assert format_for_path("out/briefing.JSON") == "json"
    assert format_for_path("b.md") == "md"
    assert format_for_path("b.markdown") == "md"
    assert format_for_path(Path("x/b.html")) == "html"
    assert format_for_path("b.htm") == "html"
    assert format_for_path("b.txt") is None
    assert format_for_path("briefing") is None
    with pytest.raises(ValueError, match="unknown output format"):
        render({}, "pdf")


def test_json_roundtrip_and_order(briefing):
    out = render(briefing, "json")
    assert json.loads(out) == briefing
    assert "\U0001F198" in out and "“" in out  # UTF-8, not \u escapes
    assert list(json.loads(out))[:3] == ["schema", "generator", "story"]
    assert out == render(json.loads(out), "json")  # stable


def test_sections_in_order(md):
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    assert heads == ["## Summary", "## Timeline", "## Disputes", "## Who said what", "## Claims",
                     "## Figures", "## Places", "## Entities", "## Notes", "## Sources"]
    assert md.startswith("# Kovar Dam breach floods Brenna\n")


def test_summary_has_reference_markers_and_list(md, briefing):
    summary = md.split("## Summary", 1)[1].split("## Timeline", 1)[0]
    assert "Halden River. [1] [2]" in summary
    sources = md.split("## Sources", 1)[1]
    d1 = briefing["summary"][0]["citations"][0]
    assert (f"1. Coastal Herald, “Dam breach floods Brenna”, 2024-05-14, doc d1, "
            f"chars {d1['start']}–{d1['end']}") in sources


def test_dispute_table(md):
    part = md.split("## Disputes", 1)[1].split("## Who said what", 1)[0]
    assert "| Party | Position | Source |" in part
    rows = [line for line in part.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 4  # header + three positions
    assert all(r.count(" | ") == 2 for r in rows)


def test_quotes_grouped_by_speaker(md):
    part = md.split("## Who said what", 1)[1].split("## Claims", 1)[0]
    assert part.count("### Tomas Reld (interior minister)") == 1
    reld = part.split("### Tomas Reld", 1)[1].split("###", 1)[0]
    assert "cracks in the wall" in reld and "open an inquiry" in reld


def test_figures_table(md):
    part = md.split("## Figures", 1)[1].split("## Places", 1)[0]
    assert "| Value | Kind | What | Place | Reported by | As of | Source |" in part
    assert "| at least 12 | killed | people | Brenna | regional emergency office | 2024-05-14 |" in part
    assert "between 4,000 and 5,000" in part
    assert "### Figure groups" in part and "disagreement" in part


def test_entities_places_notes(md):
    assert "| Ilse Varga | PERSON | Varga, Mayor Varga | mayor | 1 | d1 |" in md
    assert "| Brenna | Croatia | 45.5500 | 16.2000 |" in md
    notes = md.split("## Notes", 1)[1].split("## Sources", 1)[0]
    assert "feeds/broken.html: no article text found" in notes
    assert "duplicates doc d1" in notes
    assert "Share this article" in notes


def test_text_is_escaped(md):
    # Pipes inside table cells and titles are escaped; no raw HTML gets through.
    assert "Flood \\| Live updates" in md
    assert "Sign up for our newsletter \\| Privacy" in md
    # Every "<" is escaped, except in autolinks to the documents' URLs.
    assert re.findall(r"(?<!\\)<(?!https?://)", md) == []
    assert "\\<img src=x" in md
    assert "\\*the\\*" in md
    for line in md.splitlines():
        if line.startswith("| "):
            cells = [c for c in line.replace("\\|", "").split("|")]
            assert len(cells) in (5, 6, 8, 9), line


def test_esc():
    assert esc("a|b") == "a\\|b"
    assert esc("<b>x</b>") == "\\<b\\>x\\</b\\>"
    assert esc("AT&T &amp; co") == "AT&T \\&amp; co"
    assert esc("two\nlines  here") == "two lines here"


def test_empty_briefing_renders():
    empty = {"schema": "newsweave/briefing@1", "generator": "t", "story": {"title": "", "start": None,
             "end": None, "sources": []}, "documents": [], "skipped": [], "entities": [], "quotes": [],
             "figures": [], "events": [], "claims": [], "disputes": [], "places": [], "summary": []}
    for fmt in RENDERERS:
        assert render(empty, fmt)


def test_claims_show_a_linked_persons_merged_name(briefing):
    b = json.loads(json.dumps(briefing))
    person = next(e for e in b["entities"] if e["type"] == "PERSON")
    org = next(e for e in b["entities"] if e["type"] == "ORG")
    claim = b["claims"][0]
    b["claims"] = [{**claim, "claimant": {"name": "Col Misspelt Variant", "entity": person["id"]}},
                   {**claim, "claimant": {"name": "its ministry", "entity": org["id"]}}]
    md = render(b, "md")
    table = md[md.index("| Claimant |"):]
    assert f"| {person['name']} |" in table and "Misspelt" not in table
    assert "| its ministry |" in table  # an organisation keeps the words the report used
    html = render(b, "html")
    assert person["name"] in html and "Misspelt" not in html


def test_planned_events_are_marked(briefing):
    b = json.loads(json.dumps(briefing))
    ev = b["events"][0]
    ev["planned"] = True
    md = render(b, "md")
    assert "_(planned)_" in md
    assert 'class="badge" title="reported as due' in render(b, "html")
