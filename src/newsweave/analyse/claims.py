"""Claims: every attributed statement of the article, with denials marked.

Split with :mod:`.quotes`: ``quotes`` finds and attributes all statements (direct, partial and
reported speech); this component turns each *attributed* one (speaker name not None) into a
claim (except reported questions, "X asked whether ...", which assert nothing), so the merge stage has one uniform list, and adds the claim-level analysis (denials).

Claim item (plain dict; ``article.text[start:end] == text``)::

    {"text", "start", "end",            # the quote text (first part) or the reported content
     "claimant": {"name", "start", "end", "role", "type", "via"},   # the quote's speaker
     "cue": verb lemma | "according to" | ":" | None,
     "cue_span": [s, e] | None,
     "sentence": [s, e],
     "negated": bool,                   # "did not say", "refused to confirm"
     "source": "quote" | "reported",    # direct/partial quote vs reported speech
     "kind": "direct" | "partial" | "reported",
     "parts": [...],                    # only for quotes in several pieces (see quotes.py)
     "denial": None | {"cue": str, "target": {"text", "start", "end"} | None}}

Denial cues (``denial["cue"]``): a denying verb in the past form ("denied", "rejected",
"dismissed", "refuted", "disputed", "rebutted", "repudiated"); "dismissed ... as" /
"rejected ... as" when the object is dismissed as a falsity word; "called ... <word>" /
"described ... as <word>" / "branded ... <word>" for falsity words (lies, propaganda,
nonsense, rubbish, fabrications, baseless, false, ...); "there is no truth" / "no truth";
"not true"; the falsity word itself when the statement says "<target> is/are <word>" ("false",
"lies", "propaganda"); and "insist" for insisted-that (a rejection only if it contradicts an
earlier claim: the merge stage decides). The target is what is denied (the verb's object, the
"no truth in" object, the copula's subject) or None when it is only a pronoun or not stated.
Negated cues ("did not deny") are never denials.
"""

from __future__ import annotations

from bisect import bisect_left

from . import component

DENY_VERBS = {
    "deny": "denied", "reject": "rejected", "dismiss": "dismissed", "refute": "refuted",
    "dispute": "disputed", "rebut": "rebutted", "repudiate": "repudiated",
}
LABEL_VERBS = {"call": "called", "describe": "described", "brand": "branded", "label": "labelled",
               "dismiss": "dismissed", "reject": "rejected", "denounce": "denounced"}
FALSITY = frozenset(
    """lie lies lying nonsense rubbish propaganda fabrication fabrications fabricated baseless
    untrue false fake groundless unfounded fiction fictitious absurd ridiculous misinformation
    disinformation slander slanderous smear hoax fantasy bogus wrong incorrect inaccurate
    fabrications falsehood falsehoods""".split()
)
PRONOUNS = frozenset("it this that these those they he she what which everything all".split())


@component("claims")
def extract(doc, article, found) -> list[dict]:
    text = article.text
    starts = [t.idx for t in doc]
    out = []
    for q in found.get("quotes") or []:
        sp = q.get("speaker") or {}
        if not sp.get("name"):
            continue
        kind = q.get("kind")
        if kind == "reported" and q.get("cue") == "ask":
            continue  # a reported question ('X asked whether ...') asserts nothing
        claim = {
            "text": q["text"], "start": q["start"], "end": q["end"],
            "claimant": dict(sp),
            "cue": q.get("cue"), "cue_span": q.get("cue_span"),
            "sentence": q.get("sentence"),
            "negated": bool(q.get("negated")),
            "source": "reported" if kind == "reported" else "quote",
            "kind": kind,
        }
        if q.get("parts"):
            claim["parts"] = [dict(p) for p in q["parts"]]
        claim["denial"] = None if claim["negated"] else _denial(doc, text, starts, q)
        out.append(claim)
    return out


def _tok_at(doc, starts, char):
    i = bisect_left(starts, char)
    if i < len(starts) and starts[i] == char:
        return doc[i]
    return None


