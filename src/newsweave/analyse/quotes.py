"""Quotes and reported speech: who said what, with exact spans.

The split between the two attribution components:

* ``quotes`` (this module) *finds* every attributed statement — direct quotes, partial/scare
  quotes and reported speech — and attributes each one to a speaker.
* ``claims`` (:mod:`.claims`) *converts* every attributed item of ``found["quotes"]`` into a
  claim (one claim per statement) and adds the claim-level analysis: denials and their targets.

Output item (plain dict; ``article.text[start:end] == text`` for every span)::

    {"text": str, "start": int, "end": int,
     "kind": "direct" | "partial" | "reported",
     "speaker": {"name", "start", "end", "role", "type", "via",    # see speakers.py
                 "phrase"},   # [start, end] of the whole source phrase as written (titles,
                              # appositions, relative clauses; the pronoun itself for a
                              # pronoun; "who" for 'X, who said'), None when carried
     "carried_cue": [start, end],           # only on a carried speaker: the cue of the statement
                                            # this quote continues ('"A," he said. "B."')
     "cue": verb lemma ("say", "tell", ...) | "according to" | ":" | None,   # ":": 'Name: "..."'
     "cue_span": [start, end] | None,       # the cue word(s) in the text
     "sentence": [start, end],              # sentence(s) containing the statement
     "negated": bool,                       # "did not say", "refused to confirm"
     "parts": [{"text", "start", "end"}, ...]   # only for quotes in several pieces
    }

Direct quotes: text is inside the marks (straight ``"``, curly ``“ ”``, ``« »``, and the
two-character ``''`` / ````` of PTB/NYT text; single quotes are never quote marks), with
surrounding spaces and a trailing comma removed. A quote interrupted by its attribution
(``"A," he said, "B."``) and a quote running over several paragraphs (news convention: the
paragraph that does not close its quote continues at the next paragraph's opening mark) are
ONE item whose ``text/start/end`` are the first part and whose ``parts`` list every part.
Quote marks are paired per paragraph, so an odd number of marks only loses that paragraph's
stray quote. Speaker: the speech verb right after the quote (``"...," X said``) or right before
it (``X said: "..."``), else carried over from the previous attributed statement of the same
paragraph (or of the previous paragraph when the quote opens a paragraph with no attribution).
A quote opening a paragraph right after a paragraph that ends in a colon ('Reporter X says:')
takes its attribution from that colon clause, as if it stood before the quote.

Partial quotes (``called the report "propaganda"``): a quote embedded in running text; its
speaker is the subject of the speech verb that governs it in the parse. Short partial quotes
(scare quotes, titles) with no speaker are not emitted.

Reported speech (kind "reported"): ``X said (that) ...``, ``X told Reuters that ...``,
``according to X, ...``, ``X denied the report``, ``X accused Y of ...``: text is the reported
content (the clause / object of the speech verb). Only emitted with a resolved speaker, and not
when the content is itself a direct quote; nested reports keep the outermost. A
parenthetical cue reports the clause it interrupts, in two ``parts`` ('The golf industry, she
said, is "doing much better"': parts "The golf industry" and 'is "doing much better"'; text /
start / end are the first part). A quote inside reported content with no speaker of its own
takes the report's speaker and cue. Characterisations report only with "as" ('portrayed /
referred to X as Y').
A split quote '"A," X said, "B."' is one item, but not when a second cue comes between
('"A," X said, adding, "B."': B is the participle's own attribution, as PolNeAR has it).

What counts as a speech verb (``is_cue``): a verb lemma in ``speakers.CUES`` that is finite or
a participle — not a passive ("is accused of"), not a noun mis-tagged as a verb ("the calls
for"), not a bare infinitive ("expects X to announce") unless after do-support or
"went on / refused to say". Subjects are never taken across a paragraph break.

A quote introduced by a colon after a clause whose verb is not a speech verb ('X released a
statement: "..."', 'X wrote on Twitter: "..."') belongs to that clause's subject. Reported
speech also covers reported questions ('X asked whether ...'), requests ('X asked the aides
to search ...'), phrasal speech verbs ('pointed
out that', 'shot back'), and evidence from polls, studies and records ('a new poll showed
Trump ahead', 'records show that ...'); an evidence verb whose subject is not such a source
('that impact suggests') is not an attribution. A name and a colon ('Philip Bump: "..."', and
the headline form 'Sanders: Clinton Is Qualified') attribute what follows to the name (cue ":").

Parse-failure fallbacks for the speaker: a name written right after an inverted cue ('"...,"
said Robin Maynard, half joking'; the last proper noun of the words after the cue, '"...," said
Oversight ranking Democrat Elijah Cummings'; also after "asked") or right before a cue that got
no subject ('..., her senior policy adviser, Jake Sullivan, said:'; '"...," Gene Sperling, a top
adviser, said'; '"...," Conway notes' with the name parsed as a compound of the verb; PERSON
names only, never places or dates); a participle's noun ('protesters chanting "..."'; the author
for a document: 'put out a statement saying'); a noun whose "reduced relative clause" is the
sentence's only verb ('One lawmaker called Trump "..."'). A cue inside a subordinate clause
followed by another clause with its own subject is not the quote's cue
('After Brown criticized Clinton, Hillary shot back, "..."'). Reported content stops before a
participle that is itself a speech verb ('he says X, calling them "..."').

Attributions that are not statements (wants, supports, opposes, believes, expects...) are
``stances`` (:mod:`.stances`), a separate component that never feeds claims.

Checked against PolNeAR (bench/attribution.py; train for tuning): see the bench docstring for
how our items map onto PolNeAR's conventions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import component
from .speakers import CUES, PERSON_NOUNS, PHRASAL_CUES, ROLE_TITLES, HONORIFICS, TITLES as TITLES_, Speakers

# Quote marks: straight and curly double quotes, guillemets, and the two-character ``''``
# (PTB/NYT style) and ````` forms. Single quotes are not quote marks here (apostrophes).
MARK_RE = re.compile('\'\'|``|["\u201c\u201d\u201e\u00ab\u00bb]')
OPENERS = "\u201c\u201e\u00ab`"
CLOSERS = "\u201d\u00bb"
PARA_RE = re.compile(r"[^\n]+")
_TERM_RE = re.compile(r"[.!?]+(?=[\s\"'\u201d\u2019)\]]|$)")
_ABBREV = frozenset(t.rstrip(".") for t in ROLE_TITLES | HONORIFICS) | frozenset(
    "st jr sr no vs etc inc ltd co corp dept gov univ approx est fig mt ft".split()
)
# AP-style state and month abbreviations ('Sen. Marco Rubio (R-Fla.) said', 'of Exeter, Calif.,
# said', 'on Feb. 1'), case-sensitive: not a sentence end
_STATE_MONTH_ABBREV = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo Jan Feb Aug Sept Oct Nov Dec""".split()
)

# Verbs whose object (not only a clause) is the reported content.
OBJ_CUES = frozenset(
    """announce confirm claim admit acknowledge reveal disclose predict estimate deny reject
    dismiss refute dispute accuse describe call condemn denounce brand label charge urge vow
    pledge promise warn insist demand allege report mock praise criticize criticise slam blast
    tout thank dub applaud decry hail laud chide rebuke scold castigate ridicule cite blame
    highlight defend proclaim affirm portray characterize characterise depict refer""".split()
)
# Characterisations: an attribution only with "as" ('portrayed him as a fighter', 'referred to
# immigrants as "criminals"'); content = the object and the as-phrase.
AS_CUES = frozenset("describe portray characterize characterise depict refer".split())
# Cues that only attribute quotes; never a reported-speech item on their own.
NO_REPORT = frozenset(("ask", "quote", "shout", "scream", "post", "continue", "read", "laugh", "wonder",
                       "bark", "yell", "joke", "quip", "exclaim", "muse", "interrupt", "ponder"))
