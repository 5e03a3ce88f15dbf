"""Figures: the state people are in says the kind -- buried, listed as missing, sleeping outdoors,
left homeless or left for the mainland, released; boats are boats whatever they do; measures and
anaphoric counts are no figures; a name before a final "said" reports (issue 6). Invented text."""

from figure_runs import by_number, run


def test_people_under_the_rubble_or_listed_missing_are_missing(nlp):
    assert by_number(run(nlp, "Rescuers said 40 people were still under the rubble in Vask."), "40")["kind"] == "missing"
    f = by_number(run(nlp, "The agency said dozens of people were still trapped under the debris."), "dozens")
    assert f["kind"] == "missing"
    assert by_number(run(nlp, "He said 61 people were still listed as missing."), "61")["kind"] == "missing"


def test_people_without_a_roof_are_displaced(nlp):
    assert by_number(run(nlp, "The mayor said 5,000 people were sleeping in cars or in the open."), "5,000")["kind"] == "displaced"
    assert by_number(run(nlp, "About 900 villagers are still sleeping outdoors, a priest said."), "900")["kind"] == "displaced"
    assert by_number(run(nlp, "The storm killed nine people and about 4,000 were left homeless."), "4,000")["kind"] == "displaced"
    assert by_number(run(nlp, "Nearly 200 islanders have left for the mainland, the mayor said."), "200")["kind"] == "displaced"
    # a ship leaving for an island carries passengers, it displaces nobody
    f = by_number(run(nlp, "The ferry left Osk for the island of Wend with 90 people on board."), "90")
    assert f["kind"] == "other"


def test_people_released_were_held(nlp):
    f = by_number(run(nlp, "The navy said it had released eight of the fishermen it seized."), "eight")
    assert f["kind"] == "arrested"
    assert by_number(run(nlp, "Nine other sailors were freed on Monday, it said."), "Nine")["kind"] == "arrested"


def test_boats_are_vehicles_whatever_they_do(nlp):
    assert by_number(run(nlp, "The union said dozens of boats had fled to the harbour."), "dozens")["kind"] == "vehicles"
    figs = run(nlp, "Police detained 11 crew members of three trawlers.")
    assert by_number(figs, "11")["kind"] == "arrested"
    assert by_number(figs, "three")["kind"] == "vehicles"


def test_speeds_storeys_and_counts_named_before_are_no_figures(nlp):
    assert run(nlp, "The tanker was sailing at 12 knots.") == []
    assert [f["number_text"] for f in run(nlp, "Most of the blocks were nine storeys high.")] == []
    assert run(nlp, "Those three men would be alive today, he said.") == []
    assert run(nlp, "All four were released without charge.") == []


def test_a_name_before_a_final_said_reports_a_misparsed_sentence(nlp):
    text = "Satellite photos taken on Monday show 14 tanks near the border, the monitoring group Skyward said."
    f = by_number(run(nlp, text), "14")
    assert f["reported_by"]["name"] == "Skyward"


def test_a_bare_one_after_a_casualty_count_counts_one_more(nlp):
    figs = run(nlp, "Nine miners were injured and one is missing, the company said.")
    f = by_number(figs, "one")
    assert f["kind"] == "missing" and f["value"] == 1
    assert run(nlp, "One is enough, he said.") == []


def test_a_party_holding_people_holds_captives(nlp):
    figs = run(nlp, "The rebels say they freed six of them and are holding four engineers for trial.")
    assert by_number(figs, "four")["kind"] == "arrested"
    assert by_number(run(nlp, "The navy denied holding more than three men."), "three")["kind"] == "arrested"
    assert by_number(run(nlp, "The camp is holding 3,000 people, it said."), "3,000")["kind"] == "displaced"


def test_its_toll_belongs_to_who_said_it(nlp):
    text = "Westland has said that a sailor missing since the clash was found dead, bringing its toll to four."
    assert by_number(run(nlp, text), "four")["reported_by"]["name"] == "Westland"


def test_shot_among_the_dead_are_dead_and_a_cell_described_is_no_custody(nlp):
    text = "A pathologist who examined the bodies of miners killed in the raid said four of them had been shot."
    assert by_number(run(nlp, text), "four")["kind"] == "killed"
    figs = run(nlp, "Police said 20 protesters were hurt; five of them had been shot.")
    assert by_number(figs, "five")["kind"] == "injured"
    assert by_number(run(nlp, "Eight men live in a cell of ten square metres."), "Eight")["kind"] == "other"
    assert by_number(run(nlp, "About 310 people remain in custody, police said."), "310")["kind"] == "arrested"


def test_which_says_is_the_group_not_the_person_before_it(nlp):
    text = ("Nobody knows whom to believe, said Ana Pirl of the tenants' committee, "
            "which says nine people have now died.")
    assert by_number(run(nlp, text), "nine")["reported_by"]["name"] == "the tenants' committee"
    f = by_number(run(nlp, "The Alliance, which says 200 people died, called a strike, its leader said."), "200")
    assert f["reported_by"]["name"] == "The Alliance"
