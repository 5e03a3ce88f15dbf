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


def test_hunger_deaths_burials_and_harm_without_wounds(nlp):
    assert by_number(run(nlp, "The front said more than 200 people had starved to death."), "200")["kind"] == "killed"
    f = by_number(run(nlp, "A gravedigger said he had buried more than 40 children since October."), "40")
    assert f["kind"] == "killed"
    f = by_number(run(nlp, "Dr Vell said 35 patients had lost their sight."), "35")
    assert f["kind"] == "injured"
    figs = run(nlp, "The ministry said 38 people had died and about 300 had sought treatment, 19 of whom were still on dialysis.")
    assert [by_number(figs, n)["kind"] for n in ("38", "300", "19")] == ["killed", "injured", "injured"]
    # a hunger ward holds the ill, not the injured
    f = by_number(run(nlp, "Dr Oma said 96 children were still in the clinic's malnutrition ward."), "96")
    assert f["kind"] == "other"


def test_people_in_or_arriving_at_camps_and_without_a_roof_are_displaced(nlp):
    f = by_number(run(nlp, "The ministry said about 300 families had reached the reception camp at Varn."), "300")
    assert f["kind"] == "displaced"
    f = by_number(run(nlp, "They will be paid at the Tessel camp, where about 4,800 people are now registered."), "4,800")
    assert f["kind"] == "displaced"
    f = by_number(run(nlp, "The association says 140 houses were destroyed and about 300 families have nowhere to live."), "300")
    assert f["kind"] == "displaced"
    f = by_number(run(nlp, "The committee says 11 of its neighbours have not been found."), "11")
    assert f["kind"] == "missing"
    assert by_number(run(nlp, "Police said 11 sellers were now in custody."), "11")["kind"] == "arrested"


def test_relief_by_weight_and_others_of_a_convoy(nlp):
    f = by_number(run(nlp, "The army says it has dropped 45 tonnes over Orsk and Vell."), "45")
    assert f["kind"] == "other"
    figs = run(nlp, "Ten lorries of grain reached Orsk on Saturday, but 14 others from the same convoy were still held at a checkpoint.")
    assert by_number(figs, "14")["kind"] == "vehicles"


def test_occasions_distances_and_prices_are_no_figures(nlp):
    assert [f["number_text"] for f in run(nlp, "Helicopters dropped 45 tonnes of flour in four flights.")] == ["45"]
    assert run(nlp, "She lives two streets from the crater.") == []
    assert run(nlp, "The spirit was sold for 60 dorns a bottle.") == []


def test_a_speaker_of_a_different_statement_in_an_as_clause_reports_nothing_else(nlp):
    f = by_number(run(nlp, "Fourteen lorries were still parked at the checkpoint on Sunday, as the agency warned "
                           "that its work would run out of money."), "Fourteen")
    assert f["reported_by"] is None
    f = by_number(run(nlp, "Fourteen lorries were still parked at the checkpoint, as the agency said."), "Fourteen")
    assert f["reported_by"]["name"] == "the agency"


def test_deaths_of_people_and_the_parts_of_a_subset(nlp):
    figs = run(nlp, "The monitor said it had confirmed the deaths of at least 41 civilians, including 15 children and 11 women.")
    assert [by_number(figs, n)["kind"] for n in ("41", "15", "11")] == ["killed"] * 3
    assert [by_number(figs, n)["relation"] for n in ("15", "11")] == ["subset", "subset"]
    assert by_number(run(nlp, "He said two of his grandchildren were among the dead."), "two")["kind"] == "killed"
    f = by_number(run(nlp, "The ministry said up to six civilians might have died alongside 14 militants."), "14")
    assert f["kind"] == "killed"


def test_armed_men_staying_with_relatives_surgery_and_releases(nlp):
    assert by_number(run(nlp, "The colonel said at least 20 armed men had been at the house."), "20")["kind"] == "troops"
    f = by_number(run(nlp, "About 170 families were still staying with relatives in Orvo, he added."), "170")
    assert f["kind"] == "displaced"
    assert by_number(run(nlp, "Eight were in surgery, the hospital said."), "Eight")["kind"] == "injured"
    f = by_number(run(nlp, "Vell police released four of the men detained after the protest."), "four")
    assert f["reported_by"]["name"] == "Vell police"


def test_a_party_compounded_with_a_toll_owns_it_and_animals_are_no_casualties(nlp):
    f = by_number(run(nlp, "The police toll was 29 on Tuesday evening."), "29")
    assert (f["kind"], f["reported_by"]["name"]) == ("killed", "police")
    f = by_number(run(nlp, "The association said raiders had killed more than 300 of its members' cattle."), "300")
    assert f["kind"] == "other"
    assert run(nlp, "Survivors said the bus had been packed well beyond its 49 seats.") == []


def test_a_count_owned_by_a_body_in_a_clause_before_a_semicolon_is_the_bodys(nlp):
    f = by_number(run(nlp, "The navy's toll stands at 12; Admiral Vell said two more sailors would be added to it."), "12")
    assert f["reported_by"]["name"] == "The navy"


def test_survivors_and_a_number_followed_by_dead(nlp):
    f = by_number(run(nlp, "He said 58 people had been on the bus: 34 of them had died and 22 had survived."), "22")
    assert f["kind"] == "other"
    assert by_number(run(nlp, "The mayor read out the names of 41 dead at the service."), "41")["kind"] == "killed"


def test_people_counted_or_registered_in_camps_are_displaced(nlp):
    assert by_number(run(nlp, "The interior ministry counts 4,800 in the camps."), "4,800")["kind"] == "displaced"
    f = by_number(run(nlp, "The diocese has registered 6,200 people in the camps at Vell."), "6,200")
    assert f["kind"] == "displaced"
    assert by_number(run(nlp, "Police recorded 40 burglaries in the town."), "40")["kind"] == "other"
