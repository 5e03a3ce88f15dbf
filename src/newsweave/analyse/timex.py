"""Temporal tagger: find time expressions and give them TIMEX3-style values.

Hand-written rules over the raw text (regexes compiled once at import) plus, when a spaCy
``doc`` of the same text is given, the tense of the governing verb to resolve bare weekdays
and month names. Relative expressions are anchored on the publication date; with no
publication date they are still found but get ``value=None``.

Output items: ``{"text", "start", "end", "type", "value"}`` with ``type`` one of
``DATE``, ``TIME``, ``DURATION``, ``SET`` and ``text == input[start:end]``.

Value forms (TIMEX3): ``2011-03-17``, ``2011-03``, ``2011``, ``199`` (decade), ``19``
(century), ``2011-W11``, ``2011-W11-WE``, ``2011-Q1``, ``2011-SU``, ``2011-03-17TNI``,
``2011-03-17T14:00``, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, durations ``P3D``,
``P2W``, ``PT5H``, ``PXY`` (unspecified count), sets ``P1W`` or ``XXXX-WXX-5`` (every Friday).

News conventions: a bare weekday in a past-tense clause is the most recent such day strictly
before publication (or publication day itself if it is that weekday); in a future/present
clause it is the next one on/after publication; with no tense information it is past unless
preceded by "next"/"this coming". A month (or month + day) without a year takes the
publication year, moved a year back (past clause) or forward (future clause) when needed, or
to the nearest one when the tense is unknown.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from . import component

__all__ = ["tag", "extract", "resolve_date"]

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "dozen": 12, "hundred": 100, "thousand": 1000,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "final": 4, "last": 4,
}
# unit word -> (TIMEX3 unit code, is a time-of-day unit (needs the "T"), multiplier)
_UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "fortnight": ("W", False, 2), "month": ("M", False, 1), "year": ("Y", False, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100),
}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year’s day": (1, 1),
    "new year’s eve": (12, 31), "boxing day": (12, 26), "valentine's day": (2, 14),
    "valentine’s day": (2, 14), "halloween": (10, 31),
}
_ADVERB_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "biannually": "P6M",
}

# Words that may follow a year without making it a count ("1999 was", "in 1999 and").
_FUNCTION_WORDS = frozenset(
    """and or but nor to when after before while as at in on of for with from by was were is
    are had has have until since during that which where who he she they it we i you the a an
    there this these those his her their its our also then than saw brought began ended will
    would could should might may can did do does not s so if though although because through
    into onto up down out over under against about between among elections election""".split()
)
# Irregular plurals / collective count nouns that follow quantities ("1500 people").
_COUNT_NOUNS = frozenset(
    """people men women children police staff personnel cattle sheep fish feet teeth mice geese
    troops kilometres kilometers metres meters miles dollars pounds euros yen yuan rupees""".split()
)
# A number right after these is a quantity, not a year ("about 1900 people", "No. 2010").
_QUANTITY_PREV = frozenset(
    """about around nearly almost some over than approximately roughly least total only just
    estimated additional another extra no number flight route room page article resolution
    code model bus highway line chapter section paragraph row seat gate platform""".split()
)
_POSSESSIVES = frozenset("my your his her its our their".split())

_FUT_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "sha"})
_OTHER_MODALS = frozenset({"could", "might", "may", "can", "must", "should", "ca"})
# A weekday possessive ("Friday's vote") is a past event unless one of these comes just before.
_AHEAD_CUE = re.compile(r"\b(?:ahead\s+of|upcoming|awaiting|await|as\s+soon\s+as|as\s+early\s+as)\s+(?:the\s+)?$", re.I)
# Verbs whose complement or object is a planned event ("planned to leave on Thursday").
_PROSPECTIVE = frozenset(
    """plan schedule set due expect intend prepare aim postpone delay reschedule adjourn defer
    slate""".split()
)
# Verbs whose object is an event still to come ("scheduled a news conference Thursday").
_PLANNING = frozenset("plan schedule slate arrange organize organise".split())
# Verbs that move their event later ("postponed until Tuesday").
_DEFERRING = frozenset("postpone delay reschedule adjourn defer".split())
# Present/past forms that are spelled alike: a VBP tag on them is often a mis-tagged past.
_SAME_FORM = frozenset("hit hurt put set cut let quit spread cost shut beat bet burst cast split read".split())

# --------------------------------------------------------------------------------------------
# Regex building blocks
# --------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])"
    r"(?:\.(?!\d))?)"
)
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![A-Za-z'’-])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozen|a\s+hundred|hundred)"
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:1/2|½))?|½|" + _NUMWORD + r")"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_TZ = (
    r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|IST|AEST|AEDT"
    r"|local\s+time|Z)\b)?"
)
_AMPM = r"(?:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b|AM\b|PM\b)"

_I = re.I


def _c(pattern: str, flags: int = _I) -> re.Pattern:
    return re.compile(pattern, flags)


# --------------------------------------------------------------------------------------------
# Candidates: each rule returns (start, end, type, spec); spec says how to compute the value
# once the publication date and tense are known.
# --------------------------------------------------------------------------------------------


def _num(s: str) -> int | float | None:
    s = s.strip().lower()
    s = re.sub(r"\s+", " ", s)
    if not s:
        return None
    if s.endswith("½") or s.endswith("1/2"):
        base = s[:-1] if s.endswith("½") else s[:-3]
        base = base.strip()
        b = _num(base) if base else 0
        return None if b is None else b + 0.5
    if s[0].isdigit():
        s = s.replace(",", "")
        try:
            return float(s) if "." in s else int(s)
        except ValueError:
            return None
    if s.startswith("a "):
        s = s[2:]
    if s in _SMALL:
        return _SMALL[s]
    parts = re.split(r"[\s-]", s)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_SMALL.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


def _unit_of(word: str) -> str:
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") else w


def _dur_value(n, unit: str) -> str:
    code, is_time, mult = _UNITS[unit]
    prefix = "PT" if is_time else "P"
    if n is None:
        return prefix + "X" + {"decade": "DE", "century": "CE"}.get(unit, code)
    n = n * mult
    if float(n).is_integer():
        return f"{prefix}{int(n)}{code}"
    whole = int(n)
    if n - whole == 0.5 and code in _HALF:
        return f"{prefix}{whole}{code}{_HALF[code][is_time]}" if whole else prefix + _HALF_ONLY[(code, is_time)]
    return f"{prefix}{n:g}{code}"


# "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M (keyed by unit code, then is-time)
_HALF = {"Y": {False: "6M"}, "M": {False: "15D", True: "30S"}, "H": {True: "30M"},
         "D": {False: "T12H"}, "W": {False: "3DT12H"}}
_HALF_ONLY = {("Y", False): "6M", ("M", False): "15D", ("M", True): "30S", ("H", True): "30M",
              ("D", False): "T12H", ("W", False): "3DT12H"}


def _prev_word(text: str, pos: int) -> str:
    """The word (letters/digits/apostrophes) ending just before ``pos``, lowercased."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’.$£€"):
        j -= 1
    return text[j:i].lower().rstrip(".")


def _next_word(text: str, pos: int) -> str:
    """The word starting just after ``pos`` (after spaces), as written ('' if punctuation)."""
    n = len(text)
    i = pos
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and (text[j].isalpha() or text[j] in "'’"):
        j += 1
    return text[i:j]


# ---- rules ---------------------------------------------------------------------------------

_R_ISO = _c(r"(?<![\w/.-])(\d{4})-(0[1-9]|1[0-2])-([0-2]\d|3[01])(?:T(\d{2}):(\d{2}))?(?![\w/-]|\.\d)")


