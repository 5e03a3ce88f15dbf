"""Disputes, round 7, on invented text (names are not those of any bundled story): 'disputed that,
saying ...' is a bare rejection with the rejecter's comment; an exclusive statement ('only X were
held') is answered by an insistence on more ('from both sides'); after a rejection by a group named
by what its members are ('Relatives disputed that.') the named person quoted next is one of them;
whether money arrived is a matter of its own; one claim and its negation, each rejected by the other
side, are one matter; 'made up of' is no rejection."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (_is_rejection, _same_matter, denial_disputes, find_disputes)
from dispute_docs import claim as _claim
from dispute_docs import paras as _paras


def _at(doc, sentence, needle, who, **extra):
    """A claim citing ``needle`` inside ``sentence`` of ``doc``."""
    i = doc["text"].index(sentence) + sentence.index(needle)
    return {"text": needle, "doc": doc["id"], "start": i, "end": i + len(needle),
            "claimant": {"name": who, "entity": None}, **extra}


def _cited(doc, d):
    out = []
    for p in d["positions"]:
        for c in p["citations"]:
            assert c["doc"] == doc["id"]
            assert doc["text"][c["start"]:c["end"]]
            out.append(doc["text"][c["start"]:c["end"]])
    return out


# ---------------------------------------------------------------- 'disputed that, saying ...'

def test_disputed_that_saying_answers_what_was_said_just_before():
    a, an = _paras("a", [["The regional prefect, Odile Marchetti, said on Monday that 64 households had been paid "
                          "their grants.",
                          "Teodor Vasko, the mayor of Pellin, disputed that, saying only 12 households in Pellin had "
                          "received any money."]])
    claims = [_claim(a, "64 households had been paid their grants", "Odile Marchetti"),
              _claim(a, "that, saying only 12 households in Pellin had received any money", "Teodor Vasko",
                     denial={"cue": "disputed", "target": {"text": "that, saying only 12 households in Pellin had "
                                                                    "received any money"}})]
    out = denial_disputes(claims, [a], [an], [], Camps())
    assert len(out) == 1
    cited = " ".join(_cited(a, out[0]))
    assert "64 households had been paid" in cited and "disputed that" in cited
    assert {p["party"]["name"] for p in out[0]["positions"]} == {"Odile Marchetti", "Teodor Vasko"}


# ---------------------------------------------------------------- 'only X' / 'insisted ... both'

def test_insisting_on_both_sides_answers_only_one_side():
    a, an = _paras("a", [["Captain Rhun Abelard said 19 people were now in jail.",
                          "The Valley Growers' Guild called the arrests unfair and said only growers had been jailed.",
                          "The gendarmerie insisted that suspects from both valleys were being held."]])
    claims = [_claim(a, "19 people were now in jail", "Rhun Abelard"),
              _claim(a, "only growers had been jailed", "Valley Growers' Guild"),
              _claim(a, "suspects from both valleys were being held", "gendarmerie",
                     denial={"cue": "insist", "target": None})]
    out = denial_disputes(claims, [a], [an], [], Camps())
    assert len(out) == 1
    parties = [p["party"]["name"] for p in out[0]["positions"]]
    assert parties == ["Valley Growers' Guild", "gendarmerie"]
    assert any("only growers" in t for t in _cited(a, out[0]))


def test_insisting_without_naming_more_is_still_agreement():
    a, an = _paras("a", [["The Valley Growers' Guild said only growers had been jailed.",
                          "The gendarmerie insisted that the suspects were being held lawfully."]])
    claims = [_claim(a, "only growers had been jailed", "Valley Growers' Guild"),
              _claim(a, "the suspects were being held lawfully", "gendarmerie",
                     denial={"cue": "insist", "target": None})]
    assert denial_disputes(claims, [a], [an], [], Camps()) == []


# ---------------------------------------------------------------- 'Relatives disputed that. "...," said X'

def test_the_named_voice_after_a_collective_rejection_is_part_of_it():
    a, an = _paras("a", [["The housing ministry said on Monday that rent support had been paid to 27 families.",
                          "Neighbours disputed that.",
                          "\u201cMy sister lost her flat and has not seen a single florin,\u201d said Piet Oranje, "
                          "who now speaks for the tenants."]])
    claims = [_claim(a, "rent support had been paid to 27 families", "housing ministry"),
              _at(a, "Neighbours disputed that.", "that", "Neighbours", denial={"cue": "disputed", "target": None}),
              _claim(a, "My sister lost her flat and has not seen a single florin", "Piet Oranje")]
    out = denial_disputes(claims, [a], [an], [], Camps())
    assert len(out) == 1
    cited = _cited(a, out[0])
    assert any("not seen a single florin" in t for t in cited)


def test_a_voice_rejecting_the_group_is_not_made_one_of_them():
    a, an = _paras("a", [["Parents have criticised the review, saying its board is mostly inspectors.",
                          "Parents disputed that.",
                          "Magistrate Ulla Brenck rejected claims that the board answered to the inspectorate."]])
    claims = [_claim(a, "that", "Parents", denial={"cue": "disputed", "target": None}),
              _claim(a, "claims that the board answered to the inspectorate", "Ulla Brenck",
                     denial={"cue": "rejected", "target": {"text": "claims that the board answered to the "
                                                                    "inspectorate"}})]
    out = denial_disputes(claims, [a], [an], [], Camps())
    for d in out:
        for p in d["positions"]:
            if p["party"]["name"] == "Parents":
                assert not any("Ulla Brenck" in t for t in
                               (a["text"][c["start"]:c["end"]] for c in p["citations"]))


def test_made_up_of_is_no_rejection():
    base = {"doc": "a", "start": 0, "end": 10, "claimant": {"name": "Parents", "entity": None}}
    assert not _is_rejection({**base, "text": "its board is made up of former inspectors"})
    assert _is_rejection({**base, "text": "the story was made up"})


# ---------------------------------------------------------------- money that did not arrive

def _pos(doc, needle, who):
    i = doc["text"].index(needle)
    return {"party": {"name": who, "entity": None}, "claim": needle,
            "citations": [{"doc": doc["id"], "start": i, "end": i + len(needle)}]}


def test_whether_the_money_arrived_is_a_matter_of_its_own():
    a, _an = _paras("a", [["The interior ministry said the dead numbered only four.",
                           "Teodor Vasko, the Pellin mayor, dismissed the figure as \u201ca joke\u201d; the town "
                           "council counts 30 dead, he said, and 60 families have lost their homes."],
                          ["The interior ministry said 64 families had been paid compensation.",
                           "Teodor Vasko, the Pellin mayor, disputed that, saying only 12 families had received any "
                           "money."]])
    count = {"topic": "the figure", "kind": "denial", "_target": "the figure",
             "positions": [_pos(a, "The interior ministry said the dead numbered only four.", "interior ministry"),
                           _pos(a, "Teodor Vasko, the Pellin mayor, dismissed the figure as \u201ca joke\u201d; the "
                                   "town council counts 30 dead, he said, and 60 families have lost their homes.",
                                "Teodor Vasko")]}
    money = {"topic": "64 families had been paid compensation", "kind": "denial", "_target": "",
             "positions": [_pos(a, "The interior ministry said 64 families had been paid compensation.",
                                "interior ministry"),
                           _pos(a, "Teodor Vasko, the Pellin mayor, disputed that, saying only 12 families had "
                                   "received any money.", "Teodor Vasko")]}
    out = _same_matter([count, money], camps=Camps())
    assert len(out) == 2


# ---------------------------------------------------------------- a claim and its negation

def _vane_disputes(front_says):
    """The front's statement (``front_says``) dismissed by the ministry, and an elder rejecting the
    ministry's claim that Vane had been in the hamlet."""
    a, _an = _paras("a", [[front_says, "The interior ministry dismissed the statement as lies."],
                          ["Hamlet elder Bram Tollis rejected the ministry\u2019s claim that Osric Vane had been in "
                           "the hamlet.",
                           "The interior ministry said 14 insurgents had died."]])
    first = {"topic": "Osric Vane", "kind": "denial", "_target": "the statement",
             "positions": [_pos(a, front_says, "Redfern Front"),
                           _pos(a, "The interior ministry dismissed the statement as lies.", "interior ministry")]}
    second = {"topic": "the ministry's claim", "kind": "denial",
              "_target": "the ministry\u2019s claim that Osric Vane had been in the hamlet",
              "positions": [_pos(a, "The interior ministry said 14 insurgents had died.", "interior ministry"),
                            _pos(a, "Hamlet elder Bram Tollis rejected the ministry\u2019s claim that Osric Vane had "
                                    "been in the hamlet.", "Bram Tollis")]}
    return first, second


