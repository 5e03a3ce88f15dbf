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


def test_name_with_apposition_right_after_a_quote_is_the_speaker(nlp):
    # the parser makes the name an attribute inside the quote; the cue gets no subject
    text = ("The campaign answered its critics. \u201cIt is not the position that everything is fine,\u201d "
            "Gene Sperling, a top outside Clinton adviser, said at a recent event on the economy in Iowa.")
    q = by_text(run(nlp, text), "It is not the position that everything is fine")
    assert q["speaker"]["name"] == "Gene Sperling"
    assert phrase(text, q) == "Gene Sperling, a top outside Clinton adviser"


def test_quote_paragraph_after_a_paragraph_ending_in_a_colon(nlp):
    text = ("The senator spoke to reporters after the vote.\n\n"
            "Senator Mary Stone told the crowd:\n\n"
            "\u201cThere is evidence that the party cheated in several states and we will prove it.\u201d")
    q = by_text(run(nlp, text), "There is evidence that the party cheated in several states and we will prove it.")
    assert q["speaker"]["name"] == "Mary Stone"
    assert q["cue"] == "tell"
    assert phrase(text, q) == "Senator Mary Stone"


def test_inner_closing_quote_does_not_hide_the_comma_before_the_cue(nlp):
    text = ("Cruz explained his position at a farm summit.\n\n"
            "\u201cThe answer you\u2019d like me to give is, \u2018I\u2019m for the mandate, darn it,\u2019\u201d "
            "Cruz, who has proposed repealing the mandate, said at the time.")
    items = run(nlp, text)
    q = next(q for q in items if q["kind"] == "direct")
    assert q["speaker"]["name"] == "Cruz"


def test_long_attribution_after_an_exclamation_opens_with_the_subject(nlp):
    text = ("\u201cThe great state of Alabama is proud to cast its votes for the next president!\u201d "
            "US Senator Jeff Sessions said as he launched the process.")
    q = by_text(run(nlp, text), "The great state of Alabama is proud to cast its votes for the next president!")
    assert q["speaker"]["name"] == "Jeff Sessions"


def test_a_new_sentence_after_a_full_stop_is_not_the_quote_attribution(nlp):
    # the cue has content of its own: a new statement, not the quote's attribution
    text = ("\u201cWe will win this state.\u201d Mayor Tom Jones said that the turnout was high in every "
            "district of the city.")
    q = by_text(run(nlp, text), "We will win this state.")
    assert q["speaker"]["name"] is None


def test_went_on_attributes_a_quote(nlp):
    text = ("Senator John Smith spoke to reporters on Thursday.\n\n"
            "\u201cWe ought to start it up again, and we ought to start it up this morning,\u201d he went on.")
    q = by_text(run(nlp, text), "We ought to start it up again, and we ought to start it up this morning")
    assert q["speaker"]["name"] == "John Smith" and q["cue"] == "go"


def test_participle_root_with_the_cue_hanging_from_it_keeps_the_subject(nlp):
    text = ("But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
            "\"Let me tell you, he's got a heck of an email list.\"")
    q = by_text(run(nlp, text), "Let me tell you, he's got a heck of an email list.")
    assert q["speaker"]["name"] == "Richard J. Durbin"


def test_age_and_residence_stay_in_the_source_phrase(nlp):
    text = "Rachel Woolard, 20, of Jacksonville, said the rally was the best she had seen."
    q = by_text(run(nlp, text), "the rally was the best she had seen")
    assert phrase(text, q) == "Rachel Woolard, 20, of Jacksonville"


def test_source_phrase_drops_the_occasion_and_the_anonymity_clause(nlp):
    text = "Mr. Franklin in an interview said the rules were unfair to small donors."
    q = by_text(run(nlp, text), "the rules were unfair to small donors")
    assert phrase(text, q) == "Mr. Franklin"
    text = "A Warren adviser, who spoke on the condition of anonymity, said the senator would not run."
    q = by_text(run(nlp, text), "the senator would not run")
    assert phrase(text, q) == "A Warren adviser"


def test_a_request_is_reported_speech(nlp):
    text = "The chairman asked the three aides to search their personal e-mails for the records."
    items = [q for q in run(nlp, text) if q["kind"] == "reported"]
    assert len(items) == 1 and items[0]["cue"] == "ask"
    assert items[0]["text"] == "the three aides to search their personal e-mails for the records"
    text = "The chairman asked a question about the records."
    assert not [q for q in run(nlp, text) if q["kind"] == "reported"]


