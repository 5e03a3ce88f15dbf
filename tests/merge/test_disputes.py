from newsweave.merge.disputes import (attach_caveats, contradiction_disputes, control_disputes,
                                      denial_disputes, find_disputes)


def _doc(doc_id, sentences):
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append([len(text), len(text) + len(s)])
        text += s
    return {"id": doc_id, "source": f"{doc_id} news", "text": text}, {"doc": doc_id, "sentences": spans, "mentions": []}


def _claim(doc, needle, who, **extra):
    i = doc["text"].index(needle)
    return {"text": needle, "doc": doc["id"], "start": i, "end": i + len(needle),
            "claimant": {"name": who, "entity": None}, **extra}


def test_denial_is_paired_with_the_claim_it_rejects_across_articles():
    a, an_a = _doc("a", ["Rebel spokesman Omar Fadel said government jets bombed the market in Sidi Marwan."])
    b, an_b = _doc("b", ["The defence ministry denied that its jets had bombed the market in Sidi Marwan."])
    claims = [_claim(a, "government jets bombed the market in Sidi Marwan", "Omar Fadel"),
              _claim(b, "its jets had bombed the market in Sidi Marwan", "defence ministry",
                     denial={"cue": "denied", "target": None}, sentence=an_b["sentences"][0])]
    disputes = denial_disputes(claims, [a, b], [an_a, an_b])
    assert len(disputes) == 1
    parties = [p["party"]["name"] for p in disputes[0]["positions"]]
    assert parties == ["Omar Fadel", "defence ministry"]
    assert disputes[0]["positions"][1]["claim"].startswith("The defence ministry denied")


def test_bare_denial_answers_the_report_just_before_it():
    a, an = _doc("a", ["Witnesses said soldiers fired on the crowd near the port of Kessa.",
                       "The army denied the report."])
    claims = [_claim(a, "soldiers fired on the crowd near the port of Kessa", "Witnesses"),
              _claim(a, "the report", "army", denial={"cue": "denied", "target": {"text": "the report"}},
                     sentence=an["sentences"][1])]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    assert disputes[0]["positions"][0]["party"]["name"] == "Witnesses"


def test_a_party_does_not_dispute_itself():
    a, an = _doc("a", ["The ministry said the port of Kessa was calm.", "The ministry denied the report."])
    claims = [_claim(a, "the port of Kessa was calm", "the ministry"),
              _claim(a, "the report", "The Ministry", denial={"cue": "denied", "target": None},
                     sentence=an["sentences"][1])]
    assert denial_disputes(claims, [a], [an]) == []


def test_contradiction_between_negative_and_affirmative_claims():
    a, _ = _doc("a", ["Rebels said two government helicopters attacked the convoy near Ain Dalia.",
                      "The army said no government helicopters attacked the convoy near Ain Dalia."])
    claims = [_claim(a, "two government helicopters attacked the convoy near Ain Dalia", "Rebels"),
              _claim(a, "no government helicopters attacked the convoy near Ain Dalia", "The army")]
    disputes = contradiction_disputes(claims)
    assert len(disputes) == 1 and {p["party"]["name"] for p in disputes[0]["positions"]} == {"Rebels", "The army"}
    same = [claims[0], dict(claims[1], claimant={"name": "rebels", "entity": None})]
    assert contradiction_disputes(same) == []


def test_control_needs_two_controllers_and_caveat_attaches_as_note():
    a, an = _doc("a", ["Rebels said they had taken Tazrit.", "The army said Tazrit was in its hands.",
                       "The claims could not be independently verified."])
    cites = {s: e for s, e in an["sentences"]}
    controls = [
        {"place": "Tazrit", "controller": "Rebels", "controller_key": "rebel", "party": {"name": "Rebels", "entity": None},
         "text": "Rebels said they had taken Tazrit.", "doc": "a", "start": 0, "end": cites[0]},
        {"place": "Tazrit", "controller": "army", "controller_key": "army", "party": {"name": "army", "entity": None},
         "text": "The army said Tazrit was in its hands.", "doc": "a", "start": an["sentences"][1][0],
         "end": an["sentences"][1][1]},
    ]
    disputes = control_disputes(controls)
    assert len(disputes) == 1 and disputes[0]["topic"] == "control of Tazrit"
    assert control_disputes(controls[:1] * 2) == []
    caveats = attach_caveats(disputes, [a], [an])
    assert [c["text"] for c in caveats] == ["The claims could not be independently verified."]
    assert disputes[0]["notes"] == caveats


def test_find_disputes_numbers_them_and_drops_repeats():
    a, an = _doc("a", ["Witnesses said soldiers fired on the crowd near the port of Kessa.",
                       "The army denied the report."])
    claims = [_claim(a, "soldiers fired on the crowd near the port of Kessa", "Witnesses"),
              _claim(a, "the report", "army", denial={"cue": "denied", "target": None},
                     sentence=an["sentences"][1])]
    disputes = find_disputes(claims + claims, [a], [an], [], [], [])
    assert [d["id"] for d in disputes] == ["d1"]
