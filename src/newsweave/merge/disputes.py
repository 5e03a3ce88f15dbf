"""Disputes: where parties contradict each other, positions side by side.

Sources of disputes, each a small function:
- explicit rejections ('denied', 'rejected the account', 'dismissed ... as propaganda', 'said the
  claim had "no basis"', 'had "never reached" the ministry', 'insisted that ...') against what
  they reject: the claim sharing their content (same or earlier article), or for a bare
  rejection ('denied the report') what was said just before it -- its own sentence, the
  sentences before it in its paragraph, else the paragraph before; a target naming a camp
  ('the rebel claims', 'the official figures') is what that camp said earlier in the article;
- contradictions: one party says something did not happen that another party says did;
- contradictory control claims about one place (who holds the town) by different parties;
- casualty figures that the state and its opponents put far apart;
- the journalist's 'There were conflicting reports about X.' opening the statements after it;
- an accusation ('detained two men, accusing them of spying') answered in its paragraph or the
  next by the other side ('X says they are shepherds'); also a charge stated with an arrest
  ('87 people had been arrested for arson', 'was suspected of organising riots') answered by the
  other side speaking of those charged ('most of them were party members', 'called the arrest
  revenge');
- (general rules, end of the file) a cue that ends its paragraph and names the parties ('Police
  and residents gave conflicting accounts of a clash'), 'Each side blamed the other', and one
  thing said to be open and closed ('the corridor is open' / 'closed in practice') by two camps.
  A rejection's target names a camp only in its head ('government accusations that ...'), not
  in a denied act ('denied that the militia had fired'); anonymous witnesses are one camp; a
  side's toll of its own fighters is not set against the other side's toll of its soldiers; a
  smaller count given before the state had one contradicts nothing.
  Voices counted by number with no entity ("Two miners told the paper") are witnesses, not a
  side: a rejection answers the named party before them; "had no record of any complaint"
  rejects the complaint before it; "rejected the offer" answers what the offer's maker said of
  it in the paragraph making the offer (a proposal nobody offered in the article stays no dispute).
  (issue 6, rounds on a coup, a derailment, a stadium crush and a village attack) Places named by
  their noun alone ('the capital', 'the airport') are disputed when two camps name different
  holders; a measure said to be lifted and still in force ('the curfew was lifted' / 'the curfew
  is still in force') is a contradiction; 'found no record of the inspection that X says it
  carried out' denies the inspection; a bare rejection followed by the rejecter's explanation
  ('rejected the finding. "Our team walked that bridge on 2 April"') answers the earlier
  statement the explanation speaks of when it speaks of it clearly more than of what was said
  just before; possessives do not hide a party's name ("the association's estimate"); the label
  a rejecter quotes ('dismissed the claim as "an insult to ..."') is no part of what is rejected;
  a demand called absurd is no statement; images, footage and recordings are (what they are
  said to show); a headline's statement stands for the body's statement below it by the same
  voice, and a matched statement brings the quote after it; a journalist's cue about a matter
  already in dispute ('conflicting reports about the tear gas') joins that dispute; a hospital's
  or charity's count of the wounded above the state's is no dispute.
  (round 2, on a cyclone, a market strike, a factory fire, a hotel siege, a landslide and a car
  bombing) A camp's statement named with what it says ('the government's assurance that the search
  was over') is matched on one word of what it says in that camp's statements; a denied act stated
  as a clause answers the statements just before it in its paragraph even in other words; a
  dismissed count joins the dispute over that count; 'dismissed the report' answers what the
  article said the report says; 'far more than the 180 the company has reported' sets one count
  against another party's; a headline's rejection told again in the body is left to the body; a
  quote closed by 'she said' right after a rejection is the rejecter's; a journalist's cue whose
  voices say what a dispute already holds (a name and two more words) joins it, and 'Accounts still
  differ over X, where ...' is about X; the rejecter's own comment after a denied clause
  ('describing the measures as ...') is no part of it, and the statement sharing most of what is
  denied comes before one sharing only where; 'the interior minister's accusation' is that
  office-holder's earlier statement naming the rejecter; 'Not one crown has reached the harbour'
  / 'only 12 families had received it' against the state saying it was transferred or paid is a
  dispute; a count of part of the dead ('two children') is no toll, and a count is set against the
  state's count of its day, and the state and its opponents each far from a third count are not far
  from each other.
  (round 3, on an air crash, a school abduction and a building collapse) 'it had received no such
  complaint' / 'has no record of receiving it' is a rejection of the message; a count that says it
  adds people only its reporter believes in ('26 dead, including the workers it believes are still
  under the rubble') is of another scope; counts of the missing that, all parties together, only fall
  from day to day are one count shrinking; an independent count is above the state's only if it is
  above the state's count of the day it was printed too; 'nobody was left under the rubble' says
  none are missing; a rejection that says what it rejects but was matched to a statement sharing
  little of it joins the dispute whose statements say it; a headline's accusation is left to the
  body when the same side speaks there; the party an accusation names ('accused the agency of
  ...') answers it whatever its camp ('The agency said ...'). In ``camps.py``: an organisation named
  by the end of its name ('the city's fire service') is the one entity whose name ends so.
  (round 4, on a port explosion, a heatwave and a migrant shipwreck) 'no record of an earlier call'
  rejects the call; a journalist's cue joins a dispute when one of its voices is a party of it named
  by the end of its name ('a navy spokesman' for the Ruritanian Navy); a denial is answered by the
  first named voice of another camp after it, in its paragraph or the next, saying a word of what is
  denied ('no truth in reports that water is being rationed' / 'A timetable on the door is
  rationing'); 'More than 5,000, not the 900 the board admits' sets one count against another; the
  state saying it paid, in the paragraph of 'only 40 families had received anything', answers it
  with no word in common; counts of the displaced in shelters, evacuated and left homeless are
  counts of different people; 'the man charged with steering the boat was a passenger' answers the
  earlier statement of that act by a voice speaking of the charge.
  (round 6, one dispute per matter) A rejection sharing a sentence with a count dispute joins it only
  when it speaks of a count, or its rejecter's side is among the counts, or what it rejects gives a
  number and names no place the count dispute does not ('no aircraft flew over the village' stays
  apart from the toll of the fighting in the town); who holds a place is one dispute with every
  rejection it shares a sentence with, and a place spelt otherwise ('Tazreet') is the place;
  one act denied twice in other words, and a bare 'denied any role' by the same rejecter, are one
  dispute; names mentioned (people, days) do not make two rejections one matter; a rejection
  matched to a statement that says none of what it says it rejects is no dispute.
  (round 7, on a drone strike, a bus crash and herder-farmer clashes) 'disputed that, saying ...' is
  a bare rejection with the rejecter's comment (it answers what was said just before); 'insisted that
  suspects from both communities were held' answers 'only herders had been detained'; after
  'Relatives disputed that.' the named person quoted next (of no state or armed camp) is one of them;
  whether money or aid arrived ('31 families had been paid' / 'only nine had received any') is a
  matter of its own; one claim and its negation, each rejected by the other side ('rejected the
  army's claim that K had been in the village' / 'K was never in the village', dismissed by the army),
  are one matter; 'is made up of' is no rejection. In ``camps.py``: 'Its owner, Y' right after a
  sentence whose subject speaks is that subject's, even when the tagger took it for a person.
Every pairing is between camps (``camps.py``): 'rebels', a named rebel movement and its spokesman
are one side, and two voices of one side saying the same thing are not a dispute; in a story of
two states (a border war) each state's government is a side of its own, and casualty figures are
compared per side counted (the dead of one state as its government and the other state count
them). Disputes citing
the same sentence are one matter. Other journalist's cues ('could not be independently
verified') are attached as notes to the dispute they follow.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from statistics import median

from .camps import GOVERNMENT, OPPOSITION, Camps, cue_camp, mention_entities, opposed
from .camps import state_key, state_words
from ..analyse.names import translit_key
from ..analyse.figures.lexicon import EXTENT_WORDS
from .text import jaccard, party_key as _party_key, stem, terms, trim_span

_GENERIC = set(terms("report reports claim claims allegation allegations accusation accusations account "
                     "accounts story rumour rumor statement propaganda lies lie nonsense rubbish "
                     "fabricated fabrication fantasy false untrue baseless figure figures toll number "
                     "numbers finding findings"))


def _cite(item: dict) -> dict:
    return {"doc": item["doc"], "start": item["start"], "end": item["end"]}


_NEGATIVE = re.compile(r"\b(?:no|not|never|nobody|nothing|none|n't|deny|denied|denies|false)\b", re.I)


def _affirmative(claim: dict) -> bool:
    """A denial contradicts something asserted: negative statements are not what is denied."""
    return not claim.get("negated") and not claim.get("denial") and not _NEGATIVE.search(claim["text"])


class _Doc:
    """Sentences (trimmed), their paragraphs and the claims in each, for one article."""

    def __init__(self, doc: dict, analysis: dict, claims: list[dict]):
        self.doc, self.text = doc, doc["text"]
        self.sents = [trim_span(self.text, s, e) for s, e in analysis.get("sentences", [])]
        self.starts = [s for s, _e in self.sents]
        breaks = [m.end() for m in re.finditer(r"\n\s*\n|\n", self.text)]
        self.para = [sum(1 for b in breaks if b <= s) for s, _e in self.sents]
        self.claims: dict = {}
        for c in claims:
            self.claims.setdefault(self.index(c["start"]), []).append(c)

    def index(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def item(self, i: int) -> dict:
        s, e = self.sents[i]
        return {"doc": self.doc["id"], "start": s, "end": e, "text": self.text[s:e]}


_REJECT_VERB = re.compile(r"^(?:reject|dismiss|disput|refut|contest)", re.I)
_STATEMENT_NOUN = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|accounts?|stor(?:y|ies)|statements?|figures?|counts?|"
    r"tolls?|numbers?|estimates?|suggestions?|charges?|assertions?|versions?|criticism|rumou?rs?|"
    r"assessments?|descriptions?|characteri[sz]ations?|idea|notion|narratives?|reporting|comments?|remarks?|"
    r"assertions?|theory|theories|explanations?|evidence|conclusions?|complaints?|findings?|"
    r"assurances?|insistence|"
    # evidence that shows something: "dismissed the images as showing a routine exercise"
    r"images?|photo(?:graph)?s?|pictures?|footage|videos?|recordings?|tapes?)\b", re.I)


def _negative(text: str) -> bool:
    """Says something did not happen or rejects something."""
    return bool(_NEGATIVE.search(text) or _REJECT_WORDS.search(text) or _REJECTING.search(text))


_REJECTING = re.compile(r"\b(?:disputed|disputes|rejected|rejects|dismissed|dismisses|refuted|contested)\b", re.I)


_INSIST = re.compile(r"^(?:insist|maintain|stand by|stood by)", re.I)
# rejections the claim analyser does not mark: "the claim had 'no basis'", "had 'never reached' her
# ministry", "a campaign of lies", "called the figure a lie"
_REJECT_WORDS = re.compile(
    r"\bno (?:legal |factual )?basis\b|\bno truth\b|"
    # 'called his claim "without any legal basis"', 'the count had no legal standing'
    r"\bwithout (?:any |a )?(?:legal |factual )?(?:basis|foundation|standing)\b|\bno legal standing\b|"
    r"\bnever (?:happened|took place|occurred|existed)\b|"
    r"\bcampaign of (?:lies|disinformation)\b|\bnothing of the kind\b|"
    r"\b(?:a|the|pure|outright|blatant|big|complete|total|all) lies?\b|"
    r"\b(?:of|spreading|spread|telling|told|are|were|these|those|more) lies\b|"
    # (round 7) not 'its panel is made up of former officers' (made of)
    r"\b(?:is|are|was|were|been|simply|completely|entirely) (?:invented|made up(?!\s+(?:of|from|largely|mostly|entirely|mainly)\b))\b|"
    r"\b(?:propaganda|fantasy|fabricated|fabrication|absurd|nonsense|rubbish|baseless|untrue|groundless|unfounded|without foundation|hoax|smear|slander|fake news|fairy tale|"
    r"(?:wild|idle|shameful|pure|mere|baseless) speculation)\b", re.I)


# 'the letter "never reached" the ministry', 'never received any report': a denial of a message,
# not 'aid never reached the village'
_NEVER_GOT = re.compile(r"\bnever (?:reached|received|got|arrived)\b", re.I)
_MESSAGE = re.compile(r"\b(?:warnings?|letters?|messages?|notices?|requests?|complaints?|reports?|e-?mails?|"
                      r"calls?|alerts?|information)\b", re.I)


# 'no such message had reached the bridge', 'no warning was passed to him': a message denied
_NO_MESSAGE = re.compile(r"^\s*no (?:such |\w+ )?(?:warnings?|letters?|messages?|notices?|alerts?|e-?mails?|"
                         r"orders?|instructions?)\b[^,;]*?\b(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?"
                         r"(?:reached|received|passed|sent|given|delivered|issued)\b", re.I)


# 'had no record of any complaint about the roof': a message denied by the one it was sent to
# or an act said to have been done: 'found no record of the inspection that the firm says it carried out'
_NO_RECORD = re.compile(r"\b(?:no|not\s+any|never\s+(?:had|kept)\s+any)\s+(?:record|trace|knowledge)\s+of\s+"
                        r"(?:any\s+|such\s+(?:a\s+)?|a\s+|an\s+|the\s+)?"
                        # (round 4) 'no record of an earlier call', 'no trace of any written warning'
                        r"(?:(?:earlier|prior|previous|first|second|other|further|written|formal|urgent|distress|"
                        r"emergency)\s+)?(?:warnings?|letters?|messages?|notices?|"
                        r"complaints?|reports?|e-?mails?|calls?|alerts?|requests?|"
                        r"inspections?|checks?|visits?|tests?|audits?|repairs?|maintenance|payments?|transfers?|"
                        r"deliveries|delivery|shipments?|sales?|orders?|meetings?|permits?|licen[cs]es?|approvals?|"
                        r"contracts?)\b", re.I)


# (round 3) 'it had received no such complaint', 'says it has no record of receiving it': the one
# a message was sent to denies that it came
_GOT_NO_MESSAGE = re.compile(
    r"\b(?:received|got|had|saw|seen)\s+no\s+(?:such\s+|prior\s+|earlier\s+|formal\s+|written\s+)?"
    r"(?:warnings?|letters?|messages?|notices?|complaints?|reports?|e-?mails?|calls?|alerts?|requests?)\b|"
    r"\b(?:no|not\s+any)\s+(?:record|trace)\s+of\s+(?:ever\s+)?(?:receiving|getting|being\s+(?:sent|given|told))\b",
    re.I)


def _is_rejection(c: dict) -> bool:
    return bool(c.get("denial")) or bool(_REJECT_WORDS.search(c["text"])) or \
        bool(_NEVER_GOT.search(c["text"]) and _MESSAGE.search(c["text"])) or bool(_NO_MESSAGE.search(c["text"])) \
        or bool(_NO_RECORD.search(c["text"])) or bool(_GOT_NO_MESSAGE.search(c["text"]))


def _unnamed(party: dict) -> bool:
    """Anonymous voices counted by number ("Two miners", "several residents"), with no entity:
    they are witnesses, not a party of a dispute."""
    party = party or {}
    return not party.get("entity") and bool(_UNNAMED.match(party.get("name") or ""))


_UNNAMED = re.compile(r"^(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|"
                      r"a\s+few|a\s+third|a\s+second|another|other|others)\b(?:\s+[\w-]+){0,2}$", re.I)


# 'denied cutting any lines', 'denied carrying out the attack': the denial of an act names
# it in other words than the report it answers, which stands just before it
_ACT_DENIAL = re.compile(r"^(?:\w+ing|that|having)\b", re.I)

_CASUALTY_KINDS = {"killed", "injured", "missing", "displaced"}
# claim cues that accuse another party ('accused them of spying', 'blamed X for the attack')
_ACCUSE_CUES = {"accuse", "blame", "charge", "allege"}
# counts whose size parties fight over: casualties, and the number of people detained
_DISPUTED_KINDS = _CASUALTY_KINDS | {"arrested"}
_COUNT_WORDS = re.compile(r"\b(?:figures?|toll|tolls|counts?|numbers?|tally|estimates?)\b", re.I)


def _camp_target(target_text: str) -> str | None:
    """'the rebel claims' -> opposition, 'the official figures' -> government."""
    return cue_camp(target_text) if target_text else None


def _statements(dd: _Doc, idxs, denier, camps, want_camp=None) -> list[tuple[int, dict]]:
    """(sentence, claim) of the sentences ``idxs`` whose claims are by another camp than the
    denier's (and of ``want_camp`` when given)."""
    out = []
    for i in idxs:
        for c in dd.claims.get(i, []):
            if not c["claimant"].get("name") or camps.same(c["claimant"], denier) or _unnamed(c["claimant"]):
                continue
            if want_camp and (camps.side(c["claimant"]) if ":" in want_camp else camps.of(c["claimant"])) != want_camp:
                continue
            out.append((i, c))
            break
    return out


