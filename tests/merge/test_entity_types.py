"""Forms the tagger types inconsistently are counted under the right family before merging."""

from newsweave.merge.entities import merge_entities


def _analysis(doc, mentions):
    return {"doc": doc, "mentions": [{"text": t, "label": lab, "start": 0, "end": len(t)} for t, lab in mentions]}


def test_a_surname_typed_as_an_organisation_joins_the_person_named_in_full():
    analyses = [
        _analysis("a", [("Rustam Adilov", "PERSON"), ("Adilov", "ORG"), ("Adilov", "ORG")]),
        _analysis("b", [("Adilov", "ORG"), ("Otabek Rasulov", "ORG"), ("Rasulov", "PERSON"),
                        ("Renewal Alliance", "ORG"), ("Alliance", "ORG")]),
    ]
    entities, _ = merge_entities(analyses)
    by_name = {e["name"]: e for e in entities}
    adilov = next(e for e in entities if "Adilov" in [e["name"], *e["aliases"]] and e["name"] != "Adilov"
                  ) if "Adilov" not in by_name else by_name["Adilov"]
    assert adilov["type"] == "PERSON"
    assert {"Rustam Adilov", "Adilov"} <= {adilov["name"], *adilov["aliases"]}
    rasulov = next(e for e in entities if "Rasulov" in [e["name"], *e["aliases"]])
    assert rasulov["type"] == "PERSON" and "Otabek Rasulov" in [rasulov["name"], *rasulov["aliases"]]
    alliance = next(e for e in entities if e["name"] == "Renewal Alliance")
    assert alliance["type"] == "ORG"  # no person is called Alliance


def test_a_place_the_gazetteer_knows_is_not_taken_for_a_surname():
    analyses = [_analysis("a", [("Michael Jordan", "PERSON"), ("Jordan", "GPE"), ("Jordan", "GPE")])]
    entities, _ = merge_entities(analyses, known_places=lambda n: "jo" if n == "Jordan" else None)
    jordan = next(e for e in entities if e["name"] == "Jordan")
    assert jordan["type"] == "GPE"


def test_a_name_the_users_gazetteer_lists_is_a_place_even_when_tagged_an_organisation():
    analyses = [_analysis("a", [("Tolvo", "ORG"), ("Tolvo", "ORG"), ("Tolvo", "GPE"), ("Vesk Relief", "ORG")]),
                _analysis("b", [("Tolvo", "ORG")])]
    entities, _ = merge_entities(analyses, story_places=lambda n: n == "Tolvo")
    types = {e["name"]: e["type"] for e in entities}
    assert types["Tolvo"] in ("GPE", "LOC", "FAC")
    assert types["Vesk Relief"] == "ORG"
    # a listed name most mentions make a person stays a person
    analyses = [_analysis("a", [("Tolvo", "PERSON"), ("Tolvo", "PERSON"), ("Tolvo", "GPE")])]
    entities, _ = merge_entities(analyses, story_places=lambda n: n == "Tolvo")
    assert [e["type"] for e in entities if e["name"] == "Tolvo"] == ["PERSON"]


def test_names_ending_in_an_organisation_word_and_outlets_are_organisations():
    analyses = [_analysis("a", [("Varno Alpine Resorts", "PERSON"), ("Kestrel Wire", "PERSON"), ("Tidemark", "PERSON"),
                                ("Ana Lis", "PERSON")])]
    entities, _ = merge_entities(analyses, outlets={"tidemark"})
    types = {e["name"]: e["type"] for e in entities}
    assert types == {"Varno Alpine Resorts": "ORG", "Kestrel Wire": "ORG", "Tidemark": "ORG", "Ana Lis": "PERSON"}


def test_a_name_given_a_persons_role_is_a_person():
    from newsweave.merge.entities import person_by_role
    assert person_by_role("Idrun Dalmar", ["the father of the groom"])
    assert person_by_role("Anwel Pesk", ["the council chairman"])
    assert not person_by_role("Orla Relief Network", ["the father of the groom"])
    assert not person_by_role("Idrun Dalmar", ["a group based in Orsk"])
