"""Name normalisation shared by analysis and merging: titles, keys for matching variants."""

from __future__ import annotations

import re
import unicodedata

# Titles and honorifics that precede a name; stripped from names and kept as roles.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "col", "colonel", "gen", "general", "lt", "lieutenant", "maj", "major", "capt", "captain",
    "cmdr", "commander", "adm", "admiral", "sgt", "sergeant", "brig", "brigadier", "marshal",
    "field", "president", "vice", "premier", "chancellor", "minister", "prime", "secretary",
    "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "judge", "justice",
    "king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan", "ayatollah",
    "imam", "rev", "reverend", "father", "pope", "cardinal", "bishop", "archbishop",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "deputy", "foreign",
    "defence", "defense", "interior", "finance", "health", "chief", "head", "leader",
    "rebel", "opposition", "militia", "army", "police", "state", "former", "acting", "interim",
    "mp", "mep", "mr.", "mrs.", "ms.", "dr.", "col.", "gen.", "lt.", "maj.", "capt.", "sen.",
    "rep.", "gov.", "prof.", "rev.", "sgt.", "brig.", "adm.", "cmdr.",
}

_PARTICLES = re.compile(r"^(?:al|el|ul|ad|as|ash|an|ar|at|az)[-\s]", re.I)


def fold(text: str) -> str:
    """Lowercase and strip accents: 'Juppé' -> 'juppe'."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def strip_titles(words: list[str]) -> int:
    """How many leading words of ``words`` are titles (keeps at least one word)."""
    n = 0
    while n < len(words) - 1 and words[n].lower().rstrip(".") in TITLES | {w.rstrip(".") for w in TITLES}:
        n += 1
    return n


_TRANSLIT = [
    (re.compile(r"[’'`ʼ\-\.]"), ""),
    (re.compile(r"\s+"), " "),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[qgk]h?"), "k"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"th"), "t"),
    (re.compile(r"(?<=[bcdfjlmnprstvz])h"), ""),
    (re.compile(r"(?<=[aeiou])w|w(?=[aeiou]?\b)"), "u"),
    (re.compile(r"ou|oo|u"), "u"),
    (re.compile(r"ee|ei|ey|ie|y|e(?=[^aeiou ]*(?: |$))"), "i"),
    (re.compile(r"(?<=a)ui|(?<=a)u(?=i)"), "ui"),
    (re.compile(r"(.)\1+"), r"\1"),
]


def translit_key(name: str) -> str:
    """A key under which transliteration variants coincide.

    'Gaddafi', 'Qaddafi', 'Gadaffi', 'Kadhafi' -> 'kadafi'; 'Mazrui'/'Mazroui' -> 'mazrui';
    a leading Arabic article ('al-', 'el-') is dropped from each word.
    """
    words = [_PARTICLES.sub("", w) for w in fold(name).split()]
    key = " ".join(words)
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key.strip()


def surname(name: str) -> str:
    """Last word of a personal name, without an Arabic article: 'Harun al-Mazrui' -> 'Mazrui'."""
    last = name.split()[-1] if name.split() else name
    return _PARTICLES.sub("", last)


# a dateline opening an article or a paragraph: "KORVAL (Wire) - ", "KORVAL, Estrenia (Wire) - ":
# group 1 the city, group 2 the country or region when written
DATELINE = re.compile(r"(?:^|\n)([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}),?\s*"
                      r"(?:([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)\s*)?(?:\([^)\n]{1,40}\))?\s*[-–—]\s")