def test_same_pronoun_chain_reaches_the_name(nlp):
    from newsweave.analyse.speakers import Speakers

    text = ("Mary Jones walked onto the stage in a blue dress. Then she thanked the volunteers and the "
            "organisers of the event. After a long pause she smiled at the crowd. \u201cWe did it,\u201d she said.")
    doc = nlp(text)
    S = Speakers(doc, text, [])
    she = [t for t in doc if t.lower_ == "she"][-1]
    assert S.resolve_pronoun(she)["name"] == "Mary Jones"


def test_surname_honorific_does_not_set_the_gender_of_a_relative(nlp):
    from newsweave.analyse.speakers import Speakers

    text = ("Mr. Trump spoke first. Donald Trump thanked the crowd. Later Ivanka Trump took the stage "
            "and Sarah Palin waved.")
    doc = nlp(text)
    S = Speakers(doc, text, [])
    assert S._gender("Ivanka Trump") is None
    assert S._gender("Trump") == "m"


def test_participle_of_a_noun_takes_the_noun_or_the_author_as_speaker(nlp):
    text = "About 200 protesters gathered outside the hall on Friday, chanting \u201cDump the mayor now.\u201d"
    items = run(nlp, text)
    q = next(q for q in items if "Dump the mayor now" in q["text"])
    assert q["speaker"]["name"] and "protesters" in q["speaker"]["name"]
    text = "His office put out a statement saying the senator \u201cwill not be intimidated by anyone.\u201d"
    q = by_text(run(nlp, text), "will not be intimidated by anyone.")
    assert q["speaker"]["name"] and "office" in q["speaker"]["name"]


def test_as_someone_put_it(nlp):
    text = "As Mary Stone, a professor at Yale, put it: \u201cThe court will not decide this case before the election.\u201d"
    q = by_text(run(nlp, text), "The court will not decide this case before the election.")
    assert q["speaker"]["name"] == "Mary Stone" and q["cue"] == "put"


def test_adding_continues_the_reporting_verb_not_the_reported_subject(nlp):
    text = ("Trump told Newsmax that Mitt Romney \u201chad a crazy policy of self-deportation,\u201d adding, "
            "\u201cHe lost an election that should have been won.\u201d")
    q = by_text(run(nlp, text), "He lost an election that should have been won.")
    assert q["speaker"]["name"] == "Trump"


def test_quote_after_a_quote_that_ran_over_two_paragraphs_is_carried(nlp):
    text = ("The president spoke at the Treasury.\n\n"
            "President Barack Obama said: \"There's no magic to the phrase. It's a political talking point.\n\n"
            "\"Calling a threat by a different name does not make it go away,\" Obama said. "
            "\"Not once has an adviser of mine asked me to use that phrase.\"")
    q = by_text(run(nlp, text), "Not once has an adviser of mine asked me to use that phrase.")
    assert q["speaker"]["name"] == "Barack Obama" and q["speaker"]["via"] == "carried"


def test_no_break_space_after_the_quote_keeps_the_inverted_cue(nlp):
    text = ("The committee chairman spoke on Tuesday.\n\n"
            "\u201cThe report proves the committee has faced serial delays from public officials,\u201d\u00a0added Trey Gowdy.")
    q = by_text(run(nlp, text), "The report proves the committee has faced serial delays from public officials")
    assert q["speaker"]["name"] == "Trey Gowdy"


def test_call_on_someone_to_do_something_is_a_request(nlp):
    text = "Senator Mary Stone called on leaders not to feed the anger of the crowd."
    items = [q for q in run(nlp, text) if q["kind"] == "reported"]
    assert len(items) == 1 and items[0]["cue"] == "call"
    assert items[0]["speaker"]["name"] == "Mary Stone"
    assert "not to feed the anger of the crowd" in items[0]["text"]


