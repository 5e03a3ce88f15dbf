"""Number phrases: digits and number words, vague amounts, ranges, qualifiers and currencies
("at least 30", "between 30 and 40", "dozens", "$5m") parsed from the tokens around a candidate."""

from __future__ import annotations

from .lexicon import (
    BIG, CHANGE_LEMMAS, CURRENCY_CODES, CURRENCY_PREFIX, CURRENCY_WORDS, FEW_WORDS, GLUED_RE, GLUED_SCALE,
    NUM_RE, PLURAL_SCALE, PREP_QUALIFIERS, QUALIFIERS, RANGE_TOKEN_RE, SCALE_AFTER_DIGITS, SCALE_OF, TEENS,
    TENS, UNITS, VAGUE
)


def _num_value(x: float):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


class _Core:
    """One parsed number: tokens [i, j), value, upper bound, vague label."""

    __slots__ = ("i", "j", "value", "vmax", "label", "scale", "glued_m")

    def __init__(self, i, j, value, vmax=None, label=None, scale=1, glued_m=False):
        self.i, self.j, self.value, self.vmax, self.label = i, j, value, vmax, label
        self.scale, self.glued_m = scale, glued_m


def _adjacent(doc, a: int) -> bool:
    """No whitespace between token a and a+1."""
    return doc[a].whitespace_ == ""


def _parse_core(doc, i: int, lim: int):
    t = doc[i]
    low = t.lower_
    nxt = doc[i + 1].lower_ if i + 1 < lim else ""
    # ---- vague amounts
    if low in ("tens", "hundreds") and i + 2 < lim and nxt == "of" and doc[i + 2].lower_ in PLURAL_SCALE:
        base = (10 if low == "tens" else 100) * PLURAL_SCALE[doc[i + 2].lower_]
        return _Core(i, i + 3, base, base * 10 - 1, f"{low} of {doc[i + 2].lower_}")
    if low in VAGUE:
        if low == "scores" and nxt != "of" and t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        lo, hi = VAGUE[low]
        return _Core(i, i + 1, lo, hi, low)
    if low == "several" or (low == "a" and nxt == "few"):
        j = i + 1 if low == "several" else i + 2
        label = "several" if low == "several" else "a few"
        m = FEW_WORDS["several" if low == "several" else "few"]
        if j < lim and doc[j].lower_ in SCALE_OF:
            # "several hundred", "a few thousand": conservatively the scale itself, like
            # "hundreds"/"thousands" (ACLED: hundreds = 100)
            sc = SCALE_OF[doc[j].lower_]
            plural = "dozens" if sc == 12 else doc[j].lower_ + "s"
            return _Core(i, j + 1, sc, 99 if sc == 12 else sc * 10 - 1, plural)
        return _Core(i, j, m, 9, label)
    if low in ("a", "an"):
        if nxt in SCALE_OF:
            return _Core(i, i + 2, SCALE_OF[nxt], scale=SCALE_OF[nxt])
        return None
    if low == "half" and nxt in ("a", "an") and i + 2 < lim and doc[i + 2].lower_ in SCALE_OF:
        sc = SCALE_OF[doc[i + 2].lower_]
        return _Core(i, i + 3, sc / 2, scale=sc)
    # ---- digits
    text = t.text
    if text[:1].isdigit():
        m = GLUED_RE.match(text)
        if m:
            sc = GLUED_SCALE[m.group(2).lower()]
            return _Core(i, i + 1, float(m.group(1)) * sc, scale=sc,
                         glued_m=m.group(2).lower() == "m")
        if not NUM_RE.match(text):
            return None
        if len(text) > 1 and text[0] == "0" and text[1] != ".":
            return None
        value = float(text.replace(",", ""))
        j = i + 1
        scale = 1
        glued_m = False
        if j < lim:
            w = doc[j].lower_
            if _adjacent(doc, i) and w in GLUED_SCALE:
                scale = GLUED_SCALE[w]
                glued_m = w == "m"
                j += 1
            elif w in SCALE_AFTER_DIGITS:
                scale = SCALE_AFTER_DIGITS[w]
                j += 1
            elif w == "dozen":
                scale = 12
                j += 1
        return _Core(i, j, value * scale, scale=scale, glued_m=glued_m)
    # ---- number words
    if low not in UNITS and low not in TEENS and low not in TENS:
        return None
    total, cur, j, state = 0, 0, i, None
    while j < lim:
        w = doc[j].lower_
        if w in ("-", "\u2013") and j > i and j + 1 < lim and _adjacent(doc, j - 1) and _adjacent(doc, j) \
                and doc[j + 1].lower_ in ("dozen", "hundred", "thousand", "million", "billion"):
            j += 1          # "two-dozen", "three-hundred"
            continue
        if state is None:
            if w in UNITS or w in TEENS:
                cur, state = UNITS.get(w) or TEENS[w], "small"
            elif w in TENS:
                cur, state = TENS[w], "tens"
            else:
                break
        elif state in ("tens", "tens2"):
            if w in ("-", "\u2013") and j + 1 < lim and doc[j + 1].lower_ in UNITS and _adjacent(doc, j - 1) and _adjacent(doc, j):
                cur += UNITS[doc[j + 1].lower_]
                j += 2
                state = "small" if state == "tens" else "small2"
                continue
            if w in UNITS:
                cur += UNITS[w]
                state = "small" if state == "tens" else "small2"
            elif w in BIG and w not in ("bn", "mn"):
                total += cur * BIG[w]
                cur, state = 0, "big"
            else:
                break
        elif state == "small":
            if w == "hundred":
                cur *= 100
                state = "hundred"
            elif w in BIG and w not in ("bn", "mn"):
                total += cur * BIG[w]
                cur, state = 0, "big"
            elif w == "dozen":
                cur *= 12
                j += 1
                break
            else:
                break
        elif state in ("hundred", "big", "small2"):
            if state != "small2" and w == "and" and j + 1 < lim and (
                    doc[j + 1].lower_ in UNITS or doc[j + 1].lower_ in TEENS or doc[j + 1].lower_ in TENS):
                j += 1
                w = doc[j].lower_
            if state != "small2" and (w in UNITS or w in TEENS):
                cur += UNITS.get(w) or TEENS[w]
                state = "small2" if state == "hundred" else "small"
            elif state != "small2" and w in TENS:
                cur += TENS[w]
                state = "tens2" if state == "hundred" else "tens"
            elif state != "big" and w in BIG and w not in ("bn", "mn"):
                total += cur * BIG[w]
                cur, state = 0, "big"
            else:
                break
        j += 1
    # do not end on a dangling "and"
    value = total + cur
    if value <= 0:
        return None
    return _Core(i, j, value)


