"""Disputes: where parties contradict each other, positions side by side.

Four sources of disputes, each a small function:
- explicit rejections (a claim carrying a ``denial``) linked to the claim they reject, in the same
  or an earlier sentence or in another article;
- contradictions: one party says something did not happen that another party says did
  ("no air strike had taken place" against "jets struck the market");
- contradictory control claims about one place (who holds the town) by different parties;
- figure groups whose spread is a disagreement between parties.
Two parties saying the same thing is not a dispute. The journalist's own cues ("could not be
independently verified", "conflicting reports") are attached to the dispute they follow as notes.
"""

from __future__ import annotations

import re

from .text import jaccard, party_key as _party_key, terms, trim_span

_GENERIC = set(terms("report reports claim claims allegation allegations accusation accusations account "
                     "accounts story rumour rumor statement propaganda lies lie nonsense rubbish "
                     "fabricated fabrication fantasy false untrue baseless figure figures toll number "
                     "numbers"))


def _cite(item: dict) -> dict:
    return {"doc": item["doc"], "start": item["start"], "end": item["end"]}


def _sentence_item(doc: dict, span: list[int]) -> dict:
    s, e = trim_span(doc["text"], *span)
    return {"doc": doc["id"], "start": s, "end": e, "text": doc["text"][s:e]}


_NEGATIVE = re.compile(r"\b(?:no|not|never|nobody|nothing|none|n't|deny|denied|denies|false)\b", re.I)


def _affirmative(claim: dict) -> bool:
    """A denial contradicts something asserted: negative statements are not what is denied."""
    return not claim.get("negated") and not claim.get("denial") and not _NEGATIVE.search(claim["text"])


def _preceding_report(den, denier, sent_span, claims, figures, ds, spans, mentions) -> dict | None:
    """The position a bare rejection ('denied the report', 'dismissed the figure') answers: the
    nearest earlier statement in the same article by another party -- an attributed claim, or
    the previous sentence with the party its figures are reported by (else the outlet)."""
    near = [c for c in claims if c["doc"] == den["doc"] and sent_span[0] - 800 <= c["start"] < sent_span[0]
            and _affirmative(c) and c["claimant"].get("name")
            and _party_key(c["claimant"]) != _party_key(denier)]
    claim = max(near, key=lambda c: (c.get("source") == "reported", c["start"]), default=None)
    prev = [sp for sp in spans if sp[1] <= sent_span[0] and len(ds["text"][sp[0]:sp[1]].split()) >= 5]
    if prev and (claim is None or claim["start"] < prev[-1][0]):
        item = _sentence_item(ds, prev[-1])
        inside = [c["claimant"] for c in claims if c["doc"] == den["doc"] and c["claimant"].get("name")
                  and item["start"] <= c["start"] < item["end"]]
        inside += [f["reported_by"] for f in figures if f["doc"] == den["doc"] and f.get("reported_by")
                   and item["start"] <= f["start"] < item["end"]]
        inside += [{"name": m["text"], "entity": None} for m in mentions.get(den["doc"], [])
                   if m["label"] in ("PERSON", "ORG", "NORP") and item["start"] <= m["start"] < item["end"]]
        party = inside[0] if inside else None
        if party is None:
            party = {"name": ds.get("source") or ds["id"], "entity": None}
        if _party_key(party) != _party_key(denier):
            return {"party": dict(party), "claim": item["text"], "citations": [_cite(item)]}
    if claim is not None:
        return {"party": dict(claim["claimant"]), "claim": claim["text"], "citations": [_cite(claim)]}
    return None


