from newsweave.merge.timeline import build_timeline


def test_same_event_from_two_outlets_merges_and_background_is_marked():
    docs = [
        {"id": "a", "source": "Herald", "published": "2026-03-13",
         "text": "Rebels seized the port of Kessa on Thursday night. The town was founded in 1902."},
        {"id": "b", "source": "Courier", "published": "2026-03-14",
         "text": "Rebels seized Kessa port on Thursday, officials said."},
    ]
    analyses = [
        {"doc": "a", "events": [
            {"date": "2026-03-12", "precision": "day", "date_text": "on Thursday night", "sentence": [0, 51],
             "speech": False, "actors": ["Rebels"], "places": ["Kessa"]},
            {"date": "1902", "precision": "year", "date_text": "in 1902", "sentence": [52, 82],
             "speech": False, "actors": [], "places": []}]},
        {"doc": "b", "events": [
            {"date": "2026-03-12", "precision": "day", "date_text": "on Thursday", "sentence": [0, 53],
             "speech": False, "actors": [], "places": ["Kessa"]}]},
    ]
    events = build_timeline(docs, analyses, {("*", "kessa"): "e1"}, "2026-03-13")
    assert [e["date"] for e in events] == ["1902", "2026-03-12"]
    bg, main = events
    assert bg["background"] and not main["background"]
    assert main["sources"] == ["Herald", "Courier"] and main["source_count"] == 2
    assert main["first_reported_by"] == "Herald"
    assert main["summary"] == "Rebels seized the port of Kessa on Thursday night."
    assert main["places"] == ["e1"]
    text = {d["id"]: d["text"] for d in docs}
    for c in main["citations"]:
        assert text[c["doc"]][c["start"]:c["end"]].startswith("Rebels seized")
