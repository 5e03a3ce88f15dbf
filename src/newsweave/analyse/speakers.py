"""Who is speaking: turn the subject of a speech verb into a speaker record.

Shared by :mod:`.quotes` (which attributes quotes and reported speech) and read by
:mod:`.claims`. Nothing here is a registered component.

A speaker record is a plain dict::

    {"name": str | None,     # fullest form of a person's name used in the article (titles
                             # stripped), or a description/organisation as written minus a
                             # leading a/an/the ("defence ministry official", "army")
     "start": int | None,    # the mention in *this* sentence (the surname, the pronoun, the
     "end": int | None,      # description); None when the speaker is carried over
     "role": str | None,     # apposition ("the French foreign minister") or prenominal
                             # title ("Interior Minister", "President", "Col.")
     "type": "person" | "org" | "description" | "name",   # "name": proper noun, unknown kind
     "via": "subject" | "pronoun" | "according_to" | "carried"}

Precision over recall: every rule that is not sure returns ``None`` rather than a guess.
Pronouns: he/she go to the nearest preceding PERSON that is a grammatical subject (outside any
quote) within a few sentences, preferring, inside that nearest sentence, a person who is
the subject of a speech verb; an honorific (Mr/Mrs/Ms/Miss) seen anywhere in the article vetoes
the wrong gender; a surname whose mention the NER missed ("Paradis agrees. She said") counts.
An earlier subject that is the same pronoun ("Then she shattered party norms. ... she said")
stands for its own antecedent (resolved once, a few links deep); an honorific given with a
bare surname ("Mr. Trump") says nothing of another person sharing it ("Ivanka Trump").
With no subject at all in reach, the nearest person named outside quotes in the previous six
sentences, gender permitting ("Lawmakers questioned Mary Jones ... she said"). "they" goes to
the nearest preceding ORG/NORP or plural-noun subject. "it" only to an organisation that was
itself the subject of a speech verb just before, or to a document named just before in any role
("wrote in the affidavit. It continued: ..."). A nominalised adjective subject ("said the
46-year-old") is a description; a capitalised subject the tagger took for a verb or common noun
is a person when it is the surname of one ('"...," Trump shot back'). Groups described by their
share ("Some say", "Three-quarters said") and indefinite subjects ("Yet another said", "Someone
called it") are description speakers as written; "who" / "which" go to their head when it is a
person, an organisation or a plural noun ("critics who say").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span

# Speech-act verbs (lemmas). "ask" and "quote" only attribute quotes; see quotes.REPORT_CUES.
CUES = frozenset(
    """say tell add state claim insist deny warn announce declare describe call accuse explain
    note write ask reply argue confirm report urge vow pledge promise suggest acknowledge admit
    allege estimate predict tweet quote reject dismiss refute dispute respond comment stress
    emphasise emphasize maintain assert contend complain recall repeat reiterate concede disclose
    reveal demand counter retort inform assure testify observe remark shout scream
    post brand label condemn denounce joke quip boast exclaim wonder muse bark yell laugh
    conclude continue read
    confess lament recount plead interrupt ponder mock praise criticize criticise slam blast
    tout thank dub
    applaud decry hail laud chide rebuke scold castigate ridicule echo cite blame highlight defend
    proclaim affirm caution chant remind answer fume beam riff press surmise interject gush rant
    scoff concur marvel sigh question portray characterize characterise depict refer
    """.split()
)
# Phrasal speech verbs: lemma -> particle ("pointed out that", "shot back").
PHRASAL_CUES = {"point": "out", "shoot": "back", "fire": "back", "hit": "back", "lash": "out",
                "speak": "out", "weigh": "in", "chime": "in", "go": "on"}  # '"...," he went on'

HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sheikh sir dame mx madam m. mme mme.".split())
ROLE_TITLES = frozenset(
    """president vice prime minister premier col col. colonel general gen gen. lt lt. lieutenant
    maj maj. major capt capt. captain sgt sgt. sergeant commander cmdr admiral adm adm. brig
    brig. brigadier field marshal senator sen sen. rep rep. representative governor gov gov.
    mayor judge justice king queen prince princess emir sultan pope ayatollah imam rabbi
    bishop archbishop cardinal chancellor secretary ambassador chief deputy foreign interior
    defence defense finance commissioner chairman chairwoman director professor prof prof.
    pres pres. speaker sec sec. supt superintendent inspector constable officer cpl private
    """.split()
)
TITLES = HONORIFICS | ROLE_TITLES
MALE = frozenset("mr mr. sir monsieur m.".split())
FEMALE = frozenset("mrs mrs. ms ms. miss dame madam mme mme.".split())
# role nouns that say who a person is and, for some, their gender: "TSR spokeswoman Anna Berg"
# is a person even when the NER tags the whole phrase as an organisation
ROLE_GENDER = {"spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "congresswoman": "f",
               "spokesman": "m", "chairman": "m", "businessman": "m", "congressman": "m",
               "spokesperson": None, "director": None, "minister": None, "commander": None,
               "chief": None, "head": None, "secretary": None, "governor": None, "mayor": None,
               "president": None, "leader": None, "official": None, "inspector": None}

# Nouns that denote a person: a proper-noun apposition to one of these is a person's name
# even when the NER missed it ("The foreign minister, Alain Juppé, said").
PERSON_NOUNS = frozenset(
    """minister spokesman spokeswoman spokesperson official president commander general leader
    chief head director secretary ambassador envoy governor mayor senator lawmaker analyst
    resident witness doctor colonel captain officer lieutenant major chairman chairwoman
    premier chancellor king queen prince emir sheikh negotiator diplomat adviser advisor
    aide deputy mp legislator judge prosecutor lawyer attorney activist campaigner researcher
    professor expert economist correspondent reporter journalist editor founder ceo owner
    manager teacher student farmer father mother son daughter brother sister wife husband man
    woman""".split()
)

SUBJ_DEPS = frozenset(("nsubj", "nsubjpass"))
QUANTIFIERS = frozenset("some many most others few several both half majority all another someone somebody".split())
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_DEMONYM_END = re.compile(r"(?:ian|an|ese|ish|i)$", re.I)
_NAME_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")
# Children kept when a noun phrase is cut down to a description.
_NP_KEEP = frozenset(("det", "amod", "compound", "nmod", "poss", "nummod", "case", "quantmod",
                      "prep", "pobj", "cc", "conj", "predet", "advmod", "npadvmod", "punct"))
_NP_STOP = frozenset(("relcl", "acl", "appos"))


def _words(name: str) -> tuple:
    return tuple(w for w in _NAME_SPLIT.split(name.lower().replace("\u2019s", "").rstrip(".")) if w)


def _speaker(name, start, end, role=None, type_=None, via="subject") -> dict:
    return {"name": name, "start": start, "end": end, "role": role, "type": type_, "via": via}


class Speakers:
    """Per-document speaker resolution (built once per article; cheap)."""

    def __init__(self, doc, text: str, quote_spans=()):
        self.doc = doc
        self.text = text
        self.quotes = sorted(quote_spans)
        self._qstarts = [s for s, _ in self.quotes]
        self.sent_starts = [s.start for s in doc.sents]  # token indices
        # token index -> entity (only the few labels we use), one pass over the entities.
        self.ent_of: dict[int, object] = {}
        self.persons: list[tuple] = []  # (start, end, name, words)
        self.gender: dict[tuple, str] = {}
        self._chain: dict[int, object] = {}  # pronoun token -> resolved (name, type) or None
        self._depth = 0
        # words the NER tagged NORP anywhere, and place names: a single capitalised word that
        # is a demonym of one ("Dalmarran" of "Dalmarra") is never a person (see _demonym)
        self._norp = {e.text.lower() for e in doc.ents if e.label_ == "NORP" and len(e) == 1}
        self._places = {e.text.lower() for e in doc.ents if e.label_ in ("GPE", "LOC")}
        ents = []
        for ent in doc.ents:
            split = self._role_split(ent) if ent.label_ == "ORG" else None
            ents.extend(split or [ent])
        for ent in ents:
            if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            if ent.label_ == "PERSON" and (self._demonym(ent) or self._dateline(ent)):
                continue  # 'Dalmarran guns' tagged PERSON: a nationality, not a name
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
            if ent.label_ == "PERSON":
                s, e, _ = self._strip_titles(ent)
                if s is None:
                    continue
                name = text[s:e]
                words = _words(name)
                if not words:
                    continue
                self.persons.append((s, e, name, words))
                hon = {t.lower_ for t in doc[max(ent.start - 2, 0): ent.end] if t.lower_ in HONORIFICS}
                if hon & MALE:
                    self.gender[words] = "m"
                elif hon & FEMALE:
                    self.gender[words] = "f"
                elif ent.start > 0 and ROLE_GENDER.get(doc[ent.start - 1].lower_):
                    self.gender[words] = ROLE_GENDER[doc[ent.start - 1].lower_]   # "spokeswoman Anna Berg"

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _role_split(ent):
        """"TSR spokeswoman Otla Daluga" tagged as one organisation: the organisation and its
        role noun, then the person named after it (two or more capitalised words), or None."""
        toks = list(ent)
        doc = ent.doc
        if ent.start > 0 and doc[ent.start - 1].lower_ in ROLE_GENDER and doc[ent.start - 1].is_lower \
                and len(toks) >= 2 and all(w.text[:1].isupper() and w.pos_ == "PROPN" for w in toks):
            return [Span(doc, ent.start, ent.end, label="PERSON")]   # "spokeswoman Otla Daluga" (NER: ORG)
        for k, t in enumerate(toks[:-2]):
            if t.lower_ in ROLE_GENDER and t.is_lower and k > 0:
                tail = toks[k + 1:]
                if len(tail) >= 2 and all(w.text[:1].isupper() and w.pos_ == "PROPN" for w in tail):
                    head = Span(ent.doc, ent.start, ent.start + k, label="ORG")
                    return [head, Span(ent.doc, ent.start + k + 1, ent.end, label="PERSON")]
        return None

    def _demonym(self, ent) -> bool:
        """A single capitalised nationality word the NER took for a name ("Dalmarran",
        "Pakistani"): ends like a demonym (-an, -ian, -ese, -ish, -i) and is tagged NORP
        elsewhere in the article, is formed on a place named in it, or modifies a common noun
        here ("Dalmarran guns"). A surname ending the same way ("Ryan said") is none of these."""
        if len(ent) != 1:
            return False
        t = ent[0]
        w = t.text
        if not w[:1].isupper() or not _DEMONYM_END.search(w):
            return False
        low = w.lower()
        if low in self._norp:
            return True
        stem = _DEMONYM_END.sub("", low)
        if len(stem) >= 4 and any(p == stem or (p.startswith(stem) and len(p) - len(stem) <= 2)
                        or (stem.startswith(p) and len(stem) - len(p) <= 1) for p in self._places):
            return True
        h = t.head
        return t.dep_ in ("amod", "compound", "nmod") and h.i > t.i and h.pos_ == "NOUN" and h.text.islower()

    def _dateline(self, ent) -> bool:
        """'KELVO, Dalmarra -- Three civilians ...': a capitalised place opening a paragraph."""
        t = ent.text
        return t.isupper() and len(t) > 2 and (ent.start_char == 0 or self.text[ent.start_char - 1] == "\n") \
            and self.text[ent.end_char:ent.end_char + 1] in (",", " ")

    def _gender(self, name: str):
        """"m" / "f" from an honorific seen with this person ("Mr. Donald Trump", or "Mr. Trump"
        when no other person of the article shares that surname: Ivanka Trump is not Mr. Trump)."""
        words = _words(name)
        if not words:
            return None
        g = self.gender.get(words)
        if g is not None:
            return g
        for key, kg in self.gender.items():  # "Mrs. Hillary Clinton" then "Hillary Clinton"
            if len(key) > 1 and key[-len(words):] == words:
                return kg
        g = self.gender.get(words[-1:])
        if g is not None and len(words) > 1 and any(
                len(pw) > 1 and pw[-1] == words[-1] and pw != words for _s, _e, _n, pw in self.persons):
            return None  # a surname shared by several people named in the article: not this one
        return g

    def in_quote(self, char: int) -> bool:
        k = bisect_right(self._qstarts, char) - 1
        return k >= 0 and self.quotes[k][0] <= char < self.quotes[k][1]

    def sent_index(self, tok_i: int) -> int:
        return bisect_right(self.sent_starts, tok_i) - 1

    def _strip_titles(self, ent):
        """Char span of ``ent`` without leading titles / trailing possessive, plus the title span."""
        toks = list(ent)
        k = 0
        while k < len(toks) - 1 and (toks[k].lower_ in TITLES or toks[k].is_punct):
            k += 1
        j = len(toks)
        while j > k + 1 and (toks[j - 1].lower_ in ("'s", "\u2019s") or toks[j - 1].is_punct):
            j -= 1
        if k >= j:
            return None, None, None
        # A title-case headline tagged PERSON ("Trump Stands Tall On ...") is not a name.
        if j - k > 5 or any(
            t.pos_ in ("VERB", "AUX", "PART", "DET", "PRON", "ADV") or (t.pos_ == "ADP" and not t.is_lower)
            for t in toks[k:j]
        ):
            return None, None, None
        title = None
        if k:
            tt = [t for t in toks[:k] if t.lower_ not in HONORIFICS and t.text != "."]
            if tt:
                title = (toks[0].idx, toks[k - 1].idx + len(toks[k - 1].text))
        return toks[k].idx, toks[j - 1].idx + len(toks[j - 1].text), title

    def full_name(self, name: str, at: int) -> str:
        """Fullest form of a person's name used in the article ("Mazrui" -> "Harun al-Mazrui")."""
        words = _words(name)
        n = len(words)
        if not n:
            return name
        best = None  # (len, preceding, -distance, name)
        for s, _e, other, ow in self.persons:
            if len(ow) <= n:
                continue
            if ow[-n:] != words or len(ow) > 5:
                continue
            key = (len(ow), s < at, -abs(at - s))
            if best is None or key > best[0]:
                best = (key, other, ow)
        if best is None:
            return name
        # Two different fuller names of the same length (e.g. two Bellos) -> ambiguous unless
        # one of them precedes the mention and is the nearest.
        rivals = {ow for s, _e, _o, ow in self.persons if len(ow) == best[0][0] and ow != best[2]
                  and ow[-n:] == words and len(ow) <= 5}
        if rivals and not best[0][1]:
            return name
        return best[1]

    def _span_text(self, s: int, e: int, article: bool = True):
        """Trim punctuation around a span (and a leading a/an/the unless ``article`` is False)."""
        while s < e and self.text[s] in " ,;:":
            s += 1
        m = _ARTICLE.match(self.text[s:e]) if article else None
        if m:
            s += m.end()
        while e > s and self.text[e - 1] in " ,;:\u2014-":
            e -= 1
        while s < e and self.text[s] in " ,;:":
            s += 1
        nl = self.text.rfind("\n", s, e)
        if nl >= 0:  # never across a paragraph break (the parser does not stop there)
            return self._span_text(nl + 1, e, article)
        return (s, e) if e > s else (None, None)

    def np_span(self, tok, article: bool = True):
        """Character span of the noun phrase headed by ``tok``, cut before relative clauses and
        appositions, without a leading article (unless ``article`` is False)."""
        left = tok
        for c in tok.lefts:
            if c.dep_ in _NP_KEEP and c.dep_ != "punct":
                left = c.left_edge if c.left_edge.i < left.i else left
                break  # lefts are in order: the first kept child reaches furthest left
        right = tok
        for c in tok.rights:
            if c.dep_ in _NP_STOP or (c.dep_ == "punct" and c.text in ",;:()\u2014"):
                break
            if c.dep_ in _NP_KEEP:
                right = c.right_edge
        s, e = left.idx, right.idx + len(right.text)
        return self._span_text(s, e, article)

    # -- main entry ----------------------------------------------------------------------------
    def from_token(self, tok, via: str = "subject"):
        """Speaker record for a subject / agent / 'according to' object token, or None."""
        if tok is None or self.in_quote(tok.idx):
            return None
        low = tok.lower_
        if low in ("he", "she", "they", "it"):
            return self.resolve_pronoun(tok)
        if low in ("who", "that", "which") and tok.head.dep_ == "relcl":
            # 'Alan Berger, a doctor from Englewood, who said': the relative clause often hangs
            # from the wrong noun; accept only a head that is a person.
            h = tok.head.head
            hent = self.ent_of.get(h.i)
            if (hent is not None and hent.label_ in ("PERSON", "ORG", "NORP")) or (
                hent is None and h.pos_ == "NOUN" and (h.lemma_.lower() in PERSON_NOUNS or h.tag_ == "NNS")
            ):  # 'Alan Berger, who said', 'critics who say', 'the ACLU, which said'
                return self.from_token(h, via)
            return None
        if tok.pos_ in ("NUM", "PRON", "ADJ", "DET") and (
            tok.lower_ in QUANTIFIERS or tok.pos_ == "NUM"
        ) and tok.dep_ == "nsubj":
            # 'About 4 in 10 say', 'three-quarters said', 'Some say', 'many of them said': a
            # group of people described by its share, kept as written
            right = tok.right_edge
            comma = next((t for t in tok.doc[tok.i + 1: right.i + 1] if t.text == ","), None)
            if comma is not None and right.idx + len(right.text) - tok.left_edge.idx > 80:
                # 'one of those advisers, who spoke on the condition of anonymity ...': the group
                # before the relative clause or apposition
                right = tok.doc[comma.i - 1]
            s, e = self._span_text(tok.left_edge.idx, right.idx + len(right.text))
            if s is None or e - s > 80 or self.in_quote(s):
                return None
            return _speaker(self.text[s:e], s, e, None, "description", via)
        if tok.pos_ not in ("PROPN", "PRON", "DET", "NUM") and tok.text[:1].isupper() and tok.dep_ in SUBJ_DEPS and (
                tok.pos_ != "NOUN" or not tok.is_sent_start) and self.ent_of.get(tok.i) is None:
            # a surname the tagger took for a verb or a common noun ('"...," Trump shot back'): a
            # person of the article
            w = _words(tok.text)
            if w and any(pw[-1:] == w[-1:] for _s, _e, _n, pw in self.persons):
                return self._person(tok, None, via)
        if tok.pos_ == "ADJ" and tok.dep_ == "nsubj" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # a nominalised adjective as subject: '"...," said the 46-year-old'
            s, e = self.np_span(tok)
            return _speaker(self.text[s:e], s, e, None, "description", via) if s is not None else None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ == "PERSON":
            return self._person(tok, ent, via)
        # "The foreign minister, Alain Juppé, said": head noun with a proper-noun apposition.
        for c in tok.rights:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                cent = self.ent_of.get(c.i)
                if (cent is not None and cent.label_ == "PERSON") or (
                    tok.lemma_.lower() in PERSON_NOUNS and (cent is None or cent.label_ != "GPE")
                ):
                    rs, re_ = self._span_text(tok.left_edge.idx, c.left_edge.idx, article=False)
                    sp = self._person(c, cent if cent is not None and cent.label_ == "PERSON" else None, via)
                    if sp and rs is not None:
                        sp["role"] = self.text[rs:re_]
                    return sp
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ != "GPE"):
            # a surname of a person named in the article, whatever the NER made of this mention
            low_words = _words(tok.text)
            if any(w[-len(low_words):] == low_words for _s, _e, _n, w in self.persons):
                return self._person(tok, None, via)
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ != "GPE") and any(
            c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in tok.rights
        ):
            return self._person(tok, None, via)  # "Juppé, the French foreign minister," (NER: ORG)
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ not in ("ORG", "NORP", "GPE")):
            # Proper noun the NER missed: a person if it matches one, or has a person-noun apposition.
            low_words = _words(tok.text)
            if any(w[-1:] == low_words for _s, _e, _n, w in self.persons):
                return self._person(tok, None, via)
            for c in tok.rights:
                if c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS:
                    return self._person(tok, None, via)
            s, e = self.np_span(tok)
            if s is None:
                return None
            return _speaker(self.text[s:e], s, e, None, "name", via)
        s, e = self.np_span(tok)
        if s is None:
            return None
        kind = "org" if ent is not None else "description"
        return _speaker(self.text[s:e], s, e, None, kind, via)

    def _person(self, tok, ent, via):
        """Person speaker from the head token of a name (``ent`` may be None if NER missed it)."""
        if ent is not None:
            s, e, title = self._strip_titles(ent)
            if s is None:
                return None
            first = next(t for t in ent if t.idx >= s)
        else:  # compound chain of proper nouns ending at tok
            first = tok
            for c in tok.lefts:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in TITLES:
                    first = c
                    break
            s, e, title = first.idx, tok.idx + len(tok.text), None
        mention = self.text[s:e]
        name = self.full_name(mention, s)
        role = None
        # Prenominal role: modifiers of the name's head to the left of the name proper.
        head = ent.root if ent is not None else tok
        lefts = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.idx < s]
        if lefts or title:
            ls = min([c.left_edge.idx for c in lefts] + ([title[0]] if title else []))
            rs, re_ = self._span_text(ls, s)
            if rs is not None:
                words = self.text[rs:re_].lower().split()
                if any(w not in HONORIFICS for w in words):
                    role = self.text[rs:re_]
        # Apposition: "Juppé, the French foreign minister, said".
        for c in head.rights:
            if c.dep_ != "appos":
                continue
            cent = self.ent_of.get(c.i)
            if cent is not None and cent.label_ == "PERSON":
                continue
            rs, re_ = self.np_span(c, article=False)  # 'a teacher' of 'a teacher who fled ...'
            if rs is not None:
                role = self.text[rs:re_]
            break
        return _speaker(name, s, e, role, "person", via)

    # -- pronouns --------------------------------------------------------------------------------
    def resolve_pronoun(self, tok, lookback_sents: int = 4):
        low = tok.lower_
        si = self.sent_index(tok.i)
        first_tok = self.sent_starts[max(si - lookback_sents, 0)]
        best_sent, found = None, []
        start = tok.i - 1
        if low == "it" and self._trailing_cue(tok):
            # 'One soldier was missing after his post was hit, it said': the source is named
            # before the content it reports, never inside it
            start = tok.sent.start - 1
        for i in range(start, first_tok - 1, -1):
            t = self.doc[i]
            if best_sent is not None and self.sent_index(i) != best_sent:
                break
            cand = self._antecedent(t, low)
            if cand is None:
                continue
            best_sent = self.sent_index(i)
            found.append(cand)
        if not found and low in ("he", "she"):
            # no subject nearby: the last person who spoke in the previous few paragraphs
            far_tok = self.sent_starts[max(si - 10, 0)]
            for i in range(first_tok - 1, far_tok - 1, -1):
                cand = self._antecedent(self.doc[i], low)
                if cand is not None and cand[1] and cand[2] == "person":
                    found.append(cand)
                    break
        if not found and low in ("he", "she"):
            # still nothing: the nearest earlier person named outside quotes, whatever its role
            # in its sentence ('... Bolton's remarks. For his part, he said'), gender permitting
            far = self.doc[self.sent_starts[max(si - 6, 0)]].idx
            k = bisect_right([p[0] for p in self.persons], tok.idx) - 1
            while k >= 0 and self.persons[k][0] >= far:
                ps_, _pe, pname, pwords = self.persons[k]
                k -= 1
                if self.in_quote(ps_) or len(pwords) > 4:
                    continue
                name = self.full_name(pname, ps_)
                g = self._gender(name)
                if g and g != ("m" if low == "he" else "f"):
                    continue
                found.append((name, False, "person"))
                break
        if not found:
            return None
        # in the nearest sentence: a speaking person, a person, a speaking anything, the nearest
        ranked = sorted(found, key=lambda c: (c[2] != "person" or not c[1], c[2] != "person", not c[1]))
        name, _speaks, type_ = ranked[0]
        return _speaker(name, tok.idx, tok.idx + len(tok.text), None, type_, "pronoun")

    @staticmethod
    def _trailing_cue(tok) -> bool:
        """``tok`` is the subject of a speech verb whose reported content precedes it."""
        v = getattr(tok, "head", None)
        if v is None or tok.dep_ not in SUBJ_DEPS or v.lemma_.lower() not in CUES:
            return False
        if any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in v.children):
            return True
        return v.dep_ in ("ccomp", "parataxis", "advcl") and v.head.i < tok.i

    def _antecedent(self, t, pron):
        """(name, is_speaker, type) if token ``t`` can be the antecedent of pronoun ``pron``."""
        dep = t.dep_
        head = t.head
        if pron == "it" and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in _DOC_NOUNS and not self.in_quote(t.idx):
            # 'Bujnowski wrote in the affidavit. It continued: "..."': a document speaks, in any role
            # -- not a place ('his post near the village')
            for c in t.rights:
                if c.dep_ == "prep" and (c.lower_ in _PLACE_PREPS or any(
                        g.dep_ == "pobj" and (self.ent_of.get(g.i) is not None and self.ent_of[g.i].label_ == "GPE"
                                              or g.ent_type_ in ("GPE", "LOC", "FAC")) for g in c.children)):
                    return None
            s, e = self.np_span(t)
            return (self.text[s:e], False, "description") if s is not None else None
        if dep == "appos" and head.dep_ in SUBJ_DEPS:
            # 'The minister, Bello, said': the apposed name is the subject; an apposed
            # description ('Bello, the minister,') is not a second candidate
            if pron in ("he", "she") and (self.ent_of.get(t.i) is None or self.ent_of[t.i].label_ != "PERSON"):
                return None
            head = head.head
        elif dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            head = head.head   # '..., according to Gen. Lotar Vinsk. He said ...': the source is a speaker
        elif dep not in SUBJ_DEPS:
            return None
        if self.in_quote(t.idx):
            return None
        speaks = head.lemma_.lower() in CUES or head.lower_ == "according"
        if t.lower_ == pron and pron in ("he", "she", "they") and dep in SUBJ_DEPS:
            # a chain of the same pronoun ('Then she shattered party norms. "...," she said'):
            # the earlier pronoun's own antecedent (resolved once per token, a few links deep)
            if t.i not in self._chain:
                if self._depth >= 3:
                    return None  # too deep to follow now; a shallower lookup may still resolve it
                self._chain[t.i] = None  # guards against cycles while resolving
                self._depth += 1
                try:
                    sp = self.resolve_pronoun(t)
                finally:
                    self._depth -= 1
                self._chain[t.i] = (sp["name"], sp["type"]) if sp else None
            got = self._chain[t.i]
            return (got[0], speaks, got[1]) if got else None
        ent = self.ent_of.get(t.i)
        if pron in ("he", "she"):
            if t.pos_ == "PROPN" and (ent is None or ent.label_ != "PERSON") and t.dep_ != "compound":
                # 'Paradis agrees. She said': a surname of a person named in the article, whatever
                # the NER made of this mention
                w = _words(t.text)
                if w and any(pw[-1:] == w[-1:] for _s, _e, _n, pw in self.persons):
                    name = self.full_name(t.text, t.idx)
                    g = self._gender(name)
                    if g and g != ("m" if pron == "he" else "f"):
                        return None
                    return name, speaks, "person"
                if ((ent is None or ent.label_ == "ORG") and any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS
                                                                for c in t.rights)) or any(
                        c.dep_ == "appos" and c.like_num and c.text.isdigit() and int(c.text) <= 120 for c in t.rights):
                    # 'Colonel Ruben Askel, the ministry's spokesman, told reporters': a name the
                    # NER missed or took for an organisation ('Oren Vask, the father of the groom'),
                    # made a person by its apposition (or by an age: 'Ana Rell, 34,')
                    sp = self._person(t, None, "subject")
                    if sp:
                        g = self._gender(sp["name"])
                        if g and g != ("m" if pron == "he" else "f"):
                            return None
                        return sp["name"], speaks, "person"
            if ent is None or ent.label_ != "PERSON":
                # 'The governor said ... He added': a singular person noun that was speaking
                if speaks and ent is None and t.pos_ == "NOUN" and t.tag_ == "NN" and (
                    t.lemma_.lower() in PERSON_NOUNS
                ):
                    s, e = self.np_span(t)
                    return (self.text[s:e], speaks, "description") if s is not None else None
                return None
            s, e, _ = self._strip_titles(ent)
            if s is None:
                return None
            name = self.full_name(self.text[s:e], s)
            g = self._gender(name)
            if g and g != ("m" if pron == "he" else "f"):
                return None
            return name, speaks, "person"
        if pron == "they":
            if ent is not None and ent.label_ in ("ORG", "NORP"):
                type_ = "org"
            elif t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN"):
                type_ = "description"
            else:
                return None
            s, e = self.np_span(t)
            return (self.text[s:e], speaks, type_) if s is not None else None
        if pron == "it":
            if not speaks or ent is None or ent.label_ != "ORG":
                if not (speaks and t.pos_ in ("NOUN", "PROPN") and (
                        t.lemma_.lower() in _ORG_NOUNS or t.lower_ in _ORG_NOUNS)):
                    return None
            s, e = self.np_span(t)
            return (self.text[s:e], speaks, "org") if s is not None else None
        return None


_PLACE_PREPS = frozenset("near above below outside inside along beside behind across".split())

# Documents that "it" can stand for when it says, reads or states something.
_DOC_NOUNS = frozenset(
    """statement letter email e-mail memo report affidavit complaint filing lawsuit suit ad
    advertisement commercial spot video post tweet message note editorial article column op-ed
    book caption sign banner website page release document poll survey study analysis brief
    indictment order ruling opinion decision platform petition resolution bill law""".split()
)
_ORG_NOUNS = frozenset(
    """ministry army government agency military police office embassy company group council
    committee commission court department party organisation organization authority
    coalition alliance movement force forces observatory union bank""".split()
)
