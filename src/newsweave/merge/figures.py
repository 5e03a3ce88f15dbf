"""Group figures about the same thing and say whether their spread is a disagreement or an update.

A group holds figures of one kind about one subject in one scope:

- the subject: for people (killed, injured, missing, displaced, arrested) combatants, a nationality
  counted by name ("9,500 Kassarians") and everyone else are kept apart; for troops, vehicles and
  aircraft what is counted; money is grouped per currency *and per party*, since two donors'
  pledges are two amounts, not two estimates of one;
- the scope: figures without a place, or whose place recurs in the figures of two or more
  articles, are about the story; a place named by the figures of one article only ("15 residents
  of Lenka", "1,200 evacuated near Port Isra") is its own scope;
- increments ("a further 1,500 troops", "eight more helicopters"), subsets ("including nine
  soldiers", "four of them soldiers") and contributions ("sent four helicopters") are never set
  against totals: they stay out of the groups.

Each group lists its figures (oldest first), the min, max, the conservative value (the lowest
stated value, ACLED style), a ``values`` list (value, value_max, qualifier, party, date, figure
id) and its ``spread``:

- ``agreement``: all values within 10% of each other;
- ``disagreement``: two different parties give different numbers for the same day (or the one
  party's count falls below another party's earlier count);
- ``update``: otherwise: the numbers move over time (one party revising, or parties reporting on
  different days).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..analyse.figures.lexicon import CASUALTY, EXTENT_WORDS, NOUN_KIND, PERSON_NOUNS
from .camps import GOVERNMENT, cue_camp
from .text import party_key

PEOPLE = {"killed", "injured", "missing", "displaced", "arrested"}
OUT_OF_GROUPS = {"increment", "subset", "contribution"}

COMBATANTS = {"soldier", "troop", "fighter", "militant", "rebel", "police", "officer", "policeman",
              "guard", "combatant", "insurgent", "peacekeeper", "militiaman", "member", "personnel"}

# the figure's own words when the analysis did not say (figures merged without "relation")
_INCREMENT_TEXT = re.compile(r"^(?:a further|an additional|an extra|another|additional|extra|further)\b"
                             r"|^\S+(?: \S+)? (?:more|additional|extra|further) \w", re.I)
_SUBSET_TEXT = re.compile(r"^(?:including|among|includes)\b|\bof (?:them|whom)\b", re.I)


def _party(f: dict) -> str | None:
    return party_key(f.get("reported_by")) or None


def relation(f: dict) -> str | None:
    """increment | subset | contribution | previous | None (from the analysis, else the text)."""
    if f.get("relation"):
        return f["relation"]
    text = f.get("text") or ""
    if _SUBSET_TEXT.search(text):
        return "subset"
    if _INCREMENT_TEXT.search(text):
        return "increment"
    return None


def _who(f: dict) -> str:
    """Which people a casualty figure counts: combatants, a named nationality, everyone else."""
    what = (f.get("what") or "").lower().split()
    if what and what[-1].rstrip("s") in COMBATANTS:
        return "combatants"
    if what and len(what) == 1:
        word = what[0]
        m = re.search(r"\b" + re.escape(word) + r"\b", f.get("text") or "", re.I)
        if m and m.group(0)[:1].isupper() and m.start() > 0:
            return word   # "9,500 Kassarians": the count of one nationality, not of everyone
    return "people"


def _place(f: dict):
    return f.get("place_entity") or f.get("place")


def _spread(members: list[dict], lo: float, hi: float) -> str:
    if not hi > lo * 1.1:
        return "agreement"
    by_day: dict = defaultdict(dict)
    for f in members:
        p = _party(f)
        if p is None:
            continue
        by_day[f.get("as_of") or ""].setdefault(p, []).append(f)
    # the same day, two parties, numbers that do not agree
    for day, parties in by_day.items():
        if len(parties) < 2:
            continue
        ranges = [(min(x["value"] for x in fs), max(x["value_max"] or x["value"] for x in fs)) for fs in parties.values()]
        for i, (a_lo, a_hi) in enumerate(ranges):
            for b_lo, b_hi in ranges[i + 1:]:
                if a_hi * 1.1 < b_lo or b_hi * 1.1 < a_lo:
                    return "disagreement"
    # a later count from one party below an earlier count from another
    dated = sorted((f for f in members if _party(f) and f.get("as_of")), key=lambda f: f["as_of"])
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if b["as_of"] > a["as_of"] and _party(a) != _party(b) and b["kind"] in ("killed", "injured") \
                    and (b["value_max"] or b["value"]) * 1.1 < a["value"]:
                return "disagreement"
    return "update"


_DESCRIPTOR = re.compile(r"^(?:the\s+)?([a-z][\w-]*)(?:['’]s?)?$", re.I)
_DESCRIBED = re.compile(r"^(?:[Tt]he\s+)?([a-z][\w-]*)\s+([A-Z][\w’'-]*(?:\s+[\w’'-]+)*)$")


def resolve_descriptors(figures: list[dict]) -> None:
    """A reporter named only by a descriptor ("the opposition's list of 43 names") is the one
    party the story names with that descriptor ("the opposition Popular Renewal Party"): its
    ``entity`` is set to that party's (the name stays as written). Nothing is done when no party
    or more than one party is so described."""
    by_name: dict = {}
    described: dict = defaultdict(set)
    for f in figures:
        rb = f.get("reported_by") or {}
        name = " ".join((rb.get("name") or "").split())
        if not name or not rb.get("entity"):
            continue
        by_name.setdefault(name.lower(), rb["entity"])
        m = _DESCRIBED.match(name)
        if m and m.group(1).islower():
            described[m.group(1).lower()].add((m.group(2), rb["entity"]))
    for f in figures:
        rb = f.get("reported_by") or {}
        if not rb.get("name") or rb.get("entity"):
            continue
        m = _DESCRIPTOR.match(" ".join(rb["name"].split()))
        if not m:
            continue
        cands = described.get(m.group(1).lower(), set())
        names = {n.lower() for n, _e in cands}
        if len(names) != 1:
            continue
        name, eid = next(iter(cands))
        rb["entity"] = by_name.get(name.lower(), eid)


_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|the|for|and|de|al)\s+)*)*[A-Z][\w'’.-]*)\s*,\s*(?:a|an|the|its)\s+"
                          r"(?:[a-z][\w-]*\s+){0,2}$")   # "X, a medical charity": up to two words before the noun
_NAME_AFTER = re.compile(r"^,?\s*((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)")
_PRONOUNS = {"it", "its", "he", "she", "they", "their", "his", "her", "we", "our", "i", "you"}
# "the school's headteacher", "its director": a person's role, owned by a place or body
_OWNED_ROLE = re.compile(r"^(?:its|their|\w+['’]s)\s+(?:[a-z]+\s+)?([a-z][a-z-]+)$")   # (also "its chief pathologist")
# "Baraka Obi, the headteacher", "Dr Ana Lis, director of": a name, then (an article and) the role
_NAME_BEFORE_ROLE = re.compile(r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s*,\s*(?:(?:a|an|the|its)\s+)?"
                               r"(?:[a-z][\w'’-]*\s+){0,3}$")   # "Dr X, the morgue's chief pathologist"


# "X, an army spokesman" does not describe X as the army: the word only qualifies a role
_ROLE_AFTER = re.compile(r"^\s+(?:spokes(?:man|woman|person)|officials?|officers?|commanders?|chiefs?|sources?|"
                         r"representatives?|directors?|head|leaders?|lawyers?|doctors?|medics?)\b")


def _role_holder(desc: str, entities) -> str | None:
    """The one person of the story given this role ("the governor of the Orla region said"
    when "Mila Dorn, governor of the Orla region," is named somewhere), else the one
    given a role with the same head noun ("the village elder" -> "X, the elder of Kessa")."""
    want = _ARTICLE.sub("", desc).lower()
    for same in (lambda r: r == want, lambda r: _role_head(r) == _role_head(want)):
        people = {e["id"] for e in entities if e.get("type") == "PERSON"
                  and any(same(_ARTICLE.sub("", r).lower()) for r in e.get("roles") or [])}
        if people:
            return next(iter(people)) if len(people) == 1 else None
    return None


def _role_head(role: str) -> str:
    """"elder" of "village elder" and of "elder of Kessa"."""
    words = role.split(" of ")[0].split()
    return words[-1] if words else ""


def resolve_described(figures: list[dict], documents: list[dict], link_name, entities=()) -> None:
    """A reporter named by a description only ("an association of tenants' families said",
    "a structural engineer said") is the one named party the story describes with those words:
    "Safe Roofs, an association of tenants' families," (a name, then the description) or
    "structural engineer Petra Holm" (the description, then a name). Its ``entity``
    is set to that party's; the name stays as written. Nothing is done when no party, or more
    than one, is so described. ``link_name`` maps a name to an entity id (or None)."""
    wanted = {}
    for f in figures:
        rb = f.get("reported_by") or {}
        name = " ".join((rb.get("name") or "").split())
        if not name or rb.get("entity"):
            continue
        desc = _ARTICLE.sub("", name)
        if not desc or not desc[:1].islower() or desc.lower() in _PRONOUNS or len(desc) < 4:
            continue   # a description starts lower case once its article is gone
        wanted.setdefault(desc.lower(), []).append((f, rb))
    if not wanted:
        return
    texts = {d["id"]: d["text"] for d in documents}
    for desc, pairs in wanted.items():
        found = set()
        body = "".join(r"\s+" if ch == " " else "['’]" if ch in "'’" else re.escape(ch) for ch in desc)
        pat = re.compile(r"(?<![\w-])" + body + r"(?![\w-])", re.I)
        for d in documents:
            text = d["text"]
            for m in pat.finditer(text):
                if text[m.end():m.end() + 2] in ("'s", "’s"):
                    continue   # "Ana Lis, the charity's coordinator": not a description of Ana Lis
                before = text[max(0, m.start() - 80):m.start()]
                mb = _NAME_BEFORE.search(before)
                # ("Orsk, the Ministry of Health said": a name, not the description, after the comma)
                if mb and text[m.start()].islower() and not _ROLE_AFTER.match(text[m.end():m.end() + 20]):
                    eid = link_name(mb.group(1))
                    if eid:
                        found.add(eid)
                ma = _NAME_AFTER.match(text[m.end():m.end() + 80])
                if ma and (text[m.end():m.end() + 1] == " " or text[m.end():m.end() + 2] == ", "):
                    eid = link_name(ma.group(1))
                    if eid:
                        found.add(eid)
        if len(found) != 1 and " " in desc:
            found = {_role_holder(desc, entities)} - {None} or found
        if len(found) == 1:
            eid = next(iter(found))
            for _f, rb in pairs:
                rb["entity"] = eid
            continue
        # "the school's headteacher said", "its director said": a role owned by something named
        # before; the one person of the same article given that role ("Baraka Obi, the
        # headteacher," / "Dr Ana Lis, director of the hospital,") is meant
        m = _OWNED_ROLE.match(desc)
        if not m:
            continue
        role = m.group(1)
        pat = re.compile(r"(?<![\w-])" + re.escape(role) + r"(?![\w-])", re.I)
        for f, rb in pairs:
            text = texts.get(f.get("doc"), "")
            people = set()
            for mm in pat.finditer(text):
                if rb.get("start") is not None and rb["start"] <= mm.start() < rb.get("end", rb["start"]):
                    continue
                mb = _NAME_BEFORE_ROLE.search(text[max(0, mm.start() - 80):mm.start()])
                if mb:
                    eid = link_name(mb.group(1))
                    if eid:
                        people.add(eid)
            if len(people) == 1:
                rb["entity"] = next(iter(people))


_OFFICIAL = re.compile(r"\b(?:the\s+)?official\s+"
                       r"(?:death\s+)?(?:toll|count|figure|tally|estimate)\b", re.I)


def _state_voice(rb: dict, roles: dict) -> bool:
    """The reporter speaks for the state: its name or a role the story gives it says so
    ("Labour Minister Edvard Kalmus", "the interior ministry")."""
    names = [rb.get("name"), (rb.get("as_written") or {}).get("name"), *roles.get(rb.get("entity"), [])]
    return any(cue_camp(n) == GOVERNMENT for n in names if n)


def resolve_official(figures: list[dict], entities: list[dict] = ()) -> None:
    """"... 690 bodies, far above the official toll of 402": the official count quoted by someone
    else is reported by the one party of the story that states that count of that kind (the
    speaker of the sentence only quotes it). Nothing is done when no other party, or more than
    one, states it. A state voice's own "official toll" is its own ("the minister said ..., as the
    official toll rose to 35")."""
    roles = {e["id"]: e.get("roles") or [] for e in entities}
    for f in figures:
        if not _OFFICIAL.search(f.get("text") or ""):
            continue
        if f.get("reported_by") and _state_voice(f["reported_by"], roles):
            continue
        own = _party(f)
        cands = {}
        for g in figures:
            if g is f or g.get("kind") != f.get("kind") or g.get("value") != f.get("value"):
                continue
            p = _party(g)
            if p and p != own:
                cands.setdefault(p, g["reported_by"])
        if len(cands) == 1:
            f["reported_by"] = dict(next(iter(cands.values())))
            continue
        # else the state body that gives most counts of that kind ("the official toll": the
        # authorities' count), when one does
        tally: dict = {}
        for g in figures:
            p = _party(g)
            if g is not f and g.get("kind") == f.get("kind") and p and p != own \
                    and cue_camp(g["reported_by"].get("name")) == GOVERNMENT:
                n, rb = tally.get(p, (0, g["reported_by"]))
                tally[p] = (n + 1, rb)
        ranked = sorted(tally.values(), key=lambda x: -x[0])
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            f["reported_by"] = dict(ranked[0][1])