def _h_iso(m, text, ctx):
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not _valid(y, mo, d):
        return None
    if m.group(4):
        return m.start(), m.end(), "TIME", ("abs", f"{y:04d}-{mo:02d}-{d:02d}T{m.group(4)}:{m.group(5)}")
    return m.start(), m.end(), "DATE", ("abs", f"{y:04d}-{mo:02d}-{d:02d}")


_R_NUMERIC = _c(r"(?<![\w/.,-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.,]\d)")


def _h_numeric(m, text, ctx):
    a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
    if len(y) == 2:
        if m.group(2) == ".":
            return None
        yi = int(y)
        yi += 2000 if yi < 50 else 1900
    else:
        yi = int(y)
    d, mo = a, b  # day first (news outside the US)
    if mo > 12 and d <= 12:
        d, mo = mo, d
    if not _valid(yi, mo, d):
        return None
    return m.start(), m.end(), "DATE", ("abs", f"{yi:04d}-{mo:02d}-{d:02d}")


_R_DMY = _c(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?<![\d,.])(?P<d>{_DAYNUM})"
    rf"(?:\s*(?:-|–|—|to|and)\s*(?P<d2>{_DAYNUM}))?\s+(?:of\s+)?(?P<mon>{_MONTH})"
    r"(?:,?\s+(?P<y>\d{4})(?![\d%]|[.,]\d))?"
)


def _h_dmy(m, text, ctx):
    mon = m.group("mon")
    if not mon[0].isupper():
        return None
    d = int(re.match(r"\d+", m.group("d")).group())
    mo = _MONTHS[mon.lower().rstrip(".")]
    start = m.start("wd") if m.group("wd") else m.start("d")
    if text[m.start(): start].lower().startswith("the") and not m.group("wd"):
        start = m.start()
    if m.group("y"):
        y = int(m.group("y"))
        if not _valid(y, mo, d):
            return None
        return start, m.end(), "DATE", ("abs", f"{y:04d}-{mo:02d}-{d:02d}")
    if not _valid(2000, mo, d):
        return None
    return start, m.end(), "DATE", ("md", mo, d, None)


_R_MDY = _c(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s*(?P<d>{_DAYNUM})(?!\d|:\d)"
    rf"(?:\s*(?:-|–|—|to|and)\s*(?P<d2>{_DAYNUM})(?!\d|:\d))?"
    r"(?:,?\s+(?P<y>\d{4})(?![\d%]|[.,]\d))?(?![\w%]|[.,]\d|\s*(?:%|per\s*cent|percent))"
)


def _h_mdy(m, text, ctx):
    mon = m.group("mon")
    if not mon[0].isupper():
        return None
    if m.start("d") == m.end("mon") and not mon.endswith("."):
        return None  # "March19" - no separator
    d = int(re.match(r"\d+", m.group("d")).group())
    mo = _MONTHS[mon.lower().rstrip(".")]
    start = m.start()
    if m.group("y"):
        y = int(m.group("y"))
        if not _valid(y, mo, d):
            return None
        return start, m.end(), "DATE", ("abs", f"{y:04d}-{mo:02d}-{d:02d}")
    if not _valid(2000, mo, d):
        return None
    return start, m.end(), "DATE", ("md", mo, d, None)


_R_MY = _c(rf"(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>1[0-9]\d\d|20\d\d)(?![\d%]|[.,]\d)")


def _h_my(m, text, ctx):
    mon = m.group("mon")
    if not mon[0].isupper():
        return None
    mo = _MONTHS[mon.lower().rstrip(".")]
    start = m.start()
    mod = _prev_word(text, start)
    if mod in ("early", "late", "mid"):
        start = _prev_start(text, start)
    return start, m.end(), "DATE", ("abs", f"{int(m.group('y')):04d}-{mo:02d}")


def _prev_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] in " \t-":
        i -= 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


_R_MON = _c(
    r"(?:(?P<mod>earlier\s+this|later\s+this|early|late|mid|last|next|this|the\s+end\s+of"
    r"|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
    rf"(?P<mon>{_MONTH_FULL})(?:,?\s+(?P<rely>last|this|next)\s+year\b)?"
)
_MON_CONTEXT = frozenset(
    """in since by until till during through from before after of between and to or early late
    mid end start beginning middle last next this for""".split()
)


def _h_mon(m, text, ctx):
    mon = m.group("mon")
    if not mon[0].isupper():
        return None
    mo = _MONTHS[mon.lower()]
    mod = (m.group("mod") or "").lower()
    mod = re.sub(r"\s+", " ", mod)
    prev = _prev_word(text, m.start())
    if mon.lower() in ("may", "march") and not mod and prev not in _MON_CONTEXT:
        return None
    if mon.lower() in ("may", "march"):
        nxt = _next_word(text, m.end())
        # "in March on Washington" / "by May and ..." keep; reject obvious names "May said"
        if nxt and nxt.lower() in ("said", "says", "told", "added", "has", "had", "is", "was"):
            return None
    if ctx.doc_ents is not None and _ent_at(ctx, m.start("mon")) in ("PERSON", "ORG", "WORK_OF_ART"):
        return None
    rel = None
    if m.group("rely"):
        return m.start(), m.end(), "DATE", ("month_y", mo, {"last": -1, "this": 0, "next": 1}[m.group("rely").lower()])
    if mod == "last":
        rel = -1
    elif mod == "next":
        rel = 1
    elif mod in ("this", "earlier this", "later this"):
        rel = 0
    return m.start(), m.end(), "DATE", ("month", mo, rel)


_R_YEAR = _c(
    r"(?:(?<=[Mm]id-)|(?<![\w$£€.,'’/-]))(?P<y>1[89]\d\d|20\d\d|2100)(?![\w%/-]|[.,]\d|\s*(?:%|per\s*cent|percent))"
)


def _h_year(m, text, ctx):
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end())
    nxt_l = nxt.lower()
    ent = _ent_at(ctx, m.start()) if ctx.doc_ents is not None else None
    if ent in ("MONEY", "QUANTITY", "PERCENT"):
        return None
    if prev in _QUANTITY_PREV and ent != "DATE":
        return None
    # a number immediately followed by a time zone is a clock time (handled elsewhere)
    if nxt_l in ("gmt", "utc", "hrs", "hours", "local"):
        return None
    if nxt and nxt[0].islower() and nxt_l not in _FUNCTION_WORDS:
        tok = ctx.token_at(m.start()) if ctx.doc is not None else None
        if tok is not None:
            if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS"):
                return None
            if ent == "CARDINAL" and tok.head.tag_ in ("NNS", "NNPS"):
                return None
        elif nxt_l.endswith("s") and not nxt_l.endswith("ss"):
            return None  # "1500 troops": a count of a plural noun
    if nxt_l in _COUNT_NOUNS:
        return None
    start = m.start()
    if text[start - 4: start].lower() == "mid-":
        start -= 4
    elif prev in ("early", "late", "mid"):
        start = _prev_start(text, start)
    return start, m.end(), "DATE", ("abs", m.group("y"))


_R_DECADE = _c(
    r"(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?"
    r"(?<![\w$£€])(?P<dec>(?:1[0-9]|20)\d0s|['’]\d0s)(?![\w])"
)


def _h_decade(m, text, ctx):
    dec = m.group("dec")
    if dec[0] in "'’":
        two = int(dec[1:3])
        century = 19 if two >= 30 or ctx.pub is None else (20 if 2000 + two <= ctx.pub.year else 19)
        value = f"{century}{dec[1]}"
    else:
        if dec.endswith("00s") and not dec.startswith("20"):
            value = dec[:2]  # "the 1800s" = the 19th century, TIMEX3 "18"
        else:
            value = dec[:3]
    if _prev_word(text, m.start()) in _POSSESSIVES:
        return None
    return m.start(), m.end(), "DATE", ("abs", value)


