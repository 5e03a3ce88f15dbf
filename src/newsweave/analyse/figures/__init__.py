"""Figures: the numbers that matter in conflict and disaster coverage.

Rules over the spaCy parse. Candidates are found cheaply from the token text (digits, number
words, a few vague amounts); only then is the parse around them read. Output, one dict per figure::

    {"text": "At least 30 people were killed",  # exact substring: qualifier .. counted noun [.. verb]
     "start": 0, "end": 30,                     # char offsets into article.text
     "value": 30,                               # int (float only when not integral): conservative
     "value_max": None,                         # upper bound of a range / vague amount, else None
     "qualifier": "at least",                   # normalised, see QUALIFIERS / vague labels, or None
     "kind": "killed",                          # killed|injured|missing|displaced|arrested|
                                                #   troops|vehicles|aircraft|money|other
     "what": "people",                          # counted noun as written, lowercased, with its
                                                #   common-noun compounds ("police officers");
                                                #   currency for money ("dollars"); None if implicit
     "place": "Kharkiv" or None,                # GPE/LOC/FAC mention text used as a location
                                                #   ("in/near/from X") in the figure's clause,
                                                #   else nearest such in the sentence
     "reported_by": {"name", "start", "end"} or None,
     "as_of": "2026-03-12" or None,             # DATE timex of the sentence, else article.published
     "number_text": "30",                       # the number as written (no qualifier, no currency)
     "sentence": [s, e]}

Decisions worth knowing:

* ``value`` is the stated number; for ranges and vague amounts it is the lower bound and
  ``value_max`` the upper one (ACLED style: a dozen=12 exact; dozens=12..99; scores=20..99;
  hundreds=100..999; thousands=1000..9999; tens of thousands=10000..99999; hundreds of
  thousands=100000..999999; millions=1e6..9999999; several=3..9; a few=2..9; "several hundred"
  =300..999). "up to 50" keeps value 50 (the qualifier says it is a ceiling).
* "from 30 to 45" after a change verb (rose, climbed, ...) yields only the 45; a superseded value
  given on its own ("raised its toll to 30, from 12 a day earlier", "up from 23") is a figure with
  ``relation`` "previous", dated the day before when the text says "a day earlier".
* ``relation`` (added field): None for a total; "increment" ("a further 1,500 troops", "another
  200", "eight more helicopters"), "subset" ("including nine soldiers", "four of them soldiers"),
  "contribution" (troops/vehicles/aircraft sent/ordered/deployed: a flow, not a stock) or
  "previous". Figure groups keep increments, subsets and contributions away from totals.
* Kinds from where people are: "moved to schools", "remain in shelters", "crossed into X"
  (displaced); "treated in hospital for injuries", "hospitalised" (injured).
* Dropped: "several"/"a few" of other things ("several villages"), and other things counted
  after a possessive ("with her three children": one person's story, not a figure).
* "casualties" is ambiguous (dead + wounded): kind "injured" unless a death word qualifies it
  ("fatal casualties"); "killed or wounded" / "dead or injured" together also give "injured", so a
  death count is never inflated by a combined figure.
* Casualty verbs count only when the figure is the patient ("30 were killed", "killed 30"), not
  the agent ("30 soldiers killed 10 civilians": the 30 are troops).
* "hold" means detention only in the passive ("were held"); "lost 20 men" counts as killed;
  "left Sulaymar province" (subject + place object) as displaced.
* Not figures: years, ages ("aged 34", "34-year-old", "Smith, 34,"), times and anything inside a
  timex span, durations (counted noun is a time unit), percentages, labels ("page 12",
  "Flight 17", "Resolution 2334"), numbers inside names, phone-like digit runs, ordinals, zero,
  ratios ("one in five"), "one of", "no one" / "the one", and numbers with neither a counted noun
  nor a kind (nothing to say what they count).
* ``reported_by``: the speaker of an enclosing quote/claim (found["quotes"]/found["claims"]), else
  "according to X" / "figures from X" / the subject of a speech verb (said, reported, estimated,
  put the toll at...) in the same sentence; the possessor of a toll/count/claim ("the ministry's
  toll stands at 41", "the government's count is 38", "its claim that" -> the claim's owner) comes
  first; "which says ..." gives the noun the clause hangs on; a toll "from the collapse" is a
  cause, not a source. "It said" / "the agency said" are resolved to the nearest earlier ORG
  mention (matching "agency"/"ministry"...) within two sentences, the written form kept in
  ``reported_by.as_written``; other pronoun subjects ("he said") are kept as written.
* ``as_of`` skips "since Thursday" (start of a counted period) and is never after publication.
* More reporters: "It said" after figures of an organisation is that organisation (the nearer of
  it and an ORG mention); "the president" is the person the article titled so before; "Ms X
  stood by the army's estimate" is Ms X's; "X, a volunteer network that says" is X's; a
  headline's generic "Volunteers say 12,000 fled" is the body's party of the same count; who
  made an arrest reports it when nobody is quoted; a figure inside "Asked about ..." is not the
  answer's speaker's.
* More kinds: "killed four and wounded nine" are two counts; people moved to a town or held by
  shelters are displaced; people treated by hospital staff are injured; "two Ruritanian
  shepherds held" are detained people. Not figures: "for three generations", what a negated
  clause counts ("does not make two families").
* Epidemics and sieges (the "general rules" section at the end): in an outbreak report patients
  treated or in hospital are ill (other), not injured, and "158 have fallen ill" / "the number of
  cases at 58" are counts; people held by an armed party are arrested; people who left through a
  corridor (or used it) are displaced. Not figures: "I have four children", an anaphoric "The two
  drivers", "samples from two patients", the witnesses who speak ("Two people ... said"), a bare
  "several". Reporters: a sentence-final "..., its director, Dr X, said" beats the institution
  that "recorded" the count; "after the ministry recorded 16 new cases" is the ministry's; "X,
  which opened two clinics, said" is X's; "launched an appeal for $42 million" is the appealer's;
  "the statement said", "Her ministry says", "a police spokesman", "A medical charity ... said"
  are resolved to the party named (before, or right after for the indefinite one).

The package, in the order the rules run: ``lexicon`` (the word lists), ``numbers`` (number
phrases), ``syntax`` (parse helpers), ``kinds`` (what a figure counts), ``exclusions`` (numbers
that are no figures), ``reporters`` (who states it); this module finds the candidates and builds
each figure (``extract``). docs/figure-kinds.md is the table the kinds and reporters follow.
"""

