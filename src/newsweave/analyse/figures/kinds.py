"""What a figure counts: its kind (killed, injured, missing, displaced, arrested, troops,
vehicles, aircraft, money, other) from the counted noun, the clause and the sentences before it,
following docs/figure-kinds.md."""

from __future__ import annotations

import re

from .lexicon import (
    ABDUCTION_WORDS, ALREADY_HELD, AREA_NOUNS, BIG, CAPTOR_NOUNS, CARE_LEMMAS, CARE_NOUNS, CASUALTY,
    CHANGE_LEMMAS, CURRENCY_CODES, CURRENCY_PREFIX, CURRENCY_WORDS, CUSTODY_NOUNS, DAMAGE_LEMMAS, DEATH_WORDS,
    EQUIV_SKIP, ESCAPE_LEMMAS, ESTIMATE_VERBS, EXPOSURE_WORDS, EXTENT_WORDS, FINAL_DEATH, FINAL_HELD,
    GIVING_LEMMAS, HARMED_MATTER, HARM_LEMMAS, HOSPITAL_NOUNS, HOSTAGE_WORDS, ILLNESS_WORDS, ILL_WORDS,
    INCREMENT_BEFORE, INJURY_NOUNS, INTRANSITIVE, LEAVE_LEMMAS, LEFT_PLACES, LOST_FACULTIES, MEASURE_WORDS,
    MEDICS, MONEY_CONTEXT, MONEY_HEADS, MONEY_MEASURES, MONEY_NOUNS, MONEY_OBJ_VERBS, MOVE_LEMMAS, NOUN_KIND,
    OUTDOOR_WORDS, PARTY_NOUNS, PERSON_NOUNS, PERSON_ONLY, PER_RECIPIENT, PLACE_HOLDERS, PRED_KIND,
    RELEASE_LEMMAS, RELIEF_GOODS, RELOCATE_LEMMAS, RESCUE_LEMMAS, ROUTE_NOUNS, RUBBLE_NOUNS, SHELTER_NOUNS,
    SPECIFIC_ILLNESS, SPEECH, STAY_LEMMAS, STRANDED_WORDS, TIME_WORDS, TOLL_NOUNS, TREATMENT_NOUNS,
    USE_LEMMAS, WARD_NOUNS, WOUND_WORDS,
)
from .syntax import _national, _passive_like, _personish, _pobjs, _subject_of, _subject_verb, _words_in_doc


def _pred_kind(tok):
    """Kind carried by a predicate word (verb/adjective), or None."""
    low = tok.lower_
    if tok.pos_ == "VERB" and tok.lemma_.lower() in HARM_LEMMAS:
        # "fatally shot three co-workers", "shot dead", "stabbed to death": killed; else hurt
        fatal = any(c.lower_ in ("fatally", "dead") or (c.lower_ == "to" and any(
            g.lower_ == "death" for g in c.children)) for c in tok.children)
        return "killed" if fatal else "injured"
    if low in PRED_KIND:
        return PRED_KIND[low]
    lem = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "ADJ", "AUX") and lem in PRED_KIND:
        return PRED_KIND[lem]
    return None


def _conj_kinds(tok):
    """Kinds of tok and of predicates coordinated with it ("killed or wounded")."""
    kinds = []
    k = _pred_kind(tok)
    if k:
        kinds.append(k)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in HARM_LEMMAS and any(
            c.dep_ == "conj" and _pred_kind(c) == "killed" for c in tok.children):
        return ["killed"]   # "was shot in the neck and killed"
    own_obj = any(g.dep_ in ("dobj", "obj") for g in tok.children)
    for c in tok.children:
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            if own_obj and any(g.dep_ in ("dobj", "obj") for g in c.children):
                continue   # "killed four civilians and wounded nine": two counts, not one combined
            kc = _pred_kind(c)
            if kc:
                kinds.append(kc)
    return kinds


def _merge_kinds(kinds):
    if not kinds:
        return None
    if "killed" in kinds and "injured" in kinds:
        return "injured"
    return kinds[0]


def _escaped_before(verb) -> bool:
    """"escaped through the kitchens before the gunmen chained the doors": got away before being
    held (no captives)."""
    return any(c.lower_ == "before" or any(g.dep_ == "mark" and g.lower_ == "before" for g in c.children)
               for c in verb.children if c.dep_ in ("prep", "advcl"))


def _abduction_story(doc) -> bool:
    """The article is about people seized and held: two or more abduction words in it."""
    return _words_in_doc(doc, "abduction_words", ABDUCTION_WORDS) >= 2


def _before_the_event(verb) -> bool:
    """"24 patients had been in the ward when the fire began": where people were before the
    disaster (a pluperfect "had been", or a "when" clause), not where its casualties are."""
    if verb.lemma_ == "be" and any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children):
        return True
    return any(c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)
               for c in verb.children)


