"""Disputes: general rules found on an air crash, a school abduction and a building collapse
(round 3), on invented text (names are not those of any bundled story): a message said never to
have been received, a count that says it adds people only its reporter believes in, counts of the
missing that only fall from day to day, an independent count set against the state's count of
the day it was printed, an organisation named by the end of its name, a rejection re-homed to the
dispute that says what it rejects, a headline's accusation left to the body, and the accused
answering an accusation."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (_rehome_rejections, accusation_disputes, denial_disputes, none_disputes,
                                      figure_disputes)
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return sorted(p["party"]["name"] for p in d["positions"])


# ---------------------------------------------------------------- a message never received

def test_a_message_said_never_to_have_been_received_rejects_it():
    a, an = _paras("a", [["Shopkeepers on Vell Lane say they wrote to the harbour board about the leaking dyke in "
                          "June.", "The harbour board said on Friday it had received no such letter."]])
    claims = [_claim(a, "they wrote to the harbour board about the leaking dyke in June", "Shopkeepers on Vell Lane"),
              _claim(a, "it had received no such letter", "harbour board")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == ["Shopkeepers on Vell Lane", "harbour board"]
    b, bn = _paras("b", [["The guild has published a petition dated 4 May about the dyke.",
                          "The harbour board says it has no record of receiving it."]])
    claims = [_claim(b, "The guild has published a petition dated 4 May about the dyke", "guild"),
              _claim(b, "it has no record of receiving it", "harbour board")]
    assert len(denial_disputes(claims, [b], [bn])) == 1
    # receiving something is not denying a message
    c, cn = _paras("c", [["The guild said the dyke had leaked since June.",
                          "The harbour board said it had received no funding this year."]])
    claims = [_claim(c, "the dyke had leaked since June", "guild"),
              _claim(c, "it had received no funding this year", "harbour board")]
    assert denial_disputes(claims, [c], [cn]) == []


# ---------------------------------------------------------------- counts of another scope or day

def _fig(fid, value, who, as_of, doc="a", kind="killed", start=0, end=1, text=None):
    return {"id": fid, "text": text or str(value), "value": value, "kind": kind, "doc": doc, "start": start,
            "end": end, "reported_by": {"name": who, "entity": None}, "as_of": as_of, "what": "people"}


def _group(figs, kind="killed"):
    return [{"id": "g1", "kind": kind, "place": None, "spread": "disagreement", "figures": [f["id"] for f in figs]}]


def test_a_count_that_adds_people_only_its_reporter_believes_in_is_another_scope():
    text = ("The police said 12 people had died. The dockers' union put the dead at 40, including the porters "
            "it believes are still under the crates.")
    doc = {"id": "a", "text": text}
    i = text.index("40")
    figs = [_fig("f1", 12, "police", "2026-02-01", start=text.index("12"), end=text.index("12") + 2),
            _fig("f2", 40, "opposition dockers' union", "2026-02-01", start=i, end=i + 2)]
    assert figure_disputes(_group(figs), figs, documents=[doc]) == []
    # the same count without that clause is set against the state's
    doc2 = {"id": "a", "text": text.replace(", including the porters it believes are still under the crates", "")}
    assert len(figure_disputes(_group(figs), figs, documents=[doc2])) == 1


def test_counts_of_the_missing_that_only_fall_are_one_count_shrinking():
    figs = [_fig("f1", 30, "ferry company", "2026-02-01", kind="missing"),
            _fig("f2", 14, "opposition relatives' group", "2026-02-02", kind="missing"),
            _fig("f3", 5, "interior ministry", "2026-02-04", kind="missing")]
    assert figure_disputes(_group(figs, "missing"), figs) == []
    # a count rising again on a later day against a smaller earlier one is a disagreement
    figs[1] = _fig("f2", 40, "opposition relatives' group", "2026-02-05", kind="missing")
    assert len(figure_disputes(_group(figs, "missing"), figs)) == 1


def test_an_independent_count_is_set_against_the_states_count_of_the_day_it_was_printed():
    # 'the fire last Monday killed at least 14' dated to the Monday but printed on Friday, when the
    # state also says 14: not far above the state's count
    docs = [{"id": "a", "text": "x", "published": "2026-02-02"}, {"id": "b", "text": "x", "published": "2026-02-06"}]
    figs = [_fig("f1", 3, "fire brigade", "2026-02-02"), _fig("f2", 14, "fire brigade", "2026-02-05", doc="b"),
            _fig("f3", 14, "Hollin Town Council", "2026-02-02", doc="b")]
    camps = Camps([{"id": "e1", "name": "fire brigade", "type": "ORG", "aliases": [], "roles": []}])
    camps._camp["e1"] = "government"
    assert figure_disputes(_group(figs), figs, camps, documents=docs) == []
    # printed on the first day, far above the state's 3 of that day: a disagreement
    docs[1]["published"] = "2026-02-02"
    figs[1] = _fig("f2", 14, "fire brigade", "2026-02-05")
    figs[2] = _fig("f3", 14, "Hollin Town Council", "2026-02-02")
    assert len(figure_disputes(_group(figs), figs, camps, documents=docs)) == 1


# ---------------------------------------------------------------- camps

def test_an_organisation_named_by_the_end_of_its_name():
    camps = Camps([{"id": "e1", "name": "Tarrow Coast Guard", "type": "ORG", "aliases": [], "roles": []},
                   {"id": "e2", "name": "Tarrow Harbour Board", "type": "ORG", "aliases": [], "roles": []}])
    assert camps.of({"name": "the town's coast guard", "entity": None}) == camps.of(
        {"name": "Tarrow Coast Guard", "entity": "e1"})
    assert camps.same({"name": "coast guard", "entity": None}, {"name": "Tarrow Coast Guard", "entity": "e1"})
    # two boards would be ambiguous; a word that names no kind of organisation is no such name
    camps2 = Camps([{"id": "e1", "name": "Tarrow Harbour Board", "type": "ORG", "aliases": [], "roles": []},
                    {"id": "e2", "name": "Ness Harbour Board", "type": "ORG", "aliases": [], "roles": []}])
    assert not camps2.same({"name": "the harbour board", "entity": None},
                           {"name": "Tarrow Harbour Board", "entity": "e1"})
    camps3 = Camps([{"id": "e1", "name": "Ivo Tarrow", "type": "PERSON", "aliases": [], "roles": []}])
    assert not camps3.same({"name": "the town's tarrow", "entity": None}, {"name": "Ivo Tarrow", "entity": "e1"})


# ---------------------------------------------------------------- a rejection re-homed

def _pos(who, claim, doc="a", start=0):
    return {"party": {"name": who, "entity": None}, "claim": claim,
            "citations": [{"doc": doc, "start": start, "end": start + len(claim)}]}


def test_a_rejection_matched_weakly_joins_the_dispute_that_says_what_it_rejects():
    lifeboats = {"kind": "denial", "topic": "t1", "positions": [
        _pos("Anna Pell", "The lifeboats came four hours after the ferry capsized", start=0),
        _pos("Coast Rescue Service", "its lifeboats had reached the capsized ferry within an hour", start=100)]}
    weak = {"kind": "denial", "topic": "t2", "_target": "claims from islanders that lifeboats were slow to reach "
                                                         "the capsized ferry",
            "positions": [_pos("island council", "Forty families left their homes because oil washed onto the "
                                                 "beach", doc="c"),
                          _pos("Transport Minister Oke Dahl", "The lifeboats were at the ferry within the hour",
                               doc="b", start=200)]}
    out = _rehome_rejections([lifeboats, weak])
    assert out == [lifeboats]
    assert _parties(lifeboats) == ["Anna Pell", "Coast Rescue Service", "Transport Minister Oke Dahl"]
    # a rejection whose match says what it rejects stays where it is
    good = {**weak, "positions": [_pos("island council", "The lifeboats were slow to reach the capsized ferry",
                                       doc="c"), weak["positions"][1]]}
    assert len(_rehome_rejections([lifeboats, good])) == 2
    # what the rejection's own article says just before it is what it answers, even in other words
    near = {**weak, "positions": [{**weak["positions"][0], "citations": [{"doc": "b", "start": 0, "end": 80}]},
                                  weak["positions"][1]]}
    assert len(_rehome_rejections([lifeboats, near])) == 2


# ---------------------------------------------------------------- accusations

def test_a_headline_accusation_is_left_to_the_body():
    a, an = _paras("a", [["Rebels claim ambush; army blames smugglers"],
                         ["A rebel group calling itself the Red Vale has claimed the ambush near Sorra."],
                         ["The army said smugglers from the border had attacked the convoy."]])
    claims = [_claim(a, "army blames smugglers", "army", cue="blame"),
              _claim(a, "has claimed the ambush near Sorra", "rebel group"),
              _claim(a, "smugglers from the border had attacked the convoy", "army")]
    assert accusation_disputes(claims, [a], [an], Camps()) == []


def test_the_accused_answering_an_accusation():
    a, an = _paras("a", [["The fishermen's association accused the Coastal Survey Office of closing the bay too "
                          "early.", "\"They left our boats out there,\" said Eno Brak.",
                          "The office said the bay had been closed to large ships only."]])
    claims = [_claim(a, "closing the bay too early", "fishermen's association", cue="accuse"),
              _claim(a, "They left our boats out there", "fishermen's association"),
              _claim(a, "the bay had been closed to large ships only", "office")]
    d = accusation_disputes(claims, [a], [an], Camps())
    assert len(d) == 1 and _parties(d[0]) == ["fishermen's association", "office"]
    # a third party speaking after it is no answer
    b, bn = _paras("b", [["The fishermen's association accused the Coastal Survey Office of closing the bay too "
                          "early.", "The weather service said winds would ease on Friday."]])
    claims = [_claim(b, "closing the bay too early", "fishermen's association", cue="accuse"),
              _claim(b, "winds would ease on Friday", "weather service")]
    assert accusation_disputes(claims, [b], [bn], Camps()) == []


# ---------------------------------------------------------------- nobody left under the rubble

def test_nobody_left_under_the_rubble_against_a_count_of_those_still_there():
    a, an = _paras("a", [["The mine rescue corps ended its search, saying nobody was left under the rubble.",
                          "The miners' union said nine men were still under the rubble."]])
    claims = [_claim(a, "nobody was left under the rubble", "mine rescue corps"),
              _claim(a, "nine men were still under the rubble", "miners' union")]
    i = a["text"].index("nine men")
    figs = [{"id": "f1", "text": "nine men were still under the rubble", "value": 9, "kind": "missing", "doc": "a",
             "start": i, "end": i + 36, "reported_by": {"name": "miners' union", "entity": None}}]
    d = none_disputes(claims, figs)
    assert len(d) == 1 and _parties(d[0]) == ["mine rescue corps", "miners' union"]
    # nobody hurt in the rubble is no statement about the missing
    claims[0] = _claim(a, "nobody was left under the rubble", "mine rescue corps")
    claims[0]["text"] = "nobody was hurt when the wall fell"
    assert none_disputes(claims, figs) == []
