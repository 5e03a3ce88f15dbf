"""Stances: who wants, backs, opposes, believes or expects what -- attributed, but not statements.

News attributes much more than speech: "X wants to build a wall", "X endorsed Y", "X opposes the
deal", "X believes in ...", "X expects a close race", "X's claim that ...", "criticism of Y by X".
These are attributions (PolNeAR annotates them) but not reported *statements*: reporting them
as quotes would flood ``claims`` and ``disputes`` with things nobody said. So they are a
separate, clearly typed output that feeds neither claims nor disputes.

Output item (plain dict; ``article.text[start:end] == text`` for every span)::

    {"text": str, "start": int, "end": int,          # what is wanted / backed / believed ...
     "kind": "intention" | "support" | "opposition" | "belief" | "perception" | "topic",
     "holder": {"name", "start", "end", "role", "type", "via", "phrase"},   # as quote speakers
     "cue": {"text", "start", "end"},                 # the verb or noun ("wants", "claim")
     "negated": bool}                                 # "does not support"

Rules (general news language, checked on PolNeAR train):

* Verb cues with a resolved subject (the same speaker resolution as quotes: names, pronouns,
  descriptions, 'who'), content = the verb's infinitive / clause / object / preposition phrase
  to its right ("wants *to win*", "wants *voters to know ...*", "supports *the bill*",
  "believes *in free trade*", "sees *Trump as a threat*").
  Also: a participle modifying the holder ("the super PAC *backing* Jeb Bush"), verbs that state
  a stance only with for/against ("would *vote for* X", "*campaigned against* Y"; the cue
  includes the preposition) and intentions with an infinitive ("*decided* to run", "would
  *like* to see"); refusals are negated intentions ("*declined* to comment", "*refused* to
  release", negated=True) unless quotes reports the infinitive as speech ("refused to say that").
* Noun cues with a possessor or a by/from holder ("Trump's *claim that ...*", "her *call for* ...",
  "*criticism of* Y *from* X"), or the object of a light verb ("X *expressed support for* ...",
  "X *voiced concern about* ..."), content = the that-clause / to-infinitive / preposition phrase.
* Also: "expressed / voiced <feeling>" (kind "belief", content = the object), "pointed to X"
  (kind "topic"), "offered to ..." (intention), "attacked X" only with a named person as holder.
* Not a stance: a cue that ``quotes`` already reports as speech (same cue word), a cue inside a
  direct quote, a cue inside what another speaker is reported to say ('Clinton said voters want
  change' is Clinton's claim; 'Lopez said she wants ...' stays Lopez's stance), a passive ("is
  expected to", "is supported by": the subject does not hold it),
  a bare infinitive ("will support" is kept; "to support" is not), and a holder that does not
  resolve (expletive "it", unresolved pronouns).
"""

from __future__ import annotations

from . import component
from .quotes import _phrase, negated, subject_of
from .speakers import Speakers

# Not "try", "attempt", "fight", "like", "dislike", "trust", noun "bid": on PolNeAR train these
# are mostly actions, tastes or contests ('a bid for the nomination');
# not "attack" (in conflict news it is mostly a military attack, not criticism).
INTENTION = frozenset("""want plan intend aim seek wish desire strive aspire plot scheme propose
    threaten""".split())
# Intention only with an infinitive ('decided to run', 'agreed to debate', 'would like to see').
INTENTION_XCOMP = frozenset("decide agree like love prefer offer".split())
# Opposition only when the holder is a named person ('Christie attacked Rubio').
PERSON_OPPOSITION = frozenset(("attack",))
# Verbs that state a feeling or view through their object ('expressed cautious optimism',
# 'voiced concern'): kind "belief", content = the object phrase.
EXPRESS_VERBS = frozenset(("express", "voice"))
# Refusals with an infinitive ('declined to comment', 'refused to release'): negated intentions.
REFUSAL = frozenset("decline refuse".split())
SUPPORT = frozenset("""support back endorse favor favour champion embrace welcome advocate
    applaud praise defend prefer""".split())
OPPOSITION = frozenset("""oppose criticize criticise resist object challenge question
    disagree protest condemn reject denounce slam blast decry""".split())
BELIEF = frozenset("""believe think hope fear feel consider doubt worry suspect assume
    deem reckon suppose imagine figure""".split())
PERCEPTION = frozenset("""see expect view regard perceive notice anticipate hear""".split())

