"""Who reports a figure: the speaker of the sentence, the owner of a count, who gives or
arrests, a pronoun's antecedent (docs/figure-kinds.md, "Reporters"), within one article."""

from __future__ import annotations

import re

from .lexicon import (
    RELEASE_LEMMAS,
    APPEAL_NOUNS, APPOS_HEADS, BACKING_LEMMAS, BUSINESS_HEADS, COMPARING, CONTRIBUTION_LEMMAS,
    COUNT_STATEMENT_NOUNS, GIVE_COUNT_LEMMAS, MONEY_MEASURES, ORG_HEADS, ORG_WORDS, PARTY_NOUNS,
    PERSON_REPORTER_HEADS, POSS_PRONOUNS, PUBLIC_BODY_WORDS, PUBLISH_LEMMAS, QUANT_SUBJECTS, RECORD_LEMMAS,
    SOURCE_NOUNS, SPEECH, SPOKES_HEADS, STATEMENT_NOUNS, TITLE_HEADS, TOLL_NOUNS, TOLL_ONLY_SPEECH,
    _NAMED_AGAIN
)
from .syntax import _demonym_at, _np, _party_like, _subject_of
from .kinds import _pred_kind


def _source_from_parse(doc, sent, fig_tokens: set, text: str, owner_only: bool = False):
    cands = []
    for tok in sent:
        low = tok.lower_
        lem = tok.lemma_.lower()
        # "according to X" / "according to figures from X"
        if low == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
            if to is not None:
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    if pobj.lower_ in SOURCE_NOUNS:
                        inner = _source_of_noun(pobj)
                        pobj = inner or pobj
                    poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
                    if poss is not None and not _party_like(pobj) and poss.lower_ not in POSS_PRONOUNS:
                        pobj = poss   # "according to the company's manifest": the company
                    elif poss is None and pobj.lower_ in SOURCE_NOUNS:
                        comp = next((c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                     and _party_like(c)), None)
                        if comp is not None:
                            pobj = comp   # "according to ministry records": the ministry
                    cands.append((0, tok, pobj))
            continue
        if (low in STATEMENT_NOUNS or lem in STATEMENT_NOUNS) and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
                and tok.head.lower_ == "by" and _by_count_of(tok, fig_tokens):
            # "Eight men are still missing by its count": whose count it is reports it
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ not in ("his", "her", "their"):
                cands.append((-1, tok, poss))
                continue
        if (low in STATEMENT_NOUNS or lem in STATEMENT_NOUNS) and tok.pos_ == "NOUN":
            # "the ministry's toll stands at 41", "the government's count is 38", "its claim that",
            # "the police toll was 29" (a party noun compounded with the count)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
                (c for c in tok.children if c.dep_ == "compound" and c.lower_ in PARTY_NOUNS and lem in TOLL_NOUNS), None)
            if poss is not None and poss.lower_ == "whose":
                v = tok.head   # "The Police Command, whose count stands at 87, ...": the noun the clause describes
                for _ in range(3):
                    if v.dep_ == "relcl" or v.head.i == v.i:
                        break
                    v = v.head
                poss = v.head if v.dep_ == "relcl" else None
            if poss is not None and _near_figure(tok, fig_tokens):
                if poss.lower_ in POSS_PRONOUNS:
                    owner = _subject_of(tok.head) if tok.dep_ in ("dobj", "attr") else None
                    if owner is not None and not (owner.pos_ == "PROPN" or _party_like(owner)):
                        owner = None   # "the bodies found on Saturday took its toll to 27": not the bodies' toll
                    if owner is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" \
                            and tok.head.head.lemma_.lower() in SPEECH:
                        owner = _subject_of(tok.head.head)   # "X said that its count had risen to 26"
                    if owner is None:
                        # "X has said that ... was found dead, bringing its toll to three": the
                        # subject of the speech verb the clause hangs on
                        anc = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")
                                    and h.lemma_.lower() in SPEECH), None)
                        owner = _subject_of(anc) if anc is not None else None
                    if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                        poss = owner
                if poss.lower_ not in ("his", "her", "their") and not _named_speaker_of(tok):
                    backer = _backer(tok)
                    cands.append((-1, tok, backer if backer is not None else poss))
                    continue
        if low in SOURCE_NOUNS and tok.pos_ == "NOUN":
            inner = _source_of_noun(tok)
            if inner is not None:
                cands.append((1, tok, inner))
            continue
        if tok.pos_ in ("VERB", "AUX") and lem in SPEECH:
            if lem in TOLL_ONLY_SPEECH and not any(c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS | MONEY_MEASURES | {"area", "extent"}
                                                   for c in tok.children):
                continue
            if any(c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN"
                   and any(t.i in fig_tokens for t in c.subtree) for c in tok.children):
                continue   # "Asked about the two men held in X, the president said": the question's
            if lem == "admit" and any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" for c in tok.children):
                continue   # issue 6: "admitting a new patient": admitting to a ward, not a statement
            subjs = [c for c in tok.children if c.dep_ == "nsubj" and c.i not in fig_tokens]
            # two subjects ("The opposition Civic Alliance says"): the name
            subj = next((c for c in subjs if c.pos_ == "PROPN"), subjs[0] if subjs else None)
            if subj is None:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if agent is not None:
                    subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if subj is not None and subj.lower_ in ("which", "who", "that") and tok.dep_ == "relcl" \
                    and tok.head.pos_ in ("PROPN", "NOUN"):
                which = subj
                subj = tok.head  # "The Alliance, which says 200 died, ..."
                if which.lower_ == "which" and subj.ent_type_ == "PERSON":
                    # "X of the residents' committee, which says": "which" is no person
                    subj = next((doc[k] for k in range(which.i - 1, subj.i, -1)
                                 if doc[k].pos_ in ("NOUN", "PROPN") and doc[k].ent_type_ != "PERSON"), subj)
                if subj.i not in fig_tokens:
                    # the figure in its own clause: this "which says" frames it, not an outer
                    # "said X of the committee, which says seven have died"
                    cands.append((-0.75 if any(t.i in fig_tokens for t in tok.subtree) else 0, tok, subj))
                continue
            if subj is None or subj.i in fig_tokens:
                continue
            if any(t.i in fig_tokens for t in subj.subtree):
                if _in_own_relcl(subj, fig_tokens):
                    cands.append((-0.5, tok, subj))   # issue 6: "X, which opened two clinics, said"
                continue
            if subj.lower_ in ("there", "which", "that", "who", "what") or subj.pos_ == "NUM":
                continue
            if subj.lower_ in QUANT_SUBJECTS or (subj.lemma_.lower() in TOLL_NOUNS and subj.pos_ == "NOUN"):
                continue   # "many of them say", "the number of people confirmed": not a party
            if subj.pos_ == "NOUN" and subj.lower_ in ("group", "association", "body", "organisation",
                                                      "organization", "union", "committee", "campaign"):
                app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if app is not None:
                    subj = app   # "The relatives' group, the X Association, says": the name
            if subj.pos_ == "NOUN":
                app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                            and c.ent_type_ == "PERSON"), None)
                if app is not None:
                    subj = app   # issue 6: "its director, Dr X, said": the person named
            inside = any(t.i in fig_tokens for t in tok.subtree)
            if not inside and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                    and any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
                continue   # "Fourteen lorries were parked ..., as the agency warned that ...": its own statement
            if _trailing_frame(doc, tok, subj, fig_tokens):
                cands.append((-0.5, tok, subj))   # issue 6: "..., its director, Dr X, said."
                continue
            cands.append((0 if inside else 2, tok, subj))
    if owner_only:
        cands = [c for c in cands if c[0] <= -1]
    if not cands:
        return None
    anchor = min(fig_tokens)
    cands.sort(key=lambda c: (c[0], abs(c[1].i - anchor)))
    src = cands[0][2]
    s, e = _np(src)
    return {"name": text[s:e], "start": s, "end": e}