def _situation_kind(verb, dep, obj=None):
    """Kind said by where people are or were taken, not by a casualty verb: "were moved to
    schools", "remain in shelters", "crossed into X" (displaced); "were treated in hospital for
    injuries", "were hospitalised" (injured)."""
    lem = verb.lemma_.lower()
    patient = dep in ("nsubjpass", "dobj") or (dep == "nsubj" and _passive_like(verb))
    if patient and lem in MOVE_LEMMAS and any(p.lower_ in SHELTER_NOUNS for p in _pobjs(verb, ("to", "into", "in", "at"))):
        return "displaced"
    if patient and lem in MOVE_LEMMAS | RELOCATE_LEMMAS | {"force", "drive"} and any(
            c.lower_ == "out" and any(o.lower_ == "of" and any(g.lower_ in ("home", "homes", "house", "houses")
                                                                  for g in o.children) for o in c.children)
            for c in verb.children):
        return "displaced"   # "210 people had been moved out of their homes"
    if patient and lem in ("take", "bring", "rush", "fly", "airlift", "transfer", "carry") and not (
            lem == "transfer" and obj is not None and obj.lower_ in ("patients", "patient")) and any(
            p.lower_ in HOSPITAL_NOUNS or "hospital" in p.lower_ or (p.ent_type_ in ("ORG", "FAC") and "Hospital" in p.text)
            for p in _pobjs(verb, ("to",))) and not _ill_not_hurt(verb):
        return "injured"   # "22 survivors had been taken to X Regional Hospital"
    # "900 residents had been moved to Oromil", "relocated to a nearby town": people moved away
    if patient and lem in RELOCATE_LEMMAS and any(
            p.ent_type_ in ("GPE", "LOC", "FAC") or (p.pos_ == "PROPN" and p.ent_type_ != "NORP")
            or p.lower_ in ("town", "towns", "city", "cities", "village", "villages")
            for p in _pobjs(verb, ("to", "into"))):
        return "displaced"
    # "the three shelters held 2,600 people", "the camp houses 30,000": people in shelters
    if dep == "dobj" and lem in ("hold", "house", "host", "accommodate", "shelter") and any(
            c.dep_ == "nsubj" and c.lower_ in SHELTER_NOUNS for c in verb.children):
        return "displaced"
    if dep == "nsubj" and lem in STAY_LEMMAS and any(p.lower_ in SHELTER_NOUNS for p in _pobjs(verb, ("in", "at", "inside"))):
        return "displaced"
    if dep == "nsubj" and lem in STAY_LEMMAS - {"be"} and any(p.lower_ in ("relatives", "friends", "neighbours", "neighbors",
                                                                     "hosts", "families") for p in _pobjs(verb, ("with",))):
        return "displaced"   # "About 170 families were still staying with relatives"
    if dep == "dobj" and lem in ("count", "register", "record", "house", "shelter", "host") and (
            obj is None or obj.pos_ == "NUM" or obj.lower_ in PERSON_NOUNS) \
            and any(p.lower_ in SHELTER_NOUNS for p in _pobjs(verb, ("in", "at"))):
        return "displaced"   # "the ministry counts 4,800 in the camps"
    if dep == "nsubj" and lem in ("reach", "arrive", "enter", "come") and (
            any(c.dep_ in ("dobj", "obj") and c.lower_ in SHELTER_NOUNS for c in verb.children)
            or any(p.lower_ in SHELTER_NOUNS for p in _pobjs(verb, ("at", "in", "into", "to")))):
        return "displaced"   # "about 300 families had reached the reception camp"
    if dep in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" and verb.head.lower_ in SHELTER_NOUNS and any(
            c.lower_ == "where" for c in verb.children):
        return "displaced"   # "the camp, where about 4,800 people are now registered"
    if lem == "escape" and dep in ("nsubj", "relcl") and _abduction_story(verb.doc) and not _escaped_before(verb):
        return "arrested"   # pupils who escaped their abductors were held, as the freed were
    if lem == "take" and (dep == "nsubjpass" or (dep == "nsubj" and _passive_like(verb))) and not _pobjs(
            verb, ("to", "into", "for", "from")) and _abduction_story(verb.doc):
        return "arrested"   # "112 students were taken" in a kidnapping
    if dep == "nsubj" and lem in ("cross", "pour", "stream", "flood", "spill", "escape") and (
            _pobjs(verb, ("into", "across", "over", "to"))
            or any(c.dep_ == "dobj" and c.lower_ in ("border", "frontier", "river", "sea") for c in verb.children)):
        return "displaced"
    # "310 people are in custody", "remained in detention", "were taken into custody"
    if dep == "nsubj" and lem in STAY_LEMMAS and any(
            p.lower_ in CUSTODY_NOUNS and not any(d.lower_ in ("a", "one", "each") for d in p.children)
            for p in _pobjs(verb, ("in",))):
        return "arrested"   # (not "six men live in a cell of nine square metres": a description)
    if patient and lem in MOVE_LEMMAS | {"hold", "keep", "put", "place", "leave"} and any(
            p.lower_ in CUSTODY_NOUNS for p in _pobjs(verb, ("in", "into", "to"))) and not (
            obj is not None and obj.lower_ in ALREADY_HELD):
        return "arrested"   # (inmates moved to another prison were held already: no arrest)
    if lem in ("treat", "hospitalise", "hospitalize", "admit") or lem in STAY_LEMMAS:
        if _ill_not_hurt(verb):
            return None   # issue 6: patients of an outbreak are ill, not injured
    if dep == "nsubj" and lem in STAY_LEMMAS and not _before_the_event(verb) and any(
            p.lower_ in CARE_NOUNS and (p.lower_ != "condition" or any(
                a.lower_ in ("critical", "serious", "stable", "grave") for a in p.children))
            for p in _pobjs(verb, ("in", "on"))):
        return "injured"
    if patient and lem in ("hospitalise", "hospitalize", "hospitalised", "hospitalized"):
        return "injured"
    if patient and lem in ("bring", "take", "rush", "admit", "carry", "fly", "airlift", "evacuate") and any(
            p.lower_ in INJURY_NOUNS for p in _pobjs(verb, ("with",))):
        return "injured"   # "three villagers had been brought in with gunshot wounds"
    if patient and lem == "admit" and any(p.lower_ in HOSPITAL_NOUNS or "hospital" in p.lower_
                                          for p in _pobjs(verb, ("to", "into"))):
        return "injured"   # "230 people had been admitted to hospital with heatstroke"
    # "treated dozens of people for gunshot wounds": the "for" may hang on the object
    for_objs = _pobjs(verb, ("for",)) + (_pobjs(obj, ("for",)) if obj is not None else [])
    if patient and lem == "treat" and verb.dep_ == "relcl" and verb.head.lower_ in HOSPITAL_NOUNS:
        return "injured"   # "the clinic, where doctors were treating 40 people"
    if patient and lem == "treat" and dep == "dobj" and not for_objs and (
            any(c.dep_ == "nsubj" and c.lower_ in MEDICS for c in verb.children)
            or any(t.lower_ in HOSPITAL_NOUNS for t in verb.sent)):
        return "injured"   # "her staff at the district hospital were treating 14 people"
    if lem == "treat" and not for_objs and (dep == "nsubjpass" or (dep == "nsubj" and _passive_like(verb))):
        return "injured"   # "58 people were still being treated": patients of the disaster
    if patient and lem == "treat" and (any(p.lower_ in INJURY_NOUNS for p in for_objs)
                                       or any(p.lower_ in HOSPITAL_NOUNS for p in _pobjs(verb, ("in", "at")))):
        return "injured"
    return None


def _toll_kind(noun):
    """Kind carried by a 'death toll' / 'number of displaced' style noun."""
    low = noun.lower_
    lem = noun.lemma_.lower()
    if lem not in TOLL_NOUNS and low not in TOLL_NOUNS and lem != "list":   # (also "its list of missing workers")
        return None, None
    kinds = []
    what = None
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            k = NOUN_KIND.get(c.lower_) or _pred_kind(c)
            if k == "troops" and c.dep_ == "compound" and lem == "toll":
                continue   # "the police toll was 29": whose toll, not what it counts
            if k:
                kinds.append(k)
        elif c.dep_ == "acl" and c.i > noun.i and _pred_kind(c) in CASUALTY:
            kinds.append(_pred_kind(c))   # "the number of people held", the participle hung on "number"
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "escape" and _abduction_story(noun.doc) \
                and not _escaped_before(c):
            kinds.append("arrested")   # "the number who escaped" their abductors
        elif c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    k = NOUN_KIND.get(p.lower_) or _pred_kind(p)
                    if any(q.lower_ in SHELTER_NOUNS for q in _pobjs(p, ("in", "at", "inside"))):
                        k = "displaced"   # "the number of people in emergency shelters"
                    for a in p.children:
                        if a.dep_ in ("amod", "acl", "compound"):
                            ka = _pred_kind(a) or NOUN_KIND.get(a.lower_)
                            if ka in CASUALTY:
                                k = ka
                    if k:
                        kinds.append(k)
                    if p.pos_ in ("NOUN", "PROPN"):
                        what = p.lower_
    if lem == "toll" and not kinds:
        kinds.append("killed")
    if not kinds:
        return None, None
    return _merge_kinds(kinds), what