_R_CENTURY = _c(
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
    r"(?P<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century\b"
)


def _h_century(m, text, ctx):
    n = m.group("n").lower()
    k = int(n[:-2]) if n[0].isdigit() else _ORDINALS.get(n.replace("-", " ")) or _ORDINALS.get(n)
    if not k or k > 22:
        return None
    return m.start(), m.end(), "DATE", ("abs", f"{k - 1:02d}")


_R_RELDAY = _c(
    r"\b(?:(?P<ba>the\s+day\s+(?:before|after))\s+)?(?:(?P<el>earlier|later)\s+)?"
    r"(?P<w>yesterday|today|tomorrow|tonight|overnight)(?![\w-])"
    r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
)


def _h_relday(m, text, ctx):
    w = m.group("w").lower()
    if w == "today":
        prev_raw = text[max(0, m.start("w") - 5): m.start("w")]
        nxt = _next_word(text, m.end())
        if m.group("w")[0] == "T" and (prev_raw.endswith("USA ") or nxt.lower() in ("show", "programme", "program")):
            return None
    offs = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "overnight": -1}[w]
    ba = (m.group("ba") or "").lower()
    if ba:
        offs += -1 if ba.endswith("before") else 1
    part = (m.group("part") or "").lower()
    if w == "tonight" or w == "overnight":
        if part:
            return None
        return m.start(), m.end(), "TIME", ("rel_day", offs, "NI")
    if part:
        return m.start(), m.end(), "TIME", ("rel_day", offs, _PARTS[part])
    return m.start(), m.end(), "DATE", ("rel_day", offs, None)


_R_PART = _c(
    r"\b(?:(?P<el>early|late|earlier|later)\s+)?(?P<w>this|last)\s+(?P<part>morning|afternoon|evening|night)\b"
)


def _h_part(m, text, ctx):
    w = m.group("w").lower()
    part = m.group("part").lower()
    offs = 0 if w == "this" else -1
    return m.start(), m.end(), "TIME", ("rel_day", offs, _PARTS[part])


_R_WEEKDAY = _c(
    r"\b(?:(?P<mod>last|next|this\s+coming|this|coming|past|previous|early|late|earlier\s+on"
    r"|late\s+on|early\s+on|on|by|until|till|from|since|before|after|through)\s+)?"
    r"(?:(?P<mod2>early|late)\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?P<pl>s)?(?![\w])"
    r"(?:(?P<poss>['’]s)?\s+(?P<part>morning|afternoon|evening|night)\b)?"
)
_WD_PREPS = frozenset("on by until till from since before after through".split())


def _h_weekday(m, text, ctx):
    wd_word = m.group("wd")
    wd = _WEEKDAYS[wd_word.lower()]
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    start = m.start()
    if mod in _WD_PREPS or mod.endswith(" on"):
        start = m.start("mod2") if m.group("mod2") else m.start("wd")
        if mod.endswith(" on"):
            start = m.start()
        mod = "" if mod in _WD_PREPS else mod
    if m.group("pl"):
        if m.group("part"):
            return None
        return m.start("wd"), m.end("wd") + 1, "SET", ("abs", f"XXXX-WXX-{wd + 1}")
    part = (m.group("part") or "").lower()
    end = m.end()
    if m.group("poss") and part:
        part = ""
        end = m.end("wd")
    if not part and m.group("poss") is None and m.group("part") is None:
        end = m.end("wd")
    typ = "TIME" if part else "DATE"
    if not mod and _AHEAD_CUE.search(text, max(0, start - 30), start):
        mod = "coming"
    elif not mod and text[m.end("wd"): m.end("wd") + 2] in ("'s", "’s"):
        # "Friday's vote": no clause of its own; past unless announced as ahead
        mod = "_past"
    return start, end, typ, ("weekday", wd, mod, _PARTS.get(part))


_R_RELUNIT = _c(
    r"\b(?:(?P<the>the)\s+)?(?P<mod>earlier\s+this|later\s+this|early\s+this|late\s+this"
    r"|early\s+last|late\s+last|earlier\s+last|early\s+next|late\s+next|end\s+of\s+this"
    r"|end\s+of\s+last|end\s+of\s+next|this\s+past|last|next|this|coming|past|previous|current"
    r"|following)\s+(?P<unit>week(?:end)?|month|year|quarter|decade|century"
    r"|spring|summer|autumn|fall|winter)(?![\w-])"
)


def _h_relunit(m, text, ctx):
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    unit = m.group("unit").lower()
    the = m.group("the")
    last_word = mod.split()[-1]
    if unit == "weekend":
        if last_word in ("this", "the"):
            return m.start(), m.end(), "DATE", ("weekend", None)
        if last_word in ("past", "previous", "last"):
            return m.start(), m.end(), "DATE", ("rel_unit", unit, -1)
        if last_word in ("next", "coming", "following"):
            return m.start(), m.end(), "DATE", ("rel_unit", unit, 1)
        return None
    if (the and last_word != "current") or last_word in ("past", "previous", "coming", "following"):
        if mod == "this past":
            pass
        elif unit in ("week", "month", "year", "decade", "century"):
            # "the past week", "the coming year": a stretch of time, not a calendar unit
            return m.start(), m.end(), "DURATION", ("abs", _dur_value(1, unit))
        else:
            return None
    if unit == "year" and _next_word(text, m.end()).lower() in ("old", "olds"):
        return None
    if last_word == "current" and unit not in ("year", "month", "week", "quarter", "decade"):
        return None
    offs = {"last": -1, "next": 1, "this": 0, "past": -1, "current": 0}[last_word]
    return m.start(), m.end(), "DATE", ("rel_unit", unit, offs)


_R_WEEKEND = _c(r"\bthe\s+weekend(?![\w-])")


def _h_weekend(m, text, ctx):
    return m.start(), m.end(), "DATE", ("weekend", None)


_R_ENDOF = _c(
    r"\b(?:the\s+)?(?P<pos>end|start|beginning|middle|rest)\s+of\s+(?:the|this)\s+"
    r"(?P<unit>week|month|year|decade)\b"
)


def _h_endof(m, text, ctx):
    return m.start(), m.end(), "DATE", ("rel_unit", m.group("unit").lower(), 0)


_R_AGO = _c(
    rf"\b(?P<n>{_NUM}|a\s+few|a\s+couple\s+of|a\s+couple|several|some|many|a|an)\s+"
    rf"(?P<unit>{_UNIT})\s+(?P<dir>ago|from\s+now|hence|earlier)\b"
)


def _h_ago(m, text, ctx):
    n = _num(m.group("n"))
    unit = _unit_of(m.group("unit"))
    d = m.group("dir").lower()
    if d == "earlier" and not (n == 1 and unit == "year"):
        return None  # "three days earlier" is anchored on the narrative, not the publication
    sign = 1 if d in ("hence",) or d.startswith("from") else -1
    if n == 1 and unit == "year" and sign < 0:
        return m.start(), m.end(), "DATE", ("report_q", -1, None, None)  # "a year ago/earlier"
    return m.start(), m.end(), "DATE", ("shift", n, unit, sign)