def _by_count_of(tok, fig_tokens) -> bool:
    """"by its count" hangs on the clause of the figure: the word "by" attaches to (or to the
    head of) a word the figure's tokens lead up to."""
    h = tok.head.head
    if h.lemma_.lower() in BACKING_LEMMAS or h.lemma_.lower() in ("go", "abide", "swear"):
        return False   # "stood by the army's estimate that ...": a backer, see _backer
    heads = {h.i, h.head.i}
    for k in fig_tokens:
        t = tok.doc[k]
        for _ in range(4):
            if t.i in heads:
                return True
            if t.head.i == t.i:
                break
            t = t.head
    return False


def _backer(noun):
    """"Ms Dovran stood by the army's estimate that ...", "the minister repeated the ministry's
    count": a named person asserting another party's figure in this very clause reports it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BACKING_LEMMAS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN":
        return subj
    return None


def _named_speaker_of(noun) -> bool:
    """"The coast guard's figures were unchanged at 33, Commander Jane Roe said": a named person
    states the organisation's figures in this very clause; the speaker reports it."""
    v = noun.head
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    speech = [c for c in v.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH]
    if v.dep_ in ("ccomp", "parataxis") and v.head.lemma_.lower() in SPEECH:
        speech.append(v.head)
    for sv in speech:
        lo, hi = sorted((noun.i, sv.i))
        if any(t.text == ";" for t in noun.doc[lo:hi]):
            continue   # "The army's toll stands at 16; Colonel Ranst said the soldier ...": another clause
        subj = _subject_of(sv)
        if subj is not None and subj.ent_type_ == "PERSON":
            return True
    return False