def _holder_is_party(verb) -> bool:
    """Who holds people is a party (a group, a person, "it", "they"), not a place or a
    building ("the camp holds 30,000", "the prison holds about 2,300")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in PLACE_HOLDERS or subj.lemma_.lower() in PLACE_HOLDERS:
        return False
    if subj.lower_ in ("it", "they", "we", "he", "she"):
        return True
    return subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "NORP") or subj.lower_ in PARTY_NOUNS \
        or NOUN_KIND.get(subj.lower_) == "troops"


def _kind(doc, ph, root, noun, strong):
    """Returns (kind, predicate_token_for_span, toll_noun, what_override)."""
    if ph.currency:
        return "money", None, None, None
    if noun is not None and noun.dep_ in ("dobj", "obj") and (noun.head.lower_ in MONEY_OBJ_VERBS or noun.head.lemma_.lower()
                                                             in MONEY_OBJ_VERBS) and _unknown_currency(doc, ph, noun):
        return "money", None, None, None   # "would pay 50,000 talirs ... to the family of each person killed"
    if noun is None and ph.ne < len(doc) and doc[ph.ne].pos_ in ("ADJ", "VERB") \
            and doc[ph.ne].tag_ in ("JJ", "VBN") and doc[ph.ne].lower_ in ("dead", "injured", "wounded", "missing") \
            and _pred_kind(doc[ph.ne]) in CASUALTY:
        # "the toll is 20 dead and 41 injured": the 41; "the names of 41 dead" (the parse hangs
        # "dead" on the names)
        return _pred_kind(doc[ph.ne]), doc[ph.ne], None, None
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in ("body", "corpse", "remains", "coffin", "funeral", "burial", "grave",
                                                  "death", "killing", "murder"):
        return "killed", None, None, None   # "the bodies of 13 hostages", "the deaths of 41 civilians": the dead
    anchor = noun if noun is not None else root
    if noun is not None and noun.lower_ not in ALREADY_HELD and (
            noun.lower_ in PERSON_NOUNS or NOUN_KIND.get(noun.lower_) == "troops" or _personish(noun)) and any(
            p.lower_ in CUSTODY_NOUNS for p in _pobjs(noun, ("in",)) + (_pobjs(root, ("in",)) if root is not noun else [])):
        return "arrested", None, None, None   # "20 of its fighters in state prisons": people held
    is_person = noun is None or noun.lower_ in PERSON_NOUNS or noun.ent_type_ == "NORP" or NOUN_KIND.get(
        noun.lower_) in ("troops", "arrested", "displaced") or _national(noun) or (
        noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ in PERSON_NOUNS | {"workers"})
    pred_tok = None
    kinds = []
    # modifiers of the noun / number: "30 people killed", "wounded soldiers", "30 dead"
    heads = {anchor, root}
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in ("name", "list"):
        heads.add(anchor.head.head)   # "the names of 58 climbers it says are missing": the clause may hang on "names"
    for tok in heads:
        for c in tok.children:
            if tok not in (anchor, root) and c.dep_ != "relcl":
                continue
            if c.dep_ == "relcl" and c.lemma_.lower() in SPEECH and c.i > min(anchor.i, tok.i):
                # "the names of 136 people it says are still missing": the reported state
                for g in c.children:
                    if g.dep_ == "ccomp":
                        ks = _conj_kinds(g) or [k for k in (_pred_kind(x) for x in g.children
                                                            if x.dep_ in ("acomp", "oprd")) if k]
                        if ks:
                            kinds.extend(ks)
                continue
            if c.dep_ == "acl" and c.lemma_.lower() == "treat" and is_person and tok is anchor and not _ill_not_hurt(c):
                kinds.append("injured")   # "with about 340 people treated since Friday"
                continue
            if c.dep_ in ("amod", "acl", "relcl", "compound", "acomp") and c.i != root.i:
                ks = _conj_kinds(c)
                if not ks and c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("leave", "render", "make"):
                    # "about 23,000 left homeless", "were left injured": the state they were left in
                    ks = [k for k in (_pred_kind(g) for g in c.children if g.dep_ in ("oprd", "acomp", "xcomp")) if k]
                if ks:
                    if c.dep_ == "relcl" and c.lower_ not in INTRANSITIVE and not _passive_like(c):
                        continue
                    if c.lemma_.lower() in PERSON_ONLY and not (is_person or _personish(noun)):
                        continue
                    kinds.extend(ks)
                    if c.dep_ in ("acl", "relcl") and c.i > anchor.i:
                        pred_tok = c
    # climb: conj -> first conjunct; "including" -> the including noun
    a = anchor
    for _ in range(4):
        if a.dep_ == "conj" and a.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            a = a.head
        elif a.dep_ == "pobj" and a.head.lower_ in ("including", "among", "of") and a.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            a = a.head.head
        elif a.dep_ == "appos" and a.head.pos_ in ("NOUN", "PROPN", "NUM"):
            a = a.head
        else:
            break
    toll = None
    toll_what = None
    if not kinds:
        head = a.head
        dep = a.dep_
        prep = a if dep == "prep" else None
        # "said between 30 and 40 women were still held": the parser hangs the range on the
        # speech verb and leaves the reported clause without a subject; the range is its subject
        if dep == "pobj" and head.lower_ == "between" and head.head.lemma_.lower() in SPEECH:
            clause = next((c for c in head.head.children if c.dep_ == "ccomp" and c.i > a.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
            if clause is not None:
                head, dep = clause, ("nsubjpass" if _passive_like(clause) else "nsubj")
        elif dep == "pobj" and head.lower_ == "between" and head.dep_ == "prep" and head.i < head.head.i \
                and head.head.pos_ in ("VERB", "AUX") and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") for g in head.head.children):
            # "Between 120 and 150 residents cannot yet return": the range is the subject
            head = head.head
            dep = "nsubjpass" if _passive_like(head) else "nsubj"
        # "put the death toll of the attack on X at 52": "at 52" hung on a noun inside the toll
        if dep == "pobj" and head.lower_ == "at" and head.head.pos_ in ("NOUN", "PROPN"):
            up = head.head
            for _ in range(4):
                if up.lemma_.lower() in TOLL_NOUNS:
                    tk, tw = _toll_kind(up)
                    if tk:
                        return tk, None, up, tw
                    break
                if up.dep_ not in ("pobj", "prep") or up.head.i == up.i:
                    break
                up = up.head
        # through a preposition: "rose to 30", "stands at 30", "a toll of 30"
        if dep == "pobj":
            prep = head
            head = prep.head
            while (head.pos_ == "ADP" and prep.dep_ == "prep" or head.lower_ in ("up", "down")
                   and head.dep_ in ("advmod", "prt", "prep")) and head.i != head.head.i:
                prep, head = head, head.head
            if head.pos_ in ("NOUN", "PROPN"):
                tk, tw = _toll_kind(head)
                if tk:
                    return tk, None, head, tw
            dep = "prep"
        if head.dep_ in ("aux", "auxpass") and head.head.pos_ in ("VERB", "ADJ") and head.head.i > head.i:
            head = head.head   # "40 are missing" parsed with "40" hanging on the auxiliary
        if head.pos_ in ("VERB", "AUX", "ADJ") and head.i != a.i:
            verb = head
            # toll subject / object: "the death toll rose to 30", "put the toll at 30", "toll is 30"
            if dep in ("prep", "attr", "dobj", "oprd", "npadvmod", "advmod"):
                for c in verb.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != a.i:
                        tk, tw = _toll_kind(c)
                        if tk:
                            return tk, verb, c, tw
                        if c.dep_ == "dobj" and verb.lemma_.lower() in ESTIMATE_VERBS and NOUN_KIND.get(c.lower_) in CASUALTY:
                            return NOUN_KIND[c.lower_], verb, c, None   # "puts the abductions at 96"
            patient = dep in ("nsubjpass", "dobj", "obj", "attr", "oprd")
            if dep == "prep" and prep is not None and prep.lower_ in ("alongside", "with", "including", "among", "besides") \
                    and (_passive_like(verb) or (prep.lower_ != "with" and verb.lemma_.lower() in FINAL_DEATH)):
                patient = True  # "was killed alongside two others", "might have died alongside 14 militants"
            if dep == "nsubj":
                patient = (verb.lower_ in INTRANSITIVE or verb.lemma_.lower() in INTRANSITIVE
                           or _passive_like(verb) or verb.pos_ in ("ADJ", "AUX")
                           or verb.lemma_ == "be")
            if dep == "nsubj" and verb.lemma_ == "leave" and (any(
                    c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lower_ in LEFT_PLACES)
                    for c in verb.children) or any(
                    p.lower_ in LEFT_PLACES | {"mainland"} or p.ent_type_ in ("GPE", "LOC")
                    for p in _pobjs(verb, ("for",)))):   # "300 islanders have left for the mainland"
                kinds.append("displaced")  # "31,000 people have left Sulaymar province"
                pred_tok = verb
            if dep == "nsubj" and verb.lemma_ in ("return", "go") and is_person and any(
                    c.dep_ == "neg" for c in verb.children) and (
                    any(p.lower_ in ("home", "homes", "house", "houses", "village", "villages") for p in _pobjs(verb, ("to",)))
                    or any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.children)):
                kinds.append("displaced")   # "120 residents cannot yet return to their homes"
                pred_tok = verb
            if dep == "nsubj" and (is_person or _personish(noun)) and not kinds:
                objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
                lem = verb.lemma_.lower()
                if lem == "lose" and any(o.lower_ in LOST_FACULTIES for o in objs):
                    kinds.append("injured")   # "35 patients had lost their sight"
                    pred_tok = verb
                elif lem in ("seek", "receive", "need", "get", "require", "undergo") and any(
                        o.lower_ in TREATMENT_NOUNS for o in objs) and not _ill_not_hurt(verb):
                    kinds.append("injured")   # "about 300 had sought treatment" (not in an outbreak)
                    pred_tok = verb
                elif lem == "have" and any(o.lower_ == "nowhere" for o in verb.children):
                    kinds.append("displaced")   # "about 300 families have nowhere to live"
                    pred_tok = verb
            if dep == "dobj" and verb.lemma_ == "bury" and (is_person or _personish(noun)) and not any(
                    c.lower_ == "alive" for c in verb.children):
                kinds.append("killed")   # "he had buried more than 40 children since October"
                pred_tok = verb
            if dep == "dobj" and verb.lemma_ == "lose" and noun is not None and (
                    noun.lower_ in PERSON_NOUNS or NOUN_KIND.get(noun.lower_) == "troops"):
                kinds.append("killed")  # "we lost 20 men"
                pred_tok = verb
            if not kinds and (is_person or noun.tag_ == "NNPS" or _personish(noun)) and dep in ("nsubj", "nsubjpass", "dobj"):
                sk = _situation_kind(verb, dep, a)
                if sk == "displaced" and noun is not None and NOUN_KIND.get(noun.lower_) == "troops":
                    sk = None   # "1,800 police officers had been on duty at the stadium": deployed, not sheltering
                if sk:
                    kinds.append(sk)
                    pred_tok = verb
            if dep == "nsubjpass" and verb.lemma_.lower() in ("find", "locate", "trace", "account") and any(
                    c.dep_ == "neg" for c in verb.children) and (is_person or _personish(noun)):
                kinds.append("missing")   # "40 passengers have not been found", "not been accounted for"
                pred_tok = verb
            if patient and verb.lemma_.lower() == "hold" and not _passive_like(verb):
                patient = False  # "the camp holds 30 refugees" is not a detention
                if dep == "dobj" and noun is not None and noun.lower_ not in ALREADY_HELD and (
                        noun.lower_ in PERSON_NOUNS or NOUN_KIND.get(noun.lower_) == "troops" or _personish(noun)) \
                        and _holder_is_party(verb):
                    kinds.append("arrested")   # "the group said it still held seven soldiers"
                    pred_tok = verb
            if patient:
                ks = _conj_kinds(verb)
                if ks and not (verb.lemma_.lower() in PERSON_ONLY and not (is_person or _personish(noun))):
                    kinds.extend(ks)
                    pred_tok = verb
            # "30 people are missing", "remain missing", "left 30 dead", "were reported killed"
            if not kinds and (patient or dep == "nsubj"):
                deps = ("acomp", "oprd", "xcomp") if patient else ("acomp", "oprd")
                for c in sorted(verb.children, key=lambda c: c.dep_ == "xcomp"):
                    if c.dep_ in deps and c.i != a.i:
                        ks2 = _conj_kinds(c)
                        if ks2:
                            kinds.extend(ks2)
                            pred_tok = c
                            break
    if not kinds and (is_person or _personish(noun)) and a.dep_ in ("dobj", "nsubjpass", "nsubj") and (
            (a.head.pos_ in ("VERB", "AUX") and any(c.lower_ in HOSTAGE_WORDS for c in a.head.children))
            or (a.dep_ == "nsubj" and a.head.lower_ in HOSTAGE_WORDS)
            or (a.head.pos_ == "VERB" and any(t.lower_ in HOSTAGE_WORDS and (t.head.i == a.head.i or t.head.i in {
                x.i for x in a.subtree}) for t in doc[a.i + 1:min(a.i + 8, a.sent.end)]))):
        # "holding 14 officers hostage" parsed as a clause; "holding 120 guests and staff hostage"
        kinds.append("arrested")   # "holding 14 officers hostage", "were taken hostage": people held
        pred_tok = a.head
    if not kinds and (is_person or _personish(noun)) and a.dep_ in ("nmod", "compound") \
            and a.head.lower_ in HOSTAGE_WORDS and a.head.head.lemma_.lower() in ("hold", "take", "keep", "seize"):
        kinds.append("arrested")   # "holding about 120 guests and staff hostage" (guests hung on "hostage")
        pred_tok = a.head
    if noun is not None and not kinds and (noun.lower_ in PERSON_NOUNS or _personish(noun)) and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("army", "military", "navy", "police", "naval", "marine", "armed")
            for c in noun.children):
        return "troops", None, None, None   # "About 60 army engineers", "20 armed men": armed forces' people
    if noun is not None and not kinds:
        nk = NOUN_KIND.get(noun.lower_) or NOUN_KIND.get(noun.lemma_.lower())
        if nk == "injured" and noun.lower_ in ("casualty", "casualties"):
            if any(c.lower_ in DEATH_WORDS for c in noun.children):
                nk = "killed"
        if nk == "killed" and noun.lower_ == "toll":
            tk, tw = _toll_kind(noun)
            nk = tk or nk
        if nk:
            return nk, None, None, None
    k = _merge_kinds(kinds)
    if k:
        return k, pred_tok, None, None
    # "raised its death toll from the fighting to 30" with "to 30" misattached: nearest toll noun
    if noun is None and root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "of"):
        for k2 in range(root.i - 1, max(root.sent.start, root.i - 12) - 1, -1):
            t2 = doc[k2]
            if t2.is_punct and t2.text in (";", ":"):
                break
            if t2.lemma_.lower() in TOLL_NOUNS:
                tk, tw = _toll_kind(t2)
                if tk:
                    return tk, None, t2, tw
                break
    if strong:
        return "troops", None, None, None
    if noun is not None:
        nk = NOUN_KIND.get(noun.lower_)
        if nk:
            return nk, None, None, None
    # money without currency: "pledged 2 million in aid"
    j = max(ph.ne, ph.ce)
    if noun is None and j + 1 < len(doc) and doc[j].lower_ == "in" and doc[j + 1].lower_ in MONEY_NOUNS:
        return "money", None, None, None
    if noun is not None and _unknown_currency(doc, ph, noun):
        return "money", None, None, None
    return "other", None, None, None


def _learned_currency(noun, prev_figs) -> bool:
    """A plural noun already used as an unknown currency earlier in the article ("a 15 million
    X fund ... each household would receive 60,000 Xs")."""
    if noun is None or noun.tag_ not in ("NNS", "NN"):
        return False
    lem = noun.lemma_.lower()
    if lem in PERSON_NOUNS or lem in NOUN_KIND or noun.lower_ in NOUN_KIND:
        return False
    for f in prev_figs:
        if f["kind"] == "money" and f["start"] < noun.idx:
            words = re.findall(r"[a-z]+", f["text"].lower())
            if lem in words or noun.lower_ in words:
                return True
    return False


def _per_recipient(noun) -> bool:
    """The amount is given out per recipient: "to every household", "per family", "for each
    damaged house", "a head"."""
    doc = noun.doc
    for k in range(noun.i + 1, min(noun.i + 5, noun.sent.end)):
        t = doc[k]
        if t.lower_ in ("per", "every", "each", "a") and k + 1 < noun.sent.end:
            for k2 in range(k + 1, min(k + 4, noun.sent.end)):
                if doc[k2].lower_ in PER_RECIPIENT:
                    return t.lower_ != "a" or doc[k2].lower_ == "head"
        if t.is_punct:
            break
    return False


def _unknown_currency(doc, ph, noun) -> bool:
    """A currency word the tables do not know: a number in millions/billions right before a
    plural noun that names no person or thing counted elsewhere ("45 million korunas"), or before
    a money noun ("a 12 million tugrik fund"), in a sentence about money."""
    low = noun.lower_
    if noun.tag_ in ("NNS", "NN") and low not in PERSON_NOUNS and low not in NOUN_KIND and low not in MEASURE_WORDS \
            and noun.i == max(ph.ne, ph.ce) and _equivalent_follows(doc, noun):
        return True   # "400 million sorels, about 1.1 million dollars": what it is worth in a known currency
    if not any(c.scale >= 10**6 for c in ph.cores) and not (ph.value >= 10**6 and any(
            doc[k].lower_ in BIG for k in range(ph.ns, ph.ne))):
        # a smaller amount: only as the object of a paying verb ("would pay 10,000 X to each"),
        # or given out per household or person ("promised 1,500 X to every household")
        plain = (noun.tag_ == "NNS" and noun.dep_ == "dobj" and noun.i == max(ph.ne, ph.ce)
                 and low not in PERSON_NOUNS and low not in NOUN_KIND and low not in MEASURE_WORDS
                 and low not in TIME_WORDS and low not in RELIEF_GOODS and noun.ent_type_ != "NORP")
        return plain and (noun.head.lower_ in MONEY_OBJ_VERBS or noun.head.lemma_.lower() in MONEY_OBJ_VERBS
                          or (noun.head.lemma_.lower() in GIVING_LEMMAS and _per_recipient(noun)))
    if low in PERSON_NOUNS or low in NOUN_KIND or low in MEASURE_WORDS or low in TIME_WORDS \
            or noun.ent_type_ == "NORP" or noun.i < ph.ne:
        return False
    j = max(ph.ne, ph.ce)
    if noun.lemma_.lower() in MONEY_HEADS and noun.i - j <= 2:
        return True
    if noun.tag_ not in ("NNS", "NN") or noun.i != j or noun.dep_ in ("nsubj", "nsubjpass"):
        return False   # "3 million sandbags cost less": the things, not an amount (an unknown
        # plural may be tagged NN: "4 million dravas")
    # the amount hangs on the money word: "cost the treasury a billion X", "a fund of 30 million X"
    if low in RELIEF_GOODS:
        return False
    t = noun
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in MONEY_CONTEXT or t.lower_ in MONEY_CONTEXT:
            return True
        # or is given, or is said to be money beside it: "will receive 2 million X in
        # compensation", "promised 2 million X to the widow", "raised the aid package to 80 million X"
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in GIVING_LEMMAS or _money_word_beside(t)):
            return True
    return _money_word_beside(noun)


