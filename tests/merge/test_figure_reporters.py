"""Reporters written as a description or an anaphor are linked to the party the story names
(merge.figures.resolve_described / resolve_anaphors), on plain dicts."""

from newsweave.merge.figures import resolve_anaphors, resolve_described, resolve_reporters


def _fig(doc, name, start=0):
    return {"doc": doc, "start": start, "reported_by": {"name": name, "entity": None}}


def test_a_description_is_the_party_the_story_describes_so():
    docs = [{"id": "a", "text": "Safe Roofs, an association of tenants' families, said 40 were hurt."},
            {"id": "b", "text": "An association of tenants’ families said on Friday that 52 were hurt. "
                                "Structural engineer Petra Holm said the beams had failed."}]
    names = {"Safe Roofs": "e1", "Petra Holm": "e2"}
    figs = [_fig("b", "association of tenants’ families"), _fig("b", "structural engineer"),
            _fig("b", "a resident")]
    resolve_described(figs, docs, names.get)
    assert [f["reported_by"]["entity"] for f in figs] == ["e1", "e2", None]
    assert figs[0]["reported_by"]["name"] == "association of tenants’ families"   # kept as written


def test_two_parties_described_alike_leave_the_description_alone():
    docs = [{"id": "a", "text": "Safe Roofs, a tenants' group, said 40. Dry Homes, a tenants' group, said 50."}]
    figs = [_fig("a", "tenants' group")]
    resolve_described(figs, docs, {"Safe Roofs": "e1", "Dry Homes": "e2"}.get)
    assert figs[0]["reported_by"]["entity"] is None


def test_the_company_is_the_company_named_last_before_it():
    text = ("The Forest Agency blamed a power line. Velta Grid denied it, its spokesman told Courant. "
            "The company said 9,000 homes had no power. The agency said 300 hectares had burned.")
    docs = [{"id": "a", "text": text, "source": "Courant"}]
    ents = [{"id": "e1", "name": "Forest Agency", "type": "ORG", "aliases": []},
            {"id": "e2", "name": "Velta Grid", "type": "ORG", "aliases": []},
            {"id": "e3", "name": "Courant", "type": "ORG", "aliases": []}]
    figs = [_fig("a", "The company", text.index("9,000")), _fig("a", "The agency", text.index("300")),
            _fig("a", "the union", text.index("300"))]
    resolve_anaphors(figs, docs, ents)
    assert [f["reported_by"]["entity"] for f in figs] == ["e2", "e1", None]


def _kfig(name, value, text, kind="killed"):
    return {"doc": "a", "start": 0, "kind": kind, "value": value, "text": text,
            "reported_by": {"name": name, "entity": None}}


def test_the_official_toll_quoted_by_another_is_the_authorities_count():
    from newsweave.merge.figures import resolve_official
    figs = [_kfig("health ministry", 40, "40 people had died"),
            _kfig("doctors' union", 40, "the official toll of 40"),
            _kfig("doctors' union", 90, "90 bodies")]
    resolve_official(figs)
    assert figs[1]["reported_by"]["name"] == "health ministry"
    # no one states that number: the state body giving the counts of that kind
    figs = [_kfig("civil defence agency", 30, "30 dead"), _kfig("civil defence agency", 35, "35 dead"),
            _kfig("Hill Rescue", 80, "80 dead"), _kfig("doctors' union", 41, "the official toll of 41")]
    resolve_official(figs)
    assert figs[3]["reported_by"]["name"] == "civil defence agency"
    # a count with its owner named keeps it
    figs = [_kfig("health ministry", 38, "38 died"), _kfig("Orvanian government", 38, "the government's count is 38")]
    resolve_official(figs)
    assert figs[1]["reported_by"]["name"] == "Orvanian government"


def test_an_unnamed_voice_of_an_organisation_reports_for_it():
    from newsweave.merge.figures import resolve_voices
    figs = [_fig("a", "A KRT spokesman"), _fig("a", "a senior Velta Grid official"),
            _fig("a", "a spokesman"), _fig("a", "Ana Lis")]
    resolve_voices(figs, {"KRT": "e1", "Velta Grid": "e2", "Ana Lis": "e3"}.get)
    assert [f["reported_by"]["entity"] for f in figs] == ["e1", "e2", None, None]
    assert figs[0]["reported_by"]["name"] == "A KRT spokesman"   # kept as written


