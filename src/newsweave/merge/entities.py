"""Merge entity mentions across articles into entities with aliases and roles.

Variants are merged when they are the same name under a transliteration key ('Gaddafi',
'Qaddafi', 'Gadaffi'), one edit apart when long enough ('Misurata'/'Misrata') or when one form
is a rare typo of a frequent one ('Obmaa'/'Obama'), or when a lone surname matches exactly one
full name ('Mazrui' -> 'Harun al-Mazrui'). Types are grouped into families so a place and a
person never merge.
"""

from __future__ import annotations

import re

from collections import Counter, defaultdict

from rapidfuzz.distance import OSA

from ..analyse.names import fold, surname, translit_key
from .camps import DEMONYM, state_words
from .text import party_key
from ..analyse.speakers import PERSON_NOUNS as PERSON_ROLE_NOUNS

FAMILY = {"PERSON": "person", "ORG": "org", "NORP": "norp", "GPE": "place", "LOC": "place",
          "FAC": "place", "EVENT": "event"}
_STOP = {"of", "the", "for", "and", "de", "la", "du", "des", "al"}
# a name ending in one of these is an organisation's, whatever the tagger made of it ("Varno
# Alpine Resorts", "Kestrel Wire"): no person's surname is "Wire" or "Solvents"
_ORG_LAST = {"wire", "press", "news", "agency", "resorts", "solvents", "group", "services", "service", "company",
             "airways", "airlines", "lines", "engineering", "holdings", "bank", "union", "association", "council",
             "ministry", "party", "front", "movement", "hospital", "authority", "office", "institute", "foundation",
             "trust", "society", "committee", "network", "monitor", "corps", "police", "army", "radio", "television",
             "tv", "times", "post", "herald", "gazette", "tribune", "observer", "daily", "chronicle", "mining",
             "energy", "logistics", "transport", "shipping", "construction", "industries", "corporation", "inc",
             "ltd", "plc", "collective", "league", "federation", "alliance", "coalition", "directorate",
             "inspectorate", "commission", "laboratory", "observatory", "school", "university", "college"}
_DEFAULT_LABEL = {"person": "PERSON", "org": "ORG", "place": "GPE", "norp": "NORP", "event": "EVENT"}


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _acronym(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _STOP]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper() if len(words) >= 2 else ""


def _similar(a: str, b: str, ca: int, cb: int, family: str) -> bool:
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if family == "person" and (len(a.split()) != len(b.split())):
        return False
    fa, fb = fold(a), fold(b)
    short = min(len(fa), len(fb))
    d = min(OSA.distance(ka, kb), OSA.distance(fa, fb))
    if d == 0:
        return True
    if d == 1 and short >= 7:
        return True
    # a typo: one edit on a shorter name, one form much rarer than the other
    rare = min(ca, cb) * 3 <= max(ca, cb)
    return d == 1 and short >= 5 and rare and fa[0] == fb[0]


def _form_families(analyses: list[dict], known_places, story_places=None, outlets=frozenset()) -> dict:
    """The family each (family, surface form) is counted under.

    The tagger is not consistent about unfamiliar names ('Tazrit' as ORG in one sentence, GPE in
    the next); a form is moved wholesale to the family most of its mentions have (two thirds or
    more), or to 'place' when a gazetteer knows it and at least a quarter of its mentions are
    places, or when the story's own gazetteer (the user's) lists it and most of its mentions are not
    people ('the Tolvo camps' tagged ORG: Tolvo is the user's place), or to 'org' when it ends in an
    organisation word ('Varno Alpine Resorts', 'Kestrel Wire') or is the name of an outlet of
    the story. Otherwise (a real 'Jordan' the person and 'Jordan' the country) families stay apart.
    """
    by_form: dict = defaultdict(Counter)
    for a in analyses:
        for m in a.get("mentions", []):
            fam = FAMILY.get(m["label"])
            if fam:
                by_form[m["text"]][fam] += 1
    # vote over all spellings of a name ('Tazrit', 'Tazreet'; 'Kassarian', 'Kassarians')
    by_key: dict = defaultdict(Counter)
    known: dict = defaultdict(bool)
    listed: dict = defaultdict(bool)
    for form, fams in by_form.items():
        key = _vote_key(form)
        by_key[key].update(fams)
        if known_places and known_places(form) is not None:
            known[key] = True
        if story_places and story_places(form):
            listed[key] = True
    out = {}
    for form, fams in by_form.items():
        key = _vote_key(form)
        votes = by_key[key]
        total = sum(votes.values())
        top, n = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        target = None
        words = form.split()
        if (votes.get("place", 0) * 4 >= total and known[key]) or (
                listed[key] and votes.get("person", 0) * 2 < total):
            target = "place"
        elif (len(words) > 1 and words[-1].lower() in _ORG_LAST and words[-1][:1].isupper()) or form.lower() in outlets:
            target = "org"
        elif n * 3 >= total * 2:
            target = top
        for fam in fams:
            out[(fam, form)] = target or fam
    _surnames_typed_otherwise(by_form, out, known_places)
    return out


