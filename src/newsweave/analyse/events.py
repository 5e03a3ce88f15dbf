"""Dated events: sentences that report something happening on an anchored date.

A sentence becomes an event when it holds a date expression that resolves to a day, month or
year (``on Thursday night`` in an article of Saturday 19 March 2011 -> 2011-03-17). The date
that governs a non-speech verb wins over the date of a statement ("said on Friday that ...").
Timestamps ("Sat Apr 25, 2009 12:51 am BST"), datelines and reader comments ("At 18:20 29th Apr
2009, jsmith wrote: ...") are not events. Each event also says which sentence of the article it
is (``position``), whether its date governs a statement (``speech``) and whether it is only
planned (``planned``: "will meet on Friday", "is expected to rule on Friday", or any date after the
article's publication: "said they would hold a vigil on Sunday" in Saturday's paper).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import component
from .timex import resolve_date

SPEECH = {
    "say", "tell", "add", "state", "claim", "insist", "deny", "warn", "announce", "declare",
    "report", "confirm", "describe", "call", "accuse", "explain", "note", "write", "urge",
}
# a reader comment's or forum post's header: a clock time and date, then "NAME wrote:"
COMMENT_HEADER = re.compile(r"\d{1,2}[:.]\d{2}\b[^.\n]{0,60}?\bwrote\s*:", re.I)
# lower-case words outside the date expression: fewer is a dateline or a timestamp
# ("LONDON | Wed Apr 29, 2009 12:20 am BST LONDON (Reuters)")
MIN_WORDS = 2
_WORDS = re.compile(r"(?<![^\W\d_])(?!(?:am|pm)\b)[a-z]{2,}(?![^\W\d_])")
# a date that only opens a duration ("missing since Monday", "has fed evacuees since Monday",
# "in office since 2019") dates the start of a state, not what the sentence reports
SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:(?:late|early|mid)[\s-]+)?$", re.I)
# a clock time with no day word ('8pm', '11.10pm', 'noon', 'midnight'): the tagger anchors it on
# the publication day, which is wrong as often as right (a daily's '8pm' is usually last night)
CLOCK_ONLY = re.compile(r"^(?:(?:about|around|shortly|just|before|after|at|by|until|\s)+)?"
                        r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)$", re.I)
ACTOR_LABELS = {"PERSON", "ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _governing_verb(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _depth(tok) -> int:
    """Steps from ``tok`` up to its sentence's root (a modifier's verb lies deeper than the main one)."""
    n = 0
    while tok is not None and tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _is_planned(verb) -> bool:
    """The dated verb is ahead of the report, not a fact yet: "will meet on Friday", "is to vote on
    Friday", "is expected to rule on Friday", "is scheduled to begin on 4 January"."""
    if verb is None:
        return False
    for tok in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ == "aux" and (c.lower_ in ("will", "shall", "'ll") or c.tag_ == "TO") for c in tok.children):
            return True
        if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "to") for c in tok.children):
            return True
    return False


def _after_publication(date: str, published: str | None) -> bool:
    """The date lies wholly after the day the article was published (compared at the date's own
    precision: "2026-11" is not after "2026-11-05")."""
    return bool(published) and date > published[:len(date)]


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
        if (tx.get("type") == "TIME" and CLOCK_ONLY.match(tx["text"])
                and article.published and resolved[0] == article.published[:10]):
            continue  # '8pm' with no day word near: anchored on the publication day, which is a guess
        if SINCE.search(article.text, max(0, tx["start"] - 20), tx["start"]) or tx["text"].lower().startswith("since "):
            continue
        si = bisect_right(starts, tx["start"]) - 1
        if si < 0:
            continue
        verb = _governing_verb(doc, tx["start"], tx["end"])
        speech = bool(verb is not None and verb.lemma_.lower() in SPEECH)
        by_sentence.setdefault(si, []).append((speech, tx, resolved, _is_planned(verb), _depth(verb)))
    mentions = found.get("mentions", [])
    out = []
    for si, cands in sorted(by_sentence.items()):
        # prefer a date governing an event verb, then the most precise, then the one nearest the
        # main clause ('a man wounded on Monday night had died on Friday': the death), then the first
        cands.sort(key=lambda c: (c[0], {"day": 0, "month": 1, "year": 2}[c[2][1]], c[4], c[1]["start"]))
        speech, tx, (date, precision), planned, _ = cands[0]
        if _after_publication(date, article.published):
            planned = True  # "said they would hold a vigil on Sunday" in Saturday's paper: not a fact yet
        s, e = sents[si]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue  # a dateline ("TALMIRA, March 14 (Meridian) -") or a heading: nothing happens
        text = article.text
        rest = text[s:tx["start"]] + " " + text[tx["end"]:e]
        if len(_WORDS.findall(rest)) < MIN_WORDS:
            continue  # "Sat Apr 25, 2009 12:51 am BST": a timestamp, not an event
        if COMMENT_HEADER.search(text, s, e):
            continue  # "At 18:20 29th Apr 2009, jsmith wrote: ...": a reader's comment, not a report
        in_sent = [m for m in mentions if s <= m["start"] < e]
        out.append({
            "date": date,
            "precision": precision,
            "date_text": tx["text"],
            "timex": [tx["start"], tx["end"]],
            "sentence": [s, e],
            "position": si,
            "speech": speech,
            "planned": planned,
            "actors": sorted({m["text"] for m in in_sent if m["label"] in ACTOR_LABELS}),
            "places": sorted({m["text"] for m in in_sent if m["label"] in PLACE_LABELS}),
        })
    return out