def _equivalent_follows(doc, noun) -> bool:
    """A money amount in a known currency set beside the noun as its equivalent: ", about $1.1m",
    "(2.4 million euros)", ", or about 9,000 dollars"."""
    k = noun.i + 1
    if k >= len(doc) or doc[k].text not in (",", "("):
        return False
    k += 1
    end = min(len(doc), k + 8)
    while k < end and doc[k].lower_ in EQUIV_SKIP:
        k += 1
    if k < end and (doc[k].lower_ in CURRENCY_PREFIX or doc[k].text in CURRENCY_CODES):
        return True
    seen_num = False
    while k < end and (doc[k].like_num or doc[k].lower_ in BIG or doc[k].text[:1].isdigit()):
        seen_num = True
        k += 1
    return seen_num and k < end and (doc[k].lower_ in CURRENCY_WORDS or doc[k].text in CURRENCY_CODES)


def _money_word_beside(tok) -> bool:
    """A child of ``tok`` names money: "in compensation", "in emergency aid", "as a fine",
    "the aid package" (object of the same verb)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "as"):
            if any(o.dep_ == "pobj" and (o.lemma_.lower() in MONEY_CONTEXT or o.lemma_.lower() in MONEY_HEADS)
                   for o in c.children):
                return True
        elif c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in MONEY_HEADS or c.lower_ in MONEY_HEADS):
            return True
    return False


def _of_them(doc, ph, sent, prev_figs):
    """ "12 people were killed, four of them soldiers", "I saw the planes. Two of them ...":
    (kind, what, last token, inherited) for a count of a pronoun, or None."""
    j = max(ph.ne, ph.ce)
    if not (j + 1 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("them", "whom", "those", "these")):
        return None
    k = j + 2
    after = doc[k] if k < sent.end and doc[k].pos_ == "NOUN" and doc[k].tag_ == "NNS" else None
    ns_c = doc[ph.ns].idx
    same = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]
            and f["start"] < ns_c and f["kind"] in CASUALTY]
    if same:
        prev = same[-1]
        return prev["kind"], (after.lower_ if after is not None else prev["what"]), (after or doc[j + 1]), True
    if after is not None and NOUN_KIND.get(after.lower_):
        return NOUN_KIND[after.lower_], after.lower_, after, False
    # the antecedent: the nearest plural noun of a known kind before, in this or the previous sentence
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in range(ph.ns - 1, lo - 1, -1):
        w = doc[t]
        if w.tag_ == "NNS" and NOUN_KIND.get(w.lower_):
            return NOUN_KIND[w.lower_], w.lower_, doc[j + 1], False
    # "33 miners were in the section. Twelve of them were brought out alive": people rescued
    if _rescued_verb(doc[ph.ns]):
        for t in range(ph.ns - 1, lo - 1, -1):
            w = doc[t]
            if w.tag_ == "NNS" and w.lower_ in PERSON_NOUNS:
                return "other", w.lower_, doc[j + 1], False
    return None


def _increment_start(doc, ph, sent):
    """The first token of an increment word before the number ("a further 1,500", "another 200"),
    or None."""
    starts = [ph.qs - len(toks) for toks in INCREMENT_BEFORE if ph.qs - len(toks) >= sent.start
              and tuple(doc[k].lower_ for k in range(ph.qs - len(toks), ph.qs)) == toks]
    return min(starts) if starts else None


def _increment_of(doc, ph, sent, prev_figs):
    """ "About 1,800 police officers were on duty and a further 600 were sent": a bare increment
    ("a further", "another", "an additional") adds to the count before it in the sentence, so it
    counts the same thing: (kind, what) of that count, or None."""
    if _increment_start(doc, ph, sent) is None:
        return None
    ns_c = doc[ph.ns].idx
    same = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]
            and f["start"] < ns_c and f["kind"] != "other" and f["kind"] != "money"]
    if not same:
        return None
    return same[-1]["kind"], same[-1]["what"]


def _rescued_verb(tok) -> bool:
    """The count is the subject of a rescue: "were brought out alive", "were rescued", "were
    pulled out", "were found alive"."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    lem = verb.lemma_.lower()
    alive = any(c.lower_ == "alive" for c in verb.children)
    out = any(c.dep_ == "prt" and c.lower_ in ("out", "up") for c in verb.children)
    return lem in RESCUE_LEMMAS or (lem in ("bring", "pull", "dig", "carry", "lead") and (alive or out)) \
        or (lem == "find" and alive)


