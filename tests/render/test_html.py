import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsweave.render import render
from newsweave.render.html import script_json, svg_map

FIXTURE = Path(__file__).parent / "fixtures" / "briefing.json"
SECTIONS = ["summary", "timeline", "disputes", "quotes", "claims", "figures", "map", "entities",
            "sources", "notes"]


@pytest.fixture(scope="module")
def briefing():
    return json.loads(FIXTURE.read_text("utf-8"))


@pytest.fixture(scope="module")
def html(briefing):
    return render(briefing, "html")


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tags, self.scripts, self._in_script, self.attrs = [], [], [], None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.attrs.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "script":
            self._in_script = [a.get("type"), ""]

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script[1] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append(tuple(self._in_script))
            self._in_script = None


@pytest.fixture(scope="module")
def parsed(html):
    p = _Collect()
    p.feed(html)
    return p


def test_sections_present(parsed):
    for sid in SECTIONS:
        assert sid in parsed.ids, sid
    for doc in ("d1", "d2", "d3"):
        assert f"doc-{doc}" in parsed.ids
    for item in ("quote-q1", "figure-f1", "claim-c1", "event-ev1", "dispute-dis1", "entity-e1",
                 "group-g1"):
        assert item in parsed.ids
    assert len(parsed.ids) == len(set(parsed.ids)), "duplicate ids"


def test_self_contained(html, parsed):
    # No external resources: no src/href to other origins, no stylesheet links, no @import.
    for tag, a in parsed.attrs:
        assert "src" not in a, (tag, a)
        if tag == "link":
            pytest.fail(f"external link element: {a}")
        href = a.get("href")
        if href and tag == "a" and not href.startswith("#"):
            pytest.fail(f"non-local link: {href}")
    assert "@import" not in html and "url(http" not in html
    assert "<style>" in html
    assert html.count("<script") == 2  # the JSON data and the inline script


def test_article_text_is_escaped(html, parsed):
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    # The only script elements are ours.
    types = [t for t, _ in parsed.scripts]
    assert types == ["application/json", None]
    assert "img" not in parsed.tags


def test_data_json_cannot_break_out():
    s = script_json({"t": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert json.loads(s) == {"t": "</script><script>alert(1)</script> & \u2028"}


def test_cite_links_carry_offsets(html, briefing):
    q = briefing["quotes"][0]
    assert (f'href="#doc-{q["doc"]}" data-doc="{q["doc"]}" data-start="{q["start"]}" '
            f'data-end="{q["end"]}"') in html
    # Every summary sentence, event, quote, figure, claim and dispute position has a link.
    n_links = len(re.findall(r'<a class="cite ', html))
    want = (sum(len(s["citations"]) for s in briefing["summary"])
            + sum(len(e["citations"]) for e in briefing["events"])
            + sum(len(p["citations"]) for d in briefing["disputes"] for p in d["positions"]))
    assert n_links >= want + 2 * (len(briefing["quotes"]) + len(briefing["figures"]) + len(briefing["claims"]))


def test_document_texts_are_exact(html, briefing):
    for d in briefing["documents"]:
        from markupsafe import escape
        assert f'data-doc="{d["id"]}">\n{escape(d["text"])}</pre>' in html


def test_dropped_lines_in_details(html):
    m = re.search(r'<section class="doc" id="doc-d1">.*?</section>', html, re.S)
    assert "<details class=\"dropped\">" in m.group(0) and "Share this article" in m.group(0)
    assert "open" not in m.group(0).split("<details", 1)[1].split(">", 1)[0]


def test_toc_counts(html):
    assert re.search(r'href="#quotes">Who said what <span class="count">6</span>', html)
    assert re.search(r'href="#figures">Figures <span class="count">6</span>', html)


def test_map_svg(html):
    svg = re.search(r"<svg class=\"map\".*?</svg>", html, re.S).group(0)
    assert svg.count('class="place-dot"') == 3
    for name in ("Brenna", "Lenz", "Kovar Dam"):
        assert f">{name}</text>" in svg
    assert 'class="graticule"' in svg


def test_svg_map_projection():
    svg = str(svg_map([{"name": "A & <B>", "lat": 10.0, "lon": 20.0, "country": None, "entity": None}],
                      outlines=False))
    assert "A &amp; &lt;B&gt;" in svg
    vb = [float(x) for x in re.search(r'viewBox="([^"]+)"', svg).group(1).split()]
    cx, cy = (float(v) for v in re.search(r'cx="([\d.]+)" cy="([\d.]+)"', svg).groups())
    # A single place sits in the middle of its padded box.
    assert abs(cx - vb[2] / 2) < 1 and abs(cy - vb[3] / 2) < 1
    assert str(svg_map([])) == ""


def test_parser_sensitive_text_is_sent_as_json(briefing):
    import copy
    b = copy.deepcopy(briefing)
    b["documents"][1]["text"] = b["documents"][1]["text"].replace(". ", ".\r\n", 1)
    out = render(b, "html")
    data = json.loads(re.search(r'<script type="application/json" id="nw-data">(.*?)</script>',
                                out, re.S).group(1))
    assert data["docs"] == {"d2": b["documents"][1]["text"]}


def test_dispute_columns_follow_camps_when_many_voices():
    from newsweave.render.html import dispute_sides
    pos = [{"party": p, "camp": c} for p, c in [("health ministry", "government"), ("rebels", "opposition"),
                                                ("interior minister", "government"), ("a doctor", None)]]
    sides = dispute_sides(pos)
    assert [s["label"] for s in sides] == ["Government side", "Opposition side", None]
    assert [p["party"] for p in sides[0]["positions"]] == ["health ministry", "interior minister"]
    # two voices, or no camps at all: one column per position
    assert len(dispute_sides(pos[:2])) == 2
    assert len(dispute_sides([{"party": "a", "camp": None}, {"party": "b", "camp": None},
                              {"party": "c", "camp": None}])) == 3
