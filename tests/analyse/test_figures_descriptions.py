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


def test_states_that_say_the_kind(nlp):
    figs = run(nlp, '"Dozens of our members have not come home," she said.')
    assert by_number(figs, "Dozens")["kind"] == "missing"
    figs = run(nlp, "The mayor said about 9,000 people in Orlo had lost their homes.")
    assert by_number(figs, "9,000")["kind"] == "displaced"
    figs = run(nlp, "Hundreds of people were walking out of Tavri on Monday with bundles on their heads.")
    assert by_number(figs, "Hundreds")["kind"] == "displaced"
    figs = run(nlp, "A police spokesman said two people had been taken in for questioning.")
    assert by_number(figs, "two")["kind"] == "arrested"
    figs = run(nlp, "Dr Ina Pell, director of Orlo General Hospital, said 12 people were still in its wards.")
    assert by_number(figs, "12")["kind"] == "injured"
    figs = run(nlp, "Orlo General Hospital said it had received 23 patients from Tavri since the blast.")
    assert by_number(figs, "23")["kind"] == "injured"
    figs = run(nlp, "He said, bringing to four the number of people held.")
    assert by_number(figs, "four")["kind"] == "arrested"
    figs = run(nlp, 'Col Ruud Vass said troops had killed 30 "armed bandits" in the raid.')
    assert by_number(figs, "30")["kind"] == "killed"


def test_the_speaker_owns_a_count_of_the_body_he_speaks_for_unless_set_against_it(nlp):
    f = by_number(run(nlp, "Dr Ina Pell said four more of the wounded had died, bringing the hospital's toll to 39."), "39")
    assert f["reported_by"]["name"] == "Dr Ina Pell"
    f = by_number(run(nlp, "The union said 80 had died, far more than the ministry's toll of 31."), "31")
    assert f["reported_by"]["name"] == "the ministry"
    f = by_number(run(nlp, "The transport ministry's toll is 24."), "24")
    assert f["reported_by"]["name"] == "The transport ministry"


def test_reporters_named_by_apposition_colon_or_records(nlp):
    f = by_number(run(nlp, "Its spokesman, Omar Delle, put the toll at 35."), "35")
    assert f["reported_by"]["name"] == "Omar Delle"
    figs = run(nlp, "Open Hands gave a higher count: at least 44 dead and more than 90 wounded.")
    assert by_number(figs, "44")["reported_by"]["name"] == "Open Hands"
    f = by_number(run(nlp, "According to the ministry's records, 280 workers were on the night shift."), "280")
    assert f["reported_by"]["name"] == "the ministry"


def test_an_amount_with_its_equivalent_in_a_known_currency_is_money(nlp):
    figs = run(nlp, "She said the government had set aside 300 million pelts, about 1.2 million dollars, to rebuild it.")
    assert by_number(figs, "300 million")["kind"] == "money"
    assert by_number(figs, "300 million")["what"] == "pelts"
    figs = run(nlp, "Repairs would cost 70 million draks (1.9 million euros).")
    assert by_number(figs, "70 million")["kind"] == "money"


def test_rates_ratios_and_relief_measures(nlp):
    assert nums(run(nlp, "We had one inspector for every 120 factories, he said.")) == set()
    assert "three" not in nums(run(nlp, "The plant runs three shifts a day, the ministry said."))
    assert by_number(run(nlp, "About 500 people a day are fleeing the town."), "500")["kind"] == "displaced"
    f = by_number(run(nlp, "The aid group Shorewell said its trucks, carrying 30 tonnes of rice, were turned back."), "30")
    assert (f["kind"], f["reported_by"]["name"]) == ("other", "Shorewell")
    assert nums(run(nlp, "The river is 40 metres wide.")) == set()


def test_parts_of_an_owned_whole(nlp):
    figs = run(nlp, "Ivo Marr said 90 of the village's 140 houses were still under mud.")
    assert nums(figs) == {"90"}
    f = by_number(run(nlp, "Of the port's 300 fishing boats, 210 were wrecked or sunk, the guild said."), "210")
    assert f["kind"] == "vehicles"


