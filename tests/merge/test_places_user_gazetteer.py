"""Places a user's gazetteer lists are placed even where the small tagger types them as an
organisation, a person or a nationality, or writes them in capitals in a dateline (the merge's
_places_typed_otherwise / _untagged_places); one marker per point. Invented places and text."""

from newsweave.merge import _untagged_places
from newsweave.pipeline import brief

GAZ = ("name\tlat\tlon\tcountry\talternates\tpopulation\n"
       "Velkora\t10.1\t20.2\tOstravia\t\t900000\n"
       "Tumbeli\t10.4\t20.6\tOstravia\t\t4000\n"
       "Sarro State\t10.9\t21.0\tOstravia\t\t2000000\n")


def test_dateline_capitals_and_untagged_or_mistyped_places_are_placed(tmp_path):
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "a.txt").write_text(
        "Title: Blast in Velkora\nSource: Wire\nPublished: 2026-05-08\n\n"
        "VELKORA (Wire) - A car bomb killed nine people in central Velkora on Thursday, police said.\n\n"
        "Ado Pell, the head of Tumbeli village near the border with Sarro State, said the road was closed.\n",
        encoding="utf-8")
    gaz = tmp_path / "places.tsv"
    gaz.write_text(GAZ, encoding="utf-8")
    b = brief([str(arts)], gazetteer=gaz)
    names = sorted(p["name"] for p in b["places"])
    assert {"Velkora", "Tumbeli", "Sarro State"} <= set(names)
    assert len(names) == len(set(names))   # one marker per place


def test_a_listed_name_in_a_place_context_gets_a_mention_when_the_tagger_marked_none():
    text = "Rain fell in Tumbeli. Tumbeli Traders said prices rose."
    analyses = [{"doc": "d", "mentions": []}]
    out = _untagged_places(analyses, {"d": {"text": text}}, ["Tumbeli"])
    assert [(m["text"], m["start"]) for m in out[0]["mentions"]] == [("Tumbeli", 13)]
    assert analyses[0]["mentions"] == []   # the input is not changed