# Results reporting: "the quarter", "the latest period", "the year-ago quarter", "the 1988
# period", "last year's third quarter". In an article about quarterly results these name the
# reported quarter (or the same quarter a year before); elsewhere the year.
_R_FIN = _c(
    r"\b(?:(?P<cur>the\s+(?:latest|most\s+recent|recent)\s+(?:quarter|period)|the\s+quarter)"
    r"|(?P<ago>(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?year[-\s](?:ago|earlier)"
    r"(?:\s+(?P<ord1>first|second|third|fourth)(?:[\s-]+quarter)|\s+quarter|\s+period)?)"
    r"|(?P<corr>the\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year)"
    r"|(?P<rel>this|last|next)\s+year['’]s\s+(?:(?P<ord2>first|second|third|fourth)[\s-]+)?(?:quarter|period)"
    r"|the\s+(?P<y>(?:19|20)\d\d)\s+(?:(?P<ord3>first|second|third|fourth)[\s-]+)?(?:quarter|period)"
    r"|(?:the\s+)?(?P<half>first|second|last)\s+half\s+of\s+(?P<hy>(?:19|20)\d\d)"
    r"|(?P<year>the\s+(?:full\s+|fiscal\s+|current\s+fiscal\s+|current\s+|calendar\s+)?year"
    r"(?P<y2000>\s+two\s+thousand)?(?!\s*(?:\d|['’]s|-)))"
    r"|(?P<fut>the\s+(?:near\s+|foreseeable\s+|distant\s+)?future)|(?P<ye>year[-\s]end))(?![\w-])"
)


def _h_fin(m, text, ctx):
    if m.group("ye"):
        return m.start(), m.end(), "DATE", ("year_end",)
    if m.group("fut"):
        return m.start(), m.end(), "DATE", ("abs", "FUTURE_REF")
    if m.group("year"):
        if m.group("y2000"):
            return m.start(), m.end(), "DATE", ("abs", "2000")
        nxt = _next_word(text, m.end()).lower()
        if nxt in ("ended", "ending", "to", "through", "before", "after", "earlier", "later"):
            return (None if nxt in ("before", "after", "earlier", "later")
                    else (m.start(), m.end(), "DURATION", ("abs", "P1Y")))
        return m.start(), m.end(), "DATE", ("rel_unit", "year", 0)
    if m.group("half"):
        h = 1 if m.group("half").lower() == "first" else 2
        return m.start(), m.end(), "DATE", ("abs", f"{m.group('hy')}-H{h}")
    ordw = (m.group("ord1") or m.group("ord2") or m.group("ord3") or "").lower()
    q = _ORDINALS.get(ordw) if ordw else None
    if m.group("cur"):
        return m.start(), m.end(), "DATE", ("report_q", 0, None, None)
    if m.group("ago") or m.group("corr"):
        return m.start(), m.end(), "DATE", ("report_q", -1, q, None)
    if m.group("rel"):
        offs = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        return m.start(), m.end(), "DATE", ("report_q", offs, q, None)
    return m.start(), m.end(), "DATE", ("report_q", 0, q, int(m.group("y")))


_R_IN = _c(
    rf"\b(?:in|within)\s+(?P<span>(?P<n>{_NUM}|a|an|a\s+few|a\s+couple\s+of|several)\s+"
    rf"(?P<unit>{_UNIT})(?:['’]s?\s+time|\s+time)?)(?![\w-])"
)
_SUPERLATIVE_CUES = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|worst|best|most|least|fastest|slowest|strongest"
    r"|weakest|deadliest|time|times|once|twice|only|never|since)\b[^.;]{0,40}$",
    re.I,
)


def _h_in(m, text, ctx):
    n = _num(m.group("n")) if m.group("n").lower() not in ("a few", "several") else None
    if re.match(r"a\s+couple", m.group("n"), re.I):
        n = 2
    unit = _unit_of(m.group("unit"))
    s, e = m.start("span"), m.end("span")
    dur_end = m.end("unit")
    as_duration = False
    before = text[max(0, m.start() - 60): m.start()]
    if m.group(0)[:6].lower() == "within":
        as_duration = True
    elif m.group("n").lower() in ("a", "an") and m.end("span") == m.end("unit"):
        as_duration = True  # "in a year": a stretch of time unless "in a year's time"
    elif _SUPERLATIVE_CUES.search(before):
        as_duration = True
    elif ctx.doc is not None and ctx.tense(m.start("span"), m.end("unit")) == "past":
        as_duration = True
    if as_duration or n is None:
        return s, dur_end, "DURATION", ("abs", _dur_value(n, unit))
    return s, e, "DATE", ("shift", n, unit, 1)


_R_DURATION = _c(
    r"\b(?:(?P<the>the\s+(?:past|last|next|coming|previous|first|following|final|latest|same|"
    r"initial|remaining|other)\s+)|(?P<adv>(?:nearly|almost|about|around|roughly|some|more\s+than"
    r"|less\s+than|fewer\s+than|at\s+least|over|up\s+to|just|only)\s+))?"
    rf"(?P<n>{_NUM}(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple\s+of|a\s+couple|several|many|few"
    r"|dozens\s+of|hundreds\s+of|thousands\s+of|a|an)\s+"
    rf"(?P<unit>{_UNIT})(?![\w-])(?!\s+old\b)(?:\s+and\s+a\s+half\b)?"
)
_VAGUE = frozenset(
    ["a few", "a couple of", "a couple", "several", "many", "few", "dozens of", "hundreds of",
     "thousands of"]
)


def _h_duration(m, text, ctx):
    nraw = re.sub(r"\s+", " ", m.group("n").lower())
    unit_w = m.group("unit").lower()
    unit = _unit_of(unit_w)
    plural = unit_w != unit
    if nraw in _VAGUE:
        if not plural:
            return None
        n = 2 if nraw.startswith("a couple") else None
    else:
        if nraw.endswith(" and a half"):
            base = _num(nraw[: -len(" and a half")])
            n = None if base is None else base + 0.5
        else:
            n = _num(nraw)
        if n is None:
            return None
        if unit == "second" and nraw in ("a", "an"):
            return None  # "a second round": ordinal
        if unit == "night" and nraw in ("a", "an"):
            return None
    if m.group(0).lower().endswith("and a half") and n is not None and not nraw.endswith("half"):
        n = n + 0.5
    start = m.start("n") if not m.group("the") else m.start()
    # "a day" right after a count or money word is a rate ("$5 a day", "three times a week")
    if nraw in ("a", "an") and not m.group("the"):
        prev = _prev_word(text, m.start("n"))
        nxt = text[m.end():m.end() + 8].lstrip().lower()
        relative = nxt.startswith(("earlier", "later", "ago", "before", "after"))  # "12 a day earlier"
        if prev and not relative and (prev[-1].isdigit() or prev in _RATE_PREV or prev.endswith("times")):
            return m.start("n"), m.end("unit"), "SET", ("abs", _dur_value(1, unit))
    if unit == "second" and nraw in ("a", "an"):
        return None
    return start, m.end(), "DURATION", ("abs", _dur_value(n, unit))


_RATE_PREV = frozenset(
    """once twice thrice times million billion trillion bn m k cent percent dollars pounds euros
    hours hour days minutes shifts meals visits flights""".split()
)

_R_HYPHEN_DUR = _c(
    rf"\b(?P<n>\d+(?:\.\d+)?|{_NUMWORD})-(?P<unit>second|minute|hour|day|night|week|month|year|decade|century)"
    r"(?![\w-])"
)


def _h_hyphen_dur(m, text, ctx):
    n = _num(m.group("n"))
    if n is None:
        return None
    return m.start(), m.end(), "DURATION", ("abs", _dur_value(n, m.group("unit").lower()))


_R_VAGUE_DUR = _c(
    r"\b(?:(?P<pre>for|in\s+recent|over\s+recent|in\s+the\s+coming|in\s+the\s+next|over\s+the\s+coming"
    r"|for\s+many|for\s+several)\s+)(?P<unit>years|decades|months|weeks|days|hours|centuries)\b"
)