# Verbs that state a stance only with 'for' / 'against' ('would vote for X', 'campaigned against Y'):
# the content is the object of the preposition.
PREP_VERBS = frozenset("vote campaign push lobby press fight root argue advocate rally".split())
PREP_KIND = {"for": "support", "against": "opposition"}
# what someone spoke about, without saying what ('talked about the budget', 'commented on the
# report'): kind "topic"
TOPIC_PREP_VERBS = {"talk": {"about"}, "speak": {"about", "of"}, "comment": {"on"}, "refer": {"to"},
                    "remark": {"on"}, "reflect": {"on"}, "touch": {"on"}, "elaborate": {"on"},
                    "testify": {"about", "on"}, "complain": {"about", "of"}, "joke": {"about"},
                    "boast": {"about", "of"}, "brag": {"about"}, "rail": {"against"},
                    "write": {"about", "of"}, "tweet": {"about"}, "warn": {"about", "of", "against"},
                    "ask": {"about"}, "inquire": {"about"}, "worry": {"about"},
                    "point": {"to"}}  # 'pointed to the poll': evidence cited, kind "topic"
TOPIC_VERBS = frozenset("discuss mention".split())

# Light verbs whose object noun carries the stance ('expressed support for', 'voiced concern').
LIGHT_VERBS = frozenset("express voice signal offer show pledge throw lend reiterate repeat register".split())

VERB_KIND: dict[str, str] = {}
for _kind, _words in (("intention", INTENTION), ("support", SUPPORT), ("opposition", OPPOSITION),
                      ("topic", TOPIC_VERBS),
                      ("belief", BELIEF), ("perception", PERCEPTION)):
    for _w in _words:
        VERB_KIND.setdefault(_w, _kind)

NOUN_KIND = {
    **dict.fromkeys("""claim claims assertion allegation argument belief view views contention
        suggestion insistence assessment prediction warning fear fears hope hopes concern concerns
        doubt doubts""".split(), "belief"),
    **dict.fromkeys("""promise pledge vow plan plans intention call calls demand demands push
        proposal desire goal""".split(), "intention"),
    **dict.fromkeys("support endorsement backing praise defense defence embrace".split(), "support"),
    **dict.fromkeys("critique critiques".split(), "opposition"),
    **dict.fromkeys("""criticism criticisms opposition condemnation rejection
        objection objections denunciation""".split(), "opposition"),
}
# Content preposition after a noun cue ('call for', 'criticism of', 'support for').
NOUN_PREPS = frozenset(("of", "for", "against", "on", "about", "to"))
HOLDER_PREPS = frozenset(("by", "from"))
# Prepositions that carry the content of a verb stance ('believes in', 'hopes for', 'fears for').
VERB_PREPS = frozenset(("in", "for", "on", "about", "of", "to", "as", "against", "with"))
CONTENT_DEPS = frozenset(("xcomp", "ccomp", "dobj", "oprd", "attr"))
_NO_HOLDER = frozenset(("it", "there", "this", "that", "what", "which"))