from __future__ import annotations

from .. import component
from .lexicon import (
    ANIMAL_NOUNS,
    CASUALTY, COUNT_STATEMENT_NOUNS, DATE_RE, DELIVERY_LEMMAS, EARLIER_AFTER, GIVING_LEMMAS,
    HARM_LEMMAS, INCREMENT_AFTER, LOC_PREPS, MEASURE_WORDS, MONEY_OBJ_VERBS, NOUN_KIND, ONE_BLOCK_BEFORE,
    PART_OF_WORDS, PRONOUN_SOURCES, SCALE_OF, SINCE_WORDS, SPEECH, START_WORDS, SUBSET_BEFORE,
    TIME_WORDS, YEAR_PREPS
)
from .numbers import _adjacent, _num_value, _parse_phrase, _yearlike
from .syntax import (
    _counted_noun, _demonym_at, _negated, _np, _party_name, _person_name, _root_of, _what
)
from .kinds import (
    _bare_one_casualty, _count_of, _damage_extent, _earlier_value_kind, _exposure_story, _fell_ill,
    _general_kind, _increment_of, _increment_start, _kind, _learned_currency, _money_estimate,
    _names_list_kind, _of_them, _one_of_them, _toll_before, _toll_inherit
)
from .exclusions import (
    _aboard_or_rescued, _description_not_count, _excluded, _fronted_whole, _general_non_figure,
    _in_since_clause
)
from .reporters import (
    _appos_name, _arrester, _bare_party_noun, _clause_recorder, _contributed, _count_giver,
    _earlier_reporter, _general_resolve, _headline_reporter, _last_speaker, _money_asker, _not_a_party,
    _owner_inside_speech, _person_speakers, _publisher, _record_source, _resolve_reporter,
    _same_clause_reporter, _sender, _source_from_parse, _speaker, _titled_person, _trailing_person
)