def _currency_before(doc, p: int, sent_start: int):
    """Currency token(s) right before token p: returns (start_index, what) or None."""
    if p - 1 < sent_start:
        return None
    prev = doc[p - 1]
    low = prev.lower_
    if low in CURRENCY_PREFIX:
        what = CURRENCY_PREFIX[low]
        s = p - 1
        if low == "$" and s - 1 >= sent_start and doc[s - 1].text in ("US", "A", "C", "HK", "NZ", "S") and _adjacent(doc, s - 1):
            s -= 1
        elif low == "$" and s - 1 >= sent_start and doc[s - 1].text == "US":
            s -= 1
        return s, what
    if prev.text in CURRENCY_CODES:
        return p - 1, CURRENCY_CODES[prev.text]
    return None


def _currency_after(doc, j: int, sent_end: int):
    """Currency word(s) right after token j-1: returns (end_index, what) or None."""
    if j >= sent_end:
        return None
    w = doc[j]
    if w.text == "US" and j + 1 < sent_end and doc[j + 1].lower_ in CURRENCY_WORDS:
        return j + 2, doc[j + 1].lower_ if doc[j + 1].lower_.endswith("s") else doc[j + 1].lower_ + "s"
    if w.lower_ in CURRENCY_WORDS:
        end = j + 1
        if w.lower_ in ("pound", "pounds") and end < sent_end and doc[end].lower_ == "sterling":
            end += 1
        what = w.lower_
        if what in ("dollar", "euro", "pound", "rouble", "ruble", "rupee", "shekel", "dinar",
                    "riyal", "franc", "peso", "dirham", "hryvnia"):
            what += "s"
        return end, what
    if w.text in CURRENCY_CODES:
        return j + 1, CURRENCY_CODES[w.text]
    return None


