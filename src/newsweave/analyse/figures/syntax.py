"""Small helpers over the spaCy parse that the figure rules share: the counted noun, prepositional
objects, passives, noun-phrase spans, demonyms, subjects."""

from __future__ import annotations

from .lexicon import (
    CURRENCY_WORDS, DEMONYM_RE, MEASURE_WORDS, NOUN_KIND, ORG_WORDS, PARTY_NOUNS, PERSONISH_RE, PERSON_NOUNS,
    POSS_PRONOUNS, TIME_WORDS
)


# ---------------------------------------------------------------- around the number

def _root_of(doc, s: int, e: int):
    best = None
    for k in range(s, e):
        h = doc[k].head
        if h.i < s or h.i >= e or h.i == k:
            if best is None or (doc[k].dep_ != "punct" and best.dep_ == "punct"):
                best = doc[k]
    return best or doc[s]


def _counted_noun(doc, ph, root, sent):
    """(noun token or None, partitive: bool, strong: bool)."""
    se = sent.end
    j = max(ph.ne, ph.ce)
    # "a 10,000-strong force"
    if j + 1 < se and doc[j].text in ("-", "\u2013") and doc[j + 1].lower_ == "strong":
        h = doc[j + 1].head
        if h.pos_ in ("NOUN", "PROPN") and h.i > j:
            return h, False, True
    # 'killed "dozens" of soldiers': a closing quote before "of"
    if j + 1 < se and doc[j].text in ('"', "\u201d", "'", "\u2019") and doc[j + 1].lower_ == "of":
        j += 1
    # "hundreds of people", "30 of the soldiers"
    if j < se and doc[j].lower_ == "of":
        of = doc[j]
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is None:
            # parse may hang "of" elsewhere: take the next noun after determiners
            k = j + 1
            while k < se and doc[k].pos_ in ("DET", "ADJ", "NUM", "PRON") and doc[k].lower_ not in ("them", "whom", "those", "these", "us"):
                k += 1
            if k < se and doc[k].pos_ in ("NOUN", "PROPN"):
                pobj = doc[k]
        if pobj is not None:
            if pobj.pos_ == "PRON":
                return None, True, False
            return pobj, True, False
    h = root.head
    if h.dep_ == "compound" and h.pos_ == "NOUN" and h.head.pos_ == "NOUN" and h.head.i == h.i + 1 \
            and h.whitespace_ and h.lower_ not in MEASURE_WORDS and (
                h.head.lower_ in PERSON_NOUNS or _personish(h.head) or NOUN_KIND.get(h.head.lower_)):
        h = h.head   # "two night watchmen" with "two" hung on the compound "night": the watchmen
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "advmod", "det") \
            and h.i >= j and h.pos_ in ("NOUN", "PROPN", "ADJ") and h.i - j <= 6:
        if not any(doc[k].is_punct and doc[k].text not in ("-", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019")
                   for k in range(j, h.i)):
            return h, False, False   # (also 'killed 40 "armed terrorists"')
    # parse put the number under the noun's conjunct / oddities: next token a plural noun
    if j < se and doc[j].tag_ == "NNS" and doc[j].pos_ == "NOUN":
        return doc[j], False, False
    return None, False, False


def _what(noun, doc):
    if noun is None:
        return None
    toks = [noun]
    k = noun.i - 1
    while k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i in (noun.i, toks[0].i) \
            and doc[k].pos_ == "NOUN" and not doc[k].like_num:
        toks.insert(0, doc[k])
        k -= 1
    return " ".join(t.lower_ for t in toks)


def _demonym_at(doc, start: int | None, word: str) -> bool:
    """``word`` (at character ``start``) is a nationality adjective taken for a name ("a Ruritanian
    said"), not a place or organisation ("Tehran said") or a person's surname ("Erdogan said",
    named in full elsewhere in the article)."""
    if not DEMONYM_RE.match(word):
        return False
    if start is not None:
        span = doc.char_span(start, start + len(word), alignment_mode="expand")
        if span is not None and span[0].ent_type_ in ("GPE", "ORG", "LOC", "FAC"):
            return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def _national(noun) -> bool:
    """People named by a nationality and a noun the tables do not know ("two Dalmarran
    shepherds", "three Ruritanian herders"): counted things are in NOUN_KIND or measures."""
    if noun.tag_ != "NNS" or noun.lower_ in NOUN_KIND or noun.lower_ in MEASURE_WORDS \
            or noun.lower_ in TIME_WORDS or noun.lower_ in CURRENCY_WORDS:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and (
        c.ent_type_ == "NORP" or (c.pos_ in ("PROPN", "ADJ") and DEMONYM_RE.match(c.text)))
        for c in noun.children)


def _passive_like(verb) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return True
    return False


def _pobjs(verb, preps):
    """Objects of the verb's prepositions in ``preps``, with their conjuncts."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(x for x in p.conjuncts)
    return out


def _words_in_doc(doc, name: str, words) -> int:
    """How many tokens of the article are in ``words``, counted once per doc (cached in
    ``doc.user_data`` under ``name``): what a story is about decides some kinds."""
    key = "newsweave_" + name
    if key not in doc.user_data:
        doc.user_data[key] = sum(1 for t in doc if t.lower_ in words)
    return doc.user_data[key]


def _personish(noun) -> bool:
    """A plural noun shaped like a name for people ("dockworkers", "engineers", "activists"):
    enough where the verb already says people are meant (held, charged, taken hostage)."""
    return noun is not None and noun.tag_ == "NNS" and noun.lower_ not in NOUN_KIND \
        and noun.lower_ not in MEASURE_WORDS and bool(PERSONISH_RE.search(noun.lower_))


# ---------------------------------------------------------------- sources

def _np(tok):
    """Char span of a source noun phrase: determiners, modifiers, "of"/"for" complements."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("det", "compound", "amod", "poss", "nmod", "case", "nummod", "quantmod") \
                    or (c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > t.i) \
                    or (c.dep_ in ("pobj", "cc", "conj") and t.dep_ in ("prep",)) \
                    or (c.dep_ == "punct" and c.text in ("'", "'s")):
                keep.add(c.i)
                stack.append(c)
    doc = tok.doc
    lo, hi = min(keep), max(keep)
    for k in range(lo, hi):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            lo = k + 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "prep", "case")):
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _subject_of(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)   # "resumed ... and said"
    return subj


def _party_like(p) -> bool:
    return p.ent_type_ in ("ORG", "PERSON", "NORP") or p.lower_ in PARTY_NOUNS or p.lemma_.lower() in PARTY_NOUNS


def _negated(tok) -> bool:
    """The counted noun is an argument of a negated verb ("does not make two families", "there is
    not a one-to-one ratio"); not a noun further down ("would not give details about six victims")."""
    v = tok.head
    return tok.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd") and v.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "neg" for c in v.children)


def _person_name(doc, sp) -> bool:
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand") if sp.get("start") is not None else None
    return span is not None and (span.root.ent_type_ == "PERSON" or span.root.lower_ in ("he", "she"))


def _party_name(doc, sp) -> bool:
    """A name ("Ministry of Defence") or a party noun ("the ministry"), not "his post"."""
    if sp["name"][:1].isupper() and sp["name"].split()[0].lower() not in POSS_PRONOUNS | {"the", "a", "an"}:
        return True
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand") if sp.get("start") is not None else None
    return span is not None and (span.root.ent_type_ == "ORG" or span.root.lower_ in ORG_WORDS | PARTY_NOUNS)


def _subject_verb(tok):
    """The verb a counted subject goes with: "300 people were still under the rubble" -> were."""
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i else None

