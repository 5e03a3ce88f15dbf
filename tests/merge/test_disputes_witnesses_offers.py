"""Disputes: general rules found on an industrial-disaster story (issue 6), on invented text:
unnamed witnesses are no side, 'no record of any complaint' answers the complaint, a rejected
offer answers what its maker said of it, attribution words do not join two matters, and a role
held in an organisation ('the union's president') is not a government title."""

from newsweave.merge.camps import Camps
from newsweave.merge.disputes import _same_matter, denial_disputes
from dispute_docs import paras as _paras, claim as _claim


def _parties(d):
    return [p["party"]["name"] for p in d["positions"]]


def test_unnamed_witnesses_are_no_side_the_named_party_before_them_is():
    a, an = _paras("a", [["The dockers' association says it warned the port operator twice about the cranes.",
                          "Its secretary, Ruth Ames, said neither letter had been answered."],
                         ["Three dockers told the Gazette that a crane alarm had sounded on Monday."],
                         ["The port operator denied receiving the letters."]])
    claims = [_claim(a, "neither letter had been answered", "Ruth Ames"),
              _claim(a, "a crane alarm had sounded on Monday", "Three dockers"),
              _claim(a, "receiving the letters", "port operator",
                     denial={"cue": "denied", "target": {"text": "receiving the letters"}})]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    assert _parties(disputes[0]) == ["Ruth Ames", "port operator"]


def test_no_record_of_any_complaint_answers_the_complaint():
    a, an = _paras("a", [["Jan Novak, a crane driver, said he had told a foreman on Sunday "
                          "that the cables were fraying."],
                         ["The port operator said it had no record of any complaint about the cables."]])
    claims = [_claim(a, "he had told a foreman on Sunday that the cables were fraying", "Jan Novak"),
              _claim(a, "it had no record of any complaint about the cables", "port operator")]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1 and _parties(disputes[0]) == ["Jan Novak", "port operator"]


def test_a_rejected_offer_answers_what_its_maker_said_of_it():
    a, an = _paras("a", [["The airline offered 9,000 euros to each stranded passenger.",
                          "The airline said the sum was generous."],
                         ["The passengers' group rejected the offer.",
                          "\"It does not cover a single hotel night,\" said its chair, Lea Moss."]])
    claims = [_claim(a, "the sum was generous", "airline"),
              _claim(a, "the offer", "passengers' group",
                     denial={"cue": "rejected", "target": {"text": "the offer"}}),
              _claim(a, "It does not cover a single hotel night", "passengers' group")]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    assert _parties(disputes[0]) == ["airline", "passengers' group"]


def test_a_rejected_proposal_nobody_offered_in_the_article_is_still_no_dispute():
    a, an = _paras("a", [["Analysts said the new port fee was high."],
                         ["Shipowners rejected the plan."]])
    claims = [_claim(a, "the new port fee was high", "Analysts"),
              _claim(a, "the plan", "Shipowners", denial={"cue": "rejected", "target": {"text": "the plan"}})]
    assert denial_disputes(claims, [a], [an]) == []


def _d(parties_claims):
    return {"kind": "denial", "topic": "t",
            "positions": [{"party": {"name": n, "entity": None}, "claim": c, "citations": []}
                          for n, c in parties_claims]}


def test_attribution_words_do_not_make_two_matters_one():
    one = _d([("Sam Ode", "The crane list misses the men of the night crew, the union's president, Sam Ode, said."),
              ("port operator", "The port operator rejected the union's count.")])
    two = _d([("Sam Ode", "The divers found no men in the flooded hull, the union's president, Sam Ode, said."),
              ("coastguard", "The coastguard dismissed the account as premature.")])
    assert len(_same_matter([one, two])) == 2


def test_a_title_held_in_an_organisation_is_not_a_government_title():
    camps = Camps([{"id": "e1", "name": "Sam Ode", "type": "PERSON", "roles": ["the union's president"]},
                   {"id": "e2", "name": "Ivo Tan", "type": "PERSON", "roles": ["the army's spokesman"]}])
    assert camps.of({"name": "Sam Ode", "entity": "e1"}) != "government"
    assert camps.of({"name": "Ivo Tan", "entity": "e2"}) == "government"