# Verbs of belief, knowledge and evidence: attributions only with a clause as content
# ("Sanders believes that ...", "polls show Trump leading"), never with a plain object.
CLAUSE_CUES = frozenset(
    """believe think hope fear feel know learn show find expect worry suspect recognize recognise
    realize realise understand mention hint signal agree acknowledge""".split()
)
CONTENT_PREPS = frozenset(("of", "as", "on", "about", "for", "against"))
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    morning afternoon evening night week weekend month year day hours time""".split()
)
# 'X in an interview said': the occasion of the statement is not part of the source phrase.
OCCASION_PREPS = frozenset(("in", "on", "at", "via", "during", "through", "by", "over"))
OCCASION_NOUNS = frozenset(
    """interview statement speech email e-mail filing announcement letter memo post tweet call
    conference briefing rally appearance hearing debate address remarks message video op-ed
    column release phone telephone radio television broadcast podcast show""".split()
)
_CIRCUM_PREPS = frozenset(("in", "with", "about", "during", "after", "before", "via", "through"))
_ON_NOUNS = OCCASION_NOUNS | frozenset(("page", "site", "website", "twitter", "facebook", "program", "air"))
_NO_SPEAKER = {"name": None, "start": None, "end": None, "role": None, "type": None, "via": None}


# ----------------------------------------------------------------------------------------------
# Quote marks (pure text; no parse needed)
# ----------------------------------------------------------------------------------------------
def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARA_RE.finditer(text) if m.group().strip()]


def _mlen(text: str, i: int) -> int:
    return 2 if text[i:i + 2] in ("''", "``") else 1


def _direction(text: str, i: int, ps: int, pe: int) -> str:
    ch = text[i]
    n = _mlen(text, i)
    before = text[i - 1] if i > ps else ""
    after = text[i + n] if i + n < pe else ""
    open_ctx = before == "" or before.isspace() or before in "([{\u2014\u2013-/"
    close_ctx = after == "" or after.isspace() or after in ".,;:!?)]}\u2014\u2013-"
    if ch in OPENERS:
        return "close" if close_ctx and not open_ctx else "open"
    if ch in CLOSERS:
        return "open" if open_ctx and not close_ctx else "close"
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    return "either"


def find_quote_marks(text: str) -> tuple[list[dict], list[tuple[int, int]]]:
    """Pair quote marks paragraph by paragraph; never raises.

    Returns ``(quotes, paragraphs)``: quotes as ``{"segs": [(open, close|None, para), ...]}``
    where a ``None`` close means the segment runs to the end of its paragraph and the quote
    continues at the next paragraph's opening mark."""
    paras = paragraphs(text)
    quotes: list[dict] = []
    pending = None
    for pi, (ps, pe) in enumerate(paras):
        marks = [(m.start(), _direction(text, m.start(), ps, pe)) for m in MARK_RE.finditer(text, ps, pe)]
        open_at, cont = None, None
        if pending is not None:
            lead = ps + (len(text[ps:pe]) - len(text[ps:pe].lstrip()))
            if marks and marks[0][0] == lead and marks[0][1] != "close":
                cont, open_at = pending, marks[0][0]
                marks = marks[1:]
            pending = None
        for pos, d in marks:
            if open_at is None:
                if d != "close":
                    open_at = pos
                continue
            if d == "open":  # the earlier opening mark was stray: restart here, locally
                open_at, cont = pos, None
                continue
            quotes.append({"segs": (cont or []) + [(open_at, pos, pi)]})
            open_at, cont = None, None
        if open_at is not None:
            # Only a quote that opens a statement (paragraph start, after ':' ',' or a sentence
            # end) and runs to a sentence end may continue into the next paragraph; any other
            # unclosed mark is a stray and is dropped here, locally.
            prev = text[ps:open_at].rstrip()[-1:]
            tail = text[open_at:pe].rstrip()[-1:]
            if (prev == "" or prev in ".!?:,\u201d\"'") and tail in (".", "!", "?", "\u2026", "\u2014"):
                pending = (cont or []) + [(open_at, None, pi)]
    return [q for q in quotes if q["segs"]], paras


def _inner(text: str, o: int, c: int | None, pe: int, last: bool):
    s, e = o + _mlen(text, o), (c if c is not None else pe)
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or (last and text[e - 1] == ",")):
        e -= 1
    if not any(ch.isalnum() for ch in text[s:e]):
        return None
    return s, e


def _is_abbrev(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"(\w+)$", text[max(0, dot - 14):dot])
    if not m:
        return False
    w = m.group(1)
    return w.lower() in _ABBREV or (len(w) == 1 and w.isupper()) or w in _STATE_MONTH_ABBREV


def _first_terminal(text, s, e):
    for m in _TERM_RE.finditer(text, s, e):
        if not _is_abbrev(text, m.start()):
            return m.start()
    return None


def _last_terminal_end(text, s, e):
    last = None
    for m in _TERM_RE.finditer(text, s, e):
        if not _is_abbrev(text, m.start()):
            last = m.end()
    return last


# ----------------------------------------------------------------------------------------------
# Parse helpers
# ----------------------------------------------------------------------------------------------
class _Doc:
    def __init__(self, doc, text, found):
        self.doc = doc
        self.text = text
        self.starts = [t.idx for t in doc]
        sents = found.get("sentences") if isinstance(found, dict) else None
        self.sents = [tuple(s) for s in sents] if sents else [(s.start_char, s.end_char) for s in doc.sents]
        self.sent_starts = [s for s, _ in self.sents]

    def tokens(self, s, e):
        return self.doc[bisect_left(self.starts, s): bisect_left(self.starts, e)]

    def sentence_span(self, s, e):
        if not self.sents:
            return [s, e]
        a = max(bisect_right(self.sent_starts, s) - 1, 0)
        b = max(bisect_right(self.sent_starts, max(e - 1, s)) - 1, a)
        return [min(self.sents[a][0], s), max(self.sents[b][1], e)]


