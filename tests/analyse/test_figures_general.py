"""Figures: general rules found on an epidemic and a siege story (issue 6), on invented text."""

from __future__ import annotations

import pytest

from figure_runs import by_number, run


def numbers(figs):
    return sorted(f["number_text"] for f in figs)


# ---------------------------------------------------------------- kinds

def test_patients_of_an_outbreak_are_not_injured(nlp):
    text = ("A typhoid outbreak has spread through the camp, health workers said. "
            "Doctors said 85 patients were being treated at the district hospital on Monday. "
            "The clinic has treated more than 300 patients since the outbreak began.")
    figs = run(nlp, text)
    assert by_number(figs, "85")["kind"] == "other"
    assert by_number(figs, "300")["kind"] == "other"
    # in a report of violence the same words are the wounded
    war = "Doctors said 85 people were being treated at the district hospital after the shelling."
    assert by_number(run(nlp, war), "85")["kind"] == "injured"


def test_people_who_fell_ill_are_counted(nlp):
    text = ("An outbreak of measles has hit the northern province. "
            "The health ministry says four children have died and 230 have fallen ill.")
    figs = run(nlp, text)
    f = by_number(figs, "230")
    assert f["kind"] == "other" and f["reported_by"]["name"].endswith("ministry")


def test_the_number_of_cases_put_at_a_value(nlp):
    f = by_number(run(nlp, "The agency put the number of cases at 74 on Sunday."), "74")
    assert f["kind"] == "other" and f["what"] == "cases"


def test_people_held_by_an_armed_group_are_arrested_unlike_people_a_camp_holds(nlp):
    f = by_number(run(nlp, "He confirmed that the rebels were holding 23 aid workers."), "23")
    assert f["kind"] == "arrested"
    g = by_number(run(nlp, "The camp holds 3,000 refugees from the eastern districts."), "3,000")
    assert g["kind"] == "displaced"


def test_people_leaving_through_a_corridor_are_displaced(nlp):
    text = ("The army says more than 1,500 people left through the corridor on Monday. "
            "Officials said 2,800 civilians had now left Varno through the evacuation route. "
            "The governor says the corridor is open and that 6,100 people have used it.")
    figs = run(nlp, text)
    assert [by_number(figs, n)["kind"] for n in ("1,500", "2,800", "6,100")] == ["displaced"] * 3


# ---------------------------------------------------------------- not figures

def test_a_witness_own_family_is_no_figure(nlp):
    text = '"I have three daughters and nowhere to take them," said Mara Velt, a teacher.'
    assert run(nlp, text) == []


def test_anaphoric_definite_count_is_no_figure(nlp):
    text = ("A cholera outbreak has reached the port, the health ministry said. "
            "Two nurses were taken to hospital with the disease on Friday. "
            "The two nurses are in a stable condition, the hospital said.")
    figs = run(nlp, text)
    assert numbers(figs) == ["Two"]


def test_samples_from_patients_and_speaking_witnesses_are_no_figures(nlp):
    assert run(nlp, "Tests on samples from three patients confirmed the disease, the minister said.") == []
    text = "Three people living near the market said they had heard a blast; a fourth said he saw smoke."
    assert run(nlp, text) == []


def test_several_without_a_number_is_no_figure(nlp):
    assert run(nlp, "Several people were hurt in the clash, witnesses said.") == []
    # "several hundred" has a number
    assert len(run(nlp, "Several hundred people were arrested on Sunday, police said.")) == 1


# ---------------------------------------------------------------- reporters

def test_the_speaker_after_the_sentence_reports_not_the_institution_that_recorded(nlp):
    text = ("St Mark's Hospital has recorded 52 deaths since the fighting began on 3 March, "
            "its director, Dr Lena Okafor, said on Friday.")
    figs = run(nlp, text)
    assert by_number(figs, "52")["reported_by"]["name"].endswith("Lena Okafor")


def test_a_subordinate_recorder_beats_the_speaker(nlp):
    text = ("The president said the epidemic was slowing, after the health ministry recorded "
            "12 new cases in a day.")
    f = by_number(run(nlp, text, found={"claims": [{
        "start": text.index("the epidemic"), "end": len(text) - 1,
        "claimant": {"name": "The president", "start": 0, "end": 13}}]}), "12")
    assert f["reported_by"]["name"] == "the health ministry"


def test_an_organisation_that_took_the_action_in_a_relative_clause(nlp):
    text = "Relief Partners, which opened three field kitchens in the town on Monday, said its staff were exhausted."
    f = by_number(run(nlp, text), "three")
    assert f["reported_by"]["name"] == "Relief Partners"


def test_an_appeal_is_reported_by_whoever_launched_it(nlp):
    f = by_number(run(nlp, "The Red Crescent launched an appeal on Monday for $15 million."), "15 million")
    assert f["kind"] == "money" and f["reported_by"]["name"] == "The Red Crescent"


def test_the_statement_said_is_who_issued_the_statement(nlp):
    text = ("City police said in a statement that protesters had thrown stones. "
            "Officers arrested 31 people, the statement said.")
    f = by_number(run(nlp, text), "31")
    assert f["reported_by"]["name"] == "City police"
    assert f["reported_by"]["as_written"]["name"].endswith("statement")


def test_her_ministry_is_the_ministry_named_before(nlp):
    text = ("The Arlan health ministry rejected the report. The health minister, Dana Voss, "
            "spoke in the capital. Her ministry says 17 people have died.")
    f = by_number(run(nlp, text), "17")
    assert f["reported_by"]["name"] == "Arlan health ministry"


def test_a_police_spokesman_speaks_for_the_police(nlp):
    text = "Nine of the 40 people detained were charged on Monday, a police spokesman said."
    f = by_number(run(nlp, text), "40")
    assert f["reported_by"]["name"] == "police"


def test_an_indefinite_organisation_is_the_one_named_next(nlp):
    text = ("A medical charity working in the region said on Sunday it had treated more than 90 patients. "
            "Helping Hands International, which runs two clinics there, said the numbers were rising.")
    f = by_number(run(nlp, text), "90")
    assert f["reported_by"]["name"] == "Helping Hands International"


def test_only_what_samples_came_from_is_no_figure(nlp):
    assert [f["number_text"] for f in run(nlp, "Tests on samples from two patients confirmed the disease.")] == []
    assert "three" in [f["number_text"] for f in run(nlp, "Rescue teams from three countries arrived on Monday.")]
