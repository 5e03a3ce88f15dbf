from newsweave.analyse import analyse_article
from newsweave.article import Article


def _mentions(nlp, text):
    art = Article(id="a", text=text, source="Wire", published="2026-03-14")
    out = analyse_article(art, nlp=nlp)["mentions"]
    for m in out:
        assert text[m["start"]:m["end"]] == m["text"]
    return out


def test_titles_are_stripped_and_kept_as_roles(nlp):
    ms = _mentions(nlp, "Interior Minister Sara Bello said the port was calm.")
    (bello,) = [m for m in ms if m["label"] == "PERSON"]
    assert bello["text"] == "Sara Bello"
    assert bello["role"]["text"] == "Interior Minister"


def test_a_bare_surname_of_a_person_named_in_full_is_a_person_mention(nlp):
    text = ("Karel Brandt, general secretary of the seafarers' union, spoke in Kelmar on Monday. "
            "The crew had warned the company, Brandt said. Brandt added that the ship was late. "
            "Relatives gathered on Brandt Street.")
    ms = _mentions(nlp, text)
    brandt = [m for m in ms if m["text"] == "Brandt"]
    assert brandt and all(m["label"] == "PERSON" for m in brandt)
    assert {m["start"] for m in brandt} >= {text.index("Brandt said"), text.index("Brandt added")}
    assert text.index("Brandt Street") not in {m["start"] for m in brandt}  # a street, not the man
    assert ms == sorted(ms, key=lambda m: m["start"])


def test_an_untagged_surname_is_added(nlp):
    from newsweave.analyse.mentions import extract

    text = "Karel Brandt spoke on Monday. Brandt said the ship was late. Mr Brandt left."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, len("Karel Brandt"), label="PERSON")]  # the model missed the rest
    ms = extract(doc, None, {})
    assert [(m["text"], m["label"], m["start"]) for m in ms] == [
        ("Karel Brandt", "PERSON", 0), ("Brandt", "PERSON", text.index("Brandt said")),
        ("Brandt", "PERSON", text.index("Brandt left"))]


def test_a_datelines_dash_is_not_part_of_the_name(nlp):
    from newsweave.analyse.mentions import extract

    text = "TALMIRA - Fighters attacked the town on Thursday."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, len("TALMIRA -"), label="ORG")]  # the tagger takes the dash along
    (m,) = extract(doc, None, {})
    assert m["text"] == "TALMIRA" and text[m["start"]:m["end"]] == "TALMIRA"


def test_a_party_the_tagger_missed_is_named_where_it_speaks(nlp):
    ms = _mentions(nlp, "Open Hands, a network of volunteer cooks, said it had served 900 meals.")
    assert ("Open Hands", "ORG") in [(m["text"], m["label"]) for m in ms]
    ms = _mentions(nlp, "Lea Varn, who chairs the tenants' association Safe Roofs, said the block was unsafe.")
    assert "Safe Roofs" in [m["text"] for m in ms]
    # a capitalised first word is no name, and a common subject is no party
    ms = _mentions(nlp, "Witnesses said the gate was shut. Relatives of the miners said nothing.")
    assert [m for m in ms if m["label"] == "ORG"] == []


def test_a_datelines_country_is_a_place(nlp):
    ms = _mentions(nlp, "KORVAL, Estrenia (Wire) - The railway said the line had reopened.")
    assert ("Estrenia", "GPE") in [(m["text"], m["label"]) for m in ms]


def test_an_apposed_role_stops_before_a_relative_clause(nlp):
    text = "“They burned the barns,” said Oskar Bremmel, 71, the elder of Tarsk, who reached Vell on Friday with his family."
    ms = _mentions(nlp, text)
    (p,) = [m for m in ms if m["text"] == "Oskar Bremmel"]
    assert p["role"]["text"] == "the elder of Tarsk"
    assert text[p["role"]["start"]:p["role"]["end"]] == "the elder of Tarsk"