def _surnames_typed_otherwise(by_form: dict, out: dict, known_places) -> None:
    """An unfamiliar surname the tagger types ORG, GPE or NORP ('Adilov said', 'Yusupova told')
    is the person the story names in full ('Rustam Adilov'), and a full name typed ORG ('Otabek
    Rasulov') is a person when its last word is a person's surname in the story -- unless a
    gazetteer knows the form as a place ('Jordan', 'Washington')."""
    persons = [form.split() for form in by_form if out.get(("person", form)) == "person"]
    surnames = {w[-1] for w in persons if w and w[-1][:1].isupper()}       # of any person form
    full_surnames = {w[-1] for w in persons if len(w) > 1 and w[-1][:1].isupper()}  # of full names
    for form, fams in by_form.items():
        words = form.split()
        if not words or not all(w[:1].isupper() for w in words):
            continue
        # a lone word is a surname only beside a full name of that person
        if words[-1] not in (full_surnames if len(words) == 1 else surnames):
            continue
        if known_places and known_places(form) is not None:
            continue
        for fam in fams:
            if fam in ("org", "place", "norp") and out.get((fam, form)) == fam:
                out[(fam, form)] = "person"


def _vote_key(form: str) -> str:
    key = translit_key(form)
    return key[:-1] if " " not in key and key.endswith("s") and len(key) > 4 else key


