"""Figures: what finally became of the people counted says the kind -- the wounded who died,
the missing who turn out to be held, captives held by a party or in its prisons, people who
cannot go home; counts of patients before a disaster, transfers of patients and differences
between two counts are not casualty figures (issue 6). Invented text."""

from figure_runs import by_number, run


def test_the_clause_says_what_finally_became_of_them(nlp):
    f = by_number(run(nlp, "The toll rose to 22 on Friday, after three injured women died in hospital."), "three")
    assert f["kind"] == "killed"
    f = by_number(run(nlp, "The colonel said that four of the missing sailors were alive and in rebel hands."), "four")
    assert f["kind"] == "arrested"


def test_people_held_by_a_party_or_in_its_prisons_are_arrested(nlp):
    figs = run(nlp, "The movement said it still held nine policemen and wanted 30 of its members in state prisons freed.")
    assert by_number(figs, "nine")["kind"] == "arrested"
    assert by_number(figs, "30")["kind"] == "arrested"
    # a place that holds people detains nobody
    for text in ("The camp held 8,000 refugees on Monday.", "The jail, built for 400, now holds about 1,100, the ministry said."):
        assert [f["number_text"] for f in run(nlp, text) if f["kind"] == "arrested"] == []


def test_questioned_and_wounds_and_among_the_injured(nlp):
    assert by_number(run(nlp, "Three engineers had been questioned on Tuesday, the prosecutor said."), "Three")["kind"] == "arrested"
    f = by_number(run(nlp, "The clinic said five farmers had been brought in with stab wounds."), "five")
    assert f["kind"] == "injured"
    assert by_number(run(nlp, "The ferry company said 8 of its own crew were among the injured."), "8")["kind"] == "injured"
    f = by_number(run(nlp, "Mourners followed the coffins of 14 miners through the town."), "14")
    assert f["kind"] == "killed"


def test_coordinated_counts_keep_their_own_kind(nlp):
    figs = run(nlp, "The province's final toll is 31 dead and 57 injured.")
    assert by_number(figs, "31")["kind"] == "killed"
    assert by_number(figs, "57")["kind"] == "injured"


def test_people_who_cannot_go_home_are_displaced(nlp):
    f = by_number(run(nlp, "Between 300 and 400 villagers still cannot return to their homes, the council said."), "300 and 400")
    assert f["kind"] == "displaced"
    f = by_number(run(nlp, "He said two climbers had still not been accounted for."), "two")
    assert f["kind"] == "missing"


def test_patients_before_the_disaster_and_patients_moved_are_not_casualties(nlp):
    assert by_number(run(nlp, "It said 31 patients had been in the wing when the blaze started."), "31")["kind"] == "other"
    f = by_number(run(nlp, "The ministry said 12 patients had been transferred to hospitals in Orvik."), "12")
    assert f["kind"] == "other"
    # survivors taken to hospital are still the injured
    f = by_number(run(nlp, "The ministry said 12 survivors had been taken to hospitals in Orvik."), "12")
    assert f["kind"] == "injured"


def test_a_difference_between_two_counts_is_no_figure(nlp):
    figs = run(nlp, "The union said 26 workers had died, seven more than the company's toll.")
    assert [f["number_text"] for f in figs] == ["26"]


def test_a_count_of_something_named_does_not_take_the_last_casualty_kind(nlp):
    figs = run(nlp, "The toll is 20 dead. The operator also raised its count of registered hikers to 512.")
    assert by_number(figs, "512")["kind"] == "other"


def test_who_asks_for_an_amount_states_it(nlp):
    f = by_number(run(nlp, "The district council has asked the government for 7 million dorns."), "7 million")
    assert f["reported_by"]["name"] == "The district council"
