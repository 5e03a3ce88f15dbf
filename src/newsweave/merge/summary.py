"""Extractive multi-document summary: every sentence is a source sentence, cited.

Concept coverage (after Gillick & Favre's ICSISumm): the story's concepts are word bigrams
(stemmed, not both stopwords); a concept weighs the number of articles that state it, each
article counting more when the concept comes early in it (news puts the core first), times that
number again (what every outlet reports is the core of the story). Sentences
are picked greedily by the weight of the concepts they add per word (lazy greedy; coverage is
submodular, so a concept said twice only counts once: the same fact in four wordings appears
once), under an exact word or byte budget, with penalties for sentences that open with an
unresolved pronoun or connective, quotes, fragments, captions, page furniture and leftovers;
datelines are cut off the sentence start. The picks are ordered
by publication date, then position. Each picked sentence cites itself first and then the
sentence of every other article that states the same content (TF-IDF cosine).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from functools import lru_cache

from ..read.clean import is_leftover
from .text import STOPWORDS, cosine, stem, terms, tfidf, trim_span

_BAD_START = re.compile(
    r"^(?:he|she|they|it|that|those|(?:this|these)(?! (?:year|week|month|morning|afternoon|evening|night|"
    r"weekend|spring|summer|autumn|fall|winter|season|days)\b)|his|her|their|its|but|and|or|so|yet|however|"
    r"also|meanwhile|moreover|still|then|there(?! (?:is|are|was|were|has|have|had|will|would|may|might|"
    r"could|should|must|seems?|appears?)\b)|here|such|both|another|other|instead|"
    r"nevertheless|furthermore|in addition|as a result|by contrast)\b",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|photo|image|video|caption|credit|source|reporting by|editing by)\b", re.I)
# photo captions and credits: "(AP Photo/Jane Doe)", "(David Warren / Staff Photographer)",
# "... on Thursday. (Associated Press)", a sentence wholly in brackets, a teaser cut off with "..."
_CAPTION = re.compile(
    r"(?:\((?:[^()]*(?:/|\bphoto|\bphotographer|\bgetty|\bimages?\b|\bfile\b)[^()]*|"
    r"associated press|ap|reuters|afp|cnn)\)\s*$)|(?:^\s*[\(\[].*[\)\]]\s*$)|(?:(?:\.\.\.|…)\s*\)?\s*$)",
    re.I,
)
# photo captions that name themselves ("FILE - In this May 4, 2001, file photo, ...", "..., is shown
# in this photo released on ...") and photo credits ("Jane Doe / AFP / Getty Images")
_PHOTO_CAPTION = re.compile(
    r"^file\b|\bfile (?:photo|image|picture)\b|\bin (?:this|these) (?:[\w.,'’-]+ ){0,6}?(?:photos?|images?|"
    r"pictures?|handout|video still)\b|\b(?:photo|image|picture)s? (?:released|provided|courtesy)\b|"
    r"^(?:[\w.'’-]+ ){1,4}/ (?:[\w.'’-]+ ?){1,3}(?:/ (?:[\w.'’-]+ ?){1,3})*$",
    re.I)
# page furniture that a sentence splitter glues into running text: gallery counters and
# controls, embed codes, reprint notices, web-archive and social-widget notices
_FURNITURE = re.compile(
    r"^\s*\d+ of \d+\b|\b(?:hide|view|show) (?:caption|photos?|images?|gallery)\b|\bfull screen\b|"
    r"\bautoplay\b|\bskip ad\b|\bmedia playback\b|\bcopy this code\b|\bopens? in (?:a )?new window\b|"
    r"\border reprints\b|\breprints?:|\bnon-commercial use\b|\bcrawl data\b|\bcrawls (?:of|are part)\b|"
    r"\bwayback machine\b|\byour (?:tweets?|location history)\b|\bthank you for subscribing\b|"
    r"^related\b\s*\w*\s*:",
    re.I)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|tells|according to|wrote|writes|added|adds)\b", re.I)
# a quotation whose speaker is only a pronoun ('"The town is calm," she said.') is as unresolved
# as a sentence that opens with one
_PRONOUN_SPEAKER = re.compile(
    r"[,\"”’']\s*(?:(?:he|she|they|it)\s+(?:said|says|told|added|adds|wrote|writes)|"
    r"(?:said|says|added|adds)\s+(?:he|she|they))\b", re.I)
# a sentence that starts in lower case is a fragment of a badly split one ("he said.", "and I
# can exhaust that ..."), unless its first word is a brand written that way ("eBay", "iPhone")
_FRAGMENT = re.compile(r"^[^\w]*(?![a-z]+[A-Z])[a-z]")
_QUOTE_OPEN = re.compile(r'^\s*["“‘\']')
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

# tuning (general, not keyed to any data set)
LEAD_BOOST = 3.0      # an article's first sentence counts (1 + LEAD_BOOST) for its concepts
LEAD_DECAY = 8.0      # ... falling off as 1 / (1 + position / LEAD_DECAY)
LENGTH_EXP = 0.7      # gain per word**LENGTH_EXP
POS_PRIOR = 0.2       # extra weight for early sentences of an article
TF_BOOST = 0.5       # an article repeating a concept counts it more
FILL = True          # keep adding sentences that add nothing new while the budget allows
MAX_SENT_WORDS = 60   # longer "sentences" are run-ons or lists
QUOTE_PENALTY = 0.25  # a sentence opening with an unattributed quotation reads badly out of context
MIN_WEIGHT = 2.0      # with 3+ articles, concepts weighing less are dropped as noise
PENALTY = 1.0        # scale of the penalties of _usable in the score
DF_EXP = 1.0          # ... times (number of articles stating it) ** DF_EXP: agreement across outlets
REDUNDANT = 0.5       # TF-IDF cosine above which a candidate repeats a pick


def _words(text: str) -> int:
    return len(text.split())


def _unresolved(text: str) -> bool:
    return bool(_BAD_START.match(text) or _PRONOUN_SPEAKER.search(text))


def _usable(text: str) -> tuple[bool, float]:
    """(usable at all, penalty) for a candidate summary sentence."""
    n = _words(text)
    if n < 6 or n > MAX_SENT_WORDS or "\n" in text.strip():
        return False, 0.0
    if (_BYLINE.match(text) or text.rstrip().endswith(("?", "-", "–", "—")) or _CAPTION.search(text)
            or _PHOTO_CAPTION.search(text) or _FURNITURE.search(text) or _FRAGMENT.match(text)
            or is_leftover(text)):
        return False, 0.0
    penalty = 0.0
    if _unresolved(text):   # an unresolved pronoun or connective: a last resort
        penalty += 0.9
    if _QUOTE_OPEN.match(text) and not _ATTRIBUTED.search(text):   # a quote without its speaker
        penalty += QUOTE_PENALTY
    if not text.rstrip().endswith((".", "!", '"', "”", "’", "'")):
        penalty += 0.3
    return True, penalty


_stem = lru_cache(maxsize=65536)(stem)


def _concepts(text: str) -> set:
    toks = [t for t in _TOKEN.findall(text.lower())]
    out = set()
    for a, b in zip(toks, toks[1:]):
        if a in STOPWORDS and b in STOPWORDS:
            continue
        out.add(_stem(a) + " " + _stem(b))
    return out


def summarise(documents: list[dict], analyses: list[dict], max_words: int | None = 200,
              max_bytes: int | None = None, same_content: float = 0.45) -> list[dict]:
    """``documents``: briefing documents (id, text, published); ``analyses``: per-article results
    (only ``doc`` and ``sentences`` are read). At most ``max_words`` words (whitespace tokens)
    and, if given, ``max_bytes`` UTF-8 bytes with the sentences joined by one space.
    ``same_content``: TF-IDF cosine from which another article's sentence is cited as stating
    the same content."""
    order = {d["id"]: (d.get("published") or "9999", i) for i, d in enumerate(documents)}
    texts = {d["id"]: d["text"] for d in documents}
    cands = []
    for a in analyses:
        text = texts[a["doc"]]
        sents = a["sentences"]
        for pos, (s, e) in enumerate(sents):
            s2, e2 = trim_span(text, s, e)   # the citation reproduces exactly the sentence
            sent = text[s2:e2]
            ok, penalty = _usable(sent)
            if ok:
                cands.append({"doc": a["doc"], "start": s2, "end": e2, "text": sent, "pos": pos,
                              "n": len(sents), "penalty": penalty})
    if not cands:
        return []
    bags = [Counter(terms(c["text"])) for c in cands]
    df = Counter()
    doc_terms: dict = {}
    for c, bag in zip(cands, bags):
        doc_terms.setdefault(c["doc"], set()).update(bag)
    for ts in doc_terms.values():
        df.update(ts)
    vecs = tfidf(bags, df, len(doc_terms))

    # support: which other articles state the same content (inverted index keeps this sub-quadratic)
    postings: dict = {}
    for i, v in enumerate(vecs):
        for t in v:
            postings.setdefault(t, []).append(i)
    support: list[dict] = []
    by_text: dict = {}   # a sentence repeated word for word (syndicated copies) is compared once
    for i, v in enumerate(vecs):
        best_all = by_text.get(cands[i]["text"])
        if best_all is None:
            sims: dict = {}
            for t, x in v.items():
                if len(postings[t]) > 200:   # very common term: skip for speed, others decide
                    continue
                for j in postings[t]:
                    sims[j] = sims.get(j, 0.0) + x * vecs[j][t]
            best_all = {}   # per document: its best match (the sentence's own document is dropped below)
            for j, sim in sims.items():
                if sim >= same_content:
                    d = cands[j]["doc"]
                    if sim > best_all.get(d, (0, None))[0]:
                        best_all[d] = (sim, j)
            by_text[cands[i]["text"]] = best_all
        own = cands[i]["doc"]
        support.append({d: v2 for d, v2 in best_all.items() if d != own})

    # concept weights: how many articles state it, an article counting more when it says it early
    weight: Counter = Counter()
    dfc: Counter = Counter()
    for a in analyses:
        text = texts[a["doc"]]
        first: dict = {}
        count: Counter = Counter()
        for pos, (s, e) in enumerate(a["sentences"]):
            for cpt in _concepts(text[s:e]):
                first.setdefault(cpt, pos)
                count[cpt] += 1
        for cpt, pos in first.items():
            weight[cpt] += (1.0 + LEAD_BOOST / (1.0 + pos / LEAD_DECAY)) * (1.0 + TF_BOOST * (count[cpt] - 1))
            dfc[cpt] += 1
    # agreement across outlets counts twice: the sum above grows with the number of articles
    # stating a concept, and this factor rewards it again (a point all outlets make is the story)
    weight = Counter({c: w * dfc[c] ** DF_EXP for c, w in weight.items()})
    n_articles = len(analyses)
    min_w = MIN_WEIGHT if n_articles >= 3 else 0.0   # with many articles, a concept stated once is noise
    weight = {c: w for c, w in weight.items() if w >= min_w}
    # sorted: the float sums, and so the ties, never depend on set order (hash seeds)
    concepts = [sorted(c for c in _concepts(c["text"]) if c in weight) for c in cands]

    def prior(c: dict) -> float:
        return (1.0 + POS_PRIOR / (1.0 + c["pos"])) * max(0.05, 1.0 - PENALTY * c["penalty"])

    priors = [prior(c) for c in cands]
    lengths = [max(1, _words(c["text"])) ** LENGTH_EXP for c in cands]
    covered: set = set()

    def gain(i: int) -> float:
        return sum(weight[c] for c in concepts[i] if c not in covered) * priors[i] / lengths[i]

    heap = [(-gain(i), order[cands[i]["doc"]], cands[i]["start"], i) for i in range(len(cands))]
    heapq.heapify(heap)
    chosen: list[int] = []
    words = 0
    size = 0
    while heap:
        neg, _o, _s, i = heapq.heappop(heap)
        g = gain(i)
        if heap and g < -heap[0][0] - 1e-12:        # stale: re-score and push back (lazy greedy)
            heapq.heappush(heap, (-g, _o, _s, i))
            continue
        if g <= 0 and chosen and not FILL:
            break
        c = cands[i]
        if g <= 0 and c["penalty"]:   # filling the budget: only clean, self-contained sentences
            continue
        if chosen and _unresolved(c["text"]):   # only when nothing better exists
            continue
        w = _words(c["text"])
        b = len(c["text"].encode("utf-8")) + (1 if chosen else 0)
        if max_words is not None and words + w > max_words:
            continue
        if max_bytes is not None and size + b > max_bytes:
            continue
        if any(cosine(vecs[i], vecs[j]) >= REDUNDANT for j in chosen):
            continue
        chosen.append(i)
        covered.update(concepts[i])
        words += w
        size += b
    chosen.sort(key=lambda i: (order[cands[i]["doc"]], cands[i]["start"]))
    out = []
    for i in chosen:
        c = cands[i]
        cites = [{"doc": c["doc"], "start": c["start"], "end": c["end"]}]
        for d, (sim, j) in sorted(support[i].items(), key=lambda kv: order[kv[0]]):
            cites.append({"doc": d, "start": cands[j]["start"], "end": cands[j]["end"]})
        out.append({"text": c["text"], "citations": cites})
    return out
