"""Places: gazetteer lookup, context disambiguation, user gazetteers."""

from __future__ import annotations

import pytest

from newsweave.merge.places import Gazetteer, combine, locate, name_key


def items(*specs):
    """('Name', 'TYPE', mentions) tuples (type/mentions optional) -> locate() input."""
    out = []
    for spec in specs:
        if isinstance(spec, str):
            spec = (spec,)
        name = spec[0]
        kind = spec[1] if len(spec) > 1 else "GPE"
        mentions = spec[2] if len(spec) > 2 else 1
        out.append({"name": name, "type": kind, "mentions": mentions, "entity": f"e:{name}",
                    "aliases": []})
    return out


def by_entity(places):
    return {p["entity"]: p for p in places}


# --- the four ambiguity cases -------------------------------------------------------------

def test_georgia_the_country_with_caucasus_context():
    got = by_entity(locate(items("Georgia", "Tbilisi", ("Russia", "GPE", 3), "Abkhazia",
                                 "South Ossetia")))
    g = got["e:Georgia"]
    assert g["country_code"] == "GE" and g["feature"] == "country"
    assert g["country"] == "Georgia"
    assert 40 < g["lat"] < 44 and 40 < g["lon"] < 47


def test_georgia_the_us_state_with_atlanta_context():
    got = by_entity(locate(items("Georgia", "Atlanta", "Savannah")))
    g = got["e:Georgia"]
    assert g["country_code"] == "US" and g["feature"] == "admin"
    assert g["country"] == "United States"
    assert 30 < g["lat"] < 35.5 and -86 < g["lon"] < -80


def test_tripoli_libya_with_libyan_context():
    got = by_entity(locate(items("Tripoli", "Libya", "Benghazi", "Misrata")))
    t = got["e:Tripoli"]
    assert t["country_code"] == "LY" and t["country"] == "Libya" and t["feature"] == "city"
    assert got["e:Misrata"]["country_code"] == "LY"


def test_tripoli_lebanon_with_lebanese_context():
    got = by_entity(locate(items("Tripoli", "Beirut", "Lebanon")))
    t = got["e:Tripoli"]
    assert t["country_code"] == "LB" and t["country"] == "Lebanon"
    assert 34 < t["lat"] < 35 and 35 < t["lon"] < 36


def test_demonyms_steer_context_but_are_not_placed():
    got = locate(items("Tripoli", ("Lebanese", "NORP", 4)))
    assert [p["entity"] for p in got] == ["e:Tripoli"]
    assert got[0]["country_code"] == "LB"
    got = locate(items("Tripoli", ("Libyans", "NORP")))
    assert got[0]["country_code"] == "LY"


def test_without_context_the_prominent_reading_wins():
    assert locate(items("Georgia"))[0]["country_code"] == "GE"
    assert locate(items("Tripoli"))[0]["country_code"] == "LY"
    # a US story does not drag Paris to Texas
    got = by_entity(locate(items("Paris", "Washington", "New York")))
    assert got["e:Paris"]["country_code"] == "FR"
    assert got["e:Washington"]["feature"] == "city"


# --- names ----------------------------------------------------------------------------------

def test_accents_are_folded():
    assert name_key("Bogotá") == name_key("Bogota") == "bogota"
    got = by_entity(locate(items("Bogotá", "Bogota")))
    assert got["e:Bogotá"]["country_code"] == got["e:Bogota"]["country_code"] == "CO"
    assert got["e:Bogotá"]["lat"] == got["e:Bogota"]["lat"]


def test_country_aliases_and_alternate_names():
    got = by_entity(locate(items("U.S.", "US", "Britain", "Kiev", "the Netherlands")))
    assert got["e:U.S."]["country_code"] == got["e:US"]["country_code"] == "US"
    assert got["e:Britain"]["country_code"] == "GB"
    assert got["e:Kiev"]["country_code"] == "UA" and got["e:Kiev"]["feature"] == "city"
    assert got["e:the Netherlands"]["feature"] == "country"


def test_aliases_are_tried():
    names = [{"name": "Tripoli (Libya)", "type": "GPE", "mentions": 1, "entity": 7,
              "aliases": ["Tarabulus", "Tripoli"]}, *items("Libya")]
    got = by_entity(locate(names))
    assert got[7]["country_code"] == "LY"


def test_unknown_names_and_non_places_are_not_placed():
    got = locate(items("Xqzzyville", "Abkhazia", ("Paris", "PERSON"), ("Trump", "PERSON"),
                       ("Hamas", "ORG"), "Ba", ("us", "GPE")))
    assert got == []


def test_small_typo_within_context_only():
    got = by_entity(locate(items("Misratta", "Libya", "Tripoli")))
    assert got["e:Misratta"]["country_code"] == "LY"
    # no context: no guessing
    assert locate(items("Misratta")) == []


