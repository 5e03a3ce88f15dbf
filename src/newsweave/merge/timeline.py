"""One merged timeline: the same event reported by several outlets becomes one entry.

Events are grouped by their resolved date; within a date, sentences that share enough content
words are one event. The entry's summary is the sentence of its first reporter; every report is
a citation. Dates well before the story's first article are background, kept apart.
"""

from __future__ import annotations

from datetime import date, timedelta

from .entities import link
from .text import jaccard, terms, trim_span

BACKGROUND_DAYS = 30


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
    groups: list[dict] = []
    by_date: dict = {}
    for r in reports:
        for g in by_date.get((r["date"], r["precision"]), []):
            if jaccard(r["terms"], g["terms"]) >= same_event:
                g["reports"].append(r)
                g["terms"] |= r["terms"]
                break
        else:
            g = {"date": r["date"], "precision": r["precision"], "reports": [r], "terms": set(r["terms"])}
            groups.append(g)
            by_date.setdefault((r["date"], r["precision"]), []).append(g)

    events = []
    for g in groups:
        reps = g["reports"]
        first = min(reps, key=lambda r: (order[r["doc"]], r["speech"], r["start"]))
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
            "date_text": first["date_text"],
            "summary": first["text"],
            "actors": actors,
            "places": places,
            "citations": [{"doc": r["doc"], "start": r["start"], "end": r["end"]} for r in reps],
            "sources": sources,
            "first_reported_by": sources[0],
            "source_count": len(sources),
            "background": _is_background(g["date"], g["precision"], story_start),
            "speech": all(r["speech"] for r in reps),
        })
    events.sort(key=lambda e: (e["background"] is False, e["date"], -e["source_count"]))
    for n, ev in enumerate(events, 1):
        ev["id"] = f"t{n}"
    return events
