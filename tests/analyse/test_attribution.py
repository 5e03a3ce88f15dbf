"""Attribution (who said what): the shapes behind the PolNeAR error classes of issue 3.

Each case is a hand-written sentence in general news language; the assertions are on the
speaker, the cue, the content span and the source phrase (``speaker.phrase``: the whole source
noun phrase as written, which is what PolNeAR annotates as Source).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from newsweave.analyse import quotes
from newsweave.article import Article

# ``nlp`` is the session fixture from tests/conftest.py.


def run(nlp, text):
    doc = nlp(text)
    out = quotes.extract(doc, Article(id="t", text=text), {"sentences": [[s.start_char, s.end_char] for s in doc.sents]})
    for q in out:
        assert text[q["start"]:q["end"]] == q["text"]
        ph = q["speaker"].get("phrase")
        if ph:
            assert 0 <= ph[0] < ph[1] <= len(text)
    return out


def phrase(text, q):
    ph = q["speaker"].get("phrase")
    return text[ph[0]:ph[1]] if ph else None


def by_text(items, text):
    found = [q for q in items if q["text"] == text]
    assert len(found) == 1, (text, [q["text"] for q in items])
    return found[0]


def test_subject_inside_the_quote_is_not_the_speaker(nlp):
    # the parser makes "Ferguson" (inside the quote) a second subject of "said"
    text = "Trump was asked about crime.\n\n\u201cLike Oakland. Or Ferguson,\u201d Trump said. \u201cThe crime numbers are worse.\u201d"
    items = run(nlp, text)
    q = by_text(items, "Like Oakland. Or Ferguson")
    assert q["speaker"]["name"] == "Trump" and q["cue"] == "say"


def test_carried_quote_points_at_the_attribution_it_continues(nlp):
    text = "\u201cThe town is calm,\u201d the mayor said. \u201cNobody has left.\u201d"
    items = run(nlp, text)
    first, second = by_text(items, "The town is calm"), by_text(items, "Nobody has left.")
    assert second["speaker"]["via"] == "carried" and second["speaker"]["name"] == first["speaker"]["name"]
    assert second["cue_span"] is None  # no cue of its own ...
    assert second["carried_cue"] == first["cue_span"]  # ... it continues the mayor's statement


def test_colon_introduced_quote_takes_the_subject_before_the_colon(nlp):
    text = "Senator Elizabeth Warren released a statement: \u201cWe will fight this ruling in every court.\u201d"
    q = by_text(run(nlp, text), "We will fight this ruling in every court.")
    assert q["kind"] == "direct"
    assert q["speaker"]["name"] == "Elizabeth Warren"
    assert phrase(text, q) == "Senator Elizabeth Warren"


def test_colon_after_a_passive_is_not_an_attribution(nlp):
    text = "The sign was painted in red letters: \u201cNo entry for strangers after dark.\u201d"
    q = by_text(run(nlp, text), "No entry for strangers after dark.")
    assert q["speaker"]["name"] is None


def test_source_phrase_keeps_apposition_and_drops_circumstance(nlp):
    text = "Bernie Sanders, celebrating a victory in Vermont, said the campaign would go on."
    q = by_text(run(nlp, text), "the campaign would go on")
    assert q["speaker"]["name"] == "Bernie Sanders"
    assert phrase(text, q) == "Bernie Sanders"
    text = "Alain Juppe, the French foreign minister, said the talks had failed."
    q = by_text(run(nlp, text), "the talks had failed")
    assert phrase(text, q) == "Alain Juppe, the French foreign minister"
    assert q["speaker"]["role"] == "the French foreign minister"


def test_pronoun_resolves_to_earlier_person_who_was_not_the_subject(nlp):
    text = ("The hearing was tense. Lawmakers questioned Mary Jones about the budget for hours. "
            "For her part, she said the cuts were necessary.")
    q = by_text(run(nlp, text), "the cuts were necessary")
    assert q["speaker"]["name"] == "Mary Jones" and q["speaker"]["via"] == "pronoun"
    assert phrase(text, q) == "she"  # the source as written is the pronoun


def test_pronoun_gender_veto_in_fallback(nlp):
    text = ("Lawmakers questioned Mr. Tom Hale about the budget for hours. "
            "For her part, she said the cuts were necessary.")
    items = run(nlp, text)
    assert not [q for q in items if q["speaker"]["name"] == "Tom Hale"]


def test_according_to_after_a_colon_reports_the_clause_after_it(nlp):
    text = "And it has not gone unnoticed: according to recent polls, Trump holds only 14 percent of the vote."
    q = by_text(run(nlp, text), "Trump holds only 14 percent of the vote")
    assert q["kind"] == "reported" and q["cue"] == "according to"
    assert q["speaker"]["name"] == "recent polls"


def test_poll_shows_is_an_evidence_attribution(nlp):
    text = "A new poll showed Clinton with a 10-point lead over Trump in Ohio."
    q = by_text(run(nlp, text), "Clinton with a 10-point lead over Trump in Ohio")
    assert q["cue"] == "show" and q["speaker"]["name"] == "new poll"


def test_evidence_verb_without_a_source_noun_is_not_an_attribution(nlp):
    text = "The result showed signs of strain in the coalition."
    assert run(nlp, text) == []


def test_reported_question(nlp):
    text = "The senator asked whether the funds had been spent on the campaign."
    q = by_text(run(nlp, text), "whether the funds had been spent on the campaign")
    assert q["kind"] == "reported" and q["cue"] == "ask" and q["speaker"]["name"] == "senator"


def test_phrasal_speech_verb(nlp):
    text = "Clinton pointed out that the law had passed with Republican votes."
    q = by_text(run(nlp, text), "the law had passed with Republican votes")
    assert q["cue"] == "point" and q["speaker"]["name"] == "Clinton"


def test_quantified_group_as_speaker(nlp):
    text = "Some say the plan is too expensive."
    q = by_text(run(nlp, text), "the plan is too expensive")
    assert q["speaker"]["name"] == "Some" and q["speaker"]["type"] == "description"


def test_relative_pronoun_of_a_plural_noun(nlp):
    text = "Critics who say the plan is too expensive have gained ground."
    q = by_text(run(nlp, text), "the plan is too expensive")
    assert q["speaker"]["name"] == "Critics" and phrase(text, q) == "who"


# -- the bench's mapping onto PolNeAR's conventions ----------------------------------------------
def _bench():
    path = Path(__file__).resolve().parents[2] / "bench" / "attribution.py"
    spec = importlib.util.spec_from_file_location("attribution_bench", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_joins_carried_quotes_to_their_attribution(nlp):
    bench = _bench()
    text = "\u201cThe town is calm,\u201d the mayor said. \u201cNobody has left.\u201d"
    pred = bench.predictions(text, run(nlp, text))
    assert len(pred) == 1
    assert [text[s:e] for s, e in pred[0]["content"]] == ["The town is calm", "Nobody has left."]
    assert text[slice(*pred[0]["phrase"][0])] == "the mayor"


def test_bench_sees_ptb_style_quote_marks():
    bench = _bench()
    text = "''That was not a good way to treat me,'' he complained."
    assert bench.has_mark(text, [(0, 39)])
    assert not bench.has_mark("He complained about it all week.", [(3, 13)])


def test_name_and_colon_introduce_a_quote(nlp):
    text = "The columnist summed it up.\n\nPhilip Bump: \u201cThis week\u2019s contest in Indiana is much different territory.\u201d"
    q = by_text(run(nlp, text), "This week\u2019s contest in Indiana is much different territory.")
    assert q["speaker"]["name"] == "Philip Bump" and q["cue"] == ":"
    assert phrase(text, q) == "Philip Bump"


def test_headline_name_colon_statement(nlp):
    text = "Bernie Sanders: Hillary Clinton Is Qualified To Be President\n\nThe senator spoke on Sunday."
    q = by_text(run(nlp, text), "Hillary Clinton Is Qualified To Be President")
    assert q["kind"] == "reported" and q["speaker"]["name"] == "Bernie Sanders" and q["cue"] == ":"


def test_place_colon_is_not_a_speaker(nlp):
    text = "WASHINGTON: The Senate passed the bill on Tuesday after a long debate."
    assert run(nlp, text) == []


def test_inverted_cue_then_name_parsed_into_a_later_clause(nlp):
    # '"...," said NAME, half joking': the parser makes NAME the subject of "joking"
    text = "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking. He holds two degrees."
    q = by_text(run(nlp, text), "I'm more skilled with my hands than I am with my brain")
    assert q["speaker"]["name"] == "Robin Maynard" and q["cue"] == "say"


def test_cue_without_parsed_subject_takes_the_name_right_before_it(nlp):
    # the parser hangs 'her senior policy adviser, Jake Sullivan' off "the Observer"
    text = ("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "\u201cHillary Clinton believes that transatlantic cooperation is essential.\u201d")
    q = by_text(run(nlp, text), "Hillary Clinton believes that transatlantic cooperation is essential.")
    assert q["speaker"]["name"] == "Jake Sullivan"
    assert phrase(text, q) == "her senior policy adviser, Jake Sullivan"


def test_place_right_before_a_subjectless_cue_is_not_a_speaker(nlp):
    from newsweave.analyse.quotes import _left_subject

    doc = nlp("Karen Janes, of Portland, Maine, said the plan was fine.")
    said = next(t for t in doc if t.lower_ == "said")
    assert _left_subject(said, lambda i: False) is None


def test_reported_content_stops_before_a_participle_cue(nlp):
    # 'he says X, calling them "..."': the participle is a second attribution, not what he said
    text = ("Bernie Sanders spoke on Thursday. On his tax returns, he says he would release his information "
            "for 2014 on Friday, calling them \u201cvery boring tax returns.\u201d")
    items = run(nlp, text)
    said = [q for q in items if q["kind"] == "reported" and q["cue"] == "say"]
    assert [q["text"] for q in said] == ["he would release his information for 2014 on Friday"]


def test_speech_verb_coordinated_after_two_verbs_keeps_the_subject(nlp):
    text = ("Democratic party officials said the caucus would begin on time. A few minutes later the "
            "officials reversed themselves, rushed everyone inside the room and said they will register "
            "voters during the caucus.")
    q = by_text(run(nlp, text), "they will register voters during the caucus")
    assert q["speaker"]["name"] and "officials" in q["speaker"]["name"]


def test_cue_in_a_subordinate_clause_before_another_speaker_is_not_the_quote_cue(nlp):
    text = ("After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton "
            "shot back, \u201cI suppose I could have chosen to bake cookies and have teas, but I chose to "
            "fulfill my profession.\u201d")
    q = next(q for q in run(nlp, text) if q["kind"] == "direct")
    assert q["speaker"]["name"] == "Hillary Clinton" and q["cue"] == "shoot"