def test_output_shape():
    (p,) = locate(items("Beirut"))
    assert set(p) == {"entity", "name", "lat", "lon", "country", "country_code", "feature",
                      "population"}
    assert p["name"] == "Beirut" and p["population"] > 1_000_000


# --- gazetteers ---------------------------------------------------------------------------

@pytest.fixture
def user_tsv(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text(
        "name\tlat\tlon\tcountry\talternates\n"
        "Tripoli\t10.5\t20.5\tLibya\tTarabulus West\n"
        "Camp Zéro\t31.0\t14.0\tLY\tCamp Zero Base|CZB Camp\n",
        encoding="utf-8")
    return path


def test_user_gazetteer_wins_over_geonames(user_tsv):
    gaz = combine(Gazetteer.from_tsv(user_tsv), Gazetteer.default())
    got = by_entity(locate(items("Tripoli", "Beirut", "Lebanon", "Camp Zero",
                                 ("CZB Camp", "FAC")), gaz))
    assert got["e:Tripoli"]["feature"] == "custom"
    assert (got["e:Tripoli"]["lat"], got["e:Tripoli"]["lon"]) == (10.5, 20.5)
    assert got["e:Tripoli"]["country_code"] == "LY" and got["e:Tripoli"]["country"] == "Libya"
    assert got["e:Camp Zero"]["name"] == "Camp Zéro"
    assert got["e:CZB Camp"]["feature"] == "custom"
    # names the user gazetteer does not know still come from geonames
    assert got["e:Beirut"]["feature"] == "city"


def test_default_is_cached():
    assert Gazetteer.default() is Gazetteer.default()


def test_a_known_town_the_tagger_calls_org_is_placed_when_written_as_a_place(tmp_path):
    """'told reporters in Velmora' with Velmora typed ORG still reaches the map; an ORG that is
    never written as a place ('Velmora said', a company) does not."""
    from newsweave.article import Article
    from newsweave.merge import merge_story

    tsv = tmp_path / "places.tsv"
    tsv.write_text("name\tlat\tlon\tcountry\talternates\nVelmora\t10.5\t20.5\t\t\nKestrel\t11\t21\t\t\n",
                   encoding="utf-8")
    text = "The leader spoke to reporters in Velmora on Monday. Kestrel said profits rose. Kestrel grew."
    art = Article(id="a", text=text, source="Wire", title=None, url=None, published="2026-01-05",
                  dropped=[], input="a")

    def men(name):
        i = text.index(name)
        out = [{"text": name, "label": "ORG", "start": i, "end": i + len(name)}]
        j = text.find(name, i + 1)
        if j > 0:
            out.append({"text": name, "label": "ORG", "start": j, "end": j + len(name)})
        return out

    analysis = {"doc": "a", "sentences": [[0, len(text)]], "mentions": men("Velmora") + men("Kestrel")}
    b = merge_story([art], [analysis], gazetteer=Gazetteer.from_tsv(tsv))
    assert [p["name"] for p in b["places"]] == ["Velmora"]


def test_a_place_the_users_gazetteer_lists_is_placed_whatever_the_tagger_called_it(tmp_path):
    """One mention that reads as a place is enough for a name the user's gazetteer lists, even
    typed PERSON ('Umm Sidra') or ORG and mostly written without a preposition ('Harzel residents');
    a speaker of that name stays a person."""
    from newsweave.article import Article
    from newsweave.merge import merge_story

    tsv = tmp_path / "places.tsv"
    tsv.write_text("name\tlat\tlon\tcountry\talternates\nHarzel\t10.5\t20.5\t\t\nUmm Sidra\t11\t21\t\t\n"
                   "Corvin\t12\t22\t\t\n", encoding="utf-8")
    text = ("Harzel residents fled. Harzel officials met. The siege of Harzel went on. "
            "Families walked to Umm Sidra overnight. Corvin said the talks failed.")
    art = Article(id="a", text=text, source="Wire", title=None, url=None, published="2026-01-05",
                  dropped=[], input="a")

    def men(name, label):
        out, i = [], text.find(name)
        while i >= 0:
            out.append({"text": name, "label": label, "start": i, "end": i + len(name)})
            i = text.find(name, i + 1)
        return out

    q = text.index("the talks failed")
    analysis = {"doc": "a", "sentences": [[0, len(text)]],
                "mentions": men("Harzel", "ORG") + men("Umm Sidra", "PERSON") + men("Corvin", "PERSON"),
                "quotes": [{"text": "the talks failed", "kind": "reported", "start": q, "end": q + 16,
                            "speaker": {"name": "Corvin", "start": text.index("Corvin"),
                                        "end": text.index("Corvin") + 6}}]}
    b = merge_story([art], [analysis], gazetteer=Gazetteer.from_tsv(tsv))
    assert sorted(p["name"] for p in b["places"]) == ["Harzel", "Umm Sidra"]