def test_an_owned_role_is_the_person_of_the_article_given_that_role():
    text = ("A raid hit the school in Osk, killing four pupils, the school's headteacher said. "
            "Mira Tal, the headteacher, said the roof fell in. The hospital received 12 bodies, its "
            "director said. Dr Ivo Kern, director of Osk Hospital, said more were coming.")
    docs = [{"id": "a", "text": text}]
    names = {"Mira Tal": "e1", "Dr Ivo Kern": "e2", "Ivo Kern": "e2"}
    h = text.index("school's headteacher")
    d = text.index("its director")
    figs = [{"doc": "a", "start": text.index("four"),
             "reported_by": {"name": "school's headteacher", "start": h, "end": h + 20, "entity": None}},
            {"doc": "a", "start": text.index("12"),
             "reported_by": {"name": "its director", "start": d, "end": d + 12, "entity": None}}]
    resolve_described(figs, docs, names.get)
    assert [f["reported_by"]["entity"] for f in figs] == ["e1", "e2"]
    # two people given the role: nobody is chosen
    text2 = "Mira Tal, the headteacher, spoke. Ona Berg, the headteacher, spoke. Four died, its headteacher said."
    k = text2.index("its headteacher")
    figs = [{"doc": "a", "start": k, "reported_by": {"name": "its headteacher", "start": k, "end": k + 15, "entity": None}}]
    resolve_described(figs, [{"id": "a", "text": text2}], {"Mira Tal": "e1", "Ona Berg": "e3"}.get)
    assert figs[0]["reported_by"]["entity"] is None


def test_an_airline_is_a_business_and_the_anaphor_may_come_before_the_name_in_its_sentence():
    text = "At least 17 people died when a Velta Air plane crashed, the airline said."
    docs = [{"id": "a", "text": text, "source": "Wire"}]
    ents = [{"id": "e1", "name": "Velta Air", "type": "ORG", "aliases": []},
            {"id": "e2", "name": "Civil Aviation Authority", "type": "ORG", "aliases": []}]
    k = text.index("the airline")
    figs = [{"doc": "a", "start": 0, "reported_by": {"name": "the airline", "start": k, "end": k + 11, "entity": None}}]
    resolve_anaphors(figs, docs, ents)
    assert figs[0]["reported_by"]["entity"] == "e1"


def test_a_police_officer_speaks_for_the_police():
    from newsweave.merge.figures import resolve_voices
    figs = [_fig("a", "A senior police officer")]
    resolve_voices(figs, {"police": "e9"}.get)
    assert figs[0]["reported_by"]["entity"] == "e9"


def test_a_police_officer_is_the_one_police_organisation_when_police_links_nowhere():
    from newsweave.merge.figures import resolve_voices
    ents = [{"id": "e1", "name": "Osk State Police Command", "type": "ORG"},
            {"id": "e2", "name": "Osk Hospital", "type": "ORG"}]
    figs = [_fig("a", "A senior police officer"), _fig("a", "an army officer")]
    resolve_voices(figs, {}.get, ents)
    assert [f["reported_by"]["entity"] for f in figs] == ["e1", None]


def test_an_owned_role_of_two_words():
    text = ("The morgue has received 90 bodies, its chief pathologist said. "
            "Dr Ena Volk, the morgue's chief pathologist, said more were coming.")
    k = text.index("its chief")
    figs = [{"doc": "a", "start": 0, "reported_by": {"name": "its chief pathologist", "start": k, "end": k + 21,
                                                     "entity": None}}]
    resolve_described(figs, [{"id": "a", "text": text}], {"Dr Ena Volk": "e1", "Ena Volk": "e1"}.get)
    assert figs[0]["reported_by"]["entity"] == "e1"


def test_the_airline_is_not_a_pilots_union_named_after_airlines():
    text = ("The Airline Pilots' Syndicate called for an inquiry. "
            "At least 12 people died when a Kessel Air plane crashed, the airline said.")
    docs = [{"id": "a", "text": text, "source": "Wire"}]
    ents = [{"id": "e1", "name": "Kessel Air", "type": "ORG", "aliases": []},
            {"id": "e2", "name": "Airline Pilots' Syndicate", "type": "ORG", "aliases": []}]
    k = text.index("12")
    figs = [{"doc": "a", "start": k, "end": k + 2, "reported_by": {"name": "airline", "entity": None}}]
    resolve_anaphors(figs, docs, ents)
    assert figs[0]["reported_by"]["entity"] == "e1"