def _span(text, toks):
    s = min(t.left_edge.idx for t in toks)
    last = max((t.right_edge for t in toks), key=lambda t: t.i)
    e = last.idx + len(last.text)
    while s < e and (text[s].isspace() or text[s] in ",;:\u2014"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:\u2014"):
        e -= 1
    if e <= s or "\n" in text[s:e]:
        return None, None
    return s, e


def _verb_content(v):
    lemma = v.lemma_.lower()
    kids = [c for c in v.children if c.i > v.i]
    right = [c for c in kids if c.dep_ in CONTENT_DEPS]
    if lemma in ("see", "view", "regard"):
        # perception as judgement: 'sees X as Y' / 'sees that ...'; not 'saw a rise in'
        if not any(c.dep_ == "ccomp" for c in right):
            as_ = [c for c in kids if c.dep_ == "prep" and c.lower_ == "as"]
            if not as_ or not right:
                return []
            right = right + as_
    elif lemma in ("hear", "notice"):
        right = [c for c in right if c.dep_ == "ccomp"]
    elif v.lemma_.lower() in EXPRESS_VERBS:
        right = [c for c in right if c.dep_ == "dobj"]
    elif lemma in BELIEF and lemma not in ("hope", "fear", "worry", "trust", "doubt", "consider", "deem"):
        right = [c for c in right if c.dep_ in ("ccomp", "xcomp", "oprd")]
    if not right:
        right = [c for c in kids if c.dep_ == "prep" and c.lower_ in VERB_PREPS
                 and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
        right = right[:1]
    return right


_POSS_PRON = {"his": "he", "her": "she", "their": "they", "its": "it"}


class _Pron:
    """A possessive pronoun seen as its subject form ('her call for' -> 'she'), for resolution."""

    def __init__(self, tok, low):
        self.lower_, self.i, self.idx, self.text = low, tok.i, tok.idx, tok.text


def _verb_lemma(t) -> str:
    """The lemma, or a lexicon word the form inflects (the model lemmatises 'hopes' as 'hop')."""
    lemma = t.lemma_.lower()
    if lemma in VERB_KIND:
        return lemma
    low = t.lower_
    for suf, add in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
                     ("d", ""), ("ing", ""), ("ing", "e")):
        if low.endswith(suf) and low[: len(low) - len(suf)] + add in VERB_KIND:
            return low[: len(low) - len(suf)] + add
    return lemma


def _holder(S, text, subj, cue_tok):
    if subj is None or subj.lower_ in _NO_HOLDER or subj.dep_ == "expl":
        return None
    if subj.lower_ in _POSS_PRON and subj.tag_ == "PRP$":
        if S.in_quote(subj.idx):
            return None
        sp = S.resolve_pronoun(_Pron(subj, _POSS_PRON[subj.lower_]))
    else:
        sp = S.from_token(subj)
    if sp is None or not sp.get("name"):
        return None
    if sp.get("end") is not None and text[sp["start"]:sp["end"]].endswith(("'s", "\u2019s")):
        sp["end"] -= 2  # "Lopez's claim": the holder is Lopez
        if sp["name"].endswith(("'s", "\u2019s")):
            sp["name"] = sp["name"][:-2]
    elif sp.get("end") is not None and text[sp["start"]:sp["end"]].endswith(("s'", "s\u2019")):
        sp["end"] -= 1  # "critics' objections"
        if sp["name"].endswith(("'", "\u2019")):
            sp["name"] = sp["name"][:-1]
    sp["phrase"] = _phrase(text, subj, cue_tok, sp)
    return sp


@component("stances")
def extract(doc, article, found) -> list[dict]:
    text = article.text
    quotes = found.get("quotes") or []
    spoken = {q["cue_span"][0] for q in quotes if q.get("cue_span")}
    spans = []
    for q in quotes:
        if q.get("kind") in ("direct", "partial"):
            spans.extend((p["start"], p["end"]) for p in (q.get("parts") or [q]))
    S = Speakers(doc, text, sorted(spans))
    # what a speaker is reported to say: another holder's stance inside it is part of that
    # statement, not an attribution of its own (see in_reported)
    reported = [(p["start"], p["end"], q["speaker"]["name"]) for q in quotes if q.get("kind") == "reported"
                and (q.get("speaker") or {}).get("name") for p in (q.get("parts") or [q])]

    def in_reported(i, holder):
        # ('Maria Lopez said she wants to cut taxes' stays her stance; 'Clinton said voters want
        # change' is Clinton's claim about voters, not the voters' attributed stance)
        return any(a <= i < b and name != holder for a, b, name in reported)

    out = []
    for t in doc:
        pos = t.pos_
        lemma = _verb_lemma(t) if pos == "VERB" else ""
        prep = None
        verb = t.lemma_.lower()
        if pos == "VERB" and t.idx not in spoken and (verb in PREP_VERBS or verb in TOPIC_PREP_VERBS):
            preps = TOPIC_PREP_VERBS.get(verb) or PREP_KIND
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and c.i > t.i
                         and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
        if prep is not None:
            kind = "topic" if verb in TOPIC_PREP_VERBS else PREP_KIND[prep.lower_]
            deps = {c.dep_ for c in t.children}
            if S.in_quote(t.idx) or deps & {"auxpass", "det", "poss"} or t.dep_ == "amod" or (
                    t.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in t.children)):
                continue
            s, e = _span(text, [g for g in prep.children if g.dep_ in ("pobj", "pcomp")])
            if s is None:
                continue
            sp = _holder(S, text, subject_of(t, S.in_quote), t)
            if sp is None or (sp["start"] is not None and s <= sp["start"] < e):
                continue
            neg = negated(t)
            if in_reported(t.idx, sp["name"]):
                continue
            out.append({
                "text": text[s:e], "start": s, "end": e, "kind": kind, "holder": sp,
                "cue": {"text": text[t.idx:prep.idx + len(prep.text)], "start": t.idx,
                        "end": prep.idx + len(prep.text)},
                "negated": bool(neg),
            })
            continue
        if pos == "VERB" and lemma not in VERB_KIND and t.lemma_.lower() in INTENTION_XCOMP and any(
                c.dep_ == "xcomp" and c.i > t.i for c in t.children) and t.idx not in spoken:
            lemma = "want"  # 'decided to run', 'would like to see': an intention
        refusal = False
        person_only = False
        if pos == "VERB" and t.lemma_.lower() in PERSON_OPPOSITION and lemma not in VERB_KIND:
            # 'Trump attacked Romney for ...': criticism when a named person attacks (armies and
            # militants attacking a town are not stances)
            lemma, person_only = "criticize", True
        if pos == "VERB" and t.lemma_.lower() in EXPRESS_VERBS and lemma not in VERB_KIND and any(
                c.dep_ == "dobj" and c.i > t.i and c.pos_ == "NOUN" and c.lower_ not in NOUN_KIND
                for c in t.children):  # 'expressed support for' is the noun's stance
            lemma = "feel"  # 'expressed concern about ...', 'voiced outrage': a stated feeling
        if pos == "VERB" and t.lemma_.lower() in REFUSAL and t.idx not in spoken and any(
                c.dep_ == "xcomp" and c.i > t.i and c.idx not in spoken for c in t.children):
            # 'declined to comment', 'refused to release his tax returns': a negated intention
            # (not 'refused to say that ...' when quotes reports it: reported speech, negated)
            lemma, refusal = "want", True
        if pos == "VERB" and lemma in VERB_KIND:
            kind = VERB_KIND[lemma]
            if t.idx in spoken or S.in_quote(t.idx):
                continue
            deps = {c.dep_ for c in t.children}
            if deps & {"auxpass", "det", "poss"}:
                continue
            if t.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in t.children):
                continue  # 'to support', 'help build': no holder of its own ('will support' is kept)
            if t.tag_ == "VBN" and "aux" not in deps:
                continue  # 'the plan endorsed by ...' (participle modifier)
            if t.dep_ == "amod":
                continue
            right = _verb_content(t)
            if not right:
                continue
            if lemma == "hope" and any(c.dep_ == "xcomp" for c in right):
                kind = "intention"
            s, e = _span(text, right)
            if s is None or s <= t.idx < e:
                continue
            subj = subject_of(t, S.in_quote)
            if subj is None and t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN"):
                subj = t.head  # 'the super PAC backing Jeb Bush', 'voters supporting Sanders'
            sp = _holder(S, text, subj, t)
            if sp is None or (sp["start"] is not None and s <= sp["start"] < e):
                continue
            if person_only and sp.get("type") != "person":
                continue
            neg = negated(t) != refusal  # 'did not refuse to' is no refusal
        elif pos in ("NOUN", "PROPN") and t.lower_ in NOUN_KIND and t.ent_type_ == "":
            if t.idx in spoken or S.in_quote(t.idx):
                continue
            kind = NOUN_KIND[t.lower_]
            holder_tok = None
            content = []
            for c in t.children:
                if c.dep_ == "poss" and c.i < t.i:
                    holder_tok = c
                elif c.dep_ == "prep" and c.i > t.i and c.lower_ in HOLDER_PREPS:
                    g = [x for x in c.children if x.dep_ == "pobj"]
                    if g and holder_tok is None:
                        holder_tok = g[0]
                elif c.i > t.i and (c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ in ("that", "to")
                                    or (c.dep_ == "prep" and c.lower_ in NOUN_PREPS and not content)):
                    if c.dep_ == "relcl" and c.left_edge.lower_ != "that":
                        continue
                    if c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "dobj") and g.lower_ == "that" for g in c.children):
                        continue  # 'the claim that he made' is a relative clause, not content
                    content.append(c)
            if holder_tok is None and t.dep_ == "dobj" and t.head.pos_ == "VERB" and (
                    t.head.lemma_.lower() in LIGHT_VERBS) and not S.in_quote(t.head.idx):
                # 'Sanders expressed support for ...', 'she voiced concern about ...'
                holder_tok = subject_of(t.head, S.in_quote)
            if holder_tok is None or not content:
                continue
            s, e = _span(text, content)
            if s is None:
                continue
            if text[s:e].lower().startswith("that "):
                s += 5
            sp = _holder(S, text, holder_tok, t)
            if sp is None or (sp["start"] is not None and s <= sp["start"] < e):
                continue
            neg = False
        else:
            continue
        if in_reported(t.idx, sp["name"]):
            continue
        out.append({
            "text": text[s:e], "start": s, "end": e, "kind": kind, "holder": sp,
            "cue": {"text": t.text, "start": t.idx, "end": t.idx + len(t.text)},
            "negated": bool(neg),
        })
    # nested stances of one holder ('wants to support X'): keep the outermost
    keep = []
    for it in out:
        c0 = it["cue"]["start"]
        if any(o is not it and o["start"] <= c0 < o["end"] and o["holder"]["name"] == it["holder"]["name"]
               for o in out):
            continue
        keep.append(it)
    return keep
