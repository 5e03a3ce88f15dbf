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
  'the opposition X', 'X, which is fighting the government');
- (issue 6) an organisation named in a role by the head noun of its name ('commission chairwoman',
  "the mission's head": the story's one commission or mission; the entity 'Alliance' is the
  'Renewal Alliance'); "the group's director" points past an organisation named by another kind
  of noun; a group with no cue of its own takes the camp of a person named as its member ('the
  opposition leader Y' ... 'Y of the X party').
- (issue 6) 'Its researcher, Y' just after a group that speaks ("The Forum called for an inquiry")
  is that group's, not a ministry's named earlier; "The association said" is the story's one
  association; an organisation named by the first word of its name, a word the texts never write
  in lower case ("Brennholt's director", "Brennholt did not respond"), is that organisation.
A party with no cue is a camp of its own (its entity or its name).

When the story names two or more states by their adjective before a state body ('the Ruritanian
army', 'Corvish border police'), ``side`` also says which state a government voice speaks for
(from its name, its entity's mentions and roles, or the organisation it speaks for); two
governments are then two sides (``opposed``), and a government voice of unknown state goes with
either.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter

from ..analyse.names import DATELINE, fold
from .text import party_key

GOVERNMENT, OPPOSITION = "government", "opposition"

_GOV = re.compile(r"\b(?:government|govt|ministry|ministries|minister|ministers|president|presidency|"
                  r"prime minister|army|military|police|official|officials|authorities|regime|"
                  r"defence|defense|interior|cabinet|governor|junta|soldiers|"
                  # state services that count and act for the state
                  r"coast ?guard|coastguards?|border guards?|navy|directorate|fire service|fire brigade|"
                  r"prison service|civil protection|civil defen[cs]e|"
                  # the command of the armed forces
                  r"general staff|high command|chiefs of staff|armed forces|defen[cs]e forces|"
                  # (round 5) the state's air arm, as its navy and army
                  r"air force)\b", re.I)
_STATE = re.compile(r"\bstate\b")       # 'the state company', not a name ('Islamic State')
_OPP = re.compile(r"\b(?:rebel|rebels|rebellion|insurgent|insurgents|insurgency|militia|militias|militant|"
                  r"militants|opposition|guerrilla|guerrillas|separatist|separatists|outlawed|jihadist|"
                  r"jihadists|fighters|armed group|dissident|dissidents)\b", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)\s*(?:[\w-]+\s+){0,2}[\w-]+", re.I)
_FIGHTING_GOV = re.compile(r"^\s*,?\s*(?:which|who)\s+(?:is|are|has been|have been)\s+(?:fighting|battling|"
                           r"at war with)\s+the\s+(?:government|army|state)", re.I)
_POSSESSIVE_ROLE = re.compile(r"^(?:its|their|the\s+(?:party|group|movement|alliance|organi[sz]ation|agency|"
                              r"company|ministry|army|coalition|union|network)['’]s)\b", re.I)
_PLACE_OFFICE = re.compile(r"\b(?:mayor|deputy mayor|councillors?|council|villagers|residents|townspeople)\b", re.I)
_STOP_BEFORE = re.compile(r"[,;:.()\"“”]|\b(?:and|or|of|between|against|with|by|from|to)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
_PLACES = ("GPE", "FAC")
_GROUP_NOUN = re.compile(r"^(?:rebels?|insurgents?|militias?|militants|guerrillas|separatists|fighters|opposition|"
                         r"movement|government|regime|army|military|junta|ministry|cabinet)$", re.I)


# Two states in one story (a border war, a diplomatic row): each government is a side of its
# own. A state is named by a capitalised country or nationality word before a state body
# ("Dalmarra's defence ministry", "the Tarvosian General Staff", "Ruritanian Foreign Minister
# X"), or after one ("the government of X"); the country and its adjective are one state
# ("Ruritania", "Ruritanian": both 'rurit').
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)$")
_NOT_A_STATE = {"republic", "republican", "public", "civic", "islamic", "catholic", "atlantic", "pacific",
                "arabic", "democratic", "socialist", "communist", "liberal", "conservative", "federal",
                "national", "general", "special", "central", "regional", "municipal", "provincial",
                "presidential", "ministerial", "official", "civilian", "veteran", "christian",
                "muslim", "jewish", "hindu", "buddhist", "sunni", "shia", "shiite", "i"}
# the bodies and people a state acts through, named with its adjective: "Ruritanian troops"
_STATE_BODY = re.compile(_GOV.pattern[:-len(r")\b")] + r"|forces|troops|embassy|ambassador|consulate)\b", re.I)
_STATE_WORD = re.compile(r"([A-Z][\w-]*)(['’]s)?\s+(?:[\w-]+\s+){0,2}?$")
_SUFFIXES = ("ians", "ian", "ans", "ean", "an", "ese", "ish", "ia", "a", "i", "e", "s")


def state_key(word: str) -> str:
    """'Ruritania', 'Ruritanian', "Ruritania's" -> 'rurit' (one key for a country and its
    adjective: common endings stripped twice)."""
    w = fold(word).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for _ in range(2):      # twice: 'Pakistani' -> 'pakistan' -> 'pakist', as 'Pakistan'
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[:-len(suf)]
                break
    return w


def state_words(text: str | None) -> list[str]:
    """State keys of the country words standing before (or just after 'of') each state-body word
    of ``text``: "Dalmarra's interior ministry" -> ['dalmarr']."""
    return [k for k, _adj in _state_hits(text)]


def _state_hits(text: str | None) -> tuple[tuple[str, bool], ...]:
    """(state key, written as an adjective) for ``state_words``: a state is one whose adjective
    the story uses ("the Ruritanian army"); a town's possessive ("Kelvo's police") alone is not.
    Cached: the same names, roles and mention windows come back for every article that has them."""
    if not text:
        return ()
    return _state_hits_of(text)


@lru_cache(maxsize=16384)
def _state_hits_of(text: str) -> tuple[tuple[str, bool], ...]:
    out = []
    for m in _STATE_BODY.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        cut = list(re.finditer(r"[,;:.()\"“”]|\b(?:and|or|of|by|from|to|with|against)\b", before))
        if cut:
            before = before[cut[-1].end():]
        bm = _STATE_WORD.search(before)
        if bm:
            w = bm.group(1)
            if fold(w) not in _NOT_A_STATE and (bm.group(2) or DEMONYM.match(w)):
                out.append((state_key(w), not bm.group(2) and bool(DEMONYM.match(w))))
                continue
        am = re.match(r"\s+of\s+([A-Z][a-z]+)\b", text[m.end():m.end() + 40])
        if am and fold(am.group(1)) not in _NOT_A_STATE and m.group(0).lower() in ("government", "president",
                                                                             "army", "authorities", "police"):
            out.append((state_key(am.group(1)), False))
    return tuple(out)


_STATE_OFFICER = re.compile(r"\b(?:spokes(?:man|woman|person)|commander|admiral|commodore|captain|colonel|general|"
                            r"ambassador|envoy)\b", re.I)


def _dateline_state(text: str, place_country) -> str | None:
    """The state key of an article's dateline ("DORVO (Wire) - ..." -> the gazetteer's country of
    Dorvo; "KELM, Estrenia (Wire) -" -> Estrenia), or None."""
    m = DATELINE.search(text[:1500])
    if not m:
        return None
    if m.group(2):
        return state_key(m.group(2).split()[0])
    country = place_country(m.group(1).title())
    return state_key(country.split()[0]) if country else None


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


_ROLE_POSSESSOR = re.compile(r"^(.*?)(?:['’]s?|\b(?:its|their|his|her))\s+([\w-]+(?:\s+[\w-]+){0,2})\s*$", re.I)


def _role_camp(role: str | None) -> str | None:
    """The camp a role names: "the union's president", "its president" hold the title of the
    organisation before it, not of the state ("president" alone would be the government's); the
    camp is then what the possessor names ("the army's spokesman" -> government)."""
    if not role:
        return None
    m = _ROLE_POSSESSOR.match(role.strip())
    if m:
        return cue_camp(m.group(1))
    return cue_camp(role)


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

    def __init__(self, entities=(), documents=(), analyses=(), place_country=None):
        """``place_country`` (optional) maps a place name to the name of its country (a
        gazetteer's): an article's dateline ("DORVO (Wire) -") then says where an official who
        speaks in it, named without a state ("Defence Minister X"), most likely belongs."""
        self._names: dict = {}          # folded name or alias -> entity id
        self._entity_name: dict = {}
        for e in entities:
            self._entity_name[e["id"]] = fold(e["name"])
            for n in [e["name"], *e.get("aliases", [])]:
                self._names.setdefault(fold(n), e["id"])
        votes: dict = {e["id"]: Counter() for e in entities}
        dateline_votes: dict = {}
        self._roles_of = {e["id"]: list(e.get("roles", [])) for e in entities}
        state_votes: dict = {e["id"]: Counter() for e in entities}
        refs: dict = {e["id"]: [] for e in entities}        # entity -> entities its roles point to
        org_names: dict = {}
        for e in entities:
            if e.get("type") in ("ORG", "NORP", "LOC"):
                for n in [e["name"], *e.get("aliases", [])]:
                    if len(n) > 3:
                        org_names.setdefault(fold(n), e["id"])
        # "commission chairwoman", "the mission's head", "the Alliance's spokeswoman": the head noun of
        # one organisation's name stands for it (when no other organisation of the story shares it)
        self._same_as: dict = {}
        heads: dict = {}
        for e in entities:
            if e.get("type") == "ORG" and len(fold(e["name"]).split()) >= 2:
                heads.setdefault(_head(e["name"]), set()).add(e["id"])
        for h, ids in heads.items():
            if len(ids) != 1 or h not in _ORG_NOUNS:
                continue        # a kind of organisation ('commission'), not a name ('Nadira')
            (long_id,) = ids
            short = org_names.get(h)
            if short is None:
                org_names[h] = long_id
            elif short != long_id and fold(self._entity_name.get(short, "")) == h:
                self._same_as[short] = long_id      # the entity "Alliance" is the "Renewal Alliance"
                org_names[h] = long_id
        org_re = _alternation(org_names)
        ent_types = {e["id"]: e.get("type") for e in entities}
        # "Brennholt's director": an organisation named by the first word of its name, in the
        # possessive before a role (the one organisation of the story whose name starts so)
        # (a word the texts never write in lower case: "Brennholt", not "State"); an entity of
        # that one word ("Brennholt did not respond") is the organisation
        firsts: dict = {}
        all_text = "\n".join(d.get("text") or "" for d in documents)
        for e in entities:
            words = e["name"].split()
            if e.get("type") == "ORG" and len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 4 \
                    and words[0].isalpha() and not DEMONYM.match(words[0]) \
                    and fold(words[0]) not in _NOT_A_STATE and fold(words[0]) not in _ORG_NOUNS:
                firsts.setdefault(words[0], set()).add(e["id"])
        self._first_word = {}
        for w, ids in firsts.items():
            if len(ids) != 1 or re.search(rf"\b{re.escape(w.lower())}\b", all_text):
                continue
            (long_id,) = ids
            short = self._names.get(fold(w))
            if short is None:
                self._first_word[fold(w)] = long_id
            elif short != long_id and ent_types.get(short) not in _PLACES + ("NORP", "LOC") \
                    and len(self._entity_name.get(short, "").split()) == 1:
                self._same_as.setdefault(short, long_id)
        adjectives: set = set()         # states the story names by their adjective
        for e in entities:
            for text in [e["name"], *e.get("aliases", []), *e.get("roles", [])]:
                hits = _state_hits(text)
                state_votes[e["id"]].update(k for k, _a in hits)
                adjectives.update(k for k, a in hits if a)
            for text in [e["name"], *e.get("roles", [])]:
                c = cue_camp(text) if text == e["name"] else _role_camp(text)
                if c:
                    votes[e["id"]][c] += 2
                if org_re is not None and text != e["name"]:
                    m = org_re.search(fold(text))
                    if m and org_names[m.group(1)] != e["id"]:
                        refs[e["id"]].append(org_names[m.group(1)])
                        continue
                owner = self._possessive_owner(text) if text != e["name"] else None
                if owner and owner != e["id"]:
                    refs[e["id"]].append(owner)
        docs = {d["id"]: d["text"] for d in documents}
        possessive = []          # (entity, doc mentions before it) for 'Its leader, Y'
        self._type = ent_type = {e["id"]: e.get("type") for e in entities}
        member_of: dict = {}     # person -> groups named after it ('Farid Q of the Renewal Alliance')
        state_refs: dict = {}    # person -> the organisations it speaks for ('its spokesman')
        speaker_states: Counter = Counter()      # states named with speakers without an entity too
        by_key: dict = {}        # party key -> entity: "Dalmarra's defence ministry" is the defence ministry
        for e in entities:
            for n in [e["name"], *e.get("aliases", [])]:
                by_key.setdefault(party_key({"name": n}), e["id"])
        for a in analyses:
            text = docs.get(a["doc"])
            if text is None:
                continue
            # the state written in or before a speaker's name: "Dalmarra's defence ministry said"
            for item, key in [(q, "speaker") for q in a.get("quotes", [])] + \
                             [(c, "claimant") for c in a.get("claims", [])] + \
                             [(f, "reported_by") for f in a.get("figures", [])]:
                sp = item.get(key) or {}
                if not isinstance(sp, dict) or not sp.get("name"):
                    continue
                eid = self._names.get(fold(sp["name"])) or by_key.get(party_key({"name": sp["name"]}))
                hits = _state_hits(sp["name"])
                if isinstance(sp.get("start"), int):
                    hits = _state_hits(text[max(0, sp["start"] - 40):sp.get("end") or sp["start"]]) or hits
                named = [k for k, _a in hits]
                adjectives.update(k for k, a in hits if a)
                speaker_states.update(named)
                if eid is not None:
                    state_votes[eid].update(named)
            groups = []
            # organisations that speak in this article ("Civic Ballot Watch ... said") are groups a
            # possessive role ('its director') may point to, even when the tagger missed the name
            speaking = {}
            others = []         # (round 7) speakers tagged as people: "Its owner" may still point to one
            for item, key in [(q, "speaker") for q in a.get("quotes", [])] + [(c, "claimant") for c in a.get("claims", [])]:
                sp = item.get(key) or {}
                sid = self._names.get(fold(sp.get("name") or "")) if isinstance(sp, dict) else None
                if sid is None and isinstance(sp, dict):
                    # "The association said": the story's one association
                    sid = org_names.get(re.sub(r"^the\s+", "", fold(sp.get("name") or "")))
                if sid is not None and ent_type.get(sid) in ("ORG", "NORP") and isinstance(sp.get("end"), int):
                    speaking.setdefault(sp["end"], (sid, sp["name"], sp["end"]))
                elif sid is not None and isinstance(sp.get("start"), int) and isinstance(sp.get("end"), int):
                    others.append((sp["start"], sp["end"], sid))
            extra = [{"text": g[1], "label": "SPEAKER", "start": g[2], "end": g[2], "sid": g[0]}
                     for g in speaking.values()]
            spans = sorted((sp["start"], sp["end"]) for item, key in
                           [(q, "speaker") for q in a.get("quotes", [])] + [(c, "claimant") for c in a.get("claims", [])]
                           for sp in [item.get(key) or {}] if isinstance(sp, dict)
                           and isinstance(sp.get("start"), int) and isinstance(sp.get("end"), int))
            for m in sorted(_mentions(a) + extra, key=lambda m: m["start"]):
                if m["label"] == "SPEAKER":
                    groups.append((m["sid"], m["text"], m["end"], True))
                    continue
                eid = self._names.get(fold(m["text"]))
                if eid is not None:
                    votes[eid].update(_context_votes(text, m["start"], m["end"]))
                    # "Dalmarra's defence ministry" written around the mention "defence ministry"
                    hits = _state_hits(text[max(0, m["start"] - 40):m["end"]])
                    state_votes[eid].update(k for k, _a in hits)
                    adjectives.update(k for k, a in hits if a)
                role = (m.get("role") or {}).get("text") or ""
                if eid is not None and m["label"] == "PERSON" and _POSSESSIVE_ROLE.match(role) \
                        and not _PLACE_OFFICE.search(role):   # "Its mayor": of a town, not of a group
                    near = _possessor([g for g in groups if 0 <= m["start"] - g[2] <= 400], role)
                    subject = _its_subject(text, others, m["start"], eid, near) if _ITS.match(role) else None
                    if subject is not None:
                        possessive.append((eid, [(subject, self._entity_name.get(subject, ""), m["start"], True)],
                                           role))
                    elif near:
                        possessive.append((eid, near, role))
                        if near[-1][0] and near[-1][0] != eid:
                            state_refs.setdefault(eid, []).append(near[-1][0])
                if m["label"] in ("ORG", "NORP", "LOC"):
                    # a group named as the one speaking ("The opposition X accused ...") or only named
                    spoke = any(s0 <= m["start"] and m["end"] <= e0 for s0, e0 in spans)
                    groups.append((eid, m["text"], m["end"], spoke))
                if eid is not None and m["label"] == "PERSON" and org_re is not None:
                    om = _MEMBER_OF.match(text, m["end"])
                    gm = org_re.match(fold(text[om.end():om.end() + 80])) if om else None
                    if gm and org_names[gm.group(1)] != eid:
                        member_of.setdefault(eid, set()).add(org_names[gm.group(1)])
        # datelines: an official named with no state word ("Foreign Minister X said" under
        # "QUESSAN -") is an official of the dateline's state; explicit state words outvote it
        if place_country is not None:
            for a in analyses:
                text = docs.get(a["doc"])
                ds = _dateline_state(text, place_country) if text else None
                if ds is None:
                    continue
                for m in _mentions(a):
                    eid = self._names.get(fold(m["text"]))
                    role = (m.get("role") or {}).get("text") or ""
                    if eid is None or m["label"] != "PERSON" or not (role or self._roles_of.get(eid)):
                        continue
                    if not any(_GOV.search(r) or _STATE_OFFICER.search(r) for r in [role, *self._roles_of.get(eid, [])]):
                        continue
                    if any(_state_hits(r) for r in [role, *self._roles_of.get(eid, [])]):
                        continue   # "Corvia's foreign minister": the role says it
                    dateline_votes.setdefault(eid, Counter())[ds] += 1
        for eid, v in dateline_votes.items():
            # a dateline vote counts for less than a state written at the mention
            state_votes[eid].update({k: n * 0.5 for k, n in v.items()})
        self._memo: dict = {}
        self._holder = _alternation({n: e for n, e in self._names.items()
                                     if len(n) >= 2 and self._type.get(e) not in _PLACES})
        self._camp: dict = {}
        for eid, v in votes.items():
            top = v.most_common(2)
            if self._type.get(eid) not in _PLACES and top and (len(top) == 1 or top[0][1] > top[1][1]):
                self._camp[eid] = top[0][0]
        # 'Y of the X party' (Y's camp known from 'the opposition leader Y'): a group of no camp of
        # its own shares the camp of the people named as its members
        led: dict = {}
        for eid, gs in member_of.items():
            if self._camp.get(eid) in (GOVERNMENT, OPPOSITION):
                for g in gs:
                    led.setdefault(self._same_as.get(g, g), set()).add(self._camp[eid])
            else:
                refs[eid].extend(gs)
        for g, cs in led.items():
            if len(cs) == 1 and g not in self._camp and self._type.get(g) in ("ORG", "NORP"):
                self._camp[g] = cs.pop()
        for short, long_id in self._same_as.items():
            if short not in self._camp and long_id in self._camp:
                self._camp[short] = self._camp[long_id]
        # 'Its leader, Y': the nearest group before it, preferring one whose camp is known
        for eid, near, role in possessive:
            if eid in self._camp:
                continue
            if near[-1][0] and len(near[-1]) > 3 and near[-1][3] and _ITS.match(role):
                # "The Forum called for an inquiry. Its researcher, Y, said ...": the group named
                # just before it, when that group is the one speaking, not a ministry named earlier
                g = near[-1][0]
                g = self._same_as.get(g, g)
                refs[eid].append(self._camp.get(g) or f"name:{self._entity_name[g]}")
                continue
            camps = [(self._camp.get(g[0]) if g[0] else None) or cue_camp(g[1]) for g in near]
            known = [c for c in camps if c]
            if known:
                refs[eid].append(known[-1])
            elif near[-1][0]:
                refs[eid].append(f"name:{self._entity_name[near[-1][0]]}")
        # states: those named before state bodies; a party's state is its own cue, else the
        # state of the organisation it speaks for
        self._state: dict = {}
        for eid, v in state_votes.items():
            v = Counter({k: n for k, n in v.items() if k in adjectives})
            top = v.most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]):
                self._state[eid] = top[0][0]
        for eid in set(refs) | set(state_refs):
            targets = refs.get(eid, []) + state_refs.get(eid, [])
            if eid not in self._state:
                inherited = {self._state[t] for t in targets if t in self._state}
                if len(inherited) == 1:
                    self._state[eid] = inherited.pop()
        # "the General Staff" is the one "Tarvosian General Staff" of the story
        for e in entities:
            words = fold(e["name"]).split()
            if e["id"] in self._state or len(words) < 2:
                continue
            longer = {self._state[o["id"]] for o in entities if o["id"] in self._state
                      and fold(o["name"]).endswith(" " + " ".join(words))}
            if len(longer) == 1:
                self._state[e["id"]] = longer.pop()
        self.states = set(self._state.values()) | (set(speaker_states) & adjectives)
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
        if self._state_named(party["name"]):
            return GOVERNMENT       # "Dalmarra denied firing": the state speaks through its government
        f = fold(party["name"])
        eid = party.get("entity")
        if eid not in self._entity_name:        # not one of ours (stand-in entities): by name
            eid = self._names.get(f)
        eid = self._same_as.get(eid, eid)
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
            e = self._same_as.get(e, e)
            return self._camp.get(e) or f"name:{self._entity_name[e]}"
        e = self._possessive_owner(party["name"])
        if e:
            return self._camp.get(e) or f"name:{self._entity_name[e]}"
        e = self._described_org(f)
        if e is not None:
            return self._camp.get(e) or f"name:{self._entity_name[e]}"
        return f"name:{party_key({'name': party['name']})}"

    def _described_org(self, f: str) -> str | None:
        """(round 3) An organisation named by the end of its name ("the city's fire service",
        "the fire service" for the Porvalo Fire Service): the one entity whose name ends so, when
        the last word names a kind of organisation."""
        words = re.sub(r"^(?:the\s+)?(?:[\w-]+['’]s?\s+)?", "", f.replace("’", "'")).split()
        words = [w for w in words if w]
        if not words or re.sub(r"'s?$", "", words[-1]) not in _ORG_NOUNS:
            return None
        tail = " ".join(words)
        hits = {self._same_as.get(e, e) for name, e in self._names.items()
                if name.replace("’", "'").endswith(" " + tail) or name.replace("’", "'") == tail}
        return hits.pop() if len(hits) == 1 else None

    def roles(self, party: dict | None) -> list[str]:
        """The roles stated for a party's entity ("Interior Minister", "the army's spokesman")."""
        if not party or not party.get("name"):
            return []
        eid = party.get("entity")
        if eid not in self._entity_name:
            eid = self._names.get(fold(party["name"]))
        return list(self._roles_of.get(eid, [])) if eid is not None else []

    def _possessive_owner(self, text: str) -> str | None:
        """The organisation a role or a description names by the first word of its name in the
        possessive ("Brennholt's director" -> Brennholt Track Services), or None."""
        m = _FIRST_POSSESSIVE.match(text or "")
        if not m:
            return None
        w = fold(m.group(1))
        return self._first_word.get(w) or self._same_as.get(self._names.get(w))

    def _state_named(self, name: str) -> str | None:
        """The state a party's name is (a lone country word, "Dalmarra") when the story has two
        or more states."""
        words = name.split()
        if len(self.states) < 2 or len(words) != 1 or not words[0][:1].isupper():
            return None
        k = state_key(words[0])
        return k if k in self.states else None

    def state(self, party: dict | None) -> str | None:
        """The state a government party speaks for, when the story has two or more states and
        anything says which: its name ("the Tarvosian General Staff", "Dalmarra"), its entity's
        mentions and roles, or the organisation it speaks for."""
        if not party or not party.get("name") or len(self.states) < 2:
            return None
        own = self._state_named(party["name"])
        if own:
            return own
        named = [k for k in state_words(party["name"]) if k in self.states]
        if named:
            return named[0]
        eid = party.get("entity")
        if eid not in self._entity_name:
            eid = self._names.get(fold(party["name"]))
        if eid is not None and eid in self._state:
            return self._state[eid]
        f = fold(party["name"])
        for n in (f, self._entity_name.get(eid, "")):
            if n and " " not in n:      # a lone surname ('Renko') of a person of known state
                full = {self._state[e] for name, e in self._names.items()
                        if name.endswith((" " + n, "-" + n)) and e in self._state}
                if len(full) == 1:
                    return full.pop()
        m = self._holder.search(f) if self._holder is not None else None
        if m:
            return self._state.get(self._names[m.group(1)])
        return None

    def side(self, party: dict | None) -> str:
        """The camp, with the state for a government of a story of two or more states
        ('government:ruritan')."""
        c = self.of(party)
        if c == GOVERNMENT:
            st = self.state(party)
            if st:
                return f"{GOVERNMENT}:{st}"
        return c

    def same(self, a: dict | None, b: dict | None) -> bool:
        ca, cb = self.of(a), self.of(b)
        if not (bool(ca) and ca == cb):
            return False
        if ca == GOVERNMENT:
            sa, sb = self.state(a), self.state(b)
            if sa and sb and sa != sb:
                return False    # two governments: two sides
        return True


# nouns that name a kind of organisation: "the group's director" is not the director of "the
# Electoral Commission" named just before
_ORG_NOUNS = {"party", "group", "movement", "alliance", "organisation", "organization", "agency", "company",
              "ministry", "army", "coalition", "union", "network", "commission", "mission", "court",
              "hospital", "council", "committee", "office", "authority", "bank", "service", "board",
              "institute", "federation", "association", "front", "militia", "government", "department",
              "foundation", "society", "centre", "center", "bureau", "directorate", "corporation", "league",
              "operator", "utility", "firm", "charity", "observatory", "tribunal", "parliament", "assembly"}


_ITS = re.compile(r"^(?:its|their)\b", re.I)
_FIRST_POSSESSIVE = re.compile(r"^\s*(?:[Tt]he\s+)?([A-Z][\w-]+)['’]s\s+[\w-]+")
_MEMBER_OF = re.compile(r",?\s+of\s+the\s+", re.I)


def _its_subject(text: str, others: list, at: int, eid, near: list):
    """(round 7) "Harrow Coaches rejected the police count. Its owner, Y, said ...": 'its' is the
    subject speaking in the sentence just before, even when the tagger took that name for a
    person's, unless a group named after it speaks nearer. The entity, or None."""
    cands = [(s0, e0, sid) for s0, e0, sid in others if sid != eid and 0 <= at - e0 <= 120
             and "." in text[e0:at] and "." not in text[s0:e0]
             and re.search(r"[.!?]\s+$", text[max(0, s0 - 3):s0] or ". ") is not None]
    if not cands:
        return None
    s0, e0, sid = max(cands)
    if any(g[2] > e0 and len(g) > 3 and g[3] for g in near):
        return None     # a group speaking after it is nearer
    # the subject's sentence ends between it and the role: it is the sentence just before
    if text[e0:at].count(".") != 1:
        return None
    return sid


def _head(name: str) -> str:
    """The head noun of an organisation's name: "Central Electoral Commission" -> 'commission',
    "Ministry of the Interior" -> 'ministry'."""
    words = fold(name).replace("’", "'").split(" of ")[0].split()
    return re.sub(r"'s$", "", words[-1]) if words else ""


def _possessor(near: list, role: str) -> list:
    """The groups a possessive role may point to, nearest last: "the group's director" skips an
    organisation named by another kind of noun ("the Electoral Commission's results") for one
    whose name says no kind ("Civic Ballot Watch"), and prefers one named by its noun."""
    m = re.match(r"the\s+([\w-]+)['’]s\b", role, re.I)
    if not m or not near:
        return near
    noun = m.group(1).lower()
    same = [g for g in near if _head(g[1]) == noun]
    if same:
        return same
    return [g for g in near if _head(g[1]) not in _ORG_NOUNS]


def opposed(a: str, b: str) -> bool:
    """Two sides (``Camps.side``) that stand against each other: the state and its opponents, or
    the governments of two states."""
    base = {x.split(":")[0] for x in (a, b)}
    if base == {GOVERNMENT, OPPOSITION}:
        return True
    return a != b and a.startswith(GOVERNMENT + ":") and b.startswith(GOVERNMENT + ":")


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