# "the company said", "the agency said": a definite organisation noun stands for an organisation
# just named in the same article
ORG_ANAPHORS = {"company", "firm", "operator", "utility", "agency", "group", "network", "association",
                "charity", "union", "ministry", "service", "organisation", "organization", "trust",
                "council", "committee", "department", "coalition", "movement", "institute", "office",
                "hospital", "club", "federation", "society", "airline", "carrier", "developer", "school",
                "army", "navy", "police", "government", "authority", "commission", "inspectorate", "directorate",
                "municipality", "administration", "brigade", "collective", "front"}
_ANAPHOR = re.compile(r"^(?:(?:the|its|[\w-]+['’]s)\s+)?(?:(?:main|local|regional|provincial|district|state|national|"
                      r"city|town|central|general|private)\s+|(?-i:[a-z][\w-]+\s+))?([a-z]\w+)$", re.I)
# (one lower-case word before the noun is a description of it: "the boarding school said")
_BUSINESS = {"company", "firm", "operator", "utility", "club", "airline", "carrier", "developer"}
_COLLECTIVE_ORGS = {"syndicate", "guild", "league", "front", "party", "union", "association", "federation",
                    "committee", "society", "movement", "alliance", "group"}
# names of public bodies: "the company" is never one of these
_PUBLIC = {"police", "army", "military", "government", "court", "ministry", "council", "agency", "service",
           "hospital", "party", "forces", "office", "authority", "commission", "inspectorate", "prosecutor"}