def _not_a_party(name: str) -> bool:
    """"the number of people", "many of them": a speaker found by the parse that is no party."""
    words = name.lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and (words[0] in TOLL_NOUNS or words[0] in QUANT_SUBJECTS)


def _near_figure(noun, fig_tokens) -> bool:
    """The statement noun is about the figure: the figure is in its subtree or in the clause
    it is the subject or object of."""
    if any(t.i in fig_tokens for t in noun.subtree):
        return True
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    for k in fig_tokens:
        t = noun.doc[k]
        for _ in range(6):  # up to the noun's clause, not through another clause
            if t.i == head.i:
                return True
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                t = t.head   # "gave its toll as 21 dead": what the toll is given as
                continue
            if t.dep_ in ("ccomp", "parataxis", "conj", "advcl", "relcl", "xcomp") or t.head.i == t.i:
                break
            t = t.head
    return False


def _source_of_noun(tok):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is None:
                continue
            # "figures from the ministry" names a source; "the toll from the collapse" a cause
            if _party_like(p) or (c.lower_ == "by" and p.pos_ in ("NOUN", "PROPN")):
                return p
        if c.dep_ == "acl":  # "figures released by X"
            for g in c.children:
                if g.dep_ == "agent":
                    p = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if p is not None:
                        return p
    return None


def _speaker(item, text: str):
    sp = item.get("speaker") or item.get("claimant") or item.get("source")
    if not sp:
        return None
    if isinstance(sp, str):
        name, s, e = sp, None, None
    elif isinstance(sp, dict):
        name, s, e = sp.get("name") or sp.get("text"), sp.get("start"), sp.get("end")
    else:
        return None
    if not name:
        return None
    if isinstance(s, int) and isinstance(e, int) and text[s:e] == name:
        return {"name": name, "start": s, "end": e}
    # locate the name nearest the quote
    qs = item.get("start", 0)
    best = None
    for mm in re.finditer(re.escape(name), text):
        d = abs(mm.start() - qs)
        if best is None or d < best[0]:
            best = (d, mm.start())
    if best is None:
        return None
    return {"name": name, "start": best[1], "end": best[1] + len(name)}


def _last_speaker(doc, text, rb, containers):
    """"... told reporters that the barrage began at 11.10pm. 'Our guns answered,' he said. He said
    the army had destroyed four positions": "he" / "she" is the person quoted just before (the
    nearest earlier named speaker within a few sentences)."""
    if rb["name"].lower() not in ("he", "she"):
        return None
    best = None
    for q in containers:
        sp = _speaker(q, text)
        if sp is None or sp["start"] is None or not (rb["start"] - 600 <= sp["start"] < rb["start"]):
            continue
        words = sp["name"].split()
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        if k and len(words) - k >= 2 and words[k - 1].lower() in PERSON_REPORTER_HEADS:
            # "Prison service spokeswoman Marta Velinova": the name after the title
            cut = sp["name"].rindex(" " + words[k], 0) + 1 if k < len(words) else 0
            sp = {"name": sp["name"][cut:], "start": sp["start"] + cut, "end": sp["end"]}
            words = words[k:]
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or _demonym_at(
                doc, sp["start"] + len(sp["name"]) - len(words[-1]), words[-1]):
            continue
        if best is None or sp["start"] > best["start"]:
            best = sp
    if best is None:
        return None
    return {"name": best["name"], "start": best["start"], "end": best["end"],
            "as_written": {"name": rb["name"], "start": rb["start"], "end": rb["end"]}}