def _bare_one_casualty(root, sent, prev_figs) -> bool:
    """"Eleven sailors were injured and one is missing": a bare "one" subject of a casualty
    predicate, after a casualty count of the same sentence, counts one more person."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i == root.i:
        return False
    verb = root.head
    ks = _conj_kinds(verb) if (root.dep_ == "nsubjpass" or verb.lower_ in INTRANSITIVE
                               or verb.lemma_.lower() in INTRANSITIVE) else []
    ks = ks or [k for k in (_pred_kind(c) for c in verb.children if c.dep_ in ("acomp", "oprd")) if k]
    if not any(k in CASUALTY for k in ks):
        return False
    return any(f["sentence"] == [sent.start_char, sent.end_char] and f["kind"] in CASUALTY
               and f["start"] < root.idx for f in prev_figs)


def _one_of_them(doc, ph, sent, prev_figs) -> bool:
    """ "three people had died, one of them a police officer": a part of one of a casualty count
    given just before it in the sentence (issue 6)."""
    j = ph.ne
    if not (j + 2 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("them", "whom")
            and doc[j + 2].lower_ in ("a", "an")):
        return False
    ns_c = doc[ph.ns].idx
    return any(f["sentence"] == [sent.start_char, sent.end_char] and f["start"] < ns_c
               and f["kind"] in CASUALTY and f["relation"] is None for f in prev_figs)


def _money_estimate(noun) -> bool:
    """ "put the damage to shops at 96 million X", "the cost was estimated at 2 million X": the
    amount an estimate puts a loss or a cost at is money, whatever its currency (issue 6)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ESTIMATE_VERBS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass", "obj") and c.lemma_.lower() in MONEY_MEASURES for c in verb.children)


