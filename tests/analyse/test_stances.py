"""Stances (issue 3, round 2): attributed intentions, support, opposition, beliefs and
perceptions that are not statements. Hand-written general news sentences; the assertions are
on the kind, the holder, the cue and the content span -- and on what must NOT be a stance."""

from __future__ import annotations

import pytest

from newsweave.analyse import analyse_doc, pipeline
from newsweave.article import Article

# ``nlp`` is the session fixture from tests/conftest.py.


def run(nlp, text):
    found = analyse_doc(nlp(text), Article(id="t", text=text))
    assert not found.get("errors"), found.get("errors")
    for s in found["stances"]:
        assert text[s["start"]:s["end"]] == s["text"]
        cue = s["cue"]
        assert text[cue["start"]:cue["end"]] == cue["text"]
        h = s["holder"]
        assert h["name"]
        if h.get("phrase"):
            assert 0 <= h["phrase"][0] < h["phrase"][1] <= len(text)
    return found


def only(found):
    assert len(found["stances"]) == 1, [(s["cue"]["text"], s["text"]) for s in found["stances"]]
    return found["stances"][0]


def test_registered_after_quotes_before_claims():
    names = [n for n, _ in pipeline()]
    assert names.index("quotes") < names.index("stances") < names.index("claims")


@pytest.mark.parametrize("text, kind, holder, cue, content", [
    ("Senator Maria Lopez wants to raise the minimum wage to 15 dollars.",
     "intention", "Maria Lopez", "wants", "to raise the minimum wage to 15 dollars"),
    # the model lemmatises "hopes" as "hop": the form still counts
    ("Ms. Anna Weiss hopes to run again next year.", "intention", "Anna Weiss", "hopes", "to run again next year"),
    ("The teachers' union endorsed Governor Tom Baker on Tuesday.",
     "support", "teachers' union", "endorsed", "Governor Tom Baker"),
    ("Tom Baker opposes the new pipeline.", "opposition", "Tom Baker", "opposes", "the new pipeline"),
    ("Maria Lopez believes in free trade.", "belief", "Maria Lopez", "believes", "in free trade"),
    ("Tom Baker sees the tax as a burden on families.",
     "perception", "Tom Baker", "sees", "the tax as a burden on families"),
    ("Most analysts expect a close race in November.",
     "perception", "Most analysts", "expect", "a close race in November"),
    # verb + for/against: the cue includes the preposition, the content is its object
    ("Maria Lopez would vote for Tom Baker in November.", "support", "Maria Lopez", "vote for", "Tom Baker"),
    ("The teachers' union campaigned against the new pipeline.",
     "opposition", "teachers' union", "campaigned against", "the new pipeline"),
    # a participle modifying the holder
    ("The super PAC backing former Florida Gov. Jeb Bush spent millions.",
     "support", "super PAC", "backing", "former Florida Gov. Jeb Bush"),
    ("All of the Republican candidates oppose the new rules.",
     "opposition", "All of the Republican candidates", "oppose", "the new rules"),
    # light verb + stance noun; infinitive intentions
    ("Senator Maria Lopez expressed support for the new rules.",
     "support", "Maria Lopez", "support", "for the new rules"),
    ("Tom Baker decided to run for governor.", "intention", "Tom Baker", "decided", "to run for governor"),
    ("Anna Weiss would like to see a new vote.", "intention", "Anna Weiss", "like", "to see a new vote"),
    # what someone spoke about, without saying what
    ("Senator Maria Lopez talked about the budget on Monday.", "topic", "Maria Lopez", "talked about", "the budget"),
    ("Tom Baker commented on the audit for the first time.", "topic", "Tom Baker", "commented on", "the audit"),
    ("Anna Weiss discussed the merger on Friday.", "topic", "Anna Weiss", "discussed", "the merger"),
])
def test_verb_stances(nlp, text, kind, holder, cue, content):
    s = only(run(nlp, text))
    assert (s["kind"], s["cue"]["text"], s["text"]) == (kind, cue, content)
    assert holder.lower() in s["holder"]["name"].lower()
    assert s["negated"] is False


def test_negated_support_keeps_holder_with_role(nlp):
    text = "Anna Weiss, the city's mayor, does not support the plan."
    s = only(run(nlp, text))
    assert (s["kind"], s["text"], s["negated"]) == ("support", "the plan", True)
    assert s["holder"]["name"] == "Anna Weiss"


