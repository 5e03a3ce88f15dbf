"""Score a briefing against hand-written gold (the bundled sample story's ``gold.json``).

Used by the tests (with thresholds) and by ``bench/sample_gold.py`` (which prints the figures).
Matching is by position in the source text, not by our own ids, so the scores are honest:
- quotes: a gold quote is found when a quote of the same document overlaps its span by half;
  its speaker is right when the quote's speaker entity (or name) carries the gold speaker's name;
- figures: the same document, value and kind, inside the sentence the gold names; the reporter
  is right when it matches the gold party (or both are the journalist's own voice);
- disputes: a found dispute whose positions cite the sentences of at least two gold sides;
- timeline: an entry on the gold date citing the gold sentence;
- entities: every gold alias sits in the gold entity's one merged entity (and no two gold
  entities are merged).
"""

from __future__ import annotations

import json
from pathlib import Path


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("’", "'").split())


def _names(briefing: dict, entity_id: str | None) -> set[str]:
    for e in briefing["entities"]:
        if e["id"] == entity_id:
            return {_norm(n) for n in [e["name"], *e["aliases"]]}
    return set()


def _party_matches(briefing: dict, gold_name: str | None, party: dict | None, gold_entities: dict) -> bool:
    if not gold_name:
        return not party or not party.get("name")
    if not party or not party.get("name"):
        return False
    wanted = {_norm(gold_name)} | {_norm(a) for a in gold_entities.get(gold_name, [])}
    found = {_norm(party["name"])} | _names(briefing, party.get("entity"))
    return bool(wanted & found) or any(w in f or f in w for w in wanted for f in found if len(f) > 3 and len(w) > 3)


def _span(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else None


def _sentence_span(briefing: dict, doc: str, contains: str) -> tuple[int, int] | None:
    text = _doc_text(briefing, doc)
    hit = _span(text, contains)
    if hit is None:
        return None
    # widen to the sentence-ish region: up to the previous/next sentence end
    s = max(text.rfind(". ", 0, hit[0]), text.rfind("\n", 0, hit[0])) + 1
    e_candidates = [i for i in (text.find(". ", hit[1]), text.find("\n", hit[1])) if i >= 0]
    e = min(e_candidates) + 1 if e_candidates else len(text)
    return s, e


def _doc_text(briefing: dict, doc: str) -> str:
    for d in briefing["documents"]:
        if d["id"] == doc:
            return d["text"]
    return ""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(briefing: dict, gold: dict) -> dict:
    gold_entities = {e["name"]: e.get("aliases", []) for e in gold.get("entities", [])}
    out: dict = {}

    # quotes
    found_q = recall_q = speaker_ok = 0
    for g in gold.get("quotes", []):
        span = _span(_doc_text(briefing, g["doc"]), g["text"])
        if span is None:
            continue
        best = None
        for q in briefing["quotes"]:
            if q["doc"] != g["doc"] or q["kind"] == "reported":
                continue
            parts = q.get("parts") or [q]
            ov = sum(_overlap(span, (p["start"], p["end"])) for p in parts)
            if ov * 2 >= span[1] - span[0] and (best is None or ov > best[0]):
                best = (ov, q)
        if best:
            recall_q += 1
            speaker_ok += _party_matches(briefing, g["speaker"], best[1]["speaker"], gold_entities)
    n_q = len(gold.get("quotes", []))
    direct = [q for q in briefing["quotes"] if q["kind"] != "reported"]
    matched_found = 0
    for q in direct:
        for g in gold.get("quotes", []):
            span = _span(_doc_text(briefing, g["doc"]), g["text"])
            if g["doc"] == q["doc"] and span and _overlap(span, (q["start"], q["end"])) > 0:
                matched_found += 1
                break
    out["quotes"] = {"gold": n_q, "found": len(direct), "recall": recall_q / n_q if n_q else 1.0,
                     "precision": matched_found / len(direct) if direct else 1.0,
                     "speaker_accuracy": speaker_ok / recall_q if recall_q else 0.0}

    # figures
    hits = reporter_ok = 0
    used = set()
    for g in gold.get("figures", []):
        sent = _sentence_span(briefing, g["doc"], g["contains"])
        if sent is None:
            continue
        for f in briefing["figures"]:
            if (f["id"] not in used and f["doc"] == g["doc"] and f["kind"] == g["kind"]
                    and float(f["value"]) == float(g["value"]) and _overlap(sent, (f["start"], f["end"])) > 0):
                used.add(f["id"])
                hits += 1
                reporter_ok += _party_matches(briefing, g.get("reported_by"), f.get("reported_by"), gold_entities)
                break
    n_f = len(gold.get("figures", []))
    found_f = briefing["figures"]
    out["figures"] = {"gold": n_f, "found": len(found_f), "recall": hits / n_f if n_f else 1.0,
                      "precision": hits / len(found_f) if found_f else 1.0,
                      "reporter_accuracy": reporter_ok / hits if hits else 0.0}

    # disputes
    d_hits = 0
    matched_disputes = set()
    for g in gold.get("disputes", []):
        sides = [_sentence_span(briefing, s["doc"], s["contains"]) for s in g["sides"]]
        hit = False
        for d in briefing["disputes"]:
            cited = 0
            for side, gs in zip(sides, g["sides"]):
                if side and any(c["doc"] == gs["doc"] and _overlap(side, (c["start"], c["end"])) > 0
                                for p in d["positions"] for c in p["citations"]):
                    cited += 1
            if cited >= 2:
                matched_disputes.add(d["id"])
                hit = True
        d_hits += bool(hit)
    n_d = len(gold.get("disputes", []))
    found_d = len(briefing["disputes"])
    out["disputes"] = {"gold": n_d, "found": found_d, "recall": d_hits / n_d if n_d else 1.0,
                       "precision": len(matched_disputes) / found_d if found_d else 1.0}

    # timeline
    t_hits = 0
    for g in gold.get("timeline", []):
        sent = _sentence_span(briefing, g["doc"], g["contains"])
        if sent and any(ev["date"] == g["date"] and any(c["doc"] == g["doc"] and _overlap(sent, (c["start"], c["end"])) > 0
                                                         for c in ev["citations"]) for ev in briefing["events"]):
            t_hits += 1
    n_t = len(gold.get("timeline", []))
    out["timeline"] = {"gold": n_t, "recall": t_hits / n_t if n_t else 1.0, "entries": len(briefing["events"])}

    # entities
    by_alias = {}
    for e in briefing["entities"]:
        for n in [e["name"], *e["aliases"]]:
            by_alias.setdefault(_norm(n), set()).add(e["id"])
    merged_ok = 0
    owners = {}
    for g in gold.get("entities", []):
        ids = [by_alias.get(_norm(a), set()) for a in [g["name"], *g.get("aliases", [])]]
        present = [i for i in ids if i]
        common = set.intersection(*present) if present else set()
        if present and len(present) == len(ids) and common:
            merged_ok += 1
            owners[g["name"]] = common
    wrongly_joined = sum(1 for a in owners for b in owners if a < b and owners[a] & owners[b])
    n_e = len(gold.get("entities", []))
    out["entities"] = {"gold": n_e, "fully_merged": merged_ok / n_e if n_e else 1.0, "wrongly_joined": wrongly_joined}
    return out


def load_gold(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