def test_a_claim_and_its_negation_rejected_by_each_side_are_one_matter():
    first, second = _vane_disputes("The Redfern Front said its leader Osric Vane is alive and was never in the hamlet.")
    out = _same_matter([first, second], camps=Camps())
    assert len(out) == 1
    assert {p["party"]["name"] for p in out[0]["positions"]} == {"Redfern Front", "interior ministry", "Bram Tollis"}


def test_the_same_words_said_in_one_direction_are_not_joined_by_this_rule():
    first, second = _vane_disputes("The Redfern Front said its leader Osric Vane had been in the hamlet.")
    from newsweave.merge.disputes import _same_act_denied
    merged = {**first, "_targets": [(first["_target"], first["positions"][1:])]}
    assert not _same_act_denied(second, merged, set(), Camps())


def test_find_disputes_offsets_hold():
    a, an = _paras("a", [["The Valley Growers' Guild said only growers had been jailed.",
                          "The gendarmerie insisted that suspects from both valleys were being held."]])
    claims = [_claim(a, "only growers had been jailed", "Valley Growers' Guild"),
              _claim(a, "suspects from both valleys were being held", "gendarmerie",
                     denial={"cue": "insist", "target": None})]
    out = find_disputes(claims, [a], [an], [], [], [])
    assert len(out) == 1
    _cited(a, out[0])