def _position(dd: _Doc, found: list[tuple[int, dict]]) -> dict:
    """One position from statements of one camp: the party of the first, every sentence cited."""
    party = found[0][1]["claimant"]
    # a quote running over several sentences is cited whole (issue 6)
    idxs = sorted({j for i, c in found for j in range(i, max(i, dd.index(c["end"] - 1)) + 1)})
    items = [dd.item(i) for i in idxs]
    said = found[0][1]
    return {"party": dict(party), "claim": " ".join(it["text"] for it in items),
            "citations": [_cite(it) for it in items],
            "_said": _accused_topic(said.get("cue"), said["text"]) if said.get("cue") in _ACCUSE_CUES else said["text"]}


def _accused_topic(cue: str | None, text: str) -> str:
    """'accused Dalmarra on Wednesday of breaking the truce' -> 'accused of breaking the truce';
    'blamed X for the blast' -> 'blamed: X for the blast'."""
    cue = cue or "accuse"
    what = re.sub(r"^\S+(?:\s+\S+){0,4}?\s+of\s+", "", text) if cue == "accuse" else text
    if cue == "accuse" and what != text:
        return f"accused of {what}"
    return f"{cue}{'d' if cue.endswith('e') else 'ed'}: {what}"


# "they had taken full control of Tazreet, the largest town in ..." -> "control of Tazreet"
_CONTROL_OF = re.compile(r"\b(?:full |total |complete |effective )?control (?:of|over) (?P<what>(?:the )?[A-Z][^,.;:“”\"]{1,60}?)"
                         r"(?=,|\.|;|:|\s+(?:after|since|on|in the|from|for|by|before|while|and said|but)\b|$)")


def _matter(topic: str) -> str:
    """A dispute's topic as the matter when a clause names it: who controls a place."""
    if topic.startswith(("control of", "number ", "who ", "whether ")):
        return topic
    m = _CONTROL_OF.search(topic)
    return f"control of {m.group('what').strip()}" if m else topic


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split()).strip(" \"“”'‘’")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 40 else limit].rstrip(",;:") + " …"


def _answered(dd: _Doc, si: int, den: dict, denier: dict, camps, want_camp, figure_sents=None,
              toll_sents=frozenset()) -> dict | None:
    """What a bare rejection ('denied the report', 'insisted that ...') answers: an earlier
    statement of another camp in its own sentence, else the sentences before it in its paragraph,
    else the paragraph before. A target naming a camp ('the rebel claims') is every earlier
    statement of that camp in the article."""
    if want_camp:
        idxs = range(si)
        if figure_sents is not None:     # 'the official figures', 'the toll': sentences with counts
            idxs = [i for i in idxs if i in figure_sents]
        found = _statements(dd, idxs, denier, camps, want_camp)
        return _position(dd, found) if found else None
    same = [c for c in dd.claims.get(si, []) if c["start"] < den["start"] and c["claimant"].get("name")
            and not camps.same(c["claimant"], denier) and _affirmative(c) and not _is_rejection(c)
            and not _unnamed(c["claimant"])]
    if same:
        c = same[0]
        return {"party": dict(c["claimant"]), "claim": c["text"], "citations": [_cite(c)]}
    p = dd.para[si]
    before = [j for j in range(si) if dd.para[j] == p]
    found = _statements(dd, before, denier, camps)
    if not found and before and not any(dd.claims.get(j) for j in before):
        return None
    if not found:
        prev = [j for j in range(si) if dd.para[j] < p]
        if prev:
            q = dd.para[prev[-1]]
            found = _statements(dd, [j for j in prev if dd.para[j] == q], denier, camps)
            said = [c for j in prev if dd.para[j] == q for c in dd.claims.get(j, [])]
            if not found and said and all(_unnamed(c["claimant"]) for c in said):
                # a paragraph of unnamed witnesses ("Two miners told the paper ...") is no side:
                # what is answered is said in the paragraph before it
                earlier = [j for j in prev if dd.para[j] < q]
                if earlier:
                    q = dd.para[earlier[-1]]
                    found = _statements(dd, [j for j in earlier if dd.para[j] == q], denier, camps)
            # the claim rejected may have been made over several paragraphs: a quote paragraph
            # ('"They sold tickets ...," Brandt told us.') after the paragraph stating it
            while found and q > 0:
                q -= 1
                earlier = [j for j in range(si) if dd.para[j] == q]
                more = _statements(dd, earlier, denier, camps)
                said = [c for j in earlier for c in dd.claims.get(j, []) if c["claimant"].get("name")]
                if not more or not any(camps.same(c["claimant"], found[0][1]["claimant"]) for _j, c in more) \
                        or any(camps.same(c["claimant"], denier) for c in said):
                    break
                if all(j in toll_sents and not any((c.get("cue") or "") in _ACCUSE_CUES for c in dd.claims.get(j, []))
                       for j, _c in more):
                    break       # an earlier paragraph of casualty counts is another matter than an account denied
                found = more + found
                if len(found) >= 4:
                    break
    return _position(dd, found) if found else None


def _with_quote_after(dd: _Doc | None, c: dict, camps) -> dict:
    """The position of statement ``c`` with the quote that follows it in its paragraph from the same
    voice ('X said the images showed tents for 2,000 troops. "That is far more than the base
    normally holds," she said.')."""
    pos = {"party": dict(c["claimant"]), "claim": c["text"], "citations": [_cite(c)]}
    if dd is None:
        return pos
    i = dd.index(c["start"])
    j = i + 1
    while j < len(dd.sents) and dd.para[j] == dd.para[i]:
        cs = [o for o in dd.claims.get(j, []) if o["claimant"].get("name")]
        if not cs or not all(o.get("source") == "quote" and camps.same(o["claimant"], c["claimant"])
                             and not _is_rejection(o) for o in cs):
            break
        for o in cs[:1]:
            pos["citations"].append(_cite(o))
            pos["claim"] += " " + o["text"]
        j += 1
    return pos


def _is_title(dd: _Doc, i: int) -> bool:
    """Sentence ``i`` is the article's headline: its first paragraph, one line with no full stop."""
    if i != 0 or len(dd.sents) < 2 or dd.para[1] == dd.para[0]:
        return False
    s, e = dd.sents[0]
    return "\n" not in dd.text[s:e] and not re.search(r"[.!?][\"”’']?\s*$", dd.text[s:e])


def _lede_for_title(dd: _Doc | None, c: dict) -> dict:
    """A statement of a headline ("Fire alert came too late, residents say") stands for the body's
    statement by the same voice just below it ("Residents of X said on Wednesday that the alert
    reached their phones after 5pm"): that one is cited."""
    if dd is None or not _is_title(dd, dd.index(c["start"])):
        return c
    who = set(terms(c["claimant"].get("name") or ""))
    for j in range(1, len(dd.sents)):
        if dd.para[j] > dd.para[1]:
            break
        for o in dd.claims.get(j, []):
            if who & set(terms(o["claimant"].get("name") or "")):
                return o
    return c


def _shares(said: set, ts: set, loose: bool = False) -> bool:
    """A word of what is said is among the terms ``ts``; ``loose``: or one of its family
    ('inspection' and 'inspected' share their first six letters)."""
    if said & ts:
        return True
    return loose and any(len(w) >= 6 and t[:6] == w[:6] for w in said for t in ts)


def _explained(dd: _Doc, si: int, den: dict, denier: dict, camps) -> tuple | None:
    """(sentence, claim, words in common, the explanation's words) of the earlier statement of
    another camp in the article that a bare rejection's explanation speaks of: at least three
    content words of the rejecter's next sentences (its own paragraph, its camp) in common, the
    most, the nearest on a tie."""
    mine = _denier_position(dd, si, denier, camps)
    if len(mine["citations"]) < 2:
        return None     # no explanation follows the rejection
    names = set(terms(denier.get("name") or ""))
    later = [c["text"] for cit in mine["citations"][1:] for c in dd.claims.get(dd.index(cit["start"]), [])]
    said = set(terms(" ".join(later))) - _GENERIC - names - _FRAME_WORDS
    best = None
    for j in range(si):
        for c in dd.claims.get(j, []):
            if not c["claimant"].get("name") or camps.same(c["claimant"], denier) or _unnamed(c["claimant"]):
                continue
            n = len((set(terms(c["text"])) - _GENERIC) & said)
            if n >= 3 and (best is None or n >= best[0]):
                best = (n, j, c)
    return (best[1], best[2], best[0], said) if best else None


_PROPOSAL = re.compile(r"\b(?:offers?|proposals?|plans?|deals?|packages?|payments?|compensation|settlement|"
                       r"terms)\b", re.I)
# what a party wants rather than says: "called the compensation demand absurd" rejects a demand
_DEMAND = re.compile(r"\b(?:demands?|requests?|proposals?|offers?|ultimatums?|plans?|bids?|appeals?)\b", re.I)
_OFFERED = re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\b", re.I)


def _offer_defended(dd: _Doc, si: int, den: dict, denier: dict, camps, target_text: str) -> dict | None:
    """'X offered 150,000 Ys to each family. The company said the payment was "well above the
    legal minimum". The union rejected the offer.': a rejected offer answers what another camp
    said of it in the paragraph making the offer (its own or the one before the rejection)."""
    if not _PROPOSAL.search(target_text):
        return None
    p = dd.para[si]
    paras = sorted({dd.para[j] for j in range(si) if dd.para[j] >= p - 1}, reverse=True)
    for q in paras:
        idxs = [j for j in range(si) if dd.para[j] == q]
        s0, _e0 = dd.sents[idxs[0]]
        _s1, e1 = dd.sents[idxs[-1]]
        if not _OFFERED.search(dd.text[s0:e1]):
            continue
        found = _statements(dd, idxs, denier, camps)
        if found:
            pos = _position(dd, found)
            offer = next((dd.item(j)["text"] for j in idxs if _OFFERED.search(dd.item(j)["text"])), None)
            pos["_said"] = offer or pos["_said"]   # the offer made names the matter
            return pos
    return None


# (round 7) 'said only herders had been detained' / 'insisted that suspects "from both communities"
# were being held': one side says it was only some, the other insists on more
_ONLY = re.compile(r"\b(?:only|solely|exclusively|none but|nobody but|no one but)\b", re.I)
_BEYOND = re.compile(r"\b(?:both|all|every|each|everyone|also|as well|too|alike)\b", re.I)


def _exclusive_answered(said: str, insisted: str) -> bool:
    """An insistence answers an exclusive statement ('only herders') when it says no 'only' and
    names more ('both communities', 'all sides')."""
    return bool(_ONLY.search(said)) and not _ONLY.search(insisted) and bool(_BEYOND.search(insisted))


_PRONOUN_SAID = re.compile(r"^[,.!?\"”’'\s]{0,4}(?:he|she)\s+(?:said|added|says|told)\b")


def _pronoun_said(text: str, c: dict) -> bool:
    """(round 2) A quote closed by a bare 'she said' right after a rejection ('X rejected that.
    "The inspectors never came at night," she said.') is the rejecter's: the pronoun stands for
    the subject of the sentence before it, whoever the quote was resolved to."""
    return bool(_PRONOUN_SAID.match(text[c["end"]:c["end"] + 20]))


# (round 7) voices named by what they are, not who: 'Relatives disputed that.', 'Residents deny it.'
_COLLECTIVE = re.compile(r"^(?:the\s+|many\s+|some\s+)?(?:[a-z]+\s+)?(?:relatives|families|residents|villagers|"
                         r"survivors|neighbou?rs|parents|mourners|locals|passengers|workers|farmers|"
                         r"fishermen|traders|victims['’]?\s+families|bereaved\s+families)$", re.I)


def _speaks_for(c: dict, denier: dict, camps) -> bool:
    """(round 7) 'Relatives disputed that. "My cousin has not seen a single coin," said Ivo
    Rell, who speaks for the families.': after a rejection by a group named by what its members
    are, the named person quoted next, of no state or armed camp, is one of them."""
    party = c["claimant"]
    if denier.get("entity") or not _COLLECTIVE.match((denier.get("name") or "").strip()):
        return False
    if not party.get("name") or _COLLECTIVE.match(party["name"].strip()) or _unnamed(party):
        return False
    if _is_rejection(c):
        return False        # 'Judge X rejected claims that ...' answers them
    return camps.of(party) not in (GOVERNMENT, OPPOSITION)


def _denier_position(dd: _Doc, si: int, denier: dict, camps) -> dict:
    """The rejection and what follows it in its paragraph from the same camp ('The ministry
    denied the report. "No aircraft flew over the town," said its spokesman.')."""
    idxs = [si]
    for j in range(si + 1, len(dd.sents)):
        if dd.para[j] != dd.para[si]:
            break
        cs = [c for c in dd.claims.get(j, []) if c["claimant"].get("name")]
        if not cs or not all(camps.same(c["claimant"], denier) or (j == si + 1 and _pronoun_said(dd.text, c))
                             or (j == si + 1 and _speaks_for(c, denier, camps))
                             for c in cs):
            break
        idxs.append(j)
    items = [dd.item(i) for i in idxs]
    return {"party": dict(denier), "claim": " ".join(it["text"] for it in items),
            "citations": [_cite(it) for it in items]}


_POSS_S = re.compile(r"['’]s\b")


def _pterms(text: str) -> list[str]:
    """``terms`` of a text with its possessives undone ("the association's estimate" ->
    'association', 'estimate', as "the Association said")."""
    return terms(_POSS_S.sub("", text))


_TRAILING_COMMENT = re.compile(r",\s+(?:describing|calling|saying|adding|arguing|insisting|noting|stressing|"
                               r"branding|labelling|labeling|dismissing)\b.*$", re.I | re.S)
_BARE_THAT = re.compile(r"^\s*(?:that|this|it|them|those|these)\s*[,.;:]?\s*$", re.I)
_STOPWORDS_T = set(terms("that had has have was were been be is are the a an of to in on its their his her"))
_AS_BEFORE = re.compile(r"\bas\s*[\"“‘']?\s*$", re.I)
_AS_LABEL = re.compile(r"\s+as\s+(?:[\"“‘']|an?\s|the\s|mere\s|pure\s)[^\n]*$", re.I)


def _claims_by_doc(claims: list[dict]) -> dict:
    """Claims grouped by the document they are in, in their given order."""
    by_doc: dict = {}
    for c in claims:
        by_doc.setdefault(c["doc"], []).append(c)
    return by_doc


def _articles_with(claims: list[dict], documents: list[dict], analyses: list[dict], wanted) -> list:
    """(_Doc, its claims in text order) for each article with a claim that ``wanted`` accepts."""
    by_doc = _claims_by_doc(claims)
    docs = {d["id"]: d for d in documents}
    out = []
    for a in analyses:
        items = sorted(by_doc.get(a["doc"], []), key=lambda c: c["start"])
        if a["doc"] in docs and any(wanted(c) for c in items):
            out.append((_Doc(docs[a["doc"]], a, items), items))
    return out


