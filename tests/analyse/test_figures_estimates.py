"""Figures: an amount a loss is put at, a part of one of a toll, an action counted in an
appositive's relative clause (issue 6), on invented text."""

from __future__ import annotations

import pytest

from figure_runs import by_number, run


def test_the_amount_a_loss_is_put_at_is_money_in_any_currency(nlp):
    text = ("Energy Minister Tomas Dovan said 12 people had died. "
            "He put the damage to homes, bridges and roads at 40 million krelts.")
    f = by_number(run(nlp, text), "40 million")
    assert f["kind"] == "money"
    assert f["reported_by"] is not None and f["reported_by"]["name"] == "He"   # the minister, resolved later
    cost = by_number(run(nlp, "The cost of rebuilding the port was estimated at 25 million krelts, the governor said."),
                     "25 million")
    assert cost["kind"] == "money"
    # what is put somewhere that is not a loss or a cost is no money
    troops = by_number(run(nlp, "The army put 3,000 troops at the border, the ministry said."), "3,000")
    assert troops["kind"] == "troops"


def test_one_of_them_after_a_toll_is_a_part_of_the_toll(nlp):
    figs = run(nlp, "Police said four people had died, one of them a police officer, and that 20 officers were hurt.")
    one = by_number(figs, "one")
    assert one["kind"] == "killed" and one["value"] == 1 and one["relation"] == "subset"
    assert one["reported_by"]["name"] == "Police"
    assert by_number(figs, "four")["relation"] is None
    # "one of them" that is no part of a count given before it is no figure
    assert [f["number_text"] for f in run(nlp, "Four people were arrested on Friday. One of them said he had "
                                               "been beaten.")] == ["Four"]
    assert [f["number_text"] for f in run(nlp, "Police said four people had died, one of them in hospital.")] == ["four"]


def test_an_action_in_the_speakers_appositive_is_the_speakers(nlp):
    for text in ("The Harbour Relief Network, a local charity that deployed 450 volunteers, said its teams had "
                 "reached the coast.",
                 "The Harbour Relief Network, which sent 450 volunteers, said its teams had reached the coast."):
        f = by_number(run(nlp, text), "450")
        assert f["kind"] == "other"
        assert f["reported_by"]["name"] == "The Harbour Relief Network"