def _same_family(a, b) -> bool:
    """Two kinds of one family: the same kind, or two casualty kinds."""
    return a == b or (a in CASUALTY and b in CASUALTY)


def resolve_anaphors(figures: list[dict], documents: list[dict], entities: list[dict]) -> None:
    """"The company said about 18,000 households ...": a reporter written as "the" and an
    organisation noun, with no entity, is the organisation named last before it in the same
    article whose name carries that noun ("the agency" -> "Civil Protection Agency") or, for
    "the company" / "the firm" / "the operator", carries no organisation noun at all ("Velta
    Grid"). When the article names none before it, the story's only organisation whose name
    carries the noun is meant, else the one of them that gives counts of the same kind elsewhere in
    the story; otherwise nothing is done."""
    pending = []
    for f in figures:
        rb = f.get("reported_by") or {}
        m = _ANAPHOR.match(" ".join((rb.get("name") or "").split()))
        if m and not rb.get("entity") and m.group(1).lower() in ORG_ANAPHORS:
            pending.append((f, rb, m.group(1).lower()))
    if not pending:
        return
    texts = {d["id"]: d["text"] for d in documents}
    outlets = {(d.get("source") or "").lower() for d in documents}
    orgs = [e for e in entities if e.get("type") == "ORG"
            and not any(e["name"].lower() in o for o in outlets if o)]   # "told Earthline": no party
    pats = {e["id"]: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(
        {e["name"], *e.get("aliases", [])}, key=len, reverse=True) if len(n) > 2) + r")(?![\w-])") for e in orgs}
    for f, rb, noun in pending:
        text = texts.get(f.get("doc"), "")
        # named before the anaphor itself ("At least 17 died when an X Airways plane crashed, the airline said")
        if isinstance(rb.get("start"), int):
            limit = rb["start"]
        else:   # the end of the figure's sentence: the anaphor is in it, after or before the figure
            ends = [i for i in (text.find(". ", f.get("end", f["start"])), text.find("\n", f.get("end", f["start"])))
                    if i >= 0]
            limit = min(ends) if ends else len(text)
        best = None
        after = None
        named = []   # the story's organisations whose name carries the noun
        plain = []   # and those whose name carries no organisation word at all ("Velta Grid")
        for e in orgs:
            words = {w.lower() for w in re.findall(r"\w+", e["name"])}
            head = re.findall(r"\w+", e["name"].lower())[-1:]
            if noun in words and (noun not in _BUSINESS or head == [noun]):
                named.append(e["id"])
            if not words & (ORG_ANAPHORS | _PUBLIC | {"union", "association", "party", "front", "movement"}):
                plain.append(e["id"])
            if noun in _BUSINESS:
                # "the airline" is "X Airways" or "Velta Air", not the "Airline Pilots' Syndicate"
                fits = head == [noun] or not words & (ORG_ANAPHORS | _PUBLIC | _COLLECTIVE_ORGS)
            else:
                fits = noun in words or noun.rstrip("s") in words
            if not fits:
                continue
            last = None
            for m in pats[e["id"]].finditer(text, 0, limit):
                last = m.start()
            if last is not None and (best is None or last > best[0]):
                best = (last, e["id"])
            if noun in words and (noun not in _BUSINESS or head == [noun]):
                nxt = pats[e["id"]].search(text, limit)
                if nxt is not None and (after is None or nxt.start() < after[0]):
                    after = (nxt.start(), e["id"])
        if best is not None:
            rb["entity"] = best[1]
        elif len(named) == 1:
            rb["entity"] = named[0]   # not named in this article, but the story has one "... Agency"
        elif after is not None:
            rb["entity"] = after[1]
        elif noun in _BUSINESS and len(plain) == 1:
            rb["entity"] = plain[0]   # the story's only organisation named like a business
        else:
            # "the ministry's figures show 610 people treated" with two ministries in the story: the
            # one that gives counts of that kind (casualties, money, ...) elsewhere
            counting = {(g.get("reported_by") or {}).get("entity") for g in figures
                        if g is not f and _same_family(g.get("kind"), f.get("kind"))} & set(named)
            if len(counting) == 1:
                rb["entity"] = next(iter(counting))