def _casualty_before(doc, sent, prev_figs, ns_c, previous_sentence=False):
    """The last casualty figure before char ns_c in this sentence (or, if asked, in the
    sentence just before it), or None."""
    same = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]
            and f["start"] < ns_c and f["kind"] in CASUALTY]
    if same:
        return same[-1]
    if previous_sentence and sent.start > 0:
        ps = doc[sent.start - 1].sent
        prev = [f for f in prev_figs if f["sentence"] == [ps.start_char, ps.end_char]
                and f["kind"] in CASUALTY and f["relation"] is None]
        if prev:
            return prev[-1]
    return None


def _toll_inherit(doc, root, sent, prev_figs):
    """ "X says 200 people died; the government's count is 38": a bare number given as a
    count/figure/tally takes the casualty kind of the figure it is set against. "The ministry
    says 310 people are in custody. The lawyers put the figure at 700": a figure that names no
    kind ("the figure", "the number") is the one of the sentence before."""
    if root.dep_ not in ("attr", "pobj", "dobj", "oprd"):
        return None
    verb = root.head.head if root.dep_ == "pobj" else root.head
    deps = ("nsubj", "nsubjpass", "dobj") if root.dep_ == "pobj" else ("nsubj", "nsubjpass")
    subj = next((c for c in verb.children if c.dep_ in deps and c.i != root.i
                 and c.lemma_.lower() in TOLL_NOUNS), None)
    if subj is None or _toll_kind(subj)[0] is not None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ in ("NOUN", "PROPN") for p in c.children)
           for c in subj.children):
        return None   # "its count of registered guests": the count says what it counts
    if root.dep_ == "pobj" and root.head.lower_ == "from":
        return None   # "raised the figure from four": an earlier value (_earlier_value_kind)
    f = _casualty_before(doc, sent, prev_figs, root.idx, previous_sentence=subj.dep_ == "dobj"
                         or subj.lower_ in ("figure", "number", "total", "count", "tally"))
    if f is None and subj.lower_ in ("count", "tally", "total", "figure") and any(
            c.dep_ == "poss" for c in subj.children):
        # "the movement's count had risen to 79": an owned count goes on with the article's last
        # casualty count, however far back
        earlier = [g for g in prev_figs if g["kind"] in CASUALTY and g["relation"] is None and g["start"] < root.idx]
        f = earlier[-1] if earlier else None
    return (f["kind"], subj) if f else None


def _earlier_value_kind(doc, root, sent, prev_figs):
    """Kind of a bare earlier value: "up from nine a day earlier", "down from 40",
    "raising its figure from four" -- the casualty figure before it in the sentence."""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return None
    h = root.head.head
    ok = h.lower_ in ("up", "down") or (h.pos_ in ("VERB", "AUX") and (
        h.lemma_.lower() in CHANGE_LEMMAS | {"raise", "revise", "lower", "update", "increase", "cut"}))
    if not ok:
        return None
    f = _casualty_before(doc, sent, prev_figs, root.idx)
    return f["kind"] if f else None


def _toll_before(doc, ph, sent):
    """"the number still missing at 34", "the number of missing at 42", "the number of people
    confirmed dead rose to 19": a count noun shortly before "at"/"to" N, with a casualty word
    between them, gives the kind when the parse does not link them."""
    if ph.qs - 1 < sent.start or doc[ph.qs - 1].lower_ not in ("at", "to"):
        return None
    for k in range(ph.qs - 2, max(sent.start, ph.qs - 16) - 1, -1):
        t = doc[k]
        if t.is_punct:
            return None
        if t.lemma_.lower() in TOLL_NOUNS and t.pos_ == "NOUN":
            kinds = []
            for x in doc[k + 1:ph.qs - 1]:
                kx = _pred_kind(x) if x.pos_ in ("VERB", "ADJ", "NOUN") else None
                kx = kx or NOUN_KIND.get(x.lower_)
                if kx in CASUALTY:
                    kinds.append(kx)
            return _merge_kinds(kinds) if kinds else None
    return None


def _names_list_kind(doc, noun, sent):
    """"a list of 43 names", "the 43 names it published": names of the dead when the
    sentence or the one before it is about deaths."""
    lo = sent.start
    for _ in range(2):   # two sentences back: "... 33 dead and 32 missing. Searchers ... . The list of 136 names"
        lo = doc[lo - 1].sent.start if lo > 0 else lo
    hi = sent.end
    for _ in range(3):   # a headline's lede may come after a dateline split off as sentences
        hi = doc[hi].sent.end if hi < len(doc) else hi
    best = None   # the casualty word nearest the list: "names of the dead" / "of the missing"
    for t in doc[lo:hi]:
        if t.lower_ in DEATH_WORDS or t.lower_ in ("died", "dead", "victims") or \
                (_pred_kind(t) == "killed" and t.pos_ in ("VERB", "ADJ")):
            k = "killed"
        elif t.lower_ in ("missing", "unaccounted"):
            k = "missing"
        else:
            continue
        d = (t.sent != sent, abs(t.i - noun.i))
        if best is None or d < best[0]:
            best = (d, k)
    return best[1] if best else None


def _damage_extent(noun) -> bool:
    if noun.lower_ not in EXTENT_WORDS:
        return False
    def damaging(t):
        return t.lemma_.lower() in DAMAGE_LEMMAS or t.lower_ in DAMAGE_LEMMAS | {"burned", "burnt", "spilled", "spilt"}
    if any(c.dep_ in ("acl", "amod", "relcl") and damaging(c) for c in noun.children):
        return True   # "1,500 hectares burned", "40,000 litres spilled"
    t = noun
    if t.dep_ in ("dobj", "nsubjpass") and damaging(t.head):
        return True   # "has burned 9,800 hectares", "40,000 litres were spilled"
    # "12,000 litres of solution had escaped", "120 tonnes of fish have died", "40 tonnes of dead
    # fish", "70 tonnes of contaminated sludge": what a release let out or killed
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in ESCAPE_LEMMAS:
        return True
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (g for g in prep.children if g.dep_ == "pobj"):
            if any(a.lower_ in HARMED_MATTER for a in o.children if a.dep_ in ("amod", "compound")):
                return True
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("die", "perish"):
                return True
    if t.dep_ == "pobj" and t.head.lower_ in ("at", "to") and t.head.head.pos_ == "VERB":
        verb = t.head.head   # "put the area burned at 6,000 hectares", "the area burned rose to 7,000 hectares"
        if verb.dep_ in ("acl", "advcl") and damaging(verb) and (
                verb.head.lower_ in AREA_NOUNS
                or any(c.dep_ in ("dobj", "nsubj") and c.lower_ in AREA_NOUNS for c in verb.head.children)):
            return True   # ("at 6,000 hectares" hung on "burned")
        return any(c.dep_ in ("dobj", "nsubj") and c.lower_ in AREA_NOUNS
                   and any(damaging(g) for g in c.children) for c in verb.children)
    return False