def denial_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                    figures: list[dict] = (), camps: Camps | None = None) -> list[dict]:
    """Each rejection ('denied the report', 'dismissed the claim as propaganda', 'said the claim
    had "no basis"', 'insisted that ...') against what it rejects, said by another camp: the
    affirmative claim that shares most content with the rejection and its target, earlier in the
    same article or in an earlier article; for a bare rejection, what was said just before it
    (see ``_answered``)."""
    camps = camps or Camps()
    # what was said before: by publication date (articles may come in any order), then as given
    order = {d["id"]: ((d.get("published") or "")[:10], i) for i, d in enumerate(documents)}
    if any(not k[0] for k in order.values()):
        order = {d["id"]: ("", i) for i, d in enumerate(documents)}
    by_doc = _claims_by_doc(claims)
    docs = {d["id"]: d for d in documents}
    dds = {a["doc"]: _Doc(docs[a["doc"]], a, by_doc.get(a["doc"], [])) for a in analyses if a["doc"] in docs}
    # score against distinct claim texts (syndicated copies repeat them), then pick an instance
    instances: dict = {}
    for ci, c in enumerate(claims):
        if _affirmative(c) and not _is_rejection(c):
            instances.setdefault(c["text"], []).append(ci)
    texts = list(instances)
    text_terms = [set(_pterms(t)) for t in texts]
    postings: dict = {}
    for ti, ts in enumerate(text_terms):
        for t in ts:
            postings.setdefault(t, []).append(ti)
    out = []
    done: set = set()
    for den in claims:
        if not _is_rejection(den) or not den["claimant"].get("name") or den["doc"] not in dds:
            continue
        info = den.get("denial") or {"cue": "", "target": None}
        target = dict(info.get("target") or {})
        bare_that = False
        if target.get("text"):
            # "dismissed suggestions that X as \"speculation\"": the rejecter's label is no part of X
            target["text"] = _AS_LABEL.sub("", target["text"]) or target["text"]
            # round 2: "denied that a curfew had been imposed, describing the measures as ...":
            # the rejecter's own comment after the clause is no part of what is denied
            target["text"] = _TRAILING_COMMENT.sub("", target["text"]) or target["text"]
            # (round 7) 'disputed that, saying only nine families had received any money': a bare
            # rejection with the rejecter's comment; what it answers was said just before
            if _BARE_THAT.match(target["text"]):
                target, bare_that = {}, True
        no_record = None if target.get("text") else _NO_RECORD.search(den["text"])
        if no_record:
            # "found no record of the inspection that the firm says it carried out on 2 April":
            # what is denied is the act, not the rest of the statement
            clause = re.split(r"[;,.]\s|\s+(?:and|but)\s+(?:that\s+)?", den["text"][no_record.start():])[0]
            target = {"text": clause}
        denier = den["claimant"]
        dd = dds[den["doc"]]
        si = dd.index(den["start"])
        if (den["doc"], si) in done:
            continue
        if _is_title(dd, si) and any(_is_rejection(o) and dd.index(o["start"]) > si and o["claimant"].get("name")
                                     for o in by_doc.get(den["doc"], [])):
            continue        # round 2: a headline's rejection is told again in the body, with what it rejects
        want = _camp_target(_target_head(target.get("text") or ""))   # issue 6: not the clause's words
        if want == GOVERNMENT and len(camps.states) >= 2:
            # "dismissed the Ruritanian defence ministry's claim": that state's government
            named = [k for k in state_words(target.get("text") or "") if k in camps.states]
            want = f"{GOVERNMENT}:{named[0]}" if named else want
        insist = bool(_INSIST.match(info.get("cue") or ""))
        if target.get("text") and not _STATEMENT_NOUN.search(target["text"]) and (
                _REJECT_VERB.match(info.get("cue") or "") or _DEMAND.search(target["text"])):
            # 'shareholders rejected the pay package': a proposal, not a statement; but 'The union
            # rejected the offer' after 'X offered ... X said the payment was generous' answers
            # what the one who made the offer said of it
            position = _offer_defended(dd, si, den, denier, camps, target["text"])
            if position is None:
                continue
            done.add((den["doc"], si))
            mine = _denier_position(dd, si, denier, camps)
            for c in mine["citations"]:
                done.add((den["doc"], dd.index(c["start"])))
            out.append({"topic": _short(position.get("_said") or target["text"]), "kind": "denial",
                        "positions": [position, mine]})
            continue
        # 'dismissed the claim as “an insult to the soldiers who died”': the label quoted is the
        # rejecter's own words, not what is rejected
        label = bool(_AS_BEFORE.search(dd.text, max(0, den["start"] - 6), den["start"]))
        probe = (set(_pterms(target.get("text") or "")) | (set() if label else set(_pterms(den["text"])))) - _GENERIC
        position = None
        if len(probe) >= 2 and not insist and not bare_that and (not want or ":" in want or _says_what(target.get("text") or "")):
            candidates = {ti for t in probe for ti in postings.get(t, ())}
            # at least two content words in common: one shared word ('rebel') is not the same matter;
            # when the rejection names what it rejects ('suggestions that a power line had caused
            # the fire'), those words count, not the rejecter's own ('speculation by people ...')
            tprobe = set(_pterms(target.get("text") or "")) - _GENERIC
            # what is said of it ('had sunk'), not only who ('the frigate'): a claim must share it;
            # when the rejection names whose claim it is, that word alone may do
            said = set(_pterms(" ".join(w for w in (target.get("text") or "").split() if w[:1].islower()))) \
                - _GENERIC - _STOPWORDS_T
            if len(tprobe) >= 3 and said:
                # (round 2) a target naming whose statement it is and what it says ("the
                # government's assurance that the search was over"): one word of what it says
                # is enough in a statement of that camp ("The search is complete")
                need = 1 if want else 2
                # round 2: the statement sharing most of what is said ('a curfew had been imposed')
                # before one sharing only the place it is said of ('raids on the Dell quarter')
                ranked = [(sc, ti) for _n, sc, ti in sorted(
                    ((len(said & text_terms[ti]), jaccard(tprobe, text_terms[ti]), ti) for ti in candidates
                     if len(tprobe & text_terms[ti]) >= need
                     and _shares(said, text_terms[ti], bool(no_record))), reverse=True)]
            elif len(tprobe) >= 3:
                ranked = sorted(((jaccard(tprobe, text_terms[ti]), ti) for ti in candidates
                                 if len(tprobe & text_terms[ti]) >= 2), reverse=True)
            else:
                ranked = sorted(((jaccard(probe, text_terms[ti]), ti) for ti in candidates
                                 if len(probe & text_terms[ti]) >= 2), reverse=True)
            for sc, ti in ranked:
                if sc < 0.1:
                    break
                for ci in instances[texts[ti]]:
                    c = claims[ci]
                    if not c["claimant"].get("name") or camps.same(c["claimant"], denier) \
                            or _party_key(c["claimant"]) == _party_key(denier):
                        continue
                    if want and camps.side(c["claimant"]) != want:
                        continue
                    if order[c["doc"]] > order[den["doc"]] or (c["doc"] == den["doc"] and c["start"] > den["start"]):
                        continue
                    c = _lede_for_title(dds.get(c["doc"]), c)
                    position = _with_quote_after(dds.get(c["doc"]), c, camps)
                    break
                if position is not None:
                    break
        explained = None
        if position is None and target.get("text") and not want and not insist \
                and not (set(_pterms(target["text"])) - _GENERIC):
            # 'rejected the finding. "Our team walked that bridge on 2 April," she said.': a bare
            # rejection explained by the rejecter answers the earlier statement its explanation
            # speaks of
            explained = _explained(dd, si, den, denier, camps)
        if position is None and target.get("text") and not want and not insist:
            # (round 5) 'dismissed the union's claims as ...': what the organisation the target
            # names has said of the matter, wherever it said it
            position = _named_owner(target["text"], den, denier, claims, order, dds, camps)
        if position is None and (len(probe) < 2 or insist or want or not target.get("text")
                                 or _ACT_DENIAL.match(target.get("text") or "")):
            fig_sents = None
            if _COUNT_WORDS.search(target.get("text") or ""):
                fig_sents = {dd.index(f["start"]) for f in figures
                             if f["doc"] == den["doc"] and f.get("kind") in _CASUALTY_KINDS}
            tolls = frozenset() if fig_sents is not None else frozenset(
                dd.index(f["start"]) for f in figures if f["doc"] == den["doc"] and f.get("kind") in _CASUALTY_KINDS)
            position = _document_named(dd, si, denier, camps, target.get("text") or "") if not want else \
                _named_accuser(target.get("text") or "", den, denier, claims, order, dds, camps, want)
            if position is None:
                position = _answered(dd, si, den, denier, camps, want, fig_sents, tolls)
            # the explanation overrides what was said just before only when it speaks of the other
            # statement clearly more (two words more in common)
            if explained is not None and (position is None or (not any(
                    c["doc"] == den["doc"] and dd.index(c["start"]) == explained[0] for c in position["citations"])
                    and explained[2] >= len((set(terms(position["claim"])) - _GENERIC) & explained[3]) + 2)):
                j = explained[0]
                position = _position(dd, [(k, c) for k in range(j, si) if dd.para[k] == dd.para[j]
                                          for c in dd.claims.get(k, [])[:1]
                                          if camps.same(c["claimant"], explained[1]["claimant"])])
        elif position is None and target.get("text"):
            # 'denied that its captain had ignored any warning' right after 'the warning had been
            # sent to the company': what was said just before, when it is about the same thing
            prev = _answered(dd, si, den, denier, camps, None)
            if prev is not None and ((set(terms(prev["claim"])) - _GENERIC) & probe
                                     or _same_paragraph_act(dd, si, prev, target["text"])):
                position = prev
        if position is None or camps.same(position["party"], denier):
            continue
        if insist and _negative(position["claim"]) == _negative(den["text"]) \
                and not _exclusive_answered(position["claim"], den["text"]):
            continue        # insisting on what was just said is agreeing, not answering
        if insist and _exclusive_answered(position["claim"], den["text"]):
            # (round 7) what is answered is the exclusive statement itself ('only herders')
            only = [(j, c) for j in sorted({dd.index(c["start"]) for c in position["citations"] if c["doc"] == den["doc"]})
                    for c in dd.claims.get(j, []) if _ONLY.search(dd.item(j)["text"]) and c["claimant"].get("name")
                    and not camps.same(c["claimant"], denier)]
            if only:
                position = _position(dd, only[-1:])
        done.add((den["doc"], si))
        mine = _denier_position(dd, si, denier, camps)
        for c in mine["citations"]:
            done.add((den["doc"], dd.index(c["start"])))
        # an act denied in its own words ('denied cutting any lines') is named better by the
        # statement it answers
        generic = not (set(terms(target.get("text") or "")) - _GENERIC) \
            or bool(_ACT_DENIAL.match(target.get("text") or ""))
        positions = [position, mine]
        reply = _rebuttal(dd, den, denier, mine, target.get("text") or "", camps)
        if reply is not None:
            same = next((p for p in positions if camps.same(p["party"], reply["claimant"])
                         and not camps.same(p["party"], denier)), None)
            if same is not None:
                same["citations"].append(_cite(reply))
            else:
                positions.append({"party": dict(reply["claimant"]), "claim": reply["text"], "citations": [_cite(reply)]})
        out.append({
            "topic": _short(position.get("_said") or position["claim"] if generic else target["text"]),
            "kind": "denial",
            "positions": positions,
            "_target": target.get("text") or "",
        })
    return out


def _rebuttal(dd: _Doc, den: dict, denier: dict, mine: dict, target_text: str, camps: Camps) -> dict | None:
    """(round 4) The answer to a denial: 'There is no truth in reports that water is being
    rationed,' said the authority. -- 'A timetable on the door is rationing,' she said.' A named
    voice of another camp, after the denier's sentences in its paragraph or the next, saying
    affirmatively a word of what is denied."""
    said = set(_pterms(" ".join(w for w in target_text.split() if w[:1].islower()))) \
        - _GENERIC - _STOPWORDS_T - _REJECT_TERMS - _NEGATION_WORDS
    if not said:
        return None
    si = dd.index(den["start"])
    last = max([si] + [dd.index(c["start"]) for c in mine["citations"] if c["doc"] == den["doc"]])
    for k in range(last + 1, len(dd.sents)):
        if dd.para[k] > dd.para[si] + 1:
            break
        for c in dd.claims.get(k, []):
            if not c["claimant"].get("name") or camps.same(c["claimant"], denier) \
                    or _party_key(c["claimant"]) == _party_key(denier) or _unnamed(c["claimant"]):
                continue
            if _affirmative(c) and not _is_rejection(c) and said & set(_pterms(c["text"])):
                return c
    return None


_WHOSE = re.compile(r"^\s*(?:the\s+)?(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})['’]s?\s+"
                    r"(?:accusations?|allegations?|charges?|claims?|assertions?)\b", re.I)


def _named_accuser(target_text: str, den: dict, denier: dict, claims: list[dict], order: dict, dds: dict,
                   camps, want: str) -> dict | None:
    """(round 2) 'rejected the interior minister's accusation': the statement of the voice the
    target names by its office (a claimant whose name or stated roles hold every word of it:
    "Interior Minister X said"), earlier in the story, that names the rejecter (the accused);
    the latest such. None when no such statement is found."""
    m = _WHOSE.match(target_text)
    if not m:
        return None
    who = set(terms(m.group("who")))
    accused = set(_pterms(denier.get("name") or "")) - _FRAME_WORDS
    if not who or not accused:
        return None
    best = None
    for c in claims:
        party = c.get("claimant") or {}
        if not party.get("name") or camps.same(party, denier) or camps.side(party) != want:
            continue
        if order[c["doc"]] > order[den["doc"]] or (c["doc"] == den["doc"] and c["start"] >= den["start"]):
            continue
        held = set(terms(party["name"])) | set().union(*(set(terms(r)) for r in camps.roles(party)))
        if not who <= held or not (accused & set(_pterms(c["text"]))):
            continue
        if best is None or (order[c["doc"]], c["start"]) > (order[best["doc"]], best["start"]):
            best = c
    if best is None:
        return None
    return _with_quote_after(dds.get(best["doc"]), best, camps)


def _named_owner(target_text: str, den: dict, denier: dict, claims: list[dict], order: dict, dds: dict,
                 camps: Camps) -> dict | None:
    """(round 5) 'She dismissed the union's claims as "an attempt to shift blame".': the target
    names by its kind the organisation whose statements are rejected ('the union' for the one
    union of the story, or its voices). The statement of that organisation (or one speaking for
    it), before the rejection in the story, sharing most content words with what the rejecter
    says in its paragraph; the latest of those sharing as many. None when the target names no
    single organisation of the story, or when the organisation is the rejecter's own camp."""
    m = _WHOSE.match(target_text)
    if not m:
        return None
    owner = camps.of({"name": "the " + m.group("who"), "entity": None})
    if not owner or owner.startswith("name:the ") or owner == camps.of(denier) \
            or owner in (GOVERNMENT, OPPOSITION):
        return None
    dd = dds.get(den["doc"])
    if dd is None:
        return None
    si = dd.index(den["start"])
    context = " ".join(dd.item(j)["text"] for j in range(si + 1) if dd.para[j] == dd.para[si])
    near = set(_pterms(context)) - _GENERIC - _FRAME_WORDS - _REJECT_TERMS - _STOPWORDS_T \
        - set(_pterms(target_text)) - set(_pterms(denier.get("name") or ""))
    best, best_key = None, None
    for c in claims:
        party = c.get("claimant") or {}
        if not party.get("name") or camps.of(party) != owner or _unnamed(party):
            continue
        if order[c["doc"]] > order[den["doc"]] or (c["doc"] == den["doc"] and c["start"] >= den["start"]):
            continue
        if not _affirmative(c) or _is_rejection(c):
            continue
        key = (len(near & set(_pterms(c["text"]))), order[c["doc"]], c["start"])
        if best_key is None or key > best_key:
            best, best_key = c, key
    if best is None or not best_key[0]:
        return None
    return _with_quote_after(dds.get(best["doc"]), best, camps)


# a document named by its noun alone: "dismissed the report as premature"
_DOC_TARGET = re.compile(r"^(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?P<noun>reports?|findings?|study|studies|"
                         r"reviews?|audits?|assessments?|investigation|inquiry|analysis|log|logs|documents?|"
                         r"dossier|letter|memo)$", re.I)


def _document_named(dd: _Doc, si: int, denier: dict, camps, target_text: str) -> dict | None:
    """(round 2) 'dismissed the report as "premature"': what the document the article named
    earlier says ('..., the fire service said in a preliminary report', 'The report, seen by
    the paper, found that ...') -- not the statement just
    before the rejection, which may be another matter. None when no earlier sentence of the
    article names that document in a statement of another camp."""
    m = _DOC_TARGET.match(target_text.strip())
    if not m:
        return None
    noun = m.group("noun").lower()
    if noun == "analysis":
        pat = r"analys[ie]s"
    elif noun.endswith(("ies", "y")):
        pat = re.escape(noun[:-3] if noun.endswith("ies") else noun[:-1]) + r"(?:y|ies)"
    else:
        pat = re.escape(noun[:-1] if noun.endswith("s") else noun) + "s?"
    word = re.compile(rf"\b{pat}\b", re.I)
    idxs = []
    for j in range(si):
        s, e = dd.sents[j]
        if _is_title(dd, j):
            continue
        if word.search(dd.text, s, e):
            idxs.append(j)
    found = _statements(dd, idxs, denier, camps)
    return _position(dd, found) if found else None


def _same_paragraph_act(dd: _Doc, si: int, prev: dict, target_text: str) -> bool:
    """(round 2) A denial of an act stated as a clause ('denied that the release had flooded the
    villages') answers the statements just before it in its own paragraph even in other words
    ('farmers said the water came after midnight, in a single wave. "That is the dam," said X.'):
    the journalist sets the denial right after what it denies."""
    if not _FINITE.search(target_text) or _STATEMENT_NOUN.search(target_text):
        return False
    return all(c["doc"] == dd.doc["id"] and dd.index(c["start"]) < si and dd.para[dd.index(c["start"])] == dd.para[si]
               for c in prev["citations"])


# the words of an attribution ("the union's president, X, said"), not of what is said
_REJECT_TERMS = set(terms("reject rejected rejects dismiss dismissed denied deny denies insist insisted insists "
                          "dispute disputed refuted contested truth never nobody"))
_FRAME_WORDS = set(terms("president spokesman spokeswoman spokesperson chief executive director head minister "
                         "secretary leader chairman chairwoman official officials officer said told says"))


def _same_named_sides(a: set, b: set) -> bool:
    """Two disputes between the same camps, one of them a party named outside the two generic
    camps ('name:valtra' and 'name:valtra lines' are one)."""
    def key(k):
        return k[len("name:"):] if isinstance(k, str) and k.startswith("name:") else None
    na, nb = {key(k) for k in a} - {None}, {key(k) for k in b} - {None}
    if not na or not nb or len(a) != len(b):
        return False
    if not any(x.startswith(y) or y.startswith(x) for x in na for y in nb):
        return False
    return (a - {"name:" + x for x in na}) == (b - {"name:" + y for y in nb}) and len(na) == len(nb)