def test_an_owned_count_goes_on_with_the_last_casualty_count(nlp):
    text = ("At least 20 people were killed in the raid, doctors said. The army denied it. "
            "Nils Obi said the movement's count had risen to 41.")
    f = by_number(run(nlp, text), "41")
    assert f["kind"] == "killed"


def test_hostages_bodies_and_the_dead_named_among(nlp):
    f = by_number(run(nlp, "Gunmen were holding about 90 guests and staff hostage on Monday, the ministry said."), "90")
    assert f["kind"] == "arrested"
    figs = run(nlp, "Dr Ona Vell said the bodies of 11 hostages had been brought in and that at least three of them had been shot.")
    assert by_number(figs, "11")["kind"] == "killed"
    assert by_number(figs, "three")["kind"] == "killed"
    f = by_number(run(nlp, "Two children and a traffic officer were among the dead, she said."), "Two")
    assert f["kind"] == "killed"
    f = by_number(run(nlp, "Dr Ona Vell said 14 patients were still at Orlo General Hospital."), "14")
    assert f["kind"] == "injured"
    f = by_number(run(nlp, "The spokesman said between six and nine attackers entered the building."), "six and nine")
    assert f["kind"] == "troops"
    f = by_number(run(nlp, "About 300 residents spent the night in a sports hall, the council said."), "300")
    assert f["kind"] == "displaced"


def test_counts_and_descriptions_of_things(nlp):
    figs = run(nlp, "Karvel town council raised its count of homes buried or destroyed in the slide to 41 on Sunday.")
    f = by_number(figs, "41")
    assert (f["kind"], f["what"], f["reported_by"]["name"]) == ("other", "homes", "Karvel town council")
    f = by_number(run(nlp, "At least six people were killed and 20 are missing after the slide, the agency said."), "20")
    assert f["kind"] == "missing"
    f = by_number(run(nlp, "It put the number of people in emergency shelters at 1,200."), "1,200")
    assert f["kind"] == "displaced"
    assert nums(run(nlp, "The owners said the Velmar, which has 180 rooms, was almost full.")) == set()
    assert nums(run(nlp, '"There was one bomb and one crime," he said.')) == set()


def test_coordinated_figures_share_their_source(nlp):
    figs = run(nlp, "The health ministry's toll stands at 24 dead and 109 wounded, and Dr Ona Vell said "
                    "13 patients were still at the hospital.")
    assert by_number(figs, "109")["reported_by"]["name"] == "The health ministry"
    assert by_number(figs, "13")["reported_by"]["name"] == "Dr Ona Vell"


def test_the_same_count_named_again_is_no_new_figure(nlp):
    figs = run(nlp, "The coastguard seized two trawlers on Monday, the minister said. "
                    "Their crews were taken ashore after the two trawlers were towed to Osk.")
    assert [f["number_text"] for f in figs] == ["two"]


def test_in_an_abduction_the_taken_and_those_who_escaped_were_held(nlp):
    text = ("Gunmen abducted pupils from a school in Orvo. The governor said 90 students were taken "
            "and that 11 had escaped into the forest. Seven boys who escaped walked home, a teacher said. "
            "Parents said 40 pupils remained in captivity and the kidnappers wanted money.")
    figs = run(nlp, text)
    assert by_number(figs, "90")["kind"] == "arrested"
    assert by_number(figs, "11")["kind"] == "arrested"
    assert by_number(figs, "Seven")["kind"] == "arrested"
    assert by_number(figs, "40")["kind"] == "arrested"
    # guests who got away before anyone was held were never captives
    text = ("Gunmen took hostages in the hotel. Dozens of guests escaped through the kitchens before the "
            "gunmen chained the doors, she said. The hostages were freed on Monday.")
    assert by_number(run(nlp, text), "Dozens")["kind"] != "arrested"
    # outside an abduction story, people taken somewhere are not held
    f = by_number(run(nlp, "The agency said 30 people were taken to hospital after the blast."), "30")
    assert f["kind"] != "arrested"


