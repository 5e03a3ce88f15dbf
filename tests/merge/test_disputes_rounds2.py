"""Disputes: general rules found on a cyclone, a market strike, a factory fire, a hotel siege, a
landslide and a car bombing (round 2), on invented text (names are not those of any bundled story):
a camp's assurance rejected by what it says, an act denied right after what the paragraph says of it,
a dismissed count joins the dispute over the count, 'the report' is the report the article named,
a count set against another party's count, a headline's rejection told again in the body, a cue
whose voices say what a dispute holds joins it, 'Accounts still differ over X, where ...', the
rejecter's own comment after a denied clause, what is said before where it is said, parts of a
toll and a state's count of the day, an accuser named by office, aid said never to have come
against the state saying it was sent, a quote closed by 'she said' right after a rejection, and
possessive terms."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (_cues_join_matters, _rejected_counts_join, count_against_disputes,
                                      cue_disputes, delivery_disputes, denial_disputes, figure_disputes)
from newsweave.merge.text import terms
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return sorted(p["party"]["name"] for p in d["positions"])


def _deny(doc, needle, who, target, cue="rejected"):
    c = _claim(doc, needle, who, denial={"cue": cue, "target": {"text": target}})
    return c


def test_a_camps_assurance_rejected_by_what_it_says():
    a, an = _paras("a", [["The flood is over and every family has been reached, Interior Minister Olo Brandt "
                          "said."]], published="2026-03-02")
    b, bn = _paras("b", [["Nessa Quill of the tenants' league rejected the government's assurance that every "
                          "family had been reached."]], published="2026-03-04")
    claims = [_claim(a, "The flood is over and every family has been reached", "Interior Minister Olo Brandt"),
              _deny(b, "the government's assurance that every family had been reached", "Nessa Quill",
                    "the government's assurance that every family had been reached")]
    d = denial_disputes(claims, [a, b], [an, bn])
    assert len(d) == 1 and _parties(d[0]) == ["Interior Minister Olo Brandt", "Nessa Quill"]


def test_an_act_denied_right_after_what_the_paragraph_says_of_it():
    a, an = _paras("a", [["Herders near Lusk said the water came all at once, long after the rain had stopped.",
                          "\"That was no storm, that was the sluice,\" said Ivo Marten, a herder.",
                          "The canal authority denied that the opening had drowned the pastures."]])
    claims = [_claim(a, "the water came all at once, long after the rain had stopped", "Herders"),
              _claim(a, "That was no storm, that was the sluice", "Ivo Marten"),
              _deny(a, "the opening had drowned the pastures", "canal authority",
                    "the opening had drowned the pastures", cue="denied")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and "canal authority" in _parties(d[0])
    cited = {c["start"] for p in d[0]["positions"] for c in p["citations"]}
    assert a["text"].index("\"That was no storm") in cited
    # in the paragraph before, other words are another matter
    b, bn = _paras("b", [["Herders near Lusk said the water came all at once."],
                         ["The canal authority denied that the opening had drowned the pastures."]])
    claims = [_claim(b, "the water came all at once", "Herders"),
              _deny(b, "the opening had drowned the pastures", "canal authority",
                    "the opening had drowned the pastures", cue="denied")]
    assert denial_disputes(claims, [b], [bn]) == []


def test_a_dismissed_count_joins_the_dispute_over_the_count():
    doc = {"id": "a", "text": "He dismissed the guild's toll of 90 as guesswork. The guild says 90 died."}
    figs = [{"id": "f1", "doc": "a", "start": doc["text"].index("90"), "end": doc["text"].index("90") + 2,
             "value": 90, "kind": "killed"}]
    groups = [{"id": "g1", "figures": ["f1"]}]
    fig_d = {"kind": "figures", "figure_group": "g1", "topic": "number killed",
             "positions": [{"party": {"name": "ministry"}, "claim": "40", "citations": []},
                           {"party": {"name": "guild"}, "claim": "90", "citations": []}]}
    den = {"kind": "denial", "topic": "x", "positions": [
        {"party": {"name": "minister"}, "claim": doc["text"][:50],
         "citations": [{"doc": "a", "start": 0, "end": 50}]},
        {"party": {"name": "guild"}, "claim": "The guild says 90 died.",
         "citations": [{"doc": "a", "start": 51, "end": len(doc["text"])}]}]}
    out = _rejected_counts_join([fig_d, den], groups, figs, [doc])
    assert out == [fig_d] and "minister" in [p["party"]["name"] for p in fig_d["positions"]]
    # a sentence holding a count of the group but naming no count ('recovered 90 bodies') is no rejection of it
    doc2 = {"id": "a", "text": "Divers recovered 90 bodies, it said. He dismissed the rest as rumour."}
    den2 = {"kind": "denial", "topic": "y", "positions": [
        {"party": {"name": "x"}, "claim": "c", "citations": [{"doc": "a", "start": 0, "end": 36}]},
        {"party": {"name": "y"}, "claim": "c", "citations": [{"doc": "a", "start": 37, "end": 70}]}]}
    figs2 = [dict(figs[0], start=17, end=19)]
    assert len(_rejected_counts_join([dict(fig_d), den2], groups, figs2, [doc2])) == 2


def test_the_report_dismissed_is_the_report_the_article_named():
    a, an = _paras("a", [["The boiler room door was bolted when the blast came, the state safety bureau said in "
                          "an interim report on Friday."],
                         ["Former foreman Rudi Pell said the annual check had been done by telephone."],
                         ["The owner's lawyer, Anka Voss, dismissed the report as \"hasty\"."]])
    claims = [_claim(a, "The boiler room door was bolted when the blast came", "state safety bureau"),
              _claim(a, "the annual check had been done by telephone", "Rudi Pell"),
              _deny(a, "the report as \"hasty\"", "Anka Voss", "the report", cue="dismissed")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == ["Anka Voss", "state safety bureau"]


def test_a_count_set_against_another_partys_count():
    a, an = _paras("a", [["Brill Textiles said 150 people had been in the mill."]], published="2026-02-01")
    b, bn = _paras("b", [["The weavers' guild said more than 300 people had been inside, far more than the 150 "
                          "the firm has reported."]], published="2026-02-02")
    ca = _claim(a, "150 people had been in the mill", "Brill Textiles")
    cb = _claim(b, "more than 300 people had been inside, far more than the 150 the firm has reported",
                "weavers' guild")
    fa = {"id": "f1", "doc": "a", "start": ca["start"], "end": ca["start"] + 10, "text": "150 people",
          "value": 150, "kind": "other", "reported_by": {"name": "Brill Textiles", "entity": None}}
    fb = {"id": "f2", "doc": "b", "start": cb["start"], "end": cb["start"] + 20, "text": "more than 300 people",
          "value": 300, "kind": "other", "reported_by": {"name": "weavers' guild", "entity": None}}
    d = count_against_disputes([ca, cb], [fa, fb])
    assert len(d) == 1 and _parties(d[0]) == ["Brill Textiles", "weavers' guild"]
    # no other count of 150 of that kind: nothing to set it against
    assert count_against_disputes([cb], [fb]) == []


def test_a_headline_rejection_is_told_again_in_the_body():
    a, an = _paras("a", [["Medic says guards shot inmates; ministry rejects it"],
                         ["Dr Ilse Amar said guards had shot three inmates during the riot.",
                          "The justice ministry rejected her account."]])
    claims = [_claim(a, "guards shot inmates", "Medic"),
              _claim(a, "it", "ministry", denial={"cue": "rejected", "target": None}),
              _claim(a, "guards had shot three inmates during the riot", "Ilse Amar"),
              _deny(a, "her account", "justice ministry", "her account")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == ["Ilse Amar", "justice ministry"]


def _pos(who, claim):
    return {"party": {"name": who, "entity": None}, "claim": claim, "citations": []}


def test_a_cue_whose_voices_say_what_a_dispute_holds_joins_it():
    fate = {"kind": "denial", "topic": "fate", "positions": [
        _pos("interior ministry", "Six raiders were killed, among them their chief, Oren Malk"),
        _pos("Black Reed", "Oren Malk is alive and far away")]}
    cue = {"kind": "cue", "topic": "There were conflicting reports about the fate of the chief.",
           "notes": [{"text": "There were conflicting reports about the fate of the chief."}],
           "positions": [_pos("interior ministry", "Oren Malk was killed in the raid"),
                         _pos("Black Reed", "Malk walked out alive before the raid")]}
    out = _cues_join_matters([fate, cue], Camps())
    assert out == [fate]
    # voices sharing no name with any dispute keep their cue
    other = {"kind": "cue", "topic": "There were conflicting reports about the convoy.",
             "notes": [{"text": "There were conflicting reports about the convoy."}],
             "positions": [_pos("interior ministry", "the trucks arrived on time"),
                           _pos("Black Reed", "no truck came to the valley")]}
    assert len(_cues_join_matters([fate, other], Camps())) == 2


def test_accounts_still_differ_over_a_thing_where_something_else_happens():
    a, an = _paras("a", [["Accounts still differ over the crate at Lome Quay, where the fair opens on Monday.",
                          "Mayor Tine Varr said it held only paint.",
                          "The Green Hand movement said it held a bomb."]])
    claims = [_claim(a, "it held only paint", "Tine Varr"),
              _claim(a, "it held a bomb", "Green Hand movement")]
    cues = cue_disputes(claims, [a], [an])
    assert len(cues) == 1
    crate = {"kind": "denial", "topic": "crate", "positions": [
        _pos("Mayor Tine Varr", "the crate at Lome Quay held nothing but paint"),
        _pos("Green Hand movement", "a live bomb was taken from the crate at Lome Quay")]}
    assert _cues_join_matters([crate, cues[0]], Camps()) == [crate]


def test_the_rejecters_comment_is_no_part_of_the_denied_clause_and_what_is_said_counts_first():
    a, an = _paras("a", [["Residents said police had kept the quarter under a blackout for a second night, with "
                          "guards on every road into it."]], published="2026-04-01")
    b, bn = _paras("b", [["A lawyers' group said 80 men had been taken in raids on the Dell quarter."]],
                   published="2026-04-02")
    c, cn = _paras("c", [["Minister Aro Lind denied that a blackout had been imposed in the Dell quarter, "
                          "describing the cuts there as \"routine repairs\"."]], published="2026-04-03")
    claims = [_claim(a, "police had kept the quarter under a blackout for a second night, with guards on every "
                        "road into it", "Residents"),
              _claim(b, "80 men had been taken in raids on the Dell quarter", "lawyers' group"),
              _deny(c, "a blackout had been imposed in the Dell quarter", "Aro Lind",
                    "a blackout had been imposed in the Dell quarter, describing the cuts there as "
                    "\"routine repairs", cue="denied")]
    d = denial_disputes(claims, [a, b, c], [an, bn, cn])
    assert len(d) == 1 and _parties(d[0]) == ["Aro Lind", "Residents"]


def _f(fid, value, who, as_of, what=None):
    return {"id": fid, "text": str(value), "value": value, "kind": "killed", "doc": "a", "start": 0, "end": 1,
            "reported_by": {"name": who, "entity": None}, "as_of": as_of, "what": what}


def _group(figs):
    return [{"id": "g1", "kind": "killed", "place": None, "spread": "disagreement",
             "figures": [f["id"] for f in figs]}]


def test_a_part_of_a_toll_and_a_count_against_the_states_count_of_its_day():
    # the state's count rose from 10 to 30; the opposition's 33 on the last day is no disagreement,
    # nor are the two children among the dead, nor a morgue's first-night count below both
    figs = [_f("f1", 10, "police", "2026-05-01"), _f("f2", 30, "health ministry", "2026-05-05"),
            _f("f3", 2, "health ministry spokeswoman", "2026-05-02", what="children"),
            _f("f4", 12, "Dr Ama Roe", "2026-05-01"), _f("f5", 33, "opposition Dawn Party", "2026-05-05")]
    assert figure_disputes(_group(figs), figs) == []
    # far above the state's count of its day it is one
    figs[4] = _f("f5", 90, "opposition Dawn Party", "2026-05-05")
    assert len(figure_disputes(_group(figs), figs)) == 1


def test_an_accusation_named_by_the_accusers_office():
    a, an = _paras("a", [["Interior Minister Pol Hask said the blast bore the mark of the Red Vale Front."]],
                   published="2026-05-01")
    b, bn = _paras("b", [["The toll rose to 12, the health ministry said.",
                          "The Red Vale Front rejected the interior minister's accusation."]],
                   published="2026-05-02")
    camps = Camps([{"id": "e1", "name": "Pol Hask", "type": "PERSON", "roles": ["Interior Minister"]},
                   {"id": "e2", "name": "Red Vale Front", "type": "ORG", "roles": []}])
    claims = [dict(_claim(a, "the blast bore the mark of the Red Vale Front", "Pol Hask"),
                   claimant={"name": "Pol Hask", "entity": "e1"}),
              _claim(b, "The toll rose to 12", "health ministry"),
              dict(_deny(b, "the interior minister's accusation", "Red Vale Front",
                         "the interior minister's accusation"), claimant={"name": "Red Vale Front", "entity": "e2"})]
    d = denial_disputes(claims, [a, b], [an, bn], camps=camps)
    assert len(d) == 1 and _parties(d[0]) == ["Pol Hask", "Red Vale Front"]


def test_possessives_are_their_nouns():
    assert terms("the association's estimate") == terms("the association estimate")
    assert terms("Ruritania’s army") == ["ruritania", "army"]
    assert "it" not in terms("it's over")


def test_aid_said_never_to_have_come_against_the_state_saying_it_was_sent():
    a, an = _paras("a", [["\"Not one crown of the relief money has reached this valley,\" said Ada Morn, who runs "
                          "the farmers' cooperative."],
                         ["The finance ministry said 40 million crowns had already been transferred to the "
                          "valley council."]])
    claims = [_claim(a, "Not one crown of the relief money has reached this valley", "Ada Morn"),
              _claim(a, "40 million crowns had already been transferred to the valley council", "finance ministry")]
    d = delivery_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == ["Ada Morn", "finance ministry"]
    # another camp saying it was sent is no answer from the state
    claims[1] = _claim(a, "40 million crowns had already been transferred to the valley council", "Hill Relief")
    assert delivery_disputes(claims, [a], [an]) == []

    # few got it, against the state's count of those paid
    b, bn = _paras("b", [["Ada Morn said only 9 of the farmers she knew had received the relief payment.",
                          "The finance ministry said it had now paid 210 farmers."]])
    claims = [_claim(b, "only 9 of the farmers she knew had received the relief payment", "Ada Morn"),
              _claim(b, "it had now paid 210 farmers", "finance ministry")]
    assert len(delivery_disputes(claims, [b], [bn])) == 1


def test_a_quote_closed_by_she_said_right_after_a_rejection_is_the_rejecters():
    a, an = _paras("a", [["The works ministry said the bridge had been checked in May and found sound.",
                          "Ines Okoro of the drivers' union rejected that.",
                          "\"The checkers never left their car,\" she said."]])
    claims = [_claim(a, "the bridge had been checked in May and found sound", "works ministry"),
              _claim(a, "that", "Ines Okoro of the drivers' union", denial={"cue": "rejected", "target": None}),
              # the parser gave the quote to another woman named earlier in the story
              _claim(a, "The checkers never left their car", "Lena Brisk")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1
    mine = next(p for p in d[0]["positions"] if p["party"]["name"].startswith("Ines Okoro"))
    assert any(c["start"] == a["text"].index("\"The checkers") for c in mine["citations"])
