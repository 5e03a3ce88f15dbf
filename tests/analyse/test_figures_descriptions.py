"""Figures: what a clause says about people counted (treated, evacuated, arrived from a place,
held, surrendered, burnt), bare increments, counts put "at" a toll, and numbers that describe a
thing rather than count what happened (capacities, dimensions, frequencies, the whole of "six of
its 11") (issue 6). Invented text."""

from figure_runs import by_number, run


def nums(figs):
    return {f["number_text"] for f in figs}


def test_people_being_treated_are_injured(nlp):
    f = by_number(run(nlp, "Orsk General Hospital said 44 people were still being treated on Monday."), "44")
    assert f["kind"] == "injured"
    assert f["reported_by"]["name"] == "Orsk General Hospital"


def test_crowds_evacuated_are_displaced_and_police_on_duty_are_troops(nlp):
    f = by_number(run(nlp, "Nearly 3,000 fans were evacuated from the North Stand, police said."), "3,000")
    assert f["kind"] == "displaced"
    figs = run(nlp, "About 900 police officers had been on duty at the arena, according to the ministry, "
                    "and a further 400 were sent to Velk on Sunday.")
    assert by_number(figs, "900")["kind"] == "troops"
    extra = by_number(figs, "400")
    assert (extra["kind"], extra["relation"]) == ("troops", "increment")
    assert extra["reported_by"]["name"] == "the ministry"


def test_a_bare_increment_without_a_count_before_is_no_figure(nlp):
    assert "300" not in nums(run(nlp, "The river rose again and a further 300 were expected."))


def test_people_arriving_from_a_place_are_displaced(nlp):
    f = by_number(run(nlp, "Elders said up to 700 people had arrived from Kessaro on Sunday."), "700")
    assert f["kind"] == "displaced"
    f = by_number(run(nlp, "Nearly 1,500 people from Oltavi had arrived in the town by Friday, the council said."), "1,500")
    assert f["kind"] == "displaced"


def test_a_range_the_parser_hangs_on_said_is_the_subject_of_the_clause(nlp):
    f = by_number(run(nlp, "Ruta Okell said between 20 and 25 women and children were still held by the gunmen."), "20 and 25")
    assert f["kind"] == "arrested"
    assert f["reported_by"]["name"] == "Ruta Okell"


def test_a_toll_put_at_a_number_hung_on_the_wrong_noun(nlp):
    figs = run(nlp, "The Vessa Rights Watch on Friday put the death toll of the raid on Orlo at 31 civilians, "
                    "nine of them children.")
    assert by_number(figs, "31")["kind"] == "killed"
    assert by_number(figs, "nine")["kind"] == "killed"


def test_surrendered_fighters_and_people_with_burns(nlp):
    f = by_number(run(nlp, "He said 22 mutineers had surrendered and were in custody."), "22")
    assert f["kind"] == "arrested"
    f = by_number(run(nlp, "Her lawyer said at least four of her clients had burns on their arms."), "four")
    assert f["kind"] == "injured"


def test_the_number_of_things_was_a_value(nlp):
    f = by_number(run(nlp, '"The number of passengers was 318," the spokesman said.'), "318")
    assert (f["kind"], f["what"]) == ("other", "passengers")


def test_a_toll_given_as_a_number_belongs_to_who_gives_it(nlp):
    f = by_number(run(nlp, "Keldan Railways gave its toll as 17 dead on Monday, counting passengers only."), "17")
    assert f["kind"] == "killed"
    assert f["reported_by"]["name"] == "Keldan Railways"


def test_descriptions_are_no_figures(nlp):
    assert "41,000" not in nums(run(nlp, "Orvel Park, built in 1971, holds 41,000 spectators."))
    assert "one" not in nums(run(nlp, "The track down to the quay is one lane wide."))
    assert "101.7" not in nums(run(nlp, "Radio Kesh, on 101.7 FM, read out the names of the missing."))
    figs = run(nlp, "Four of its 9 carriages derailed, the operator said.")
    assert nums(figs) == {"Four"}
    assert by_number(figs, "Four")["kind"] == "vehicles"
    # a part of a count already given ("of the 1,200") keeps the whole as a figure
    figs = run(nlp, "About 200 of the 1,100 soldiers sent to the city have left, the general said.")
    assert {"200", "1,100"} <= nums(figs)


def test_cranes_are_vehicles(nlp):
    f = by_number(run(nlp, "The minister said 20 ambulances and four cranes were at the scene."), "four")
    assert f["kind"] == "vehicles"