def _h_vague_dur(m, text, ctx):
    pre = re.sub(r"\s+", " ", m.group("pre").lower())
    unit = _unit_of(m.group("unit"))
    if pre == "for":
        start = m.start("unit")
    elif pre.startswith("in ") or pre.startswith("over "):
        start = m.start("pre") + pre.index(" ") + 1
    else:
        start = m.start("pre") + 4  # "for many years" -> "many years"
    return start, m.end(), "DURATION", ("abs", _dur_value(None, unit))


_R_SET = _c(
    r"\b(?P<q>every|each|per)\s+(?:(?P<n>other|\d+|" + _NUMWORD + r")\s+)?"
    rf"(?P<unit>{_UNIT}|{_WEEKDAY}|morning|afternoon|evening|night|weekend)(?![\w-])"
)


def _h_set(m, text, ctx):
    unit_w = m.group("unit")
    nraw = (m.group("n") or "").lower()
    if unit_w.lower() in _WEEKDAYS:
        return m.start(), m.end(), "SET", ("abs", f"XXXX-WXX-{_WEEKDAYS[unit_w.lower()] + 1}")
    if unit_w.lower() in _PARTS:
        return m.start(), m.end(), "SET", ("abs", f"XXXX-XX-XXT{_PARTS[unit_w.lower()]}")
    if unit_w.lower() == "weekend":
        return m.start(), m.end(), "SET", ("abs", "XXXX-WXX-WE")
    unit = _unit_of(unit_w)
    n = 2 if nraw == "other" else (_num(nraw) if nraw else 1)
    if n is None:
        return None
    return m.start(), m.end(), "SET", ("abs", _dur_value(n, unit))


_R_ADV_SET = _c(r"\b(?:daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|hourly|biannually)\b")


def _h_adv_set(m, text, ctx):
    w = m.group(0)
    nxt = _next_word(text, m.end())
    if w[0].isupper() and nxt[:1].isupper():
        return None  # "Daily Mail", "Weekly Standard"
    if w[0].isupper() and _prev_word(text, m.start()) == "the":
        return None
    if w.lower() == "quarterly" and (nxt[:1].islower() or _prev_word(text, m.start()) in ("its", "a", "initial", "the")):
        return None  # "its quarterly dividend", "quarterly results": a kind of report, not a frequency
    return m.start(), m.end(), "SET", ("abs", _ADVERB_SETS[w.lower()])


_R_REF = _c(
    r"\b(?P<w>right\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days"
    r"|presently|recently|lately|in\s+the\s+past|in\s+the\s+future|in\s+the\s+near\s+future"
    r"|in\s+the\s+distant\s+past|once\s+again)(?![\w-])"
)


def _h_ref(m, text, ctx):
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if w == "once again":
        return None
    start = m.start()
    if w.startswith("in the"):
        start = m.start() + 3
    if w in ("right now", "now", "currently", "at present", "at the moment", "nowadays",
             "these days", "presently"):
        if w in ("at present", "at the moment"):
            start = m.start() + 3
        if w == "now":
            nxt = text[m.end(): m.end() + 1]
            if nxt == "-":
                return None
        return start, m.end(), "DATE", ("abs", "PRESENT_REF")
    if w in ("recently", "lately", "in the past", "in the distant past"):
        return start, m.end(), "DATE", ("abs", "PAST_REF")
    return start, m.end(), "DATE", ("abs", "FUTURE_REF")


_R_TIME_AMPM = _c(
    rf"(?<![\w:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{_AMPM}){_TZ}"
)


def _h_time_ampm(m, text, ctx):
    h = int(m.group("h")) % 12
    if m.group("ap").lower().startswith("p"):
        h += 12
    mi = int(m.group("mi") or 0)
    return m.start(), m.end(), "TIME", ("clock", f"T{h:02d}:{mi:02d}")


_R_TIME_24 = _c(rf"(?<![\w:.,])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?!\s*{_AMPM}){_TZ}")


def _h_time_24(m, text, ctx):
    return m.start(), m.end(), "TIME", ("clock", f"T{int(m.group('h')):02d}:{m.group('mi')}")


_R_TIME_MIL = _c(
    r"(?<![\w:.,])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|UTC|BST|EST|EDT|hrs|hours\s+GMT"
    r"|local\s+time)\b"
)


def _h_time_mil(m, text, ctx):
    return m.start(), m.end(), "TIME", ("clock", f"T{m.group('h')}:{m.group('mi')}")


_R_TIME_WORD = _c(
    rf"\b(?:(?P<h>{_NUMWORD}|\d{{1,2}})\s+o['’]?clock|(?P<w>noon|midday|midnight))\b"
)


def _h_time_word(m, text, ctx):
    w = (m.group("w") or "").lower()
    if w:
        return m.start(), m.end(), "TIME", ("clock", "T24:00" if w == "midnight" else "T12:00")
    h = _num(m.group("h"))
    if h is None or not 1 <= h <= 12:
        return None
    return m.start(), m.end(), "TIME", ("clock", f"T{int(h):02d}:00")


_R_QUARTER = _c(
    r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
    r"(?:\s+of\s+(?P<y>\d{4}|this\s+year|last\s+year|next\s+year)|(?:\s+(?P<y2>\d{4})))?(?![\w-])"
    r"|\b(?P<q>Q[1-4])\s+(?P<y3>\d{4})\b"
)


def _h_quarter(m, text, ctx):
    if m.group("q"):
        return m.start(), m.end(), "DATE", ("abs", f"{m.group('y3')}-{m.group('q')}")
    o = m.group("ord").lower()
    q = _ORDINALS.get(o) or int(o[0])
    y = m.group("y") or m.group("y2")
    if y and y[0].isdigit():
        return m.start(), m.end(), "DATE", ("abs", f"{y}-Q{q}")
    offs = 0
    if y:
        offs = {"this": 0, "last": -1, "next": 1}[y.split()[0].lower()]
    return m.start(), m.end(), "DATE", ("quarter", q, offs)


_R_HOLIDAY = _c(
    r"\b(?:(?P<mod>last|next|this|this\s+past|this\s+coming)\s+)?(?P<w>Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day"
    r"|Valentine['’]s\s+Day|Halloween|Thanksgiving(?:\s+Day)?)(?:\s+(?P<y>\d{4})\b)?",
    0,
)


def _thanksgiving(y: int) -> date:
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday_year(pub: date, day_of, mod: str) -> int | None:
    """Year of "last Christmas" (the latest one before publication), "next Christmas"..."""
    if mod in ("last", "this past"):
        return pub.year if day_of(pub.year) < pub else pub.year - 1
    if mod in ("next", "this coming"):
        return pub.year if day_of(pub.year) > pub else pub.year + 1
    return None


def _h_holiday(m, text, ctx):
    key = re.sub(r"\s+", " ", m.group("w").lower())
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    start = m.start() if mod in ("last", "next", "this past", "this coming") else m.start("w")
    if key.startswith("thanksgiving"):  # US: the fourth Thursday of November
        y = int(m.group("y")) if m.group("y") else None
        if y is None and mod and ctx.pub is not None:
            y = _holiday_year(ctx.pub, _thanksgiving, mod)
        return start, m.end(), "DATE", ("thanksgiving", y)
    mo, d = _HOLIDAYS[key]
    if not m.group("y") and mod and ctx.pub is not None:
        y = _holiday_year(ctx.pub, lambda yy: date(yy, mo, d), mod)
        if y is not None:
            return start, m.end(), "DATE", ("abs", f"{y:04d}-{mo:02d}-{d:02d}")
    if m.group("y"):
        return m.start(), m.end(), "DATE", ("abs", f"{m.group('y')}-{mo:02d}-{d:02d}")
    return m.start(), m.end(), "DATE", ("md", mo, d, None)


