"""Camps: which side a party speaks for.

Conflict and disaster coverage has two recurring sides -- the state (government, ministries,
ministers, the army, police, officials) and those against it (rebels, insurgents, militias, the
opposition) -- and many voices that belong to one of them under different names ('rebels',
'Rebels in the south', a named movement, its spokesman). Two voices of one camp saying the same
thing are not a dispute, and a rejection by one camp answers a statement of the other.

A party's camp comes from general news-language cues only:
- words in its own name ('defence ministry', 'rebels', 'the opposition Civic Alliance');
- the roles stated for its entity ('an army spokesman', 'the rebel commander'; 'former' roles
  are ignored), including an organisation named in the role ('a spokesman for the X movement')
  or the organisation just before a possessive role ('Its leader, Y', 'the group's spokesman');
- the words framing the entity's mentions ('the outlawed X movement', 'the X rebels',
  'the opposition X', 'X, which is fighting the government').
A party with no cue is a camp of its own (its entity or its name).
"""

from __future__ import annotations

import re
from collections import Counter

from ..analyse.names import fold
from .text import party_key

GOVERNMENT, OPPOSITION = "government", "opposition"

_GOV = re.compile(r"\b(?:government|govt|ministry|ministries|minister|ministers|president|presidency|"
                  r"prime minister|army|military|police|official|officials|authorities|regime|"
                  r"defence|defense|interior|cabinet|governor|junta|soldiers|"
                  # state services that count and act for the state
                  r"coast ?guard|coastguards?|border guards?|navy|directorate)\b", re.I)
_STATE = re.compile(r"\bstate\b")       # 'the state company', not a name ('Islamic State')
_OPP = re.compile(r"\b(?:rebel|rebels|rebellion|insurgent|insurgents|insurgency|militia|militias|militant|"
                  r"militants|opposition|guerrilla|guerrillas|separatist|separatists|outlawed|jihadist|"
                  r"jihadists|fighters|armed group|dissident|dissidents)\b", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)\s*(?:[\w-]+\s+){0,2}[\w-]+", re.I)
_FIGHTING_GOV = re.compile(r"^\s*,?\s*(?:which|who)\s+(?:is|are|has been|have been)\s+(?:fighting|battling|"
                           r"at war with)\s+the\s+(?:government|army|state)", re.I)
_POSSESSIVE_ROLE = re.compile(r"^(?:its|their|the\s+(?:party|group|movement|alliance|organi[sz]ation|agency|"
                              r"company|ministry|army|coalition|union|network)['’]s)\b", re.I)
_STOP_BEFORE = re.compile(r"[,;:.()\"“”]|\b(?:and|or|of|between|against|with|by|from|to)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
_PLACES = ("GPE", "FAC")
_GROUP_NOUN = re.compile(r"^(?:rebels?|insurgents?|militias?|militants|guerrillas|separatists|fighters|opposition|"
                         r"movement|government|regime|army|military|junta|ministry|cabinet)$", re.I)


def cue_camp(text: str | None) -> str | None:
    """The camp named by the words of a name or role, or None."""
    if not text:
        return None
    t = _FORMER.sub(" ", text)
    g = sorted([*_GOV.finditer(t), *_STATE.finditer(t)], key=lambda m: m.start())
    o = list(_OPP.finditer(t))
    if len(o) != len(g):
        return OPPOSITION if len(o) > len(g) else GOVERNMENT
    if o:       # 'rebel officials', 'government fighters': the modifier comes first
        return OPPOSITION if o[0].start() < g[0].start() else GOVERNMENT
    return None


def _context_votes(text: str, start: int, end: int) -> Counter:
    """Votes from the words framing one mention: up to two words before it (not across 'and',
    'of', punctuation), the word after it, and a 'which is fighting the government' clause."""
    votes: Counter = Counter()
    before = text[max(0, start - 40):start]
    cut = list(_STOP_BEFORE.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    words = _WORD.findall(before)[-2:]
    after = _WORD.findall(text[end:end + 30])[:1]
    for w in words:
        c = cue_camp(w)
        if c:
            votes[c] += 1
    # 'the X rebels', 'the X government' classify X; 'X officials', 'X soldiers' are X's people
    for w in after:
        c = cue_camp(w) if _GROUP_NOUN.match(w) else None
        if c:
            votes[c] += 1
    if _FIGHTING_GOV.match(text, end):
        votes[OPPOSITION] += 2
    return votes


def _alternation(names) -> re.Pattern | None:
    """One pattern finding any of ``names`` as whole words, the longest first."""
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alts})(?!\w)")


