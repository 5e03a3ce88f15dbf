from newsweave.merge.timeline import build_timeline, select_timeline


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


def test_short_and_long_reports_of_one_event_merge_and_others_stay_apart():
    docs = [
        {"id": "a", "source": "Herald", "published": "2026-03-14",
         "text": "Government jets bombed the crowded Sidi Marwan market on Friday, killing nine traders and "
                 "wounding dozens more, witnesses and medics told reporters."},
        {"id": "b", "source": "Courier", "published": "2026-03-15",
         "text": "Jets bombed the Sidi Marwan market on Friday. Parliament passed the budget on Friday."},
    ]
    a_text, b_text = docs[0]["text"], docs[1]["text"]
    b_split = b_text.index("Parliament")
    ev = {"date": "2026-03-13", "precision": "day", "date_text": "on Friday", "speech": False,
          "actors": [], "places": []}
    analyses = [
        {"doc": "a", "events": [{**ev, "sentence": [0, len(a_text)]}]},
        {"doc": "b", "events": [{**ev, "sentence": [0, b_split - 1]}, {**ev, "sentence": [b_split, len(b_text)]}]},
    ]
    events = build_timeline(docs, analyses, {}, "2026-03-14")
    assert len(events) == 2
    market = next(e for e in events if "market" in e["summary"])
    assert market["sources"] == ["Herald", "Courier"] and market["first_reported_by"] == "Herald"
    assert len(market["citations"]) == 2


def test_select_timeline_keeps_the_most_reported_dates_in_order():
    def ev(d, srcs, summary, background=False, precision="day"):
        return {"date": d, "precision": precision, "summary": summary, "sources": srcs,
                "source_count": len(srcs), "citations": [{"doc": s, "start": 0, "end": 1} for s in srcs],
                "background": background, "speech": False}

    events = [ev("2026-03-12", ["A", "B", "C"], "Rebels attacked the town."),
              ev("2026-03-12", ["A"], "A minor incident happened."),
              ev("2026-03-13", ["A"], "Talks began."),
              ev("2026-03-14", ["A", "B"], "Jets bombed the market."),
              ev("1990", ["A", "B", "C", "D"], "Independence.", background=True, precision="year")]
    out = select_timeline(events, max_dates=2, sentences_per_date=1)
    assert [(e["date"], e["summary"]) for e in out] == [
        ("2026-03-12", "Rebels attacked the town."), ("2026-03-14", "Jets bombed the market.")]
    assert [e["date"] for e in select_timeline(events, include_background=True, day_only=True)] == [
        "2026-03-12", "2026-03-12", "2026-03-13", "2026-03-14"]
