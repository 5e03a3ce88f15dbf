"""Disputes: general rules found on a port explosion, a heatwave and a migrant shipwreck (round 4),
on invented text (names are not those of any bundled story): 'no record of an earlier call' rejects
the call, a cue's voice named by the end of a party's name joins that party's dispute, a denial
answered after it by a voice using its words, a count put in place of another ('not the 900 the
board admits'), a state's payment answered in its own paragraph without a word in common, and
counts of the displaced that measure different people."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (_cues_join_matters, count_against_disputes, delivery_disputes,
                                      denial_disputes, figure_disputes)
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return sorted(p["party"]["name"] for p in d["positions"])


# ---------------------------------------------------------------- no record of an earlier call

def test_no_record_of_an_earlier_call_rejects_the_call():
    a, an = _paras("a", [["Brightwater, a rescue charity, said it had passed a distress call from the barge to the "
                          "river police at 10.40pm.",
                          "The river police said their first alert came at 3am and that they had no record of an "
                          "earlier call."]])
    claims = [_claim(a, "it had passed a distress call from the barge to the river police at 10.40pm", "Brightwater"),
              _claim(a, "their first alert came at 3am and that they had no record of an earlier call",
                     "river police")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == ["Brightwater", "river police"]


# ---------------------------------------------------------------- a cue's voice named by the end of a name

def _pos(name, claim, doc="a", start=0):
    return {"party": {"name": name, "entity": None}, "claim": claim,
            "citations": [{"doc": doc, "start": start, "end": start + len(claim)}]}


def test_a_cue_whose_voice_is_named_by_the_end_of_a_partys_name_joins_its_dispute():
    camps = Camps()
    other = {"topic": "the tow", "kind": "denial",
             "positions": [_pos("Idris Kamau", "sailors threw a line to the barge and began to haul it", start=0),
                           _pos("Ostrian Navy", "the frigate never touched the barge and never attempted a tow",
                                start=100)]}
    cue = {"topic": "There were conflicting reports about the last hour.", "kind": "cue",
           "notes": [{"doc": "b", "start": 0, "end": 50, "text": "There were conflicting reports about the last hour."}],
           "positions": [_pos("Two survivors", "a navy frigate had come alongside and tried to tow the barge", "b", 60),
                         _pos("navy spokesman", "the frigate had kept its distance and the barge capsized", "b", 140)]}
    out = _cues_join_matters([other, cue], camps)
    assert len(out) == 1
    # a voice of no party of the dispute, saying the same words without a name, stays on its own
    cue2 = {**cue, "positions": [cue["positions"][0],
                                 _pos("harbour spokesman", "the frigate had kept its distance and the barge capsized",
                                      "b", 140)]}
    other2 = {**other, "positions": [dict(p) for p in other["positions"]]}
    assert len(_cues_join_matters([other2, cue2], camps)) == 2


# ---------------------------------------------------------------- a denial answered after it

def test_a_denial_answered_after_it_by_a_voice_using_its_words():
    a, an = _paras("a", [["Taps in Orrin ran dry and water came only at night, residents said."],
                         ["\u201cThere is no truth in reports that water is being rationed,\u201d said Pell Danner, a "
                          "spokesman for the water board."],
                         ["Mara Quist, a nurse, showed the paper a notice on her door. \u201cA timetable on the door "
                          "is rationing,\u201d she said."]])
    claims = [_claim(a, "Taps in Orrin ran dry and water came only at night", "residents"),
              _claim(a, "There is no truth in reports that water is being rationed", "Pell Danner",
                     denial={"cue": "there is no truth",
                             "target": {"text": "reports that water is being rationed"}}),
              _claim(a, "A timetable on the door is rationing", "Mara Quist")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and "Mara Quist" in _parties(d[0])
    # a voice after it speaking of something else does not join
    claims[2] = _claim(a, "showed the paper a notice on her door", "Mara Quist")
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and "Mara Quist" not in _parties(d[0])


# ---------------------------------------------------------------- a count put in place of another

def _fig(fid, value, who, doc, start, end, kind="other", what="homes", as_of="2026-03-01"):
    return {"id": fid, "text": "x", "value": value, "kind": kind, "doc": doc, "start": start, "end": end,
            "reported_by": {"name": who, "entity": None}, "as_of": as_of, "what": what}


def test_a_count_put_in_place_of_another_partys_count_is_set_against_it():
    a, an = _paras("a", [["Board spokesman Teo Marsh said about 900 homes had been cut off."]])
    b, bn = _paras("b", [["\u201cMore than 5,000 households are in the dark, not the 900 the board admits,\u201d "
                          "said Lina Voss."]])
    claims = [_claim(a, "about 900 homes had been cut off", "Teo Marsh"),
              _claim(b, "More than 5,000 households are in the dark, not the 900 the board admits", "Lina Voss")]
    i, j = a["text"].index("900"), b["text"].index("5,000")
    figs = [_fig("f1", 900, "Teo Marsh", "a", i, i + 9), _fig("f2", 5000, "Lina Voss", "b", j, j + 16)]
    d = count_against_disputes(claims, figs, Camps())
    assert len(d) == 1 and _parties(d[0]) == ["Lina Voss", "Teo Marsh"]
    # 'not the 900' with no party saying it is no count set against another
    claims[1] = _claim(b, "More than 5,000 households are in the dark, not the 900", "Lina Voss")
    assert count_against_disputes(claims, figs, Camps()) == []


# ---------------------------------------------------------------- payment answered in its paragraph

def test_a_states_payment_answers_in_its_paragraph_without_a_word_in_common():
    a, an = _paras("a", [["Ilse Brandt, who chairs the tenants' association, said only 30 of the families on its "
                          "list had received anything. The Ministry of Welfare said 1,800 households had been paid "
                          "by Friday."]])
    claims = [_claim(a, "only 30 of the families on its list had received anything", "Ilse Brandt"),
              _claim(a, "1,800 households had been paid by Friday", "Ministry of Welfare")]
    d = delivery_disputes(claims, [a], [an], Camps())
    assert len(d) == 1 and _parties(d[0]) == ["Ilse Brandt", "Ministry of Welfare"]
    # in the next paragraph a word in common is still needed
    b, bn = _paras("b", [["Ilse Brandt, who chairs the tenants' association, said only 30 of the families on its "
                          "list had received anything."],
                         ["The Ministry of Welfare said 1,800 households had been paid by Friday."]])
    claims = [_claim(b, "only 30 of the families on its list had received anything", "Ilse Brandt"),
              _claim(b, "1,800 households had been paid by Friday", "Ministry of Welfare")]
    assert delivery_disputes(claims, [b], [bn], Camps()) == []


# ---------------------------------------------------------------- the displaced measured differently

def test_counts_of_the_displaced_that_measure_different_people_are_no_dispute():
    text = ("The Civil Protection Agency said 4,000 people are sleeping in schools and tents. "
            "The tenants' league said up to 20,000 people had been left homeless.")
    doc = {"id": "a", "text": text, "published": "2026-03-01"}
    i, j = text.index("4,000"), text.index("up to 20,000")
    figs = [_fig("f1", 4000, "Civil Protection Agency", "a", i, i + 12, kind="displaced", what="people"),
            _fig("f2", 20000, "tenants' league", "a", j, j + 22, kind="displaced", what="people")]
    groups = [{"id": "g1", "kind": "displaced", "place": None, "spread": "disagreement", "figures": ["f1", "f2"]}]
    camps = Camps()
    assert figure_disputes(groups, figs, camps, documents=[doc]) == []
    # the same two counts of one measure are set against each other
    text2 = text.replace("are sleeping in schools and tents", "had been left homeless")
    doc2 = {"id": "a", "text": text2, "published": "2026-03-01"}
    j2 = text2.index("up to 20,000")
    figs[1] = _fig("f2", 20000, "tenants' league", "a", j2, j2 + 22, kind="displaced", what="people")
    assert len(figure_disputes(groups, figs, camps, documents=[doc2])) == 1


# ---------------------------------------------------------------- those charged, answered days later

def test_those_charged_spoken_of_by_their_act_answer_the_charge_in_an_earlier_report():
    from newsweave.merge.disputes import charged_answer_disputes
    a, _an = _paras("a", [["Prosecutor Hanna Lekk said the two men held since the fire had been charged with arson. "
                           "One of them had stoked the stove in the storeroom, she said."]], published="2026-03-02")
    b, _bn = _paras("b", [["Tomas Oder, a neighbour, said the man charged with stoking the stove was a cook who had "
                           "been told to keep the kitchen warm."]], published="2026-03-05")
    claims = [_claim(a, "One of them had stoked the stove in the storeroom", "Hanna Lekk"),
              _claim(b, "the man charged with stoking the stove was a cook who had been told to keep the kitchen "
                        "warm", "Tomas Oder")]
    d = charged_answer_disputes(claims, [a, b], Camps())
    assert len(d) == 1 and _parties(d[0]) == ["Hanna Lekk", "Tomas Oder"]
    # the answer comes after the charge, not before it
    assert charged_answer_disputes(claims, [{**a, "published": "2026-03-09"}, b], Camps()) == []
    # a statement of the act that speaks of no charge is no charge answered
    c, _cn = _paras("a", [["Hanna Lekk, who runs the hostel, said one of the cooks had stoked the stove in the "
                           "storeroom."]], published="2026-03-02")
    claims[0] = _claim(c, "one of the cooks had stoked the stove in the storeroom", "Hanna Lekk")
    assert charged_answer_disputes(claims, [c, b], Camps()) == []