def denial_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                    figures: list[dict] = ()) -> list[dict]:
    """Each rejection ('denied the report', 'dismissed the claim as propaganda') against the
    claim it rejects: the affirmative claim of another party that shares most content with the
    rejection and its target, earlier in the same article or in an earlier article; for a bare
    'denied the report', the sentence just before it in the same article."""
    docs = {d["id"]: d for d in documents}
    order = {d["id"]: i for i, d in enumerate(documents)}
    sents = {a["doc"]: a["sentences"] for a in analyses}
    mentions = {a["doc"]: a.get("mentions", []) for a in analyses}
    # score against distinct claim texts (syndicated copies repeat them), then pick an instance
    instances: dict = {}
    for ci, c in enumerate(claims):
        if _affirmative(c):
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
        ds = docs[den["doc"]]
        sent_span = trim_span(ds["text"], *den.get("sentence", [den["start"], den["end"]]))
        probe = (set(terms(target.get("text") or "")) | set(terms(den["text"]))) - _GENERIC
        candidates = {ti for t in probe for ti in postings.get(t, ())}
        # at least two content words in common: one shared word ('rebel') is not the same matter
        ranked = sorted(((jaccard(probe, text_terms[ti]), ti) for ti in candidates
                         if len(probe & text_terms[ti]) >= 2), reverse=True)
        best, best_score = None, 0.0
        for sc, ti in ranked:
            for ci in instances[texts[ti]]:
                c = claims[ci]
                if _party_key(c["claimant"]) == _party_key(denier) or not c["claimant"].get("name"):
                    continue
                if order[c["doc"]] > order[den["doc"]] or (c["doc"] == den["doc"] and c["start"] > den["start"]):
                    continue
                best, best_score = c, sc
                break
            if best is not None:
                break
        position = None
        if len(probe) < 2:
            # a bare "denied the report": what was reported just before it, by another party;
            # with one content word ('the rebel claims') that word must be in it
            position = _preceding_report(den, denier, sent_span, claims, figures, ds, sents.get(den["doc"], []),
                                         mentions)
            if position and probe and not probe & set(terms(position["claim"] + " " + (position["party"]["name"] or ""))):
                position = None
        elif best is not None and best_score >= 0.12:
            position = {"party": dict(best["claimant"]), "claim": best["text"], "citations": [_cite(best)]}
        if position is None:
            continue
        denial = {"doc": den["doc"], "start": sent_span[0], "end": sent_span[1]}
        out.append({
            "topic": (target.get("text") or position["claim"])[:140],
            "kind": "denial",
            "positions": [position, {"party": dict(denier), "claim": ds["text"][sent_span[0]:sent_span[1]],
                                     "citations": [denial]}],
        })
    return out


def _same_matter(disputes: list[dict], threshold: float = 0.2) -> list[dict]:
    """Rejections about one matter (the same air strike denied three times) become one dispute,
    its positions grouped by party."""
    merged: list[dict] = []
    for d in disputes:
        words = set().union(*(terms(p["claim"]) for p in d["positions"]))
        for m in merged:
            if jaccard(words, m["_words"]) >= threshold:
                m["_words"] |= words
                for p in d["positions"]:
                    q = next((q for q in m["positions"] if _party_key(q["party"]) == _party_key(p["party"])), None)
                    if q is None:
                        m["positions"].append(p)
                    else:
                        q["citations"].extend(c for c in p["citations"] if c not in q["citations"])
                break
        else:
            merged.append({**d, "_words": words})
    for m in merged:
        del m["_words"]
    return merged


_NEGATION_WORDS = set(terms("no not never nobody nothing none deny denied denies false"))