# ---------------------------------------------------------------- 'Its owner' after a mistagged firm

def _its_owner_camps(first_sentence):
    text = first_sentence + " Its owner, Mila Dask, said the list was accurate."
    f = text.index("Harrow Freight")
    p = text.index("police")
    k = text.index("Mila Dask")
    an = {"doc": "a", "sentences": [[0, len(first_sentence)], [len(first_sentence) + 1, len(text)]],
          "mentions": [{"text": "Harrow Freight", "label": "PERSON", "start": f, "end": f + 14},
                       {"text": "police", "label": "ORG", "start": p, "end": p + 6},
                       {"text": "Mila Dask", "label": "PERSON", "start": k, "end": k + 9,
                        "role": {"text": "Its owner", "start": k - 11, "end": k - 2}}],
          "claims": [{"text": "the list was accurate", "doc": "a", "start": text.index("the list"),
                      "end": text.index("the list") + 21,
                      "claimant": {"name": "Mila Dask", "entity": "e3", "start": k, "end": k + 9}}]}
    if first_sentence.startswith("Harrow Freight rejected"):
        an["claims"].append({"text": "the police count", "doc": "a", "start": p, "end": p + 12,
                             "claimant": {"name": "Harrow Freight", "entity": "e1", "start": f, "end": f + 14},
                             "denial": {"cue": "rejected", "target": {"text": "the police count"}}})
    ents = [{"id": "e1", "name": "Harrow Freight", "aliases": [], "roles": [], "type": "PERSON"},
            {"id": "e2", "name": "police", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e3", "name": "Mila Dask", "aliases": [], "roles": ["Its owner"], "type": "PERSON"}]
    return Camps(ents, [{"id": "a", "text": text}], [an])


def test_its_owner_is_the_subject_speaking_just_before_not_a_body_it_named():
    camps = _its_owner_camps("Harrow Freight rejected the police count.")
    assert camps.same({"name": "Mila Dask", "entity": "e3"}, {"name": "Harrow Freight", "entity": "e1"})
    assert camps.of({"name": "Mila Dask", "entity": "e3"}) != "government"


def test_its_owner_with_no_speaking_subject_before_keeps_the_old_reading():
    camps = _its_owner_camps("Reporters asked Harrow Freight about the police inquiry.")
    assert not camps.same({"name": "Mila Dask", "entity": "e3"}, {"name": "Harrow Freight", "entity": "e1"})