def _headline_reporter(doc, text, f, later):
    """"Volunteers say more than 12,000 have fled" in a headline, then "X Relief, the volunteer
    network, said more than 12,000 people had left": a headline's generic reporter (a plural
    common noun, no determiner) is the party the body gives the same count to."""
    rb = f["reported_by"]
    span = doc.char_span(rb["start"], rb["end"], alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.pos_ != "NOUN" or span.root.tag_ != "NNS":
        return None
    sent = span.sent
    end = sent.start_char + len(sent.text.rstrip())
    if "\n" not in text[end:end + 3] or sent.text.rstrip()[-1:] in ".!?\"”":
        return None    # a headline stands on its own line without a full stop
    for g in later:
        grb = g.get("reported_by")
        if g["value"] == f["value"] and g["kind"] == f["kind"] and grb and grb["start"] > rb["end"]:
            gs = doc.char_span(grb["start"], grb["end"], alignment_mode="expand")
            if gs is not None and gs.root.pos_ == "PROPN":
                return {"name": grb["name"], "start": grb["start"], "end": grb["end"],
                        "as_written": {"name": rb["name"], "start": rb["start"], "end": rb["end"]}}
    return None


def _earlier_reporter(doc, text, rb, earlier):
    """"The General Staff puts the toll at nine ... It said some 900 residents were moved": "it"
    stands for the organisation that reported the figures of the sentence or two just before."""
    if rb["name"].lower() not in ("it", "its"):
        return None
    span = doc.char_span(rb["start"], rb["end"], alignment_mode="expand")
    if span is None:
        return None
    lo = span.sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    lo_c = doc[lo].idx
    for f in reversed(earlier):
        prev = f.get("reported_by")
        if f["start"] < lo_c:
            break
        if prev is None or prev["start"] >= rb["start"] or prev["name"].lower() in ("it", "its"):
            continue
        ps = doc.char_span(prev["start"], prev["end"], alignment_mode="expand")
        if ps is None or ps.root.pos_ == "PRON" or ps.root.ent_type_ == "PERSON" \
                or ps.root.lower_ in PERSON_REPORTER_HEADS:
            continue   # "it" is not a person
        return {"name": prev["name"], "start": prev["start"], "end": prev["end"],
                "as_written": {"name": rb["name"], "start": rb["start"], "end": rb["end"]}}
    return None


def _titled_person(doc, text, rb):
    """"the president told residents": the person the article named with that title before
    ("President Anton Belric"), the nearest earlier one."""
    words = rb["name"].lower().split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) != 1 or words[0] not in TITLE_HEADS:
        return None
    words = ["the"] + words
    best = None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end_char > rb["start"]:
            continue
        k = ent.start
        if ent[0].lower_ == words[1] and len(ent) > 1:
            s = ent[1].idx    # the title inside the entity
        elif k > 0 and doc[k - 1].lower_ == words[1]:
            s = ent.start_char
        else:
            continue
        best = (s, ent.end_char)
    if best is None:
        # the parser's entities may miss a name: a capitalised title followed by proper nouns
        for t in doc:
            if t.idx >= rb["start"]:
                break
            if t.lower_ == words[1] and t.text[:1].isupper() and t.pos_ == "PROPN":
                k = t.i + 1
                while k < len(doc) and k - t.i <= 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
                    k += 1
                if k - t.i >= 2 and doc[k - 1].idx < rb["start"]:
                    best = (doc[t.i + 1].idx, doc[k - 1].idx + len(doc[k - 1]))
    if best is None:
        return None
    s, e = best
    return {"name": text[s:e], "start": s, "end": e,
            "as_written": {"name": rb["name"], "start": rb["start"], "end": rb["end"]}}