def contradiction_disputes(claims: list[dict], min_shared: int = 3, threshold: float = 0.2) -> list[dict]:
    """A negative statement by one party against an affirmative one by another about the same
    matter (at least ``min_shared`` content words in common). Distinct texts are compared once
    through an inverted index, so syndicated copies cost nothing."""
    negative: dict = {}
    for c in claims:
        if not c.get("denial") and c["claimant"].get("name") and (c.get("negated") or _NEGATIVE.search(c["text"])):
            negative.setdefault((c["text"], _party_key(c["claimant"])), c)
    if not negative:
        return []
    positive: dict = {}
    for c in claims:
        if c["claimant"].get("name") and _affirmative(c):
            positive.setdefault((c["text"], _party_key(c["claimant"])), c)
    pos_items = list(positive.items())
    pos_terms = [set(terms(text)) for (text, _), _c in pos_items]
    postings: dict = {}
    for i, ts in enumerate(pos_terms):
        for t in ts:
            postings.setdefault(t, []).append(i)
    out = []
    for (text, party), neg in negative.items():
        nt = set(terms(text)) - _NEGATION_WORDS
        shared: dict = {}
        for t in nt:
            for i in postings.get(t, ()):
                shared[i] = shared.get(i, 0) + 1
        best, best_score = None, 0.0
        for i, n in shared.items():
            if n < min_shared or pos_items[i][0][1] == party:
                continue
            score = jaccard(nt, pos_terms[i])
            if score > best_score:
                best, best_score = pos_items[i][1], score
        if best is not None and best_score >= threshold:
            out.append({"topic": best["text"][:140], "kind": "contradiction",
                        "positions": [{"party": dict(best["claimant"]), "claim": best["text"], "citations": [_cite(best)]},
                                      {"party": dict(neg["claimant"]), "claim": neg["text"], "citations": [_cite(neg)]}]})
    return out


_CAVEAT = re.compile(
    r"(?:could not|cannot|can't|couldn't|was unable to|were unable to|has not been able to|have not been able to)"
    r"\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|"
    r"\b(?:conflicting|contradictory|differing|competing)\s+(?:reports|accounts|claims|figures|versions)\b|"
    r"\baccounts\s+(?:differ|vary|conflict)|\bdisputed\b|\bunverified\b", re.I)


def attach_caveats(disputes: list[dict], documents: list[dict], analyses: list[dict], window: int = 600) -> list[dict]:
    """The journalist's own signs of disagreement; each becomes a note on the dispute whose
    citations stand just before it in the same article. Returns all caveats found."""
    caveats = []
    for a in analyses:
        doc = next(d for d in documents if d["id"] == a["doc"])
        for s, e in a["sentences"]:
            if _CAVEAT.search(doc["text"], s, e):
                s2, e2 = trim_span(doc["text"], s, e)
                note = {"text": doc["text"][s2:e2], "doc": doc["id"], "start": s2, "end": e2}
                caveats.append(note)
                near = [d for d in disputes if any(c["doc"] == doc["id"] and s2 - window <= c["start"] < s2
                                                    for p in d["positions"] for c in p["citations"])]
                if near:
                    # the dispute cited closest before the caveat
                    target = max(near, key=lambda d: max(c["start"] for p in d["positions"] for c in p["citations"]
                                                         if c["doc"] == doc["id"] and c["start"] < s2))
                    target.setdefault("notes", []).append(note)
    return caveats


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


def _consolidate(disputes: list[dict]) -> list[dict]:
    """One dispute per matter: the same positions reported again (syndicated copies, follow-ups)
    add their citations to the first dispute instead of repeating it."""
    out: list[dict] = []
    seen: dict = {}
    for d in disputes:
        sig = (d.get("kind"), frozenset((_party_key(p["party"]), " ".join(p["claim"].lower().split()))
                                        for p in d["positions"]))
        if sig not in seen:
            seen[sig] = d
            out.append(d)
            continue
        first = seen[sig]
        for p in d["positions"]:
            key = (_party_key(p["party"]), " ".join(p["claim"].lower().split()))
            for q in first["positions"]:
                if (_party_key(q["party"]), " ".join(q["claim"].lower().split())) == key:
                    q["citations"].extend(c for c in p["citations"] if c not in q["citations"])
    return out


def find_disputes(claims, documents, analyses, figure_groups, figures, controls) -> list[dict]:
    disputes = _same_matter(denial_disputes(claims, documents, analyses, figures)
                            + contradiction_disputes(claims))
    disputes += control_disputes(controls)
    disputes += figure_disputes(figure_groups, figures)
    disputes = _consolidate(disputes)
    for n, d in enumerate(disputes, 1):
        d["id"] = f"d{n}"
    return disputes
