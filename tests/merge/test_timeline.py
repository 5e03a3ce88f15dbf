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


def _one_date(texts_by_doc, speech=()):
    """Documents and analyses where every text is one event sentence on 2026-03-13."""
    docs, analyses = [], []
    for i, (src, text) in enumerate(texts_by_doc):
        doc_id = f"d{i}"
        docs.append({"id": doc_id, "source": src, "published": f"2026-03-{14 + i:02d}", "text": text})
        analyses.append({"doc": doc_id, "events": [
            {"date": "2026-03-13", "precision": "day", "date_text": "on Friday", "sentence": [0, len(text)],
             "speech": doc_id in speech, "position": 0, "actors": [], "places": []}]})
    return docs, analyses


def test_summary_is_the_plain_report_not_the_first_reporters_quote():
    docs, analyses = _one_date([
        ("Herald", '"We watched the jets bomb the Sidi Marwan market on Friday and we ran for our lives, '
                   'leaving everything behind us in the dust," one trader, who gave only his first name, '
                   'told the Herald by telephone from a hospital bed.'),
        ("Courier", "Jets bombed the Sidi Marwan market on Friday, killing nine traders."),
    ])
    (ev,) = build_timeline(docs, analyses, {}, "2026-03-14")
    assert ev["summary"] == "Jets bombed the Sidi Marwan market on Friday, killing nine traders."
    # who reported first and every citation stay as they were
    assert ev["first_reported_by"] == "Herald" and ev["sources"] == ["Herald", "Courier"]
    assert len(ev["citations"]) == 2
    c = ev["summary_citation"]
    assert c in ev["citations"]
    assert docs[1]["text"][c["start"]:c["end"]] == ev["summary"]
    assert ev["summary_score"] > 0


def test_a_wire_header_is_not_part_of_the_cited_sentence():
    text = ("TALMIRA | Sat Mar 14, 2026 7:32pm EDT TALMIRA (Meridian) - Rebels seized the port of Kessa "
            "on Friday after a night of fighting.")
    docs, analyses = _one_date([("Wire", text)])
    (ev,) = build_timeline(docs, analyses, {}, "2026-03-14")
    assert ev["summary"] == "Rebels seized the port of Kessa on Friday after a night of fighting."
    (c,) = ev["citations"]
    assert text[c["start"]:c["end"]] == ev["summary"]


def test_select_timeline_prefers_the_dates_most_representative_entry():
    def ev(summary, score, n_cit):
        return {"date": "2026-03-13", "precision": "day", "summary": summary, "sources": ["A"],
                "source_count": 1, "citations": [{"doc": "a", "start": i, "end": i + 1} for i in range(n_cit)],
                "background": False, "speech": False, "summary_score": score}

    # one outlet each: the entry whose summary is closest to what the date's reports say wins,
    # even over an entry with more (e.g. repeated boilerplate) citations
    events = [ev("Read more about the storm on Friday.", 0.05, 4),
              ev("Jets bombed the market on Friday, killing nine.", 0.4, 2)]
    (top,) = select_timeline(events, max_dates=1, sentences_per_date=1)
    assert top["summary"].startswith("Jets bombed")
    # more outlets still come first
    events.append({**ev("Talks on Friday failed.", 0.01, 1), "sources": ["A", "B"], "source_count": 2})
    (top,) = select_timeline(events, max_dates=1, sentences_per_date=1)
    assert top["summary"] == "Talks on Friday failed."


def test_dates_rank_by_articles_and_later_retellings_not_by_one_articles_repetitions():
    def ev(d, docs, later=0, summary="Something happened."):
        return {"date": d, "precision": "day", "summary": summary, "sources": ["A"], "source_count": 1,
                "citations": [{"doc": x, "start": 0, "end": 1} for x in docs], "background": False,
                "speech": False, "summary_score": 0.1, "later_reports": later}

    events = [ev("2026-03-01", ["a1"] * 6),             # one live page naming the day six times
              ev("2026-03-02", ["a2", "a3"], later=2),  # two articles, both written days later
              ev("2026-03-03", ["a4", "a5", "a6"])]     # three same-day articles
    out = select_timeline(events, max_dates=2, sentences_per_date=1)
    assert [e["date"] for e in out] == ["2026-03-02", "2026-03-03"]


def test_later_reports_counts_articles_published_two_days_on():
    text = "Rebels seized the port of Kessa on 10 March after a night of fighting."
    docs, analyses = [], []
    for i, pub in enumerate(["2026-03-10", "2026-03-11", "2026-03-12", "2026-03-20"]):
        docs.append({"id": f"d{i}", "source": f"S{i}", "published": pub, "text": text})
        analyses.append({"doc": f"d{i}", "events": [
            {"date": "2026-03-10", "precision": "day", "date_text": "on 10 March", "sentence": [0, len(text)],
             "speech": False, "actors": [], "places": []}]})
    (ev,) = build_timeline(docs, analyses, {}, "2026-03-10")
    assert ev["later_reports"] == 2 and ev["source_count"] == 4
    assert ev["date_text"] in ev["summary"]


def test_what_is_only_planned_does_not_summarise_a_date_that_has_a_fact():
    docs, analyses = _one_date([
        ("Herald", "Ministers from the region will meet in the capital of Kessa on Friday to discuss the port."),
        ("Courier", "Ministers from the region met in the capital of Kessa on Friday and discussed the port."),
    ])
    analyses[0]["events"][0]["planned"] = True
    (ev,) = build_timeline(docs, analyses, {}, "2026-03-14")
    assert ev["summary"].startswith("Ministers from the region met")
    assert ev["planned"] is False  # one outlet reports it as done


def test_an_event_every_report_calls_due_is_marked_planned():
    docs, analyses = _one_date([
        ("Herald", "Ministers from the region will meet in the capital of Kessa on Friday to discuss the port."),
        ("Courier", "Ministers from the region are due to meet in the capital of Kessa on Friday."),
    ])
    for a in analyses:
        a["events"][0]["planned"] = True
    (ev,) = build_timeline(docs, analyses, {}, "2026-03-14")
    assert ev["planned"] is True