_R_SPOKEN_YEAR = _c(
    r"\b(?:the\s+winter\s+of\s+|the\s+summer\s+of\s+|(?P<mon>" + _MONTH_FULL + r")\s+)?"
    r"nineteen(?:\s+hundred(?:\s+and)?)?\s+"
    r"(?P<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?P<u>one|two|three|four|five|six|seven|eight|nine))?(?![\w-])"
)


def _h_spoken_year(m, text, ctx):
    """Years said in words in broadcast transcripts: "nineteen ninety-six" -> 1996."""
    y = 1900 + _TENS[m.group("t").lower()] + (_SMALL[m.group("u").lower()] if m.group("u") else 0)
    start = m.start()
    if m.group("mon"):
        return start, m.end(), "DATE", ("abs", f"{y}-{_MONTHS[m.group('mon').lower()[:3]]:02d}")
    if m.group(0).lower().startswith("the "):
        season = "WI" if "winter" in m.group(0).lower()[:12] else "SU"
        return start, m.end(), "DATE", ("abs", f"{y}-{season}")
    return start, m.end(), "DATE", ("abs", str(y))


_R_SEASON = _c(r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<s>spring|summer|autumn|winter)(?![\w-])(?!\s+of\b)")


def _h_season(m, text, ctx):
    """A season without "this/last/next": the one of the publication year (last year's when
    it is still ahead in a past-tense clause)."""
    if not m.group(0).lower().startswith("the") and _prev_word(text, m.start()).lower() not in (
            "in", "during", "over", "through", "since", "until", "by", "this", "until"):
        return None
    return m.start(), m.end(), "DATE", ("season", m.group("s").lower())


_R_CURRENT = _c(r"\bcurrent(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|events|flow|flows|"
                r"electrical|of|and|year|quarter|month|week|fiscal|issue)\b)")


def _h_current(m, text, ctx):
    """ "current" before a noun ("its current position") refers to the present (TIMEX3)."""
    return m.start(), m.end(), "DATE", ("abs", "PRESENT_REF")


_MONTH_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_FULL_MONTH_WORDS = "january february march april may june july august september october november december"
_WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays"
_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "fortnights month months year years decade decades century centuries"
)
_PLURAL_UNITS = "years decades months weeks days hours centuries"

# (regex, handler, priority, anchors). Lower priority wins ties of equal length. ``anchors`` is
# either a string of lowercase words (the rule runs only in a window around one of them: every
# match of the rule contains one) or a compiled cheap regex giving the anchor positions, or None
# (scan the whole text; only for rules that are cheap to scan).
_RULES = [
    (_R_ISO, _h_iso, 0, re.compile(r"\d{4}-\d\d-\d\d")),
    (_R_NUMERIC, _h_numeric, 0, re.compile(r"\d[/.]\d{1,2}[/.]\d")),
    (_R_DMY, _h_dmy, 1, _MONTH_WORDS),
    (_R_MDY, _h_mdy, 1, _MONTH_WORDS),
    (_R_MY, _h_my, 1, _MONTH_WORDS),
    (_R_QUARTER, _h_quarter, 1, "quarter q1 q2 q3 q4"),
    (_R_FIN, _h_fin, 1, "quarter period year half future end"),
    (_R_HOLIDAY, _h_holiday, 2, "christmas year boxing valentine halloween thanksgiving"),
    (_R_SPOKEN_YEAR, _h_spoken_year, 2, "nineteen"),
    (_R_SEASON, _h_season, 5, "spring summer autumn winter"),
    (_R_CURRENT, _h_current, 6, "current"),
    (_R_CENTURY, _h_century, 2, "century"),
    (_R_DECADE, _h_decade, 2, re.compile(r"\d0s(?![A-Za-z])")),
    (_R_TIME_AMPM, _h_time_ampm, 2, re.compile(r"\d\s*[ap]\.?m", re.I)),
    (_R_TIME_24, _h_time_24, 2, re.compile(r"\d:\d\d")),
    (_R_TIME_MIL, _h_time_mil, 2, re.compile(r"\d{4}\s*(?:GMT|UTC|BST|EST|EDT|hrs|hours|local)")),
    (_R_TIME_WORD, _h_time_word, 3, "clock noon midday midnight"),
    (_R_RELDAY, _h_relday, 2, "yesterday today tomorrow tonight overnight"),
    (_R_PART, _h_part, 2, "morning afternoon evening night"),
    (_R_WEEKDAY, _h_weekday, 3, _WEEKDAY_WORDS),
    (_R_AGO, _h_ago, 2, "ago hence now earlier"),
    (_R_IN, _h_in, 3, _UNIT_WORDS),
    (_R_RELUNIT, _h_relunit, 3,
     "week weekend month year quarter decade century spring summer autumn fall winter"),
    (_R_ENDOF, _h_endof, 3, "week month year decade"),
    (_R_WEEKEND, _h_weekend, 4, "weekend"),
    (_R_SET, _h_set, 3, "every each per"),
    (_R_ADV_SET, _h_adv_set, 4,
     "daily nightly weekly fortnightly monthly quarterly yearly annually hourly biannually"),
    (_R_DURATION, _h_duration, 4, _UNIT_WORDS),
    (_R_HYPHEN_DUR, _h_hyphen_dur, 4, _UNIT_WORDS),
    (_R_VAGUE_DUR, _h_vague_dur, 5, _PLURAL_UNITS),
    (_R_MON, _h_mon, 5, _FULL_MONTH_WORDS),
    (_R_YEAR, _h_year, 6, None),
    (_R_REF, _h_ref, 6,
     "now currently present moment nowadays days presently recently lately past future"),
]

_BACK, _FWD = 64, 96  # window around an anchor: longest prefix / suffix a rule may match


def _trie_regex(words) -> str:
    """A regex alternation shaped like a trie (much faster in ``re`` than a flat one)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
        return body

    return build(trie)


_WORD_RULES: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(_RULES):
    if isinstance(_r[3], str):
        for _w in _r[3].split():
            _WORD_RULES[_w] = _WORD_RULES.get(_w, ()) + (_i,)
_ANCHOR = re.compile(r"(?<![a-z])(?:%s)(?![a-z])" % _trie_regex(sorted(_WORD_RULES)))
_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def _windows(positions, n):
    """Merge [p - _BACK, p + _FWD] windows around sorted anchor positions."""
    out = []
    for p in positions:
        lo, hi = max(0, p - _BACK), min(n, p + _FWD)
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    return out


# --------------------------------------------------------------------------------------------
# Context: publication date and (optional) spaCy doc, for tense and entity look-ups
# --------------------------------------------------------------------------------------------


class _Ctx:
    __slots__ = ("pub", "doc", "doc_ents", "_starts", "_toks", "report_q")  # doc_ents: True when NER is usable

    def __init__(self, pub, doc):
        self.pub = pub
        self.doc = doc
        self.doc_ents = None
        self._starts = None
        self._toks = None
        self.report_q = None  # (year, quarter) of the results an article reports, if any
        if doc is not None:
            self.doc_ents = True

    def _index(self):
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
            self._toks = list(self.doc)
        return self._starts, self._toks

    def token_at(self, pos):
        starts, toks = self._index()
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        tok = toks[i]
        return tok if tok.idx <= pos < tok.idx + len(tok.text) else None

    def tense(self, start, end):
        if self.doc is None:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        return _clause_tense(span.root)


def _ent_at(ctx, pos):
    tok = ctx.token_at(pos)
    return tok.ent_type_ if tok is not None and tok.ent_type_ else None


def _clause_tense(tok):
    """Tense of the verb governing ``tok``: 'past', 'future', 'present' or None."""
    origin = tok
    below = None
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            if (tok.lemma_ in _PLANNING and tok.i < origin.i
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < origin.i for c in tok.children)
                    and not any(c.lower_ in ("had", "'d") for c in tok.children)):
                return "future"  # "scheduled a news conference Thursday": the planned event
            return _verb_tense(_reattach(tok, below, origin), 0)
        if tok.head.i == tok.i:
            return None
        below = tok
        tok = tok.head
    return None


def _reattach(v, below, origin):
    """Fix a common mis-attachment: in "said on Friday the talks will resume", the parser
    hangs "on Friday" on "resume"; a modifier that sits before the whole clause of a
    complement verb, right after that verb's head, belongs to the head."""
    if below is None or v.dep_ not in ("ccomp", "advcl", "conj") or v.head.i > origin.i:
        return v
    if v.head.pos_ not in ("VERB", "AUX"):
        return v
    left = v.i
    for c in v.children:
        if c.i == below.i:
            continue
        left = min(left, c.left_edge.i)
    if origin.i < left and below.left_edge.i > v.head.i:
        return v.head
    return v