def _rehome_rejections(disputes: list[dict]) -> list[dict]:
    """(round 3) A rejection that says what it rejects ('rejected complaints that rescuers had been
    slow to reach the wreck') but was matched to a statement sharing little of it ('60 residents
    were evacuated from the village near the wreck') belongs to the dispute whose statements say
    it ('the first rescuers came at half past nine' / 'our team reached the wreck within 40
    minutes'): the rejecter's position joins that dispute, the weak match is dropped. Only a match
    found in another article: what its own article says just before a rejection is what it answers."""
    out = list(disputes)
    cache: dict = {}   # id(dispute) -> (its parties' terms, its claims' terms): terms() is not cheap

    def words(o):
        got = cache.get(id(o))
        if got is None:
            got = cache[id(o)] = (set().union(*(terms(p["party"].get("name") or "") for p in o["positions"])),
                                  set().union(*(terms(p["claim"]) for p in o["positions"])))
        return got

    for d in disputes:
        if d.get("kind") != "denial" or len(d["positions"]) != 2:
            continue
        names = words(d)[0]
        tgt = set(terms(d.get("_target") or "")) - _GENERIC - _REJECT_TERMS - _FRAME_WORDS - names
        if len(tgt) < 3:
            continue
        cited = {c["doc"] for c in d["positions"][0]["citations"]}
        if cited & {c["doc"] for c in d["positions"][1]["citations"]}:
            continue    # what the article says just before a rejection is what it answers
        had = len(tgt & set(terms(d["positions"][0]["claim"])))
        best, best_n = None, 0
        for o in out:
            if o is d or o.get("kind") != "denial":
                continue
            o_names, o_claims = words(o)
            n = len((tgt - o_names) & o_claims)
            if n > best_n:
                best, best_n = o, n
        if best is None or best_n < 3 or best_n < had + 2:
            if had == 0 and len(tgt) >= 4:
                # (round 6) it says what it rejects ('dismissed the party's accusation that the grid
                # operator had targeted poor districts') and the statement it was matched to, in
                # another article, says none of it ('the party said 200 had died'): no dispute
                out = [x for x in out if x is not d]
            continue
        mine = d["positions"][1]
        q = next((q for q in best["positions"] if _party_key(q["party"]) == _party_key(mine["party"])), None)
        if q is None:
            best["positions"].append(mine)
        else:
            q["citations"].extend(c for c in mine["citations"] if c not in q["citations"])
        cache.pop(id(best), None)   # its positions changed
        out = [x for x in out if x is not d]
    return out


_SAME_ACT_STOP = set(terms("any all some five four three two one six seven eight nine ten them they it "
                           "he she his her their after before claims claim"))


def _rejected(d: dict) -> str:
    """What a rejection rejects, in words: its target ('denied that any inmate had been shot'), else
    what the rejecter said ('"Nobody was shot after surrendering," the minister said')."""
    return d.get("_target") or " ".join(p["claim"] for p in d["positions"][1:])


def _same_act_denied(d: dict, m: dict, names: set, camps: Camps) -> bool:
    """(round 6) One act denied twice in other words ('denied that any inmate had been shot after
    surrendering' / '"Nobody was shot after surrendering," the minister said', answering a doctor's
    'five of them had been shot'): what the two rejections reject shares at least two content words,
    at least half of the shorter one's, and one camp rejects in both."""
    if d["kind"] != "denial" or m["kind"] != "denial":
        return False
    mine = set(terms(_rejected(d))) - _GENERIC - _REJECT_TERMS - _FRAME_WORDS - _SAME_ACT_STOP - names
    if len(mine) < 2:
        return False
    rejecters = {camps.of(p["party"]) for p in d["positions"][1:]}
    for target, theirs in m["_targets"]:
        other = set(terms(target)) - _GENERIC - _REJECT_TERMS - _FRAME_WORDS - _SAME_ACT_STOP - names
        both = mine & other
        if len(both) >= 2 and len(both) * 2 >= min(len(mine), len(other)) and \
                rejecters & {camps.of(p["party"]) for p in theirs}:
            return True
    # (round 7) one claim and its negation, each rejected by the other side: 'rejected the army's
    # claim that K had been in the village' / the group saying 'K was never in the village', which
    # the army dismissed: one matter, when the rejection's target names the camp that rejects in m
    if d.get("_target") and m["positions"] and len(d["positions"]) >= 2:
        said = m["positions"][0]["claim"]
        other = set(terms(said)) - _GENERIC - _REJECT_TERMS - _FRAME_WORDS - _SAME_ACT_STOP - names
        both = mine & other
        accused = camps.of(d["positions"][0]["party"])
        m_rejecters = {camps.of(p["party"]) for _t, theirs in m["_targets"] for p in theirs}
        if len(both) >= 3 and len(both) * 2 >= len(mine) and accused and accused in m_rejecters \
                and not rejecters & m_rejecters and _camp_target(_target_head(d["_target"])) == accused \
                and _negative(said) != _negative(d["_target"]):
            return True
    return False


_MID_CAPITAL = re.compile(r"(?<=[\w,;:’'\"”“] )[A-Z][\w’'-]+")


def _proper_terms(texts) -> set:
    """Terms of the capitalised words inside sentences (names of people, places, days)."""
    return set().union(*(terms(" ".join(_MID_CAPITAL.findall(t))) for t in texts))


_ROLE_DENIED = set(terms("role involvement part hand responsibility link links connection blame "
                        "involved responsible"))


def _bare(target: str) -> bool:
    """A rejection that says nothing of what it rejects: 'denied any role', 'denied any involvement'."""
    said = set(terms(target))
    return bool(said & _ROLE_DENIED) and not (said - _ROLE_DENIED - _SAME_ACT_STOP - _REJECT_TERMS)


def _same_bare_rejecter(d: dict, m: dict, camps: Camps) -> bool:
    """(round 6) A party that denies any role again ('The group has denied any role', after a
    police statement) in a story where it already rejects the same camp's accusation ('denied any
    involvement' in the minister's claim) adds to that dispute: one rejecter, one accuser's camp, and
    one of the two rejections says nothing but that it rejects."""
    if d["kind"] != "denial" or m["kind"] != "denial" or len(d["positions"]) < 2:
        return False
    if not (_bare(d.get("_target") or "") or any(_bare(t) for t, _theirs in m["_targets"][:1])):
        return False
    mine = {_party_key(p["party"]) for p in d["positions"][1:]}
    accuser = camps.of(d["positions"][0]["party"])
    return any(mine & {_party_key(p["party"]) for p in theirs} for _t, theirs in m["_targets"]) and \
        accuser in {camps.of(p["party"]) for p in m["positions"] if _party_key(p["party"]) not in mine}


def _delivery_pair(d: dict) -> bool:
    """(round 7) A rejection of the state's word that money or aid was paid by a voice saying that
    few or none received it ('31 families had been paid compensation' / 'disputed that, saying only
    nine families had received any money'): whether it arrived is a matter of its own, not the
    toll or the account the same two sides argue over elsewhere."""
    if d.get("kind") != "denial" or len(d["positions"]) < 2:
        return False
    said = d["positions"][0]["claim"]
    return bool(_DELIVERED.search(said)) and bool(_MONEY.search(said)) and any(
        _NOT_DELIVERED.search(p["claim"]) for p in d["positions"][1:])


# what is paid or handed out: money and aid, not a warning or a letter
_MONEY = re.compile(r"\b(?:compensation|money|payments?|paid|funds?|grants?|cash|aid|relief|allowances?|"
                    r"subsid(?:y|ies)|pensions?|food|rations?|supplies)\b", re.I)


def _same_matter(disputes: list[dict], threshold: float = 0.2, camps: Camps | None = None) -> list[dict]:
    """Rejections about one matter (the same air strike denied three times) become one dispute,
    its positions grouped by party. A rejection repeated in other words ('denied ordering any
    shutdown' ... 'again said no order had been given') joins when the two share at least two
    content words and the same camps stand on both sides."""
    camps = camps or Camps()
    disputes = _rehome_rejections(disputes)
    merged: list[dict] = []
    for d in disputes:
        words = set().union(*(terms(p["claim"]) for p in d["positions"]))
        names = set().union(*(terms(p["party"].get("name") or "") for p in d["positions"]))
        sides = {camps.of(p["party"]) for p in d["positions"]}
        proper = _proper_terms(p["claim"] for p in d["positions"])
        delivery = _delivery_pair(d)
        for m in merged:
            if delivery != m["_delivery"]:
                continue        # (round 7) whether the money arrived is a matter of its own
            # what the two are about, not who speaks: party names do not make one matter
            m_names = set().union(*(terms(p["party"].get("name") or "") for p in m["positions"]))
            shared = (words & m["_words"]) - _GENERIC - names - m_names
            msides = {camps.of(p["party"]) for p in m["positions"]}
            # or the same statement answered twice: one party's account denied by two voices of
            # the other side ('the warning was sent' denied by the company and by the captain)
            same_said = d["kind"] == m["kind"] == "denial" and any(
                _party_key(d["positions"][0]["party"]) == _party_key(p["party"])
                and len((set(terms(d["positions"][0]["claim"])) & set(terms(p["claim"])))
                        - _GENERIC - _FRAME_WORDS - names - m_names) >= 3
                for p in m["positions"])
            # against the whole matter or any one dispute joined into it
            # (round 6) not by the names the two mention ('Dr Zofka Merovic', 'its spokeswoman, Daria
            # Ancel', 'on Saturday') nor the words framing who speaks: by what they say
            plain = names | m_names | _FRAME_WORDS | proper | m["_proper"]
            close = any(jaccard(words - plain, w - plain) >= threshold for w, _s in [(m["_words"], None), *m["_parts"]])
            if close or same_said or _same_act_denied(d, m, names | m_names, camps) or \
                    _same_bare_rejecter(d, m, camps) or (
                    len(shared) >= 2 and d["kind"] == m["kind"] == "denial"
                    and any(_same_named_sides(sides, ps) for ps in [msides, *(ps for _w, ps in m["_parts"])])):
                positions = d["positions"]
                m["_words"] |= words
                m["_proper"] |= proper
                m["_parts"].append((words, sides))
                for p in positions:
                    q = next((q for q in m["positions"] if _party_key(q["party"]) == _party_key(p["party"])), None)
                    if q is None:
                        m["positions"].append(p)
                    else:
                        q["citations"].extend(c for c in p["citations"] if c not in q["citations"])
                m["_targets"].append((_rejected(d), d["positions"][1:]))
                break
        else:
            merged.append({**d, "_words": words, "_parts": [(words, sides)], "_delivery": delivery,
                           "_targets": [(_rejected(d), d["positions"][1:])], "_proper": proper})
    # (round 6) a bare 'denied any role' told before the accusation it repeats the answer to
    for e in list(merged):
        if len(e["_parts"]) != 1 or not _bare(e.get("_target") or ""):
            continue
        o = next((o for o in merged if o is not e and _same_bare_rejecter(e, o, camps)), None)
        if o is None:
            continue
        for p in e["positions"]:
            q = next((q for q in o["positions"] if _party_key(q["party"]) == _party_key(p["party"])), None)
            if q is None:
                o["positions"].append(p)
            else:
                q["citations"].extend(c for c in p["citations"] if c not in q["citations"])
        o["_targets"].extend(e["_targets"])
        merged = [x for x in merged if x is not e]
    for m in merged:
        # who rejects, in each rejection joined (the first position of each is what is rejected)
        m["_rejecters"] = sorted({_party_key(p["party"]) for _t, theirs in m["_targets"] for p in theirs})
        del m["_words"], m["_parts"], m["_targets"], m["_proper"], m["_delivery"]
        m.pop("_target", None)
    return merged


_NEGATION_WORDS = set(terms("no not never nobody nothing none deny denied denies false"))


_NEG_WORD = re.compile(r"\b(?:no|not|never|nobody|nothing|none|n't|deny|denied|denies|false)\b|n't\b", re.I)


def _negation_before(text: str, shared_with: set) -> bool:
    """The negation governs the matter: it comes before the first word the two statements share
    ('no helicopters attacked the convoy'), not after it in a side clause ('everyone is angry
    that the leak has not been stopped')."""
    neg = _NEG_WORD.search(text)
    if not neg:
        return False
    for m in re.finditer(r"[\w’']+", text):
        if m.start() >= neg.start():
            return True
        w = m.group().lower()
        if stem(w) in shared_with and w not in _STOP_NEG:
            return False
    return True


_STOP_NEG = {"there", "it", "this"}


def contradiction_disputes(claims: list[dict], min_shared: int = 3, threshold: float = 0.3,
                           camps: Camps | None = None) -> list[dict]:
    """A negative statement by one party against an affirmative one by another about the same
    matter (at least ``min_shared`` content words in common). Distinct texts are compared once
    through an inverted index, so syndicated copies cost nothing."""
    camps = camps or Camps()
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
            if n < min_shared or pos_items[i][0][1] == party or camps.same(pos_items[i][1]["claimant"], neg["claimant"]):
                continue
            score = jaccard(nt, pos_terms[i])
            if score > best_score:
                best, best_score = pos_items[i][1], score
        if best is not None and best_score >= threshold and not _negation_before(neg["text"], set(terms(best["text"]))):
            continue
        if best is not None and best_score >= threshold:
            out.append({"topic": best["text"][:140], "kind": "contradiction",
                        "positions": [{"party": dict(best["claimant"]), "claim": best["text"], "citations": [_cite(best)]},
                                      {"party": dict(neg["claimant"]), "claim": neg["text"], "citations": [_cite(neg)]}]})
    return out


_CAVEAT = re.compile(
    r"(?:could not|cannot|can't|couldn't|was unable to|were unable to|has not been able to|have not been able to)"
    r"\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|"
    r"\b(?:conflicting|contradictory|differing|competing)\s+(?:reports|accounts|claims|figures|versions)\b|"
    r"\baccounts\s+(?:(?:still|also|again|sharply|widely)\s+)?(?:differ|vary|conflict)|\bdisputed\b|\bunverified\b", re.I)


def attach_caveats(disputes: list[dict], documents: list[dict], analyses: list[dict], window: int = 600) -> list[dict]:
    """The journalist's own signs of disagreement; each becomes a note on the dispute whose
    citations stand just before it in the same article. Returns all caveats found."""
    caveats = []
    taken = [n for d in disputes for n in d.get("notes", [])]
    for a in analyses:
        doc = next(d for d in documents if d["id"] == a["doc"])
        for s, e in a["sentences"]:
            if _CAVEAT.search(doc["text"], s, e):
                s2, e2 = trim_span(doc["text"], s, e)
                note = {"text": doc["text"][s2:e2], "doc": doc["id"], "start": s2, "end": e2}
                caveats.append(note)
                if any(_overlaps(note, t) for t in taken):
                    continue
                near = [d for d in disputes if any(c["doc"] == doc["id"] and s2 - window <= c["start"] < s2
                                                    for p in d["positions"] for c in p["citations"])]
                if near:
                    # the dispute cited closest before the caveat
                    target = max(near, key=lambda d: max(c["start"] for p in d["positions"] for c in p["citations"]
                                                         if c["doc"] == doc["id"] and c["start"] < s2))
                    target.setdefault("notes", []).append(note)
    return caveats


def figure_disputes(groups: list[dict], figures: list[dict], camps: Camps | None = None,
                    factor: float = 1.5, documents=()) -> list[dict]:
    """Casualty figures in one group that different camps put far apart: a party whose values
    all lie more than ``factor`` times above (or below) every value of a party of another camp.
    A count inside another party's range over time ('86 treated at one hospital' between the
    ministry's 41 and 112) is not a disagreement; nor are pledges, troop numbers or figures of
    one camp (increments, subsets and updates)."""
    camps = camps or Camps()
    texts = {d["id"]: d.get("text") or "" for d in documents}
    pubs = {d["id"]: (d.get("published") or "")[:10] for d in documents}
    # (round 3) a count that says it counts more than the others do ('26 dead, including the workers
    # it believes are still under the rubble') is of another scope, not a denial of theirs
    by_id = {f["id"]: f for f in figures if not _own_scope(texts.get(f.get("doc")), f)}
    out = []
    for g0 in groups:
        if g0["spread"] != "disagreement" or not (
                g0.get("kind") in _DISPUTED_KINDS or (g0.get("kind") == "other" and g0.get("what") in EXTENT_WORDS)):
            continue   # (an area burned or a volume spilled is disputed like a toll)
        fids0 = [fid for fid in g0["figures"] if fid in by_id]
        if not fids0 or _falling_missing(g0, fids0, by_id):
            continue
        for fids in _by_victims(fids0, by_id, camps):
            for part in _by_own_losses(fids, by_id, camps):   # issue 6
                for same in _by_measure(g0, part, by_id, texts):     # round 4
                    out.extend(_figure_dispute({**g0, "figures": same}, by_id, camps, factor, pubs))
    for pos in (p for d in out for p in d["positions"]):
        pos.pop("_dated", None)
        pos.pop("_as_of", None)
        pos.pop("_pub", None)
    return out


