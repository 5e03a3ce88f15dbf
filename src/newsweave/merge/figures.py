"""Group figures about the same thing and say whether their spread is a disagreement or an update.

Figures about people (killed, injured, missing, displaced, arrested) group by kind and place;
others (troops, vehicles, aircraft, money) by kind and what is counted. A figure without a place
joins the group of its kind when that kind has only one place in the story.
"""

from __future__ import annotations

from collections import defaultdict

from .text import party_key

PEOPLE = {"killed", "injured", "missing", "displaced", "arrested"}


def _party(f: dict) -> str | None:
    return party_key(f.get("reported_by")) or None


COMBATANTS = {"soldier", "troop", "fighter", "militant", "rebel", "police", "officer", "policeman",
              "guard", "combatant", "insurgent", "peacekeeper", "militiaman", "member", "personnel"}


def _who(f: dict) -> str | None:
    """Which people a casualty figure counts: combatants and everyone else are kept apart."""
    what = (f.get("what") or "").lower().split()
    return "combatants" if what and what[-1].rstrip("s") in COMBATANTS else "people"


def group_figures(figures: list[dict]) -> list[dict]:
    buckets: dict = defaultdict(list)
    for f in figures:
        if f["kind"] == "other":
            continue
        what = _who(f) if f["kind"] in PEOPLE else (f.get("what") or "").lower()
        buckets[(f["kind"], what)].append(f)
    groups = []
    for (kind, what), figs in sorted(buckets.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        places = {f.get("place_entity") or f.get("place") for f in figs} - {None}
        by_place: dict = defaultdict(list)
        for f in figs:
            p = f.get("place_entity") or f.get("place")
            if p is None and len(places) == 1:
                p = next(iter(places))
            by_place[p].append(f)
        for place, members in by_place.items():
            if len(members) < 2:
                continue
            values = [f["value"] for f in members]
            lo = min(values)
            hi = max(max(f["value_max"] or f["value"] for f in members), max(values))
            parties = {_party(f) for f in members}
            named = parties - {None}
            differ = hi > lo * 1.1
            if not differ:
                spread = "agreement"
            else:
                # different parties giving different numbers is a disagreement;
                # numbers that only grow with the date, from one party or the press, an update
                by_date = sorted(members, key=lambda f: (f.get("as_of") or "", f["value"]))
                rising = all(a["value"] <= b["value"] for a, b in zip(by_date, by_date[1:]))
                same_day_clash = len({(f.get("as_of"), f["value"]) for f in members}) > len({f.get("as_of") for f in members})
                if len(named) >= 2 and (same_day_clash or not rising or len(named) == len(parties)):
                    spread = "disagreement"
                else:
                    spread = "update"
            groups.append({
                "kind": kind,
                "what": what,
                "place": members[0].get("place") if place is not None else None,
                "figures": [f["id"] for f in sorted(members, key=lambda f: (f.get("as_of") or "", f["id"]))],
                "min": lo,
                "max": hi,
                "conservative": lo,
                "spread": spread,
                "parties": sorted(p for p in parties if p),
            })
    for n, g in enumerate(groups, 1):
        g["id"] = f"g{n}"
    return groups