def _verb_tense(v, depth):
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUT_AUX:
        return "future"
    if words & _OTHER_MODALS:
        return None  # "could be located Wednesday": no reliable direction
    if v.dep_ == "xcomp" and v.head.lower_ == "going":
        return "future"
    pluperfect = "had" in words or "'d" in words
    if v.lemma_ in _DEFERRING and not pluperfect:
        return "future"  # "postponed until Tuesday"
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ == "VBN":
        if not auxes or any(a.lemma_ == "have" for a in auxes):
            return "past"
        return "present"
    if depth < 3 and v.dep_ in ("xcomp", "conj", "advcl", "ccomp") and v.tag_ in ("VB", "VBG"):
        if v.dep_ in ("xcomp", "conj") or "to" in words:
            h = v.head
            if h.pos_ == "ADJ" and h.head.i != h.i:  # "had been due to expire Friday"
                if h.lemma_ in _PROSPECTIVE and h.head.pos_ in ("VERB", "AUX"):
                    t = _verb_tense(h.head, depth + 1)
                    return "past" if t == "past" and any(
                        c.lower_ in ("had", "'d") for c in h.head.children) else "future"
                h = h.head
            if h.i != v.i and h.pos_ in ("VERB", "AUX"):
                if h.lemma_ in _PROSPECTIVE and v.dep_ == "xcomp" and not any(
                        c.lower_ in ("had", "'d") for c in h.children):
                    return "future"  # "planned to leave on Thursday"
                t = _verb_tense(h, depth + 1)
                if t == "present" and v.dep_ == "xcomp":
                    return "future"  # "is expected to meet on Friday"
                return t
    if v.tag_ in ("VBZ", "VBP", "VBG", "VB", "MD"):
        if v.tag_ == "VBG" and not auxes:
            return None
        if v.tag_ == "VBP" and v.lower_ in _SAME_FORM:
            return None
        return "present"
    return None


# --------------------------------------------------------------------------------------------
# Value resolution
# --------------------------------------------------------------------------------------------


def _valid(y, mo, d) -> bool:
    try:
        date(y, mo, d)
        return True
    except ValueError:
        return False


def _iso(d: date) -> str:
    return d.isoformat()


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(y: int, mo: int, k: int) -> tuple[int, int]:
    t = y * 12 + (mo - 1) + k
    return t // 12, t % 12 + 1


def _pick_year(pub: date, mo: int, d: int | None, mode: str | None) -> int:
    """Year for a month (and day) given without one, relative to publication."""
    y = pub.year
    # signed distance in months from publication to the date in the publication year
    diff = (mo - pub.month) + ((d or pub.day) - pub.day) / 31.0
    # A past-tense clause may still name a date a little ahead ("talks were set for Feb. 10"
    # in a January article), so only a date well ahead moves back a year; same for future.
    if mode == "past":
        return y - 1 if diff > 2 else y
    if mode == "future":
        return y + 1 if diff < -2 else y
    if diff > 6:
        return y - 1
    if diff < -6:
        return y + 1
    return y


