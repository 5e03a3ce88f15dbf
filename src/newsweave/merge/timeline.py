"""One merged timeline: the same event reported by several outlets becomes one entry.

Events are grouped by their resolved date; within a date, sentences that share enough content
words are one event (Jaccard overlap of content terms, or most of the shorter sentence's
content terms when it shares at least three, so that a short and a long report of the same
event still merge). Every report is a citation. Dates well before the story's first article are
background, kept apart.

The entry's summary is its most representative report, scored the way extractive timeline
summarizers (news-tls DATEWISE) pick a date's sentence: closeness (IDF-weighted cosine) to the
centroid of every report of that date, times the closeness to the story as a whole, times a
plainness factor -- short-ish factual sentences win over long ones, quotes, statements ("X said
that ...") and what is only planned ("will meet on Friday"); the first reporter wins ties.
``summary_citation`` is that report's citation, ``summary_score`` its score (``select_timeline``
ranks a date's entries by it), ``later_reports`` the number of articles published two or more
days after the event that still report it. (Preferring an article's lead sentences was tried
and made the Timeline17 dev alignment worse, so a report's ``position`` is not used.)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta

from .entities import link
from .text import jaccard, terms, trim_span

BACKGROUND_DAYS = 30
CONTAINED = 0.6      # share of the shorter report's terms found in the group
MIN_SHARED = 3


SAME_WEIGHTED = 0.3  # IDF-weighted cosine of two reports' content terms

# summary plainness: a report's score is multiplied by these
QUOTE_PENALTY = 0.5       # holds a quotation ("...", “...”, ``...'')
SPEECH_PENALTY = 0.8      # the date governs a statement ("said on Friday that ...")
PLANNED_PENALTY = 0.6     # says what is due on the date ("will meet on Friday"), not what happened
LONG_WORDS, SHORT_WORDS = 35, 8   # beyond / below these word counts the score shrinks
REPEATS = 0.5             # select_timeline: term overlap (Jaccard) above which an entry repeats another
_QUOTE = re.compile(r"[\"“”]|``|''")
_WORD = re.compile(r"\w+")


def _plainness(r: dict) -> float:
    n = len(_WORD.findall(r["text"]))
    f = 1.0
    if n > LONG_WORDS:
        f *= LONG_WORDS / n
    elif n < SHORT_WORDS:
        f *= n / SHORT_WORDS
    if _QUOTE.search(r["text"]):
        f *= QUOTE_PENALTY
    if r.get("speech"):
        f *= SPEECH_PENALTY
    if r.get("planned"):
        f *= PLANNED_PENALTY
    return f


def _score_reports(reports: list[dict], idf: dict) -> None:
    """``r["score"]``: centrality among the reports of its date x closeness to the story x plainness."""
    story: Counter = Counter()
    by_date: dict = {}
    for r in reports:
        for t in r["terms"]:
            story[t] += idf[t]
        by_date.setdefault((r["date"], r["precision"]), []).append(r)
    story_norm = math.sqrt(sum(v * v for v in story.values())) or 1.0
    for reps in by_date.values():
        centroid: Counter = Counter()
        for r in reps:
            for t in r["terms"]:
                centroid[t] += idf[t] / r["weight"]
        c_norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
        for r in reps:
            to_date = sum(centroid[t] * idf[t] for t in r["terms"]) / (c_norm * r["weight"])
            to_story = sum(story[t] * idf[t] for t in r["terms"]) / (story_norm * r["weight"])
            r["score"] = to_date * to_story * _plainness(r)


def _weighted(a: dict, b: dict, idf: dict) -> float:
    """Cosine of binary term vectors weighted by IDF over the story's reports: a rare shared
    word ("market", a place name) counts for more than the story's everyday words."""
    shared = a["terms"] & b["terms"]
    return sum(idf[t] ** 2 for t in shared) / (a["weight"] * b["weight"])


def _same_event(a: set, b: set, threshold: float) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    if shared / len(a | b) >= threshold:
        return True
    return shared >= MIN_SHARED and shared / min(len(a), len(b)) >= CONTAINED


def _is_background(d: str, precision: str, story_start: str | None) -> bool:
    if not story_start:
        return False
    start = date.fromisoformat(story_start)
    if precision == "day":
        return date.fromisoformat(d) < start - timedelta(days=BACKGROUND_DAYS)
    if precision == "month":
        y, m = map(int, d.split("-"))
        return (y, m) < ((start - timedelta(days=BACKGROUND_DAYS)).year, (start - timedelta(days=BACKGROUND_DAYS)).month)
    return int(d) < start.year


RETELLING_DAYS = 2  # an article published this many days after an event or later retells it


def _later_reports(g: dict, reps: list[dict], docs: dict) -> int:
    """How many articles published at least RETELLING_DAYS after the event still cite it: the
    events a story keeps coming back to are its milestones."""
    if g["precision"] != "day":
        return 0
    due = (date.fromisoformat(g["date"]) + timedelta(days=RETELLING_DAYS)).isoformat()
    return len({r["doc"] for r in reps if (docs[r["doc"]].get("published") or "")[:10] >= due})