_VOICE_OF = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:senior|chief|top|local)\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*|[a-z]+)"
                       r"\s+(?:spokesman|spokeswoman|spokesperson|official|officials|officer|representative|source)$")


def resolve_voices(figures: list[dict], link_name, entities: list[dict] = ()) -> None:
    """"A TSR spokesman said", "a senior Velta Grid official said": an unnamed voice of a named
    organisation reports for it; its ``entity`` is the organisation's (the name stays as
    written)."""
    for f in figures:
        rb = f.get("reported_by") or {}
        if not rb.get("name") or rb.get("entity"):
            continue
        m = _VOICE_OF.match(" ".join(rb["name"].split()))
        if m:
            eid = link_name(m.group(1))
            if eid is None and m.group(1).islower():
                # "a senior police officer": the story's one organisation with that word in its name
                # ("a regional official": the one "... regional government")
                word = m.group(1).lower()
                named = [e["id"] for e in entities if e.get("type") == "ORG" and word in e["name"].lower().split()]
                eid = named[0] if len(named) == 1 else None
            if eid:
                rb["entity"] = eid


def resolve_reporters(figures: list[dict], documents: list[dict], entities: list[dict], link_name) -> None:
    """The story-level steps of who reports a figure, after the analysis of each article: an
    organisation's unnamed voice, a description, an anaphor, an official count quoted by
    someone else (in that order)."""
    resolve_voices(figures, link_name, entities)
    resolve_described(figures, documents, link_name, entities)
    resolve_anaphors(figures, documents, entities)
    resolve_official(figures, entities)