_CAP_WORD = re.compile(r"\b[A-Z][\w’'-]+")

# (round 4) what a count of the displaced measures, said just after it: people in shelters, people
# evacuated, people left homeless
_MEASURES = (
    ("shelter", re.compile(r"^[^.;\n]{0,80}?\b(?:in|at)\s+(?:\w+\s+)?(?:shelters?|schools?|sports\s+halls?|"
                           r"tents?|camps?|(?:reception|evacuation|relief)\s+cent(?:re|er)s?|gyms?|gymnasiums?)\b|"
                           r"^[^.;\n]{0,80}?\bsleeping\s+in\b", re.I)),
    ("homeless", re.compile(r"^[^.;\n]{0,80}?\b(?:homeless|lost\s+their\s+homes|without\s+(?:a\s+)?homes?)\b", re.I)),
    ("evacuated", re.compile(r"^[^.;\n]{0,100}?\bevacuated\b", re.I)),
)


def _by_measure(g: dict, fids: list[str], by_id: dict, texts: dict) -> list[list[str]]:
    """(round 4) Counts of the displaced split by what they measure when their sentences say it:
    '12,000 people are sleeping in schools', 'about 3,000 residents had been evacuated' and 'up to
    30,000 people had been left homeless' count different people (many of the homeless stay with
    relatives), not one number the parties disagree on. Counts that say none of these go with all."""
    if g.get("kind") != "displaced":
        return [fids]
    parts: dict = {}
    loose = []
    for fid in fids:
        f = by_id[fid]
        after = (texts.get(f.get("doc")) or "")[f["start"]:f["end"] + 120]
        m = next((name for name, pat in _MEASURES if pat.search(after)), None)
        if m:
            parts.setdefault(m, []).append(fid)
        else:
            loose.append(fid)
    if len(parts) < 2:
        return [fids]
    return [sorted(p + loose, key=fids.index) for p in parts.values()]

# ', including the workers it believes are still under the rubble', ', counting those they say ...'
_OWN_SCOPE = re.compile(r"^[^.;\n]{0,40}?\b(?:including|counting|which includes?|that includes?)\b[^.;\n]{0,80}?"
                        r"\b(?:it|they|he|she|we)\s+(?:still\s+)?(?:believes?|says?|said|thinks?|considers?|"
                        r"suspects?|fears?|assumes?)\b", re.I)


def _own_scope(text: str | None, f: dict) -> bool:
    """(round 3) A count whose own sentence says it adds people only its reporter believes in."""
    return bool(text) and bool(_OWN_SCOPE.match(text[f["end"]:f["end"] + 160]))


def _falling_missing(g: dict, fids: list[str], by_id: dict) -> bool:
    """(round 3) Counts of the missing that, all parties taken together, only fall from day to day
    (25, then 13, then 11, then 4) are one count shrinking as people are found, not a disagreement:
    every count dated, and none above a count of an earlier day."""
    if g.get("kind") != "missing":
        return False
    dated = [(by_id[fid].get("as_of") or "", by_id[fid]["value"]) for fid in fids
             if by_id[fid].get("relation") not in ("subset", "increment", "contribution")]
    if len(dated) < 2 or any(not d for d, _v in dated):
        return False
    days = sorted({d for d, _v in dated})
    if len(days) < 2:
        return False
    lo = {d: min(v for dd, v in dated if dd == d) for d in days}
    hi = {d: max(v for dd, v in dated if dd == d) for d in days}
    return all(hi[b] <= lo[a] for a, b in zip(days, days[1:]))


def _by_victims(fids: list[str], by_id: dict, camps: Camps) -> list[list[str]]:
    """In a story of two states, the figures of one group split by whose people they count:
    the state named in the figure ("dozens of Ruritanian soldiers", "the Ruritanian toll"), else
    the state of the government reporting it (a government counts its own dead). Figures that
    say neither (a charity's count) go with the larger part. One part otherwise."""
    if len(camps.states) < 2:
        return [fids]
    parts: dict = {}
    loose = []
    for fid in fids:
        f = by_id[fid]
        named = [state_key(w) for w in _CAP_WORD.findall(f.get("text") or "")]
        named = [k for k in named if k in camps.states]
        victims = named[0] if named else camps.state(f.get("reported_by"))
        if victims:
            parts.setdefault(victims, []).append(fid)
        else:
            loose.append(fid)
    if len(parts) < 2:
        return [fids]
    main = max(parts, key=lambda k: len(parts[k]))
    parts[main] = sorted(parts[main] + loose, key=fids.index)
    return list(parts.values())


# who a count of part of the victims counts: 'two children', 'three women'
_SUBGROUP_WHAT = {"children", "child", "women", "girls", "boys", "babies", "infants", "minors", "pupils",
                  "schoolchildren", "toddlers"}


def _figure_dispute(g: dict, by_id: dict, camps: Camps, factor: float, pubs=None) -> list[dict]:
    """The disagreement of one group (or part of one): see ``figure_disputes``."""
    out = []
    positions: dict = {}
    for fid in g["figures"]:
        f = by_id[fid]
        if f.get("relation") in ("subset", "increment", "previous", "contribution"):
            continue   # parts, additions and earlier values are not a party's count
        if (f.get("what") or "").lower() in _SUBGROUP_WHAT:
            continue   # round 2: "two children were among the dead" is a part of a toll, not a toll
        party = f.get("reported_by") or {"name": None, "entity": None}
        key = _party_key(party)
        if not key or not camps.of(party):
            continue
        pos = positions.setdefault(key, {"party": dict(party), "claim": f["text"], "citations": [], "values": []})
        pos["citations"].append(_cite(f))
        pos["values"].append(f["value"])
        pos.setdefault("_dated", []).append((f.get("as_of") or "", f["value"]))
        pos.setdefault("_pub", {})[(f.get("as_of") or "", f["value"])] = (pubs or {}).get(f["doc"]) or ""
        if (f.get("as_of") or "") >= pos.get("_as_of", ""):
            pos["claim"], pos["_as_of"] = f["text"], f.get("as_of") or ""   # the party's latest count
    keys = list(positions)

    def apart(a, b):
        pa, pb = positions[a], positions[b]
        if camps.same(pa["party"], pb["party"]):
            return False
        # medians, so one stray figure of another incident in the group does not hide it
        ma, mb = median(pa["values"]), median(pb["values"])
        if not (ma > factor * mb or mb > factor * ma):
            return False
        # round 2: against the state, a count is set against the state's count of its day (the
        # latest before it), not against a first-day count the state itself has long raised
        ga, gb = camps.of(pa["party"]) == GOVERNMENT, camps.of(pb["party"]) == GOVERNMENT
        if ga != gb and gov_dated:
            other = pb if ga else pa
            dated = [(d, v) for d, v in other["_dated"] if d]
            if dated and not any(v > factor * _state_then(d) or _state_then(d) > factor * v for d, v in dated):
                return False
        return True

    gov_dated = sorted((d, v) for p in positions.values() if camps.of(p["party"]) == GOVERNMENT
                       for d, v in p["_dated"] if d)

    def _state_then(date):
        before = [v for d, v in gov_dated if d <= date]
        return before[-1] if before else gov_dated[0][1]
    keep = [k for k in keys if any(apart(k, o) for o in keys if o != k)]
    sides = {camps.of(positions[k]["party"]) for k in keep}
    if GOVERNMENT in sides and OPPOSITION in sides and not any(
            apart(a, b) for a in keep for b in keep
            if camps.of(positions[a]["party"]) == GOVERNMENT and camps.of(positions[b]["party"]) == OPPOSITION):
        # round 2: the state and its opponents each apart from a third count (one hospital's
        # first night) but not from each other: no disagreement between them
        sides = sides - {OPPOSITION}
    # differences of scope (one hospital, one border crossing, one agency's count) are common;
    # the state's count against its opponents' is the disagreement
    # (not for the wounded: a hospital's or a charity's count of those it treated grows as the
    # lightly hurt come in over days, a count of another scope than the state's, not a denial of it)
    if not (GOVERNMENT in sides and OPPOSITION in sides) and g.get("kind") != "injured" and any(
            camps.of(positions[k]["party"]) == GOVERNMENT for k in keys):
        # or an independent count (lawyers, doctors, monitors) far ABOVE the state's: a
        # count of narrower scope (one hospital, one crossing) lies below it, not above
        state = [k for k in keys if camps.of(positions[k]["party"]) == GOVERNMENT]
        gov = sorted(dv for k in state for dv in positions[k]["_dated"])

        def above_state(date, value):
            # against the state's count of that day or the latest before it (else its first)
            before = [v for d, v in gov if d <= date] or [gov[0][1]]
            return value > factor * before[-1]
        def above_then_and_at_print(k):
            # (round 3) above the state's count of the day it is dated AND of the day it was
            # published: 'the collapse last Wednesday killed at least 14' printed when the state
            # also says 14 is the count of that day, not of the first morning
            pub = positions[k].get("_pub", {})
            return lambda d, v: above_state(d, v) and (not pub.get((d, v)) or above_state(max(d, pub[(d, v)]), v))
        higher = [k for k in keys if camps.of(positions[k]["party"]) not in (GOVERNMENT, OPPOSITION)
                  and _above_state_counts(positions[k]["_dated"], gov, above_then_and_at_print(k))]
        if higher:
            keep = state + higher
            sides = {GOVERNMENT, OPPOSITION}
    # two states' governments far apart over one side's losses are a disagreement too
    # (round 2: the two far apart from each other, not each from a third count)
    two_states = any(opposed(camps.side(positions[a]["party"]), camps.side(positions[b]["party"]))
                     and apart(a, b) for a in keep for b in keep if a != b)
    if (GOVERNMENT in sides and OPPOSITION in sides) or two_states:
        places = [by_id[fid].get("place") for fid in g["figures"] if by_id[fid].get("place")]
        place = max(places, key=places.count) if places and g.get("place") else None   # ties: the first named
        where = f" in {place}" if place else ""
        what = f"number {g['kind']}" if g["kind"] != "other" else f"extent in {g['what']}"
        out.append({"topic": f"{what}{where}", "kind": "figures",
                    "figure_group": g["id"], "positions": [positions[k] for k in keep]})
    return out


_CUE_START = re.compile(r"\b(?:conflicting|contradictory|differing|competing)\s+(?:reports|accounts|claims|versions)\b|"
                        # round 2: 'Accounts still differ over the van', 'Accounts also differ'
                        r"\baccounts\s+(?:(?:still|also|again|sharply|widely)\s+)?"
                        r"(?:differ|differed|vary|varied|conflict|conflicted)\b", re.I)


def cue_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                 camps: Camps | None = None) -> list[dict]:
    """The journalist's 'There were conflicting reports about X.' opening what follows: the
    statements after it in its paragraph, when at least two camps speak."""
    camps = camps or Camps()
    by_doc = _claims_by_doc(claims)
    out = []
    docs = {d["id"]: d for d in documents}
    for a in analyses:
        doc = docs.get(a["doc"])
        if doc is None or not _CUE_START.search(doc["text"]):
            continue
        dd = _Doc(doc, a, by_doc.get(a["doc"], []))
        for i, (s, e) in enumerate(dd.sents):
            if not _CUE_START.search(dd.text, s, e) or dd.claims.get(i):
                continue
            positions: dict = {}
            for j in range(i + 1, len(dd.sents)):
                if dd.para[j] != dd.para[i]:
                    break
                for c in dd.claims.get(j, []):
                    if not c["claimant"].get("name"):
                        continue
                    it = dd.item(j)
                    pos = positions.setdefault(_cue_camp_key(c["claimant"], camps), {   # issue 6: witnesses one camp
                        "party": dict(c["claimant"]), "claim": it["text"], "citations": []})
                    if _cite(it) not in pos["citations"]:
                        pos["citations"].append(_cite(it))
            if len(positions) >= 2:
                out.append({"topic": dd.item(i)["text"][:140], "kind": "cue",
                            "notes": [dd.item(i)], "positions": list(positions.values())})
    return out


# Who started the violence: statements about the first move ('police fired first', 'The police
# started it', 'the trouble started only when police charged the crowd') and self-defence accounts
# ('our officers were fired on first', 'came under fire ... before they responded', 'fired only after
# they were attacked', 'Nobody threw anything').
_FIRST_MOVE = re.compile(
    r"\b(?:fired|fire|shot|shooting|attacked|attack|struck|charged|opened fire|threw \w+|provoked)\s+"
    r"(?:[\w’'-]+\s+){0,2}first\b|"
    r"\bstarted (?:it|the (?:violence|fighting|clashes|trouble|shooting|riots?))\b|"
    r"\b(?:trouble|violence|fighting|clashes|shooting|riots?)\s+(?:only\s+)?(?:started|began|broke out|"
    r"erupted)\s+(?:only\s+)?(?:when|after)\b.{0,60}?\b(?:charged|fired|attacked|opened fire|threw|shot|"
    r"stormed|moved in|beat|used tear ?gas)\b|\bunprovoked\b", re.I)
_SELF_DEFENCE = re.compile(
    r"\b(?:were|was|been|had been)\s+(?:shot at|fired (?:up)?on|attacked)\s+first\b|"
    r"\bonly after (?:they|we|it|our [\w-]+|the [\w-]+|its [\w-]+) (?:were|was|had been|came under|had come under)\s+"
    r"(?:attacked|fired (?:up)?on|shot at|fire|attack)\b|"
    r"\b(?:came|come|comes|coming) under (?:fire|attack)\b.{0,120}\bbefore (?:they|we|it) (?:responded|returned fire|fired|acted)\b|"
    r"\bbefore (?:any|a single) [\w-]+ (?:drew|fired|used)\b|"
    r"\buntil (?:our|their|its) [\w-]+ (?:were|was|had been) (?:hit|attacked|shot)\b|"
    r"\bin self-?defen[cs]e\b|"
    # 'returned fire only after the first rounds hit', 'only then did our guns reply'
    r"\b(?:returned|return|returning|answered|replied|responded|retaliated)(?: fire)? only after\b|"
    r"\bonly then did (?:we|our|its|their|the) (?:[\w-]+ ){0,2}(?:reply|respond|return fire|fire|answer|shoot)\b|"
    r"\b(?:did not|didn['’]t|never) start (?:anything|it|this|the (?:fighting|shooting|shelling|clashes|war))\b|"
    r"\b(?:nobody|no one|none of us) (?:threw|fired|attacked|was armed|had (?:a gun|weapons))\b", re.I)
_OTHER_ACTOR = re.compile(r"\b(?:gunmen|protesters|protestors|demonstrators|marchers|crowd|rioters|rebels|"
                          r"militants|fighters|insurgents|attackers|mob|looters|armed elements)\b", re.I)
_STATE_ACTOR = re.compile(r"\b(?:police(?:men)?|officers?|soldiers|troops|army|security forces|forces|"
                          r"government|regime|military|gendarmes|guards)\b", re.I)


def aggressor_disputes(claims: list[dict], camps: Camps | None = None) -> list[dict]:
    """Contradictory accounts of who started the violence: each statement about the first move
    blames the state ('police fired first') or those facing it ('our officers were fired on first', a
    self-defence account by the state); a dispute when both are blamed by parties of different
    camps. Positions are grouped by party, the state's defenders first."""
    camps = camps or Camps()
    if len(camps.states) >= 2:
        return _states_aggressor(claims, camps)
    blames: dict = {}           # blamed side -> {party key: position}
    for c in claims:
        party = c.get("claimant") or {}
        if not party.get("name") or c.get("denial"):
            continue
        text = c["text"]
        own = camps.of(party)
        if _SELF_DEFENCE.search(text):
            blamed = "state" if own != GOVERNMENT else "others"
        elif _FIRST_MOVE.search(text):
            m = _FIRST_MOVE.search(text)
            # the actor named last before the first move's verb is its subject: 'police fired
            # first', 'gunmen fired first at the soldiers', 'began when troops charged'
            window = text[max(0, m.start() - 50):m.start()]   # the actor comes before the verb
            actors = [(a.start(), "state") for a in _STATE_ACTOR.finditer(window)] + \
                     [(a.start(), "others") for a in _OTHER_ACTOR.finditer(window)]
            if actors:
                blamed = max(actors)[1]
            else:       # 'they started it': the other side of the speaker
                blamed = "others" if own == GOVERNMENT else "state"
        else:
            continue
        pos = blames.setdefault(blamed, {}).setdefault(_party_key(party), {
            "party": dict(party), "claim": text, "citations": [], "_camp": own})
        if _cite(c) not in pos["citations"]:
            pos["citations"].append(_cite(c))
    if len(blames) < 2:
        return []
    camps_a = {p["_camp"] for p in blames["others"].values()}
    camps_b = {p["_camp"] for p in blames["state"].values()}
    if not any(a != b for a in camps_a for b in camps_b):
        return []
    positions = list(blames["others"].values()) + list(blames["state"].values())
    for p in positions:
        del p["_camp"]
    return [{"topic": "who started the violence", "kind": "contradiction", "positions": positions}]