def _illness_story(doc) -> bool:
    """The article is about an illness (an outbreak): two or more illness words in it."""
    return _words_in_doc(doc, "illness_words", ILLNESS_WORDS) >= 2


def _exposure_story(doc) -> bool:
    """The article is about harm from a release (a leak, a spill, fumes), not about an infectious
    outbreak: two or more exposure words and no outbreak."""
    return _words_in_doc(doc, "exposure_words", EXPOSURE_WORDS) >= 2 and not _illness_story(doc)


def _harmed_by_exposure(tok) -> bool:
    """"148 people had been treated for poisoning", "more than 100 people had fallen ill", "19 were
    still in the wards", "admitted with vomiting" in a spill or leak report: people harmed by the
    release are injured (in an outbreak report the same words count the ill: other)."""
    if not _exposure_story(tok.doc):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.i:
        tok = tok.head.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = tok.head
    if verb.lemma_.lower() in CARE_LEMMAS or verb.lower_ in CARE_LEMMAS:
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and _fell_ill(tok):
        return True
    return tok.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "remain", "stay", "lie") and any(
        p.lower_ in WARD_NOUNS for p in _pobjs(verb, ("in", "at")))


def _ill_not_hurt(verb) -> bool:
    """"64 patients were being treated at the hospital" in an outbreak report: patients of the
    illness, not people injured (no wound word in the sentence)."""
    return (_illness_story(verb.doc) or any(t.lower_ in SPECIFIC_ILLNESS for t in verb.sent)) \
        and not any(t.lower_ in WOUND_WORDS for t in verb.sent)   # (or "in the malnutrition ward")


def _fell_ill(root) -> bool:
    """"158 have fallen ill", "300 became sick", "40 were infected": a count of the ill."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    if verb.lemma_.lower() == "infect" and root.dep_ == "nsubjpass":
        return True
    return verb.lemma_.lower() in ("fall", "become", "get", "be", "remain") and any(
        c.dep_ in ("acomp", "oprd", "attr", "advmod") and c.lower_ in ILL_WORDS for c in verb.children)


def _count_of(doc, root):
    """"put the number of cases at 58": what the count counts (the noun after "number of"),
    when the number is the value the count is put at."""
    if root.dep_ == "pobj" and root.head.lower_ == "to":
        # "raised its count of homes buried or destroyed in X to 52": "to 52" hung on a participle
        # inside the count noun's phrase
        for anc in list(root.ancestors)[:7]:
            if anc.lemma_.lower() in TOLL_NOUNS and anc.pos_ == "NOUN":
                of = next((c for c in anc.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                obj = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) if of is not None else None
                if obj is not None:
                    return obj.lower_
                break
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at"):
        # "bringing the number rescued to 40": what the count counts is said by its participle
        v = root.head.head
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.lemma_.lower() in TOLL_NOUNS:
            return v.lower_   # "to 40" hung on the participle itself
        for c in v.children:
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in TOLL_NOUNS:
                acl = next((g for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"), None)
                if acl is not None and not any(g.lower_ == "of" for g in c.children):
                    return acl.lower_
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        verb = root.head   # "The number of passengers was 214"
    elif root.dep_ != "pobj" or root.head.lower_ not in ("at", "to"):
        return None
    else:
        verb = root.head.head
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in TOLL_NOUNS:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    obj = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                    if obj is not None:
                        return obj.lower_
    return None


def _in_clause_of(tok, verb) -> bool:
    """``tok`` hangs on ``verb`` without a clause of its own in between."""
    t = tok.head
    while t.i != verb.i:
        if t.dep_ in ("ccomp", "relcl", "advcl") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _final_state(tok):
    """What the clause says finally became of people a modifier describes otherwise: "two
    wounded men died" (killed), "three of the missing men were alive and in its hands", "four
    missing soldiers are held by the group" (arrested)."""
    r = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    verb = r.head
    if r.dep_ == "nsubj" and verb.lemma_.lower() in FINAL_DEATH:
        return "killed"
    if (r.dep_ == "nsubjpass" or (r.dep_ == "nsubj" and _passive_like(verb))) and verb.lemma_.lower() in FINAL_HELD:
        return "arrested"
    if r.dep_ == "nsubjpass" and verb.lemma_.lower() in ("find", "locate", "trace", "account") and any(
            c.dep_ == "neg" for c in verb.children):
        return "missing"   # "11 of its neighbours have not been found"
    if r.dep_ == "nsubj" and verb.lemma_ == "be":
        for t in verb.subtree:
            if t.lower_ == "hands" and t.head.lower_ == "in" and any(g.dep_ in ("poss", "compound", "amod") for g in t.children) \
                    and _in_clause_of(t, verb):
                return "arrested"
    return None


