"""Statements about who controls a place: "rebels took Zawiya", "the town is fully in our hands".

Each statement records the place, the controller named (a pronoun of the speaker -- "we", "our"
-- becomes the speaker), and who makes the statement (the speaker of the quote or reported speech
it sits in, else nobody: the outlet's own voice). The merge stage turns statements that name
different controllers of one place into a dispute.
"""

from __future__ import annotations

from . import component

CONTROL_VERBS = {"take", "capture", "seize", "retake", "recapture", "overrun", "liberate",
                 "control", "hold", "secure", "fall", "storm", "occupy"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = {"town", "city", "village", "port", "district", "area", "region", "capital",
               "province", "base", "airport", "border", "crossing", "neighbourhood", "neighborhood"}
FIRST_PERSON = {"we", "our", "us", "i", "my"}
_DROP_DEP = {"det", "poss", "punct", "case", "predet"}


def _phrase_key(tokens) -> str:
    return " ".join(t.lemma_.lower() for t in tokens if t.dep_ not in _DROP_DEP and not t.is_punct)


def _attribution(found: dict, pos: int) -> dict | None:
    best = None
    for q in found.get("quotes", []) + found.get("claims", []):
        if q["start"] <= pos < q["end"]:
            who = q.get("speaker") or q.get("claimant") or {}
            if who.get("name") and (best is None or q["end"] - q["start"] < best[0]):
                best = (q["end"] - q["start"], who)
    return {"name": best[1]["name"]} if best else None


def _place_in(span, mentions, before_pos) -> dict | None:
    for m in mentions:
        if m["label"] in PLACE_LABELS and span.start_char <= m["start"] < span.end_char:
            return m
    if any(t.lemma_.lower() in PLACE_NOUNS for t in span):
        prior = [m for m in mentions if m["label"] in PLACE_LABELS and m["end"] <= before_pos]
        if prior:
            return prior[-1]
    return None


def _controller(tok, speaker):
    """(text, key) of the phrase ``tok`` heads; first-person pronouns become the speaker."""
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1]
    if any(t.lower_ in FIRST_PERSON for t in span):
        return (speaker["name"], speaker["name"].lower()) if speaker else (None, None)
    if tok.pos_ == "PRON":
        return None, None
    return span.text, _phrase_key(span)


@component("controls")
def extract(doc, article, found) -> list[dict]:
    mentions = found.get("mentions", [])
    out = []
    for sent in doc.sents:
        lemmas = {t.lemma_.lower() for t in sent}
        if not (lemmas & CONTROL_VERBS or "hand" in lemmas or "control" in lemmas):
            continue
        for tok in sent:
            lemma = tok.lemma_.lower()
            place = controller = None
            if tok.pos_ == "VERB" and lemma in CONTROL_VERBS and not any(c.dep_ == "neg" for c in tok.children):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if lemma == "fall" and subj is not None:
                    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                    place_span, controller = subj, pobj
                elif subj is not None and subj.dep_ == "nsubjpass":
                    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                    place_span, controller = subj, pobj
                elif obj is not None:
                    place_span, controller = obj, subj
                else:
                    continue
                if controller is None or place_span is None:
                    continue
                place = _place_in(doc[place_span.left_edge.i: place_span.right_edge.i + 1], mentions, sent.start_char)
            elif lemma in ("hand", "control") and tok.pos_ == "NOUN" and tok.head.lower_ in ("in", "under"):
                # "X is (fully) in our hands" / "under the control of Y"
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is None:
                    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if owner is None:
                    continue
                verb = tok.head.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                scope = doc[subj.left_edge.i: subj.right_edge.i + 1] if subj is not None else sent
                place = _place_in(scope, mentions, sent.start_char)
                controller = owner
            else:
                continue
            if place is None:
                continue
            speaker = _attribution(found, tok.idx)
            text, key = _controller(controller, speaker)
            if not key:
                continue
            s, e = sent.start_char, sent.end_char
            out.append({"place": place["text"], "controller": text, "controller_key": key,
                        "party": speaker or {"name": None}, "text": doc.text[s:e].strip(),
                        "start": s + (len(doc.text[s:e]) - len(doc.text[s:e].lstrip())),
                        "end": e - (len(doc.text[s:e]) - len(doc.text[s:e].rstrip()))})
    return out