def is_cue(t) -> bool:
    """A speech verb that reports an actual statement by its subject.

    Not: nouns mis-tagged as verbs ('the Obama calls for'), passives ('is accused of' — the
    subject is not the speaker), and bare infinitives ('expects X to announce', 'will say'),
    except after do-support ('did not say') or 'went on / refused / declined to say'."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    deps = [(c.dep_, c.lemma_.lower()) for c in t.children]
    phrasal = lemma in PHRASAL_CUES and (
        ("prt", PHRASAL_CUES[lemma]) in deps or ("advmod", PHRASAL_CUES[lemma]) in deps) and not (
        lemma == "go" and any(c.dep_ in ("xcomp", "advcl") and any(g.tag_ == "TO" for g in c.children)
                              for c in t.children))   # 'he went on to win' reports nothing
    put_it = lemma == "put" and ("dobj", "it") in deps and (("mark", "as") in deps or t.dep_ == "advcl")
    if lemma not in CUES and not phrasal and not put_it:  # 'shot back', 'as X put it: "..."'
        return False
    if any(d in ("det", "poss", "auxpass") for d, _ in deps):
        return False
    if t.tag_ == "VB" and not any(d == "aux" and lem == "do" for d, lem in deps):
        h = t.head
        if not (t.dep_ == "xcomp" and h.lemma_.lower() in ("go", "continue", "refuse", "decline", "fail", "proceed")):
            return False
    return True


def according_obj(t):
    """pobj of 'according to' when ``t`` is 'according'."""
    if t.lower_ != "according":
        return None
    for c in t.children:
        if c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for g in nxt.children:
            if g.dep_ == "pobj":
                return g
    return None


def _chain(v, depth=3):
    """v and the verbs it hangs from through conj/xcomp/advcl/pcomp ('refused to say')."""
    out = [v]
    while depth and v.head.i != v.i and (
        # 'denied X and dismissed Y' / 'arrived and said'; not a conj inside a reported clause
        (v.dep_ == "conj" and (v.head.dep_ == "ROOT" or v.head.lemma_.lower() in CUES
                               # 'they reversed themselves, rushed everyone in and said ...'
                               or (v.head.dep_ == "conj" and v.head.head.dep_ == "ROOT")
                               # 'when Cruz knocked Rubio on trade and called him a "moderate"':
                               # the conjunct shares the subject of the verb it is coordinated with
                               or (v.head.dep_ in ("advcl", "relcl", "pcomp") and v.head.pos_ == "VERB"
                                   and any(c.dep_ == "nsubj" for c in v.head.children))))
        or (v.dep_ == "xcomp" and v.tag_ == "VB")  # 'refused to say'
        or (v.dep_ in ("advcl", "pcomp", "prep") and v.tag_ == "VBG")  # ', adding that' / 'as saying'
        # 'Durbin, noting the size of his following, said, "..."' parsed with the participle as
        # the root and the cue hanging from it
        or (v.dep_ == "parataxis" and v.head.tag_ == "VBG" and v.head.i < v.i
            and any(c.dep_ == "nsubj" and c.i < v.head.i for c in v.head.children))
        # 'He called it "shameful" and called on leaders ...' parsed with the second verb as a
        # conjunct of the first one's complement
        or (v.dep_ == "conj" and v.tag_.startswith("VB") and v.head.pos_ in ("ADJ", "NOUN", "PROPN")
            and v.head.dep_ in ("oprd", "dobj", "attr", "acomp") and v.head.head.pos_ == "VERB")
        # 'Suu Kyi said it was too early to congratulate winners but added, "..."': a speech verb
        # coordinated with the reported clause whose subject cannot speak
        or (v.dep_ == "conj" and v.lemma_.lower() in CUES and v.head.dep_ == "ccomp"
            and v.head.head.pos_ == "VERB" and v.head.head.lemma_.lower() in CUES
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            and not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "they", "i", "we"))
                        for c in v.head.children))
    ):
        h = v.head
        if v.dep_ == "conj" and h.pos_ in ("ADJ", "NOUN", "PROPN"):
            h = h.head
        elif v.dep_ == "conj" and h.dep_ == "ccomp" and v.lemma_.lower() in CUES and h.head.lemma_.lower() in CUES and not (
                h.dep_ == "ROOT" or h.lemma_.lower() in CUES):
            h = h.head
        if (v.dep_ == "advcl" and v.tag_ == "VBG" and h.dep_ == "ccomp" and h.head.i < h.i
                and h.head.pos_ == "VERB" and h.head.lemma_.lower() in CUES):
            # 'Trump told Newsmax that Romney "had a crazy policy," adding, "..."': the participle
            # hangs inside the reported clause but continues the reporting verb
            h = h.head
        if h.pos_ == "ADP":
            if h.head.i == h.i:
                break
            h = h.head
        if h.pos_ != "VERB":  # 'It is easy to call X ...': no speaker up there
            break
        v = h
        out.append(v)
        depth -= 1
    return out


def subject_of(v, in_quote=None):
    """The token naming who speaks with cue verb ``v`` (before speaker resolution), or None.

    ``in_quote(char)`` (optional) tells whether a character lies inside a quotation: a subject
    there is a parse error ('"Like Oakland. Or Ferguson," Trump said': the parser makes
    "Ferguson" a second subject of "said"), so the subject outside the quote wins."""
    chain = _chain(v)
    for k, h in enumerate(chain):
        lemma = h.lemma_.lower()
        if lemma == "quote" and (k > 0 or v.lemma_.lower() == "quote"):
            # "Reuters quoted Bello as saying" / "Bello was quoted as saying"
            for c in h.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    return c
            return None
        # up the chain, a passive's subject speaks too ('Trump was forced into damage control
        # and said that ...'); never for the cue itself ('X was accused of ...')
        subjects = [c for c in h.children if c.dep_ == "nsubj" or (k > 0 and c.dep_ == "nsubjpass")]
        if in_quote is not None and len(subjects) > 1:
            subjects = [c for c in subjects if not in_quote(c.idx)] or subjects
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - h.i))
        for c in h.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if k == 0 and (lemma not in _ADDRESSEE_CUES or lemma == "ask") and _after_quote(h):
            # ('"...?" asked Mr. Manafort': inverted, the name after "asked" is the asker)
            # inverted order right after a quote: '"...," said X' parsed with X as object/attr
                for c in h.rights:
                    if c.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubjpass") and c.pos_ in ("PROPN", "NOUN"):
                        return c
                # '"...," said Robin Maynard, half joking': the name right after the cue, parsed
                # as the subject of a later clause
                nxt = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
                if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
                    ent = next((e for e in h.doc.ents if e.start == nxt.i), None)
                    if ent is not None and ent.root.head.i != h.i and ent.root.dep_ in SUBJ_LIKE:
                        return ent.root
                # '"...," said Oversight ranking Democrat Elijah Cummings (D-Md.).' with the title
                # parsed as a clause: the last proper noun of the words right after the cue
                run = []
                for x in h.doc[h.i + 1: h.i + 9]:
                    if x.is_punct or x.pos_ in ("AUX", "ADP", "SCONJ", "CCONJ", "PRON") or x.sent != h.sent:
                        break
                    run.append(x)
                props = [x for x in run if x.pos_ == "PROPN"]
                if props and run and props[-1].i == run[-1].i and props[-1].ent_type_ in ("PERSON", "") and (
                        in_quote is None or not in_quote(props[-1].idx)):
                    return props[-1]
        if h.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep", "parataxis"):
            break
    return None


def _new_clause_after(v, o) -> bool:
    """True if a clause with a subject of its own starts between cue ``v`` and offset ``o`` outside
    the cue's own phrase: the cue then sits in a subordinate clause and the quote belongs to the
    later clause ('After Brown criticized Clinton, Hillary shot back, "..."')."""
    sub = {t.i for t in v.subtree}
    for x in v.doc[v.i + 1:]:
        if x.idx >= o:
            break
        if x.dep_ in ("nsubj", "nsubjpass") and x.i not in sub and x.head.i > v.i:
            return True
    return False


def _left_subject(v, in_quote):
    """Parse-failure fallback when cue ``v`` got no subject: the name written right before it
    ('..., her senior policy adviser, Jake Sullivan, said:' parsed as appositions of an earlier
    noun; '"...," Ramos, 58, told AFP' parsed as a conjunct inside the quote). Only a proper
    noun, an apposition or an age apposition directly before the cue, with no verb in between."""
    doc = v.doc
    k = v.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space) and doc[k].text in (",", "\u2014", " "):
        k -= 1
    if k == v.i - 1 and k > 0:
        # '"...," Conway notes.' parsed with the name as a compound of the cue: a name right
        # after the closing mark and right before the cue
        c = doc[k]
        if (c.pos_ == "PROPN" and c.head.i == v.i and c.dep_ in ("compound", "npadvmod", "nmod")
                and c.ent_type_ in ("PERSON", "") and not in_quote(c.idx)
                and any(ch in doc[k - 1].text for ch in '"\u201d\'') and doc[k - 1].is_punct):
            return c
        return None
    if k < 0:  # 'Sullivan, said' / 'Ramos, 58, told': a comma before the cue
        return None
    c = doc[k]
    if c.pos_ == "NUM" and c.dep_ == "appos" and c.head.i < c.i:
        c = c.head  # 'Ramos, 58,'
    elif c.pos_ in ("NOUN", "PROPN") and "," in doc.text[c.idx:v.idx]:
        # '"...," Gene Sperling, a top outside Clinton adviser, said': climb from the end of the
        # apposition to the name it describes (the parser hung the name inside the quote)
        x, steps = c, 0
        while steps < 6 and x.dep_ in ("pobj", "prep", "appos", "compound", "amod", "conj") and x.head.i < x.i:
            x, steps = x.head, steps + 1
            if x.dep_ not in ("pobj", "prep") and x.pos_ == "PROPN" and x.ent_type_ == "PERSON" and any(
                    ch.dep_ == "appos" and ch.i > x.i for ch in x.children):
                c = x
                break
    if in_quote(c.idx) or c.pos_ != "PROPN" or "\n" in doc.text[c.idx:v.idx]:
        return None
    h = c.head
    if c.dep_ == "appos" and h.i < c.i and h.pos_ == "NOUN" and h.lemma_.lower() in PERSON_NOUNS:
        c = h  # 'her senior policy adviser, Jake Sullivan, said': the role noun heads the phrase
    elif c.dep_ == "compound" or c.ent_type_ != "PERSON":
        return None  # places, dates, numbers, organisations ('..., of Portland, Maine, said')
    if any(x.pos_ in ("VERB", "AUX") or x.text in '"\u201c\u201d' for x in doc[c.i + 1: v.i]):
        return None
    return c


SUBJ_LIKE = frozenset(("nsubj", "nsubjpass", "compound", "npadvmod", "conj", "appos"))
_ADDRESSEE_CUES = frozenset(("tell", "ask", "inform", "assure", "urge", "warn", "accuse", "call", "brief", "remind"))


def _after_quote(v) -> bool:
    """True if only punctuation (including a closing quote mark) stands between a quote and v."""
    for k in range(v.i - 1, max(v.i - 5, -1), -1):
        t = v.doc[k]
        if t.is_space:  # a no-break space after the closing mark
            continue
        if not t.is_punct:
            return False
        if any(ch in t.text for ch in '"\u201d\u00bb\''):
            return True
    return False


def negated(v) -> bool:
    for h in _chain(v):
        if any(c.dep_ == "neg" for c in h.children):
            return True
        if h.i != v.i and h.lemma_.lower() in ("refuse", "decline", "fail"):
            return True
    return False


# ----------------------------------------------------------------------------------------------
# The component
# ----------------------------------------------------------------------------------------------
@component("quotes")
def extract(doc, article, found) -> list[dict]:
    text = article.text
    raw, paras = find_quote_marks(text)
    D = _Doc(doc, text, found)

    # Resolve segment spans; drop empty quotes.
    quotes = []
    for q in raw:
        segs = q["segs"]
        parts = []
        for k, (o, c, pi) in enumerate(segs):
            sp = _inner(text, o, c, paras[pi][1], k == len(segs) - 1)
            if sp:
                parts.append(sp)
        if parts:
            quotes.append({"segs": segs, "parts": parts, "open": segs[0][0], "close": segs[-1][1],
                           "p0": segs[0][2], "p1": segs[-1][2]})
    inner_spans = sorted(p for q in quotes for p in q["parts"])
    S = Speakers(doc, text, inner_spans)
    # Per paragraph: sorted quote mark boundaries, to bound the attribution windows.
    opens_by_para: dict[int, list] = {}
    closes_by_para: dict[int, list] = {}
    for q in quotes:
        for o, c, pi in q["segs"]:
            opens_by_para.setdefault(pi, []).append(o)
            if c is not None:
                closes_by_para.setdefault(pi, []).append(c)

    items: list[dict] = []
    def _cue_before(o):
        """'Stevens said, "is like ...': a speech verb right before the comma."""
        toks = [t for t in D.tokens(max(0, o - 40), o) if not t.is_space]
        toks = [t for t in toks if t.idx + len(t.text) <= o]
        return len(toks) >= 2 and toks[-1].text == "," and is_cue(toks[-2])

    for q in quotes:
        o, pi = q["open"], q["p0"]
        ps, pe = paras[pi]
        before = text[ps:o].rstrip()
        prev = before[-1:] if before else ""
        s0, e0 = q["parts"][0]
        q["embedded"] = len(q["segs"]) == 1 and not (
            prev == "" or prev in ".!?:(\u2014\u2013-" or prev in '"\u201d\u201c\''
            or (prev == "," and (text[s0].isupper() or text[s0].isdigit() or _cue_before(o)))
        )

    # -- direct quotes: windows around the marks ----------------------------------------------
    def window_cue(ws, we, last):
        toks = [t for t in D.tokens(ws, we) if not S.in_quote(t.idx)]
        cands = [t for t in toks if is_cue(t) or according_obj(t) is not None]
        if not cands:
            return None, toks
        return (cands[-1] if last else cands[0]), toks

    para_starts = [p[0] for p in paras]

    def same_para(a, b):
        return bisect_right(para_starts, a) == bisect_right(para_starts, b)

    def speaker_for_cue(t):
        obj = according_obj(t)
        if obj is not None:
            to = obj.head
            sp = S.from_token(obj, via="according_to") if same_para(obj.idx, t.idx) else None
            if sp is not None:
                sp["phrase"] = _phrase(text, obj, t, sp)
            return sp, "according to", [t.idx, to.idx + len(to.text)]
        subj = subject_of(t, S.in_quote)
        if subj is None and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") and (
                t.tag_ in ("VBD", "VBN") and not any(x.pos_ in ("VERB", "AUX") for x in t.doc[t.head.left_edge.i: t.i])):
            # 'One lawmaker called Trump "the orange prince"' parsed as a noun phrase with a reduced
            # relative clause: the sentence has no other verb, so the noun is the subject
            subj = t.head
        if subj is None and t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN"):
            subj = t.head  # 'about 200 protesters chanting "Dump Trump"'
            if subj.dep_ == "dobj" and subj.lemma_.lower() in DOC_NOUNS and subj.head.pos_ == "VERB":
                # 'His office put out a statement saying ...': the statement's author speaks
                subj = subject_of(subj.head, S.in_quote) or subj
        if subj is None:
            subj = _left_subject(t, S.in_quote)
        # a subject in another paragraph is a parse error (the model does not split at "\n\n")
        sp = S.from_token(subj) if subj is not None and same_para(subj.idx, t.idx) else None
        if sp is not None:
            sp["phrase"] = _phrase(text, subj, t, sp)
        return sp, t.lemma_.lower(), [t.idx, t.idx + len(t.text)]

    used = set()  # indices of quotes merged into an earlier one (split quotes)
    for qi, q in enumerate(quotes):
        if qi in used or q["embedded"]:
            continue
        o, c = q["open"], q["close"]
        pi0, pi1 = q["p0"], q["p1"]
        ps0, _pe0 = paras[pi0]
        ps1, pe1 = paras[pi1]
        after, before_, after_end = None, None, None
        # after window: '"...," X said.' / '"...?" asked X.'
        if c is not None:
            nxt = [x for x in opens_by_para.get(pi1, []) if x > c]
            a_s, a_e = c + _mlen(text, c), (min(nxt) if nxt else pe1)
            term = _first_terminal(text, a_s, a_e)
            stop = term if term is not None else a_e
            # the quote's last punctuation, looking through a closing inner quote or bracket
            # ('"... darn it,’" Cruz said')
            ends = text[q["segs"][-1][0] + _mlen(text, q["segs"][-1][0]): c].rstrip().rstrip("'\u2019)]").rstrip()[-1:]
            rest = text[a_s:stop].lstrip()
            lower_next = bool(rest) and rest[0].islower()
            t, toks = window_cue(a_s, stop, last=False)
            if t is not None:
                ok = ends in (",", "\u2014", "\u2013", "-") or lower_next
                if not ok and ends in ".!?\u2026":
                    words = [x for x in toks if not x.is_punct]
                    subj = subject_of(t, S.in_quote) if words else None
                    # '"...!" US Senator Jeff Sessions said as he launched the process.': a long
                    # clause is still the quote's attribution when it opens with the cue's subject
                    # phrase and the cue follows that phrase directly
                    lead = (subj is not None and subj.left_edge.i == words[0].i
                            and subj.right_edge.i < t.i and t.i - subj.right_edge.i <= 2)
                    ok = (len(words) <= 7 or lead) and not any(
                        (ch.dep_ == "ccomp" or (ch.dep_ == "dobj" and t.lemma_.lower() not in _ADDRESSEE_CUES))
                        and ch.i > t.i for ch in t.children)  # ('asked reporters': the addressee)
                if ok:
                    after_end = (stop, term)
                    after = t
        # before window: 'X said: "..."' / 'X said, "..."'
        prev_closes = [x for x in closes_by_para.get(pi0, []) if x < o]
        b_s = max([ps0] + [x + 1 for x in prev_closes])
        lt = _last_terminal_end(text, b_s, o)
        if lt is not None:
            b_s = max(b_s, lt)
        b_e = o
        if pi0 > 0 and not text[ps0:o].strip():
            # a quote opening a paragraph after a paragraph that ends in a colon ('Stated Stone:'
            # / 'The Times confirmed that, reporting:' then the quote as its own paragraph)
            pps, ppe = paras[pi0 - 1]
            k = len(text[pps:ppe].rstrip())
            if k and text[pps + k - 1] == ":" and not S.in_quote(pps + k - 1):
                b_e = pps + k
                b_s = max([pps] + [x + 1 for x in closes_by_para.get(pi0 - 1, []) if x < b_e])
                lt = _last_terminal_end(text, b_s, b_e)
                if lt is not None:
                    b_s = max(b_s, lt)
        btxt = text[b_s:b_e].rstrip()
        if btxt.endswith((":", ",")):
            before_, _toks = window_cue(b_s, b_e, last=True)
            if before_ is not None and _new_clause_after(before_, b_e):
                before_ = None  # 'After X criticized Y, Hillary shot back, "...": not X's words
        order = [before_, after] if btxt.endswith(":") else [after, before_]
        speaker, cue, cue_span, neg = None, None, None, False
        had_cue = any(x is not None for x in order)
        for t in order:
            if t is None:
                continue
            sp, cue2, span2 = speaker_for_cue(t)
            if sp is not None:
                speaker, cue, cue_span = sp, cue2, span2
                neg = negated(t) if cue2 != "according to" else False
                break
        if speaker is None and after is not None and after_end is not None:
            # '"...," said one of those advisers, who ...' / '"...," Ramos, 58, told AFP': the parse
            # gave the cue no subject; the noun phrase right after the cue (inverted order) or
            # right after the quote (before the cue) is the speaker
            sp, head = _adjacent_np(D, S, c + _mlen(text, c), after_end[0], after)
            if sp is not None and same_para(head.idx, after.idx):
                sp["phrase"] = _phrase(text, head, after, sp)
                speaker, cue, cue_span = sp, after.lemma_.lower(), [after.idx, after.idx + len(after.text)]
                neg = negated(after)
        if speaker is None and after is None and btxt.endswith(":"):
            # 'X released the following statement: "..."' / 'X wrote on Twitter: "..."': a quote
            # introduced by a colon belongs to the subject of the clause before the colon
            sp, v = _colon_speaker(D, S, b_s, b_e)
            if sp is not None and same_para(v.idx, b_e - 1):
                sp["phrase"] = _phrase(text, subject_of(v, S.in_quote), v, sp)
                speaker, cue, cue_span = sp, v.lemma_.lower(), [v.idx, v.idx + len(v.text)]
                neg, had_cue = negated(v), True
            else:
                sp, colon = _name_colon(D, S, b_s, b_e)
                if sp is None:
                    # 'Pollsters agree - Carl Bialik: "..."': the name after a dash
                    m = list(re.finditer(r"\s[-\u2013\u2014]+\s", text[b_s:b_e]))
                    if m:
                        sp, colon = _name_colon(D, S, b_s + m[-1].end(), b_e)
                if sp is not None:  # 'Philip Bump: "..."' (a name, a colon, the quote)
                    speaker, cue, cue_span, had_cue = sp, ":", [colon.idx, colon.idx + 1], True
        q["had_cue"] = had_cue
        parts = list(q["parts"])
        segs_all = list(q["segs"])
        # split quote: '"A," he said, "B."' -> one item with two parts
        if after_end is not None and after_end[1] is None:
            stop = after_end[0]
            second_cue = any(is_cue(x) for x in D.tokens(after.idx + len(after.text), stop)) if after is not None else False
            # ('"A," he said, adding, "B."': B is the participle's own attribution, as PolNeAR has it)
            if text[c + _mlen(text, c): stop].rstrip().endswith(",") and qi + 1 < len(quotes) and not second_cue:
                q2 = quotes[qi + 1]
                if q2["open"] == stop and q2["p0"] == pi1:
                    used.add(qi + 1)
                    parts += q2["parts"]
                    segs_all += q2["segs"]
        last_close = segs_all[-1][1] if segs_all[-1][1] is not None else paras[segs_all[-1][2]][1]
        items.append(_item(text, D, parts, "direct", speaker, cue, cue_span, neg, segs_all[0][0], last_close,
                           para=pi0, lead=(text[ps0:o].strip() == ""), had_cue=had_cue))
        items[-1]["_para_end"] = segs_all[-1][2]  # a quote running over several paragraphs

    # -- embedded quotes: partial (or direct when a full clause) -------------------------------
    for qi, q in enumerate(quotes):
        if not q["embedded"] or qi in used:
            continue
        s, e = q["parts"][0]
        toks = D.tokens(s, e)
        if not len(toks):
            continue
        full = any(
            any(ch.dep_ in ("nsubj", "nsubjpass") and s <= ch.idx < e for ch in t.children) for t in toks
        ) and len([t for t in toks if t.is_alpha]) >= 4
        kind = "direct" if full else "partial"
        cue_t, sp = None, None
        roots = [t for t in toks if not (s <= t.head.idx < e) or t.head.i == t.i]
        for r in roots:
            h, steps = r, 0
            while steps < 8:
                if h.i != r.i and not (s <= h.idx < e):
                    acc = [according_obj(c) for c in h.children if c.lower_ == "according"]
                    acc = [a for a in acc if a is not None]
                    if acc:
                        cue_t = next(c for c in h.children if c.lower_ == "according")
                        break
                    if is_cue(h):
                        if h.lemma_.lower() in ("tell", "ask", "inform") and r.dep_ in ("dobj", "dative"):
                            break
                        cue_t = h
                        break
                if h.head.i == h.i:
                    break
                h, steps = h.head, steps + 1
            if cue_t is not None:
                break
        if cue_t is None:
            # 'Rep. Paul Ryan (R-WI) said "anti-Semitic images, ..."' with the quote hung elsewhere
            # in the parse: a speech verb right before the opening mark governs the quote
            pre = [t for t in D.tokens(max(0, q["open"] - 40), q["open"]) if not t.is_space]
            pre = [t for t in pre if t.idx + len(t.text) <= q["open"]]
            if pre and pre[-1].text == ",":
                pre = pre[:-1]
            if pre and is_cue(pre[-1]) and pre[-1].lemma_.lower() in _BARE_QUOTE_CUES:
                cue_t = pre[-1]
        cue, cue_span, neg = None, None, False
        so_called = text[max(0, q["open"] - 12): q["open"]].rstrip().lower().endswith(("so-called", "so called"))
        if cue_t is not None and not so_called:
            sp, cue, cue_span = speaker_for_cue(cue_t)
            neg = negated(cue_t) if cue != "according to" else False
            if kind == "partial" and neg:
                sp = None  # 'did not say when ... the "liberated zone"': the writer's words
            if sp is None:
                cue, cue_span, neg = None, None, False
        alpha = [t for t in toks if t.is_alpha]
        if sp is None:
            if kind == "partial" and len(alpha) < 4:
                continue  # scare quote / title with nobody using the words
            if kind == "partial" and all(t.pos_ == "PROPN" for t in alpha):
                continue
        elif kind == "partial" and alpha and all(t.pos_ == "PROPN" for t in alpha):
            continue  # a name or title in quote marks is not a statement
        o, c = q["open"], q["close"]
        items.append(_item(text, D, [(s, e)], kind, sp, cue, cue_span, neg, o, c if c is not None else e,
                           para=q["p0"], lead=False, had_cue=True))  # embedded: never carried

    # -- reported speech -------------------------------------------------------------------------
    direct_spans = sorted((it["_o"], it["_c"]) for it in items if it["kind"] == "direct")
    reported = _reported(doc, text, D, S, direct_spans, speaker_for_cue)
    reported += _headline_statements(text, D, S, paras, direct_spans)
    for it in reported:
        it["_para"] = max(bisect_right(para_starts, it["start"]) - 1, 0)
    for it in items:
        # a quote inside what a speaker is reported to say is that speaker's ('South Carolina, he
        # said, was "where we have a chance"', when the parse does not lead from the quote to the cue)
        if it["speaker"]["name"] is None and it["kind"] in ("partial", "direct"):
            rep = next((r for r in reported if r["speaker"]["name"] and any(
                p["start"] <= it["start"] and it["end"] <= p["end"] + 1 for p in (r.get("parts") or [r]))), None)
            if rep is not None:
                it["speaker"] = dict(rep["speaker"])
                it.update(cue=rep["cue"], cue_span=list(rep["cue_span"]), negated=rep["negated"], _had_cue=True)
    items.extend(reported)

    # -- carry-over of speakers for unattributed direct quotes ---------------------------------
    items.sort(key=lambda it: (it["start"], it["end"]))
    last_in_para: dict[int, dict] = {}
    last_item_para: dict[int, dict] = {}
    for it in items:
        pi = it["_para"]
        if (it["speaker"]["name"] is None and it["kind"] == "direct" and not it["_had_cue"]
                and _statement_like(it["text"])):
            src = last_in_para.get(pi)
            if src is not None and src["speaker"]["name"] is None:
                src = None
            elif src is None and it["_lead"] and pi - 1 in last_item_para:
                prev_it = last_item_para[pi - 1]
                if prev_it["speaker"]["name"] is not None and prev_it["kind"] in ("direct", "reported"):
                    src = prev_it
            if src is not None:
                sp = dict(src["speaker"])
                sp.update(start=None, end=None, via="carried", phrase=None)
                it["speaker"] = sp
                it["carried_cue"] = src.get("carried_cue") or src.get("cue_span")
        for p in range(pi, max(pi, it.get("_para_end", pi)) + 1):
            # (a quote running over several paragraphs is the last statement of each of them:
            # '"A. // "B," Obama said. "C."' -- C continues Obama's statement)
            if it["speaker"]["name"] is not None or it["_had_cue"]:
                # an explicit but unresolved speaker ('"...," she said' with no antecedent) also
                # blocks carrying the previous speaker past it
                last_in_para[p] = it
            last_item_para[p] = it
    out = []
    for it in items:
        for k in ("_o", "_c", "_para", "_para_end", "_lead", "_had_cue"):
            it.pop(k, None)
        out.append(it)
    return out


_NP_POS = ("NOUN", "PROPN", "PRON", "NUM")
_BARE_QUOTE_CUES = frozenset("say tell add write tweet declare state reply respond answer".split())


def _adjacent_np(D, S, ws, we, cue):
    """(speaker, head token) for the noun phrase that directly follows the quote ('"...,"
    Ramos, 58, told ...') or the cue right after the quote ('"...," said the woman, who ...'),
    or (None, None). Only a phrase that starts the window or the token after the cue."""
    toks = [t for t in D.tokens(ws, we) if not t.is_space and not S.in_quote(t.idx)]
    toks = [t for t in toks if not (t.is_punct and t.idx < cue.idx and t.i == toks[0].i)]
    if not toks:
        return None, None
    if toks[0].i == cue.i:
        rest = [t for t in toks[1:] if t.i > cue.i]
    elif toks[0].i < cue.i:
        rest = toks
    else:
        return None, None
    if not rest or rest[0].pos_ not in _NP_POS + ("DET", "ADJ", "PROPN"):
        return None, None
    if rest[0].lower_ in ("it", "this", "that", "there", "what"):
        return None, None
    lo, hi = rest[0].i, (cue.i if rest[0].i < cue.i else rest[-1].i + 1)
    t = rest[0]
    while t.pos_ not in _NP_POS or (lo <= t.head.i < hi and t.head.i != t.i and t.head.pos_ in _NP_POS
                                    and t.dep_ in ("compound", "amod", "det", "nummod", "poss", "nmod")):
        if not (lo <= t.head.i < hi) or t.head.i == t.i:
            return None, None
        t = t.head
    if t.pos_ not in _NP_POS:
        return None, None
    sp = S.from_token(t)
    if sp is None or sp.get("name") is None:
        return None, None
    return sp, t


def _name_colon(D, S, ws, we):
    """(speaker, colon token) when the text from ``ws`` up to a colon right before ``we`` is
    only a person's or organisation's name ('Philip Bump:', 'Sen. Ted Cruz:'), else (None, None)."""
    toks = [t for t in D.tokens(ws, we) if not t.is_space and not S.in_quote(t.idx)]
    if len(toks) < 2 or toks[-1].text != ":" or len(toks) > 7:
        return None, None
    name = toks[:-1]
    head = name[-1]
    ent = S.ent_of.get(head.i)
    if head.pos_ != "PROPN" or (ent is not None and ent.label_ not in ("PERSON", "ORG")):
        return None, None
    if ent is None:
        # a name the NER missed: two to four capitalised proper nouns, not an all-caps label
        # ('Philip Bump:'; not 'BREAKING NEWS:', 'UPDATE:')
        if not (2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper
                                            for t in name)):
            return None, None
    elif any(t.i < ent.start and not (t.lower_ in TITLES_ or t.text == ".") for t in name):
        return None, None
    sp = S.from_token(head)
    if sp is None or sp.get("name") is None:
        return None, None
    sp["phrase"] = [name[0].idx, head.idx + len(head.text)]
    return sp, toks[-1]


def _headline_statements(text, D, S, paras, direct_spans):
    """'Trump: Clinton Email Story Has Moved' -- a paragraph opening with a name and a colon,
    then a clause (headline and live-blog convention): the clause is what the name said."""
    out = []
    for ps, pe in paras:
        k = text.find(":", ps, min(pe, ps + 60))
        if k < 0 or _overlap(ps, pe, direct_spans) or MARK_RE.search(text, ps, pe):
            continue
        sp, colon = _name_colon(D, S, ps, k + 1)
        if sp is None:
            continue
        term = _first_terminal(text, k + 1, pe)
        s, e = _trim(text, k + 1, term if term is not None else pe)
        if s is None:
            continue
        body = D.tokens(s, e)
        if not any(t.pos_ in ("VERB", "AUX") for t in body) or len(body) < 3:
            continue
        out.append({
            "text": text[s:e], "start": s, "end": e, "kind": "reported", "speaker": sp,
            "cue": ":", "cue_span": [colon.idx, colon.idx + 1], "sentence": D.sentence_span(ps, e),
            "negated": False, "_o": s, "_c": e, "_lead": False, "_had_cue": True,
        })
    return out


def _colon_speaker(D, S, ws, we):
    """(speaker, verb) for the clause ending in the colon before a quote, or (None, None)."""
    toks = [t for t in D.tokens(ws, we) if not S.in_quote(t.idx)]
    colons = [t for t in toks if t.text == ":"]
    if not colons:
        return None, None
    v = colons[-1].head
    if v.pos_ == "NOUN" and v.dep_ in ("dobj", "attr", "pobj"):  # 'released a statement:'
        v = v.head if v.head.pos_ == "VERB" else v.head.head
    if v.pos_ not in ("VERB", "AUX") or not (ws <= v.idx < we):
        return None, None
    if any(c.dep_ == "auxpass" for c in v.children):
        return None, None
    subj = subject_of(v, S.in_quote)
    if subj is None or not (ws <= subj.idx < we):
        return None, None
    sp = S.from_token(subj)
    if sp is None or sp.get("name") is None:
        return None, None
    return sp, v


def _phrase(text, tok, cue, sp):
    """[start, end] of the whole noun phrase naming the speaker in this clause: determiner,
    titles, prenominal role, apposition and relative clause included ("Former Florida Gov. Jeb
    Bush", "Chris Cox, who runs the NRA's lobbying arm,"); the pronoun itself for a pronoun and
    the relative pronoun for "who said". Falls back to the mention when the parse subtree runs
    into the cue, a quote or another paragraph."""
    right = tok.right_edge
    # Cut before what is not part of the source phrase (PolNeAR's Source keeps titles,
    # appositions and relative clauses): a relative clause that speaks itself ('Barkley, who
    # said he ...': its own attribution), a participle or adjective after a comma ('Sanders,
    # celebrating a victory', 'Clinton, clearly frustrated') and a time phrase ('Trump at the time').
    cut = None
    for c in tok.rights:
        prev = tok.doc[c.left_edge.i - 1]
        comma = prev.text in (",", "\u2014")
        if ((c.dep_ in ("relcl", "acl") and any((is_cue(t) or _clause_cue(t)) for t in c.subtree))
                or (comma and c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN"))
                # 'Clinton, clearly frustrated' (not 'Jon Doggett, executive vice president of ...',
                # an apposition the parser hung as a modifier: it holds a noun)
                or (comma and c.dep_ in ("amod", "advmod")
                    and not any(g.pos_ in ("NOUN", "PROPN") for g in c.subtree))
                # a relative clause about the anonymity of the source ('an adviser, who spoke on
                # the condition of anonymity,'): circumstance, not identity
                or (comma and c.dep_ == "relcl" and any(g.lower_ == "anonymity" for g in c.subtree))
                or (c.dep_ == "prep" and any(
                    g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in TIME_WORDS
                                          # 'Trump in an interview', 'Sanders via email'
                                          or (c.lower_ in OCCASION_PREPS and g.lemma_.lower() in OCCASION_NOUNS))
                    for g in c.children))
                # 'Clinton speaking to Fox News', 'Clinton, who was speaking to the mayors': the
                # occasion, not the source
                or (c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" and c.lemma_.lower() in ("speak", "talk", "write", "appear"))):
            cut = c.left_edge.i
            break
    # a circumstance set off by a comma after the name or its apposition ('Trump, in Kentucky,
    # said', 'Cruz, with unconcealed delight, chided', '..., said X, the head of Y, at its annual
    # convention'), or a date the parser hung on the name ('The campaign on Monday doubled down');
    # never 'of'/'from'/'for'/'at' (who the person is: 'Karen Janes, 67, of Exeter'), nor
    # 'along with' / 'including' (more of the source)
    heads = [tok] + [c for c in tok.rights if c.dep_ == "appos"]
    for h in heads:
        for c in h.rights:
            if c.i <= tok.i or (cut is not None and c.left_edge.i >= cut):
                continue
            prev = tok.doc[c.left_edge.i - 1]
            if (c.dep_ == "prep" and prev.text == "," and (c.lower_ in _CIRCUM_PREPS or (c.lower_ == "on" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _ON_NOUNS for g in c.children)))) or (
                    c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")):
                cut = c.left_edge.i
                break
    if cut is not None and cut > tok.i:
        k = cut - 1
        while k > tok.i and (tok.doc[k].is_punct or tok.doc[k].dep_ == "cc"):
            k -= 1
        right = tok.doc[k]
    # the contiguous run of the name's own words before it: never across a quote mark the parser
    # hung on it ('"It's unanimous," councilmember Mark Levine said') nor across the cue
    # ('tweeted Rubio spokesman Alex Conant')
    doc = tok.doc
    sub = {t.i for t in tok.subtree} if tok.left_edge.i < tok.i else ()
    k = tok.i
    while k - 1 in sub and k - 1 != cue.i \
            and not (doc[k - 1].pos_ in ("VERB", "AUX") and (is_cue(doc[k - 1]) or doc[k - 1].dep_ in ("ROOT", "ccomp"))):
        if MARK_RE.fullmatch(doc[k - 1].text):
            # a quoted title inside the phrase ('the "Avatar" star'): jump to its opening mark
            m = k - 2
            while m in sub and m > k - 10 and not MARK_RE.fullmatch(doc[m].text):
                m -= 1
            if m in sub and m > k - 10 and m != k - 2 and not any(
                    doc[x].pos_ in ("VERB", "AUX") or doc[x].text in (".", "!", "?") for x in range(m + 1, k - 1)):
                k = m
                continue
            break
        k -= 1
    left = doc[k]
    while left.i >= 2 and doc[left.i - 1].text in ("-", "\u2010") and not doc[left.i - 1].whitespace_ \
            and not doc[left.i - 2].whitespace_ and doc[left.i - 2].is_alpha and doc[left.i - 2].i != cue.i:
        left = doc[left.i - 2]  # a hyphenated word the tokenizer split ('co-host Mika Brzezinski')
    pv = doc[left.i - 1] if left.i > 0 else None
    if (pv is not None and pv.i != cue.i and pv.whitespace_ and pv.text[:1].isupper() and pv.is_alpha
            and pv.ent_type_ in ("GPE", "PERSON", "ORG", "NORP", "") and pv.pos_ in ("PROPN", "VERB", "NOUN")
            and (left.lower_ in TITLES_ or left.lower_ in PERSON_NOUNS or left.pos_ == "ADJ" and left.is_lower)
            and (pv.i == 0 or doc[pv.i - 1].is_space or MARK_RE.fullmatch(doc[pv.i - 1].text)
                 or doc[pv.i - 1].is_sent_end or pv.is_sent_start)):
        left = pv  # 'Texas Lt. Gov. Dan Patrick', '"...," Trump senior adviser Paul Manafort said'
    for c in tok.lefts:  # 'Saturday at the convention Sen. Elizabeth Warren': the occasion the parser hung on the name
        if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.right_edge.i < tok.i:
            left = max(left, tok.doc[c.right_edge.i + 1], key=lambda t: t.i)
    while left.i < tok.i and (left.is_punct or left.is_space):  # a closing quote mark hung on the subject
        left = tok.doc[left.i + 1]
    while right.i > tok.i and (right.is_space or right.text in (".", "..", "...", "!", "?", ";", ":", ",")):
        right = tok.doc[right.i - 1]  # the sentence end and paragraph break the parser hung on it
    while right.i + 2 < len(doc) and not right.whitespace_ and doc[right.i + 1].text in ("-", "\u2010") \
            and not doc[right.i + 1].whitespace_ and doc[right.i + 2].is_alpha and doc[right.i + 2].i != cue.i:
        right = doc[right.i + 2]  # a hyphenated word the parse split ('who co-developed the system')
    s, e = left.idx, right.idx + len(right.text)
    for m in re.finditer(r"\)\s*[\u2013\u2014-]+\s*|\s[\u2013\u2014-]+\s", text[s:e]):  # dateline 'MACAU (Reuters) -'
        if sp.get("start") is None or s + m.end() <= sp["start"]:
            s = s + m.end()
    if sp.get("start") is not None and not (s <= sp["start"] and sp["end"] <= e) and tok.lower_ not in ("who", "which", "that"):
        s, e = min(s, sp["start"]), max(e, sp["end"])
    if s <= cue.idx < e or "\n" in text[s:e] or not _balanced_marks(text, s, e):
        return [sp["start"], sp["end"]] if sp.get("start") is not None else None
    while s < e and text[s] in " ,;:(\u2014":
        s += 1
    while e > s and (text[e - 1] in " ,;:\u2014" or (text[e - 1] == ")" and text.count("(", s, e) < text.count(")", s, e))):
        e -= 1  # a closing parenthesis only when unbalanced ('Sen. Chris Murphy (D-Conn.)' keeps it)
    return [s, e] if e > s else None


def _balanced_marks(text, s, e) -> bool:
    """No quote mark in text[s:e], or only paired ones (a title: 'the co-author of "Going Viral,"'),
    never a mark that opens or closes a quotation outside the span."""
    marks = [m.group() for m in MARK_RE.finditer(text, s, e)]
    if not marks:
        return True
    if len(marks) % 2:
        return False
    opens = sum(1 for m in marks if m in OPENERS or m == "``")
    closes = sum(1 for m in marks if m in CLOSERS or m == "''")
    return opens == closes


def _statement_like(s: str) -> bool:
    """A quote that can carry a speaker over: a sentence, not a title or a name."""
    return len(s.split()) >= 4 or s.rstrip()[-1:] in ".!?\u2026"


def _item(text, D, parts, kind, speaker, cue, cue_span, neg, o, c, para, lead, had_cue):
    s, e = parts[0]
    it = {
        "text": text[s:e], "start": s, "end": e, "kind": kind,
        "speaker": dict(speaker) if speaker else dict(_NO_SPEAKER),
        "cue": cue, "cue_span": cue_span,
        "sentence": D.sentence_span(o, c),
        "negated": bool(neg),
    }
    if len(parts) > 1:
        it["parts"] = [{"text": text[a:b], "start": a, "end": b} for a, b in parts]
    it.update(_o=o, _c=c, _para=para, _lead=lead, _had_cue=had_cue)
    return it


def _trim(text, s, e):
    while s < e and (text[s].isspace() or text[s] in ",;:\u2014"):
        s += 1
    if text[s:e].lower().startswith("that "):
        s += 5
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:\u2014"):
        e -= 1
    return (s, e) if e > s else (None, None)


def _clause_cue(t) -> bool:
    """A belief/evidence verb (``CLAUSE_CUES``) with a finite clause after it."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in CLAUSE_CUES or t.tag_ == "VB" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" for c in t.children
    ):
        return False
    if any(c.dep_ in ("auxpass", "det", "poss") for c in t.children):
        return False
    return any(
        c.dep_ == "ccomp" and c.i > t.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in t.children
    )


def _cut_cues(c, v):
    """Index of the last token of clause ``c`` before a coordinated speech verb of its own
    ("he respects Clinton and calls her ...": the second verb is a separate attribution)."""
    last = c.right_edge.i
    for t in c.subtree:
        if t.i > v.i and t.dep_ == "conj" and t.i != c.i and (is_cue(t) or _clause_cue(t)) and t.head.i == c.i:
            k = t.left_edge.i - 1
            while k > c.i and (c.doc[k].is_punct or c.doc[k].dep_ == "cc"):
                k -= 1
            last = min(last, k)
        elif (t.i > v.i and t.i > c.i and t.dep_ == "advcl" and t.tag_ == "VBG" and is_cue(t)
              and t.left_edge.i > c.i and c.doc[t.left_edge.i - 1].text == ","):
            # 'he says he would release it on Friday, calling them "very boring"': the
            # participle is the writer's second attribution, not part of what was said
            k = t.left_edge.i - 2
            while k > c.i and c.doc[k].is_punct:
                k -= 1
            last = min(last, k)
    return c.doc[last]


def _content(v, text):
    """Character span of what cue verb ``v`` reports, or (None, None)."""
    lemma = v.lemma_.lower()
    kids = list(v.children)
    right: list = []
    for c in kids:
        if c.i < v.i:
            continue
        if c.dep_ in ("ccomp",):
            right.append(c)
        elif lemma in OBJ_CUES and c.dep_ in ("xcomp", "dobj", "oprd"):
            right.append(c)
        elif lemma == "refer" and c.dep_ == "prep" and c.lower_ == "to":
            right.extend(g for g in c.children if g.dep_ == "pobj")  # 'referred to X as ...': X
        elif lemma in OBJ_CUES and c.dep_ == "prep" and c.lower_ in CONTENT_PREPS:
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj and (pobj[0].ent_type_ in ("DATE", "TIME") or pobj[0].lower_ in TIME_WORDS):
                continue
            right.append(c)
    if lemma == "ask":
        # 'asked whether ...' (the clause), 'asked Mills to search ...' (the addressee and the request)
        right = [c for c in kids if c.i > v.i and c.dep_ in ("ccomp", "xcomp")]
        if any(c.dep_ == "xcomp" or (c.tag_ == "VB" and c.left_edge.lower_ != "to") for c in right):
            right += [c for c in kids if c.i > v.i and c.dep_ == "dobj"]
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "on" and c.i > v.i for c in kids) and any(
            c.dep_ == "xcomp" for c in kids):
        # 'called on leaders not to feed ...': a request (the addressee and what is asked)
        right = [c for c in kids if c.i > v.i and (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "on"))]
    if lemma == "call" and not any(c.dep_ in ("oprd", "ccomp", "xcomp") or c.lower_ in ("for", "on") for c in right):
        return None, None
    if lemma in AS_CUES and not any(c.lower_ == "as" or any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
                                    for c in right):
        return None, None
    if lemma in CLAUSE_CUES and lemma not in CUES:
        if _evidence_cue(v):  # 'A new poll showed Trump with a 16-point lead'
            right = [c for c in kids if c.i > v.i and c.dep_ in ("ccomp", "dobj", "prep", "xcomp", "oprd")
                     and not (c.dep_ == "prep" and c.i < min([k.i for k in kids if k.dep_ in ("dobj", "ccomp")] or [v.i]))]
        else:
            right = [c for c in right if c.dep_ == "ccomp"]
    if right:
        s = min(c.left_edge.idx for c in right)
        last = max((_cut_cues(c, v) for c in right), key=lambda t: t.i)
        return _trim(text, s, last.idx + len(last.text))
    # inverted: 'The town has fallen, the army said.'
    left = [c for c in kids if c.i < v.i and c.dep_ == "ccomp"]
    if left:
        c = left[-1]
        return _trim(text, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
    if v.dep_ == "parataxis" and v.head.i < v.i:
        h = v.head
        tail = [t for t in h.doc[v.right_edge.i + 1: h.right_edge.i + 1] if not t.is_punct]
        if not tail:
            s, e = h.left_edge.idx, v.left_edge.idx
            return _trim(text, s, e)
    return None, None


# What a speaker issues, posts or releases ('put out a statement saying'): its author speaks.
DOC_NOUNS = frozenset(
    """statement message memo letter email e-mail tweet post release video ad advertisement note
    report text document op-ed column editorial filing petition press""".split()
)
# Documents and data that news cites as sources of evidence ('a new poll shows', 'records show').
SOURCE_NOUNS = frozenset(
    """poll polls polling survey surveys study studies data figures numbers results records
    documents document report reports analysis research count tally estimates projections
    filings filing statement memo letter email emails audit review investigation findings
    census tracker average""".split()
)


def _asks_question(t) -> bool:
    """'X asked whether / why / if ...': a reported question (its content is the clause)."""
    if t.lemma_.lower() != "ask":
        return False
    for c in t.children:
        if c.dep_ == "ccomp" and c.i > t.i:
            first = c.left_edge
            if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WRB"):
                return True
        # a request: 'asked the congregation to stand', 'asked voters to donate'
        if c.dep_ in ("xcomp", "ccomp") and c.i > t.i and c.tag_ == "VB" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
    return False


def _that_clause(t) -> bool:
    """A that-clause after the verb ('Trump did post on Twitter that his claims were sarcasm'):
    a quote-only cue then reports speech."""
    return any(c.dep_ == "ccomp" and c.i > t.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in t.children)


def _evidence_cue(t) -> bool:
    """'the poll shows Trump ahead', 'records show that ...': a poll, study or record as source."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ("show", "find", "indicate", "suggest", "reveal"):
        return False
    if any(c.dep_ in ("auxpass", "det", "poss") for c in t.children):
        return False
    return any(c.dep_ in ("dobj", "ccomp") and c.i > t.i for c in t.children) and _source_noun(t)


def _source_noun(v) -> bool:
    """The subject of ``v`` is a poll, study, record... (a source of evidence)."""
    subj = subject_of(v)
    return subj is not None and (subj.lemma_.lower() in SOURCE_NOUNS or subj.lower_ in SOURCE_NOUNS)


def _parenthetical(v, text):
    """Parts of the sentence around a parenthetical cue ('South Carolina, he said, was "where we
    have a chance"'; 'The outlets, he said, are standing in the way'): the clause the cue
    interrupts, before and after it, or None."""
    if v.dep_ != "parataxis" or v.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in v.children):
        return None
    doc, h = v.doc, v.head
    vl, vr = v.left_edge.i, v.right_edge.i
    while vl < v.i and doc[vl].is_punct:  # the parser hangs the surrounding commas on the cue
        vl += 1
    while vr > v.i and doc[vr].is_punct:
        vr -= 1
    if vr - vl > 8 or vl == 0 or vr + 1 >= len(doc) or vr >= h.right_edge.i:
        return None
    if doc[vl - 1].text not in (",", "\u2014", "--") or doc[vr + 1].text not in (",", "\u2014", "--"):
        return None
    if h.left_edge.i >= vl - 1:
        return None
    a = _trim(text, h.left_edge.idx, doc[vl - 1].idx)
    b = _trim(text, doc[vr + 1].idx + len(doc[vr + 1].text), h.right_edge.idx + len(h.right_edge.text))
    if a[0] is None or b[0] is None:
        return None
    return [a, b]


def _overlap(a, b, spans):
    tot = 0
    for s, e in spans:
        if s >= b:
            break
        if e > a:
            tot += min(b, e) - max(a, s)
    return tot


def _reported(doc, text, D, S, direct_spans, speaker_for_cue) -> list[dict]:
    out = []
    for t in doc:  # one linear pass
        acc, parts = None, None
        if t.lower_ == "according":
            acc = according_obj(t)
            if acc is None:
                continue
        elif not (is_cue(t) or _clause_cue(t) or _evidence_cue(t)) or (
                t.lemma_.lower() in NO_REPORT and not _asks_question(t) and not _that_clause(t)):
            continue
        if S.in_quote(t.idx) or _overlap(t.idx, t.idx + 1, direct_spans):
            continue
        if acc is not None:
            sent = t.sent
            ps, pe = acc.right_edge.idx + len(acc.right_edge.text), None
            ss, se = sent.start_char, sent.end_char
            before = text[ss:t.idx].strip(" ,;:\u2014")
            after = text[ps:se].strip(" ,;:.\u2014\"\u201d")
            lead = text[ss:t.idx].rstrip()
            if not before or lead.endswith((":", ";", "\u2014")) or len(before.split()) <= 2:
                # 'According to X, ...' / 'And it has not gone unnoticed: according to X, ...'
                s, e = _trim(text, ps, se)
            elif not after or len(before) >= len(after):
                s, e = _trim(text, ss, t.idx)  # '..., according to X.' / '... - according to X - ...'
            else:
                s, e = _trim(text, ps, se)
        else:
            parts = _parenthetical(t, text)
            s, e = (parts[0][0], parts[-1][1]) if parts else _content(t, text)
        if s is None or "\n" in text[min(s, t.idx):max(e, t.idx)]:
            continue
        a, b = parts[0] if parts else (s, e)  # 'The industry, she said, is "doing better"': the
        if _overlap(a, b, direct_spans) > 0.5 * (b - a):  # quoted predicate stays with its subject
            continue
        sp, cue, cue_span = speaker_for_cue(t)
        if sp is None or sp["name"] is None:
            continue
        if cue in ("suggest", "indicate") and sp["type"] == "description" and not _source_noun(t):
            continue  # 'that impact suggests': not a source; 'exit polls suggested' is
        if cue == "promise" and sp["type"] == "description":
            continue
        if sp["start"] is not None and any(a <= sp["start"] < b for a, b in (parts or [(s, e)])):
            continue
        lo = min(s, cue_span[0], sp["start"] if sp["start"] is not None else s)
        hi = max(e, cue_span[1])
        a, b = parts[0] if parts else (s, e)
        it = {
            "text": text[a:b], "start": a, "end": b, "kind": "reported", "speaker": sp,
            "cue": cue, "cue_span": cue_span, "sentence": D.sentence_span(lo, hi),
            "negated": negated(t) if acc is None else False,
            "_o": s, "_c": e, "_lead": False, "_had_cue": True,
        }
        if parts:
            it["parts"] = [{"text": text[a:b], "start": a, "end": b} for a, b in parts]
        out.append(it)
    # nested reports ('X said Y told him that ...'): keep the outermost
    keep = []
    for it in out:
        cs = it["cue_span"][0]
        if any(o is not it and any(p["start"] <= cs < p["end"] for p in (o.get("parts") or [o])) for o in out):
            continue
        keep.append(it)
    return keep
