"""Controls (round 2): a town the tagger calls an organisation in one sentence is still a place
when the article tags it as one elsewhere (invented names)."""

from newsweave.analyse.controls import _as_places


def _m(text, label, start):
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


def test_a_mention_tagged_a_place_elsewhere_in_the_article_is_a_place():
    ms = [_m("Tarvik", "GPE", 0), _m("Tarvik", "ORG", 50), _m("Tarvik", "PERSON", 90),
          _m("Ossa Guards", "ORG", 120), _m("Tarvik", "NORP", 150)]
    out = _as_places(ms)
    assert [m["label"] for m in out] == ["GPE", "GPE", "PERSON", "ORG", "GPE"]
    # offsets and texts are kept as they were
    assert [(m["text"], m["start"], m["end"]) for m in out] == [(m["text"], m["start"], m["end"]) for m in ms]
    # a name never tagged a place stays what it was
    assert _as_places([_m("Ossa Guards", "ORG", 0)])[0]["label"] == "ORG"