def _resolve(spec, typ, start, end, ctx, text):
    pub = ctx.pub
    kind = spec[0]
    if kind == "abs":
        return spec[1]
    if kind == "clock":
        return None  # filled in afterwards from a nearby date
    if pub is None:
        return None
    if kind == "rel_day":
        _, offs, part = spec
        d = pub + timedelta(days=offs)
        return _iso(d) + (f"T{part}" if part else "")
    if kind == "weekday":
        _, wd, mod, part = spec
        if mod in ("next",):
            delta = (wd - pub.weekday()) % 7 or 7
            d = pub + timedelta(days=delta)
        elif mod in ("this coming", "coming"):
            d = pub + timedelta(days=(wd - pub.weekday()) % 7)
        elif mod in ("last", "past", "previous"):
            delta = (pub.weekday() - wd) % 7 or 7
            d = pub - timedelta(days=delta)
        elif mod == "_past":
            d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        else:
            tense = ctx.tense(start, end) if ctx.doc is not None else None
            if mod == "this" and tense is None:
                tense = "future"
            if tense in ("future", "present"):
                d = pub + timedelta(days=(wd - pub.weekday()) % 7)
            else:
                d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return _iso(d) + (f"T{part}" if part else "")
    if kind == "md":
        _, mo, d, _ = spec
        mode = ctx.tense(start, end) if ctx.doc is not None else None
        if mode == "present":
            mode = None
        y = _pick_year(pub, mo, d, mode)
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if kind == "month":
        _, mo, rel = spec
        if rel == 0:
            y = pub.year
        elif rel == -1:
            y = pub.year if mo < pub.month else pub.year - 1
        elif rel == 1:
            y = pub.year if mo > pub.month else pub.year + 1
        else:
            mode = ctx.tense(start, end) if ctx.doc is not None else None
            if mode == "present":
                mode = None
            y = _pick_year(pub, mo, None, mode)
        return f"{y:04d}-{mo:02d}"
    if kind == "weekend":
        tense = ctx.tense(start, end) if ctx.doc is not None else None
        if tense in ("future", "present") or pub.weekday() >= 5:
            return _week(pub) + "-WE"
        return _week(pub - timedelta(weeks=1)) + "-WE"
    if kind == "month_y":
        return f"{pub.year + spec[2]:04d}-{spec[1]:02d}"
    if kind == "rel_unit":
        _, unit, offs = spec
        if unit == "week":
            return _week(pub + timedelta(weeks=offs))
        if unit == "weekend":
            return _week(pub + timedelta(weeks=offs)) + "-WE"
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, offs)
            return f"{y:04d}-{mo:02d}"
        if unit == "year":
            return f"{pub.year + offs:04d}"
        if unit == "quarter":
            q = (pub.month - 1) // 3 + offs
            y = pub.year + q // 4
            return f"{y:04d}-Q{q % 4 + 1}"
        if unit == "decade":
            return str(pub.year // 10 + offs)
        if unit == "century":
            return f"{pub.year // 100 + offs:02d}"
        code = _SEASONS[unit]
        order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
        cur = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[pub.month]
        y = pub.year
        if offs == -1 and order[code] >= cur:
            y -= 1
        elif offs == 1 and order[code] <= cur:
            y += 1
        return f"{y:04d}-{code}"
    if kind == "year_end":
        tense = ctx.tense(start, end) if ctx.doc is not None else None
        y = pub.year - 1 if tense == "past" and pub.month <= 3 else pub.year
        return f"{y:04d}-12-31"
    if kind == "thanksgiving":
        y = spec[1] or _pick_year(pub, 11, 25, ctx.tense(start, end) if ctx.doc is not None else None)
        return _iso(_thanksgiving(y))
    if kind == "season":
        code = _SEASONS[spec[1]]
        y = pub.year
        smonth = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        tense = ctx.tense(start, end) if ctx.doc is not None else None
        if tense == "past" and smonth > pub.month + 1:
            y -= 1
        return f"{y:04d}-{code}"
    if kind == "quarter":
        _, q, offs = spec
        y = pub.year + offs
        if offs == 0 and (q - 1) * 3 + 1 > pub.month:
            # "the fourth quarter" in a January article: the one just ended, unless ahead
            tense = ctx.tense(start, end) if ctx.doc is not None else None
            if tense not in ("future", "present"):
                y -= 1
        return f"{y:04d}-Q{q}"
    if kind == "report_q":
        _, offs, q, y = spec
        rq = ctx.report_q
        if rq is None:  # not a results article: the year
            if q is None and y is None and offs == 0:
                pq = (pub.month - 1) // 3
                if "period" in text[start:end].lower():  # the last completed quarter
                    return f"{pub.year}-Q{pq}" if pq else f"{pub.year - 1}-Q4"
                return _resolve(("rel_unit", "quarter", 0), typ, start, end, ctx, text)
            yy = (y if y is not None else pub.year) + offs
            return f"{yy:04d}-Q{q}" if q else f"{yy:04d}"
        yy = (y if y is not None else rq[0]) + offs
        return f"{yy:04d}-Q{q or rq[1]}"
    if kind == "shift":
        _, n, unit, sign = spec
        if n is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        if isinstance(n, float) and not n.is_integer():
            n_int = None
        else:
            n_int = int(n)
        code, is_time, mult = _UNITS[unit]
        if n_int is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        k = sign * n_int * mult
        if is_time:
            return _iso(pub)
        if code == "D":
            return _iso(pub + timedelta(days=k))
        if code == "W":
            return _week(pub + timedelta(weeks=k))
        if code == "M":
            y, mo = _add_months(pub.year, pub.month, k)
            return f"{y:04d}-{mo:02d}"
        if code == "Y":
            return f"{pub.year + k:04d}"
    return None


_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ADJ_AFTER = re.compile(r"^\s*(?:,\s*)?(?:on\s+)?(?:the\s+)?$", re.I)
_ADJ_BEFORE = re.compile(r"^\s*(?:,\s*)?(?:at\s+|from\s+|around\s+|about\s+)?$", re.I)
_SENT_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


def _anchor_clocks(items, text, pub):
    """Give clock times the day of the nearest day-precise date in the same sentence."""
    day_items = [(it["start"], it["end"], _DAY_VALUE.match(it["value"]).group(1))
                 for it in items if it["value"] and it["type"] in ("DATE", "TIME")
                 and _DAY_VALUE.match(it["value"])]
    for it in items:
        spec = it.pop("_clock", None)
        if spec is None:
            continue
        best = None
        best_dist = 10 ** 9
        for s, e, day in day_items:
            if e <= it["start"]:
                gap = text[e: it["start"]]
                dist = it["start"] - e
                if _ADJ_BEFORE.match(gap):
                    dist = 0
            elif s >= it["end"]:
                gap = text[it["end"]: s]
                dist = (s - it["end"]) + 1
                if _ADJ_AFTER.match(gap):
                    dist = 0  # "9 a.m. Tuesday", "3pm on Friday"
            else:
                continue
            if dist < best_dist and dist <= 200 and not _SENT_BREAK.search(gap):
                best, best_dist = day, dist
        if best is None and pub is not None:
            best = _iso(pub)
        it["value"] = (best + spec) if best else None


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


_R_RESULTS = _c(r"\b(?:(?P<ord>first|second|third|fourth)[\s-]+quarter|(?:the|latest|this)\s+quarter|quarterly)\b")


def _report_quarter(text: str, pub: date):
    """(year, quarter) whose results an article reports: its first "third quarter" (the one
    ending before publication), else the last quarter completed before publication; None when
    the article never speaks of quarters."""
    m = _R_RESULTS.search(text)
    if not m:
        return None
    if m.group("ord"):
        q = _ORDINALS[m.group("ord").lower()]
        y = pub.year if (q - 1) * 3 + 1 <= pub.month else pub.year - 1
        return y, q
    q = (pub.month - 1) // 3
    return (pub.year, q) if q else (pub.year - 1, 4)


def tag(text: str, published: date | None, doc=None) -> list[dict]:
    """Find every temporal expression in ``text``; values anchored on ``published``."""
    ctx = _Ctx(published, doc)
    if published is not None:
        ctx.report_q = _report_quarter(text, published)
    n = len(text)
    low = text.lower()
    if len(low) != n:  # some non-ASCII characters change length when lowercased
        low = text.translate(_ASCII_LOWER)
    hits: dict[int, list[int]] = {}
    for m in _ANCHOR.finditer(low):
        for ri in _WORD_RULES[m.group()]:
            hits.setdefault(ri, []).append(m.start())
    cands = []
    for ri, (rx, handler, prio, anchors) in enumerate(_RULES):
        if anchors is None:
            windows = [(0, n)]
        elif isinstance(anchors, str):
            if ri not in hits:
                continue
            windows = _windows(hits[ri], n)
        else:
            windows = _windows([m.start() for m in anchors.finditer(text)], n)
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                r = handler(m, text, ctx)
                if r is None:
                    continue
                s, e, typ, spec = r
                # trim whitespace / separators at the edges
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1] in " \t\n,;:":
                    e -= 1
                if e <= s:
                    continue
                cands.append((s, e, prio, typ, spec))
    # longest first, then rule priority, then earliest; keep non-overlapping
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, prio, typ, spec in cands:
        i = bisect.bisect_left(taken, (s, -1))
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        taken.insert(i, (s, e))
        chosen.append((s, e, typ, spec))
    chosen.sort(key=lambda c: c[0])
    out = []
    for s, e, typ, spec in chosen:
        item = {"text": text[s:e], "start": s, "end": e, "type": typ,
                "value": _resolve(spec, typ, s, e, ctx, text)}
        if spec[0] == "clock":
            item["_clock"] = spec[1]
        out.append(item)
    _anchor_clocks(out, text, published)
    return out


_RESOLVE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")


def resolve_date(value: str | None) -> tuple[str, str] | None:
    """A timeline-usable (iso_date, precision) for a DATE/TIME value, or None.

    ``"2011-03-17TNI"`` -> ``("2011-03-17", "day")``; ``"2011-03"`` -> ``("2011-03", "month")``;
    ``"2011"`` -> ``("2011", "year")``; refs, weeks, seasons, quarters, decades -> None.
    """
    if not value:
        return None
    m = _RESOLVE.match(value)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if "T" in value and not d:
        return None
    if d:
        if not _valid(int(y), int(mo), int(d)):
            return None
        return f"{y}-{mo}-{d}", "day"
    if mo:
        if not 1 <= int(mo) <= 12:
            return None
        return f"{y}-{mo}", "month"
    return y, "year"


@component("timexes")
def extract(doc, article, found) -> list[dict]:
    """Pipeline component: the article's temporal expressions."""
    pub = date.fromisoformat(article.published) if article.published else None
    return tag(article.text, pub, doc)
