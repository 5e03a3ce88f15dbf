"""Every output keeps the non-negotiables: schema-valid, and every offset reproduces its text."""

import json

from newsweave import __version__
from newsweave.analyse import analyse_article
from newsweave.article import Article
from newsweave.merge import merge_story
from newsweave.schema import check_offsets, validate


def test_sample_briefing_validates_and_every_citation_reproduces_its_text(sample_briefing):
    validate(sample_briefing)
    assert check_offsets(sample_briefing) == []
    b = sample_briefing
    assert b["schema"] == "newsweave/briefing@1" and __version__ in b["generator"]
    texts = {d["id"]: d["text"] for d in b["documents"]}
    for key in ("quotes", "figures", "claims"):
        assert b[key], key
        for item in b[key]:
            assert texts[item["doc"]][item["start"]:item["end"]] == item["text"], (key, item)
    for s in b["summary"]:
        c = s["citations"][0]
        assert texts[c["doc"]][c["start"]:c["end"]] == s["text"]
    for group in ("events", "disputes", "summary"):
        for item in b[group]:
            cites = [c for p in item.get("positions", [item]) for c in p["citations"]]
            assert cites
            for c in cites:
                assert 0 <= c["start"] < c["end"] <= len(texts[c["doc"]])


def test_caveats_and_dispute_notes_reproduce_their_text(sample_briefing):
    texts = {d["id"]: d["text"] for d in sample_briefing["documents"]}
    notes = [n for d in sample_briefing["disputes"] for n in d.get("notes", [])]
    assert sample_briefing["caveats"], "the sample story has a 'could not independently verify'"
    for n in sample_briefing["caveats"] + notes:
        assert texts[n["doc"]][n["start"]:n["end"]] == n["text"]


def test_briefing_parts_are_all_present_on_the_sample(sample_briefing):
    b = sample_briefing
    assert len(b["documents"]) >= 6
    assert len(b["story"]["sources"]) >= 4
    for key in ("entities", "quotes", "figures", "events", "claims", "disputes", "places", "summary"):
        assert b[key], f"no {key} on the sample story"
    assert all(len(d["positions"]) >= 2 for d in b["disputes"])
    assert any(d["dropped"] for d in b["documents"]), "page leftovers should be listed as dropped"
    for d in b["documents"]:
        for line in d["dropped"]:
            assert line not in d["text"]


def test_summary_never_contains_page_leftovers(sample_briefing):
    dropped = {line for d in sample_briefing["documents"] for line in d["dropped"]}
    for s in sample_briefing["summary"]:
        assert not any(line in s["text"] for line in dropped)


def test_analysis_is_plain_serializable_data_and_pure(nlp):
    art = Article(id="x", source="Wire", published="2011-03-19",
                  text='Rebels took Misrata on Thursday night, a spokesman said. "We hold the port," he said.')
    one = analyse_article(art, nlp=nlp)
    assert json.loads(json.dumps(one)) == one
    assert analyse_article(art, nlp=nlp) == one
    briefing = merge_story([art], [one])
    validate(briefing)
    assert check_offsets(briefing) == []
    assert any(e["date"] == "2011-03-17" for e in briefing["events"])


def test_a_failing_component_does_not_lose_the_article(nlp, monkeypatch):
    from newsweave import analyse

    analyse.pipeline()  # registers the built-in components

    def broken(doc, article, found):
        raise ValueError("boom")

    monkeypatch.setitem(analyse.COMPONENTS, "figures", broken)
    art = Article(id="x", source="Wire", published="2011-03-19",
                  text='Rebels took Misrata on Thursday night, a spokesman said. "We hold the port," he said.')
    one = analyse_article(art, nlp=nlp)
    assert one["figures"] == [] and one["quotes"]
    assert one["errors"] == [{"component": "figures", "error": "ValueError: boom"}]
    briefing = merge_story([art], [one])
    validate(briefing)
    assert briefing["warnings"][0]["component"] == "figures"