def merge_entities(analyses: list[dict], known_places=None, story_places=None,
                   outlets=frozenset()) -> tuple[list[dict], dict]:
    """Cluster the mentions of all analyses.

    Returns ``(entities, index)`` where ``index`` maps ``(family, folded surface form)`` to an
    entity id, for linking speakers, claimants and figures to entities later.
    ``known_places(name) -> hashable | None`` (optional) names distinct gazetteer places, so
    two different real places ('Iran', 'Iraq') are never merged as spelling variants;
    ``story_places(name) -> bool`` (optional) says the user's own gazetteer lists the name;
    ``outlets`` (lower-case names) are the story's news outlets, organisations whatever the tagger says.
    """
    counts: Counter = Counter()          # (family, form) -> mentions
    labels: dict = defaultdict(Counter)   # (family, form) -> label counts
    docs: dict = defaultdict(set)
    roles: dict = defaultdict(Counter)
    family_of = _form_families(analyses, known_places, story_places, outlets)
    for a in analyses:
        for m in a.get("mentions", []):
            fam = family_of.get((FAMILY.get(m["label"]), m["text"]))
            if not fam:
                continue
            key = (fam, m["text"])
            counts[key] += 1
            labels[key][m["label"]] += 1
            docs[key].add(a["doc"])
            if m.get("role"):
                roles[key][m["role"]["text"]] += 1

    uf = _UnionFind()
    by_family: dict = defaultdict(list)
    for key in counts:
        uf.find(key)
        by_family[key[0]].append(key)

    for fam, keys in by_family.items():
        keys.sort(key=lambda k: (-counts[k], k[1]))
        # 1. spelling variants, blocked by the first letter of the transliteration key
        blocks: dict = defaultdict(list)
        for k in keys:
            tk = translit_key(k[1])
            blocks[tk[:1]].append(k)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1:]:
                    if uf.find(a) == uf.find(b):
                        continue
                    if fam == "place" and known_places:
                        pa, pb = known_places(a[1]), known_places(b[1])
                        if pa is not None and pb is not None and pa != pb:
                            continue
                    if _similar(a[1], b[1], counts[a], counts[b], fam):
                        uf.union(a, b)
        # 2. a lone surname -> the one full name that ends with it
        if fam == "person":
            # full names that differ only by a title before them ('Major-General Davor Renko',
            # 'Davor Renkó') are one person
            last_two: dict = defaultdict(set)
            for k in keys:
                words = k[1].split()
                if len(words) > 2 and words[0][:1].isupper():
                    last_two[translit_key(" ".join(words[-2:]))].add(k)
            for k in keys:
                if len(k[1].split()) == 2:
                    for other in last_two.get(translit_key(k[1]), ()):
                        uf.union(k, other)
            full_by_surname: dict = defaultdict(set)
            for k in keys:
                if len(k[1].split()) > 1:
                    full_by_surname[translit_key(surname(k[1]))].add(uf.find(k))
            for k in keys:
                if len(k[1].split()) == 1:
                    cands = full_by_surname.get(translit_key(k[1]), set())
                    if len(cands) == 1:
                        uf.union(k, next(iter(cands)))
        # 3. one organisation named two ways: "Kassaria's Ministry of Defence", 'the defence ministry'
        if fam == "org":
            # ... unless two states each have one ("Ruritania's foreign ministry", "the Corvish
            # foreign ministry"): then only forms naming the same state are one, and a form naming
            # none stays apart
            groups: dict = defaultdict(list)
            for k in keys:
                pk = party_key({"name": k[1]})
                words = pk.split()
                if len(words) > 1 and state_words(k[1]) and DEMONYM.match(k[1].split()[-len(words)].strip("'’")):
                    pk = " ".join(words[1:])    # "the Ruritanian foreign ministry" -> "foreign ministry"
                groups[pk].append(k)
            for members in groups.values():
                states = {k: set(state_words(k[1])) for k in members}
                named = set().union(*states.values())
                if len(named) < 2:
                    for k in members[1:]:
                        uf.union(k, members[0])
                    continue
                first: dict = {}
                for k in members:
                    if len(states[k]) == 1:
                        st = next(iter(states[k]))
                        if st in first:
                            uf.union(k, first[st])
                        else:
                            first[st] = k
        # 4. acronyms of organisations: 'UN' <-> 'United Nations'
        if fam in ("org", "place"):
            acr = {}
            for k in keys:
                a = _acronym(k[1])
                if a:
                    acr.setdefault(a, k)
            for k in keys:
                if k[1].isupper() and k[1].replace(".", "") in acr:
                    uf.union(k, acr[k[1].replace(".", "")])

    clusters: dict = defaultdict(list)
    for key in counts:
        clusters[uf.find(key)].append(key)

    entities = []
    for members in clusters.values():
        total = sum(counts[k] for k in members)
        label_counts = Counter()
        for k in members:
            label_counts.update(labels[k])
        # canonical name: the most used multi-word form, else the most used form
        multi = [k for k in members if len(k[1].split()) > 1] or members
        name = max(multi, key=lambda k: (counts[k], len(k[1]), k[1]))[1]
        role_counts = Counter()
        for k in members:
            role_counts.update(roles[k])
        entities.append({
            "name": name,
            "type": next((lab for lab, _ in label_counts.most_common() if FAMILY.get(lab) == members[0][0]),
                         _DEFAULT_LABEL.get(members[0][0]) or label_counts.most_common(1)[0][0]),
            "aliases": sorted({k[1] for k in members} - {name}),
            "roles": [r for r, _ in role_counts.most_common()],
            "mentions": total,
            "documents": sorted(set().union(*(docs[k] for k in members))),
            "_keys": members,
        })
    entities.sort(key=lambda e: (-e["mentions"], e["name"]))
    index: dict = {}
    for n, ent in enumerate(entities, 1):
        ent["id"] = f"e{n}"
        for fam, form in ent.pop("_keys"):
            index[(fam, fold(form))] = ent["id"]
            index.setdefault(("*", fold(form)), ent["id"])
            index.setdefault(("*", translit_key(form)), ent["id"])
            index.setdefault(("party", party_key({"name": form})), ent["id"])
    # 'the president', 'the governor': the one person of the story titled so ('President X')
    titled: dict = defaultdict(set)
    for ent in entities:
        if FAMILY.get(ent["type"]) == "person":
            for r in ent["roles"]:
                t = _title_key(r)
                if t:
                    titled[t].add(ent["id"])
    for t, ids in titled.items():
        if len(ids) == 1:
            index[("title", t)] = next(iter(ids))
    return entities, index


