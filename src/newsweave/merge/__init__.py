"""Merge a story: per-article analyses (plain dicts) -> one briefing (plain dict).

``merge_story`` is the only entry point; each part of the briefing is built by its own module
(entities, timeline, figures, disputes, places, summary) from the analyses and the documents.
"""

from __future__ import annotations

import re

from .. import __version__
from ..article import Article
from .disputes import attach_caveats, find_disputes
from .entities import FAMILY, add_collectives, link, merge_entities, person_by_role
from .figures import group_figures, resolve_reporters
from .summary import summarise
from .timeline import build_timeline

SCHEMA = "newsweave/briefing@1"


_DATELINE_END = re.compile(r"\s*(?:,|\(|[-–—])")


def _dateline(text: str, who: dict | None) -> bool:
    """'TALMIRA, March 14 (Meridian) - Rebels said': the capitalised place opening a paragraph
    is a dateline, never a speaker or a source."""
    if not who or who.get("start") is None or not (who.get("name") or "").isupper():
        return False
    s, e = who["start"], who["end"]
    return (s == 0 or text[s - 1] == "\n") and bool(_DATELINE_END.match(text, e))


def _speaker(text: str, who: dict | None) -> dict | None:
    return None if _dateline(text, who) else who


def _party(index: dict, who: dict | None, fallback: str | None = None) -> dict | None:
    if not who or not who.get("name"):
        return None if fallback is None else {"name": fallback, "entity": None}
    name = who["name"]
    return {"name": name, "entity": link(index, name)}


def _documents(articles: list[Article]) -> list[dict]:
    return [{"id": a.id, "source": a.source, "title": a.title, "url": a.url, "published": a.published,
             "text": a.text, "dropped": list(a.dropped), "input": a.input} for a in articles]


def _story(documents: list[dict], entities: list[dict]) -> dict:
    dates = sorted(d["published"] for d in documents if d.get("published"))
    sources = []
    for d in documents:
        if d.get("source") and d["source"] not in sources:
            sources.append(d["source"])
    # the title of the article whose title shares most with the story's main entities
    top = {e["name"].lower() for e in entities[:8]} | {a.lower() for e in entities[:8] for a in e["aliases"]}
    titles = [d["title"] for d in documents if d.get("title")]
    title = max(titles, key=lambda t: (sum(n in t.lower() for n in top), -len(t)), default="")
    return {"title": title, "start": dates[0] if dates else None, "end": dates[-1] if dates else None,
            "sources": sources}


_PLACE_PREPS = "in|at|near|outside|around|from|to|into|towards?"
_REGION = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|rural|coastal)\s+)?"
_DATELINE_CITY = re.compile(r"(?:^|\n)[A-Z][A-Z'’. -]{2,},\s*$")   # 'KORVAL, Estrenia (Wire) -'
_LOCATIVE = re.compile(rf"\b(?:{_PLACE_PREPS})\s+(?:the\s+)?{_REGION}$", re.I)   # 'in northern Estrenia'
_LOCATIVE_OR_OF = re.compile(rf"\b(?:{_PLACE_PREPS}|of|border\s+with)\s+(?:the\s+)?{_REGION}$", re.I)   # 'the siege of Harzel'


def _places_typed_otherwise(entities: list[dict], analyses: list[dict], by_doc: dict, known_place,
                          speakers: frozenset = frozenset()) -> set:
    """Entities the tagger calls ORG (or PERSON) that are places. The small model types
    unfamiliar town names as ORG, sometimes as PERSON ('Umm Sidra').

    - A gazetteer knows the name and most of its bare mentions follow a locative preposition
      ('told reporters in Portalva'); 'The Portalva Tribune' is a different form and ignored.
    - The user's own gazetteer lists the name (ORG or PERSON), the entity never speaks, and at
      least one mention reads as a place ('in Harzel', 'the siege of Harzel'): the user said it
      is a place, so one such mention is enough ('Kestrel said profits rose' stays a company).
    """
    cands = {}
    speaking = set()
    for e in entities:
        if e["type"] not in ("ORG", "PERSON", "NORP"):
            continue
        uid = known_place(e["name"])
        if e["type"] == "NORP" and not str(uid).startswith("custom:"):
            continue   # 'Maruvi' typed as a nationality: a place only when the user's gazetteer lists it
        if uid and (e["type"] == "ORG" or str(uid).startswith("custom:")):
            for form in (e["name"], *e.get("aliases", [])):   # 'DORAVEL' (a dateline) is also 'Doravel'
                cands[form] = (e["id"], str(uid).startswith("custom:"))
            if e["id"] in speakers:
                speaking.add(e["id"])
    if not cands:
        return set()
    seen: dict = {}
    for a in analyses:
        text = by_doc[a["doc"]]["text"]
        for m in a.get("mentions", []):
            hit = cands.get(m["text"])
            if hit is not None:
                before = text[max(0, m["start"] - 20):m["start"]]
                counts = seen.setdefault(hit, [0, 0, 0, 0])
                counts[0] += 1
                counts[1] += bool(_LOCATIVE.search(before))
                counts[2] += bool(_LOCATIVE_OR_OF.search(before))
                counts[3] += bool(_DATELINE_CITY.search(before))
    # a name that speaks ('Kestrel said profits rose') is a place only when a dateline says so
    # ('KORVAL, Estrenia (Wire) -'): countries speak too ('Estrenia said')
    return {eid for (eid, custom), (n, loc, loc_of, dateline) in seen.items()
            if (custom and dateline > 0) or (eid not in speaking and (
                (custom and loc_of > 0) or (loc * 2 >= n and loc > 0)))}