def test_parenthetical_cue_reports_the_clause_it_interrupts(nlp):
    text = ("Mary Jones runs a golf club in Florida. The golf industry, she said, is "
            "\"doing much better than it has looked since 2009.\"")
    items = run(nlp, text)
    rep = [q for q in items if q["kind"] == "reported"]
    assert len(rep) == 1
    r = rep[0]
    assert r["speaker"]["name"] == "Mary Jones" and r["cue"] == "say"
    assert [p["text"] for p in r["parts"]] == ["The golf industry",
                                              "is \"doing much better than it has looked since 2009.\""]
    assert r["text"] == "The golf industry"
    for p in r["parts"]:
        assert text[p["start"]:p["end"]] == p["text"]
    # the quote inside the reported clause is hers too, with the same cue
    q = next(q for q in items if q["kind"] != "reported")
    assert q["speaker"]["name"] == "Mary Jones" and q["cue_span"] == r["cue_span"]


def test_cue_at_the_end_of_the_sentence_is_not_parenthetical(nlp):
    text = "The town has fallen to the rebels, the army said."
    items = [q for q in run(nlp, text) if q["kind"] == "reported"]
    assert len(items) == 1 and "parts" not in items[0]
    assert items[0]["text"] == "The town has fallen to the rebels"


def test_nominalised_adjective_subject_is_a_description_speaker(nlp):
    text = ("Melania Trump delivered a defense of her husband.\n\n"
            "\u201cDonald is, and always has been, an amazing leader,\u201d said the 46-year-old.")
    q = by_text(run(nlp, text), "Donald is, and always has been, an amazing leader")
    assert q["speaker"]["name"] == "46-year-old" and q["speaker"]["type"] == "description"


def test_participle_after_a_split_quote_is_its_own_attribution(nlp):
    text = ("\u201cWe have started all those conversations,\u201d Paul Manafort said, adding, "
            "\u201cHe cares about the united team.\u201d")
    items = run(nlp, text)
    a = by_text(items, "We have started all those conversations")
    b = by_text(items, "He cares about the united team.")
    assert "parts" not in a
    assert a["cue"] == "say" and b["cue"] == "add"
    assert a["speaker"]["name"] == b["speaker"]["name"] == "Paul Manafort"
    text = "\u201cThe town is calm,\u201d the mayor said, \u201cand nobody has left.\u201d"
    q = by_text(run(nlp, text), "The town is calm")
    assert [p["text"] for p in q["parts"]] == ["The town is calm", "and nobody has left."]


def test_long_attribution_with_an_addressee_after_a_question(nlp):
    text = ("\u201cWhy would I change now?\u201d Donald Trump asked reporters during a news conference "
            "late last month in New York.")
    q = by_text(run(nlp, text), "Why would I change now?")
    assert q["speaker"]["name"] == "Donald Trump" and q["cue"] == "ask"


def test_inverted_cue_with_a_misparsed_title_takes_the_name_after_it(nlp):
    # the parser makes "ranking" a clause and the name its object
    text = ("Democrats blasted Republicans on Tuesday.\n\n\"Republicans are so frustrated with the decision that "
            "they are now unloading on her,\" said Oversight ranking Democrat Elijah Cummings (D-Md.).")
    q = by_text(run(nlp, text), "Republicans are so frustrated with the decision that they are now unloading on her")
    assert q["speaker"]["name"] and q["speaker"]["name"].endswith("Elijah Cummings")


def test_speech_verb_coordinated_with_the_reported_clause_keeps_the_speaker(nlp):
    text = ("Appearing before supporters on Monday, Aung San Suu Kyi said it was too early to congratulate "
            "winners but added, \"I think you all have an idea of the results.\"")
    q = by_text(run(nlp, text), "I think you all have an idea of the results.")
    assert q["speaker"]["name"] == "Aung San Suu Kyi" and q["cue"] == "add"


def test_name_and_colon_after_a_dash(nlp):
    text = "Pollsters agree - Carl Bialik: \u201cOne of the biggest lessons was a simple one: keep on contacting voters.\u201d"
    q = next(q for q in run(nlp, text) if q["kind"] == "direct")
    assert q["speaker"]["name"] == "Carl Bialik" and q["cue"] == ":"
    assert phrase(text, q) == "Carl Bialik"


def test_characterisation_with_as_is_reported(nlp):
    text = "Donald Trump referred to Mexican immigrants as \u201ccriminals\u201d during the speech."
    items = run(nlp, text)
    rep = [q for q in items if q["kind"] == "reported"]
    assert len(rep) == 1 and rep[0]["cue"] == "refer" and rep[0]["speaker"]["name"] == "Donald Trump"
    assert rep[0]["text"].startswith("Mexican immigrants as")
    text = "The senator portrayed the governor as a reliable partner of the unions."
    rep = [q for q in run(nlp, text) if q["kind"] == "reported"]
    assert len(rep) == 1 and rep[0]["text"] == "the governor as a reliable partner of the unions"
    # without "as" it is no statement
    assert not [q for q in run(nlp, "The senator referred to the report.") if q["kind"] == "reported"]


