"""Numbers that are no figures: years, ages, times, percentages, ratios, labels, capacities,
descriptions and counts that refer back (docs/figure-kinds.md, "Not figures")."""

from __future__ import annotations

from .lexicon import (
    ABOARD, CAPACITY_VERBS, DIMENSION_ADJS, EARLIER_AFTER, LABEL_WORDS, NAME_ENTS, NOUN_KIND, NUM_RE,
    OCCASION_NOUNS, PERSON_NOUNS, PRICE_UNITS, RESCUE_LEMMAS, SAMPLE_NOUNS, SEAT_NOUNS, SPEAKER_LEMMAS,
    STEP_NOUNS, TIME_WORDS, UNIT_WORDS, WITNESS_NOUNS, _SINCE_CLAUSE,
)
from .numbers import _yearlike
from .syntax import _root_of
from .kinds import _rescued_verb


def _excluded(doc, ph, sent, timex_spans) -> bool:
    ss, se = sent.start, sent.end
    s, e = ph.ns, ph.ne
    first = doc[s]
    nxt = doc[e] if e < se else None
    prev = doc[s - 1] if s - 1 >= ss else None
    prev_low = prev.lower_ if prev is not None else ""
    # percentages and time-of-day / units of time right after
    if nxt is not None:
        nl = nxt.lower_
        if nl in ("%", "percent", "pc", "pct", "percentage", "am", "pm", "a.m.", "p.m.", "o'clock",
                  "gmt", "utc", "hrs", "hours", "h", "st", "nd", "rd", "th", "fm", "mhz", "khz") and not ph.currency:
            return True
        if nl == "per" and e + 1 < se and doc[e + 1].lower_ in ("cent", "centum"):
            return True
        # ages: "34-year-old", "34 years old"
        if nl in ("-", "\u2013") and e + 1 < se and doc[e + 1].lower_ in ("year", "years", "month", "day", "week"):
            return True
        if nl in ("year", "years") and e + 1 < se and doc[e + 1].lower_ == "old":
            return True
        # multipliers: "nearly four times the official count", "twice"; a ratio is not a count
        if nl in ("times", "fold") and not ph.currency:
            return True
        # differences: "19 had died, six more than the ministry's toll" (both counts are figures)
        if nl in ("more", "fewer", "less", "higher", "lower") and e + 1 < se and doc[e + 1].lower_ == "than":
            return True
        # ratios: "one in five", "3 out of 4"
        if nl in ("in", "out") and e + 1 < se and (doc[e + 1].like_num or (e + 2 < se and doc[e + 2].like_num and doc[e + 1].lower_ == "of")):
            return True
        if nl in (":", "/", ".") and nxt.whitespace_ == "" and e + 1 < se and doc[e + 1].text[:1].isdigit():
            return True
    if any(":" in doc[k].text or "/" in doc[k].text for k in range(s, e)):
        return True
    if prev is not None:
        if prev_low in ("aged", "age", "ages", "ged"):
            return True
        if prev_low == "of" and s - 2 >= ss and doc[s - 2].lower_ in ("man", "woman", "boy", "girl", "person", "child") \
                and ph.value <= 120 and not ph.currency:
            return True   # "a man of 81": an age
        if prev_low == "every" and s - 2 >= ss and doc[s - 2].lower_ in ("for", "in", "of"):
            return True   # "one inspector for every 150 factories": a ratio
        if prev_low in LABEL_WORDS:
            return True
        if prev.text.startswith("+") or (prev.text.isdigit() and not prev.is_punct and first.text[:1].isdigit()):
            return True
        if prev_low in ("in", "out") and s - 2 >= ss and doc[s - 2].like_num:
            return True
        if prev_low == "of" and s - 3 >= ss and doc[s - 2].lower_ == "out":
            return True
        # "Smith, 34," / "Smith (34)"
        if prev.text in (",", "(") and s - 2 >= ss and (doc[s - 2].pos_ == "PROPN" or doc[s - 2].ent_type_ == "PERSON") \
                and ph.value <= 120 and len(ph.cores) == 1 and not ph.currency \
                and (nxt is None or nxt.text in (",", ".", ")", ";")):
            return True
    if nxt is not None and nxt.text[:1].isdigit() and first.text[:1].isdigit() and not ph.currency:
        return True  # digit runs: phone numbers, codes
    if first.text[:1].isdigit() and len(ph.cores) == 1:
        # scores and codes: "3-1", "7-0"
        if nxt is not None and nxt.text in ("-", "\u2013") and e + 1 < se and doc[e + 1].text[:1].isdigit():
            return True
        if prev is not None and prev.text in ("-", "\u2013") and s - 2 >= ss and doc[s - 2].text[:1].isdigit():
            return True
        # unit names: "troops of 12 Brigade", "3 Commando"
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ in UNIT_WORDS:
            return True
        # model numbers: "Boeing 737", "Tu 154"
        if prev is not None and prev.pos_ == "PROPN" and ph.qs == s and prev.dep_ in ("nmod", "compound") \
                and prev.head.i == first.head.i and prev.lower_ not in TIME_WORDS:
            return True
    # numbers inside names ("Boeing 737", "Resolution 2334")
    for k in range(s, e):
        tk = doc[k]
        if (tk.ent_type_ in NAME_ENTS and tk.ent_iob_ == "I") or tk.ent_type_ == "PRODUCT":
            return True
        if tk.ent_type_ in ("DATE", "TIME") and tuple(
                w.lower_ for w in doc[e:min(e + 3, se)]) not in EARLIER_AFTER:   # "from 11 a day earlier"
            ent = next((x for x in doc.ents if x.start <= k < x.end), None)
            if ent is not None and any(w.lower_ in TIME_WORDS or (NUM_RE.match(w.text) and _yearlike(w.text)) for w in ent if w.i < s or w.i >= e):
                return True
    # timex spans
    cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    for ts, te in timex_spans:
        if ts < ce and cs < te:
            return True
    # label numbers: "page 12", "Flight 17" (the noun the number hangs on comes first)
    root = _root_of(doc, s, e)
    if root.dep_ in ("nummod", "compound", "appos", "npadvmod") and root.head.i < s \
            and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ss \
            and not ph.currency and root.head.i == s - 1:
        return True
    # capacities: "built in 1974 for 900 inmates", "cells designed for two", "a capacity of 300"
    t = root.head if root.dep_ == "nummod" else root
    if t.dep_ == "pobj" and ((t.head.lower_ == "for" and t.head.head.lower_ in CAPACITY_VERBS)
                             or (t.head.lower_ == "of" and t.head.head.lemma_.lower() == "capacity")):
        return True
    return False