def test_noun_cue_with_possessor_name(nlp):
    s = only(run(nlp, "Maria Lopez's claim that the budget was balanced drew little notice."))
    assert (s["kind"], s["cue"]["text"], s["text"]) == ("belief", "claim", "the budget was balanced")
    assert s["holder"]["name"] == "Maria Lopez"  # not "Maria Lopez's"


def test_noun_cue_with_possessive_pronoun(nlp):
    s = only(run(nlp, "Anna Weiss repeated her call for an independent inquiry."))
    assert (s["kind"], s["cue"]["text"], s["text"]) == ("intention", "call", "for an independent inquiry")
    assert s["holder"]["name"] == "Anna Weiss" and s["holder"]["via"] == "pronoun"


def test_plural_possessor_loses_its_apostrophe(nlp):
    s = only(run(nlp, "Critics' objections to the bill were ignored by Governor Tom Baker."))
    assert (s["kind"], s["text"]) == ("opposition", "to the bill")
    assert s["holder"]["name"] == "Critics"


def test_nested_in_reported_speech_is_a_stance_but_not_a_claim(nlp):
    found = run(nlp, "Maria Lopez said she wants to cut taxes.")
    s = only(found)
    assert (s["holder"]["name"], s["text"]) == ("Maria Lopez", "to cut taxes")
    # the statement is the reported clause; the stance adds no claim of its own
    assert [c["text"] for c in found["claims"]] == ["she wants to cut taxes"]


@pytest.mark.parametrize("text", [
    # military attack: not criticism
    "The fighters attacked army positions near the town.",
    # passive: the subject does not hold the expectation
    "The rebels are expected to withdraw from the town.",
    # a speech verb already reported by quotes is not repeated as a stance
    "Tom Baker criticized the plan as reckless.",
    # inside a direct quote: the speaker's own words, attributed by the quote
    '"We want peace," Tom Baker said.',
    # no holder: expletive and an unresolvable pronoun
    "It seems to want a new start.",
    # bare infinitive: no holder of its own
    "Voters were urged to support the measure.",
    # 'saw' as an event, not a judgement
    "The town saw a rise in prices last year.",
])
def test_not_stances(nlp, text):
    assert run(nlp, text)["stances"] == []


def test_stances_never_feed_claims(nlp):
    text = ("Governor Tom Baker wants to build a new bridge. The teachers' union opposes the plan. "
            "Maria Lopez believes in free trade.")
    found = run(nlp, text)
    assert len(found["stances"]) == 3
    assert found["claims"] == [] and found["quotes"] == []


@pytest.mark.parametrize("text", [
    "They talked for an hour in the lobby.",                 # no topic named
    "The merger was discussed at length on Friday.",      # passive: nobody holds it
])
def test_topic_verbs_without_a_topic_or_holder_are_not_stances(nlp, text):
    assert [s for s in run(nlp, text)["stances"] if s["kind"] == "topic"] == []


def test_refusal_is_a_negated_intention(nlp):
    s = only(run(nlp, "Senator Maria Lopez declined to comment on the investigation."))
    assert s["kind"] == "intention" and s["negated"] is True
    assert s["holder"]["name"] == "Maria Lopez"
    assert s["cue"]["text"] == "declined" and s["text"] == "to comment on the investigation"
    s = only(run(nlp, "Governor Tom Baker refused to release his tax returns."))
    assert s["kind"] == "intention" and s["negated"] is True and s["text"] == "to release his tax returns"


def test_refusing_to_say_is_reported_speech_not_a_stance(nlp):
    found = run(nlp, "Governor Tom Baker refused to say whether he would run again.")
    assert not [s for s in found["stances"] if s["cue"]["text"] == "refused"]


def test_someone_elses_stance_inside_reported_speech_is_the_speakers_claim(nlp):
    # Clinton's statement about voters: not an attributed stance of the voters
    found = run(nlp, "Hillary Clinton said that many voters want a change in Washington.")
    assert not [s for s in found["stances"] if s["cue"]["text"] == "want"]
    assert [c["text"] for c in found["claims"]] == ["many voters want a change in Washington"]