# words naming what money pays for or how it is given, not the currency: "a 80 million X fund"
_MONEY_FORM = {"fund", "funds", "budget", "package", "loan", "loans", "grant", "grants", "bailout",
               "programme", "program", "deal", "contract", "compensation", "settlement", "fine",
               "fines", "payment", "payments", "aid", "in", "of", "a", "an", "the"}


def _forms(word: str) -> set:
    w = word.lower()
    return {w, w + "s"} if not w.endswith("s") else {w, w[:-1]}


_COUNTED = set(PERSON_NOUNS) | set(NOUN_KIND)   # nouns the analysis counts as people or things


def learn_currencies(figures: list[dict]) -> None:
    """A currency word the analysis learned in one article ("a 80 million X fund", "3,000 Xs")
    is a currency in every article of the story: "promised 1,500 Xs to every household" in
    another article is money too. Only one-word counted nouns of kind other are relabelled."""
    learned: set = set()
    for f in figures:
        if f.get("kind") == "money":
            for w in re.findall(r"[a-z]+", (f.get("what") or "").lower()):
                if w not in _MONEY_FORM and len(w) > 2 and not (_forms(w) & _COUNTED):
                    learned |= _forms(w)   # not 'families' or 'homes' of a compensation phrase
    if not learned:
        return
    for f in figures:
        what = (f.get("what") or "").lower()
        if f.get("kind") == "other" and what and " " not in what and what in learned:
            f["kind"] = "money"


