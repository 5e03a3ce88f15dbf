"""Disputes: a rejection's own label is no part of what it rejects; the extent of damage is
disputed like a toll; state services are the state's camp; a mayor is no group's voice (issue 6).
Invented text."""

from newsweave.merge.camps import GOVERNMENT, Camps
from newsweave.merge.disputes import denial_disputes, figure_disputes

from dispute_docs import claim, paras


def test_the_rejecters_label_does_not_choose_the_claim_rejected():
    a, an_a = paras("a", [["The flood agency said nine people had died in the storm, officials said.",
                           "The Delta Trust said a broken sluice gate had caused the flooding."]], "2026-02-01")
    b, an_b = paras("b", [["The minister dismissed suggestions that a sluice gate had caused the flooding "
                           "as \"talk by people who were not there\"."]], "2026-02-02")
    target = "suggestions that a sluice gate had caused the flooding as \"talk by people who were not there"
    claims = [claim(a, "nine people had died in the storm", "flood agency"),
              claim(a, "a broken sluice gate had caused the flooding", "Delta Trust"),
              claim(b, target, "minister", denial={"cue": "dismissed", "target": {"text": target}})]
    (d,) = denial_disputes(claims, [a, b], [an_a, an_b])
    assert [p["party"]["name"] for p in d["positions"]] == ["Delta Trust", "minister"]


def _area(fid, value, who, as_of):
    return {"id": fid, "text": f"{value:,} hectares", "value": value, "kind": "other", "what": "hectares",
            "doc": "a", "start": 0, "end": 1, "reported_by": {"name": who, "entity": None}, "as_of": as_of}


def test_an_area_burned_far_above_the_states_count_is_a_dispute():
    figs = [_area("f1", 2000, "national fire service", "2026-07-01"),
            _area("f2", 7000, "Green Ridge Society", "2026-07-02"),
            _area("f3", 3000, "national fire service", "2026-07-02")]
    group = [{"id": "g1", "kind": "other", "what": "hectares", "place": None, "spread": "disagreement",
              "figures": ["f1", "f2", "f3"]}]
    (d,) = figure_disputes(group, figs)
    assert d["topic"] == "extent in hectares"
    assert {p["party"]["name"] for p in d["positions"]} == {"national fire service", "Green Ridge Society"}
    # counts of anything else of kind "other" are no dispute
    group[0]["what"] = "residents"
    assert figure_disputes(group, figs) == []


def test_state_services_speak_for_the_state():
    camps = Camps()
    for name in ("the fire service", "Dravonian Prison Service", "civil protection agency"):
        assert camps.of({"name": name, "entity": None}) == GOVERNMENT


def test_its_mayor_is_the_towns_not_the_agencys_just_named():
    text = ("The Civil Protection Agency said the sirens had sounded. "
            "There were conflicting reports about Vell. Its mayor, Ana Pirl, said everyone had left.")
    start = text.index("Ana Pirl")
    ents = [{"id": "e1", "name": "Civil Protection Agency", "type": "ORG", "aliases": [], "roles": []},
            {"id": "e2", "name": "Ana Pirl", "type": "PERSON", "aliases": [], "roles": ["Its mayor"]},
            {"id": "e3", "name": "Vell", "type": "GPE", "aliases": [], "roles": []}]
    mentions = [{"text": "Civil Protection Agency", "label": "ORG", "start": 4, "end": 27},
                {"text": "Vell", "label": "GPE", "start": text.index("Vell"), "end": text.index("Vell") + 4},
                {"text": "Ana Pirl", "label": "PERSON", "start": start, "end": start + 8,
                 "role": {"text": "Its mayor", "start": start - 11, "end": start - 2}}]
    camps = Camps(ents, [{"id": "a", "text": text}], [{"doc": "a", "mentions": mentions}])
    assert camps.of({"name": "Civil Protection Agency", "entity": "e1"}) == GOVERNMENT
    assert camps.of({"name": "Ana Pirl", "entity": "e2"}) != GOVERNMENT


def test_some_missing_against_every_one_accounted_for_is_a_dispute():
    from newsweave.merge.disputes import none_disputes
    a, _an = paras("a", [["The families' group said six miners were still unaccounted for.",
                          "The mine company said every worker had been accounted for."]])
    claims = [claim(a, "every worker had been accounted for", "mine company")]
    i = a["text"].index("six miners")
    figs = [{"id": "f1", "text": "six miners", "value": 6, "kind": "missing", "doc": "a", "start": i,
             "end": i + 10, "reported_by": {"name": "families' group", "entity": None}}]
    (d,) = none_disputes(claims, figs)
    assert {p["party"]["name"] for p in d["positions"]} == {"mine company", "families' group"}
    # the same party saying both is no dispute
    figs[0]["reported_by"] = {"name": "mine company", "entity": None}
    assert none_disputes(claims, figs) == []


def test_an_official_named_without_a_state_belongs_to_the_datelines():
    a_text = "DORVO (Wire) - Defence Minister Ana Rusk said the Westlandian ship fired first."
    b_text = "KELM (Wire) - Foreign Minister Ivo Tarn said the Eastlandian navy attacked first."
    mention = lambda text, name, role: {"text": name, "label": "PERSON", "start": text.index(name),
                                        "end": text.index(name) + len(name),
                                        "role": {"text": role, "start": text.index(role), "end": text.index(role) + len(role)}}
    ents = [{"id": "e1", "name": "Ana Rusk", "type": "PERSON", "aliases": [], "roles": ["Defence Minister"]},
            {"id": "e2", "name": "Ivo Tarn", "type": "PERSON", "aliases": [], "roles": ["Foreign Minister"]}]
    docs = [{"id": "a", "text": a_text}, {"id": "b", "text": b_text}]
    analyses = [{"doc": "a", "mentions": [mention(a_text, "Ana Rusk", "Defence Minister")],
                 "claims": [{"claimant": {"name": "the Eastlandian government"}}]},
                {"doc": "b", "mentions": [mention(b_text, "Ivo Tarn", "Foreign Minister")],
                 "claims": [{"claimant": {"name": "the Westlandian government"}}]}]
    country = {"Dorvo": "Eastland", "Kelm": "Westland"}.get
    camps = Camps(ents, docs, analyses, place_country=country)
    assert camps.side({"name": "Ana Rusk", "entity": "e1"}) != camps.side({"name": "Ivo Tarn", "entity": "e2"})
    # without a gazetteer nothing is guessed
    plain = Camps(ents, docs, analyses)
    assert plain.side({"name": "Ana Rusk", "entity": "e1"}) == plain.side({"name": "Ivo Tarn", "entity": "e2"})