def test_the_army_is_the_army_not_the_person_called_an_army_spokesman():
    docs = [{"id": "a", "text": "Major Ivo Ranst, an army spokesman, said 12 had died. The Dalvian Army said later "
                                "that 14 had died. The army said 3 were missing."}]
    entities = [{"id": "e1", "name": "Ivo Ranst", "type": "PERSON", "aliases": []},
                {"id": "e2", "name": "Dalvian Army", "type": "ORG", "aliases": []}]
    figs = [_fig("a", "The army", start=110)]
    resolve_reporters(figs, docs, entities, {"Ivo Ranst": "e1", "Dalvian Army": "e2"}.get)
    assert figs[0]["reported_by"]["entity"] == "e2"


def test_a_role_is_the_one_person_of_the_story_given_a_role_with_that_head():
    docs = [{"id": "a", "text": "The village headman said 40 houses burned."}]
    entities = [{"id": "e1", "name": "Oren Valt", "type": "PERSON", "aliases": [], "roles": ["the headman of Kessa"]},
                {"id": "e2", "name": "Mila Dorn", "type": "PERSON", "aliases": [], "roles": ["the district governor"]}]
    figs = [_fig("a", "The village headman"), _fig("a", "the governor of the Orla district")]
    resolve_reporters(figs, docs, entities, {}.get)
    assert [f["reported_by"]["entity"] for f in figs] == ["e1", "e2"]
    # two people with that head: nobody is guessed
    entities.append({"id": "e3", "name": "Tomas Ek", "type": "PERSON", "aliases": [], "roles": ["headman of Vell"]})
    figs = [_fig("a", "The village headman")]
    resolve_reporters(figs, docs, entities, {}.get)
    assert figs[0]["reported_by"]["entity"] is None


def test_a_regional_official_speaks_for_the_one_regional_body():
    entities = [{"id": "e1", "name": "Orla regional government", "type": "ORG", "aliases": []},
                {"id": "e2", "name": "Orla Rescue Service", "type": "ORG", "aliases": []}]
    figs = [_fig("a", "A regional official")]
    resolve_reporters(figs, [{"id": "a", "text": "A regional official said 95 soldiers remained."}], entities, {}.get)
    assert figs[0]["reported_by"]["entity"] == "e1"


def test_the_ministry_is_the_one_that_gives_counts_of_that_family():
    docs = [{"id": "a", "text": "The Health Ministry said 40 had died. The Energy Ministry said 2,000 homes had no power."},
            {"id": "b", "text": "The ministry's figures show 610 people treated in hospital."}]
    entities = [{"id": "e1", "name": "Health Ministry", "type": "ORG", "aliases": []},
                {"id": "e2", "name": "Energy Ministry", "type": "ORG", "aliases": []}]
    figs = [{"doc": "a", "start": 0, "kind": "killed", "reported_by": {"name": "The Health Ministry", "entity": "e1"}},
            {"doc": "a", "start": 40, "kind": "other", "reported_by": {"name": "The Energy Ministry", "entity": "e2"}},
            {"doc": "b", "start": 30, "kind": "injured", "reported_by": {"name": "The ministry", "entity": None}}]
    resolve_reporters(figs, docs, entities, {}.get)
    assert figs[2]["reported_by"]["entity"] == "e1"


def test_a_capitalised_name_after_a_comma_is_no_description():
    # "Pelvarna, the Ministry of Health said": "ministry" there is part of a name
    docs = [{"id": "a", "text": "Nine died in the town of Orsk, the Ministry of Health said. The ministry said 12 were hurt."}]
    figs = [_fig("a", "The ministry", start=60)]
    resolve_described(figs, docs, {"Orsk": "e9"}.get)
    assert figs[0]["reported_by"]["entity"] is None


def test_a_described_organisation_noun_is_the_organisation_named_before():
    docs = [{"id": "a", "text": "Gunmen raided Orla Hill Secondary School on Friday. The boarding school said 121 pupils were missing."}]
    entities = [{"id": "e1", "name": "Orla Hill Secondary School", "type": "ORG", "aliases": []}]
    figs = [_fig("a", "The boarding school", start=52)]
    resolve_anaphors(figs, docs, entities)
    assert figs[0]["reported_by"]["entity"] == "e1"
