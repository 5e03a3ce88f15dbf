"""Figures: who reports a count, and kinds of people trapped or rescued (issue 6, general rules
found on an industrial-disaster story; invented text, wording unlike any bundled story)."""

from __future__ import annotations

import pytest

import figure_runs
from figure_runs import by_number


def run(nlp, text, found=None):
    return figure_runs.run(nlp, text, found, published="2026-05-04")


def who(f):
    return f["reported_by"]["name"] if f["reported_by"] else None


def test_by_its_count_names_the_organisation_named_before(nlp):
    figs = run(nlp, "Floodwater swept through the valley on Monday, the National Emergency Agency said. "
                    "Fourteen people are still missing by its count.")
    f = by_number(figs, "Fourteen")
    assert f["kind"] == "missing"
    assert who(f).removeprefix("the ") == "National Emergency Agency"


def test_according_to_records_of_a_party_noun_is_that_party(nlp):
    figs = run(nlp, "The regional transport agency's inspectors fined the operator 3 million dollars in 2024 "
                    "for 22 safety breaches, according to agency records.")
    for n in ("3 million", "22"):
        name = who(by_number(figs, n))
        assert name is not None and "agency" in name and "records" not in name


def test_a_second_count_joined_by_with_shares_the_reporter(nlp):
    figs = run(nlp, "The coastguard's toll stood at six dead on Sunday, with 12 people still missing.")
    six, twelve = by_number(figs, "six"), by_number(figs, "12")
    assert twelve["kind"] == "missing"
    assert who(six) is not None and who(twelve) == who(six)


def test_a_second_amount_pledged_shares_the_pledger(nlp):
    figs = run(nlp, "Governor Ana Ruiz pledged 5,000 dollars to each bereaved family and 1,000 dollars "
                    "to every injured worker.")
    assert who(by_number(figs, "5,000")) == who(by_number(figs, "1,000"))
    assert "Ruiz" in who(by_number(figs, "1,000"))


def test_the_one_who_offers_an_amount_in_an_unknown_currency_reports_it(nlp):
    figs = run(nlp, "The operator offered 20,000 crowns to the family of each victim.")
    assert who(by_number(figs, "20,000")) == "The operator"


def test_people_trapped_out_of_reach_are_missing(nlp):
    figs = run(nlp, "Rescuers were trying to reach 23 workers trapped under the rubble of the factory.")
    assert by_number(figs, "23")["kind"] == "missing"
    figs = run(nlp, "The fire brigade said on Friday that nine workers remained trapped.")
    assert by_number(figs, "nine")["kind"] == "missing"


def test_people_trapped_in_a_town_are_not_missing(nlp):
    figs = run(nlp, "The agency said about 40,000 people were trapped in the city.")
    assert by_number(figs, "40,000")["kind"] == "other"
    figs = run(nlp, "Firefighters said 60 residents were trapped on rooftops by the floodwater.")
    assert by_number(figs, "60")["kind"] != "missing"


def test_a_part_of_them_brought_out_alive_is_counted(nlp):
    figs = run(nlp, "The fire brigade chief said 30 workers had been inside the plant. "
                    "Eighteen of them were pulled out alive, he said.")
    f = by_number(figs, "Eighteen")
    assert f["kind"] == "other"


def test_witnesses_who_tell_a_paper_are_not_a_figure(nlp):
    figs = run(nlp, "Three workers who escaped the blaze told the Evening Post that an alarm had sounded "
                    "an hour before the fire.")
    assert [f for f in figs if f["number_text"] == "Three"] == []


def test_it_said_is_not_the_person_quoted_just_before(nlp):
    text = ("The fire brigade said two more bodies had been found, bringing the toll to five. "
            "Its spokeswoman, Maria Lopez, said the search would go on. It said 17 people remained missing.")
    i_person = text.index("the search would go on")
    i_it = text.index("17 people remained missing")
    s_name = text.index("Maria Lopez")
    s_it = text.index("It said")
    found = {"claims": [
        {"text": "the search would go on", "start": i_person, "end": i_person + 22,
         "claimant": {"name": "Maria Lopez", "start": s_name, "end": s_name + 11, "type": "person"}},
        {"text": "17 people remained missing", "start": i_it, "end": i_it + 26,
         "claimant": {"name": "Maria Lopez", "start": s_it, "end": s_it + 2, "type": "org"}},
    ]}
    figs = run(nlp, text, found)
    assert who(by_number(figs, "17")) != "Maria Lopez"
    assert "fire brigade" in (who(by_number(figs, "17")) or "")


def test_a_place_or_a_surname_shaped_like_a_nationality_still_reports(nlp):
    from newsweave.analyse.figures.syntax import _demonym_at

    doc = nlp("President Recep Tayyip Erdogan spoke in Ankara. Erdogan said 40 soldiers had been killed. "
              "A Ruritanian said nothing.")
    assert not _demonym_at(doc, doc.text.index("Erdogan said"), "Erdogan")   # the president's surname
    assert _demonym_at(doc, doc.text.index("Ruritanian"), "Ruritanian")
    assert not _demonym_at(doc, None, "Minister")
