"""Disputes: where parties contradict each other, positions side by side.

Three sources of disputes, each a small function:
- explicit rejections (a claim carrying a ``denial``) linked to the claim they reject, in the same
  or an earlier sentence or in another article;
- contradictory control claims about one place (who holds the town) by different parties;
- figure groups whose spread is a disagreement between parties.
Two parties saying the same thing is not a dispute.
"""

from __future__ import annotations

from .text import jaccard, party_key as _party_key, terms, trim_span

_GENERIC = {"report", "claim", "allegation", "accusation", "story", "account", "rumour", "rumor", "statement"}


def _cite(item: dict) -> dict:
    return {"doc": item["doc"], "start": item["start"], "end": item["end"]}




def _sentence_item(doc: dict, span: list[int]) -> dict:
    s, e = trim_span(doc["text"], *span)
    return {"doc": doc["id"], "start": s, "end": e, "text": doc["text"][s:e]}


def denial_disputes(claims: list[dict], documents: list[dict], analyses: list[dict]) -> list[dict]:
    docs = {d["id"]: d for d in documents}
    order = {d["id"]: i for i, d in enumerate(documents)}
    sents = {a["doc"]: a["sentences"] for a in analyses}
    # score against distinct claim texts (syndicated copies repeat them), then pick an instance
    instances: dict = {}
    for ci, c in enumerate(claims):
        if not c.get("denial"):
            instances.setdefault(c["text"], []).append(ci)
    texts = list(instances)
    text_terms = [set(terms(t)) for t in texts]
    postings: dict = {}
    for ti, ts in enumerate(text_terms):
        for t in ts:
            postings.setdefault(t, []).append(ti)
    out = []
    for den in claims:
        info = den.get("denial")
        if not info:
            continue
        target = info.get("target") or {}
        denier = den["claimant"]
        probe = set(terms(target.get("text") or "")) - {"report", "claim"}
        probe |= set(terms(den["text"]))
        candidates = {ti for t in probe for ti in postings.get(t, ())}
        ranked = sorted(((jaccard(probe, text_terms[ti]), ti) for ti in candidates), reverse=True)
        best, best_score = None, 0.0
        for sc, ti in ranked:
            for ci in instances[texts[ti]]:
                c = claims[ci]
                if _party_key(c["claimant"]) == _party_key(denier):
                    continue
                if order[c["doc"]] > order[den["doc"]] or (c["doc"] == den["doc"] and c["start"] > den["start"]):
                    continue
                best, best_score = c, sc
                break
            if best is not None:
                break
        position = None
        if best is not None and best_score >= 0.12:
            position = {"party": dict(best["claimant"]), "claim": best["text"], "citations": [_cite(best)]}
        else:
            # "denied the report": the report is usually stated just before, by the outlet itself
            ds = docs[den["doc"]]
            spans = sents.get(den["doc"], [])
            prev = [sp for sp in spans if sp[1] <= den.get("sentence", [den["start"]])[0]]
            generic = not probe - _GENERIC or (target.get("text") and set(terms(target["text"])) <= _GENERIC)
            if prev and (generic or jaccard(probe, set(terms(ds["text"][prev[-1][0]:prev[-1][1]]))) >= 0.1):
                item = _sentence_item(ds, prev[-1])
                position = {"party": {"name": ds.get("source") or ds["id"], "entity": None},
                            "claim": item["text"], "citations": [_cite(item)]}
        if position is None:
            continue
        topic_src = target.get("text") or position["claim"]
        out.append({
            "topic": f"{info.get('cue', 'denial')}: {topic_src}"[:140],
            "kind": "denial",
            "positions": [position, {"party": dict(denier), "claim": den["text"], "citations": [_cite(den)]}],
        })
    return out


def figure_disputes(groups: list[dict], figures: list[dict]) -> list[dict]:
    by_id = {f["id"]: f for f in figures}
    out = []
    for g in groups:
        if g["spread"] != "disagreement":
            continue
        positions: dict = {}
        for fid in g["figures"]:
            f = by_id[fid]
            party = f.get("reported_by") or {"name": None, "entity": None}
            key = _party_key(party)
            if not key:
                continue
            pos = positions.setdefault(key, {"party": dict(party), "claim": f["text"], "citations": [], "values": []})
            pos["citations"].append(_cite(f))
            pos["values"].append(f["value"])
        if len(positions) >= 2 and len({max(p["values"]) for p in positions.values()}) >= 2:
            where = f" in {g['place']}" if g.get("place") else ""
            out.append({"topic": f"number {g['kind']}{where}", "kind": "figures",
                        "figure_group": g["id"], "positions": list(positions.values())})
    return out


def control_disputes(controls: list[dict]) -> list[dict]:
    """``controls``: [{place, place_entity, controller, controller_key, party, text, doc, start, end}].

    A dispute when statements about one place name at least two different controllers;
    positions are grouped by the party making the statement.
    """
    by_place: dict = {}
    for c in controls:
        by_place.setdefault(c.get("place_entity") or c["place"].lower(), []).append(c)
    out = []
    for place, items in by_place.items():
        controllers = {c["controller_key"] for c in items if c.get("controller_key")}
        if len(controllers) < 2:
            continue
        positions: dict = {}
        for c in items:
            key = (_party_key(c["party"]), c["controller_key"])
            pos = positions.setdefault(key, {"party": dict(c["party"]), "claim": c["text"],
                                             "controller": c["controller"], "citations": []})
            pos["citations"].append(_cite(c))
        out.append({"topic": f"control of {items[0]['place']}", "kind": "control",
                    "positions": list(positions.values())})
    return out


def find_disputes(claims, documents, analyses, figure_groups, figures, controls) -> list[dict]:
    disputes = denial_disputes(claims, documents, analyses)
    disputes += control_disputes(controls)
    disputes += figure_disputes(figure_groups, figures)
    for n, d in enumerate(disputes, 1):
        d["id"] = f"d{n}"
    return disputes
