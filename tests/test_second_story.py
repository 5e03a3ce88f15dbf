"""The second bundled story (a dam burst and flood, src/newsweave/samples/flood/): it reads
cleanly, its gold agrees with the texts, and the briefing of it is well formed.

Quality thresholds on this story are the lead's call (bench/disputes.py prints them); here only
structure and a loose floor.
"""

import json
from pathlib import Path

import pytest

import newsweave
from newsweave.evaluate import score
from newsweave.pipeline import brief
from newsweave.read import read_inputs
from newsweave.schema import check_offsets, check_references, validate

FLOOD = Path(newsweave.__file__).parent / "samples" / "flood"
LEFTOVERS = ("Skip to main content", "Share this page", "Related stories", "Most read", "cookies",
             "Please enable JavaScript", "All rights reserved", "Share on", "Advertisement", "Photo:")


@pytest.fixture(scope="module")
def gold():
    return json.loads((FLOOD / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def read():
    return read_inputs([str(FLOOD / "articles")])


@pytest.fixture(scope="module")
def texts(read):
    return {a.id: a.text for a in read.articles}


@pytest.fixture(scope="module")
def flood_briefing(nlp):
    return brief([str(FLOOD / "articles")], gazetteer=FLOOD / "places.tsv", nlp=nlp)


def test_flood_story_reads_cleanly(read, gold):
    assert not read.warnings and not read.skipped and not read.duplicates
    assert {a.id for a in read.articles} == set(gold["documents"])
    assert len(read.articles) >= 7
    assert len({a.source for a in read.articles}) >= 4
    assert len({a.published for a in read.articles}) >= 4
    for a in read.articles:
        meta = gold["documents"][a.id]
        assert (a.published, a.source) == (meta["published"], meta["source"]), a.id
        assert 120 <= len(a.text.split()) <= 320, a.id
        for junk in LEFTOVERS:
            assert junk not in a.text, (a.id, junk)
    dropped = {a.id: a.dropped for a in read.articles}
    assert "Skip to main content" in dropped["courier-2026-05-05"]


def _once(texts, doc, s):
    t = texts[doc]
    assert t.count(s) == 1, (doc, s, t.count(s))
    assert any(s in para for para in t.split("\n")), ("crosses a paragraph", doc, s)


def test_flood_gold_strings_are_in_the_texts(texts, gold):
    names = {e["name"] for e in gold["entities"]}
    for q in gold["quotes"]:
        _once(texts, q["doc"], q["text"])
        assert q["kind"] in ("direct", "partial")
    for f in gold["figures"]:
        _once(texts, f["doc"], f["contains"])
        assert f["reported_by"] is None or f["reported_by"] in names, f
    for t in gold["timeline"]:
        _once(texts, t["doc"], t["contains"])
        assert t["date_text"] in t["contains"], t
    for d in gold["disputes"]:
        assert len({s["party"] for s in d["sides"]}) >= 2, d["topic"]
        for s in d["sides"]:
            _once(texts, s["doc"], s["contains"])
            assert s["party"] in names, s
    everything = "\n".join(texts.values())
    for e in gold["entities"]:
        for alias in e["aliases"]:
            assert alias in everything, alias


def test_flood_briefing_is_well_formed(flood_briefing):
    validate(flood_briefing)
    assert check_offsets(flood_briefing) == []
    assert check_references(flood_briefing) == []
    assert len(flood_briefing["documents"]) == 8
    for d in flood_briefing["disputes"]:
        assert len(d["positions"]) >= 2
        assert all(p["citations"] for p in d["positions"])
    assert flood_briefing["figures"] and flood_briefing["figure_groups"]


def test_flood_places_come_from_its_gazetteer(flood_briefing):
    names = {p["name"] for p in flood_briefing["places"]}
    assert {"Vostra", "Belmara"} <= names


def test_flood_story_loose_quality_floor(flood_briefing, gold):
    s = score(flood_briefing, gold)
    assert s["quotes"]["recall"] >= 0.5, s["quotes"]
