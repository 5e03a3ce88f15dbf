"""Statements about who controls a place: "rebels took Zawiya", "the town is fully in our hands".

Each statement records the place (one per place of a list: "held the capital, the state radio
station and the airport"; a place or institution named by its noun alone -- "the capital", "the
airport" -- gets a ``place_key``, its noun), the controller named (a pronoun of the speaker --
"we", "our", and "they" as the subject of what a speaker is reported to say -- becomes the
speaker), and who makes the statement (the speaker of the quote or reported speech
it sits in, else nobody: the outlet's own voice). The merge stage turns statements that name
different controllers of one place into a dispute.
"""

from __future__ import annotations

import re

from . import component

CONTROL_VERBS = {"take", "capture", "seize", "retake", "recapture", "overrun", "liberate",
                 "control", "hold", "secure", "fall", "storm", "occupy"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = {"town", "city", "village", "port", "district", "area", "region", "capital",
               "province", "base", "airport", "border", "crossing", "neighbourhood", "neighborhood"}
# a story's one such place or institution, named by its noun alone: "the capital", "the airport",
# "the state broadcaster" (who holds it is a matter of its own, not of the town named before it)
INSTITUTION_NOUNS = {"capital", "airport", "airbase", "airfield", "broadcaster", "station", "transmitter",
                     "palace", "parliament", "studios", "headquarters", "harbour", "harbor", "port",
                     "barracks", "base", "refinery", "dam", "bridge", "prison", "garrison"}
FIRST_PERSON = {"we", "our", "us", "i", "my"}
# the speaker's own side, as the subject of what they are reported to say: "Rebels said they
# controlled the capital"
SPEAKER_PRONOUNS = {"they"}
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


def _place_in(span, mentions, before_pos, head=None) -> dict | None:
    """The place a phrase names: a place mention heading it, else a place or institution named
    by its noun alone ("the capital", "the main airport": the noun is the place), else a place
    mention in it, else for "the town" the place named last before the sentence."""
    if head is not None:
        for m in mentions:
            if m["label"] in PLACE_LABELS and m["start"] <= head.idx < m["end"]:
                return m
        if head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in head.children):
            # (round 6) "X, the largest town in Y": the apposition says X is a place (whatever the
            # tagger called it), and Y only says where X lies
            for m in mentions:
                if m["start"] <= head.idx < m["end"] and m["label"] != "PERSON":
                    return dict(m, label="GPE")
        if head.lemma_.lower() in INSTITUTION_NOUNS or head.lower_ in INSTITUTION_NOUNS:
            if not any(m["label"] in PLACE_LABELS and span.start_char <= m["start"] < span.end_char
                       and m["start"] < head.idx for m in mentions):
                s, e = span.start_char, span.end_char
                return {"text": span.doc.text[s:e], "key": head.lower_ if head.lower_ in INSTITUTION_NOUNS
                        else head.lemma_.lower()}
    for m in mentions:
        if m["label"] in PLACE_LABELS and span.start_char <= m["start"] < span.end_char:
            return m
    nouns = {t.lemma_.lower() for t in span} & PLACE_NOUNS
    if nouns:
        # (round 6) "the town" is no place named as another kind of place ("Sulaymar province")
        prior = [m for m in mentions if m["label"] in PLACE_LABELS and m["end"] <= before_pos
                 and not ({m["text"].split()[-1].lower()} & PLACE_NOUNS - nouns)]
        if prior:
            return prior[-1]
    return None


def _conjuncts(tok) -> list:
    """``tok`` and the phrases joined to it ("the capital, the state television station and the
    main airport"), each as (head, span without the others)."""
    heads = [tok]
    for t in tok.subtree:
        # the parser often reads the middle of a list as an apposition: "A, B and C" is A <-appos-
        # B <-conj- C; an apposition joined to a further phrase is a list's member
        if t.head in heads and t.i != t.head.i and (t.dep_ == "conj" or (
                t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children))):
            heads.append(t)
    out = []
    for h in heads:
        nested = {t.i for c in h.children if c in heads or c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.i > h.i)
                  for t in c.subtree}
        idx = [t.i for t in h.subtree if t.i not in nested]
        out.append((h, tok.doc[min(idx): max(idx) + 1]))
    return out


def _controller(tok, speaker):
    """(text, key) of the phrase ``tok`` heads; first-person pronouns become the speaker, and so
    does 'they' as the subject of what a speaker is reported to say."""
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1]
    if any(t.lower_ in FIRST_PERSON for t in span) or (
            len(span) == 1 and tok.lower_ in SPEAKER_PRONOUNS and tok.dep_ == "nsubj"):
        return (speaker["name"], speaker["name"].lower()) if speaker else (None, None)
    if tok.pos_ == "PRON":
        return None, None
    return span.text, _phrase_key(span)


_CALLED_PLACE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(PLACE_NOUNS - {"area", "border", "base"})))


def _as_places(mentions: list[dict], text: str = "") -> list[dict]:
    """(round 2) The tagger names one town a place in one sentence and an organisation in the
    next ("its troops have held Kelmar" with 'Kelmar' as ORG): a mention tagged ORG or NORP whose
    text the article tags as a place elsewhere is a place (never a PERSON mention: "police held
    X" is no control of a place). (round 6) So is one an apposition calls a place ("Tazreet, the
    largest town in the province")."""
    placed = {m["text"] for m in mentions if m["label"] in PLACE_LABELS}
    placed |= {m["text"] for m in mentions if m["label"] in ("ORG", "NORP")
               and _CALLED_PLACE.match(text, m["end"])}
    return [dict(m, label="GPE") if m["label"] in ("ORG", "NORP") and m["text"] in placed else m for m in mentions]


@component("controls")
def extract(doc, article, found) -> list[dict]:
    atext = article.text   # (doc.text rebuilds the whole text at every use)
    mentions = _as_places(found.get("mentions", []), atext)
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
                if place_span.lemma_.lower() == "control":
                    # (round 6) "took full control of X, the largest town in Y": the place is X
                    of = next((c for c in place_span.children if c.dep_ == "prep" and c.lower_ in ("of", "over")), None)
                    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                    if pobj is not None:
                        place_span = pobj
                places = [_place_in(span, mentions, sent.start_char, head) for head, span in _conjuncts(place_span)]
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
                if subj is not None:
                    places = [_place_in(span, mentions, sent.start_char, head) for head, span in _conjuncts(subj)]
                else:
                    places = [_place_in(sent, mentions, sent.start_char)]
                controller = owner
            else:
                continue
            places = [p for p in places if p is not None]
            if not places:
                continue
            speaker = _attribution(found, tok.idx)
            text, key = _controller(controller, speaker)
            if not key:
                continue
            s, e = sent.start_char, sent.end_char
            for place in places:
                item = {"place": place["text"], "controller": text, "controller_key": key,
                        "party": speaker or {"name": None}, "text": atext[s:e].strip(),
                        "start": s + (len(atext[s:e]) - len(atext[s:e].lstrip())),
                        "end": e - (len(atext[s:e]) - len(atext[s:e].rstrip()))}
                if place.get("key"):
                    item["place_key"] = place["key"]     # a place named by its noun: "the capital"
                out.append(item)
    return out