# ---------------------------------------------------------------- the component

@component("figures")
def extract(doc, article, found) -> list[dict]:
    text = article.text
    timexes = found.get("timexes") or []
    timex_spans = [(t["start"], t["end"]) for t in timexes if "start" in t and "end" in t]
    containers = [q for q in (found.get("quotes") or []) if "start" in q and "end" in q]
    containers += [c for c in (found.get("claims") or []) if "start" in c and "end" in c]
    if "mentions" in found:
        places = [(m["start"], m["end"], m["text"]) for m in (found.get("mentions") or [])
                  if m.get("label") in ("GPE", "LOC", "FAC")]
    else:
        places = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]

    out = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        c0 = tok.text[:1]
        if not (c0.isdigit() or tok.lower_ in START_WORDS):
            i += 1
            continue
        if tok.lower_ in ("a", "an") and (i + 1 >= n or doc[i + 1].lower_ not in SCALE_OF and doc[i + 1].lower_ != "few"):
            i += 1
            continue
        sent = tok.sent
        ph, nxt = _parse_phrase(doc, i, sent)
        if ph is None:
            i = max(nxt, i + 1)
            continue
        i = max(nxt, i + 1)
        fig = _figure(doc, article, text, ph, sent, timex_spans, timexes, containers, places, out)
        if fig is not None:
            out.append(fig)
    mentions = found.get("mentions")
    if mentions is None:
        mentions = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents]
    outlet = (article.source or "").lower()
    orgs = [m for m in mentions if m.get("label") == "ORG" and text[m["start"]:m["end"]] == m["text"]
            and not (outlet and m["text"].lower() in outlet)]   # "The report, seen by <outlet>": no party
    for k, f in enumerate(out):
        rb = f["reported_by"]
        if rb is not None:
            # the nearest antecedent of "it": an organisation named just before, or the one that
            # reported the figures just before
            cands = [r for r in (_earlier_reporter(doc, text, rb, out[:k]), _resolve_reporter(doc, text, rb, orgs))
                     if r is not None]
            resolved = max(cands, key=lambda r: r["start"]) if cands else None
            resolved = resolved or _appos_name(doc, text, rb) or _titled_person(doc, text, rb) \
                or _headline_reporter(doc, text, f, out[k + 1:]) or _last_speaker(doc, text, rb, containers) \
                or _general_resolve(doc, text, rb) \
                or _bare_party_noun(doc, text, rb)   # "according to ministry records": the ministry named before
            if resolved is not None:
                f["reported_by"] = resolved
    return out


def _as_of(doc, text, ph, sent, timexes, ns_c, ne_c, relation, prev_figs, published):
    """Date the figure holds for: the nearest DATE timex of the sentence, not the start of a
    counted period ("since Thursday"); for an earlier value ("from 12 a day earlier") the day
    before the current one; never after the article's publication (a count cannot be as of a
    later day)."""
    if relation == "previous":
        after = tuple(doc[k].lower_ for k in range(ph.ne, min(ph.ne + 3, sent.end)))
        if after in EARLIER_AFTER:
            cur = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]]
            base = cur[-1]["as_of"] if cur else published
            if base and DATE_RE.match(base):
                import datetime as _dt
                return (_dt.date.fromisoformat(base[:10]) - _dt.timedelta(days=1)).isoformat()
    as_of = None
    bestd = None
    for t in timexes:
        if t.get("type") != "DATE" or not (sent.start_char <= t.get("start", -1) < sent.end_char):
            continue
        v = str(t.get("value") or "")
        if not DATE_RE.match(v):
            continue
        before = text[max(sent.start_char, t["start"] - 6):t["start"]].lower().split()
        if before and before[-1] in SINCE_WORDS:
            continue
        if _in_since_clause(text, sent.start_char, t["start"]):
            continue   # issue 6: "since the siege of the town began on 10 January": a start
        d = abs(t["start"] - ns_c)
        if bestd is None or d < bestd:
            bestd, as_of = d, v[:10]
    pub = published[:10] if published and DATE_RE.match(published) else None
    if as_of is None or (pub and as_of > pub):
        as_of = published
    return as_of