_WE = re.compile(r"\b(?:we|our)\b", re.I)   # the speaker's side as the actor ('us' is the target)


# an attack between two states, its actor before the verb: "A Corvish boat rammed the frigate"
_ATTACK = re.compile(r"\b(?:rammed|attacked|opened fire on|fired on|fired at|shelled|struck|sank|boarded)\b", re.I)
_ASKED_WHO = re.compile(r"\bwho\s*$", re.I)
_OURS = re.compile(r"\b(?:our|its|us|we)\b", re.I)


def _states_aggressor(claims: list[dict], camps: Camps) -> list[dict]:
    """Who fired first between two states: a first move blames the state named as its actor
    ('Ruritania fired first', 'Corvish guns opened fire first'), 'we'/'our' the speaker's, 'they'
    the other; a self-defence account ('returned fire only after ...') blames the other state.
    A dispute when two states are blamed by governments of opposed sides."""
    blames: dict = {}
    for c in claims:
        party = c.get("claimant") or {}
        side = camps.side(party) if party.get("name") and not c.get("denial") else ""
        if not side.startswith(GOVERNMENT + ":"):
            continue
        own = side.split(":", 1)[1]
        others = camps.states - {own}
        other = next(iter(others)) if len(others) == 1 else None
        text = c["text"]
        blamed = None
        if _SELF_DEFENCE.search(text):
            blamed = other
        else:
            m = _FIRST_MOVE.search(text) or _ATTACK.search(text)
            if m is None:
                continue
            window = text[max(0, m.start() - 50):m.start()]   # the actor comes before the verb
            window = window[max(window.rfind(". "), window.rfind("? ")) + 1:]   # in its own sentence
            if _ASKED_WHO.search(window):
                continue   # "no doubt about who fired first": says nothing of whom
            named = [(w.start(), state_key(w.group())) for w in _CAP_WORD.finditer(window)
                     if state_key(w.group()) in camps.states]
            named += [(w.start(), own) for w in _WE.finditer(window)]
            if named:
                blamed = max(named)[1]
            elif m.re is _ATTACK:
                # "the corvette rammed its patrol ship": an unnamed actor against us is the other state
                after = text[m.end():m.end() + 40]
                blamed = other if _OURS.search(after) or any(
                    state_key(w.group()) == own for w in _CAP_WORD.finditer(after)) else None
            else:
                blamed = other
        if blamed is None:
            continue
        pos = blames.setdefault(blamed, {}).setdefault(_party_key(party), {
            "party": dict(party), "claim": text, "citations": [], "_side": side})
        if _cite(c) not in pos["citations"]:
            pos["citations"].append(_cite(c))
    if len(blames) < 2:
        return []
    sides = {k: {p["_side"] for p in v.values()} for k, v in blames.items()}
    keys = list(blames)
    if not any(opposed(a, b) for i, k in enumerate(keys) for k2 in keys[i + 1:] for a in sides[k] for b in sides[k2]):
        return []
    positions = [p for k in keys for p in blames[k].values()]
    for p in positions:
        del p["_side"]
    return [{"topic": "who fired first", "kind": "contradiction", "positions": positions}]


def _labels(c: dict) -> bool:
    """ "called the arrest 'revenge for the vote count'": a call that names something (an answer),
    not a call for something (a demand)."""
    return c.get("cue") == "call" and not re.match(r"\W*(?:for|on|upon|off|in|out)\b", c["text"], re.I)


# a charge stated with an arrest: "87 people had been arrested for arson", "was suspected of
# organising riots", "were detained in the city on Monday for looting", "charged with treason"
_CHARGED = re.compile(r"\b(?:(?:arrested|detained|jailed|convicted|sentenced|prosecuted)(?:\s+(?!for\b)[\w’'-]+){0,5}?\s+for|"
                      r"(?:suspected|accused)\s+of|charged(?:\s+(?!with\b)[\w’'-]+){0,3}?\s+with)"
                      r"\s+[\u201c\u2018\"']?(?!the\s+first\b)[\w’'-]+", re.I)
# an answer speaking of those charged or of the charge ('they' is too often the speaker's own side)
_REFERS_BACK = re.compile(r"\b(?:them|those|these|the (?:arrests?|detentions?|charges?|detainees|detained|"
                          r"accused|arrested|men|women|suspects?))\b", re.I)


def _is_accused(party: dict, sentence: str, acc: dict) -> bool:
    """(round 3) The party an accusation names as the one accused ('The committee accused the
    Emergency Response Agency of abandoning the search' -> 'The agency said ...'): every word of
    its name but 'the' stands in the accusation before what it is accused of, and it is not the
    accuser."""
    name = set(terms(party.get("name") or "")) - _FRAME_WORDS
    accuser = set(terms(acc["claimant"].get("name") or ""))
    head = re.split(r"\b(?:of|for|over)\b", sentence, maxsplit=1)[0]
    return bool(name) and not name <= accuser and name <= set(terms(head))


def accusation_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                        camps: Camps | None = None) -> list[dict]:
    """An accusation ('police detained two men, accusing them of spying', 'X blamed Y for the
    attack') answered by the other side ('Y says they are shepherds'): the first statement after
    it, in its paragraph or the next, by a party of another camp, when that camp is the opposed
    side (``camps.opposed``). Rejections are left to ``denial_disputes``."""
    camps = camps or Camps()
    out = []
    for dd, items in _articles_with(claims, documents, analyses,
                                    lambda c: (c.get("cue") or "") in _ACCUSE_CUES or _CHARGED.search(c["text"])):
        for k, acc in enumerate(items):
            explicit = (acc.get("cue") or "") in _ACCUSE_CUES
            if not acc["claimant"].get("name") or not (explicit or _CHARGED.search(acc["text"])):
                continue
            si = dd.index(acc["start"])
            side = camps.side(acc["claimant"])
            if _is_title(dd, si) and any(dd.index(o["start"]) > si and camps.same(o["claimant"], acc["claimant"])
                                         for o in items):
                continue    # (round 3) a headline's accusation is told in the body by the same side
            for c in items[k + 1:]:
                sj = dd.index(c["start"])
                if sj == si or not c["claimant"].get("name") or camps.same(c["claimant"], acc["claimant"]):
                    continue
                if dd.para[sj] > dd.para[si] + 1:
                    break
                if (c.get("cue") or "say") in _NOT_ANSWER_CUES and not _labels(c):
                    continue    # issue 6: "took up arms in 2019, demanding self-rule": background, no answer
                if _is_rejection(c) or not (opposed(side, camps.side(c["claimant"]))
                                            or (explicit and _is_accused(c["claimant"], dd.item(si)["text"], acc))):
                    break       # a rejection is a denial dispute; another voice ends the exchange
                if not explicit and not _REFERS_BACK.search(dd.item(sj)["text"]):
                    break       # issue 6: a charge stated ('arrested for arson') is answered only by
                    # what speaks of those charged ('most of them were party members')
                answer = _denier_position(dd, sj, c["claimant"], camps)
                out.append({"topic": _short(_accused_topic(acc.get("cue"), acc["text"]) if explicit else acc["text"]),
                            "kind": "accusation",
                            "positions": [{"party": dict(acc["claimant"]), "claim": dd.item(si)["text"],
                                           "citations": [_cite(dd.item(si))]}, answer]})
                break
    return out


# (round 4) a voice speaking of those charged, by the act they are charged with: 'the man charged
# with steering the boat was a passenger', 'the two women accused of starting the fire are nurses'
_CHARGED_REF = re.compile(
    r"\bthe\s+(?:(?:\w+|\d+)\s+)?(?:man|men|woman|women|boy|boys|girl|girls|person|people|persons|driver|"
    r"drivers|captain|pilot|suspects?|teenagers?|workers?|guards?)\s+(?:(?:who\s+(?:was|were|is|are|has\s+been|"
    r"have\s+been)\s+)?(?:charged\s+with|accused\s+of|arrested\s+for|held\s+for|detained\s+for|blamed\s+for))\s+"
    r"(?P<act>[^,.;:]+?)\s+(?:is|was|are|were|had|has|have)\b", re.I)


_CHARGE_WORD = re.compile(r"\b(?:charged|accused|arrested|detained|indicted|prosecuted|suspected)\b", re.I)


def charged_answer_disputes(claims: list[dict], documents: list[dict], camps: Camps | None = None) -> list[dict]:
    """(round 4) A charge answered in another report: 'One of them had steered the boat,' the
    prosecutor said. -- (days later) 'the man charged with steering the boat was a passenger who
    had been handed the tiller at gunpoint', a survivor said: a voice outside the state speaking of
    those charged by their act, against the state's earlier statement of that act (every content
    word of the act, at least two, in common)."""
    camps = camps or Camps()
    refs = [(c, m) for c in claims for m in [_CHARGED_REF.search(c["text"])]
            if m and c["claimant"].get("name") and camps.of(c["claimant"]) != GOVERNMENT]
    if not refs:
        return []
    order = {d["id"]: ((d.get("published") or "")[:10], i) for i, d in enumerate(documents)}
    texts = {d["id"]: d.get("text") or "" for d in documents}

    def charging(c):
        # the state, or a voice of another camp that speaks of the charge in or just before its statement
        # ('the three men had been charged with smuggling. One of them had steered the boat,' the prosecutor said)
        if camps.of(c["claimant"]) == GOVERNMENT:
            return True
        return bool(_CHARGE_WORD.search(texts.get(c["doc"], "")[max(0, c["start"] - 300):c["end"]]))
    out = []
    for ans, m in refs:
        act = set(terms(m.group("act"))) - _GENERIC - _STOPWORDS_T
        if len(act) < 2:
            continue
        best = None
        for c in claims:
            if c is ans or not c["claimant"].get("name") or camps.same(c["claimant"], ans["claimant"]) \
                    or not _affirmative(c) or _is_rejection(c) or not charging(c):
                continue
            if c["doc"] not in order or ans["doc"] not in order:
                continue
            if order[c["doc"]] > order[ans["doc"]] or (c["doc"] == ans["doc"] and c["start"] > ans["start"]):
                continue
            if act <= set(terms(c["text"])):
                best = c        # the latest statement of the act before the answer
                if order[c["doc"]] == order[ans["doc"]]:
                    break
        if best is None:
            continue
        out.append({"topic": _short(ans["text"]), "kind": "accusation",
                    "positions": [{"party": dict(best["claimant"]), "claim": best["text"], "citations": [_cite(best)]},
                                  {"party": dict(ans["claimant"]), "claim": ans["text"], "citations": [_cite(ans)]}]})
    return out


def control_disputes(controls: list[dict], camps: Camps | None = None, outlets=()) -> list[dict]:
    """``controls``: [{place, place_entity, place_key, controller, controller_key, party, text, doc,
    start, end}].

    A dispute when statements about one place name at least two different controllers;
    positions are grouped by the party making the statement. A place named by its noun alone
    ("the capital", "the airport": ``place_key``) is one place across the story, and its
    controllers must be named by parties of two camps (not by the outlets' own voices: the
    reporter telling that rebels seized the airport and later that the army retook it is the
    story moving on, not a dispute): "the capital is fully under the control of the state"
    against "rebels said they controlled the capital, the state television station and the
    main airport".
    """
    camps = camps or Camps()
    outlets = {o.lower() for o in outlets if o}
    by_place: dict = {}
    # (round 6) a place the linker left unnamed ('Tazreet' tagged as an organisation) is the named
    # place it spells like, transliterated ('Tazrit'): one place, one dispute
    spelt = {translit_key(c["place"]): c["place_entity"] for c in controls if c.get("place_entity")}
    for c in controls:
        key = c.get("place_entity") or c.get("place_key") or spelt.get(translit_key(c["place"])) or c["place"].lower()
        by_place.setdefault(key, []).append(c)
    out = []
    for place, items in by_place.items():
        if any(c.get("place_key") for c in items) and not any(c.get("place_entity") for c in items):
            items = [c for c in items if (c["party"].get("name") or "").lower() not in outlets
                     and c["party"].get("name")]
            said = {(camps.of(c["party"]), c["controller_key"]) for c in items if c.get("controller_key")}
            if not any(ca != cb and ka != kb for ca, ka in said for cb, kb in said):
                continue
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


def _overlaps(a: dict, b: dict) -> bool:
    return a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]


def _merge_into(first: dict, d: dict) -> None:
    if (d["kind"] in ("control", "figures") and first["kind"] not in ("control", "figures")) or \
            (d["topic"] in ("who fired first", "who started the violence") and first["kind"] == "denial"):
        first["topic"] = d["topic"]     # 'control of X', 'who fired first' say what the matter is
    for p in d["positions"]:
        q = next((q for q in first["positions"] if _party_key(q["party"]) == _party_key(p["party"])), None)
        if q is None:
            first["positions"].append(p)
        else:
            q["citations"].extend(c for c in p["citations"] if c not in q["citations"])
    for n in d.get("notes", []):
        if n not in first.setdefault("notes", []):
            first["notes"].append(n)


def _rejected_counts_join(disputes: list[dict], groups: list[dict], figures: list[dict],
                          documents: list[dict]) -> list[dict]:
    """(round 2) A rejection of a count ("dismissed the union's toll of at least 48 as
    speculation") is part of the dispute over that count even when the count it answers was
    stated in another sentence than those the figure dispute cites: a denial whose positions
    cite a count of a disputed figure group, and whose words name a count ('toll', 'figure'),
    joins that group's dispute."""
    by_group = {d.get("figure_group"): d for d in disputes if d["kind"] == "figures" and d.get("figure_group")}
    if not by_group:
        return disputes
    by_id = {f["id"]: f for f in figures}
    texts = {d["id"]: d["text"] for d in documents}
    spans: dict = {}
    for g in groups:
        if g.get("id") in by_group:
            for fid in g.get("figures", []):
                f = by_id.get(fid)
                if f is not None:
                    spans.setdefault(f["doc"], []).append((f["start"], f["end"], g["id"]))
    out = []
    for d in disputes:
        target = None
        if d["kind"] == "denial":
            # the count named as one ('the union's toll of at least 48'), in the sentence cited
            hits = {gid for p in d["positions"] for c in p["citations"]
                    for s, e, gid in spans.get(c["doc"], ()) if c["start"] <= s and e <= c["end"]
                    and _COUNT_WORDS.search(texts.get(c["doc"], ""), c["start"], c["end"])}
            if len(hits) == 1:
                target = by_group[hits.pop()]
        if target is None:
            out.append(d)
        else:
            _merge_into(target, d)
    return out


def _names_count(d: dict, texts: dict) -> bool:
    """(round 6) A dispute that is not over figures speaks of a count: its matter or one of the
    sentences it cites names one ('the toll', 'dismissed the figure', 'the ministry's count')."""
    return bool(_COUNT_WORDS.search(d.get("topic") or "")) or any(
        _COUNT_WORDS.search(texts.get(c["doc"], ""), c["start"], c["end"])
        for p in d["positions"] for c in p["citations"])


_SCALE_WORDS = re.compile(r"\b(?:scale|extent|how many)\b", re.I)
_NONE_SAID = re.compile(r"\b(?:no|not one|not a single)\s+[a-z]+\s+(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]+ed\b", re.I)
_NUMBER_SAID = re.compile(r"\d|\b(?:dozens|scores|hundreds|thousands|tens of)\b", re.I)


def _place_index(analyses) -> dict:
    """doc -> [(start, end, place name lowered)] of the places its tagger named."""
    out: dict = {}
    for a in analyses or ():
        out[a.get("doc")] = [(m["start"], m["end"], " ".join(m["text"].lower().split()))
                             for m in a.get("mentions", []) if m.get("label") in ("GPE", "LOC", "FAC")]
    return out