def _appos_name(doc, text, rb):
    """"The relatives' group, the Families Association, says ...": the reporter written as a
    generic noun phrase with an apposition naming it is the name."""
    span = doc.char_span(rb["start"], rb["end"], alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    person_head = head.lower_ in PERSON_REPORTER_HEADS - {"he", "she"}
    if (head.lower_ not in APPOS_HEADS and not person_head) or head.pos_ != "NOUN":
        return None
    app = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if person_head:   # "Its spokesman, Karim Adesh, put the toll at 35": the person named
        if app is None or app.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE") or not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in app.children):
            return None
    if app is None and head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i:
        app = head.head   # "X Relief, a volunteer network that says ...": the name it describes
    if app is None:
        return None
    s, e = _np(app)
    while s < e and text[s:s + 4].lower() == "the ":
        s += 4
    return {"name": text[s:e], "start": s, "end": e,
            "as_written": {"name": rb["name"], "start": rb["start"], "end": rb["end"]}}


def _resolve_reporter(doc, text, rb, orgs):
    """"It said ...", "the agency said ...": the organisation named earlier that the reporter
    stands for (the nearest earlier ORG mention, preferring one whose head word matches
    "agency"/"ministry"...), within the two preceding sentences. The written form is kept as
    ``as_written``. None when the reporter is a name already or nothing fits."""
    words = rb["name"].lower().replace("\u2019", "'").split()
    if not words:
        return None
    if words in (["it"], ["its"]):
        head = None
    elif len(words) == 2 and words[0] in ("the", "this") and words[1] in ORG_HEADS:
        head = words[1]
    else:
        return None
    span = doc.char_span(rb["start"], rb["end"], alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    lo_c = doc[lo].idx
    cands = [m for m in orgs if lo_c <= m["start"] and m["end"] <= rb["start"]]
    if head is not None:
        named = [m for m in cands if head in m["text"].lower().split() or
                 m["text"].lower().split()[-1:] == [head]]
        if not named and head in BUSINESS_HEADS:
            # "the company": businesses are rarely named "... Company"; the nearest organisation
            # that is not a public body
            named = [m for m in cands if not set(m["text"].lower().split()) & PUBLIC_BODY_WORDS]
        cands = named
    if not cands:
        return None
    m = max(cands, key=lambda m: m["start"])
    return {"name": m["text"], "start": m["start"], "end": m["end"],
            "as_written": {"name": rb["name"], "start": rb["start"], "end": rb["end"]}}


def _contributed(noun, root) -> bool:
    """The troops/vehicles/aircraft are the object of a sending verb ("sent four helicopters")."""
    tok = noun if noun is not None else root
    for _ in range(3):
        if tok.dep_ in ("dobj", "conj", "appos", "nsubjpass") and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ == "VERB":
                return tok.lemma_.lower() in CONTRIBUTION_LEMMAS
        else:
            return False
    return False


def _sender(doc, tok, text, any_noun=False):
    """The subject of the sending verb ("the president ordered 1,200 soldiers"), also through
    coordinated verbs ("went on television and ordered ..."); a name or a party, not a pronoun."""
    # money may hang on a preposition: "raised the aid package to 80 million X", "including ..."
    walk = ("dobj", "conj", "appos", "nsubjpass", "dative") + (("pobj", "prep") if any_noun else ())
    for _ in range(4 if any_noun else 3):
        if tok.dep_ in walk and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ == "VERB" and tok.dep_ != "prep":   # "including" is tagged a verb
                break
    if tok.pos_ != "VERB" or tok.lemma_.lower() in ("receive", "get", "obtain", "collect"):
        return None   # "each family will receive 300 X": the recipient is no sender
    verb = tok
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.pos_ == "PRON" or not (subj.pos_ == "PROPN" or _party_like(subj)
                                           or (any_noun and subj.pos_ == "NOUN")):
                return None
            s, e = _np(subj)
            return {"name": text[s:e], "start": s, "end": e}
        if (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VB")) \
                and verb.head.i != verb.i:
            verb = verb.head   # "went on television to appeal for calm and ordered ..." 
        else:
            return None
    return None


def _arrester(tok, pred, text):
    """The party that detained the people counted: the subject of an active arrest verb ("police
    detained two men") or the agent of a passive one ("two men held by border police"); a name
    or a party noun, not a pronoun."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head   # "charged X, the owner, and two of his managers": the first object's verb
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NUM", "NOUN"):
        tok = tok.head.head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
    verbs = [v for v in (pred, tok.head) if v is not None and v.pos_ == "VERB" and (
        _pred_kind(v) == "arrested" or v.lemma_.lower() in RELEASE_LEMMAS)]   # (also "police released four")
    for verb in verbs:
        cand = None
        if tok.dep_ in ("dobj", "obj") and tok.head.i == verb.i:
            cand = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if cand is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                cand = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if cand is None or cand.pos_ == "PRON" or not (cand.pos_ == "PROPN" or _party_like(cand)):
            continue
        s, e = _np(cand)
        return {"name": text[s:e], "start": s, "end": e}
    return None


def _publisher(doc, noun, text):
    """Who drew up a list of names: "the list of 43 names published by the X", "X published 43
    names"."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("list", "lists", "names", "roll"):
        tok = tok.head.head
    for c in list(noun.children) + list(tok.children):
        if c.dep_ == "acl" and c.lemma_.lower() in PUBLISH_LEMMAS:
            for g in c.children:
                if g.dep_ == "agent":
                    p = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if p is not None and p.pos_ in ("PROPN", "NOUN"):
                        s, e = _np(p)
                        return {"name": text[s:e], "start": s, "end": e}
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PUBLISH_LEMMAS:
        subj = _subject_of(tok.head)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in QUANT_SUBJECTS:
            s, e = _np(subj)
            return {"name": text[s:e], "start": s, "end": e}
    return None


def _count_giver(doc, sent, ph, text):
    """"X gave a higher count: at least 52 dead and more than 120 wounded": who gives the count
    the colon spells out reports the figures after it."""
    colon = next((t for t in doc[sent.start:ph.qs] if t.text in (":", "\u2014", "\u2013") and t.i > sent.start), None)
    if colon is None:
        return None
    for t in doc[sent.start:colon.i]:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in GIVE_COUNT_LEMMAS and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STATEMENT_NOUNS | COUNT_STATEMENT_NOUNS
                for c in t.children):
            subj = _subject_of(t)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and (subj.pos_ == "PROPN" or _party_like(subj)):
                s, e = _np(subj)
                ent = next((x for x in doc.ents if x.start <= subj.i < x.end and x.label_ in ("ORG", "PERSON")), None)
                if ent is not None:
                    s, e = min(s, ent.start_char), max(e, ent.end_char)   # "Medics Beyond Lines": the whole name
                return {"name": text[s:e], "start": s, "end": e}
    return None


def _owner_inside_speech(doc, sent, fig_tokens, owner):
    """"Dr X said six more had died, bringing the hospital's toll to 47", "the council said the
    district's toll had reached 34": a count owned by a body, inside what a named speaker says and
    not set against anything, is the speaker's count (the speaker speaks for that body). "Y said
    200 had died, far more than the ministry's toll of 38" keeps the owner. Returns the speaker's
    subject token, or None."""
    k = min(fig_tokens)
    t = doc[k]
    speech = None
    for _ in range(12):
        if t.head.i == t.i:
            break
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in SPEECH and t.head.lemma_.lower() not in TOLL_ONLY_SPEECH:
            speech = t.head
            break
        t = t.head
    if speech is None:
        return None
    subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subj is None and speech.dep_ in ("advcl", "conj", "xcomp") and speech.head.lemma_.lower() in SPEECH:
        subj = next((c for c in speech.head.children if c.dep_ == "nsubj"), None)   # "..., he said, adding that ..."
    app = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if subj is not None else None
    if app is not None and subj.pos_ == "NOUN":
        subj = app   # "Its director, Dr Ana Lis, said": the person named
    if subj is None or not (subj.pos_ == "PROPN" or (subj.pos_ == "NOUN" and _party_like(subj))
                            or subj.lower_ in ("he", "she")):
        return None   # ("She said the ministry's count had risen": she, resolved later to who she is)
    if any(s.idx <= owner["start"] < s.idx + len(s.text) for s in subj.subtree):
        return None
    lo, hi = min(speech.i, k), max(speech.i, k)
    if any(doc[j].lower_ in COMPARING for j in range(max(lo, sent.start), min(hi + 6, sent.end))):
        return None
    if any(doc[j].text == ";" for j in range(lo, hi)):
        return None   # "The army's toll stands at 16; Colonel Ranst said ...": the speaker's is another clause
    return subj


def _person_speakers(containers) -> set:
    """Names the attribution gave as persons ("Its spokeswoman, X, said")."""
    out = set()
    for q in containers:
        raw = q.get("speaker") or q.get("claimant") or q.get("source")
        if isinstance(raw, dict) and raw.get("type") == "person" and raw.get("name"):
            out.add(raw["name"])
    return out


def _record_source(doc, sp) -> bool:
    """A speaker written as "<party noun> records / figures" ("ministry records")."""
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand") if sp.get("start") is not None else None
    return span is not None and span.root.lower_ in SOURCE_NOUNS and any(
        c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN") and (_party_like(c) or c.dep_ == "poss")
        for c in span.root.children)   # (also "the ministry's records")


def _same_clause_reporter(doc, sent, ph, prev_figs):
    """"The service's toll stood at nine dead, with 10 men still missing", "pledged 400,000 Ys
    to each family and 50,000 Ys to every miner injured": a figure that follows another in its
    sentence with no verb of its own between them shares that figure's reporter."""
    ns_c = doc[ph.qs].idx
    same = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char] and f["end"] <= ns_c]
    if not same or same[-1]["reported_by"] is None:
        return None
    prev = same[-1]
    between = [t for t in sent if prev["end"] <= t.idx and t.idx + len(t) <= ns_c]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or any(t.text in (";", ":") for t in between):
        return None
    if not any(t.lower_ in ("and", "with") for t in between):
        return None
    return dict(prev["reported_by"])


