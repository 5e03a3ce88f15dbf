"""The shared spaCy pipeline: line breaks and datelines end sentences."""

import pytest


@pytest.mark.parametrize("dateline", [
    "TALMIRA, March 14 (Meridian) - ",
    "TRIPOLI (Reuters) -- ",
    "TEMPE, Ariz. (AP) -- ",
    "SANTORA, Velland, Sept 15 (Wirecast) - ",
])
def test_a_dateline_is_its_own_sentence(nlp, dateline):
    doc = nlp(dateline + "Security forces fired on the crowd. Two people died.")
    first = next(doc.sents)
    assert first.text.strip() == dateline.strip()
    assert [s.text for s in doc.sents][1] == "Security forces fired on the crowd."


def test_capitalised_words_inside_a_sentence_are_no_dateline(nlp):
    doc = nlp("NATO said on Monday that the talks would resume.")
    assert len(list(doc.sents)) == 1


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Fighting spreads to the south\nRebels said they took the town.")
    assert [s.text.strip() for s in doc.sents] == ["Fighting spreads to the south", "Rebels said they took the town."]


@pytest.mark.parametrize("text,tokens", [
    ("It was paranoia,”Clinton said.", ["It", "was", "paranoia", ",", "”", "Clinton", "said", "."]),
    ("He said,“Look at this.”", ["He", "said", ",", "“", "Look", "at", "this", ".", "”"]),
    ("The U.S.A. and e.g. this, \"quoted\" word", ["The", "U.S.A.", "and", "e.g.", "this", ",", '"', "quoted",
                                                  '"', "word"]),
])
def test_quote_marks_glued_to_words_are_tokens(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


def test_speaker_after_a_glued_closing_quote_is_the_subject(nlp):
    doc = nlp('"We will win,”Clinton said on Monday.')
    clinton = next(t for t in doc if t.text == "Clinton")
    assert clinton.dep_ == "nsubj" and clinton.head.text == "said"
