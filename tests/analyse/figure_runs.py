"""Shared helpers for the figure tests: run the figures component on a text and check the
offsets invariant on every output (``text[start:end]`` reproduces each figure and reporter)."""

from newsweave.analyse.figures import extract
from newsweave.article import Article

FIELDS = {"text", "start", "end", "value", "value_max", "qualifier", "kind", "what", "place",
          "reported_by", "as_of", "number_text", "sentence", "relation"}


def run(nlp, text, found=None, published="2026-03-15"):
    doc = nlp(text)
    figs = extract(doc, Article(id="t", text=text, published=published), dict(found or {}))
    for f in figs:
        assert set(f) == FIELDS
        assert text[f["start"]:f["end"]] == f["text"]
        s, e = f["sentence"]
        assert s <= f["start"] < f["end"] <= e
        assert f["number_text"] in f["text"]
        rb = f["reported_by"]
        if rb is not None:
            assert text[rb["start"]:rb["end"]] == rb["name"]
            if "as_written" in rb:
                w = rb["as_written"]
                assert text[w["start"]:w["end"]] == w["name"]
    return figs


def one(nlp, text, **kw):
    figs = run(nlp, text, **kw)
    assert len(figs) == 1, figs
    return figs[0]


def by_number(figs, number_text):
    hits = [f for f in figs if f["number_text"] == number_text]
    assert len(hits) == 1, (number_text, figs)
    return hits[0]