def _delivered(noun) -> bool:
    """Relief measured out: "trucks carrying 40 tonnes of rice", "600,000 litres of drinking water
    had been delivered" count the aid that reached people (a figure of kind other)."""
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in DELIVERY_LEMMAS \
        and (any(c.lower_ == "of" for c in noun.children) or noun.lower_ in ("tonnes", "tons", "litres", "liters"))


def _figure(doc, article, text, ph, sent, timex_spans, timexes, containers, places, prev_figs=()):
    if ph.value <= 0:
        return None
    if _excluded(doc, ph, sent, timex_spans):
        return None
    num_tokens = range(ph.ns, ph.ne)
    root = _root_of(doc, ph.ns, ph.ne)
    noun, partitive, strong = _counted_noun(doc, ph, root, sent)
    if noun is not None and (noun.lower_ in TIME_WORDS or (noun.lower_ in MEASURE_WORDS and not _damage_extent(noun)
                                                           and not _delivered(noun))
                             or noun.lower_ in ("year-old", "old")):
        return None
    if noun is not None and noun.i in num_tokens:
        noun = None
    if noun is not None and _description_not_count(doc, ph, noun, root):
        return None
    if ph.qs > sent.start and not ph.currency and (doc[ph.qs - 1].lower_ in ("those", "these") or (
            doc[ph.qs - 1].lower_ in ("all", "the") and noun is None and not (
                ph.ne < sent.end and (doc[ph.ne].lower_ in ("more", "others", "other") or doc[ph.ne].pos_ == "ADP")))):
        return None   # "those four men would be alive", "All six were released": counted before
    single = ph.ne - ph.ns == 1 and len(ph.cores) == 1
    first = doc[ph.ns]
    # years (also "2014-2016", "from 2014 to 2016")
    if not ph.currency and len(ph.cores) == 2 and _yearlike(first.text) \
            and _yearlike(doc[ph.cores[1].i].text):
        return None
    if single and _yearlike(first.text) and not ph.currency:
        prev = doc[ph.ns - 1].lower_ if ph.ns > sent.start else ""
        if noun is None or first.ent_type_ == "DATE" or prev in YEAR_PREPS:
            return None
    # "one": only as a real count of something
    if ph.ne - ph.ns == 1 and first.lower_ == "one" and _one_of_them(doc, ph, sent, prev_figs):
        noun, partitive = None, True   # "three people had died, one of them a police officer"
    elif ph.ne - ph.ns == 1 and first.lower_ == "one":
        prev = doc[ph.ns - 1].lower_ if ph.ns > sent.start else ""
        nx = doc[ph.ne].lower_ if ph.ne < sent.end else ""
        if prev in ONE_BLOCK_BEFORE or nx in ("of", "another", "by", "or", "after", "day", "way",
                                               "side", "hand", "thing", "point", "time"):
            return None
        if (noun is None or partitive) and not (noun is None and _bare_one_casualty(root, sent, prev_figs)):
            return None
    kind, pred, toll, toll_what = _kind(doc, ph, root, noun, strong)
    kind = _general_kind(doc, ph, root, noun, sent, kind)   # issue 6: held / left through a corridor
    if noun is not None and (noun.lower_ in MEASURE_WORDS or noun.lower_ in ANIMAL_NOUNS):
        kind = "other"   # "120 tonnes of fish have died", "killed 300 cattle": never a casualty count
    if noun is not None and kind in CASUALTY and NOUN_KIND.get(noun.lower_) in ("vehicles", "aircraft"):
        kind = NOUN_KIND[noun.lower_]   # "boats had fled", "crews of two trawlers detained": the boats
    if noun is not None and noun.lower_ == "others":
        before = [g for g in prev_figs if g["sentence"][0] == sent.start_char and g["kind"] in ("vehicles", "aircraft")]
        if before:
            kind = before[-1]["kind"]   # "Ten lorries reached the town, but 14 others were held": lorries
    relation = None
    of_them = None
    if kind == "injured" and noun is None and partitive and pred is not None and pred.lemma_.lower() in HARM_LEMMAS:
        ot = _of_them(doc, ph, sent, prev_figs)
        if ot is not None and ot[0] == "killed":
            kind, of_them = "killed", ot   # "the bodies ... five of them had been shot": five of the dead
    if kind == "other" and noun is None and partitive:
        of_them = _of_them(doc, ph, sent, prev_figs)
        if of_them is not None:
            kind, toll_what = of_them[0], of_them[1]
            relation = "subset" if of_them[3] else None
    if kind == "other" and noun is None:
        inh = _toll_inherit(doc, root, sent, prev_figs)
        if inh is not None:
            kind, toll = inh
    if kind == "other" and noun is None:
        # "12 killed, up from nine a day earlier", "raising its figure from four": an earlier
        # value of the figure before it in the sentence
        prev_kind = _earlier_value_kind(doc, root, sent, prev_figs)
        if prev_kind is not None:
            kind, ph.superseded = prev_kind, True
    if kind == "other" and noun is not None and _learned_currency(noun, prev_figs):
        kind = "money"
    if kind == "other" and noun is not None and _money_estimate(noun):
        kind = "money"   # issue 6: "put the damage at 96 million X": an unknown currency
    if kind == "other" and noun is not None and noun.lemma_.lower() == "name":
        kind = _names_list_kind(doc, noun, sent) or kind
    if kind == "other" and noun is None:
        inc = _increment_of(doc, ph, sent, prev_figs)
        if inc is not None:
            kind, toll_what = inc   # "1,800 officers were on duty, and a further 600 were sent"
    if kind == "other" and noun is None:
        st = _toll_before(doc, ph, sent)
        if st is not None:
            kind, toll_what = st, None
    if kind == "other" and noun is None and _aboard_or_rescued(doc, ph, root, sent):
        toll_what = "people"
    elif kind == "other" and noun is None and _fronted_whole(root) is not None:
        toll_what = _fronted_whole(root).lower_   # "Of its 700 residents, only about 80 had come back"
        if NOUN_KIND.get(toll_what) in ("vehicles", "aircraft"):
            kind = NOUN_KIND[toll_what]   # "Of the town's 400 fishing boats, 260 were wrecked": boats
    elif kind == "other" and noun is None and _fell_ill(root):
        toll_what = "people"   # "158 have fallen ill"
        if _exposure_story(doc):
            kind = "injured"   # harmed by a leak or a spill, not ill of an outbreak
    elif kind == "other" and noun is None and _count_of(doc, root) is not None:
        toll_what = _count_of(doc, root)   # "put the number of cases at 58"
    elif kind == "other" and noun is None:
        return None  # nothing says what is counted (a bare number)
    if kind == "other" and ph.ne < sent.end - 1 and doc[ph.ne].text in ("-", "\u2013") and _adjacent(doc, ph.ne - 1) \
            and doc[ph.ne + 1].tag_ == "NN" and doc[ph.ne + 1].lower_ != "strong":
        return None  # "its 20-page opinion", "a 10-point plan": a measure of one thing, not a count
    if kind == "other" and _negated(noun if noun is not None else root):
        return None  # "does not make two families": what is not, is not counted
    if kind == "other" and noun is not None and noun.lower_ in COUNT_STATEMENT_NOUNS \
            and root.dep_ == "nummod" and root.head.i == noun.i and not ph.currency:
        return None  # "the two counts": statements of a figure, not things counted
    if ph.superseded:
        relation = "previous"  # "raised its toll to 30, from 12": the 12 is the earlier figure
    if ph.qualifier in ("several", "a few") and kind == "other":
        return None  # "several villages", "a few streets": too vague to count anything
    if kind == "other" and ph.value == 1 and not ph.currency and first.lower_ in ("one", "1") and noun is not None \
            and noun.tag_ == "NN":
        return None  # "one bomb, one car", "one street", "one lane": a single thing is told, not counted
    if noun is not None and ph.qs - 1 >= sent.start and doc[ph.qs - 1].lower_ == "the" and any(
            f["value"] == _num_value(float(ph.value)) and f["what"] and f["what"].split()[-1] in (noun.lower_, noun.lemma_.lower())
            for f in prev_figs):
        return None  # "seized two trawlers ... the two trawlers": the same things named again, not a new count
    if _general_non_figure(doc, ph, noun, root, sent, kind):
        return None  # issue 6: "I have four children", "The two drivers", "samples from two patients"
    before = doc[ph.qs - 1] if ph.qs - 1 >= sent.start else None
    if kind == "other" and before is not None and before.tag_ == "PRP$" and before.lower_ != "its":
        return None  # "with her three children": a detail of one person's story, not a figure
    # increments and subsets are not totals: "a further 1,500 troops", "including nine soldiers"
    inc_s = _increment_start(doc, ph, sent)
    j_after = max(ph.ne, ph.ce)
    if inc_s is not None or (j_after < sent.end and doc[j_after].lower_ in INCREMENT_AFTER
                             and noun is not None and noun.i > j_after):
        relation = "increment"
    elif before is not None and before.i > sent.start and (before.lower_ in SUBSET_BEFORE or (
            before.lower_ in ("them", "those") and before.i - 1 > sent.start
            and doc[before.i - 1].lower_ in ("among", "including"))):
        # ("Among 86 patients, 65 ..." opens with the whole population, not a part)
        relation = "subset"
        inc_s = ph.qs - 1 if before.lower_ in SUBSET_BEFORE else ph.qs - 2   # "including nine soldiers": the span says it is a part
        if kind in ("troops", "other"):
            # "nine people died, including two police officers": a part of the toll, not a force
            whole = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]
                     and f["kind"] in CASUALTY and f["relation"] is None]
            if whole:
                kind = whole[-1]["kind"]
    if relation is None and before is not None and before.lower_ in ("and", ","):
        last = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]]
        if last and last[-1]["relation"] == "subset" and 0 <= before.idx - last[-1]["end"] <= 2:
            # "including 15 children and 11 women": the next part of the same whole
            relation = "subset"
            if kind in ("troops", "other") and last[-1]["kind"] in CASUALTY:
                kind = last[-1]["kind"]
    if relation is None and kind in CASUALTY and j_after + 2 < sent.end and doc[j_after].lower_ == "of" \
            and doc[j_after + 1].lower_ in ("the", "those") and doc[j_after + 2].lower_ in PART_OF_WORDS:
        relation = "subset"   # "two of the dead were foreigners": a part of the toll, not a toll
    # ---- span
    s_tok = ph.qs if inc_s is None else inc_s
    e_tok = max(ph.ne, ph.ce)
    if noun is not None and noun.i >= e_tok and noun.i - e_tok <= 8:
        e_tok = noun.i + 1
        if e_tok + 1 < sent.end and doc[e_tok].text == "-" and _adjacent(doc, e_tok - 1) and _adjacent(doc, e_tok) \
                and doc[e_tok + 1].is_alpha:
            e_tok += 2   # "three co-workers": the whole hyphenated word
    if of_them is not None:
        e_tok = max(e_tok, of_them[2].i + 1)
    if pred is not None and pred.sent == sent:
        if pred.i >= e_tok and pred.i - e_tok <= 4 and not any(doc[k].is_punct for k in range(e_tok, pred.i)):
            e_tok = pred.i + 1
        elif pred.i < s_tok and s_tok - pred.i <= 4 and not any(doc[k].is_punct for k in range(pred.i, s_tok)):
            s_tok = pred.i
    if toll is not None and toll.i < s_tok and s_tok - toll.i <= 6:
        lo = toll.left_edge.i if toll.left_edge.i >= sent.start else toll.i
        if not any(doc[k].is_punct for k in range(lo, s_tok)):
            s_tok = lo
    if relation == "previous" and s_tok == ph.qs and s_tok - 1 >= sent.start and doc[s_tok - 1].lower_ == "from":
        s_tok -= 1   # "up from nine": the span says it is an earlier value
        if s_tok - 1 >= sent.start and doc[s_tok - 1].lower_ in ("up", "down"):
            s_tok -= 1
    start = doc[s_tok].idx
    end = doc[e_tok - 1].idx + len(doc[e_tok - 1])
    ns_c = doc[ph.ns].idx
    ne_c = doc[ph.ne - 1].idx + len(doc[ph.ne - 1])
    # ---- what
    if kind == "money":
        what = ph.currency or (_what(noun, doc) if noun is not None else None)
    else:
        what = _what(noun, doc) if noun is not None else toll_what
        if noun is not None and e_tok == noun.i + 3 and doc[noun.i + 1].text == "-":
            what = (what + "-" + doc[noun.i + 2].lower_) if what else what
    # ---- place
    place = _place(doc, sent, ns_c, pred or (noun.head if noun is not None else root.head), places)
    # ---- reported_by
    fig_tokens = set(range(s_tok, e_tok)) | set(num_tokens)
    # the owner of the toll beats the speaker of an enclosing claim: in "X says 200 died; the
    # government's count is 38" the 38 is the government's
    reported_by = _source_from_parse(doc, sent, fig_tokens, text, owner_only=True)
    if reported_by is None:
        # "the ministry's toll stands at 24 dead and 109 wounded": coordinated figures share a source
        last = prev_figs[-1] if prev_figs else None
        if last is not None and last["sentence"] == [sent.start_char, sent.end_char] and last["reported_by"] \
                and text[last["end"]:start].strip() in ("and", ",", "or", ", and") \
                and not any(t.lemma_.lower() in SPEECH for t in doc[ph.ns:min(ph.ne + 4, sent.end)]):
            reported_by = dict(last["reported_by"])
    if reported_by is not None:
        speaker = _owner_inside_speech(doc, sent, fig_tokens, reported_by)
        if speaker is not None:   # "X said six more had died, bringing the hospital's toll to 47": X's count
            s_, e_ = _np(speaker)
            ent = next((x for x in doc.ents if x.start <= speaker.i < x.end and x.label_ in ("ORG", "PERSON")), None)
            if ent is not None:
                s_, e_ = min(s_, ent.start_char), max(e_, ent.end_char)
            reported_by = {"name": text[s_:e_], "start": s_, "end": e_}
    if reported_by is None:   # issue 6: "..., after the ministry recorded 16 new cases"
        reported_by = _clause_recorder(doc, noun if noun is not None else root, text)
    if reported_by is None and noun is not None and noun.lemma_.lower() == "name" and kind in CASUALTY:
        reported_by = _publisher(doc, noun, text)
    best = None
    parsed = _source_from_parse(doc, sent, fig_tokens, text) if reported_by is None else None
    it_said = parsed is not None and parsed["name"].lower() in PRONOUN_SOURCES
    for q in (containers if reported_by is None else ()):
        if q["start"] <= ns_c and ne_c <= q["end"]:
            if best is None or (q["end"] - q["start"]) < (best["end"] - best["start"]):
                sp = _speaker(q, text)
                if sp is not None and it_said and (_person_name(doc, sp) or sp["name"] in _person_speakers(containers)
                                                    or not _party_name(doc, sp)):
                    continue   # "It said 17 remained trapped": "it" is no person quoted before, no "his post"
                if sp is not None and _record_source(doc, sp):
                    continue   # "according to ministry records": the parse names the ministry
                if sp is not None and not _not_a_party(sp["name"]) and not _demonym_at(doc, sp["start"], sp["name"]):
                    best, reported_by = q, sp   # (a lone "Ruritanian" is an adjective, no speaker)
    if reported_by is None:
        reported_by = _source_from_parse(doc, sent, fig_tokens, text)
    # ---- as_of
    as_of = _as_of(doc, text, ph, sent, timexes, ns_c, ne_c, relation, prev_figs, article.published)
    if relation is None and kind in ("troops", "vehicles", "aircraft") and _contributed(noun, root):
        relation = "contribution"   # "sent 2,000 troops", "ordered 600 soldiers": a flow, not a stock
        if reported_by is None:
            reported_by = _sender(doc, noun if noun is not None else root, text)
    if reported_by is None and kind == "money":
        # "fined the company 2.4 million X", "set up a 15 million X fund": the payer / setter
        mtok = noun if noun is not None else (root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else root)
        reported_by = _sender(doc, mtok, text, any_noun=True) \
            or _money_asker(doc, noun if noun is not None else root, text)
    if reported_by is None and kind == "arrested" and relation is None:
        # "police detained two men", "two men held by border police": who made the arrest
        # reports it when nobody is quoted
        reported_by = _arrester(noun if noun is not None else root, pred, text)
    if reported_by is None and kind == "other" and noun is not None and noun.dep_ in ("dobj", "obj") \
            and (noun.head.lemma_.lower() in GIVING_LEMMAS or noun.head.lower_ in MONEY_OBJ_VERBS):
        # "X offered 150,000 Ys to each family": who offers it reports it (the currency may be
        # learnt only later, across the story)
        reported_by = _sender(doc, noun, text, any_noun=True)
    if reported_by is None and kind == "other" and noun is not None:
        # "the council has asked the government for 5 million Xs": who asks for it states it (the
        # currency may be learnt only later)
        reported_by = _money_asker(doc, noun, text)
    if reported_by is None:
        reported_by = _count_giver(doc, sent, ph, text)
    if reported_by is None:   # issue 6: "..., its headmistress, Samira Adel, 41, told the Sentinel."
        reported_by = _trailing_person(doc, sent, fig_tokens, text)
    if reported_by is None:
        reported_by = _same_clause_reporter(doc, sent, ph, prev_figs)
    if reported_by is None and noun is None and root.dep_ in ("nsubj", "nsubjpass") \
            and root.i == sent.start and sent.start > 0:
        # "Hospital officials said 40 people were being treated. Eleven were in a critical
        # condition.": a bare number opening a sentence goes on with the previous sentence's count
        ps = doc[sent.start - 1].sent
        prev = [f for f in prev_figs if f["sentence"] == [ps.start_char, ps.end_char]]
        if prev and prev[-1]["reported_by"] is not None:
            reported_by = dict(prev[-1]["reported_by"])
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "value": _num_value(float(ph.value)),
        "value_max": _num_value(float(ph.vmax)) if ph.vmax is not None else None,
        "qualifier": ph.qualifier,
        "kind": kind,
        "what": what,
        "place": place,
        "reported_by": reported_by,
        "as_of": as_of,
        "number_text": text[ns_c:ne_c],
        "sentence": [sent.start_char, sent.end_char],
        "relation": relation,   # None | "increment" | "subset" | "previous" (an earlier, superseded value)
    }


def _place(doc, sent, anchor_c, clause_tok, places):
    """Nearest GPE/LOC/FAC mention of the sentence that is used as a location (object of "in",
    "near", "from", ...), preferring the figure's clause. Subjects/objects ("Russia lost ...",
    "Israel released ...") are actors, not places, and are skipped."""
    in_sent = []
    for p in places:
        if not (sent.start_char <= p[0] and p[1] <= sent.end_char):
            continue
        span = doc.char_span(p[0], p[1], alignment_mode="expand")
        if span is None or not _locative(span.root):
            continue
        in_sent.append(p)
    if not in_sent:
        return None
    clause = None
    if clause_tok is not None:
        t = clause_tok
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
                break
            t = t.head
        clause = (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))

    def key(p):
        inside = clause is not None and clause[0] <= p[0] and p[1] <= clause[1]
        return (0 if inside else 1, abs(p[0] - anchor_c))

    return min(in_sent, key=key)[2]


def _locative(tok) -> bool:
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head.lower_ in LOC_PREPS
        if tok.dep_ in ("compound", "amod", "nmod", "appos", "conj", "npadvmod") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False