def build_timeline(documents: list[dict], analyses: list[dict], index: dict,
                   story_start: str | None, same_event: float = 0.25) -> list[dict]:
    docs = {d["id"]: d for d in documents}
    order = {d["id"]: (d.get("published") or "9999", i) for i, d in enumerate(documents)}
    reports = []
    for a in analyses:
        text = docs[a["doc"]]["text"]
        for ev in a.get("events", []):
            s, e = trim_span(text, *ev["sentence"])
            reports.append({**ev, "doc": a["doc"], "start": s, "end": e, "text": text[s:e],
                            "terms": set(terms(text[s:e]))})
    reports.sort(key=lambda r: (r["date"], order[r["doc"]], r["start"]))
    df = Counter(t for r in reports for t in r["terms"])
    n = len(reports) or 1
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    for r in reports:
        r["weight"] = math.sqrt(sum(idf[t] ** 2 for t in r["terms"])) or 1.0
    _score_reports(reports, idf)
    groups: list[dict] = []
    by_date: dict = {}
    for r in reports:
        best, best_sim = None, 0.0
        for g in by_date.get((r["date"], r["precision"]), []):
            sim = max(_weighted(r, g0, idf) for g0 in g["reports"][:3])
            if (sim >= SAME_WEIGHTED or _same_event(r["terms"], g["first_terms"], same_event)
                    or jaccard(r["terms"], g["terms"]) >= same_event) and sim >= best_sim:
                best, best_sim = g, sim
        if best is not None:
            best["reports"].append(r)
            best["terms"] |= r["terms"]
        else:
            g = {"date": r["date"], "precision": r["precision"], "reports": [r], "terms": set(r["terms"]),
                 "first_terms": r["terms"]}
            groups.append(g)
            by_date.setdefault((r["date"], r["precision"]), []).append(g)

    events = []
    for g in groups:
        reps = g["reports"]
        first = min(reps, key=lambda r: (order[r["doc"]], r["speech"], r["start"]))
        best = max(reps, key=lambda r: (round(r["score"], 9), r is first))
        sources = []
        for r in sorted(reps, key=lambda r: order[r["doc"]]):
            src = docs[r["doc"]].get("source") or r["doc"]
            if src not in sources:
                sources.append(src)
        actors = sorted({i for r in reps for n in r["actors"] if (i := link(index, n))})
        places = sorted({i for r in reps for n in r["places"] if (i := link(index, n, "place"))})
        events.append({
            "date": g["date"],
            "precision": g["precision"],
            "date_text": best["date_text"],
            "summary": best["text"],
            "summary_citation": {"doc": best["doc"], "start": best["start"], "end": best["end"]},
            "summary_score": round(best["score"], 6),
            "actors": actors,
            "places": places,
            "citations": [{"doc": r["doc"], "start": r["start"], "end": r["end"]} for r in reps],
            "sources": sources,
            "first_reported_by": sources[0],
            "source_count": len(sources),
            "later_reports": _later_reports(g, reps, docs),
            "background": _is_background(g["date"], g["precision"], story_start),
            "speech": all(r["speech"] for r in reps),
            "planned": all(r.get("planned", False) for r in reps),
        })
    events.sort(key=lambda e: (e["background"] is False, e["date"], -e["source_count"]))
    for n, ev in enumerate(events, 1):
        ev["id"] = f"t{n}"
    return events


def select_timeline(events: list[dict], max_dates: int | None = None, sentences_per_date: int | None = None,
                    *, include_background: bool = False, day_only: bool = False) -> list[dict]:
    """The most reported dates of a timeline, at most ``sentences_per_date`` entries each.

    Dates are ranked by how many outlets name them, then by how many articles do, counting
    twice an article that retells the event two or more days later (the days a story keeps
    coming back to are its milestones; one article repeating a date many times counts once),
    then by citations. Within a date, entries by their number of outlets, then their summary's
    score (see the module's doc), then citations, then non-speech first, then closeness to the
    date's centroid; an entry that mostly repeats one already kept is passed over while others
    remain. The result is in date order. Background entries are left out unless
    ``include_background``.
    """
    by_date: dict[str, list[dict]] = {}
    for ev in events:
        if ev.get("background") and not include_background:
            continue
        if day_only and ev.get("precision") != "day":
            continue
        by_date.setdefault(ev["date"], []).append(ev)

    def date_weight(item):
        d, evs = item
        sources = {s for e in evs for s in e["sources"]}
        articles = len({c["doc"] for e in evs for c in e["citations"]})
        later = sum(e.get("later_reports", 0) for e in evs)
        return (-len(sources), -(articles + later), -sum(len(e["citations"]) for e in evs), d)

    ranked = sorted(by_date.items(), key=date_weight)
    if max_dates is not None:
        ranked = ranked[:max_dates]
    out = []
    for d, evs in sorted(ranked, key=lambda it: it[0]):
        # the date's centroid: content terms of every entry, weighted by its reports
        bag: Counter = Counter()
        tv = {}
        for e in evs:
            tv[id(e)] = Counter(terms(e["summary"]))
            for t in tv[id(e)]:
                bag[t] += len(e["citations"])
        norm = math.sqrt(sum(v * v for v in bag.values())) or 1.0

        def central(e):
            v = tv[id(e)]
            return sum(bag[t] for t in v) / (norm * (math.sqrt(len(v)) or 1.0))

        evs = sorted(evs, key=lambda e: (-e["source_count"], -e.get("summary_score", 0.0),
                                         -len(e["citations"]), e.get("speech", False), -central(e)))
        if not sentences_per_date:
            out.extend(evs)
            continue
        # greedily, skipping an entry that mostly repeats one already kept (unless nothing else is left)
        kept: list[dict] = []
        for e in evs:
            if len(kept) >= sentences_per_date:
                break
            te = set(tv[id(e)])
            if any(jaccard(te, set(tv[id(k)])) > REPEATS for k in kept):
                continue
            kept.append(e)
        kept += [e for e in evs if e not in kept][:sentences_per_date - len(kept)]
        out.extend(kept)
    return out
