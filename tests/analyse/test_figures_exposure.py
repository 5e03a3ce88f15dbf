"""Figures: people harmed by a leak or a spill are injured, the ill of an outbreak are not; what a
release let out or killed is a figure, concentrations are not (issue 6). Invented text."""

from figure_runs import by_number, run

LEAK = ("Chlorine fumes leaked from the Orva water plant on Monday. "
        "The district hospital said 56 people had been treated for poisoning and 12 were still in the wards. "
        "A residents' group said more than 80 people had fallen ill.")
OUTBREAK = ("A cholera outbreak has hit the Orva camps, the health ministry said. "
            "The district hospital said 56 people had been treated for the disease and 12 were still in the wards. "
            "Aid workers said more than 80 people had fallen ill with cholera.")


def test_people_harmed_by_a_leak_are_injured(nlp):
    figs = run(nlp, LEAK)
    for n in ("56", "12", "80"):
        assert by_number(figs, n)["kind"] == "injured", n


def test_the_ill_of_an_outbreak_are_not_injured(nlp):
    figs = run(nlp, OUTBREAK)
    for n in ("56", "80"):
        assert by_number(figs, n)["kind"] == "other", n
    assert all(f["kind"] == "other" for f in figs)


def test_what_a_release_let_out_or_killed_is_a_figure(nlp):
    text = ("The company said 8,000 litres of acid had escaped from a tank. "
            "Fishermen pulled 25 tonnes of dead fish from the river. "
            "The union estimates that 60 tonnes of fish have died.")
    figs = run(nlp, text)
    assert by_number(figs, "8,000")["kind"] == "other"
    assert by_number(figs, "25")["kind"] == "other"
    f = by_number(figs, "60")
    assert f["kind"] == "other" and f["reported_by"]["name"] == "The union"
    # stocks and concentrations are not
    assert run(nlp, "The farm sold 300 tonnes of wheat; the lab found 3.1 milligrams per litre.") == []