def test_she_speaks_for_the_count_of_the_body_she_speaks_for(nlp):
    text = ("Ministry spokeswoman Ana Lis said the building had been cleared. "
            "She said the ministry's count of hostages killed had risen to 13.")
    f = by_number(run(nlp, text), "13")
    assert f["kind"] == "killed"
    assert f["reported_by"]["name"] in ("She", "Ana Lis")   # resolved to her when the quotes are known


def test_people_kept_from_home_taken_to_hospital_or_held_in_hands(nlp):
    assert by_number(run(nlp, "According to the council, 90 residents still could not return to their homes."),
                     "90")["kind"] == "displaced"
    assert by_number(run(nlp, "About 30 residents of Osk are still unable to return home, the council said."),
                     "30")["kind"] == "displaced"
    assert by_number(run(nlp, "The council said 150 people had been moved out of their homes."), "150")["kind"] == "displaced"
    assert by_number(run(nlp, "Twelve survivors had been taken to Osk Regional Hospital, she said."),
                     "Twelve")["kind"] == "injured"
    f = by_number(run(nlp, "The hospital said it was treating six of the pupils who escaped, for cuts and exhaustion."), "six")
    assert f["kind"] == "injured"
    assert by_number(run(nlp, "The man reads out the names of what he says are 25 pupils in its hands."),
                     "25")["kind"] == "arrested"
    assert by_number(run(nlp, "The federation said its list of missing workers had grown to 17."), "17")["kind"] == "missing"
    assert by_number(run(nlp, "About 50 army engineers would stay to clear the site, she said."), "50")["kind"] == "troops"
    assert by_number(run(nlp, "Police said the attackers arrived on about 20 motorcycles."), "20")["kind"] == "vehicles"


def test_labels_back_references_and_owned_counts(nlp):
    assert nums(run(nlp, "Colonel Ivo Marr said troops of 9 Brigade had led the assault.")) == set()
    figs = run(nlp, "The association said the 14 had been released after families paid 5 million kovos.")
    assert "14" not in nums(figs)
    f = by_number(run(nlp, "The ship carried 180 people, not the 160 on the manifest, relatives said."), "160")
    assert f["kind"] == "other"
    f = by_number(run(nlp, "The school said 90 pupils were missing. The Osk Police Command, whose count stands at 61, "
                           "dismissed the figure."), "61")
    assert f["reported_by"]["name"] == "The Osk Police Command"
    f = by_number(run(nlp, "The fire service resumed its search and said the man was a worker, bringing its toll to 12."), "12")
    assert (f["kind"], f["reported_by"]["name"]) == ("killed", "The fire service")
    f = by_number(run(nlp, "She said the city would pay 40,000 talirs to the family of each person killed."), "40,000")
    assert f["kind"] == "money"


def test_counts_put_at_a_number_and_the_number_who_escaped(nlp):
    f = by_number(run(nlp, "The governor puts the abductions at 84, his office said."), "84")
    assert f["kind"] == "arrested"
    text = ("Gunmen abducted pupils in Orvo and the kidnappers want money. Police said three more pupils had "
            "come back overnight, bringing the number who escaped to 19.")
    assert by_number(run(nlp, text), "19")["kind"] == "arrested"


def test_heat_harm_shelter_coffins_ages_and_counts_by_participle(nlp):
    f = by_number(run(nlp, "The ministry said 120 people had been admitted to hospital with heat illness and heatstroke."), "120")
    assert f["kind"] == "injured"
    assert nums(run(nlp, '"A man of 79, alone in a flat, does not die by coincidence," she said.')) == set()
    f = by_number(run(nlp, "The mayor said 30 of the survivors were being sheltered at the sports centre."), "30")
    assert f["kind"] == "displaced"
    assert by_number(run(nlp, "Twelve coffins were lowered into the ground on Monday."), "Twelve")["kind"] == "killed"
    f = by_number(run(nlp, "The coastguard said two more were found, bringing the number rescued to 33."), "33")
    assert (f["kind"], f["what"]) == ("other", "rescued")


def test_a_toll_taken_by_things_is_the_speakers(nlp):
    f = by_number(run(nlp, "The coastguard said the bodies found on Saturday took its toll to 21."), "21")
    assert (f["kind"], f["reported_by"]["name"]) == ("killed", "The coastguard")
