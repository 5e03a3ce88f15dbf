"""Disputes without a denial verb (issue 6): a dismissal in other words ('without any legal basis'),
a charge stated with an arrest answered by the other side, and the camps that make the two sides
(an organisation named by its head noun, a member 'of the X party'), on invented text."""

from newsweave.merge.camps import GOVERNMENT, OPPOSITION, Camps
from newsweave.merge.disputes import accusation_disputes, denial_disputes
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return {p["party"]["name"] for p in d["positions"]}


# ---------------------------------------------------------------- dismissals in other words

def test_a_claim_called_without_any_legal_basis_is_rejected():
    a, an = _paras("a", [["Mr Varo declared himself the winner, saying his own count showed him ahead.",
                          'The commission called his claim "irresponsible and without any legal basis".']])
    claims = [_claim(a, "himself the winner", "Mr Varo", cue="declare"),
              _claim(a, "his own count showed him ahead", "Mr Varo"),
              _claim(a, 'his claim "irresponsible and without any legal basis', "commission", cue="call")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == {"Mr Varo", "commission"}


def test_a_count_said_to_have_no_legal_standing_is_rejected():
    a, an = _paras("a", [["The monitoring group said its own count put the president at 47 percent."],
                         ['The commission chairman said the group\'s count was "not an official result" and had no '
                          'legal standing.']])
    claims = [_claim(a, "its own count put the president at 47 percent", "monitoring group"),
              _claim(a, "the group's count was \"not an official result\" and had no legal standing",
                     "commission chairman")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and _parties(d[0]) == {"monitoring group", "commission chairman"}
    # words of the same family that reject nothing
    b, bn = _paras("b", [["The monitoring group said its volunteers had visited 300 polling stations."],
                         ["The commission chairman said the count would be published on Friday."]])
    other = [_claim(b, "its volunteers had visited 300 polling stations", "monitoring group"),
             _claim(b, "the count would be published on Friday", "commission chairman")]
    assert denial_disputes(other, [b], [bn]) == []


# ---------------------------------------------------------------- a charge answered

def test_those_arrested_for_a_crime_said_by_the_other_side_to_be_activists():
    a, an = _paras("a", [["The police said 40 people had been arrested for arson and looting.",
                          "The opposition party said most of them were activists taken from their homes."],
                         ["Mobile internet was still down on Tuesday."]])
    claims = [_claim(a, "40 people had been arrested for arson and looting", "police"),
              _claim(a, "most of them were activists taken from their homes", "The opposition party")]
    d = accusation_disputes(claims, [a], [an], Camps())
    assert len(d) == 1 and _parties(d[0]) == {"police", "The opposition party"}
    assert d[0]["topic"] == "40 people had been arrested for arson and looting"


def test_a_charge_answered_by_calling_the_arrest_something_else():
    a, an = _paras("a", [['The interior ministry said the party\'s deputy leader was suspected of "organising '
                          'riots".'],
                         ['The opposition spokeswoman called the arrest "revenge for the vote".']])
    claims = [_claim(a, 'the party\'s deputy leader was suspected of "organising riots"', "interior ministry"),
              _claim(a, "revenge for the vote", "opposition spokeswoman", cue="call")]
    d = accusation_disputes(claims, [a], [an], Camps())
    assert len(d) == 1 and _parties(d[0]) == {"interior ministry", "opposition spokeswoman"}


def test_an_arrest_followed_by_something_else_or_by_the_same_side_is_no_dispute():
    a, an = _paras("a", [["The police said 40 people had been arrested for arson and looting.",
                          "The opposition party said it would hold a rally on Friday."]])
    claims = [_claim(a, "40 people had been arrested for arson and looting", "police"),
              _claim(a, "it would hold a rally on Friday", "The opposition party")]
    assert accusation_disputes(claims, [a], [an], Camps()) == []
    b, bn = _paras("b", [["The police said 40 people had been arrested for arson and looting.",
                          "The interior minister said most of them were known to the police."]])
    same = [_claim(b, "40 people had been arrested for arson and looting", "police"),
            _claim(b, "most of them were known to the police", "interior minister")]
    assert accusation_disputes(same, [b], [bn], Camps()) == []
    # a call for something is a demand, not an answer
    c, cn = _paras("c", [["The police said 40 people had been arrested for arson and looting."],
                         ["The opposition party called for their release."]])
    demand = [_claim(c, "40 people had been arrested for arson and looting", "police"),
              _claim(c, "for their release", "The opposition party", cue="call")]
    assert accusation_disputes(demand, [c], [cn], Camps()) == []


# ---------------------------------------------------------------- camps

def _mention(text, name, label, role=None):
    s = text.index(name)
    m = {"text": name, "label": label, "start": s, "end": s + len(name)}
    if role:
        m["role"] = {"text": role}
    return m


def test_a_role_naming_an_organisation_by_its_head_noun_and_a_member_of_a_party():
    text = ("Tomas Varo of the Unity Front, the opposition leader, said the vote was stolen. "
            "The Front's spokeswoman, Mira Sand, said 40 members had been detained. "
            "The Electoral Commission said the vote was fair; commission chairman Ivo Hal called the claim absurd.")
    an = {"doc": "a", "sentences": [[0, len(text)]],
          "mentions": [_mention(text, "Tomas Varo", "PERSON"), _mention(text, "Unity Front", "ORG"),
                       _mention(text, "Mira Sand", "PERSON", "The Front's spokeswoman"),
                       _mention(text, "Electoral Commission", "ORG"),
                       _mention(text, "Ivo Hal", "PERSON", "commission chairman")]}
    ents = [{"id": "e1", "name": "Tomas Varo", "aliases": [], "roles": ["the opposition leader"], "type": "PERSON"},
            {"id": "e2", "name": "Unity Front", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e3", "name": "Mira Sand", "aliases": [], "roles": ["The Front's spokeswoman"], "type": "PERSON"},
            {"id": "e4", "name": "Electoral Commission", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e5", "name": "Ivo Hal", "aliases": [], "roles": ["commission chairman"], "type": "PERSON"},
            {"id": "e6", "name": "Front", "aliases": [], "roles": [], "type": "ORG"}]
    camps = Camps(ents, [{"id": "a", "text": text}], [an])
    assert camps.of({"name": "Tomas Varo", "entity": "e1"}) == OPPOSITION
    # the party its leader is named of shares his camp, and so does its spokeswoman
    assert camps.of({"name": "Unity Front", "entity": "e2"}) == OPPOSITION
    assert camps.of({"name": "Mira Sand", "entity": "e3"}) == OPPOSITION
    assert camps.of({"name": "Front", "entity": "e6"}) == OPPOSITION      # the short name is the party
    # "commission chairman": the one commission of the story
    assert camps.same({"name": "Ivo Hal", "entity": "e5"}, {"name": "Electoral Commission", "entity": "e4"})
    assert camps.of({"name": "Ivo Hal", "entity": "e5"}) != GOVERNMENT


def test_the_groups_director_is_not_the_director_of_a_commission_named_just_before():
    text = ("The Ballot Watch said its count put the president at 47 percent. The Electoral Commission's result "
            "gives him 61 percent. \"The gap cannot be explained,\" said Lena Orr, the group's director.")
    an = {"doc": "a", "sentences": [[0, len(text)]],
          "mentions": [_mention(text, "Ballot Watch", "ORG"), _mention(text, "Electoral Commission", "ORG"),
                       _mention(text, "Lena Orr", "PERSON", "the group's director")]}
    ents = [{"id": "e1", "name": "Ballot Watch", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e2", "name": "Electoral Commission", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e3", "name": "Lena Orr", "aliases": [], "roles": ["the group's director"], "type": "PERSON"}]
    camps = Camps(ents, [{"id": "a", "text": text}], [an])
    assert camps.same({"name": "Lena Orr", "entity": "e3"}, {"name": "Ballot Watch", "entity": "e1"})
    assert not camps.same({"name": "Lena Orr", "entity": "e3"}, {"name": "Electoral Commission", "entity": "e2"})


def test_the_other_side_speaking_of_itself_after_an_arrest_is_no_answer():
    a, an = _paras("a", [["The police said 12 people had been arrested for looting.",
                          "The rebels said they had taken the airport."]])
    claims = [_claim(a, "12 people had been arrested for looting", "police"),
              _claim(a, "they had taken the airport", "The rebels")]
    assert accusation_disputes(claims, [a], [an], Camps()) == []
