"""Named-entity mentions, with titles stripped and roles kept.

``"President Harun al-Mazrui"`` becomes the mention ``"Harun al-Mazrui"`` with role ``"President"``;
``"Sara Bello, the country's interior minister,"`` gives the role ``"the country's interior minister"``.
"""

from __future__ import annotations

import re

from . import component
from .names import TITLES, strip_titles

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
}


def _role_apposition(ent) -> tuple[str, int, int] | None:
    """``X, the country's national security adviser,`` -> the appositive phrase after the name."""
    doc = ent.doc
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            span = doc[child.left_edge.i: child.right_edge.i + 1]
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
        # strip possessive "'s" and trailing punctuation
        end_tok = ent.end
        while end_tok - 1 > ent.start + n and doc[end_tok - 1].text in ("'s", "’s", "'", "’", ".", ","):
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
    return out
