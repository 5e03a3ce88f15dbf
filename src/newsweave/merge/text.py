"""Small, fast lexical tools shared by the merge stage (no model needed)."""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves said says say told according mr mrs ms would could
s t don didn doesn isn wasn weren won wouldn
""".split())


def stem(word: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


_POSSESSIVE_ENDS = ("'s", "’s")


def terms(text: str) -> list[str]:
    """Content-word stems of ``text``; a possessive is its noun ("the association's" ->
    'association', as "the association")."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w.endswith(_POSSESSIVE_ENDS):   # (a string test, not a regex: terms() runs on every sentence)
            w = w[:-2]
        if w not in STOPWORDS and len(w) > 1:
            out.append(stem(w))
    return out


def tfidf(bags: list[Counter], df: Counter, n_docs: int) -> list[dict]:
    """Unit-length TF-IDF vectors (as dicts) for bags of terms."""
    out = []
    for bag in bags:
        vec = {t: (1 + math.log(c)) * math.log((1 + n_docs) / (1 + df.get(t, 0)) + 1) for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def cosine(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


_POSSESSOR = re.compile(r"^(?:the\s+)?[\w .-]+?['’]s\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_FROM = re.compile(r"^(?:a |the )?(?:statement|figures|data|report|count|tally|estimate)s? (?:from|by|of) ")
_MINISTRY_OF = re.compile(r"^ministry of (?:the )?(\w+)$")


def party_key(party: dict | None) -> str:
    """Identity of a reporting party: its entity, else its folded name without articles or a
    possessor ('Kassaria's defence ministry', 'the defence ministry' -> 'defence ministry')."""
    if not party:
        return ""
    if party.get("entity"):
        return party["entity"]
    name = " ".join((party.get("name") or "").lower().replace("’", "'").split())
    name = _FROM.sub("", name)
    name = _ARTICLE.sub("", _POSSESSOR.sub("", name))
    m = _MINISTRY_OF.match(name)   # 'ministry of defence' and 'defence ministry' are one party
    return f"{m.group(1)} ministry" if m else name


# (pattern, characters that must remain after it): 'TALMIRA, March 14 (Meridian) - ', the wire
# forms 'TEMPE, Ariz. (AP) -- ', 'WASHINGTON _ ', 'CAIRO—', 'CAIRO | ' (a capitalised sentence must
# follow, so 'COVID-19 cases' and 'NATO—the alliance' stay whole), and a wire header 'LONDON | Mon
# May 4, 2009 8:25am EDT LONDON (Reuters) - ' or its tail 'Reuters) - ' when the parser split it
_DATELINES = (
    (re.compile(r"[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*[-–—]+\s+(?=\S)"), 0),
    (re.compile(r"(?-i:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, (?-i:[A-Z][\w.]*)(?: (?-i:[A-Z][\w.]*)){0,2})?"
                r"(?: \([^()]{1,30}\))?(?:\s+(?:--?|[–—_|])\s*|\s*[–—]\s*|--)(?=(?-i:[A-Z0-9\"“‘(]))", re.I), 0),
    (re.compile(r"(?:[A-Z][A-Z.'/-]{2,}[^.!?\n]{0,140}?)?\(?\s*[A-Z][\w.&' ]{0,30}\)\s*[-–—]+\s+(?=\S)"), 20),
)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a sentence span to its words: no surrounding space, no dateline or wire header
    ('TALMIRA, March 14 (Meridian) - Rebels said ...' -> 'Rebels said ...'; repeated ones too)."""
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    while True:
        cut = max((m.end() for d, left in _DATELINES if (m := d.match(text, start, end)) and end - m.end() > left),
                  default=None)
        if cut is None:
            return start, end
        start = cut