def _elsewhere(den: dict, fig: dict, texts: dict, camps: Camps, places: dict) -> bool:
    """(round 6) A rejection sharing a sentence with a dispute over a count is about the count
    when a sentence it cites names a count ('the toll', 'her party's figures', 'the true scale')
    or when the count dispute holds both sides of it (the insurgents' 'seven soldiers captured'
    and the army's 'three soldiers are held'). When only one side's sentences are counts of the
    group ('rebels say a strike on Sidi Kar killed 27' / 'no aircraft flew over Sidi Kar'; 'the
    association has the names of 58 dead and says officers protected the trade' / 'not one of my
    officers protected anyone'), the rejection is about an act, a matter of its own."""
    if _names_count(den, texts) or any(_SCALE_WORDS.search(texts.get(c["doc"], ""), c["start"], c["end"])
                                       for p in den["positions"] for c in p["citations"]):
        return False
    fc = [c for p in fig["positions"] for c in p["citations"]]
    rejecters = set(den.get("_rejecters") or (_party_key(p["party"]) for p in den["positions"][1:]))
    shared = [p for p in den["positions"] if any(_overlaps(c, o) for c in p["citations"] for o in fc)]
    # only what is rejected gives a count of the group, not the rejecter ('The directorate, which
    # says 24 are still missing, rejected the criticism' disputes the count)
    if not shared or any(_party_key(p["party"]) in rejecters for p in shared):
        return False
    # nor when the rejecter, a party giving a count in the count dispute, says there were none
    # ('the army insisted that no soldier had been captured' / 'Army admits three soldiers are held')
    counters = {k for p in fig["positions"] if p.get("values")
                for k in (_party_key(p["party"]), _party_key({"name": p["party"].get("name")}))}
    if any(_party_key({"name": p["party"].get("name")}) in counters and any(
            _NONE_SAID.search(texts.get(c["doc"], ""), c["start"], c["end"]) for c in p["citations"])
            for p in den["positions"] if _party_key(p["party"]) in rejecters):
        return False
    if not _NUMBER_SAID.search(den.get("topic") or ""):
        return True     # what is rejected says no number: an act
    # what is rejected gives a number ('jets struck the market and killed 27'): an act when its
    # sentences name a place the count dispute's own sentences never name (the toll of the
    # fighting in a town against a strike on a village)
    dc = [c for p in den["positions"] for c in p["citations"]]
    d_only = [c for c in dc if not any(_overlaps(c, o) for o in fc)]
    f_only = [c for c in fc if not any(_overlaps(c, o) for o in dc)]

    def named(cs):
        return {t for c in cs for s, e, t in places.get(c["doc"], ()) if c["start"] <= s and e <= c["end"]}
    return bool(named(d_only) - named(f_only))


def _one_per_matter(disputes: list[dict], documents=(), camps: Camps | None = None, analyses=()) -> list[dict]:
    """Disputes citing the same sentence are one matter (a denial and the contradiction it
    answers, a rejection re-reported, a rejection of a disputed count); figure disputes about one kind of count sharing a party
    are one matter (the toll told one way by the ministry and another by the opposition)."""
    out: list[dict] = []
    by_doc: list[dict] = []        # per kept dispute: doc -> its cited spans (checked per document)
    camps = camps or Camps()
    places = _place_index(analyses)
    texts = {x["id"]: x.get("text") or "" for x in documents}

    def spans(m: dict) -> dict:
        index: dict = {}
        for p in m["positions"]:
            for c in p["citations"]:
                index.setdefault(c["doc"], []).append(c)
        return index

    for d in disputes:
        cites = [c for p in d["positions"] for c in p["citations"]]
        target = None
        for k, m in enumerate(out):
            if m["kind"] == "figures" and d["kind"] == "figures":
                same = m["topic"].split(" in ")[0] == d["topic"].split(" in ")[0] and \
                    {_party_key(p["party"]) for p in m["positions"]} & {_party_key(p["party"]) for p in d["positions"]}
            elif {m["kind"], d["kind"]} == {"figures", "denial"} and _elsewhere(
                    d if d["kind"] == "denial" else m, m if d["kind"] == "denial" else d, texts, camps, places):
                same = False
            else:
                index = by_doc[k]
                same = any(_overlaps(a, b) for a in cites for b in index.get(a["doc"], ()))
            if same:
                target = k
                break
        if target is None:
            out.append(d)
            by_doc.append(spans(d))
        else:
            _merge_into(out[target], d)
            by_doc[target] = spans(out[target])
            if d["kind"] == "control":
                # (round 6) who holds one place is one matter: the rejections it joins ('rejected
                # the account' of the town's fall in one article, of its recapture in another) are
                # one dispute with it
                rest = [k for k in range(target + 1, len(out)) if out[k]["kind"] != "figures" and any(
                    _overlaps(a, b) for a in cites for b in by_doc[k].get(a["doc"], ()))]
                for k in rest:
                    _merge_into(out[target], out[k])
                for k in reversed(rest):
                    del out[k], by_doc[k]
                if rest:
                    by_doc[target] = spans(out[target])
    return out


# a party's "none": "every inmate had been accounted for", "nobody is missing", "no one was killed"
_NONE_OF = {
    # (round 5) 'everyone in the ward had been accounted for'
    "missing": re.compile(r"\b(?:every|each|all|everyone|everybody)\b[^.;]{0,40}?\baccounted for\b|"
                          r"\b(?:no one|nobody|none)\b[^.;]{0,25}?\b(?:is|was|were|are|remains?|remained)\s+"
                          r"(?:still\s+)?(?:missing|unaccounted)|"
                          # (round 3) 'nobody was left under the rubble', 'no one is still trapped'
                          r"\b(?:no one|nobody)\s+(?:(?:is|was|were|are|remains?|remained)\s+)?(?:still\s+)?"
                          r"(?:left\s+(?:alive\s+)?)?(?:trapped|buried|(?:under|beneath|in)\s+(?:the|this|that)\s+"
                          r"(?:rubble|debris|ruins|wreck\w*|mud|snow|building|block|mine|tunnel))\b", re.I),
    "killed": re.compile(r"\b(?:no one|nobody|none of (?:them|the \w+))\s+(?:was|were|had been|has been)\s+killed\b", re.I),
}


def none_disputes(claims: list[dict], figures: list[dict], camps: Camps | None = None) -> list[dict]:
    """A count of the missing (or dead) by one party against another party's "every inmate had
    been accounted for" / "nobody was killed": the one says some, the other none."""
    camps = camps or Camps()
    out = []
    for kind, pattern in _NONE_OF.items():
        nones = [c for c in claims if c["claimant"].get("name") and pattern.search(c["text"])]
        counts = [f for f in figures if f.get("kind") == kind and f.get("value", 0) > 0
                  and (f.get("reported_by") or {}).get("name") and f.get("relation") not in ("subset", "increment")]
        if not nones or not counts:
            continue
        positions: dict = {}
        for c in nones:
            against = [f for f in counts if not camps.same(f["reported_by"], c["claimant"])]
            if not against:
                continue
            pos = positions.setdefault(("none", _party_key(c["claimant"])),
                                       {"party": dict(c["claimant"]), "claim": c["text"], "citations": []})
            if _cite(c) not in pos["citations"]:
                pos["citations"].append(_cite(c))
            for f in against:
                fp = positions.setdefault(("some", _party_key(f["reported_by"])),
                                          {"party": dict(f["reported_by"]), "claim": f["text"], "citations": []})
                if _cite(f) not in fp["citations"]:
                    fp["citations"].append(_cite(f))
        if any(k[0] == "none" for k in positions) and any(k[0] == "some" for k in positions):
            out.append({"topic": f"whether anyone is {kind}" if kind == "missing" else "whether anyone was killed",
                        "kind": "contradiction", "positions": list(positions.values())})
    return out


# "more than 400 people ..., far more than the 180 the company has reported": a count set
# against another party's count of the same thing
_COUNT_AGAINST = re.compile(
    # (round 4) or a count put in place of another: 'more than 180,000, not the 40,000 the authority admits'
    r"(?:\b(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger)\s+than|,\s+not)\s+the\s+(?P<n>\d[\d,]*)\s+"
    r"(?:[a-z]+\s+)?(?:(?:that|which)\s+)?(?P<who>(?:the\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:reported|says|said|claims|claimed|gave|given|counted|announced|registered|recorded|"
    r"put\s+forward|gives|reports|counts|admits|admitted|acknowledges|acknowledged|concedes|conceded|"
    r"insists|insisted|maintains|maintained)\b", re.I)


def count_against_disputes(claims: list[dict], figures: list[dict], camps: Camps | None = None) -> list[dict]:
    """(round 2) A party's count set against another party's count of the same thing ("more
    than 400 people had been on the night shift, far more than the 180 the company has
    reported"): the statement against every statement of the other party giving that number
    (a figure of the same kind and value, reported by another camp, outside the statement)."""
    camps = camps or Camps()
    out = []
    for c in claims:
        party = c.get("claimant") or {}
        m = _COUNT_AGAINST.search(c["text"]) if party.get("name") else None
        if not m:
            continue
        try:
            n = float(m.group("n").replace(",", ""))
        except ValueError:
            continue
        mine = [f for f in figures if f["doc"] == c["doc"] and c["start"] <= f["start"] < c["end"]
                and f.get("value") is not None and f["value"] != n]
        kinds = {f.get("kind") for f in mine}
        theirs = [f for f in figures if f.get("value") == n and f.get("kind") in kinds
                  and (f.get("reported_by") or {}).get("name")
                  and not (f["doc"] == c["doc"] and c["start"] <= f["start"] < c["end"])
                  and not camps.same(f["reported_by"], party)]
        if not mine or not theirs or len({f.get("value") for f in mine}) != 1:
            continue
        positions: dict = {}
        for f in theirs:
            pos = positions.setdefault(camps.of(f["reported_by"]), {
                "party": dict(f["reported_by"]), "claim": f["text"], "citations": []})
            if _cite(f) not in pos["citations"]:
                pos["citations"].append(_cite(f))
        out.append({"topic": _short(c["text"]), "kind": "contradiction",
                    "positions": [{"party": dict(party), "claim": c["text"], "citations": [_cite(c)]},
                                  *positions.values()]})
    return out


# a delivery said done: "40 million had already been transferred", "the first payments had been made"
_DELIVERED = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:already\s+)?"
                        r"(?:transferred|paid|delivered|distributed|disbursed|sent|released|handed\s+out|"
                        r"made|received|reached|arrived)\b|\b(?:were|was)\s+(?:already\s+)?(?:transferred|paid|"
                        r"delivered|distributed|disbursed|handed\s+out)\b", re.I)
# none of it came: "Not one crown of the money has reached the harbour", "no family had received any";
# or few got it: "only 12 of the families she spoke to had received the payment"
_NOT_DELIVERED = re.compile(r"\b(?:not\s+(?:one|a\s+single)|no|none\s+of|nobody|no\s+one|"
                            r"only\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|"
                            r"a\s+handful))\b[^.;]{0,60}?\b"
                            r"(?:has|had|have)\s+(?:yet\s+)?(?:been\s+)?(?:reached|received|arrived|got|been\s+paid|"
                            r"been\s+delivered|seen)\b", re.I)


def delivery_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                      camps: Camps | None = None) -> list[dict]:
    """(round 2) 'Not one crown of the government's money has reached this harbour,' said X.
    -- The ministry said 40 million had already been transferred ...': a voice saying that none of
    what the state sends has come, answered in its paragraph or the next by the state saying it was
    sent (a word of the matter in common)."""
    camps = camps or Camps()
    out = []
    for dd, items in _articles_with(claims, documents, analyses, lambda c: _NOT_DELIVERED.search(c["text"])):
        for k, neg in enumerate(items):
            if not neg["claimant"].get("name") or not _NOT_DELIVERED.search(neg["text"]) \
                    or camps.of(neg["claimant"]) == GOVERNMENT:
                continue
            si = dd.index(neg["start"])
            words = set(terms(neg["text"])) - _GENERIC - _FRAME_WORDS - _NEGATION_WORDS - _STOPWORDS_T
            for c in items[k + 1:]:
                sj = dd.index(c["start"])
                if dd.para[sj] > dd.para[si] + 1:
                    break
                if camps.of(c["claimant"]) != GOVERNMENT or not _affirmative(c) or not _DELIVERED.search(c["text"]):
                    continue
                # (round 4) in its own paragraph the state's answer needs no word in common: 'only
                # 40 of the families had received anything ... The ministry said 2,400 households
                # had been paid' (receiving and paying are the matter)
                if not words & set(terms(c["text"])) and dd.para[sj] != dd.para[si]:
                    continue
                out.append({"topic": _short(neg["text"]), "kind": "contradiction",
                            "positions": [{"party": dict(neg["claimant"]), "claim": neg["text"], "citations": [_cite(neg)]},
                                          {"party": dict(c["claimant"]), "claim": c["text"], "citations": [_cite(c)]}]})
                break
    return out


# (round 5) "..., an account the Ministry of Defence denied on Friday": the journalist names, in
# apposition to what one party says, the party that rejects it
_APPOSED_DENIAL = re.compile(
    r",\s+(?:an?|the)\s+(?:account|claim|allegation|version|assertion|charge|accusation)s?\s+"
    r"(?:that\s+|which\s+)?(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]*){0,4}|"
    r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|quickly\s+|swiftly\s+)?"
    r"(?:denied|rejected|disputed|dismissed|denies|rejects|disputes|dismisses)\b")


def apposed_denial_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                            camps: Camps | None = None) -> list[dict]:
    """(round 5) 'Soldiers who survived say their commander's calls for air support went
    unanswered, an account the Ministry of Defence denied on Friday.': the statement against the
    party named as denying it -- its own statements in the article after it (within two paragraphs)
    and the sentence naming it. The named voices the article quotes between the statement and the
    denier's answer (a witness telling the same account) are positions of their own. The
    journalist says the two are opposed, so the camps the voices would otherwise be put in do not
    matter; two names of one party are not a dispute."""
    camps = camps or Camps()
    out = []
    for dd, items in _articles_with(claims, documents, analyses, lambda c: _APPOSED_DENIAL.search(c["text"])):
        for c in items:
            m = _APPOSED_DENIAL.search(c["text"])
            if not m or not c["claimant"].get("name") or _unnamed(c["claimant"]):
                continue
            who = {"name": re.sub(r"^the\s+", "", m.group("who")), "entity": None}
            owner = camps.of(who)
            if not owner or _party_key(c["claimant"]) == _party_key(who):
                continue
            # the body's kind, as its voices name it ('the ministry', 'a ministry official')
            head = (terms(re.split(r"\s+of\s+", who["name"])[0]) or [""])[-1]
            si = dd.index(c["start"])
            mine = {"party": dict(c["claimant"]), "claim": dd.item(si)["text"], "citations": [_cite(dd.item(si))]}
            theirs = {"party": dict(who), "claim": dd.item(si)["text"], "citations": [_cite(dd.item(si))]}
            witnesses: dict = {}
            answered = False
            for o in items:
                sj = dd.index(o["start"])
                if sj <= si or dd.para[sj] > dd.para[si] + 2 or not o["claimant"].get("name"):
                    continue
                if camps.of(o["claimant"]) == owner and not camps.same(o["claimant"], c["claimant"]) \
                        or _party_key(o["claimant"]) == _party_key(who) or (
                        camps.of(o["claimant"]) == owner and head in terms(o["claimant"].get("name") or "")):
                    if not answered:
                        theirs["party"] = dict(o["claimant"])
                    answered = True
                    it = dd.item(sj)
                    if _cite(it) not in theirs["citations"]:
                        theirs["citations"].append(_cite(it))
                        theirs["claim"] += " " + it["text"]
                elif not answered and not _unnamed(o["claimant"]) and o["claimant"].get("entity") \
                        and not camps.same(o["claimant"], who) and (o.get("cue") or "") not in _NOT_ANSWER_CUES:
                    pos = witnesses.setdefault(_party_key(o["claimant"]), {
                        "party": dict(o["claimant"]), "claim": "", "citations": []})
                    for k in range(sj, max(sj, dd.index(o["end"] - 1)) + 1):   # a quote over sentences
                        it = dd.item(k)
                        if _cite(it) not in pos["citations"]:
                            pos["citations"].append(_cite(it))
                            pos["claim"] = (pos["claim"] + " " + it["text"]).strip()
            if not answered:
                continue
            out.append({"topic": _short(c["text"][:m.start()]), "kind": "denial",
                        "positions": [mine, *witnesses.values(), theirs]})
    return out


def find_disputes(claims, documents, analyses, figure_groups, figures, controls, entities=(),
                  place_country=None) -> list[dict]:
    camps = Camps(entities or mention_entities(analyses), documents, analyses, place_country=place_country)
    disputes = _same_matter(denial_disputes(claims, documents, analyses, figures, camps)
                            + contradiction_disputes(claims, camps=camps), camps=camps)
    disputes += cue_disputes(claims, documents, analyses, camps)
    disputes += lede_cue_disputes(claims, documents, analyses, camps)   # issue 6
    disputes += state_disputes(claims, documents, camps)   # issue 6: "the corridor is open" / "closed"
    disputes += blame_cue_disputes(claims, documents, analyses, camps)   # issue 6: "Each side blamed the other."
    disputes += control_disputes(controls, camps, outlets=[d.get("source") for d in documents])
    disputes += aggressor_disputes(claims, camps)
    disputes += accusation_disputes(claims, documents, analyses, camps)
    disputes += figure_disputes(figure_groups, figures, camps, documents=documents)
    disputes += none_disputes(claims, figures, camps)   # issue 6: "every inmate is accounted for"
    disputes += count_against_disputes(claims, figures, camps)   # round 2: "far more than the 180 X reported"
    disputes += delivery_disputes(claims, documents, analyses, camps)   # round 2: "not one crown has reached"
    disputes += charged_answer_disputes(claims, documents, camps)   # round 4: "the man charged with X was ..."
    disputes += apposed_denial_disputes(claims, documents, analyses, camps)   # round 5: ", an account X denied"
    disputes = _cues_join_matters(disputes, camps)   # "conflicting reports about the tear gas"
    # figure disputes first: a rejection citing the same count joins the dispute over the count
    disputes = _consolidate(disputes)
    disputes = _one_per_matter([d for d in disputes if d["kind"] == "figures"]
                               + [d for d in disputes if d["kind"] != "figures"], documents, camps, analyses)
    disputes = _rejected_counts_join(disputes, figure_groups, figures, documents)   # round 2
    for n, d in enumerate(disputes, 1):
        d["id"] = f"d{n}"
        d["topic"] = _matter(d["topic"])
        d.pop("_rejecters", None)
        # side by side: each position says its camp, the positions of one camp together
        order: dict = {}
        for p in d["positions"]:
            p.pop("_said", None)
            key = camps.of(p["party"])
            p["camp"] = key if key in (GOVERNMENT, OPPOSITION) else None
            order.setdefault(key, len(order))
        d["positions"].sort(key=lambda p: order[camps.of(p["party"])])
    return disputes


