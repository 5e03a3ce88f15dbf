"""Disputes: general rules found on a convoy ambush, an avalanche and a hospital fire (round 5), on
invented text (names are not those of any bundled story): 'everyone ... had been accounted for'
is a party's none, a rejection of 'the federation's claims' answers what that organisation said, a
statement '..., an account the X denied' is a dispute with X's answer, and an air force is a
voice of the state."""

from newsweave.merge.camps import GOVERNMENT, Camps
from newsweave.merge.disputes import apposed_denial_disputes, denial_disputes, none_disputes
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return sorted(p["party"]["name"] for p in d["positions"])


def _cited(d, doc):
    return sorted(doc["text"][c["start"]:c["end"]] for p in d["positions"] for c in p["citations"])


# ---------------------------------------------------------------- everyone accounted for

def _fig(doc, needle, value, kind, who):
    i = doc["text"].index(needle)
    return {"id": "f1", "doc": doc["id"], "start": i, "end": i + len(needle), "text": needle, "value": value,
            "kind": kind, "reported_by": {"name": who, "entity": None}}


def test_everyone_accounted_for_is_a_none_against_a_count_of_the_missing():
    a, _an = _paras("a", [["Dorin Vasque, who speaks for the dockers, said three workers had still not been "
                           "accounted for.",
                           "The port authority said that everyone on the night shift had been accounted for."]])
    claims = [_claim(a, "three workers had still not been accounted for", "Dorin Vasque"),
              _claim(a, "everyone on the night shift had been accounted for", "port authority")]
    figs = [_fig(a, "three workers", 3, "missing", "Dorin Vasque")]
    d = none_disputes(claims, figs, Camps())
    assert len(d) == 1 and _parties(d[0]) == ["Dorin Vasque", "port authority"]
    # 'everyone' saying something else is no none
    claims[1] = _claim(a, "The port authority said that everyone", "port authority")
    assert none_disputes(claims, figs, Camps()) == []


# ---------------------------------------------------------------- the organisation's claims

def test_a_rejection_of_the_organisations_claims_answers_what_it_said():
    ents = [{"id": "e1", "name": "Tarrow Dockers' Federation", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e2", "name": "Hollis Brand", "aliases": [], "roles": ["the federation's secretary"], "type": "PERSON"},
            {"id": "e3", "name": "Mara Quell", "aliases": [], "roles": ["Transport Minister"], "type": "PERSON"}]
    a, an = _paras("a", [["Hollis Brand, the federation's secretary, said the crane collapsed because its cables "
                          "were worn through.",
                          "The federation also said the port would stay shut on Friday."]], published="2026-03-02")
    b, bn = _paras("b", [["The transport minister said the crane was inspected in January.",
                          "\"The cables were sound,\" Ms Quell said.",
                          "She dismissed the federation's claims as \"a bid for attention\"."]], published="2026-03-04")
    brand = {"name": "Hollis Brand", "entity": "e2"}
    guild = {"name": "Tarrow Dockers' Federation", "entity": "e1"}
    quell = {"name": "Mara Quell", "entity": "e3"}

    def cl(doc, needle, who, **extra):
        c = _claim(doc, needle, who["name"], **extra)
        c["claimant"] = dict(who)
        return c
    t = b["text"].index("the federation's claims")
    claims = [cl(a, "the crane collapsed because its cables were worn through", brand),
              cl(a, "the port would stay shut on Friday", guild),
              cl(b, "the crane was inspected in January", quell),
              cl(b, "The cables were sound", quell),
              cl(b, "the federation's claims as \"a bid for attention", quell,
                 denial={"cue": "dismissed ... as", "target": {"text": "the federation's claims", "start": t,
                                                               "end": t + len("the federation's claims")}})]
    camps = Camps(ents, [a, b], [an, bn])
    d = denial_disputes(claims, [a, b], [an, bn], [], camps)
    assert len(d) == 1 and _parties(d[0]) == ["Hollis Brand", "Mara Quell"]
    # the statement sharing the matter's words (the cables), not the federation's latest one
    assert any("cables were worn through" in s for s in _cited(d[0], a))


# ---------------------------------------------------------------- ', an account X denied'

def test_a_statement_an_account_the_body_denied_is_a_dispute_with_its_answer():
    ents = [{"id": "e1", "name": "Korvel Harbour Authority", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e2", "name": "Ilan Petrosz", "aliases": [], "roles": [], "type": "PERSON"}]
    a, an = _paras("a", [["Crew members of the dredger say its pumps failed twice before it sank, an account the "
                          "Korvel Harbour Authority denied on Monday."],
                         ["Deckhand Ilan Petrosz said the second pump stopped an hour before the sinking.",
                          "\"We were bailing by hand,\" he said."],
                         ["The authority said both pumps had passed inspection in May."]])
    claims = [_claim(a, "its pumps failed twice before it sank, an account the Korvel Harbour Authority denied on "
                        "Monday", "Crew members"),
              _claim(a, "the second pump stopped an hour before the sinking", "Ilan Petrosz"),
              _claim(a, "We were bailing by hand", "Ilan Petrosz"),
              _claim(a, "both pumps had passed inspection in May", "authority")]
    for c in claims[1:3]:
        c["claimant"]["entity"] = "e2"
    camps = Camps(ents, [a], [an])
    d = apposed_denial_disputes(claims, [a], [an], camps)
    assert len(d) == 1 and _parties(d[0]) == ["Crew members", "Ilan Petrosz", "authority"]
    cited = _cited(d[0], a)
    assert any(s.startswith("The authority said both pumps") for s in cited)
    assert any(s.startswith("\"We were bailing") for s in cited)
    for p in d[0]["positions"]:
        for c in p["citations"]:
            assert a["text"][c["start"]:c["end"]] in p["claim"]
    # no answer from the body named: no dispute
    assert apposed_denial_disputes(claims[:3], [a], [an], camps) == []


def test_an_account_denied_by_the_speaker_itself_is_no_dispute():
    a, an = _paras("a", [["The authority said the pumps failed, a claim the authority denied later."],
                         ["The authority said both pumps had passed inspection."]])
    claims = [_claim(a, "the pumps failed, a claim the authority denied later", "authority"),
              _claim(a, "both pumps had passed inspection", "authority")]
    assert apposed_denial_disputes(claims, [a], [an], Camps()) == []


# ---------------------------------------------------------------- an air force speaks for the state

def test_an_air_force_is_a_voice_of_the_state():
    camps = Camps()
    assert camps.of({"name": "Corvan Air Force", "entity": None}) == GOVERNMENT
    assert camps.of({"name": "air force spokesman", "entity": None}) == GOVERNMENT
