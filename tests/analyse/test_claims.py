"""Claims: one claim per attributed statement; denials with their targets."""

from __future__ import annotations

from newsweave.analyse import claims, quotes
from newsweave.article import Article


# ``nlp`` is the session fixture from tests/conftest.py.


def run(nlp, text):
    doc = nlp(text)
    art = Article(id="t", text=text)
    found = {"sentences": [[s.start_char, s.end_char] for s in doc.sents]}
    found["quotes"] = quotes.extract(doc, art, found)
    out = claims.extract(doc, art, found)
    for c in out:
        assert text[c["start"]:c["end"]] == c["text"]
        assert c["claimant"]["name"]
        assert c["source"] in ("quote", "reported")
        d = c["denial"]
        if d and d["target"]:
            t = d["target"]
            assert text[t["start"]:t["end"]] == t["text"]
    return out


def one(items, text):
    found = [c for c in items if c["text"] == text]
    assert len(found) == 1, (text, [c["text"] for c in items])
    return found[0]


def test_every_attributed_statement_is_a_claim(nlp):
    t = ('"We will not retreat," said Omar Ahmadi. Sara Bello said the town was calm. '
         '"Nobody knows," she added. The so-called "peace plan" failed.')
    cs = run(nlp, t)
    q = one(cs, "We will not retreat")
    assert q["source"] == "quote" and q["kind"] == "direct" and q["claimant"]["name"] == "Omar Ahmadi"
    r = one(cs, "the town was calm")
    assert r["source"] == "reported" and r["cue"] == "say" and r["claimant"]["name"] == "Sara Bello"
    assert one(cs, "Nobody knows")["claimant"]["name"] == "Sara Bello"
    assert not [c for c in cs if c["text"] == "peace plan"]


def test_according_to_claim(nlp):
    t = "According to a United Nations official who asked not to be named, 10,000 people have fled."
    c = one(run(nlp, t), "10,000 people have fled")
    assert c["cue"] == "according to"
    assert c["claimant"]["name"] == "United Nations official"
    assert c["source"] == "reported"


def test_told_reuters_that(nlp):
    t = "Omar Ahmadi told Reuters on Monday that the bridge had been destroyed."
    c = one(run(nlp, t), "the bridge had been destroyed")
    assert c["cue"] == "tell" and c["claimant"]["name"] == "Omar Ahmadi"
    assert c["denial"] is None and c["negated"] is False


def test_accused_of(nlp):
    t = "Interior Minister Sara Bello accused the rebels of targeting civilians."
    c = one(run(nlp, t), "the rebels of targeting civilians")
    assert c["cue"] == "accuse"
    assert c["claimant"]["name"] == "Sara Bello" and c["claimant"]["role"] == "Interior Minister"


def test_denial_with_object_target(nlp):
    t = ("The ministry rejected claims that rebels had taken the town. "
         "A spokesman denied reports of an air strike.")
    cs = run(nlp, t)
    a = one(cs, "claims that rebels had taken the town")
    assert a["denial"] == {"cue": "rejected", "target": {
        "text": "claims that rebels had taken the town", "start": a["start"], "end": a["end"]}}
    b = one(cs, "reports of an air strike")
    assert b["denial"]["cue"] == "denied"
    assert b["denial"]["target"]["text"] == "reports of an air strike"
    assert b["claimant"]["name"] == "spokesman"


def test_dismissed_as_and_called_lies(nlp):
    t = "The army denied the report and dismissed the claim as propaganda. It called the reports lies."
    cs = run(nlp, t)
    assert one(cs, "the report")["denial"]["cue"] == "denied"
    d = one(cs, "the claim as propaganda")["denial"]
    assert d["cue"] == "dismissed ... as" and d["target"]["text"] == "the claim"
    c = one(cs, "the reports lies")
    assert c["claimant"]["name"] == "army" and c["claimant"]["via"] == "pronoun"
    assert c["denial"]["cue"] == "called ... lies" and c["denial"]["target"]["text"] == "the reports"


def test_no_truth_in_direct_quote(nlp):
    t = "\u201cThere is no truth in these reports,\u201d a spokesman for the army told AFP."
    c = one(run(nlp, t), "There is no truth in these reports")
    assert c["source"] == "quote"
    assert c["denial"]["cue"] == "there is no truth"
    assert c["denial"]["target"]["text"] == "these reports"


def test_denied_that_and_false(nlp):
    t = ("The army denied that its jets had struck the market. "
         'Omar Ahmadi told Reuters that the claim was "nonsense".')
    cs = run(nlp, t)
    d = one(cs, "its jets had struck the market")["denial"]
    assert d["cue"] == "denied" and d["target"]["text"] == "its jets had struck the market"
    n = one(cs, 'the claim was "nonsense"')["denial"]
    assert n["cue"] == "nonsense" and n["target"]["text"] == "the claim"


def test_insist_and_negated_denial(nlp):
    t = ("Omar Ahmadi said the town was calm. He insisted that the rebels had left. "
         "He did not deny that troops had withdrawn.")
    cs = run(nlp, t)
    i = one(cs, "the rebels had left")
    assert i["claimant"]["name"] == "Omar Ahmadi"
    assert i["denial"] == {"cue": "insist", "target": None}
    n = one(cs, "troops had withdrawn")
    assert n["negated"] is True and n["denial"] is None


def test_unattributed_quote_is_not_a_claim(nlp):
    t = '"The town is ours," she said.'
    assert run(nlp, t) == []


def test_reported_question_is_not_a_claim_but_a_poll_finding_is(nlp):
    t = ("The senator asked whether the funds had been spent on the campaign. "
         "A new poll showed Clinton with a 10-point lead over Trump in Ohio.")
    cs = run(nlp, t)
    assert not [c for c in cs if "funds" in c["text"]]  # a question asserts nothing
    c = one(cs, "Clinton with a 10-point lead over Trump in Ohio")
    assert c["cue"] == "show" and c["claimant"]["name"] == "new poll" and c["source"] == "reported"
