"""Extractive multi-document summary: every sentence is a source sentence, cited.

Sentences are scored by closeness to the story's centroid (TF-IDF over all articles), by how
many other outlets state the same content, and by lead position; picked greedily with a
redundancy check (MMR-style) under an exact word or byte budget; ordered by publication date,
then position. Each picked sentence cites itself first and then the sentence of every other
article that states the same content.
"""

from __future__ import annotations

import re
from collections import Counter

from .text import cosine, terms, tfidf, trim_span

_BAD_START = re.compile(
    r"^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|or|so|yet|however|"
    r"also|meanwhile|moreover|still|then|there|here|such|both|another|other|instead|"
    r"nevertheless|furthermore|in addition|as a result|by contrast)\b",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|photo|image|video|caption|credit|source|reporting by|editing by)\b", re.I)
_QUOTE_OPEN = re.compile(r'^\s*["“‘\']')


def _words(text: str) -> int:
    return len(text.split())


def _usable(text: str) -> tuple[bool, float]:
    """(usable at all, penalty) for a candidate summary sentence."""
    n = _words(text)
    if n < 6 or n > 60 or "\n" in text.strip():
        return False, 0.0
    if _BYLINE.match(text) or text.rstrip().endswith("?"):
        return False, 0.0
    penalty = 0.0
    if _BAD_START.match(text):
        penalty += 0.5
    if _QUOTE_OPEN.match(text):
        penalty += 0.25
    if not text.rstrip().endswith((".", "!", '"', "”", "’", "'")):
        penalty += 0.3
    return True, penalty


def summarise(documents: list[dict], analyses: list[dict], max_words: int | None = 200,
              max_bytes: int | None = None, same_content: float = 0.45) -> list[dict]:
    """``documents``: briefing documents (id, text, published); ``analyses``: per-article results."""
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
    centroid: Counter = Counter()
    for v in vecs:
        centroid.update(v)
    norm = sum(x * x for x in centroid.values()) ** 0.5 or 1.0
    centroid = {t: x / norm for t, x in centroid.items()}

    # support: which other articles state the same content (inverted index keeps this sub-quadratic)
    postings: dict = {}
    for i, v in enumerate(vecs):
        for t in v:
            postings.setdefault(t, []).append(i)
    support: list[dict] = []
    for i, v in enumerate(vecs):
        sims: dict = {}
        for t, x in v.items():
            if len(postings[t]) > 200:   # very common term: skip for speed, others decide
                continue
            for j in postings[t]:
                if cands[j]["doc"] != cands[i]["doc"]:
                    sims[j] = sims.get(j, 0.0) + x * vecs[j][t]
        best: dict = {}
        for j, sim in sims.items():
            if sim >= same_content:
                d = cands[j]["doc"]
                if sim > best.get(d, (0, None))[0]:
                    best[d] = (sim, j)
        support.append(best)

    n_docs = max(1, len(doc_terms) - 1)
    for i, c in enumerate(cands):
        lead = 1.0 - c["pos"] / max(1, c["n"])
        c["score"] = (cosine(vecs[i], centroid) + 0.3 * len(support[i]) / n_docs
                      + 0.15 * lead - c["penalty"])

    ranked = sorted(range(len(cands)), key=lambda i: (-cands[i]["score"], order[cands[i]["doc"]], cands[i]["start"]))
    chosen: list[int] = []
    words = 0
    size = 0
    for i in ranked:
        c = cands[i]
        if any(cosine(vecs[i], vecs[j]) >= 0.5 for j in chosen):
            continue
        w = _words(c["text"])
        b = len(c["text"].encode("utf-8")) + (1 if chosen else 0)
        if max_words is not None and words + w > max_words:
            continue
        if max_bytes is not None and size + b > max_bytes:
            continue
        chosen.append(i)
        words += w
        size += b
        if max_words is not None and words >= max_words - 3:
            break
    chosen.sort(key=lambda i: (order[cands[i]["doc"]], cands[i]["start"]))
    out = []
    for i in chosen:
        c = cands[i]
        cites = [{"doc": c["doc"], "start": c["start"], "end": c["end"]}]
        for d, (sim, j) in sorted(support[i].items(), key=lambda kv: order[kv[0]]):
            cites.append({"doc": d, "start": cands[j]["start"], "end": cands[j]["end"]})
        out.append({"text": c["text"], "citations": cites})
    return out
