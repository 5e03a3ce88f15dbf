"""Named-entity mentions, with titles stripped and roles kept.

``"President Harun al-Mazrui"`` becomes the mention ``"Harun al-Mazrui"`` with role ``"President"``;
``"Sara Bello, the country's interior minister,"`` gives the role ``"the country's interior minister"``.
"""

from __future__ import annotations

import re

from . import component
from .names import DATELINE, TITLES, strip_titles

_DASHED = re.compile(r"\s[-–—]\s")

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr"}
_ROLE_NOUNS = {
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "commander", "leader", "chief", "head", "director", "secretary", "ambassador", "envoy",
    "governor", "mayor", "general", "colonel", "official", "officer", "premier", "chancellor",
    "king", "queen", "prince", "emir", "sheikh", "senator", "coordinator", "representative",
    "correspondent", "editor", "analyst", "professor", "researcher", "doctor", "surgeon",
    "chairman", "chairwoman", "founder", "member", "mp", "judge", "prosecutor", "negotiator",
    "elder", "headman", "chieftain",
}


def _role_apposition(ent) -> tuple[str, int, int] | None:
    """``X, the country's national security adviser,`` -> the appositive phrase after the name."""
    doc = ent.doc
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            end = next((k for k in range(child.i + 1, child.right_edge.i + 1) if doc[k].text == ","), child.right_edge.i + 1)
            span = doc[child.left_edge.i: end]   # "the elder of Kessa" (not ", who reached ...")
            if span.root.lemma_.lower() in _ROLE_NOUNS or any(t.lemma_.lower() in _ROLE_NOUNS for t in span):
                if len(span) <= 12:
                    return span.text, span.start_char, span.end_char
    return None


def _role_prenominal(ent) -> tuple[str, int, int] | None:
    """``Interior Minister Sara Bello`` -> 'Interior Minister' (capitalised title words before the name)."""
    doc = ent.doc
    i = ent.start
    j = i
    while j > 0 and doc[j - 1].is_title and doc[j - 1].dep_ in ("compound", "amod", "nmod") and doc[j - 1].ent_type_ in ("", "ORG", "NORP"):
        j -= 1
    if j < i and any(doc[k].lower_ in _ROLE_NOUNS for k in range(j, i)):
        span = doc[j:i]
        return span.text, span.start_char, span.end_char
    return None


@component("mentions")
def extract(doc, article, found) -> list[dict]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        words = [t.text for t in ent]
        if ent.label_ == "PERSON":
            n = strip_titles(words)
        else:  # 'the United Nations' and 'United Nations' are one name
            n = 1 if len(ent) > 1 and ent[0].lower_ == "the" else 0
        # strip possessive "'s" and trailing punctuation (a dateline's dash: 'TALMIRA -')
        end_tok = ent.end
        while end_tok - 1 > ent.start + n and doc[end_tok - 1].text in ("'s", "’s", "'", "’", ".", ",", "-", "–", "—",
                                                                       "--", ":", "|", "_"):
            end_tok -= 1
        span = doc[ent.start + n: end_tok]
        if not span.text.strip() or not any(c.isalpha() for c in span.text):
            continue
        # a dateline glued to the first words ('TALMIRA - Fighters') or a name across lines is noise
        if "\n" in span.text or _DASHED.search(span.text):
            continue
        # the model sometimes tags a bare title or a sentence-initial word; skip pure title words
        if all(t.lower_.rstrip(".") in TITLES for t in span):
            continue
        mention = {"text": span.text, "label": ent.label_, "start": span.start_char, "end": span.end_char}
        if ent.label_ == "PERSON":
            role = None
            if n and doc[ent.start].lower_.rstrip(".") not in _HONORIFICS:
                title = doc[ent.start: ent.start + n]
                role = (title.text, title.start_char, title.end_char)
            role = _role_apposition(ent) or _role_prenominal(ent) or role
            if role:
                mention["role"] = {"text": role[0], "start": role[1], "end": role[2]}
        out.append(mention)
    return _bare_surnames(doc, _dateline_countries(doc, _unnamed_parties(doc, out)))


def _dateline_countries(doc, out: list[dict]) -> list[dict]:
    """'KORVAL, Estrenia (Wire) - ...': the country or region of a dateline is a place (GPE),
    also when the tagger did not see it."""
    taken = [(m["start"], m["end"]) for m in out]
    added = []
    for m in DATELINE.finditer(doc[:min(len(doc), 1200)].text[:4000]):   # (not doc.text: it rebuilds the whole text)
        if not m.group(2):
            continue
        s, e = m.start(2), m.end(2)
        if not any(a < e and s < b for a, b in taken):
            added.append({"text": m.group(2), "label": "GPE", "start": s, "end": e})
            taken.append((s, e))
    return out + added