def test_quote_only_cue_with_a_that_clause_reports_speech(nlp):
    text = "Donald Trump posted on Twitter on Friday that his claims were sarcasm."
    rep = [q for q in run(nlp, text) if q["kind"] == "reported"]
    assert len(rep) == 1 and rep[0]["cue"] == "post" and rep[0]["text"] == "his claims were sarcasm"


def test_sentence_parsed_as_a_noun_with_a_reduced_relative_clause(nlp):
    # 'One lawmaker called Trump "..."' comes out as a noun phrase: the noun is the speaker
    text = ("The parliament debated the ban in January. One lawmaker called Trump "
            "\"the orange prince of American self-publicity.\"")
    q = next(q for q in run(nlp, text) if q["kind"] == "partial")
    assert q["speaker"]["name"] == "One lawmaker" and q["cue"] == "call"
    # a real reduced relative clause is no attribution: nobody speaks in 'a group called ...'
    text = "The money went to a group called the People Foundation."
    assert not [q for q in run(nlp, text) if q["speaker"]["name"]]


def test_surname_tagged_as_a_verb_is_still_the_speaker(nlp):
    # the tagger makes the second "Trump" a verb
    text = ("Donald Trump defended eminent domain at the debate.\n"
            "\"Jeb wants to be a tough guy tonight,\" Trump shot back. \"Let me talk.\"")
    q = by_text(run(nlp, text), "Jeb wants to be a tough guy tonight")
    assert q["speaker"]["name"] == "Donald Trump" and q["cue"] == "shoot"


def test_conjunct_of_a_subordinate_verb_shares_its_subject(nlp):
    text = ("There have been more pointed references, such as when Ted Cruz knocked Marco Rubio on trade "
            "and called him a \"moderate,\" a subtle dig at a candidate.")
    items = run(nlp, text)
    q = next(q for q in items if q["cue"] == "call")
    assert q["speaker"]["name"] == "Ted Cruz"


def test_indefinite_subject_is_a_description_speaker(nlp):
    text = ("Republican insiders were divided.\n\nYet another said, \u201cRubio is in a five-person battle "
            "with Bush, Christie, Kasich and Cruz.\u201d")
    q = next(q for q in run(nlp, text) if q["kind"] == "direct")
    assert q["speaker"]["name"] == "another" and q["speaker"]["type"] == "description"
    assert phrase(text, q) == "another"


def test_it_never_stands_for_a_place_inside_the_reported_content(nlp):
    # 'post' here is a soldier's position, not a document; and the source of a trailing
    # "it said" is never a noun inside the content it reports
    text = ("The country's defence ministry said five civilians had been killed on its side. "
            "One soldier was still missing after his post near the village was hit, it said.")
    items = run(nlp, text)
    q = next(q for q in items if q["text"].startswith("One soldier"))
    assert q["speaker"]["name"] == "The country's defence ministry" or "ministry" in q["speaker"]["name"]
    assert "post" not in q["speaker"]["name"]


def test_it_still_stands_for_a_document(nlp):
    text = ("Bujnowski wrote in the affidavit that he had seen the money. "
            "It continued: \"The payments were made in cash.\"")
    q = next(q for q in run(nlp, text) if q["kind"] == "direct")
    assert q["speaker"]["name"] == "affidavit"


def test_a_demonym_is_never_a_pronoun_antecedent(nlp):
    # the NER takes the nationality adjective for a person; the name it missed has a role
    text = ("Colonel Ruben Askel, the defence ministry's spokesman, told reporters in Veyrin that "
            "the barrage began at 11pm and that Dalmarran guns returned fire only after the first "
            "rounds hit Ardani in Dalmarra. \"Our batteries answered,\" he said. "
            "He said the army had destroyed four artillery positions.")
    items = run(nlp, text)
    for q in items:
        assert q["speaker"].get("name") != "Dalmarran"
    q = by_text(items, "Our batteries answered")
    assert q["speaker"]["name"] == "Ruben Askel"


