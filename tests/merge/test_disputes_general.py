"""Disputes: general rules found on an epidemic and a siege story (issue 6), on invented text."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (accusation_disputes, blame_cue_disputes, cue_disputes, denial_disputes,
                                      figure_disputes, lede_cue_disputes, state_disputes)
from dispute_docs import paras as _paras, claim as _claim


def _f(fid, value, who, text=None, as_of=None, kind="killed"):
    return {"id": fid, "text": text or str(value), "value": value, "kind": kind, "doc": "a", "start": 0,
            "end": 1, "reported_by": {"name": who, "entity": None}, "as_of": as_of}


def _group(figs, kind="killed"):
    return [{"id": "g1", "kind": kind, "place": None, "spread": "disagreement", "figures": [f["id"] for f in figs]}]


def test_each_side_counting_its_own_dead_is_no_dispute():
    figs = [_f("f1", 8, "army", "eight soldiers"), _f("f2", 30, "army", "30 rebels had been killed"),
            _f("f3", 40, "rebel commander", "40 of his fighters had been killed")]
    assert figure_disputes(_group(figs), figs) == []
    # the same tolls of one group of dead, far apart, are one
    same = [_f("f1", 8, "army", "eight rebels"), _f("f2", 40, "rebel commander", "40 rebels")]
    assert len(figure_disputes(_group(same), same)) == 1


def test_a_hospital_first_count_before_the_ministry_had_one_does_not_hide_the_dispute():
    figs = [_f("f1", 30, "City Hospital", as_of="2026-02-02"),
            _f("f2", 95, "City Hospital", as_of="2026-02-06"),
            _f("f3", 45, "health ministry", as_of="2026-02-06"),
            _f("f4", 48, "health ministry", as_of="2026-02-07")]
    d = figure_disputes(_group(figs), figs)
    assert len(d) == 1
    assert {p["party"]["name"] for p in d[0]["positions"]} == {"City Hospital", "health ministry"}
    # each side reads as its latest count
    assert {p["party"]["name"]: p["claim"] for p in d[0]["positions"]} == {"City Hospital": "95",
                                                                           "health ministry": "48"}


def test_anonymous_witnesses_differing_are_no_dispute():
    a, an = _paras("a", [["Residents gave conflicting accounts.",
                          "Two people near the bridge said the blast came from the east; a third said it came from the river."]])
    claims = [_claim(a, "the blast came from the east", "Two people"),
              _claim(a, "it came from the river", "third")]
    assert cue_disputes(claims, [a], [an]) == []


def test_a_lede_cue_naming_the_parties_opens_the_next_paragraphs():
    a, an = _paras("a", [["Soldiers and villagers gave conflicting accounts on Monday of a raid on Tarsk."],
                         ["The soldiers said in a statement that gunmen had fired on a patrol."],
                         ["Villagers said nobody had been armed."],
                         ["The governor called for calm."]])
    claims = [_claim(a, "gunmen had fired on a patrol", "The soldiers"),
              _claim(a, "nobody had been armed", "Villagers"),
              _claim(a, "for calm", "governor", cue="call")]
    d = lede_cue_disputes(claims, [a], [an], Camps())
    assert len(d) == 1 and d[0]["kind"] == "cue"
    assert {p["party"]["name"] for p in d[0]["positions"]} == {"The soldiers", "Villagers"}
    # the cue in a paragraph that goes on is cue_disputes' business
    b, bn = _paras("b", [["Soldiers and villagers gave conflicting accounts.", "The soldiers said gunmen fired."]])
    assert lede_cue_disputes([_claim(b, "gunmen fired", "The soldiers")], [b], [bn], Camps()) == []


def test_an_act_denied_is_matched_by_content_not_by_the_camp_it_names():
    a, an = _paras("a", [["The army said the mosque had been shelled by the rebels.",
                          "A rebel spokesman denied that the rebels had shelled the mosque."]])
    claims = [_claim(a, "the mosque had been shelled by the rebels", "army"),
              _claim(a, "the rebels had shelled the mosque", "rebel spokesman",
                     cue="deny", denial={"cue": "denied", "target": {"text": "the rebels had shelled the mosque"}})]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1
    assert {p["party"]["name"] for p in d[0]["positions"]} == {"army", "rebel spokesman"}


def test_a_rejected_accusation_is_found_in_an_earlier_article():
    a, an = _paras("a", [["The interior minister said rebels had kidnapped six nurses and demanded a ransom for them."]],
                   published="2026-01-10")
    b, bn = _paras("b", [["The shelling went on overnight, the army said."],
                         ["The rebel spokesman rejected government accusations that the rebels had demanded a ransom "
                          "for the nurses."]], published="2026-01-11")
    claims = [_claim(a, "rebels had kidnapped six nurses and demanded a ransom for them", "interior minister"),
              _claim(b, "The shelling went on overnight", "army"),
              _claim(b, "government accusations that the rebels had demanded a ransom for the nurses",
                     "rebel spokesman", cue="reject",
                     denial={"cue": "rejected",
                             "target": {"text": "government accusations that the rebels had demanded a ransom for the nurses"}})]
    d = denial_disputes(claims, [a, b], [an, bn])
    assert len(d) == 1
    cited = {c["doc"] for p in d[0]["positions"] for c in p["citations"]}
    assert cited == {"a", "b"}


def test_a_demand_is_no_answer_to_an_accusation():
    a, an = _paras("a", [["The minister accused the rebels of starving the town."],
                         ["The rebels took up arms in 2015, demanding autonomy for the valley."]])
    claims = [_claim(a, "the rebels of starving the town", "minister", cue="accuse"),
              _claim(a, "autonomy for the valley", "rebels", cue="demand")]
    assert accusation_disputes(claims, [a], [an], Camps()) == []


def test_one_side_says_open_the_other_closed():
    a, an = _paras("a", [["Residents said the evacuation corridor was closed in practice."],
                         ["The government says the corridor is open every day."]], published="2026-01-17")
    claims = [_claim(a, "the evacuation corridor was closed in practice", "Residents"),
              _claim(a, "the corridor is open every day", "government")]
    d = state_disputes(claims, [a], Camps())
    assert len(d) == 1 and {p["party"]["name"] for p in d[0]["positions"]} == {"Residents", "government"}
    # one camp saying both, or things that differ, are no dispute
    assert state_disputes([claims[0], dict(claims[1], claimant={"name": "residents", "entity": None})], [a], Camps()) == []
    b, bn = _paras("b", [["Residents said the bakery was closed."], ["The government says the corridor is open."]])
    other = [_claim(b, "the bakery was closed", "Residents"), _claim(b, "the corridor is open", "government")]
    assert state_disputes(other, [b], Camps()) == []


def test_each_side_blamed_the_other_opens_the_two_accounts():
    a, an = _paras("a", [["A food convoy was hit near Delm on Thursday.",
                          "Each side blamed the other.",
                          "The army said rebel fighters had fired rockets at the lorries."],
                         ["The rebels said an army helicopter had fired on the convoy."],
                         ["The regional governor said the road would reopen on Monday."]])
    claims = [_claim(a, "rebel fighters had fired rockets at the lorries", "army"),
              _claim(a, "an army helicopter had fired on the convoy", "rebels"),
              _claim(a, "the road would reopen on Monday", "regional governor")]
    d = blame_cue_disputes(claims, [a], [an], Camps())
    assert len(d) == 1 and {p["party"]["name"] for p in d[0]["positions"]} == {"army", "rebels"}
    assert d[0]["notes"][0]["text"] == "Each side blamed the other."


def test_a_dispute_over_who_holds_a_place_is_titled_by_the_place():
    from newsweave.merge.disputes import _matter

    assert _matter("on Saturday they had taken full control of Kessa, the largest town in the province, "
                   "after two days …") == "control of Kessa"
    assert _matter("had seized control of the Upper and Lower districts of Kessa, a town they …") == (
        "control of the Upper and Lower districts of Kessa")
    assert _matter("the alert had been late") == "the alert had been late"
    assert _matter("number killed in Kessa") == "number killed in Kessa"


def test_a_missing_party_is_no_anonymous_voice():
    from newsweave.merge.disputes import _unnamed

    assert _unnamed(None) is False   # no party: not an anonymous voice, and no crash
    assert _unnamed({"name": "Two miners", "entity": None}) is True