def group_figures(figures: list[dict]) -> list[dict]:
    learn_currencies(figures)
    resolve_descriptors(figures)
    # "other" figures only when they measure damage ("9,800 hectares" burned): two parties' areas
    # are two estimates of one thing; two counts of "residents" may be of anything
    candidates = [f for f in figures if (f["kind"] != "other" or (f.get("what") or "").lower() in EXTENT_WORDS)
                  and relation(f) not in OUT_OF_GROUPS]
    # places recurring in the figures of two or more articles are the story's; others are local
    docs_of: dict = defaultdict(set)
    for f in figures:
        if _place(f) is not None:
            docs_of[_place(f)].add(f.get("doc"))
    story_places = {p for p, docs in docs_of.items() if len(docs) >= 2}

    buckets: dict = defaultdict(list)
    for f in candidates:
        if f["kind"] in PEOPLE:
            what = _who(f)
        elif f["kind"] == "money":
            what = f"{(f.get('what') or '').lower()}|{_party(f) or ''}"
        elif "relation" in f:
            # the analysis told sent/ordered contributions apart: "army helicopters", "rescue
            # helicopters" and "helicopters" are one subject
            what = ((f.get("what") or "").lower().split() or [""])[-1]
        else:
            what = (f.get("what") or "").lower()
        place = _place(f)
        scope = None if place is None or place in story_places else place
        buckets[(f["kind"], what, scope)].append(f)

    groups = []
    for (kind, what, scope), members in sorted(buckets.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2] or "")):
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda f: (f.get("as_of") or "", f["id"]))
        values = [f["value"] for f in members]
        lo = min(values)
        hi = max(max(f["value_max"] or f["value"] for f in members), max(values))
        parties = {_party(f) for f in members}
        place_name = None
        if scope is not None:
            place_name = next((f.get("place") for f in members if f.get("place")), None)
        else:
            named = [f.get("place") for f in members if f.get("place")]
            place_name = max(named, key=named.count) if named else None   # ties: the first named, whatever the hash seed
        groups.append({
            "kind": kind,
            "what": what.split("|")[0] if kind == "money" else what,
            "place": place_name,
            "scope": "local" if scope is not None else "story",
            "figures": [f["id"] for f in members],
            "values": [{"figure": f["id"], "value": f["value"], "value_max": f.get("value_max"),
                        "qualifier": f.get("qualifier"), "party": (f.get("reported_by") or {}).get("name"),
                        "as_of": f.get("as_of"), "doc": f.get("doc")} for f in members],
            "min": lo,
            "max": hi,
            "conservative": lo,
            "spread": _spread(members, lo, hi),
            "parties": sorted(p for p in parties if p),
        })
    for n, g in enumerate(groups, 1):
        g["id"] = f"g{n}"
    return groups
