"""Dated events: sentences that report something happening on an anchored date.

A sentence becomes an event when it holds a date expression that resolves to a day, month or
year (``on Thursday night`` in an article of Saturday 19 March 2011 -> 2011-03-17). The date
that governs a non-speech verb wins over the date of a statement ("said on Friday that ...").
"""

from __future__ import annotations

from bisect import bisect_right

from . import component
from .timex import resolve_date

SPEECH = {
    "say", "tell", "add", "state", "claim", "insist", "deny", "warn", "announce", "declare",
    "report", "confirm", "describe", "call", "accuse", "explain", "note", "write", "urge",
}
ACTOR_LABELS = {"PERSON", "ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _governing_verb(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return tok
        tok = tok.head
    return tok


@component("events")
def extract(doc, article, found) -> list[dict]:
    sents = found["sentences"]
    starts = [s for s, _ in sents]
    by_sentence: dict[int, list] = {}
    for tx in found.get("timexes", []):
        if tx.get("type") not in ("DATE", "TIME") or not tx.get("value"):
            continue
        resolved = resolve_date(tx["value"])
        if not resolved:
            continue
        si = bisect_right(starts, tx["start"]) - 1
        if si < 0:
            continue
        verb = _governing_verb(doc, tx["start"], tx["end"])
        speech = bool(verb is not None and verb.lemma_.lower() in SPEECH)
        by_sentence.setdefault(si, []).append((speech, tx, resolved))
    mentions = found.get("mentions", [])
    out = []
    for si, cands in sorted(by_sentence.items()):
        # prefer a date governing an event verb, then the most precise, then the first
        cands.sort(key=lambda c: (c[0], {"day": 0, "month": 1, "year": 2}[c[2][1]], c[1]["start"]))
        speech, tx, (date, precision) = cands[0]
        s, e = sents[si]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue  # a dateline ("TALMIRA, March 14 (Meridian) -") or a heading: nothing happens
        in_sent = [m for m in mentions if s <= m["start"] < e]
        out.append({
            "date": date,
            "precision": precision,
            "date_text": tx["text"],
            "timex": [tx["start"], tx["end"]],
            "sentence": [s, e],
            "speech": speech,
            "actors": sorted({m["text"] for m in in_sent if m["label"] in ACTOR_LABELS}),
            "places": sorted({m["text"] for m in in_sent if m["label"] in PLACE_LABELS}),
        })
    return out