class Camps:
    """Camp of every party of one story."""

    def __init__(self, entities=(), documents=(), analyses=()):
        self._names: dict = {}          # folded name or alias -> entity id
        self._entity_name: dict = {}
        for e in entities:
            self._entity_name[e["id"]] = fold(e["name"])
            for n in [e["name"], *e.get("aliases", [])]:
                self._names.setdefault(fold(n), e["id"])
        votes: dict = {e["id"]: Counter() for e in entities}
        refs: dict = {e["id"]: [] for e in entities}        # entity -> entities its roles point to
        org_names: dict = {}
        for e in entities:
            if e.get("type") in ("ORG", "NORP", "LOC"):
                for n in [e["name"], *e.get("aliases", [])]:
                    if len(n) > 3:
                        org_names.setdefault(fold(n), e["id"])
        org_re = _alternation(org_names)
        for e in entities:
            for text in [e["name"], *e.get("roles", [])]:
                c = cue_camp(text)
                if c:
                    votes[e["id"]][c] += 2
                if org_re is not None and text != e["name"]:
                    m = org_re.search(fold(text))
                    if m and org_names[m.group(1)] != e["id"]:
                        refs[e["id"]].append(org_names[m.group(1)])
        docs = {d["id"]: d["text"] for d in documents}
        possessive = []          # (entity, doc mentions before it) for 'Its leader, Y'
        for a in analyses:
            text = docs.get(a["doc"])
            if text is None:
                continue
            groups = []
            for m in sorted(_mentions(a), key=lambda m: m["start"]):
                eid = self._names.get(fold(m["text"]))
                if eid is not None:
                    votes[eid].update(_context_votes(text, m["start"], m["end"]))
                role = (m.get("role") or {}).get("text") or ""
                if eid is not None and m["label"] == "PERSON" and _POSSESSIVE_ROLE.match(role):
                    near = [g for g in groups if 0 <= m["start"] - g[2] <= 400]
                    if near:
                        possessive.append((eid, near))
                if m["label"] in ("ORG", "NORP", "LOC"):
                    groups.append((eid, m["text"], m["end"]))
        self._type = {e["id"]: e.get("type") for e in entities}
        self._memo: dict = {}
        self._holder = _alternation({n: e for n, e in self._names.items()
                                     if len(n) >= 2 and self._type.get(e) not in _PLACES})
        self._camp: dict = {}
        for eid, v in votes.items():
            top = v.most_common(2)
            if self._type.get(eid) not in _PLACES and top and (len(top) == 1 or top[0][1] > top[1][1]):
                self._camp[eid] = top[0][0]
        # 'Its leader, Y': the nearest group before it, preferring one whose camp is known
        for eid, near in possessive:
            if eid in self._camp:
                continue
            camps = [(self._camp.get(g[0]) if g[0] else None) or cue_camp(g[1]) for g in near]
            known = [c for c in camps if c]
            if known:
                refs[eid].append(known[-1])
            elif near[-1][0]:
                refs[eid].append(f"name:{self._entity_name[near[-1][0]]}")
        # a person speaking for an organisation shares its camp (one step)
        for eid, targets in refs.items():
            if eid in self._camp:
                continue
            inherited = [t if t in (GOVERNMENT, OPPOSITION) or t.startswith("name:")
                         else self._camp.get(t) or f"name:{self._entity_name[t]}" for t in targets]
            if inherited:
                self._camp[eid] = Counter(inherited).most_common(1)[0][0]

    def of(self, party: dict | None) -> str:
        """'government', 'opposition', or a camp of the party's own ('e12', 'name:residents')."""
        if not party or not party.get("name"):
            return ""
        key = (party["name"], party.get("entity"))
        if key not in self._memo:
            self._memo[key] = self._of(party)
        return self._memo[key]

    def _of(self, party: dict) -> str:
        c = cue_camp(party["name"])
        if c:
            return c
        f = fold(party["name"])
        eid = party.get("entity")
        if eid not in self._entity_name:        # not one of ours (stand-in entities): by name
            eid = self._names.get(f)
        if eid not in self._camp and " " not in f:     # a lone surname ('Horvath') of a known person
            full = {e for name, e in self._names.items() if name.endswith((" " + f, "-" + f))}
            known = {self._camp[e] for e in full if e in self._camp}
            if len(known) == 1:                 # one person, maybe spelt two ways ('Danika', 'Danica')
                return known.pop()
            if eid is None and len(full) == 1:
                eid = full.pop()
        if eid is not None:
            return self._camp.get(eid) or f"name:{self._entity_name[eid]}"
        # a name holding an organisation's ('BP spokesman', "Selva Hydro's chief executive")
        m = self._holder.search(f) if self._holder is not None else None
        if m:
            e = self._names[m.group(1)]
            return self._camp.get(e) or f"name:{self._entity_name[e]}"
        return f"name:{party_key({'name': party['name']})}"

    def same(self, a: dict | None, b: dict | None) -> bool:
        ca, cb = self.of(a), self.of(b)
        return bool(ca) and ca == cb


def _mentions(analysis: dict) -> list[dict]:
    """The named mentions of one analysis, plus the speakers of its quotes and claims with the
    role stated where they speak ('Its leader, Danika Horvath, said')."""
    out = list(analysis.get("mentions", []))
    for item, key in [(q, "speaker") for q in analysis.get("quotes", [])] + \
                     [(c, "claimant") for c in analysis.get("claims", [])]:
        sp = item.get(key) or {}
        if sp.get("name") and sp.get("start") is not None and sp.get("role"):
            role = sp["role"] if isinstance(sp["role"], str) else (sp["role"] or {}).get("text")
            out.append({"text": sp["name"], "label": (sp.get("type") or "PERSON").upper(),
                        "start": sp["start"], "end": sp["end"], "role": {"text": role}})
    return out


def mention_entities(analyses) -> list[dict]:
    """Stand-in entities (one per surface form, with the roles stated at its mentions) when the
    merged entities are not at hand."""
    ents: dict = {}
    labels: dict = {}
    for a in analyses:
        for m in _mentions(a):
            e = ents.setdefault(fold(m["text"]), {"id": "m:" + fold(m["text"]), "name": m["text"], "aliases": [],
                                                  "roles": [], "type": m["label"]})
            labels.setdefault(e["id"], Counter())[m["label"]] += 1
            role = (m.get("role") or {}).get("text")
            if role and role not in e["roles"]:
                e["roles"].append(role)
    for e in ents.values():
        e["type"] = labels[e["id"]].most_common(1)[0][0]
    return list(ents.values())