def _qualifier_before(doc, p: int, sent_start: int):
    """Qualifier tokens ending right before token p: (start_index, normalised, raw) or None."""
    for toks, norm in QUALIFIERS:
        n = len(toks)
        s = p - n
        if s < sent_start:
            continue
        if all(doc[s + k].lower_ == toks[k] for k in range(n)):
            if n == 1 and toks[0] in PREP_QUALIFIERS and doc[s].dep_ == "prep":
                continue
            return s, norm, toks
    return None


class _Phrase:
    __slots__ = ("qs", "cs", "ns", "ne", "ce", "value", "vmax", "qualifier", "currency", "cores",
                 "raw_q", "superseded")


def _parse_phrase(doc, i: int, sent):
    """Number phrase starting with the number at token i. Returns (_Phrase|None, next_index)."""
    ss, se = sent.start, sent.end
    t = doc[i]
    # single-token ranges like "30–40"
    m = RANGE_TOKEN_RE.match(t.text)
    if m:
        a, b = (float(x.replace(",", "")) for x in m.groups())
        if not b > a or (_yearlike(m.group(1)) and (_yearlike(m.group(2)) or len(m.group(2)) == 2)):
            return None, i + 1
        cores = [_Core(i, i + 1, a), _Core(i, i + 1, b)]
    else:
        c = _parse_core(doc, i, se)
        if c is None:
            return None, i + 1
        cores = [c]
    ph = _Phrase()
    ph.cores = cores
    first = cores[0]
    ph.ns = i
    j = cores[-1].j
    # currency before
    cur = _currency_before(doc, i, ss)
    ph.currency = None
    ph.cs = i
    if cur:
        ph.cs, ph.currency = cur
    # glued "m" without currency is most likely metres
    if first.glued_m and not ph.currency:
        nxt = doc[j] if j < se else None
        if not (nxt is not None and nxt.tag_ == "NNS"):
            return None, j
    # qualifier
    q = _qualifier_before(doc, ph.cs, ss)
    ph.qs = ph.cs
    ph.qualifier = None
    ph.raw_q = None
    ph.superseded = False
    if q:
        ph.qs, ph.qualifier, ph.raw_q = q
    # range: "30 to 40", "30-40", "between 30 and 40"
    if len(cores) == 1 and j + 1 < se:
        conn = doc[j].lower_
        ok = conn in ("to", "-", "\u2013", "\u2014") or (conn == "and" and ph.raw_q == ("between",))
        if conn == "-" and not (_adjacent(doc, j - 1) or _adjacent(doc, j)):
            ok = False
        if ok:
            k = j + 1
            cur2 = None
            if doc[k].lower_ in CURRENCY_PREFIX or doc[k].text in CURRENCY_CODES:
                cur2 = k
                k += 1
            c2 = _parse_core(doc, k, se) if k < se else None
            if c2 is not None and c2.label is None:
                v1 = first.value
                if first.scale == 1 and c2.scale > 1 and v1 * c2.scale <= c2.value:
                    v1 = v1 * c2.scale
                if c2.value > v1:
                    if ph.raw_q == ("from",) and _is_change(doc, i):
                        # "rose from 30 to 45": the figure is the 45 only
                        return None, j
                    first.value = v1
                    cores.append(c2)
                    j = c2.j
                    if cur2 is not None and not ph.currency:
                        ph.currency = CURRENCY_PREFIX.get(doc[cur2].lower_) or CURRENCY_CODES.get(doc[cur2].text)
    if ph.raw_q in (("between",), ("from",)):
        if len(cores) < 2:
            ph.superseded = ph.raw_q == ("from",) and _is_change(doc, i)
            ph.qs, ph.qualifier, ph.raw_q = ph.cs, None, None
        else:
            ph.qualifier = "between"
    elif len(cores) == 2 and ph.qualifier is None:
        ph.qualifier = "between"
    ph.ne = j
    # currency after
    ph.ce = j
    if not ph.currency:
        ca = _currency_after(doc, j, se)
        if ca:
            ph.ce, ph.currency = ca
    ph.value = cores[0].value
    ph.vmax = cores[1].value if len(cores) == 2 else cores[0].vmax
    if ph.qualifier is None and cores[0].label:
        ph.qualifier = cores[0].label
    return ph, max(j, ph.ce)


def _is_change(doc, i: int) -> bool:
    for tok in (doc[i].head, doc[i].head.head, doc[i].head.head.head):
        if tok.lemma_.lower() in CHANGE_LEMMAS or tok.lower_ in CHANGE_LEMMAS:
            return True
    return False


def _yearlike(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100