_TITLE_WORDS = {"president", "prime minister", "premier", "chancellor", "governor", "mayor", "king",
                "queen", "pope", "vice president", "vice-president", "secretary-general"}


def _title_key(text: str) -> str | None:
    """'President', 'the president' -> 'president'; None for other roles ('an army spokesman')."""
    t = " ".join(fold(text).split())
    if t.startswith("the "):
        t = t[4:]
    return t if t in _TITLE_WORDS else None


_COLLECTIVE = r"(?:rebel|insurgent|militant|militia|guerrilla|separatist|fighter|jihadist|paramilitar(?:y|ie))s?"
_NAMED_COLLECTIVE = re.compile(rf"\s+({_COLLECTIVE})\b", re.I)
_BARE_COLLECTIVE = re.compile(
    rf"^(?:the\s+)?({_COLLECTIVE})(?:\s+(?:officials?|spokes(?:man|woman|person)|commanders?|leaders?|sources?))?"
    rf"(?:\s+(?:in|from|near|around|of)\s+.+)?$", re.I)


def _collective_key(noun: str) -> str:
    n = noun.lower().rstrip("s")
    return "paramilitary" if n.startswith("paramilitar") else n


def add_collectives(entities: list[dict], documents: list[dict], index: dict, known_places=None) -> None:
    """'the rebels' means the story's only named rebel group.

    When the story writes exactly one organisation before a collective noun ('the Southern Dawn
    rebels', 'Hezbollah fighters'), bare uses of that noun as a party ('the rebels', 'rebel
    officials', 'Rebels in the south') link to that organisation. Two named groups sharing the
    noun leave it unlinked: the story does not say which one is meant."""
    names = {}
    for e in entities:
        # the small model often types an unknown movement as LOC; a gazetteer place is never a group
        if e.get("type") in ("ORG", "NORP", "LOC") and not (known_places and known_places(e["name"])):
            for n in [e["name"], *e.get("aliases", [])]:
                if len(n) > 3 and not _BARE_COLLECTIVE.match(n):
                    names.setdefault(n, e["id"])
    if not names:
        return
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alts}){_NAMED_COLLECTIVE.pattern}")
    found: dict = {}
    for d in documents:
        for m in pattern.finditer(d["text"]):
            found.setdefault(_collective_key(m.group(2)), set()).add(names[m.group(1)])
    for noun, ids in found.items():
        if len(ids) == 1:
            index.setdefault(("collective", noun), next(iter(ids)))


def link(index: dict, name: str | None, family: str | None = None) -> str | None:
    """Entity id for a surface name (a speaker, a claimant, a place), or None."""
    if not name:
        return None
    f = fold(name.strip())
    for key in ((family, f), ("*", f), ("*", translit_key(name)), ("party", party_key({"name": name}))):
        if key in index:
            return index[key]
    m = _BARE_COLLECTIVE.match(name.strip())
    if m and family in (None, "party") and ("collective", _collective_key(m.group(1))) in index:
        return index[("collective", _collective_key(m.group(1)))]
    t = _title_key(name)
    if t and family in (None, "person", "party") and ("title", t) in index:
        return index[("title", t)]
    # 'Interior Minister Sara Bello' or 'Mr Bello': try the last word as a surname
    last = surname(name)
    if family in (None, "person") and last != name:
        return index.get(("person", fold(last))) or index.get(("*", translit_key(last)))
    return None


_ROLE_HEAD = re.compile(r"^(?:(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?([a-z][\w-]*)(?:\s+(?:of|for|at|in)\b.*)?$")


def person_by_role(name: str, roles) -> bool:
    """A name of two or three capitalised words, with no organisation word, given a person's role
    ("the father of the groom", "the council chairman"): a person, whatever the tagger said."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or any(
            w.lower() in _ORG_LAST or w.lower() in _STOP for w in words):
        return False
    for r in roles:
        m = _ROLE_HEAD.match(r.strip())
        if m and m.group(1).lower() in PERSON_ROLE_NOUNS:
            return True
    return False