def _clause_recorder(doc, tok, text):
    """"..., after the Ministry of Health recorded 16 new cases": the party that recorded the
    count in its own subordinate clause reports it, not the speaker of the sentence."""
    if tok.dep_ not in ("dobj", "obj"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECORD_LEMMAS or verb.dep_ != "advcl":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not (subj.pos_ == "PROPN" or _party_like(subj)):
        return None
    s, e = _np(subj)
    return {"name": text[s:e], "start": s, "end": e}


def _money_asker(doc, tok, text):
    """"X launched an appeal for $42 million", "X appealed for 5 million": who asks for it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    h = tok.head.head
    if h.pos_ == "NOUN" and h.lower_ in APPEAL_NOUNS and h.head.pos_ == "VERB":
        verb = h.head
    elif h.pos_ == "VERB" and (h.lemma_.lower() in ("appeal", "ask", "call") or any(
            c.dep_ == "dobj" and c.lower_ in APPEAL_NOUNS for c in h.children)):
        verb = h
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not (subj.pos_ == "PROPN" or _party_like(subj)):
        return None
    s, e = _np(subj)
    return {"name": text[s:e], "start": s, "end": e}


def _mention_of(doc, text, tok, as_written):
    s, e = _np(tok)
    while text[s:s + 4].lower() == "the ":
        s += 4
    ent = next((x for x in doc.ents if x.start <= tok.i < x.end and x.label_ in ("ORG", "NORP", "GPE")), None)
    if ent is not None and ent.end_char - ent.start_char > 0 and ent.label_ == "ORG":
        s, e = ent.start_char, ent.end_char
        while text[s:s + 4].lower() == "the ":
            s += 4
    return {"name": text[s:e], "start": s, "end": e, "as_written": as_written}


def _general_resolve(doc, text, rb):
    """Reporters written as descriptions, resolved to the party they stand for:
    - "the statement said" -> who made the statement earlier ("X said in a statement");
    - "Her ministry says" -> the ministry named earlier ("the health ministry");
    - "a police spokesman said" -> the police named earlier (else "police");
    - "A medical charity ... said" -> the organisation named right after ("X, which ...")."""
    span = doc.char_span(rb["start"], rb["end"], alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss") and c.i < head.i), "")
    first = span[0].lower_ if span[0].lower_ in POSS_PRONOUNS else det
    aw = {"name": rb["name"], "start": rb["start"], "end": rb["end"]}
    lo = span.sent.start
    for _ in range(3):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    # "the statement said": the subject of "said in a statement" / "issued a statement" before
    if head.lower_ in ("statement", "report", "communique", "communiqué") and first in ("the", "this", "that"):
        for t in reversed(doc[lo:span.start]):
            if t.lower_ == head.lower_ and t.i != head.i:
                v = t.head.head if t.dep_ == "pobj" else t.head
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None) if v.pos_ == "VERB" else None
                if subj is not None and subj.pos_ != "PRON" and (subj.pos_ == "PROPN" or _party_like(subj)):
                    return _mention_of(doc, text, subj, aw)
        return None
    # "Her ministry", "its office": the nearest earlier mention with that head word
    if first in POSS_PRONOUNS and head.lower_ in ORG_WORDS and len(span) <= 2:
        for t in reversed(doc[:span.start]):
            if t.lower_ == head.lower_ and not any(c.lower_ in POSS_PRONOUNS for c in t.children):
                return _mention_of(doc, text, t, aw)
        return None
    # "a police spokesman": the organisation the spokesman speaks for
    if head.lower_ in SPOKES_HEADS and first in ("a", "an", "the"):
        org = next((c for c in head.children if c.dep_ in ("compound", "amod") and c.lower_ in ORG_WORDS), None)
        if org is None:
            return None
        for t in reversed(doc[:span.start]):
            if t.lower_ == org.lower_ and (t.ent_type_ == "ORG" or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)):
                return _mention_of(doc, text, t, aw)
        return {"name": org.text, "start": org.idx, "end": org.idx + len(org), "as_written": aw}
    # "A medical charity treating ... said": the organisation named in the next two sentences
    if first in ("a", "an") and head.lower_ in ORG_WORDS | APPOS_HEADS:
        hi = span.sent.end
        for _ in range(2):
            if hi < len(doc):
                hi = doc[hi].sent.end
        for ent in doc.ents:
            if ent.label_ == "ORG" and span.end_char <= ent.start_char and ent.end <= hi \
                    and ent.start > span.sent.end - 1 and _NAMED_AGAIN.match(text, ent.end_char):
                s, e = ent.start_char, ent.end_char
                while text[s:s + 4].lower() == "the ":
                    s += 4
                return {"name": text[s:e], "start": s, "end": e, "as_written": aw}
    return None


def _bare_party_noun(doc, text, rb):
    """"according to ministry records" (reporter "ministry"): a bare party noun stands for the
    nearest earlier mention of that noun with its modifiers ("the labour ministry")."""
    words = rb["name"].lower().split()
    if len(words) != 1 or not rb["name"].islower() or words[0] not in ORG_WORDS | PARTY_NOUNS:
        return None
    aw = {"name": rb["name"], "start": rb["start"], "end": rb["end"]}
    for t in reversed(doc[:len(doc)]):
        if t.idx >= rb["start"] or t.lower_ != words[0]:
            continue
        if any(c.dep_ in ("compound", "amod") and c.i < t.i for c in t.children) or t.ent_type_ == "ORG":
            return _mention_of(doc, text, t, aw)
    return None


def _in_own_relcl(subj, fig_tokens) -> bool:
    """The figure is in a relative clause of the subject whose own subject is "which"/"who":
    "X, which opened two clinics, said ...": X took the action it counts; also in its appositive
    ("X, a monitoring group that deployed 3,200 volunteers, said", issue 6)."""
    heads = [subj] + [a for a in subj.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")]
    for h in heads:
        for c in h.children:
            if c.dep_ == "relcl" and any(t.i in fig_tokens for t in c.subtree) and any(
                    g.dep_ == "nsubj" and g.lower_ in ("which", "who", "that") for g in c.children):
                return True
    return False


def _trailing_frame(doc, verb, subj, fig_tokens) -> bool:
    """A reporting frame after what it reports: "..., its director, Dr X, said on Friday." --
    the speech verb and its subject follow the figure, set off by a comma, and end the sentence
    (so it frames the whole clause before it, even when the parser hangs it elsewhere)."""
    last = max(fig_tokens)
    if verb.lemma_.lower() not in ("say", "tell", "add", "state") or subj.i <= last or verb.i <= last:
        return False
    if subj.ent_type_ == "NORP" or _demonym_at(doc, subj.idx, subj.text):
        return False   # "..., a Ruritanian said": an adjective taken for a speaker
    lo = min(subj.left_edge.i, verb.i)
    if lo == 0 or doc[lo - 1].text != ",":
        return False
    sent = verb.sent
    return not any(t.pos_ == "VERB" and t.i > verb.i and t.dep_ not in ("advcl", "xcomp", "relcl", "acl", "pcomp")
                   for t in doc[verb.i + 1:sent.end])


def _trailing_person(doc, sent, fig_tokens, text):
    """"The school had been sheltering 300 people ..., its headmistress, Samira Adel, 41, told the
    Sentinel.": a sentence-final "said"/"told" the parser left without a subject is framed by the
    person named between the last commas before it."""
    last = max(fig_tokens)
    for verb in sent:
        if verb.i <= last or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("say", "tell"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ not in ("VERB", "AUX"):
            continue   # (a clause parsed as the subject: "Images show 11 warships, the firm X said")
        if subj is None and doc[verb.i - 1].text == ",":
            for ent in reversed([e for e in doc.ents if e.label_ == "PERSON" and last < e.start and e.end <= verb.i]):
                if verb.i - ent.end <= 4 and any(doc[k].text == "," for k in range(max(last, ent.start - 4), ent.start)):
                    return {"name": ent.text, "start": ent.start_char, "end": ent.end_char}
        # ", the monitoring group Skyward said": a name right before the verb, after a comma
        k = verb.i
        while k - 1 > last and doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k < verb.i and any(doc[j].text == "," for j in range(max(last + 1, k - 6), k)):
            return {"name": doc[k:verb.i].text, "start": doc[k].idx, "end": doc[verb.i - 1].idx + len(doc[verb.i - 1])}
    return None

