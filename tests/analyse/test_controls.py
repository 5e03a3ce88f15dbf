"""Controls: who holds a place, on invented text (names are not those of any bundled story)."""

from __future__ import annotations

from newsweave.analyse import analyse_article
from newsweave.article import Article


def run(nlp, text):
    a = analyse_article(Article(id="t", text=text), nlp=nlp)
    out = a.get("controls", [])
    for c in out:
        assert text[c["start"]:c["end"]] == c["text"]
    return out


def test_a_list_of_places_held_is_one_statement_per_place(nlp):
    t = ("Mutineers in Ostrava Minor said on Sunday that they held the capital, the state radio station "
         "and the international airport, hours after the cabinet fled.")
    cs = run(nlp, t)
    assert {c.get("place_key") for c in cs} >= {"capital", "station", "airport"}
    # "they" in what a speaker is reported to say is the speaker's own side
    assert all(c["controller"] == c["party"]["name"] for c in cs if c.get("place_key"))


def test_a_place_named_by_its_noun_under_someones_control(nlp):
    t = "The capital is firmly under the control of the government, Interior Minister Juno Falk said on Monday."
    cs = run(nlp, t)
    c = next(c for c in cs if c.get("place_key") == "capital")
    assert c["controller"].endswith("government")
    assert c["party"]["name"] == "Juno Falk"


def test_the_relay_station_in_the_hands_of_loyal_troops(nlp):
    t = 'General Ivo Brann said the relay station was "in the hands of loyal troops".'
    cs = run(nlp, t)
    assert any(c.get("place_key") == "station" and "troops" in c["controller"] for c in cs)