_SMALL_WORDS = {"of", "for", "and", "the", "de", "al"}
_GROUP_NOUNS = {"association", "group", "charity", "union", "network", "movement", "coalition",
                "campaign", "committee", "alliance", "organisation", "organization", "federation",
                "society", "foundation", "league", "council", "forum", "collective", "trust"}


def _unnamed_parties(doc, out: list[dict]) -> list[dict]:
    """Names the tagger missed where the grammar says a party speaks or is named: the title-cased
    subject of a speech verb ("Safe Roofs, an association of tenants, said") or the name set
    after a group noun ("the tenants' association Safe Roofs"). Added as ORG mentions."""
    from .speakers import CUES

    taken = [(m["start"], m["end"]) for m in out]
    tagged = {e.text for e in doc.ents} | {m["text"] for m in out}   # the tagger knows it elsewhere
    added = []
    for tok in doc:
        head = None
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in CUES:
            head = tok
        elif tok.dep_ in ("appos", "compound") and tok.head.lower_ in _GROUP_NOUNS and tok.pos_ == "PROPN" \
                and tok.i > tok.head.i:
            head = tok
        elif tok.pos_ == "PROPN" and tok.dep_ != "compound" and any(
                c.dep_ == "compound" and c.lower_ in _GROUP_NOUNS and c.i < tok.i for c in tok.children):
            head = tok   # "the tenants' association Safe Roofs" parsed as one noun phrase
        if head is None or head.pos_ not in ("PROPN", "NOUN") or not head.text[:1].isupper():
            continue
        start = head.i
        while start > head.sent.start and doc[start - 1].dep_ in ("compound", "amod") \
                and doc[start - 1].head.i in range(start, head.i + 1) and doc[start - 1].lower_ not in _GROUP_NOUNS:
            start -= 1
        words = doc[start:head.i + 1]
        if words[0].lower_ == "the":
            words = words[1:]
        if not len(words) or not all(w.text[:1].isupper() or w.lower_ in _SMALL_WORDS for w in words):
            continue
        if all(w.lower_.rstrip(".") in TITLES for w in words):
            continue
        if len(words) == 1 and (words[0].i == words[0].sent.start or words[0].tag_ != "NNP"):
            continue   # a sentence's first word is capitalised anyway
        if any(w.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL") for w in words):
            continue
        s, e = words.start_char, words.end_char
        if "\n" in words.text or words.text in tagged or any(a < e and s < b for a, b in taken):
            continue
        taken.append((s, e))
        added.append({"text": words.text, "label": "ORG", "start": s, "end": e})
    return out + added


def _bare_surnames(doc, out: list[dict]) -> list[dict]:
    """'Karel Brandt ... Brandt said': the small model often misses the later bare surname of a
    person it tagged in full, or types it ORG. Every untagged, capitalised occurrence of such a
    surname (a word of its own, not part of a longer capitalised name) becomes a PERSON mention
    too, and a one-word ORG mention of it is relabelled PERSON (a GPE is left to the merge,
    which has a gazetteer: 'Jordan')."""
    surnames = set()
    for m in out:
        words = m["text"].split()
        if m["label"] == "PERSON" and len(words) >= 2:
            last = words[-1]
            if len(last) >= 3 and last[0].isupper() and last.lower().rstrip(".") not in TITLES:
                surnames.add(last)
    if not surnames:
        return out
    for m in out:
        if m["label"] == "ORG" and m["text"] in surnames:
            m["label"] = "PERSON"
    covered = [(m["start"], m["end"]) for m in out]
    ents = {t.i for e in doc.ents for t in e}
    added = []
    for tok in doc:
        if tok.text not in surnames or tok.i in ents:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
            continue  # 'Brandt Street', 'Brandt Group'
        if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN" and (
                prev.lower_.rstrip(".") not in TITLES):
            continue  # another person's full name ('Willy Brandt')
        if any(s <= tok.idx < e for s, e in covered):
            continue
        added.append({"text": tok.text, "label": "PERSON", "start": tok.idx, "end": tok.idx + len(tok.text)})
    return sorted(out + added, key=lambda m: m["start"]) if added else out