def _fronted_whole(root):
    """"Of its 700 residents, only about 80 had come back": the plural noun of a fronted "of"
    phrase that a bare subject number is a part of."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for c in root.head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i < root.i:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.tag_ == "NNS" and p.pos_ == "NOUN":
                return p
    return None


def _aboard_or_rescued(doc, ph, root, sent) -> bool:
    """A bare number that still counts people: "had 212 on board", "the 212 on the manifest",
    "rescued 23", "pulled 23 from the sea", "22 survived"."""
    j = max(ph.ne, ph.ce)
    for toks in ABOARD:
        if j + len(toks) <= sent.end and tuple(doc[k].lower_ for k in range(j, j + len(toks))) == toks:
            return True
    return (root.dep_ == "dobj" and root.head.lemma_.lower() in RESCUE_LEMMAS) or (
        j + 1 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("them", "those", "these")
        and _rescued_verb(root)) or (   # "Twelve of them were brought out alive"
        root.dep_ == "nsubj" and root.head.lemma_.lower() == "survive" and not any(
            c.dep_ in ("dobj", "obj") for c in root.head.children))   # "22 had survived" (the crash)


def _description_not_count(doc, ph, noun, root) -> bool:
    """Numbers that describe a thing rather than count what happened:
    - a venue's capacity: "the arena holds 30,000 spectators", "seats 12,000";
    - a dimension: "the road is one lane wide", "two storeys high";
    - the whole of a partitive: "Six of its 11 carriages derailed" (the six are the figure)."""
    nx = [t.lower_ for t in doc[noun.i + 1:noun.i + 3]]
    after = doc[noun.i + 3] if noun.i + 3 < len(doc) and nx[:2] == ["for", "every"] else (
        doc[noun.i + 2] if noun.i + 2 < len(doc) and nx[:1] == ["per"] else None)
    if after is not None and after.like_num:
        return True   # "one inspector for every 150 factories": a ratio
    if noun.lower_ not in PERSON_NOUNS and not NOUN_KIND.get(noun.lower_) and len(nx) == 2 and ph.value < 1000 \
            and nx[0] in ("a", "per", "each", "every") and nx[1] in ("day", "week", "month", "year", "night", "shift"):
        return True   # "runs three shifts a day": a rate that describes, not a count of what happened
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() == "have" and noun.head.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in noun.head.children) \
            and noun.lower_ not in PERSON_NOUNS and not NOUN_KIND.get(noun.lower_):
        return True   # "the hotel, which has 240 rooms": what a place is like
    if noun.lower_ in SEAT_NOUNS and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in (
            "hold", "seat", "accommodate", "have", "fit"):
        return True
    if noun.lower_ in ("seats", "seat", "beds") and any(c.dep_ == "poss" for c in noun.children):
        return True   # "packed well beyond its 49 seats": a capacity
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in DIMENSION_ADJS and doc[noun.i + 1].pos_ in ("ADJ", "ADV") \
            and not ph.currency:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM" \
            and noun.head.head.i < ph.ns and any((c.lower_ in ("its", "their") or c.dep_ == "poss") and c.i < ph.ns
                                                  for c in noun.children):
        return True
    if noun.lower_ in OCCASION_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "during", "over"):
        return True   # "dropped 45 tonnes in four flights": how, not a count of the story
    if noun.lower_ in STEP_NOUNS and nx[:1] and nx[0] in ("from", "away"):
        return True   # "lives two streets from the crater": a distance
    if len(nx) == 2 and nx[0] in ("a", "an", "per", "each") and nx[1] in PRICE_UNITS and (
            ph.currency or (noun.lower_ not in PERSON_NOUNS and not NOUN_KIND.get(noun.lower_))):
        return True   # "sold for 60 Xs a bottle": a price

    return False


def _general_non_figure(doc, ph, noun, root, sent, kind) -> bool:
    """Numbers that count no figure of the story:
    - a vague "several" / "a few" with no number, of any kind: "several people were hurt";
    and of kind "other" only:
    - a witness's own family: "I have four children";
    - an anaphoric definite count of things already introduced: "The two drivers are in a stable
      condition" (the drivers were counted before);
    - what samples or tests came from: "samples from two patients";
    - the count of the witnesses who speak: "Two people living near the school said ..."."""
    if ph.qualifier in ("several", "a few") and ph.ne - ph.ns == 1:
        return True
    if kind != "other":
        return False
    tok = noun if noun is not None else root
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() == "have" and any(
            c.dep_ == "nsubj" and c.lower_ == "i" for c in head.children):
        return True
    before = doc[ph.qs - 1] if ph.qs - 1 >= sent.start else None
    if noun is not None and before is not None and before.lower_ in ("the", "these", "those") \
            and any(t.lemma_.lower() == noun.lemma_.lower() for t in doc[:sent.start]):
        return True
    if noun is not None and noun.dep_ == "pobj" and head.lower_ == "from" \
            and head.head.lemma_.lower() in SAMPLE_NOUNS:
        return True
    if noun is not None and noun.dep_ == "nsubj" and head.lemma_.lower() in SPEAKER_LEMMAS \
            and noun.lower_ in WITNESS_NOUNS:
        return True
    if noun is not None and noun.dep_ == "nsubj" and head.lemma_.lower() in ("tell", "describe", "recall", "recount") \
            and noun.lower_ in PERSON_NOUNS and (before is None or before.lower_ not in ("the", "all", "its", "their")):
        return True   # "Two miners who were brought out told the paper that ...": witnesses speaking
    return False


def _in_since_clause(text, sent_start, date_start) -> bool:
    """The date is the start of a counted period given by a clause: "since the siege of the town
    began on 10 January", "since the outbreak started on May 28"."""
    return bool(_SINCE_CLAUSE.search(text[max(sent_start, date_start - 100):date_start]))