# ---------------------------------------------------------------- general rules (issue 6)

def _above_state_counts(dated: list, gov: list, above_state) -> bool:
    """An independent count lies above the state's: every value dated on or after the state's
    first count, and at least one value (such a later one, or an earlier one far above the state's
    first count); a smaller count given before the state had any ("the hospital's first toll" when
    no ministry count existed yet) contradicts nothing."""
    first = gov[0][0] if gov else ""
    later = [(d, v) for d, v in dated if d >= first]
    # a count from before the state had one is set against the state's first count only to
    # show it far above; a smaller early count is the toll rising, not a contradiction
    early_above = [(d, v) for d, v in dated if d < first and above_state(d, v)]
    return bool(later or early_above) and all(above_state(d, v) for d, v in later)


_STATE_VICTIMS = re.compile(r"\b(?:soldiers?|troops?|police(?:men)?|officers?|servicemen|personnel|"
                            r"guards?|gendarmes|marines|conscripts)\b", re.I)
_ARMED_VICTIMS = re.compile(r"\b(?:militants?|fighters?|rebels?|insurgents?|guerrillas?|militiamen|"
                            r"jihadists?|combatants|gunmen|attackers)\b", re.I)
_OWN_VICTIMS = re.compile(r"\b(?:his|her|its|their|our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                          r"(?:fighters?|men|soldiers?|troops?|members?|officers?|comrades?|forces)\b", re.I)


def _victim_side(f: dict, camps: Camps) -> str | None:
    """Whose dead (or wounded) a combatant count counts: a party's own ("27 of his fighters",
    "our men"): the reporter's camp; soldiers, police: the state; militants, rebels: its
    opponents; None for anyone else."""
    text = f.get("text") or ""
    if _OWN_VICTIMS.search(text):
        own = camps.of(f.get("reported_by") or {})
        if own in (GOVERNMENT, OPPOSITION):
            return own
    state, armed = bool(_STATE_VICTIMS.search(text)), bool(_ARMED_VICTIMS.search(text))
    if state and not armed:
        return GOVERNMENT
    if armed and not state:
        return OPPOSITION
    what = (f.get("what") or "").lower()
    if _STATE_VICTIMS.search(what):
        return GOVERNMENT
    if _ARMED_VICTIMS.search(what):
        return OPPOSITION
    return None


def _by_own_losses(fids: list[str], by_id: dict, camps: Camps) -> list[list[str]]:
    """Tolls of fighters split by whose fighters they count: the army's toll of its soldiers and
    the militia's toll of its own fighters are two counts of different dead, not a disagreement
    ("six soldiers and 19 militants" against "27 of his fighters": the 6 is not set against the
    27). Only when every figure says whose dead it counts; one part otherwise."""
    sides = {fid: _victim_side(by_id[fid], camps) for fid in fids}
    if len(camps.states) >= 2 or any(v is None for v in sides.values()) or len(set(sides.values())) < 2:
        return [fids]
    parts: dict = {}
    for fid in fids:
        parts.setdefault(sides[fid], []).append(fid)
    return list(parts.values())


_TARGET_THAT = re.compile(r"\s+(?:that|which|who)\s+", re.I)
_FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|did|would|will)\b", re.I)


def _target_head(target_text: str) -> str:
    """The statement named by a rejection's target, without what the statement says: "government
    accusations that the militia had demanded a ransom" -> "government accusations"; a target
    that is itself a clause ("the militia had fired on the school": an act denied) names no
    statement, so no camp's statements ("the militia" is what is denied, not whose claim)."""
    if not _STATEMENT_NOUN.search(target_text):
        return ""
    head = _TARGET_THAT.split(target_text, 1)[0]
    return "" if _FINITE.search(head) else head


def _says_what(target_text: str) -> bool:
    """The target states what the rejected statement says ("accusations that the militia had
    demanded a ransom"): its content can be matched even when it names a camp."""
    return bool(_TARGET_THAT.search(target_text)) and bool(_FINITE.search(_TARGET_THAT.split(target_text, 1)[1]))


# demands, calls and appeals are what a party wants, not an answer to an accusation
_NOT_ANSWER_CUES = {"demand", "call", "urge", "appeal", "ask", "plead", "pledge", "promise", "vow"}
# anonymous witnesses: "Two people living near the school said ...; a third said ..."
_WITNESS = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"several|some|many|other|others|another|a third|third|fourth|both|witnesses?|"
                      r"residents?|neighbou?rs?|people|villagers|locals|bystanders|passers-by)\b", re.I)


def _cue_camp_key(party: dict, camps: Camps) -> str:
    """The camp of a voice after a journalist's cue; anonymous witnesses and residents counted by
    number ("Two people", "a third", "others") are one camp: their accounts differing among
    themselves is no dispute between parties."""
    name = (party.get("name") or "").strip()
    if _WITNESS.match(name) and not party.get("entity"):
        return "witnesses"
    return camps.of(party)


_STOPWORDS = set("the a an of and or in on at to for with by from over about their its his her".split())


def _cue_sentences(pattern, claims: list[dict], documents: list[dict], analyses: list[dict]):
    """(document, sentence index) of every sentence that matches a journalist's cue ``pattern``."""
    by_doc = _claims_by_doc(claims)
    docs = {d["id"]: d for d in documents}
    for a in analyses:
        doc = docs.get(a["doc"])
        if doc is None or not pattern.search(doc["text"]):
            continue
        dd = _Doc(doc, a, by_doc.get(a["doc"], []))
        for i, (s, e) in enumerate(dd.sents):
            if pattern.search(dd.text, s, e):
                yield dd, i


def _cue_dispute(dd, i: int, paras_after: int, camps: Camps, speaks) -> dict | None:
    """The statements after cue sentence ``i`` (up to ``paras_after`` paragraphs on) whose claimant
    ``speaks`` for the cue, one position per camp; a dispute when two camps speak."""
    positions: dict = {}
    for j in range(i + 1, len(dd.sents)):
        if dd.para[j] > dd.para[i] + paras_after:
            break
        for c in dd.claims.get(j, []):
            if not speaks(c["claimant"]):
                continue
            it = dd.item(j)
            pos = positions.setdefault(camps.of(c["claimant"]), {
                "party": dict(c["claimant"]), "claim": it["text"], "citations": []})
            if _cite(it) not in pos["citations"]:
                pos["citations"].append(_cite(it))
    if len(positions) < 2:
        return None
    return {"topic": _short(dd.item(i)["text"], 140), "kind": "cue", "notes": [dd.item(i)],
            "positions": list(positions.values())}


def _words_of(text: str) -> set:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", text)} - _STOPWORDS


def lede_cue_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                      camps: Camps | None = None) -> list[dict]:
    """A cue that ends its paragraph and names the parties ("Police and residents gave conflicting
    accounts of a clash ...", an article's opening): the statements of the next paragraphs by the
    parties it names (a word of the party's name in the cue), when two camps speak."""
    camps = camps or Camps()
    out = []
    for dd, i in _cue_sentences(_CUE_START, claims, documents, analyses):
        if i + 1 < len(dd.sents) and dd.para[i + 1] == dd.para[i]:
            continue        # the cue's own paragraph goes on: cue_disputes
        s, e = dd.sents[i]
        named = _words_of(dd.text[s:e])
        d = _cue_dispute(dd, i, 4, camps, lambda who: bool(_words_of(who.get("name") or "") & named))
        if d:
            out.append(d)
    return out


# the state of a way, a crossing, a building: "the corridor is open", "the road was closed",
# "the crossing remains shut", "the corridor is a trap"
_STATE_CLAIM = re.compile(
    r"\b(?:is|was|are|were|remains?|remained|stays?|stayed|has been|had been|have been|will (?:stay|be|remain)|"
    r"would (?:stay|be|remain))\s+(?P<neg>not\s+|never\s+)?(?:still\s+|now\s+|fully\s+|effectively\s+)?"
    r"(?P<state>open|reopened|closed|shut|blocked|sealed|a trap|a death trap|impassable|passable|usable|unusable|"
    r"safe|unsafe|operational|"
    # a measure in force or lifted: "the curfew was lifted" / "the curfew is still in force"
    r"lifted|rescinded|revoked|in force|in place|in effect|enforced|being enforced)\b", re.I)
_OPEN_STATES = {"open", "reopened", "passable", "usable", "safe", "operational", "lifted", "rescinded", "revoked"}
_MEASURE_STATES = {"lifted", "rescinded", "revoked", "in force", "in place", "in effect", "enforced", "being enforced"}


def _state_claims(c: dict) -> list[tuple[set, bool, bool]]:
    """(content terms of the subject before the verb, the thing is open/usable (a measure:
    lifted), the statement is of a measure in force or lifted) for each state statement of a
    claim."""
    out = []
    for m in _STATE_CLAIM.finditer(c["text"]):
        before = re.split(r"[,;:]|\b(?:and|but|that|while)\b", c["text"][:m.start()])[-1]
        subj = set(terms(" ".join(before.split()[-6:]))) - _GENERIC
        if not subj:
            continue
        state = " ".join(m.group("state").lower().split())
        positive = state in _OPEN_STATES
        if m.group("neg"):
            positive = not positive
        out.append((subj, positive, state in _MEASURE_STATES))
    return out


def state_disputes(claims: list[dict], documents: list[dict], camps: Camps | None = None) -> list[dict]:
    """Parties of different camps saying one thing is open and closed (usable and a trap, safe
    and unsafe) in one article or on days next to each other: "The government says the corridor
    is open every day" against "Residents said the corridor was closed in practice"."""
    camps = camps or Camps()
    dates = {d["id"]: (d.get("published") or "")[:10] for d in documents}
    items = []
    for c in claims:
        if not (c.get("claimant") or {}).get("name") or c.get("denial"):
            continue
        for subj, positive, measure in _state_claims(c):
            items.append((c, subj, positive, measure))

    def near(a: dict, b: dict) -> bool:
        if a["doc"] == b["doc"]:
            return True
        da, db = dates.get(a["doc"]) or "", dates.get(b["doc"]) or ""
        if not da or not db:
            return False
        import datetime as _dt
        try:
            return abs((_dt.date.fromisoformat(da) - _dt.date.fromisoformat(db)).days) <= 1
        except ValueError:
            return False

    by_thing: dict = {}
    for k, (a, sa, pa, ma) in enumerate(items):
        for b, sb, pb, mb in items[k + 1:]:
            shared = sa & sb
            if pa == pb or ma != mb or not shared or camps.same(a["claimant"], b["claimant"]) \
                    or camps.of(a["claimant"]) == camps.of(b["claimant"]) or not near(a, b):
                continue
            thing = (min(shared), ma)
            entry = by_thing.setdefault(thing, {})
            for c, pos in ((a, pa), (b, pb)):
                p = entry.setdefault(_party_key(c["claimant"]), {
                    "party": dict(c["claimant"]), "claim": c["text"], "citations": []})
                if _cite(c) not in p["citations"]:
                    p["citations"].append(_cite(c))
    return [{"topic": f"whether the {thing} was lifted" if measure else f"whether the {thing} is open",
             "kind": "contradiction", "positions": list(ps.values())}
            for (thing, measure), ps in by_thing.items()]


_BLAME_CUE = re.compile(r"\b(?:each|either) side (?:blamed|blames|accused|accuses) the other\b|"
                        r"\b(?:both sides|the two sides|they) (?:blamed|blame|accused|accuse) (?:each other|one another)\b|"
                        r"\b(?:traded|trade|trading) (?:blame|accusations)\b|"
                        r"\bblamed (?:each other|one another)\b", re.I)


def blame_cue_disputes(claims: list[dict], documents: list[dict], analyses: list[dict],
                       camps: Camps | None = None) -> list[dict]:
    """The journalist's "Each side blamed the other." (or "traded blame"): the statements after it
    in its paragraph and the next (one side's account each, often), when two camps speak ("The
    army said rebels fired rockets at the convoy ... The rebels said an army helicopter fired on it")."""
    camps = camps or Camps()
    out = []
    for dd, i in _cue_sentences(_BLAME_CUE, claims, documents, analyses):
        d = _cue_dispute(dd, i, 1, camps,
                         lambda who: bool(who.get("name")) and not _WITNESS.match(who["name"]))
        if d:
            out.append(d)
    return out


# what a journalist's cue is about: "There were conflicting reports about the tear gas."
_CUE_SUBJECT = re.compile(r"\b(?:about|over|on|surrounding|surrounded|concerning|regarding)\s+(?P<what>[^.;:]+)", re.I)


def _same_statements(d: dict, others: list[dict], camps: Camps) -> dict | None:
    """The dispute of ``others`` whose statements share the most content words (at least three,
    one of them a name written with a capital) with the statements of cue dispute ``d``, sharing a
    camp with it; the speakers' own names do not count."""
    def words(dd: dict) -> tuple[set, set]:
        names = set().union(*(terms(p["party"].get("name") or "") for p in dd["positions"]))
        text = " ".join(p["claim"] for p in dd["positions"])
        caps = {stem(w.lower()) for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b", text)}
        return set(terms(text)) - _GENERIC - _FRAME_WORDS - names, caps - names
    mine_w, mine_caps = words(d)
    mine = {camps.of(p["party"]) for p in d["positions"]}
    voices = [v for v in (_voice_of(p["party"]) for p in d["positions"]) if v]
    best = None
    for o in others:
        ow, ocaps = words(o)
        shared = mine_w & ow
        # (round 4) or one of the cue's voices is a body of the dispute named by the end of its
        # name ('a navy spokesman' for 'the Ruritanian Navy')
        same_voice = any(_names_end(p["party"].get("name"), v) for v in voices for p in o["positions"])
        if len(shared) >= 3 and (shared & mine_caps & ocaps or same_voice) \
                and mine & {camps.of(p["party"]) for p in o["positions"]}:
            if best is None or len(shared) > best[0]:
                best = (len(shared), o)
    return best[1] if best else None


_ROLE_WORDS = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|officers?|sources?|representatives?|"
                         r"chief|head|director|commander|secretary|press|office|statement)\b", re.I)


def _voice_of(party: dict) -> str:
    """The body an unnamed voice speaks for, as written ('a navy spokesman' -> 'navy'), or ''."""
    if not party or party.get("entity") or not party.get("name"):
        return ""
    name = party["name"].replace("’", "'")
    if not _ROLE_WORDS.search(name):
        return ""
    rest = _ROLE_WORDS.sub(" ", re.sub(r"^\s*(?:the|a|an)\s+", "", name, flags=re.I))
    words = [w for w in rest.lower().split() if w.isalpha()]
    return " ".join(words) if len(words) in (1, 2) else ""


def _names_end(name: str | None, tail: str) -> bool:
    n = " ".join((name or "").replace("’", "'").lower().split())
    return bool(tail) and n != tail and n.endswith(" " + tail)


def _cues_join_matters(disputes: list[dict], camps: Camps) -> list[dict]:
    """A journalist's cue about a matter already in dispute ("There were conflicting reports about
    the tear gas." after a police denial that tear gas was fired into the stand) opens one more
    round of that dispute, not a dispute of its own: it joins the dispute whose statements hold
    every content word of the cue's subject and in which a camp speaking after the cue already
    stands."""
    others = [d for d in disputes if d["kind"] not in ("cue", "figures")]   # a count is no account
    out = []
    for d in disputes:
        if d["kind"] != "cue" or not d.get("notes"):
            out.append(d)
            continue
        m = _CUE_SUBJECT.search(d["notes"][0]["text"])
        # round 2: the matter without a clause about it ('the van on X, where the party will ...')
        want = set(terms(m.group("what").split(",")[0])) - _GENERIC if m else set()
        mine = {camps.of(p["party"]) for p in d["positions"]}
        target = None
        if want:
            for o in others:
                said = set().union(*(terms(p["claim"]) for p in o["positions"]))
                if want <= said and mine & {camps.of(p["party"]) for p in o["positions"]}:
                    target = o
                    break
        if target is None:
            # round 2: or what the voices after the cue say is what a dispute already holds
            # ('The government says X was killed in the assault' after 'X was killed, among them
            # the group's leader'): three content words in common besides the speakers' names,
            # among them a name, and a camp in common
            target = _same_statements(d, others, camps)
        if target is None:
            out.append(d)
        else:
            _merge_into(target, d)
    return out
