"""Figures: people held hostage or charged, money in a currency the tables do not know, parts of a
toll ("among them"), people treated in hospital, vehicles of emergency services (issue 6). Invented
text, written for these rules."""

from __future__ import annotations

from figure_runs import by_number, run


def test_hostages_are_people_held(nlp):
    figs = run(nlp, "Gunmen were holding nine bank clerks hostage inside the building, police said.")
    assert by_number(figs, "nine")["kind"] == "arrested"
    figs = run(nlp, "The union said 11 engineers had been taken hostage at the refinery on Friday.")
    assert by_number(figs, "11")["kind"] == "arrested"
    # guards who only stand guard are a force, not captives
    assert by_number(run(nlp, "The company said 11 guards were posted at the refinery."), "11")["kind"] == "troops"


def test_people_charged_are_counted_with_the_arrested(nlp):
    figs = run(nlp, "Prosecutors charged 23 dockworkers with sabotage, the interior ministry said.")
    assert by_number(figs, "23")["kind"] == "arrested"
    # a charge of money is no arrest
    assert by_number(run(nlp, "The court charged the firm 400 dollars in costs."), "400")["kind"] == "money"


def test_inmates_moved_between_prisons_are_not_arrested_again(nlp):
    figs = run(nlp, "Some 300 prisoners' relatives said 75 inmates had been transferred to Kolmar prison.")
    assert by_number(figs, "75")["kind"] == "other"
    figs = run(nlp, "Police took 40 protesters to a prison outside the city.")
    assert by_number(figs, "40")["kind"] == "arrested"


def test_money_in_an_unknown_currency_by_how_it_is_given(nlp):
    text = ("The families of the victims will receive 4 million dravas in compensation, the governor "
            "said. The cabinet promised 9 million dravas to the rebuilding of the bridge.")
    figs = run(nlp, text)
    assert by_number(figs, "4 million")["kind"] == "money"
    assert by_number(figs, "9 million")["kind"] == "money"
    f = by_number(run(nlp, "The mayor announced 12 million dravas in emergency aid on Monday."), "12 million")
    assert f["kind"] == "money" and f["reported_by"]["name"] == "The mayor"
    # things given out in millions stay things
    assert by_number(run(nlp, "The agency promised 3 million sandbags to the delta."), "3 million")["kind"] == "other"


def test_who_raises_a_package_reports_its_parts(nlp):
    text = "Governor Ilse Marn raised the relief fund to 60 million dravas, including 8 million dravas for schools."
    figs = run(nlp, text)
    for n in ("60 million", "8 million"):
        f = by_number(figs, n)
        assert f["kind"] == "money"
        assert f["reported_by"]["name"] == "Governor Ilse Marn"


def test_a_part_among_them_takes_the_kind_of_the_toll(nlp):
    f = by_number(run(nlp, "The storm injured 40 people, among them six lifeguards, officials said."), "six")
    assert f["kind"] == "injured" and f["relation"] == "subset"
    assert f["text"].startswith("among them")


def test_rescuers_and_inmates_treated_in_hospital_are_injured(nlp):
    figs = run(nlp, "Five rescuers were treated in hospital for burns, the brigade said.")
    assert by_number(figs, "Five")["kind"] == "injured"
    figs = run(nlp, "A nurse said 12 inmates and three guards were being treated in hospital.")
    assert by_number(figs, "12")["kind"] == "injured"


def test_emergency_vehicles_are_vehicles(nlp):
    figs = run(nlp, "The city sent 14 ambulances and six fire engines to the station.")
    assert by_number(figs, "14")["kind"] == "vehicles"
    assert by_number(figs, "six")["kind"] == "vehicles"


def test_the_extent_of_damage_is_a_figure_but_sizes_are_not(nlp):
    figs = run(nlp, "The blaze has scorched at least 4,200 hectares, the forestry office said.")
    f = by_number(figs, "4,200")
    assert f["kind"] == "other" and f["reported_by"]["name"] == "the forestry office"
    f = by_number(run(nlp, "The agency put the area flooded at 12,000 hectares on Monday."), "12,000")
    assert f["reported_by"]["name"] == "The agency"
    assert run(nlp, "The farm lies 15 kilometres from the river and covers 300 hectares.") == []


def test_capacities_are_not_counts(nlp):
    figs = run(nlp, "The jail, built for 600 inmates, now holds 1,400 men, a guard said.")
    assert "600" not in [f["number_text"] for f in figs]
    assert run(nlp, "The hall has a capacity of 3,000.") == []


def test_its_count_belongs_to_who_speaks(nlp):
    f = by_number(run(nlp, "The Green Lantern Society said on Friday that its count had risen to 31 dead."), "31")
    assert f["reported_by"]["name"] == "The Green Lantern Society"


def test_she_is_the_person_named_with_a_title_before(nlp):
    text = ("Port authority spokeswoman Ana Delvic said the blaze began at 3am. "
            "Three dockers were hurt, she said.")
    said = "the blaze began at 3am"
    claim = {"text": said, "start": text.index(said), "end": text.index(said) + len(said),
             "claimant": {"name": "Port authority spokeswoman Ana Delvic", "start": 0, "end": 37}}
    f = by_number(run(nlp, text, found={"claims": [claim]}), "Three")
    assert f["reported_by"]["name"] == "Ana Delvic"


def test_a_jails_population_is_no_arrest(nlp):
    figs = run(nlp, "The old fort, built in 1890 for 200 men, now holds 640 men, a guard said.")
    assert by_number(figs, "640")["kind"] == "other"
    assert all(f["number_text"] != "200" for f in figs)
    assert by_number(run(nlp, "The militia was holding 11 men in a warehouse, the army said."), "11")["kind"] == "arrested"