def test_a_surname_ending_like_a_demonym_is_still_a_person(nlp):
    text = "Paul Ryan spoke to donors on Monday. \"We will win this,\" he said."
    q = by_text(run(nlp, text), "We will win this")
    assert q["speaker"]["name"] == "Paul Ryan"


def test_source_phrase_keeps_a_prenominal_role_after_the_quote(nlp):
    # the parser hangs the quote marks (and the quote) on the role noun: the phrase is still the
    # contiguous run of the name's words, never reaching back into the quote or the cue
    text = "\u201cIt\u2019s unanimous,\u201d councilmember Mark Levine said of the council\u2019s support."
    q = by_text(run(nlp, text), "It\u2019s unanimous")
    assert phrase(text, q) == "councilmember Mark Levine"
    text = '"Debate recap," tweeted Rubio spokesman Alex Conant. "Clinton is old."'
    q = by_text(run(nlp, text), "Debate recap")
    assert phrase(text, q) == "Rubio spokesman Alex Conant"


def test_source_phrase_keeps_a_hyphenated_role(nlp):
    text = ('In an extended appearance on the show, co-host Mika Brzezinski asked Trump '
            '"how he would handle the deportation."')
    q = next(q for q in run(nlp, text) if q["speaker"]["name"])
    assert phrase(text, q) == "co-host Mika Brzezinski"


def test_source_phrase_stops_before_a_circumstance_set_off_by_commas(nlp):
    text = '"We will lose this state," Trump, in Kentucky, said Tuesday.'
    q = by_text(run(nlp, text), "We will lose this state")
    assert phrase(text, q) == "Trump"
    # but who the person is stays ('of', 'from', 'at')
    text = "\"We will win,\" said Karen Janes, 67, of Exeter."
    q = by_text(run(nlp, text), "We will win")
    assert phrase(text, q) == "Karen Janes, 67, of Exeter"


def test_source_phrase_keeps_a_capitalised_modifier_the_parser_left_out(nlp):
    # the parser leaves the first word of the role out of the name's subtree ('Trump' tagged a verb)
    text = ('"We know how the state is going to go," Trump senior adviser Paul Manafort conceded '
            'in an interview before the vote.')
    q = by_text(run(nlp, text), "We know how the state is going to go")
    assert phrase(text, q) == "Trump senior adviser Paul Manafort"


def test_state_abbreviation_after_the_name_is_not_a_sentence_end(nlp):
    # AP-style 'R-Fla.' / 'Calif.' inside the attribution: the cue after it still counts
    text = ('"It reminds us how important this election is," Sen. Marco Rubio (R-Fla.) said '
            "Saturday night at the debate.")
    q = by_text(run(nlp, text), "It reminds us how important this election is")
    assert q["speaker"]["name"] and "Rubio" in q["speaker"]["name"]
    assert q["cue"] == "say"


def test_a_group_speaker_with_a_long_relative_clause_is_kept(nlp):
    text = ('Clinton will soon have most of the delegates she needs. "There won\'t be a path for '
            'Bernie to succeed," said one of those advisers, who spoke on the condition of '
            "anonymity to share internal information.")
    q = by_text(run(nlp, text), "There won't be a path for Bernie to succeed")
    assert q["speaker"]["name"] and q["speaker"]["name"].startswith("one of those advisers")
    assert q["cue"] == "say"


def test_put_it_and_went_on_are_cues_only_as_reporting(nlp):
    from newsweave.analyse.quotes import is_cue

    def verb(text, lemma):
        return next(t for t in nlp(text) if t.lemma_.lower() == lemma and t.pos_ == "VERB")

    assert is_cue(verb('"It is over," as the minister put it.', "put"))
    assert not is_cue(verb("He put it on the table.", "put"))
    assert not is_cue(verb("He went on to win the election.", "go"))


def test_a_pronoun_after_a_name_with_an_age_is_that_person(nlp):
    text = ("Major Ivo Ranst said no civilian had been harmed.\n\nIrsa Pellar, 34, said she had gone down to the square. "
            "“I counted five bodies in the square,” she said.")
    from newsweave.analyse import analyse_article
    out = analyse_article(Article(id="a", text=text, source="Wire", published="2026-03-14"), nlp=nlp)
    (q,) = [q for q in out["quotes"] if q["kind"] == "direct"]
    assert q["speaker"]["name"] == "Irsa Pellar"