def _written_as_places(documents: list[dict], names: list[str]) -> set:
    """The names of the user's gazetteer that some article writes as a place ('in Tolvo', 'the
    camps at Tolvo', 'KORVAL, Tolvo (Wire)'): the user's places, whatever the tagger calls them
    ('Kestrel said profits rose' is never written so: a company)."""
    pattern = _names_pattern(names)
    if pattern is None:
        return set()
    return {m.group(1) for d in documents for m in pattern.finditer(d["text"]) if _read_as_place(d["text"], m.start())}


def _names_pattern(names: list[str]):
    """One pattern for the capitalised names of the user's gazetteer, longest first (None if none)."""
    names = sorted({n for n in names if len(n) > 2 and n[:1].isupper()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else None


def _read_as_place(text: str, start: int) -> bool:
    """The name at ``start`` follows a locative ('in X', 'the siege of X') or a dateline
    ('KORVAL, X (Wire)')."""
    before = text[max(0, start - 30):start]
    return bool(_LOCATIVE_OR_OF.search(before) or _DATELINE_CITY.search(before))


def _untagged_places(analyses: list[dict], by_doc: dict, names: list[str]) -> list[dict]:
    """Analyses with a GPE mention added where a place of the user's gazetteer is written but the
    tagger marked nothing ('in central Doravel', 'the head of Maruvi village', 'KORVAL, Maruvi
    (Wire)'). The user listed the name as a place; a locative or dateline context confirms the
    reading. The analyses given are not changed (copies are returned)."""
    pattern = _names_pattern(names)
    if pattern is None:
        return analyses
    out = []
    for a in analyses:
        text = by_doc[a["doc"]]["text"]
        taken = [(m["start"], m["end"]) for m in a.get("mentions", [])]
        extra = []
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(ts < e and s < te for ts, te in taken):
                continue
            if _read_as_place(text, s):   # 'in X', 'KORVAL, X (Wire)'
                # (a capitalised dateline 'VELKORA (Wire) -' is not this name's spelling: see the aliases
                # in _places_typed_otherwise)
                extra.append({"text": text[s:e], "label": "GPE", "start": s, "end": e})
        if extra:
            a = {**a, "mentions": sorted([*a.get("mentions", []), *extra], key=lambda m: m["start"])}
        out.append(a)
    return out


def merge_story(articles: list[Article], analyses: list[dict], *, skipped=(), duplicates=(),
                max_words: int | None = 200, max_bytes: int | None = None, gazetteer=None) -> dict:
    """Build the briefing from articles and their analyses (in the same order)."""
    from .places import Gazetteer, locate, name_key

    gaz = gazetteer or Gazetteer.default()
    documents = _documents(articles)
    by_doc = {d["id"]: d for d in documents}

    def known_place(name):
        hits = gaz.lookup(name_key(name))
        return hits[0][0].uid if hits else None

    custom = gaz.custom_names() if gazetteer is not None else []
    analyses = _untagged_places(analyses, by_doc, custom)
    story_place_keys = {name_key(n) for n in _written_as_places(documents, custom)}
    entities, index = merge_entities(analyses, known_places=known_place,
                                     story_places=lambda name: name_key(name) in story_place_keys,
                                     outlets={d["source"].lower() for d in documents if d.get("source")})
    add_collectives(entities, documents, index, known_places=known_place)

    quotes, claims, figures, controls = [], [], [], []
    stances: list[dict] = []
    for a in analyses:
        doc = a["doc"]
        text = by_doc[doc]["text"]
        for q in a.get("quotes", []):
            sp = _speaker(text, q.get("speaker")) or {}
            role = sp.get("role")
            if role and role.isupper():   # a dateline ('TALMIRA - President X said') is not a role
                role = None
            item = {"text": q["text"], "kind": q["kind"],
                    "speaker": {"name": sp.get("name"), "entity": link(index, sp.get("name")),
                                "role": role},
                    "doc": doc, "start": q["start"], "end": q["end"]}
            for extra in ("cue", "parts"):
                if q.get(extra):
                    item[extra] = q[extra]
            quotes.append(item)
        for st in a.get("stances", []):  # attributed stances: never claims or disputes
            hd = _speaker(text, st.get("holder")) or {}
            role = hd.get("role")
            if role and role.isupper():
                role = None
            item = {"text": st["text"], "kind": st["kind"],
                    "holder": {"name": hd.get("name"), "entity": link(index, hd.get("name")), "role": role},
                    "cue": st["cue"], "negated": bool(st.get("negated")),
                    "doc": doc, "start": st["start"], "end": st["end"]}
            stances.append(item)
        for c in a.get("claims", []):
            item = {"text": c["text"], "claimant": _party(index, _speaker(text, c.get("claimant"))) or {"name": None, "entity": None},
                    "doc": doc, "start": c["start"], "end": c["end"]}
            for extra in ("cue", "negated", "denial", "sentence", "source"):
                if c.get(extra) is not None:
                    item[extra] = c[extra]
            claims.append(item)
        for f in a.get("figures", []):
            item = {k: f.get(k) for k in ("text", "value", "value_max", "qualifier", "kind", "what", "place", "as_of")}
            if f.get("relation"):
                item["relation"] = f["relation"]
            item.update({"reported_by": _party(index, _speaker(text, f.get("reported_by"))), "doc": doc,
                         "start": f["start"], "end": f["end"],
                         "place_entity": link(index, f.get("place"), "place")})
            figures.append(item)
        for c in a.get("controls", []):
            party = _party(index, c.get("party")) or {"name": by_doc[doc].get("source") or doc, "entity": None}
            ckey = c["controller_key"]
            ent = link(index, c["controller"]) if c.get("controller") else None
            controls.append({**c, "doc": doc, "party": party, "controller_key": ent or ckey,
                             "place_entity": link(index, c["place"], "place")})

    # roles stated where someone speaks ("Haddad, an army spokesman, said") belong to the entity
    by_id = {e["id"]: e for e in entities}
    for q in quotes:
        ent, role = by_id.get(q["speaker"]["entity"]), q["speaker"]["role"]
        if ent is not None and role and role not in ent["roles"]:
            ent["roles"].append(role)
    for ent in entities:
        if ent["type"] == "ORG" and person_by_role(ent["name"], ent["roles"]):
            ent["type"] = "PERSON"   # "Oren Vask, the father of the groom": a person the tagger took for an organisation

    for prefix, items in (("q", quotes), ("s", stances), ("c", claims), ("f", figures)):
        for n, item in enumerate(items, 1):
            item["id"] = f"{prefix}{n}"

    resolve_reporters(figures, documents, entities, lambda name: link(index, name))
    figure_groups = group_figures(figures)
    story = _story(documents, entities)
    events = build_timeline(documents, analyses, index, story["start"])
    def place_country(name):
        hits = gaz.lookup(name_key(name))
        return (hits[0][0].country_label or None) if hits else None

    disputes = find_disputes(claims, documents, analyses, figure_groups, figures, controls, entities=entities,
                             place_country=place_country)
    caveats = attach_caveats(disputes, documents, analyses)

    speakers = frozenset(q["speaker"]["entity"] for q in quotes if q["speaker"]["entity"])
    located_orgs = _places_typed_otherwise(entities, analyses, by_doc, known_place, speakers)
    place_inputs = [{"name": e["name"], "type": "GPE" if e["id"] in located_orgs else e["type"],
                     "mentions": e["mentions"], "entity": e["id"], "aliases": e["aliases"]}
                    for e in entities if FAMILY.get(e["type"]) in ("place", "norp") or e["id"] in located_orgs]
    places = locate(place_inputs, gaz)
    seen_points: set = set()
    unique = []
    for p in places:   # 'Lakara State' and a bare 'Lakara' are the same point on the map: one marker
        key = (p.get("name"), p.get("lat"), p.get("lon"))
        if key not in seen_points:
            seen_points.add(key)
            unique.append(p)
    places = unique
    placed = {p.get("entity") for p in places}
    for e in entities:   # the tagger's ORG/PERSON that the map places is listed as a place
        if e["id"] in located_orgs and e["id"] in placed:
            e["type"] = "GPE"

    summary = summarise(documents, analyses, max_words=max_words, max_bytes=max_bytes)

    return {
        "schema": SCHEMA,
        "generator": f"newsweave {__version__}",
        "story": story,
        "documents": documents,
        "skipped": list(skipped),
        "duplicates": list(duplicates),
        "entities": entities,
        "quotes": quotes,
        "stances": stances,
        "figures": figures,
        "figure_groups": figure_groups,
        "events": events,
        "claims": claims,
        "disputes": disputes,
        "caveats": caveats,
        "warnings": [{"doc": a["doc"], **e} for a in analyses for e in a.get("errors", [])],
        "places": places,
        "summary": summary,
    }
