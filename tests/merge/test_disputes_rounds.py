"""Disputes: general rules found on a coup, a derailment, a stadium crush and a village attack
(issue 6), on invented text: who holds places named by their noun ("the capital", "the airport"),
a measure said to be lifted and still in force, an act denied by "no record of" it, a bare
rejection explained by the rejecter, a count dismissed as guesswork linked to the estimate it
dismisses, a quoted label that is no part of what is rejected, a demand is no statement, a
journalist's cue about a matter already in dispute joins it, counts of the wounded, and an
organisation named by the first word of its name in a role."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (_cues_join_matters, control_disputes, denial_disputes, figure_disputes,
                                      state_disputes)
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return [p["party"]["name"] for p in d["positions"]]


def _ctl(doc, place, key, controller, party, start=0):
    return {"place": place, "place_key": key, "place_entity": None, "controller": controller,
            "controller_key": controller.lower(), "party": {"name": party, "entity": None},
            "text": "x", "doc": doc, "start": start, "end": start + 1}


def test_places_named_by_their_noun_are_disputed_between_two_camps():
    controls = [_ctl("a", "the capital", "capital", "the government", "interior ministry"),
                _ctl("b", "the capital", "capital", "Insurgents of the north", "insurgents"),
                _ctl("b", "the main airport", "airport", "Insurgents of the north", "insurgents")]
    disputes = control_disputes(controls, Camps())
    assert len(disputes) == 1 and disputes[0]["topic"] == "control of the capital"
    assert sorted(_parties(disputes[0])) == ["insurgents", "interior ministry"]


def test_an_outlet_telling_a_place_changed_hands_is_no_dispute():
    controls = [_ctl("a", "the airport", "airport", "rebels", "Coast Herald"),
                _ctl("b", "the airport", "airport", "the army", "Coast Herald")]
    assert control_disputes(controls, Camps(), outlets=["Coast Herald"]) == []
    # nor one camp naming its units two ways
    same = [_ctl("a", "the port", "port", "loyal units", "army"),
            _ctl("b", "the port", "port", "the marines", "army spokesman")]
    assert control_disputes(same, Camps()) == []


def test_a_curfew_lifted_and_still_in_force():
    a, an = _paras("a", [["Minister Hal Ostrem said the curfew in the port city was lifted on Sunday.",
                          "Dock workers said patrols still turned them back at night.",
                          "\"The curfew is still in force, whatever the radio says,\" said one, a welder."]])
    claims = [_claim(a, "the curfew in the port city was lifted on Sunday", "Hal Ostrem"),
              _claim(a, "The curfew is still in force, whatever the radio says", "one, a welder")]
    disputes = state_disputes(claims, [a])
    assert len(disputes) == 1 and disputes[0]["topic"] == "whether the curfew was lifted"
    assert sorted(_parties(disputes[0])) == ["Hal Ostrem", "one, a welder"]


def test_no_record_of_an_inspection_denies_the_inspection():
    a, an = _paras("a", [["The dyke at Vell was checked by Morrow Civil on 9 June, the firm said."]],
                   published="2026-06-20")
    b, bn = _paras("b", [["The water board said the pumps had failed twice in May, and that it had found no "
                          "record of the check that Morrow Civil says it carried out on 9 June."]],
                   published="2026-06-24")
    claims = [_claim(a, "The dyke at Vell was checked by Morrow Civil on 9 June", "firm"),
              _claim(b, "the pumps had failed twice in May, and that it had found no record of the check that "
                        "Morrow Civil says it carried out on 9 June", "water board")]
    disputes = denial_disputes(claims, [a, b], [an, bn])
    assert len(disputes) == 1 and _parties(disputes[0]) == ["firm", "water board"]


def test_a_bare_rejection_answers_the_statement_its_explanation_speaks_of():
    a, an = _paras("a", [["The water board said it had found no record of the dyke check that Morrow Civil "
                          "says it carried out on 9 June."],
                         ["Chief engineer Pia Lund said the early results did not yet settle the cause.",
                          "\"The pumps may have failed too,\" she said."],
                         ["Morrow's director, Ken Arvo, rejected the finding.",
                          "\"Our crew walked that dyke on 9 June. The paperwork is late, the check is not,\" he said."]])
    claims = [_claim(a, "it had found no record of the dyke check that Morrow Civil says it carried out on 9 June",
                     "water board"),
              _claim(a, "the early results did not yet settle the cause", "Pia Lund"),
              _claim(a, "The pumps may have failed too", "Pia Lund"),
              _claim(a, "the finding", "Ken Arvo", denial={"cue": "rejected", "target": {"text": "the finding"}}),
              _claim(a, "Our crew walked that dyke on 9 June. The paperwork is late, the check is not", "Ken Arvo")]
    disputes = denial_disputes(claims, [a], [an])
    assert [d for d in disputes if "Ken Arvo" in _parties(d)]
    d = next(d for d in disputes if "Ken Arvo" in _parties(d))
    assert "water board" in _parties(d) and "Pia Lund" not in _parties(d)


def test_an_estimate_dismissed_as_guesswork_answers_the_estimate():
    a, an = _paras("a", [["The Ferry Users' Council said the boat had been far fuller than the manifest showed.",
                          "Its chair, Ola Brink, said witnesses counted more than 500 people on deck."],
                         ["The operator dismissed the council's estimate as \"guesswork\", saying 320 tickets "
                          "had been sold."]])
    claims = [_claim(a, "the boat had been far fuller than the manifest showed", "Ferry Users' Council"),
              _claim(a, "witnesses counted more than 500 people on deck", "Ola Brink"),
              _claim(a, "the council's estimate as \"guesswork\"", "operator",
                     denial={"cue": "dismissed", "target": {"text": "the council's estimate"}})]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    cited = {a["text"][c["start"]:c["end"]] for p in disputes[0]["positions"] for c in p["citations"]}
    assert any("500 people" in t for t in cited)


def test_the_label_a_rejecter_quotes_is_no_part_of_what_is_rejected():
    a, an = _paras("a", [["A charity said 40 wounded from Vell had died of their injuries."],
                         ["Elder Tomas Gard repeated that the soldiers had arrived hours late."],
                         ["Major Ines Kaul dismissed the claim as \"an insult to the soldiers who died in Vell\"."]])
    claims = [_claim(a, "40 wounded from Vell had died of their injuries", "charity"),
              _claim(a, "the soldiers had arrived hours late", "Tomas Gard"),
              _claim(a, "an insult to the soldiers who died in Vell", "Ines Kaul",
                     denial={"cue": "dismissed", "target": {"text": "the claim"}})]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1 and _parties(disputes[0]) == ["Tomas Gard", "Ines Kaul"]


def test_a_demand_called_absurd_is_no_statement():
    a, an = _paras("a", [["Minister Eda Voss said Ostria would claim $40 million in compensation from Carn."]],
                   published="2026-03-01")
    b, bn = _paras("b", [["Carn's foreign minister called Ostria's compensation demand \"absurd\"."]],
                   published="2026-03-02")
    claims = [_claim(a, "Ostria would claim $40 million in compensation from Carn", "Eda Voss"),
              _claim(b, "Ostria's compensation demand", "Carn's foreign minister",
                     denial={"cue": "called ... absurd", "target": {"text": "Ostria's compensation demand"}})]
    assert denial_disputes(claims, [a, b], [an, bn]) == []


def _pos(name, claim):
    return {"party": {"name": name, "entity": None}, "claim": claim, "citations": []}


def test_a_cue_about_a_matter_already_in_dispute_joins_it():
    smoke = {"kind": "denial", "topic": "smoke bombs", "positions": [
        _pos("Several fans", "police had thrown smoke bombs into the stand"),
        _pos("police spokesman", "No smoke bombs were thrown inside the ground")]}
    cue = {"kind": "cue", "topic": "There were conflicting reports about the smoke bombs.",
           "notes": [{"text": "There were conflicting reports about the smoke bombs."}],
           "positions": [_pos("Camera crews", "they saw canisters land in the stand"),
                         _pos("police", "the bombs were used only outside")]}
    other = {"kind": "cue", "topic": "Accounts differ over the ticket sales.",
             "notes": [{"text": "Accounts differ over the ticket sales."}],
             "positions": [_pos("club", "12,000 tickets"), _pos("police", "20,000 tickets")]}
    out = _cues_join_matters([smoke, cue, other], Camps())
    assert len(out) == 2 and out[1] is other
    assert "Camera crews" in _parties(out[0])


def _f(fid, value, who, kind):
    return {"id": fid, "text": str(value), "value": value, "kind": kind, "doc": "a", "start": 0, "end": 1,
            "reported_by": {"name": who, "entity": None}, "as_of": "2026-01-02"}


def test_a_hospital_treating_more_wounded_than_the_state_counts_is_no_dispute():
    for kind, n in (("injured", 0), ("killed", 1)):
        figs = [_f("f1", 12, "defence ministry", kind), _f("f2", 70, "Mercy Aid", kind)]
        group = [{"id": "g1", "kind": kind, "place": None, "spread": "disagreement", "figures": ["f1", "f2"]}]
        assert len(figure_disputes(group, figs)) == n


def test_an_organisation_named_by_the_first_word_of_its_name_in_a_role():
    docs = [{"id": "a", "text": "Varrow Dredging Ltd said the channel was clear. Varrow's director, Ilse Mork, "
                                "agreed. Varrow did not answer."}]
    camps = Camps([{"id": "e1", "name": "Varrow Dredging Ltd", "type": "ORG", "roles": []},
                   {"id": "e2", "name": "Ilse Mork", "type": "PERSON", "roles": ["Varrow's director"]},
                   {"id": "e3", "name": "Varrow", "type": "PERSON", "roles": []}], docs)
    org = camps.of({"name": "Varrow Dredging Ltd", "entity": "e1"})
    assert camps.of({"name": "Ilse Mork", "entity": "e2"}) == org
    assert camps.of({"name": "Varrow’s director", "entity": None}) == org
    assert camps.of({"name": "Varrow", "entity": "e3"}) == org


def test_a_headline_statement_stands_for_the_body_statement_below_it():
    a, an = _paras("a", [["Flood warning came too late, farmers say"],
                         ["Farmers of Oss said on Monday that the flood warning reached them after the water did."],
                         ["Governor Lia Brek denied that the warning had been late.",
                          "\"The warning went out at noon,\" she said."]])
    claims = [_claim(a, "Flood warning came too late", "farmers"),
              _claim(a, "the flood warning reached them after the water did", "Farmers of Oss"),
              _claim(a, "the warning had been late", "Lia Brek",
                     denial={"cue": "denied", "target": {"text": "the warning had been late"}}),
              _claim(a, "The warning went out at noon", "Lia Brek", source="quote")]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1 and _parties(disputes[0]) == ["Farmers of Oss", "Lia Brek"]


def test_images_dismissed_answer_what_they_were_said_to_show_with_the_quote_after_it():
    a, an = _paras("a", [["Analyst Rea Moss of Skyframe said the images showed 40 tanks near the border.",
                          "\"That is four times the usual number,\" she said."],
                         ["The defence ministry dismissed the images as showing an old exercise."]])
    claims = [_claim(a, "the images showed 40 tanks near the border", "Rea Moss"),
              _claim(a, "That is four times the usual number", "Rea Moss", source="quote"),
              _claim(a, "the images as showing an old exercise", "defence ministry",
                     denial={"cue": "dismissed", "target": {"text": "the images as showing an old exercise"}})]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    moss = next(p for p in disputes[0]["positions"] if p["party"]["name"] == "Rea Moss")
    assert len(moss["citations"]) == 2     # her quote after the statement is her side too


def test_its_researcher_belongs_to_the_group_that_spoke_last_not_to_a_ministry_named_before():
    text = ("The finance ministry said the fund was solvent. The Savers' League called for an audit. "
            "Its researcher, Ona Pell, said the fund had lost money.")
    i, j = text.index("The Savers' League"), text.index("Ona Pell")
    analysis = {"doc": "a", "mentions": [
        {"text": "finance ministry", "label": "ORG", "start": 4, "end": 20},
        {"text": "Savers' League", "label": "ORG", "start": i + 4, "end": i + 18}],
        "claims": [{"claimant": {"name": "The Savers' League", "start": i, "end": i + 18}},
                   {"claimant": {"name": "Ona Pell", "start": j, "end": j + 8, "role": "Its researcher",
                                 "type": "PERSON"}}]}
    entities = [{"id": "e1", "name": "finance ministry", "type": "ORG", "roles": []},
                {"id": "e2", "name": "Savers' League", "type": "ORG", "roles": []},
                {"id": "e3", "name": "Ona Pell", "type": "PERSON", "roles": ["Its researcher"]}]
    camps = Camps(entities, [{"id": "a", "text": text}], [analysis])
    assert camps.of({"name": "Ona Pell", "entity": "e3"}) == camps.of({"name": "Savers' League", "entity": "e2"})
    assert camps.of({"name": "Ona Pell", "entity": "e3"}) != "government"