def _span(text, first, last, strip_that=False):
    s, e = first.idx, last.idx + len(last.text)
    while s < e and text[s] in " ,;:\"\u201c\u201d":
        s += 1
    if strip_that and text[s:e].lower().startswith("that "):
        s += 5
    while e > s and text[e - 1] in " ,;:.\"\u201c\u201d":
        e -= 1
    if e <= s:
        return None
    return {"text": text[s:e], "start": s, "end": e}


def _np_target(text, tok):
    if tok is None or tok.lower_ in PRONOUNS:
        return None
    return _span(text, tok.left_edge, tok.right_edge)


def _is_false_word(t) -> bool:
    return t.lower_ in FALSITY or t.lemma_.lower() in FALSITY


def _denial(doc, text, starts, q):
    v = _tok_at(doc, starts, q["cue_span"][0]) if q.get("cue_span") else None
    if v is not None and v.pos_ == "VERB":
        lemma = v.lemma_.lower()
        kids = list(v.children)
        dobj = next((c for c in kids if c.dep_ == "dobj"), None)
        # the label given to the object: 'called the reports lies', 'dismissed X as propaganda'
        label, as_ = None, False
        for c in kids:
            if c.dep_ in ("oprd", "ccomp", "xcomp", "attr") and _is_false_word(c):
                label = c
            elif c.dep_ == "prep" and c.lower_ == "as":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and _is_false_word(pobj):
                    label, as_ = pobj, True
        if dobj is not None and label is None:
            for c in dobj.children:  # parse variant: 'as' attached to the object
                if c.dep_ == "prep" and c.lower_ == "as":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and _is_false_word(pobj):
                        label, as_ = pobj, True
        if dobj is not None and label is None:
            for c in dobj.rights:  # parse variant: 'called the statements "lies"' (relcl/appos)
                if c.dep_ in ("relcl", "appos", "acl", "amod", "npadvmod") and _is_false_word(c):
                    label = c
        if label is not None and lemma in LABEL_VERBS:
            target = None
            if dobj is not None and dobj.lower_ not in PRONOUNS:
                last = dobj
                for c in dobj.rights:  # stop before the 'as ...' label / the label itself
                    if (c.dep_ == "prep" and c.lower_ == "as") or c.i == label.i or c.is_ancestor(label):
                        break
                    last = c.right_edge
                target = _span(text, dobj.left_edge, last)
            word = LABEL_VERBS[lemma]
            cue = f"{word} ... as" if as_ and lemma in ("dismiss", "reject") else (
                f"{word} ... as {label.text}" if as_ else f"{word} ... {label.text}")
            return {"cue": cue, "target": target}
        if lemma in DENY_VERBS:
            target = None
            if dobj is not None:
                target = _np_target(text, dobj)
            else:
                cc = next((c for c in kids if c.dep_ in ("ccomp", "xcomp") and c.i > v.i), None)
                if cc is not None:
                    target = _span(text, cc.left_edge, cc.right_edge, strip_that=True)
            return {"cue": DENY_VERBS[lemma], "target": target}
    # content-based: 'there is no truth in X', 'X is false', 'that is not true'
    spans = [(p["start"], p["end"]) for p in q.get("parts") or []] or [(q["start"], q["end"])]
    for s, e in spans:
        for t in doc[bisect_left(starts, s): bisect_left(starts, e)]:
            low = t.lower_
            if low == "truth" and any(c.lower_ == "no" for c in t.children):
                prev = doc[max(t.i - 4, 0): t.i].text.lower()
                cue = "there is no truth" if "there" in prev else "no truth"
                target = None
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "to", "behind"):
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        target = _np_target(text, pobj)
                return {"cue": cue, "target": target}
            if t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be" and (
                _is_false_word(t) or (low == "true" and any(c.dep_ == "neg" for c in t.head.children))
            ):
                neg = any(c.dep_ == "neg" for c in t.head.children)
                if neg and low != "true":
                    continue  # "is not false"
                subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                cue = "not true" if low == "true" else low
                return {"cue": cue, "target": _np_target(text, subj)}
    if v is not None and v.lemma_.lower() == "insist":
        return {"cue": "insist", "target": None}
    return None