def _general_kind(doc, ph, root, noun, sent, kind):
    """Kinds said by the clause:
    - people held by an armed party ("the militia was holding 11 men") are arrested (the
      abducted and hostages too), unlike people a camp or shelter holds;
    - people who left through a corridor / left a named place / used the corridor are displaced."""
    tok = noun if noun is not None else root
    person = noun is None or noun.lower_ in PERSON_NOUNS or noun.ent_type_ == "NORP"
    if kind in ("other", "troops", "injured", "missing") and (person or NOUN_KIND.get(tok.lower_) == "troops" or _personish(noun)):
        final = _final_state(tok)
        if final is not None:
            return final   # "two wounded men died", "three of the missing men were in KLF hands"
    if kind in ("other", "troops") and (person or kind == "troops" or _personish(noun)):
        r = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        if (r.dep_ in ("dobj", "nsubjpass") or (r.dep_ == "nsubj" and _passive_like(r.head))) \
                and r.head.lemma_.lower() in RELEASE_LEMMAS:
            return "arrested"   # "released 12 of the fishermen", "12 officers were freed": captives
    if kind != "other" or not (person or _personish(noun)):
        return kind
    if _harmed_by_exposure(tok):
        return "injured"
    # "Two children and a police officer were among the dead": the part says its kind
    first = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok   # "12 of its staff"
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "nsubj" and first.head.lemma_ == "be":
        among = [p.lower_ for p in _pobjs(first.head, ("among",))]
        part = {"dead": "killed", "killed": "killed", "victims": "killed", "injured": "injured",
                "wounded": "injured", "missing": "missing", "detained": "arrested", "arrested": "arrested"}
        if among and among[0] in part:
            return part[among[0]]
    if any(p.lower_ == "hands" and any(g.dep_ in ("poss", "compound") for g in p.children) for p in _pobjs(tok, ("in",))):
        return "arrested"   # "30 pupils in its hands": held by the group
    if any(c.dep_ == "relcl" and c.lemma_.lower() == "escape" and not _escaped_before(c) for c in tok.children) \
            and _abduction_story(doc):
        return "arrested"   # "Seventeen boys who escaped" their abductors were held
    if noun is not None and noun.lower_ == "patients" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in STAY_LEMMAS \
            and not _before_the_event(noun.head) \
            and not _illness_story(doc) and not any(t.lower_ in ILLNESS_WORDS for t in noun.sent) \
            and any("hospital" in t.lower_ or t.lower_ in CARE_NOUNS for t in noun.sent):
        return "injured"   # "13 patients were still at X Hospital" after a blast, a crash, a fire
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.i:
        tok = tok.head.head   # "hundreds of people were still trapped": the quantity is the subject
    if _trapped(tok) or _buried(tok) or _listed_as(tok) == "missing":
        return "missing"
    if _listed_as(tok) in ("killed", "injured", "displaced"):
        return _listed_as(tok)
    if _sleeping_out(tok):
        return "displaced"
    for c in tok.children:   # "4,200 people left through the corridor" parsed as a reduced relative
        if c.dep_ == "acl" and c.lemma_.lower() in LEAVE_LEMMAS and any(
                p.lower_ in ROUTE_NOUNS for p in _pobjs(c, ("through", "via", "along", "by"))):
            return "displaced"
    verb = tok.head
    lem = verb.lemma_.lower()
    if tok.dep_ in ("dobj", "obj") and lem in ("hold", "keep") and verb.pos_ == "VERB":
        subj = _subject_of(verb)
        facility = subj is not None and (subj.lower_ in CUSTODY_NOUNS or any(
            c.lower_ in CUSTODY_NOUNS or (c.dep_ == "acl" and c.lemma_.lower() in ("build", "design", "construct", "open"))
            for c in subj.children))   # "the jail holds 900", "Fort Ardo, built in 1890, now holds 2,300"
        if subj is not None and not facility and subj.pos_ != "PRON" and subj.lower_ not in SHELTER_NOUNS | HOSPITAL_NOUNS \
                and subj.ent_type_ not in ("GPE", "LOC", "FAC") and (
                    subj.lower_ in CAPTOR_NOUNS or subj.ent_type_ in ("ORG", "PERSON", "NORP")):
            return "arrested"
        if (subj is None or subj.lower_ in ("it", "they")) and not facility and (noun is None or noun.lower_ in PERSON_NOUNS or _personish(noun)) \
                and not any(t.lower_ in SHELTER_NOUNS | HOSPITAL_NOUNS | {"camp", "camps", "centre", "center"} for t in sent):
            return "arrested"   # "is holding five skippers for trial", "denied holding more than five men"
    if tok.dep_ == "nsubj" and lem in ("arrive", "reach", "pour", "stream") and any(
            p.ent_type_ in ("GPE", "LOC") or (p.pos_ == "PROPN" and p.ent_type_ != "NORP")
            for p in _pobjs(verb, ("from",)) + _pobjs(tok, ("from",))):
        return "displaced"   # "up to 1,000 people had arrived from X", "2,000 people from X have arrived"
    if tok.dep_ == "nsubj" and lem in ("return", "go", "move") and any(c.dep_ == "neg" for c in verb.children) and any(
            c.lemma_.lower() in ("can", "could", "be") and c.dep_ == "aux" for c in verb.children):
        return "displaced"   # "116 residents still could not return to their homes": kept out of them
    if tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ == "unable" and any(g.lemma_.lower() in ("return", "go") for g in c.children)
            for c in verb.children):
        return "displaced"   # "40 residents are still unable to return home"
    if tok.dep_ == "nsubj" and lem in ("return", "come") and any(c.dep_ == "neg" for c in verb.children) and (
            lem == "return" or any(c.lower_ == "home" for c in verb.children)):
        return "missing"   # "dozens of fishermen had not returned", "have not come home"
    if tok.dep_ == "nsubj" and lem == "lose" and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in ("home", "homes", "house", "houses") for c in verb.children):
        return "displaced"   # "25,000 people had lost their homes"
    if tok.dep_ == "nsubj" and lem in ("walk", "trek", "head", "move", "stream", "pour") and any(
            (p.ent_type_ in ("GPE", "LOC") or (p.pos_ == "PROPN" and p.ent_type_ != "NORP"))
            for p in _pobjs(verb, ("from",)) + [g for c in verb.children if c.lower_ == "out"
                                                  for o in c.children if o.lower_ == "of"
                                                  for g in o.children if g.dep_ == "pobj"]):
        return "displaced"   # "hundreds of people were walking west out of X"
    if (tok.dep_ == "nsubjpass" or (tok.dep_ in ("dobj", "obj"))) and lem in ("take", "hold", "bring") and (
            any(p.lower_ == "questioning" for p in _pobjs(verb, ("for",)))
            or (lem == "take" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children))):
        return "arrested"   # "two people had been taken in for questioning"
    if tok.dep_ in ("dobj", "obj") and lem in ("receive", "admit") and noun is not None \
            and noun.lower_ in ("patients", "wounded", "casualties", "people") \
            and any(c.dep_ == "nsubj" and (c.lower_ in HOSPITAL_NOUNS | MEDICS | {"it", "we"} or "hospital" in c.lower_)
                    for c in verb.children) and any("hospital" in t.lower_ or t.lower_ in MEDICS for t in verb.sent) \
            and not _ill_not_hurt(verb):
        return "injured"   # "the hospital had received 17 patients from X"
    if tok.dep_ in ("nsubj", "nsubjpass") and lem in ("have", "suffer", "sustain") and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in INJURY_NOUNS for c in verb.children):
        return "injured"   # "three of her clients had burns", "40 suffered fractures"
    if tok.dep_ == "nsubj" and verb.pos_ == "VERB":
        routes = [p for p in _pobjs(verb, ("through", "via", "along", "by"))
                  if p.lower_ in ROUTE_NOUNS]
        if lem in LEAVE_LEMMAS and (routes or any(
                c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC", "FAC", "")
                for c in verb.children)):
            return "displaced"
        if lem in USE_LEMMAS and any(
                c.dep_ == "dobj" and (c.lower_ in ROUTE_NOUNS or (c.lower_ == "it" and any(
                    t.lower_ in ROUTE_NOUNS for t in sent))) for c in verb.children):
            return "displaced"
    return kind


def _buried(tok) -> bool:
    """"300 people were still under the rubble", "buried under the debris": fate unknown, missing
    (the dead pulled from the rubble are counted as killed by their own verb)."""
    verb = _subject_verb(tok)
    if verb is None or verb.lemma_.lower() not in ("be", "remain", "lie", "bury", "trap", "stay"):
        return False
    return any(p.lower_ in RUBBLE_NOUNS for p in _pobjs(verb, ("under", "beneath", "in", "inside")))


def _listed_as(tok):
    """"97 people were still listed as missing", "registered as displaced": the list's kind."""
    verb = _subject_verb(tok)
    if verb is None or verb.lemma_.lower() not in ("list", "register", "record", "declare", "report", "class", "classify"):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                k = _pred_kind(g) or NOUN_KIND.get(g.lower_)
                if k in CASUALTY:
                    return k
    return None


def _sleeping_out(tok) -> bool:
    """"31,000 people were sleeping in cars or in the open", "are still sleeping outdoors": people
    without a home to sleep in are displaced."""
    verb = _subject_verb(tok)
    if verb is None or verb.lemma_.lower() not in ("sleep", "live", "camp", "shelter", "spend"):
        return False
    if any(c.lower_ in ("outdoors", "outside", "rough") for c in verb.children):
        return True
    return any(p.lower_ in OUTDOOR_WORDS for p in _pobjs(verb, ("in", "on", "under")))


def _trapped(tok) -> bool:
    """"19 miners trapped underground", "17 miners remained trapped", "trapped under the rubble":
    people trapped where nobody can reach them are missing (their fate is unknown); people trapped
    in a town or a region (a siege, a flood) are not."""
    verb = None
    for c in tok.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.lower_ == "trapped":
            verb = c
    if verb is None and tok.dep_ in ("nsubj", "nsubjpass"):
        h = tok.head
        if h.lower_ == "trapped":
            verb = h
        elif h.lemma_.lower() in ("remain", "be", "stay"):
            verb = next((c for c in h.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ == "trapped"), None)
    if verb is None:
        return False
    where = [t for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 6]
    if any(t.ent_type_ in ("GPE", "LOC") or t.lower_ in STRANDED_WORDS for t in where):
        return False
    return True

