"""Figures: the numbers that matter in conflict and disaster coverage.

Rules over the spaCy parse. Candidates are found cheaply from the token text (digits, number
words, a few vague amounts); only then is the parse around them read. Output, one dict per figure::

    {"text": "At least 30 people were killed",  # exact substring: qualifier .. counted noun [.. verb]
     "start": 0, "end": 30,                     # char offsets into article.text
     "value": 30,                               # int (float only when not integral): conservative
     "value_max": None,                         # upper bound of a range / vague amount, else None
     "qualifier": "at least",                   # normalised, see QUALIFIERS / vague labels, or None
     "kind": "killed",                          # killed|injured|missing|displaced|arrested|
                                                #   troops|vehicles|aircraft|money|other
     "what": "people",                          # counted noun as written, lowercased, with its
                                                #   common-noun compounds ("police officers");
                                                #   currency for money ("dollars"); None if implicit
     "place": "Kharkiv" or None,                # GPE/LOC/FAC mention text used as a location
                                                #   ("in/near/from X") in the figure's clause,
                                                #   else nearest such in the sentence
     "reported_by": {"name", "start", "end"} or None,
     "as_of": "2026-03-12" or None,             # DATE timex of the sentence, else article.published
     "number_text": "30",                       # the number as written (no qualifier, no currency)
     "sentence": [s, e]}

Decisions worth knowing:

* ``value`` is the stated number; for ranges and vague amounts it is the lower bound and
  ``value_max`` the upper one (ACLED style: a dozen=12 exact; dozens=12..99; scores=20..99;
  hundreds=100..999; thousands=1000..9999; tens of thousands=10000..99999; hundreds of
  thousands=100000..999999; millions=1e6..9999999; several=3..9; a few=2..9; "several hundred"
  =300..999). "up to 50" keeps value 50 (the qualifier says it is a ceiling).
* "from 30 to 45" after a change verb (rose, climbed, ...) yields only the 45; a superseded value
  given on its own ("raised its toll to 30, from 12 a day earlier", "up from 23") is a figure with
  ``relation`` "previous", dated the day before when the text says "a day earlier".
* ``relation`` (added field): None for a total; "increment" ("a further 1,500 troops", "another
  200", "eight more helicopters"), "subset" ("including nine soldiers", "four of them soldiers"),
  "contribution" (troops/vehicles/aircraft sent/ordered/deployed: a flow, not a stock) or
  "previous". Figure groups keep increments, subsets and contributions away from totals.
* Kinds from where people are: "moved to schools", "remain in shelters", "crossed into X"
  (displaced); "treated in hospital for injuries", "hospitalised" (injured).
* Dropped: "several"/"a few" of other things ("several villages"), and other things counted
  after a possessive ("with her three children": one person's story, not a figure).
* "casualties" is ambiguous (dead + wounded): kind "injured" unless a death word qualifies it
  ("fatal casualties"); "killed or wounded" / "dead or injured" together also give "injured", so a
  death count is never inflated by a combined figure.
* Casualty verbs count only when the figure is the patient ("30 were killed", "killed 30"), not
  the agent ("30 soldiers killed 10 civilians": the 30 are troops).
* "hold" means detention only in the passive ("were held"); "lost 20 men" counts as killed;
  "left Sulaymar province" (subject + place object) as displaced.
* Not figures: years, ages ("aged 34", "34-year-old", "Smith, 34,"), times and anything inside a
  timex span, durations (counted noun is a time unit), percentages, labels ("page 12",
  "Flight 17", "Resolution 2334"), numbers inside names, phone-like digit runs, ordinals, zero,
  ratios ("one in five"), "one of", "no one" / "the one", and numbers with neither a counted noun
  nor a kind (nothing to say what they count).
* ``reported_by``: the speaker of an enclosing quote/claim (found["quotes"]/found["claims"]), else
  "according to X" / "figures from X" / the subject of a speech verb (said, reported, estimated,
  put the toll at...) in the same sentence; the possessor of a toll/count/claim ("the ministry's
  toll stands at 41", "the government's count is 38", "its claim that" -> the claim's owner) comes
  first; "which says ..." gives the noun the clause hangs on; a toll "from the collapse" is a
  cause, not a source. "It said" / "the agency said" are resolved to the nearest earlier ORG
  mention (matching "agency"/"ministry"...) within two sentences, the written form kept in
  ``reported_by.as_written``; other pronoun subjects ("he said") are kept as written.
* ``as_of`` skips "since Thursday" (start of a counted period) and is never after publication.
* More reporters: "It said" after figures of an organisation is that organisation (the nearer of
  it and an ORG mention); "the president" is the person the article titled so before; "Ms X
  stood by the army's estimate" is Ms X's; "X, a volunteer network that says" is X's; a
  headline's generic "Volunteers say 12,000 fled" is the body's party of the same count; who
  made an arrest reports it when nobody is quoted; a figure inside "Asked about ..." is not the
  answer's speaker's.
* More kinds: "killed four and wounded nine" are two counts; people moved to a town or held by
  shelters are displaced; people treated by hospital staff are injured; "two Ruritanian
  shepherds held" are detained people. Not figures: "for three generations", what a negated
  clause counts ("does not make two families").
* Epidemics and sieges (the "general rules" section at the end): in an outbreak report patients
  treated or in hospital are ill (other), not injured, and "158 have fallen ill" / "the number of
  cases at 58" are counts; people held by an armed party are arrested; people who left through a
  corridor (or used it) are displaced. Not figures: "I have four children", an anaphoric "The two
  drivers", "samples from two patients", the witnesses who speak ("Two people ... said"), a bare
  "several". Reporters: a sentence-final "..., its director, Dr X, said" beats the institution
  that "recorded" the count; "after the ministry recorded 16 new cases" is the ministry's; "X,
  which opened two clinics, said" is X's; "launched an appeal for $42 million" is the appealer's;
  "the statement said", "Her ministry says", "a police spokesman", "A medical charity ... said"
  are resolved to the party named (before, or right after for the indefinite one).
"""

from __future__ import annotations

import re

from . import component

# ---------------------------------------------------------------- number words

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
BIG = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
       "bn": 10**9, "mn": 10**6}
SCALE_AFTER_DIGITS = {**BIG, "hundred": 100}
GLUED_SCALE = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9,
               "tn": 10**12, "million": 10**6, "billion": 10**9}
VAGUE = {"dozens": (12, 99), "scores": (20, 99), "hundreds": (100, 999),
         "thousands": (1000, 9999), "millions": (10**6, 10**7 - 1),
         "billions": (10**9, 10**10 - 1)}
PLURAL_SCALE = {"thousands": 10**3, "millions": 10**6, "billions": 10**9}
FEW_WORDS = {"several": 3, "few": 2}   # "several", "a few"
SCALE_OF = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "dozen": 12}

START_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(VAGUE) | {"tens", "several", "a", "an",
                                                                   "half", "dozen"}

NUM_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
GLUED_RE = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|mln|bn|b|tn|million|billion)$", re.I)
RANGE_TOKEN_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)[-\u2013\u2014](\d[\d,]*(?:\.\d+)?)$")

# ---------------------------------------------------------------- currency

CURRENCY_PREFIX = {"$": "dollars", "us$": "dollars", "a$": "dollars", "c$": "dollars",
                   "hk$": "dollars", "nz$": "dollars", "s$": "dollars", "r$": "reais",
                   "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "₽": "roubles",
                   "₴": "hryvnias", "₪": "shekels", "₦": "naira", "rs": "rupees", "rs.": "rupees"}
CURRENCY_CODES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan",
                  "RMB": "yuan", "RUB": "roubles", "UAH": "hryvnias", "INR": "rupees",
                  "ILS": "shekels", "CHF": "francs", "CAD": "dollars", "AUD": "dollars",
                  "TRY": "lira", "SAR": "riyals", "AED": "dirhams", "NGN": "naira",
                  "ZAR": "rand", "EGP": "pounds", "PKR": "rupees", "SYP": "pounds"}
CURRENCY_WORDS = {"dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "yen",
                  "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "hryvnia",
                  "hryvnias", "hryvnas", "shekel", "shekels", "dinar", "dinars", "riyal",
                  "riyals", "franc", "francs", "lira", "liras", "naira", "rand", "peso",
                  "pesos", "dirham", "dirhams", "afghanis", "birr", "shillings", "kyat"}
MONEY_VERBS = {"pledge", "donate", "allocate", "raise", "fund", "grant", "spend", "cost",
               "earmark", "approve", "promise", "provide", "send", "offer", "give", "lend",
               "loan", "owe", "pay", "seize", "freeze", "steal"}
MONEY_NOUNS = {"aid", "funding", "assistance", "loan", "loans", "grant", "grants", "support",
               "budget", "damages", "compensation", "ransom", "funds", "financing"}

# ---------------------------------------------------------------- qualifiers

QUALIFIERS = [  # (lowercase tokens, normalised)
    (("no", "fewer", "than"), "at least"), (("no", "less", "than"), "at least"),
    (("no", "more", "than"), "up to"), (("as", "many", "as"), "up to"),
    (("as", "few", "as"), "at least"), (("in", "excess", "of"), "more than"),
    (("at", "least"), "at least"), (("at", "most"), "up to"), (("more", "than"), "more than"),
    (("greater", "than"), "more than"), (("just", "over"), "more than"),
    (("well", "over"), "more than"), (("upwards", "of"), "more than"),
    (("just", "under"), "nearly"), (("close", "to"), "nearly"), (("fewer", "than"), "fewer than"),
    (("less", "than"), "fewer than"), (("up", "to"), "up to"), (("an", "estimated"), "about"),
    (("over",), "more than"), (("nearly",), "nearly"), (("almost",), "nearly"),
    (("about",), "about"), (("around",), "about"), (("roughly",), "about"),
    (("approximately",), "about"), (("some",), "about"), (("estimated",), "about"),
    (("under",), "fewer than"), (("between",), "between"), (("from",), "between"),
    (("only",), None), (("just",), None),
]
PREP_QUALIFIERS = {"over", "about", "around", "under", "some"}
CHANGE_LEMMAS = {"rise", "climb", "increase", "jump", "grow", "swell", "soar", "go", "double",
                 "fall", "drop", "decrease", "decline", "reduce", "raise", "revise", "up", "mount",
                 "surge", "spike", "edge", "creep", "lower", "cut"}

# ---------------------------------------------------------------- exclusions

TIME_WORDS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
              "weeks", "month", "months", "year", "years", "decade", "decades", "century",
              "centuries", "night", "nights", "morning", "mornings", "weekend", "weekends",
              "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "ago", "times", "time",
              "percent", "%", "pc", "pct", "percentage", "point", "points", "per", "yr", "yrs",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
              "generation", "generations"}
LABEL_WORDS = {"page", "pages", "p.", "pp.", "no.", "nos.", "number", "#", "chapter", "section",
               "article", "resolution", "flight", "route", "highway", "room", "line", "platform",
               "gate", "level", "phase", "grade", "category", "paragraph", "item", "code",
               "channel", "district", "zone", "block", "sector", "building", "apartment", "road",
               "street", "version", "model", "type", "episode", "season", "volume", "vol.",
               "covid", "kilometre", "kilometer", "km", "mile", "exit", "terminal", "ward",
               "bus", "tier", "stage", "ext", "tel", "tel.", "phone", "box", "bloc", "pier"}
NAME_ENTS = {"PERSON", "ORG", "PRODUCT", "LAW", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC",
             "NORP", "LANGUAGE"}
ONE_BLOCK_BEFORE = {"no", "the", "any", "every", "each", "which", "this", "that", "someone",
                    "anyone", "everyone", "no-", "not"}   # "not one shot": an emphatic zero
YEAR_PREPS = {"in", "since", "by", "until", "till", "from", "of", "before", "after", "during",
              "year", "early", "late", "mid", "circa", "c.", "through", "throughout", "to"}

# ---------------------------------------------------------------- kinds

CASUALTY = ("killed", "injured", "missing", "displaced", "arrested")
NOUN_KIND = {}
for _k, _words in {
    "killed": "death deaths fatality fatalities body bodies dead corpse corpses toll coffins",
    "injured": "injury injuries injured wounded casualty casualties",
    "missing": "missing",
    "displaced": "refugee refugees evacuee evacuees displaced idp idps homeless asylum-seeker "
                 "asylum-seekers",
    "arrested": "prisoner prisoners detainee detainees hostage hostages captive captives arrest "
                "arrests pow pows abductions kidnappings",
    "troops": "troop troops soldier soldiers fighter fighters peacekeeper peacekeepers personnel "
              "servicemen servicemembers serviceman marine marines reservist reservists conscript "
              "conscripts paratrooper paratroopers commando commandos militant militants "
              "insurgent insurgents rebel rebels guerrilla guerrillas mercenary mercenaries "
              "recruit recruits sailor sailors airmen guards guardsmen police policemen "
              "gendarmes militiamen jihadists combatants officers forces contractors mutineers "
              "gunmen attackers assailants raiders",
    "vehicles": "tank tanks vehicle vehicles car cars truck trucks lorry lorries apc apcs "
                "carrier carriers bus buses ship ships warship warships vessel vessels boat "
                "boats howitzers artillery convoy tanker tankers freighter freighters trawler trawlers "
                "engine engines ambulance ambulances bulldozer bulldozers excavator excavators "
                "van vans jeep jeeps pickup pickups minibus minibuses craft carriage carriages wagon wagons "
                "locomotive locomotives crane cranes motorcycle motorcycles motorbike motorbikes",
    "aircraft": "jet jets helicopter helicopters drone drones plane planes aircraft warplane "
                "warplanes bomber bombers uav uavs fighter-jets gunships",
}.items():
    for _w in _words.split():
        NOUN_KIND[_w] = _k

PRED_KIND = {}
for _k, _words in {
    "killed": "kill killed die died dead slay slain murder murdered execute executed massacre "
              "massacred perish perished drown drowned behead beheaded assassinate",
    "injured": "injure injured wound wounded hurt maim maimed",
    "missing": "missing unaccounted disappear disappeared vanish vanished",
    "displaced": "displace displaced flee fled evacuate evacuated uproot uprooted homeless "
                 "relocate relocated",
    "arrested": "arrest arrested detain detained hold held capture captured imprison imprisoned "
                "jail jailed abduct abducted kidnap kidnapped seize seized charge charged indict "
                "indicted convict convicted sentence sentenced prosecute prosecuted surrender surrendered "
                "question questioned interrogate interrogated",
}.items():
    for _w in _words.split():
        PRED_KIND[_w] = _k
HARM_LEMMAS = {"shoot", "stab", "gun"}
INTRANSITIVE = {"die", "died", "perish", "perished", "drown", "drowned", "flee", "fled",
                "disappear", "disappeared", "vanish", "vanished", "dead", "missing",
                "unaccounted", "homeless", "injured", "wounded", "hurt", "displaced", "detained",
                "surrender", "surrendered"}
PERSON_ONLY = {"hold", "held", "capture", "captured", "seize", "seized", "evacuate", "evacuated",
               "shoot", "stab", "gun", "charge", "charged", "sentence", "sentenced", "surrender", "surrendered",
               "question", "questioned", "interrogate", "interrogated"}
# what a measurement counts is not a casualty, a force or money: "about 15 km west of"
MEASURE_WORDS = {"km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
                 "metres", "meter", "meters", "m", "cm", "mm", "kg", "kilos", "kilogram", "kilograms",
                 "tonne", "tonnes", "ton", "tons", "litre", "litres", "liter", "liters", "hectare",
                 "hectares", "acre", "acres", "degree", "degrees", "feet", "foot", "ft", "inch",
                 "inches", "yard", "yards", "sq", "square", "storey", "storeys", "story-high", "floors",
                 "knots", "knot", "nautical", "milligrams", "milligram", "mg", "micrograms", "grams", "gram", "ppm"}
PERSON_NOUNS = {"people", "persons", "person", "civilians", "civilian", "men", "women", "children",
                "residents", "villagers", "protesters", "protestors", "demonstrators",
                "journalists", "students", "workers", "others", "migrants", "members",
                "supporters", "activists", "officials", "staff", "citizens", "nationals",
                "foreigners", "tourists", "passengers", "patients", "doctors", "nurses",
                "minors", "teenagers", "boys", "girls", "infants", "babies", "families",
                "individuals", "suspects", "opponents", "leaders", "crew", "inhabitants",
                "pilgrims", "worshippers", "farmers", "miners", "fishermen", "employees",
                "survivors", "man", "woman", "boy", "girl", "child", "baby", "teenager",
                "firefighters", "rescuers", "volunteers", "inmates", "relatives", "victims",
                "pupils", "teachers", "voters", "medics", "paramedics", "guests", "visitors",
                "fans", "spectators", "onlookers", "bystanders", "mourners", "shoppers", "traders",
                "vendors", "commuters", "pedestrians", "clients", "customers", "drivers"}
# "two of the dead", "three of those injured": a part of a casualty count
PART_OF_WORDS = {"dead", "killed", "injured", "wounded", "missing", "victims", "bodies", "detained",
                 "arrested", "displaced", "casualties"}
# nouns naming a statement of a count, not things counted: "the two counts", "both figures"
COUNT_STATEMENT_NOUNS = {"count", "counts", "figure", "figures", "tally", "tallies", "estimate",
                         "estimates", "total", "totals", "toll", "tolls", "version", "versions",
                         "account", "accounts", "number", "numbers"}
# verbs of pulling people out alive: "rescued 23", "pulled 40 from the water" (people, kind other)
RESCUE_LEMMAS = {"rescue", "pull", "pluck", "save", "winch", "lift", "airlift"}
# quantifier subjects are not sources: "many of them say ..."
QUANT_SUBJECTS = {"many", "some", "most", "all", "few", "several", "others", "none", "both",
                  "each", "one", "any"}
TOLL_NOUNS = {"toll", "number", "figure", "tally", "count", "total"}
DEATH_WORDS = {"death", "dead", "fatal", "deadly", "killed", "fatality", "fatalities"}

SPEECH = {"say", "tell", "report", "announce", "state", "claim", "confirm", "estimate", "add",
          "count", "record", "document", "note", "warn", "tweet", "write", "post", "allege",
          "insist", "acknowledge", "admit", "declare", "disclose", "reveal", "put", "register",
          "calculate", "raise", "revise", "lower", "update"}
TOLL_ONLY_SPEECH = {"put", "raise", "revise", "lower", "update"}
# what an amount of money is put at: "put the damage to shops at 96 million X", "the cost was
# estimated at 2 million X" (issue 6)
MONEY_MEASURES = {"damage", "damages", "cost", "costs", "loss", "losses", "bill"}
ESTIMATE_VERBS = {"put", "estimate", "value", "assess", "set", "place", "peg", "calculate"}
LOC_PREPS = {"in", "near", "at", "from", "outside", "around", "across", "on", "into", "inside",
             "over", "along", "throughout", "towards", "toward", "to", "off", "within", "between",
             "through", "of", "nearby", "close"}
SOURCE_NOUNS = {"figure", "figures", "data", "statistics", "estimate", "estimates", "tally",
                "count", "report", "reports", "numbers", "toll", "record", "records", "statement",
                "statements", "announcement", "bulletin", "briefing", "update", "assessment"}
PRONOUN_SOURCES = {"it", "its"}
# nouns that can name a reporting party ("figures from the ministry"), as opposed to a cause
# ("the death toll from the collapse")
PARTY_NOUNS = {"ministry", "agency", "government", "officials", "official", "authorities",
               "authority", "army", "military", "police", "group", "organisation", "organization",
               "office", "department", "council", "committee", "commission", "spokesman",
               "spokeswoman", "spokesperson", "hospital", "hospitals", "doctors", "rescuers",
               "monitors", "observatory", "service", "services", "administration", "movement",
               "alliance", "party", "coalition", "mission", "cross", "crescent", "charity",
               "ngo", "un", "minister", "governor", "mayor", "command", "forces", "media",
               "cooperative", "co-operative", "union", "association", "network", "company", "firm",
               "federation", "trust", "institute", "inspectorate", "directorate", "league", "society"}
# nouns whose possessor states the figure: "the ministry's toll stands at 41", "its claim that ..."
STATEMENT_NOUNS = TOLL_NOUNS | {"claim", "claims", "estimate", "estimates", "assertion",
                                "account", "tally", "statement", "report", "figures", "data",
                                "list"}
POSS_PRONOUNS = {"its", "their", "his", "her"}
# pronoun-like reporters that stand for an organisation named earlier: "It said", "the agency said"
ORG_HEADS = {"agency", "ministry", "group", "organisation", "organization", "office", "department",
             "council", "committee", "commission", "movement", "alliance", "charity", "army",
             "government", "authority", "service", "mission", "coalition", "party", "company",
             "firm", "operator", "utility", "observatory"}
# places people are moved to or stay in when displaced
SHELTER_NOUNS = {"shelter", "shelters", "camp", "camps", "school", "schools", "hall", "halls",
                 "tent", "tents", "centre", "centres", "center", "centers", "stadium", "stadiums",
                 "gym", "gyms", "gymnasium", "church", "churches", "mosque", "mosques", "safety",
                 "relatives", "hostels", "hotels", "barracks", "accommodation", "housing"}
MOVE_LEMMAS = {"move", "relocate", "rehouse", "transfer", "take", "bus", "ferry", "shelter",
               "house", "accommodate", "lodge"}
RELOCATE_LEMMAS = {"move", "relocate", "rehouse", "bus", "ferry", "evacuate"}
MEDICS = {"doctors", "medics", "nurses", "surgeons", "paramedics", "hospital", "hospitals", "clinic"}
STAY_LEMMAS = {"remain", "stay", "live", "sleep", "shelter", "be", "camp", "wait", "spend"}
INJURY_NOUNS = {"injury", "injuries", "wounds", "wound", "burns", "fractures", "trauma", "cuts", "bites", "bruises",
                "exhaustion", "dehydration", "shock", "smoke", "inhalation"}
HOSPITAL_NOUNS = {"hospital", "hospitals", "clinic", "clinics"}
# "a further 1,500 troops", "another 200", "eight more helicopters": an increment, not a total
INCREMENT_BEFORE = {("a", "further"), ("an", "additional"), ("an", "extra"), ("another",),
                    ("additional",), ("further",), ("extra",)}
INCREMENT_AFTER = {"more", "additional", "extra", "further"}
SUBSET_BEFORE = {"including", "among", "includes", "include"}

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


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


# ---------------------------------------------------------------- around the number

def _root_of(doc, s: int, e: int):
    best = None
    for k in range(s, e):
        h = doc[k].head
        if h.i < s or h.i >= e or h.i == k:
            if best is None or (doc[k].dep_ != "punct" and best.dep_ == "punct"):
                best = doc[k]
    return best or doc[s]


def _counted_noun(doc, ph, root, sent):
    """(noun token or None, partitive: bool, strong: bool)."""
    se = sent.end
    j = max(ph.ne, ph.ce)
    # "a 10,000-strong force"
    if j + 1 < se and doc[j].text in ("-", "\u2013") and doc[j + 1].lower_ == "strong":
        h = doc[j + 1].head
        if h.pos_ in ("NOUN", "PROPN") and h.i > j:
            return h, False, True
    # 'killed "dozens" of soldiers': a closing quote before "of"
    if j + 1 < se and doc[j].text in ('"', "\u201d", "'", "\u2019") and doc[j + 1].lower_ == "of":
        j += 1
    # "hundreds of people", "30 of the soldiers"
    if j < se and doc[j].lower_ == "of":
        of = doc[j]
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is None:
            # parse may hang "of" elsewhere: take the next noun after determiners
            k = j + 1
            while k < se and doc[k].pos_ in ("DET", "ADJ", "NUM", "PRON") and doc[k].lower_ not in ("them", "whom", "those", "these", "us"):
                k += 1
            if k < se and doc[k].pos_ in ("NOUN", "PROPN"):
                pobj = doc[k]
        if pobj is not None:
            if pobj.pos_ == "PRON":
                return None, True, False
            return pobj, True, False
    h = root.head
    if h.dep_ == "compound" and h.pos_ == "NOUN" and h.head.pos_ == "NOUN" and h.head.i == h.i + 1 \
            and h.whitespace_ and h.lower_ not in MEASURE_WORDS and (
                h.head.lower_ in PERSON_NOUNS or _personish(h.head) or NOUN_KIND.get(h.head.lower_)):
        h = h.head   # "two night watchmen" with "two" hung on the compound "night": the watchmen
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "advmod", "det") \
            and h.i >= j and h.pos_ in ("NOUN", "PROPN", "ADJ") and h.i - j <= 6:
        if not any(doc[k].is_punct and doc[k].text not in ("-", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019")
                   for k in range(j, h.i)):
            return h, False, False   # (also 'killed 40 "armed terrorists"')
    # parse put the number under the noun's conjunct / oddities: next token a plural noun
    if j < se and doc[j].tag_ == "NNS" and doc[j].pos_ == "NOUN":
        return doc[j], False, False
    return None, False, False


def _what(noun, doc):
    if noun is None:
        return None
    toks = [noun]
    k = noun.i - 1
    while k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i in (noun.i, toks[0].i) \
            and doc[k].pos_ == "NOUN" and not doc[k].like_num:
        toks.insert(0, doc[k])
        k -= 1
    return " ".join(t.lower_ for t in toks)


DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)$")


def _demonym_at(doc, start: int | None, word: str) -> bool:
    """``word`` (at character ``start``) is a nationality adjective taken for a name ("a Ruritanian
    said"), not a place or organisation ("Tehran said") or a person's surname ("Erdogan said",
    named in full elsewhere in the article)."""
    if not DEMONYM_RE.match(word):
        return False
    if start is not None:
        span = doc.char_span(start, start + len(word), alignment_mode="expand")
        if span is not None and span[0].ent_type_ in ("GPE", "ORG", "LOC", "FAC"):
            return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def _national(noun) -> bool:
    """People named by a nationality and a noun the tables do not know ("two Dalmarran
    shepherds", "three Ruritanian herders"): counted things are in NOUN_KIND or measures."""
    if noun.tag_ != "NNS" or noun.lower_ in NOUN_KIND or noun.lower_ in MEASURE_WORDS \
            or noun.lower_ in TIME_WORDS or noun.lower_ in CURRENCY_WORDS:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and (
        c.ent_type_ == "NORP" or (c.pos_ in ("PROPN", "ADJ") and DEMONYM_RE.match(c.text)))
        for c in noun.children)


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


def _passive_like(verb) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return True
    return False


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


def _pobjs(verb, preps):
    """Objects of the verb's prepositions in ``preps``, with their conjuncts."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(x for x in p.conjuncts)
    return out


CUSTODY_NOUNS = {"custody", "detention", "jail", "jails", "prison", "prisons", "cells", "cell", "captivity"}
ABDUCTION_WORDS = {"abduct", "abducted", "abduction", "abductions", "abductors", "kidnap", "kidnapped",
                   "kidnappers", "kidnapping", "kidnappings", "hostage", "hostages", "captivity", "captors"}


def _escaped_before(verb) -> bool:
    """"escaped through the kitchens before the gunmen chained the doors": got away before being
    held (no captives)."""
    return any(c.lower_ == "before" or any(g.dep_ == "mark" and g.lower_ == "before" for g in c.children)
               for c in verb.children if c.dep_ in ("prep", "advcl"))


def _words_in_doc(doc, name: str, words) -> int:
    """How many tokens of the article are in ``words``, counted once per doc (cached in
    ``doc.user_data`` under ``name``): what a story is about decides some kinds."""
    key = "newsweave_" + name
    if key not in doc.user_data:
        doc.user_data[key] = sum(1 for t in doc if t.lower_ in words)
    return doc.user_data[key]


def _abduction_story(doc) -> bool:
    """The article is about people seized and held: two or more abduction words in it."""
    return _words_in_doc(doc, "abduction_words", ABDUCTION_WORDS) >= 2
# "eleven were in intensive care", "remain in a critical condition"
ALREADY_HELD = {"inmates", "prisoners", "detainees", "convicts", "inmate", "prisoner", "detainee"}
CARE_NOUNS = {"care", "hospital", "hospitals", "condition", "coma", "ward", "wards", "icu"}


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
            for p in _pobjs(verb, ("in",))):
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


HOSTAGE_WORDS = {"hostage", "hostages", "captive"}
LEFT_PLACES = {"homes", "home", "province", "city", "town", "country", "area", "region", "village", "villages",
               "island", "islands", "valley", "district", "quarter", "coast", "neighbourhood", "neighborhood"}
# people released or freed were held: the count of the freed counts captives ("freed 12 hostages")
RELEASE_LEMMAS = {"release", "free", "repatriate"}
PERSONISH_RE = re.compile(r"(?:ers|ists|ians|ees|ants|men|ors)$")


def _personish(noun) -> bool:
    """A plural noun shaped like a name for people ("dockworkers", "engineers", "activists"):
    enough where the verb already says people are meant (held, charged, taken hostage)."""
    return noun is not None and noun.tag_ == "NNS" and noun.lower_ not in NOUN_KIND \
        and noun.lower_ not in MEASURE_WORDS and bool(PERSONISH_RE.search(noun.lower_))


PLACE_HOLDERS = SHELTER_NOUNS | CUSTODY_NOUNS | HOSPITAL_NOUNS | {
    "ward", "wards", "building", "hotel", "site", "facility", "ship", "boat", "bus", "train", "plane", "room",
    "rooms", "cellar", "basement", "compound", "base", "town", "city", "village", "area", "zone", "ferry"}


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
    if noun is None and root.dep_ == "conj" and ph.ne < len(doc) and doc[ph.ne].pos_ in ("ADJ", "VERB") \
            and doc[ph.ne].tag_ in ("JJ", "VBN") and _pred_kind(doc[ph.ne]) in CASUALTY:
        return _pred_kind(doc[ph.ne]), None, None, None   # "the toll is 20 dead and 41 injured": the 41
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in ("body", "corpse", "remains", "coffin", "funeral", "burial", "grave"):
        return "killed", None, None, None   # "the bodies of 13 hostages", "the coffins of nine soldiers": the dead
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
                    and _passive_like(verb):
                patient = True  # "was killed alongside two others"
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
            if dep == "dobj" and verb.lemma_ == "lose" and noun is not None and (
                    noun.lower_ in PERSON_NOUNS or NOUN_KIND.get(noun.lower_) == "troops"):
                kinds.append("killed")  # "we lost 20 men"
                pred_tok = verb
            if not kinds and (is_person or noun.tag_ == "NNPS") and dep in ("nsubj", "nsubjpass", "dobj"):
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
            c.dep_ in ("compound", "amod") and c.lower_ in ("army", "military", "navy", "police", "naval", "marine")
            for c in noun.children):
        return "troops", None, None, None   # "About 60 army engineers": the forces' own people
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


# words that make a sentence about money: "a relief fund of 45 million korunas",
# "subsidies that cost the state two billion lempiras a year"
MONEY_CONTEXT = {"budget", "aid", "compensation", "cost", "pay", "payment", "fund", "funding",
                 "subsidy", "treasury", "spend", "spending", "loan", "grant", "donate", "donation",
                 "pledge", "revenue", "debt", "salary", "wage", "fine", "tax", "reward", "bail",
                 "invest", "investment", "price", "worth", "bailout", "package", "damage",
                 "reconstruction", "ransom", "bribe", "allocate", "earmark", "finance", "owe",
                 # inflected forms the lemmatiser misses ("fined" -> "fin")
                 "fined", "fines", "fining", "paid", "pays", "paying", "costs", "costing"}
# verbs that take an amount of money as their direct object: "pay 5,000 korunas", "fined it
# 800 lempiras" (small amounts too, unlike the "millions of X" rule)
MONEY_OBJ_VERBS = {"pay", "paid", "pays", "paying", "fine", "fined", "fines", "cost", "costs",
                   "owe", "owed", "donate", "donated", "award", "awarded", "compensate"}
MONEY_HEADS = {"fund", "budget", "package", "loan", "grant", "bailout", "programme", "program",
               "deal", "contract", "compensation", "settlement", "fine", "payment"}


GIVING_LEMMAS = {"promise", "pledge", "offer", "give", "grant", "receive", "award", "allocate", "provide",
                 "hand", "distribute", "pay"}
# what relief hands out per family is goods, not money: "two blankets to every family"
RELIEF_GOODS = {"tents", "blankets", "kits", "parcels", "rations", "meals", "bags", "sacks", "litres",
                "liters", "tonnes", "tons", "boxes", "packages", "bottles", "mattresses", "beds",
                "vouchers", "coupons", "cards", "sheets", "tarpaulins", "loaves", "items", "doses",
                "units", "pieces", "copies", "hours", "days", "seeds", "goats", "sheep", "chickens",
                "barrels", "gallons", "cubic", "sandbags", "tablets", "vaccines", "kilos"}
PER_RECIPIENT = {"household", "households", "family", "families", "person", "people", "resident",
                 "residents", "house", "houses", "home", "homes", "victim", "victims", "farmer",
                 "farmers", "child", "children", "pensioner", "pensioners", "head"}


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


EQUIV_SKIP = {"about", "around", "roughly", "some", "nearly", "approximately", "almost", "or", "worth",
              "equivalent", "to", "just", "over", "under", "more", "than", "less", "some"}


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


def _excluded(doc, ph, sent, timex_spans) -> bool:
    ss, se = sent.start, sent.end
    s, e = ph.ns, ph.ne
    first = doc[s]
    nxt = doc[e] if e < se else None
    prev = doc[s - 1] if s - 1 >= ss else None
    prev_low = prev.lower_ if prev is not None else ""
    # percentages and time-of-day / units of time right after
    if nxt is not None:
        nl = nxt.lower_
        if nl in ("%", "percent", "pc", "pct", "percentage", "am", "pm", "a.m.", "p.m.", "o'clock",
                  "gmt", "utc", "hrs", "hours", "h", "st", "nd", "rd", "th", "fm", "mhz", "khz") and not ph.currency:
            return True
        if nl == "per" and e + 1 < se and doc[e + 1].lower_ in ("cent", "centum"):
            return True
        # ages: "34-year-old", "34 years old"
        if nl in ("-", "\u2013") and e + 1 < se and doc[e + 1].lower_ in ("year", "years", "month", "day", "week"):
            return True
        if nl in ("year", "years") and e + 1 < se and doc[e + 1].lower_ == "old":
            return True
        # multipliers: "nearly four times the official count", "twice"; a ratio is not a count
        if nl in ("times", "fold") and not ph.currency:
            return True
        # differences: "19 had died, six more than the ministry's toll" (both counts are figures)
        if nl in ("more", "fewer", "less", "higher", "lower") and e + 1 < se and doc[e + 1].lower_ == "than":
            return True
        # ratios: "one in five", "3 out of 4"
        if nl in ("in", "out") and e + 1 < se and (doc[e + 1].like_num or (e + 2 < se and doc[e + 2].like_num and doc[e + 1].lower_ == "of")):
            return True
        if nl in (":", "/", ".") and nxt.whitespace_ == "" and e + 1 < se and doc[e + 1].text[:1].isdigit():
            return True
    if any(":" in doc[k].text or "/" in doc[k].text for k in range(s, e)):
        return True
    if prev is not None:
        if prev_low in ("aged", "age", "ages", "ged"):
            return True
        if prev_low == "of" and s - 2 >= ss and doc[s - 2].lower_ in ("man", "woman", "boy", "girl", "person", "child") \
                and ph.value <= 120 and not ph.currency:
            return True   # "a man of 81": an age
        if prev_low == "every" and s - 2 >= ss and doc[s - 2].lower_ in ("for", "in", "of"):
            return True   # "one inspector for every 150 factories": a ratio
        if prev_low in LABEL_WORDS:
            return True
        if prev.text.startswith("+") or (prev.text.isdigit() and not prev.is_punct and first.text[:1].isdigit()):
            return True
        if prev_low in ("in", "out") and s - 2 >= ss and doc[s - 2].like_num:
            return True
        if prev_low == "of" and s - 3 >= ss and doc[s - 2].lower_ == "out":
            return True
        # "Smith, 34," / "Smith (34)"
        if prev.text in (",", "(") and s - 2 >= ss and (doc[s - 2].pos_ == "PROPN" or doc[s - 2].ent_type_ == "PERSON") \
                and ph.value <= 120 and len(ph.cores) == 1 and not ph.currency \
                and (nxt is None or nxt.text in (",", ".", ")", ";")):
            return True
    if nxt is not None and nxt.text[:1].isdigit() and first.text[:1].isdigit() and not ph.currency:
        return True  # digit runs: phone numbers, codes
    if first.text[:1].isdigit() and len(ph.cores) == 1:
        # scores and codes: "3-1", "7-0"
        if nxt is not None and nxt.text in ("-", "\u2013") and e + 1 < se and doc[e + 1].text[:1].isdigit():
            return True
        if prev is not None and prev.text in ("-", "\u2013") and s - 2 >= ss and doc[s - 2].text[:1].isdigit():
            return True
        # unit names: "troops of 12 Brigade", "3 Commando"
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.lower_ in UNIT_WORDS:
            return True
        # model numbers: "Boeing 737", "Tu 154"
        if prev is not None and prev.pos_ == "PROPN" and ph.qs == s and prev.dep_ in ("nmod", "compound") \
                and prev.head.i == first.head.i and prev.lower_ not in TIME_WORDS:
            return True
    # numbers inside names ("Boeing 737", "Resolution 2334")
    for k in range(s, e):
        tk = doc[k]
        if (tk.ent_type_ in NAME_ENTS and tk.ent_iob_ == "I") or tk.ent_type_ == "PRODUCT":
            return True
        if tk.ent_type_ in ("DATE", "TIME") and tuple(
                w.lower_ for w in doc[e:min(e + 3, se)]) not in EARLIER_AFTER:   # "from 11 a day earlier"
            ent = next((x for x in doc.ents if x.start <= k < x.end), None)
            if ent is not None and any(w.lower_ in TIME_WORDS or (NUM_RE.match(w.text) and _yearlike(w.text)) for w in ent if w.i < s or w.i >= e):
                return True
    # timex spans
    cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    for ts, te in timex_spans:
        if ts < ce and cs < te:
            return True
    # label numbers: "page 12", "Flight 17" (the noun the number hangs on comes first)
    root = _root_of(doc, s, e)
    if root.dep_ in ("nummod", "compound", "appos", "npadvmod") and root.head.i < s \
            and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= ss \
            and not ph.currency and root.head.i == s - 1:
        return True
    # capacities: "built in 1974 for 900 inmates", "cells designed for two", "a capacity of 300"
    t = root.head if root.dep_ == "nummod" else root
    if t.dep_ == "pobj" and ((t.head.lower_ == "for" and t.head.head.lower_ in CAPACITY_VERBS)
                             or (t.head.lower_ == "of" and t.head.head.lemma_.lower() == "capacity")):
        return True
    return False


CAPACITY_VERBS = {"built", "designed", "meant", "intended", "planned", "equipped", "made"}
UNIT_WORDS = {"brigade", "division", "regiment", "battalion", "corps", "squadron", "commando", "army", "fleet",
              "platoon", "company", "wing"}


def _yearlike(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


# ---------------------------------------------------------------- sources

def _np(tok):
    """Char span of a source noun phrase: determiners, modifiers, "of"/"for" complements."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("det", "compound", "amod", "poss", "nmod", "case", "nummod", "quantmod") \
                    or (c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > t.i) \
                    or (c.dep_ in ("pobj", "cc", "conj") and t.dep_ in ("prep",)) \
                    or (c.dep_ == "punct" and c.text in ("'", "'s")):
                keep.add(c.i)
                stack.append(c)
    doc = tok.doc
    lo, hi = min(keep), max(keep)
    for k in range(lo, hi):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            lo = k + 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "prep", "case")):
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


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
            # "the ministry's toll stands at 41", "the government's count is 38", "its claim that"
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
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


BACKING_LEMMAS = {"stand", "repeat", "reiterate", "cite", "back", "endorse", "defend", "uphold",
                  "maintain", "echo", "quote"}


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


def _subject_of(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)   # "resumed ... and said"
    return subj


def _party_like(p) -> bool:
    return p.ent_type_ in ("ORG", "PERSON", "NORP") or p.lower_ in PARTY_NOUNS or p.lemma_.lower() in PARTY_NOUNS


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


# ---------------------------------------------------------------- the component

@component("figures")
def extract(doc, article, found) -> list[dict]:
    text = article.text
    timexes = found.get("timexes") or []
    timex_spans = [(t["start"], t["end"]) for t in timexes if "start" in t and "end" in t]
    containers = [q for q in (found.get("quotes") or []) if "start" in q and "end" in q]
    containers += [c for c in (found.get("claims") or []) if "start" in c and "end" in c]
    if "mentions" in found:
        places = [(m["start"], m["end"], m["text"]) for m in (found.get("mentions") or [])
                  if m.get("label") in ("GPE", "LOC", "FAC")]
    else:
        places = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")]

    out = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        c0 = tok.text[:1]
        if not (c0.isdigit() or tok.lower_ in START_WORDS):
            i += 1
            continue
        if tok.lower_ in ("a", "an") and (i + 1 >= n or doc[i + 1].lower_ not in SCALE_OF and doc[i + 1].lower_ != "few"):
            i += 1
            continue
        sent = tok.sent
        ph, nxt = _parse_phrase(doc, i, sent)
        if ph is None:
            i = max(nxt, i + 1)
            continue
        i = max(nxt, i + 1)
        fig = _figure(doc, article, text, ph, sent, timex_spans, timexes, containers, places, out)
        if fig is not None:
            out.append(fig)
    mentions = found.get("mentions")
    if mentions is None:
        mentions = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents]
    outlet = (article.source or "").lower()
    orgs = [m for m in mentions if m.get("label") == "ORG" and text[m["start"]:m["end"]] == m["text"]
            and not (outlet and m["text"].lower() in outlet)]   # "The report, seen by <outlet>": no party
    for k, f in enumerate(out):
        rb = f["reported_by"]
        if rb is not None:
            # the nearest antecedent of "it": an organisation named just before, or the one that
            # reported the figures just before
            cands = [r for r in (_earlier_reporter(doc, text, rb, out[:k]), _resolve_reporter(doc, text, rb, orgs))
                     if r is not None]
            resolved = max(cands, key=lambda r: r["start"]) if cands else None
            resolved = resolved or _appos_name(doc, text, rb) or _titled_person(doc, text, rb) \
                or _headline_reporter(doc, text, f, out[k + 1:]) or _last_speaker(doc, text, rb, containers) \
                or _general_resolve(doc, text, rb) \
                or _bare_party_noun(doc, text, rb)   # "according to ministry records": the ministry named before
            if resolved is not None:
                f["reported_by"] = resolved
    return out


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


PERSON_REPORTER_HEADS = {"spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor",
                         "president", "commander", "chief", "director", "coordinator", "he", "she"}
TITLE_HEADS = {"president", "minister", "governor", "mayor", "commander", "premier", "chancellor",
               "general", "colonel", "king", "prime"}


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


BUSINESS_HEADS = {"company", "firm", "operator", "carrier", "airline", "owner", "utility"}
PUBLIC_BODY_WORDS = {"ministry", "government", "police", "army", "department", "agency", "council",
                     "court", "parliament", "office", "directorate", "guard", "service", "authority",
                     "commission", "union", "association", "party"}
# generic heads that an apposition may name: "the relatives' group, the X Association, said"
APPOS_HEADS = {"group", "association", "body", "organisation", "organization", "union",
               "committee", "campaign", "alliance", "coalition", "charity", "network"}


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


CONTRIBUTION_LEMMAS = {"send", "deploy", "dispatch", "order", "give", "donate", "pledge", "offer",
                      "provide", "promise", "deliver", "supply", "lend", "commit", "mobilise",
                      "mobilize", "rush", "fly"}
EARLIER_AFTER = (("a", "day", "earlier"), ("the", "day", "before"), ("the", "previous", "day"),
                 ("a", "day", "before"), ("the", "day", "earlier"))
SINCE_WORDS = {"since", "from"}


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
    verbs = [v for v in (pred, tok.head) if v is not None and v.pos_ == "VERB" and _pred_kind(v) == "arrested"]
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


def _as_of(doc, text, ph, sent, timexes, ns_c, ne_c, relation, prev_figs, published):
    """Date the figure holds for: the nearest DATE timex of the sentence, not the start of a
    counted period ("since Thursday"); for an earlier value ("from 12 a day earlier") the day
    before the current one; never after the article's publication (a count cannot be as of a
    later day)."""
    if relation == "previous":
        after = tuple(doc[k].lower_ for k in range(ph.ne, min(ph.ne + 3, sent.end)))
        if after in EARLIER_AFTER:
            cur = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]]
            base = cur[-1]["as_of"] if cur else published
            if base and DATE_RE.match(base):
                import datetime as _dt
                return (_dt.date.fromisoformat(base[:10]) - _dt.timedelta(days=1)).isoformat()
    as_of = None
    bestd = None
    for t in timexes:
        if t.get("type") != "DATE" or not (sent.start_char <= t.get("start", -1) < sent.end_char):
            continue
        v = str(t.get("value") or "")
        if not DATE_RE.match(v):
            continue
        before = text[max(sent.start_char, t["start"] - 6):t["start"]].lower().split()
        if before and before[-1] in SINCE_WORDS:
            continue
        if _in_since_clause(text, sent.start_char, t["start"]):
            continue   # issue 6: "since the siege of the town began on 10 January": a start
        d = abs(t["start"] - ns_c)
        if bestd is None or d < bestd:
            bestd, as_of = d, v[:10]
    pub = published[:10] if published and DATE_RE.match(published) else None
    if as_of is None or (pub and as_of > pub):
        as_of = published
    return as_of


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


def _fronted_whole(root):
    """"Of its 700 residents, only about 80 had come back": the plural noun of a fronted "of"
    phrase that a bare subject number is a part of."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for c in root.head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i < root.i:
            p = next((g for g in c.children if g.dep_ == "pobj"), None)
            if p is not None and p.tag_ == "NNS" and p.pos_ == "NOUN":
                return p
    return None


def _negated(tok) -> bool:
    """The counted noun is an argument of a negated verb ("does not make two families", "there is
    not a one-to-one ratio"); not a noun further down ("would not give details about six victims")."""
    v = tok.head
    return tok.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd") and v.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "neg" for c in v.children)


ABOARD = (("on", "board"), ("aboard",), ("on", "the", "manifest"), ("on", "its", "manifest"),
          ("on", "the", "passenger", "list"))


def _aboard_or_rescued(doc, ph, root, sent) -> bool:
    """A bare number that still counts people: "had 212 on board", "the 212 on the manifest",
    "rescued 23", "pulled 23 from the sea"."""
    j = max(ph.ne, ph.ce)
    for toks in ABOARD:
        if j + len(toks) <= sent.end and tuple(doc[k].lower_ for k in range(j, j + len(toks))) == toks:
            return True
    return (root.dep_ == "dobj" and root.head.lemma_.lower() in RESCUE_LEMMAS) or (
        j + 1 < sent.end and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("them", "those", "these")
        and _rescued_verb(root))   # "Twelve of them were brought out alive"


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


PUBLISH_LEMMAS = {"publish", "release", "compile", "post", "issue", "hand", "submit", "draw", "read"}


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


# the extent of damage is a figure of the story (kind other), unlike distances or sizes:
# "the fire has burned 9,800 hectares", "put the area burned at 6,000 hectares", "spilled 40,000 litres"
EXTENT_WORDS = {"hectare", "hectares", "acre", "acres", "square", "sq", "tonne", "tonnes", "ton", "tons",
                "litre", "litres", "liter", "liters", "gallons", "barrels", "cubic"}
DAMAGE_LEMMAS = {"burn", "scorch", "destroy", "consume", "raze", "blacken", "char", "flood", "inundate",
                 "submerge", "contaminate", "pollute", "spill", "leak", "release", "discharge", "dump",
                 "devastate", "ravage", "damage", "wipe", "engulf", "swallow"}


AREA_NOUNS = {"area", "extent", "amount", "volume"}
ESCAPE_LEMMAS = {"escape", "flow", "leak", "spill", "pour", "seep", "gush", "drain", "die", "perish"}
HARMED_MATTER = {"dead", "contaminated", "toxic", "polluted", "poisoned", "spilled", "spilt", "oily", "burnt",
                 "burned"}


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


SEAT_NOUNS = {"spectators", "spectator", "seats", "seat"}
DIMENSION_ADJS = {"wide", "long", "deep", "high", "tall", "thick", "across"}


DELIVERY_LEMMAS = {"carry", "deliver", "distribute", "send", "bring", "supply", "ship", "truck", "airlift",
                   "airdrop", "donate", "provide", "hand", "unload"}


def _delivered(noun) -> bool:
    """Relief measured out: "trucks carrying 40 tonnes of rice", "600,000 litres of drinking water
    had been delivered" count the aid that reached people (a figure of kind other)."""
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in DELIVERY_LEMMAS \
        and any(c.lower_ == "of" for c in noun.children)


def _description_not_count(doc, ph, noun, root) -> bool:
    """Numbers that describe a thing rather than count what happened:
    - a venue's capacity: "the arena holds 30,000 spectators", "seats 12,000";
    - a dimension: "the road is one lane wide", "two storeys high";
    - the whole of a partitive: "Six of its 11 carriages derailed" (the six are the figure)."""
    nx = [t.lower_ for t in doc[noun.i + 1:noun.i + 3]]
    after = doc[noun.i + 3] if noun.i + 3 < len(doc) and nx[:2] == ["for", "every"] else (
        doc[noun.i + 2] if noun.i + 2 < len(doc) and nx[:1] == ["per"] else None)
    if after is not None and after.like_num:
        return True   # "one inspector for every 150 factories": a ratio
    if noun.lower_ not in PERSON_NOUNS and not NOUN_KIND.get(noun.lower_) and len(nx) == 2 and ph.value < 1000 \
            and nx[0] in ("a", "per", "each", "every") and nx[1] in ("day", "week", "month", "year", "night", "shift"):
        return True   # "runs three shifts a day": a rate that describes, not a count of what happened
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() == "have" and noun.head.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in noun.head.children) \
            and noun.lower_ not in PERSON_NOUNS and not NOUN_KIND.get(noun.lower_):
        return True   # "the hotel, which has 240 rooms": what a place is like
    if noun.lower_ in SEAT_NOUNS and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in (
            "hold", "seat", "accommodate", "have", "fit"):
        return True
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in DIMENSION_ADJS and doc[noun.i + 1].pos_ in ("ADJ", "ADV") \
            and not ph.currency:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM" \
            and noun.head.head.i < ph.ns and any((c.lower_ in ("its", "their") or c.dep_ == "poss") and c.i < ph.ns
                                                  for c in noun.children):
        return True

    return False


GIVE_COUNT_LEMMAS = {"give", "offer", "provide", "publish", "release", "issue", "have", "cite", "report"}


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


COMPARING = {"than", "against", "compared", "versus", "unlike", "above", "below", "beyond", "contradicting",
             "contradicts", "disputed", "disputes", "rejected", "rejects", "dismissed"}


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
    return subj


def _figure(doc, article, text, ph, sent, timex_spans, timexes, containers, places, prev_figs=()):
    if ph.value <= 0:
        return None
    if _excluded(doc, ph, sent, timex_spans):
        return None
    num_tokens = range(ph.ns, ph.ne)
    root = _root_of(doc, ph.ns, ph.ne)
    noun, partitive, strong = _counted_noun(doc, ph, root, sent)
    if noun is not None and (noun.lower_ in TIME_WORDS or (noun.lower_ in MEASURE_WORDS and not _damage_extent(noun)
                                                           and not _delivered(noun))
                             or noun.lower_ in ("year-old", "old")):
        return None
    if noun is not None and noun.i in num_tokens:
        noun = None
    if noun is not None and _description_not_count(doc, ph, noun, root):
        return None
    if ph.qs > sent.start and not ph.currency and (doc[ph.qs - 1].lower_ in ("those", "these") or (
            doc[ph.qs - 1].lower_ in ("all", "the") and noun is None and not (
                ph.ne < sent.end and (doc[ph.ne].lower_ in ("more", "others", "other") or doc[ph.ne].pos_ == "ADP")))):
        return None   # "those four men would be alive", "All six were released": counted before
    single = ph.ne - ph.ns == 1 and len(ph.cores) == 1
    first = doc[ph.ns]
    # years (also "2014-2016", "from 2014 to 2016")
    if not ph.currency and len(ph.cores) == 2 and _yearlike(first.text) \
            and _yearlike(doc[ph.cores[1].i].text):
        return None
    if single and _yearlike(first.text) and not ph.currency:
        prev = doc[ph.ns - 1].lower_ if ph.ns > sent.start else ""
        if noun is None or first.ent_type_ == "DATE" or prev in YEAR_PREPS:
            return None
    # "one": only as a real count of something
    if ph.ne - ph.ns == 1 and first.lower_ == "one" and _one_of_them(doc, ph, sent, prev_figs):
        noun, partitive = None, True   # "three people had died, one of them a police officer"
    elif ph.ne - ph.ns == 1 and first.lower_ == "one":
        prev = doc[ph.ns - 1].lower_ if ph.ns > sent.start else ""
        nx = doc[ph.ne].lower_ if ph.ne < sent.end else ""
        if prev in ONE_BLOCK_BEFORE or nx in ("of", "another", "by", "or", "after", "day", "way",
                                               "side", "hand", "thing", "point", "time"):
            return None
        if (noun is None or partitive) and not (noun is None and _bare_one_casualty(root, sent, prev_figs)):
            return None
    kind, pred, toll, toll_what = _kind(doc, ph, root, noun, strong)
    kind = _general_kind(doc, ph, root, noun, sent, kind)   # issue 6: held / left through a corridor
    if noun is not None and noun.lower_ in MEASURE_WORDS:
        kind = "other"   # "120 tonnes of fish have died": a measure, never a casualty count
    if noun is not None and kind in CASUALTY and NOUN_KIND.get(noun.lower_) in ("vehicles", "aircraft"):
        kind = NOUN_KIND[noun.lower_]   # "boats had fled", "crews of two trawlers detained": the boats
    relation = None
    of_them = None
    if kind == "injured" and noun is None and partitive and pred is not None and pred.lemma_.lower() in HARM_LEMMAS:
        ot = _of_them(doc, ph, sent, prev_figs)
        if ot is not None and ot[0] == "killed":
            kind, of_them = "killed", ot   # "the bodies ... five of them had been shot": five of the dead
    if kind == "other" and noun is None and partitive:
        of_them = _of_them(doc, ph, sent, prev_figs)
        if of_them is not None:
            kind, toll_what = of_them[0], of_them[1]
            relation = "subset" if of_them[3] else None
    if kind == "other" and noun is None:
        inh = _toll_inherit(doc, root, sent, prev_figs)
        if inh is not None:
            kind, toll = inh
    if kind == "other" and noun is None:
        # "12 killed, up from nine a day earlier", "raising its figure from four": an earlier
        # value of the figure before it in the sentence
        prev_kind = _earlier_value_kind(doc, root, sent, prev_figs)
        if prev_kind is not None:
            kind, ph.superseded = prev_kind, True
    if kind == "other" and noun is not None and _learned_currency(noun, prev_figs):
        kind = "money"
    if kind == "other" and noun is not None and _money_estimate(noun):
        kind = "money"   # issue 6: "put the damage at 96 million X": an unknown currency
    if kind == "other" and noun is not None and noun.lemma_.lower() == "name":
        kind = _names_list_kind(doc, noun, sent) or kind
    if kind == "other" and noun is None:
        inc = _increment_of(doc, ph, sent, prev_figs)
        if inc is not None:
            kind, toll_what = inc   # "1,800 officers were on duty, and a further 600 were sent"
    if kind == "other" and noun is None:
        st = _toll_before(doc, ph, sent)
        if st is not None:
            kind, toll_what = st, None
    if kind == "other" and noun is None and _aboard_or_rescued(doc, ph, root, sent):
        toll_what = "people"
    elif kind == "other" and noun is None and _fronted_whole(root) is not None:
        toll_what = _fronted_whole(root).lower_   # "Of its 700 residents, only about 80 had come back"
        if NOUN_KIND.get(toll_what) in ("vehicles", "aircraft"):
            kind = NOUN_KIND[toll_what]   # "Of the town's 400 fishing boats, 260 were wrecked": boats
    elif kind == "other" and noun is None and _fell_ill(root):
        toll_what = "people"   # "158 have fallen ill"
        if _exposure_story(doc):
            kind = "injured"   # harmed by a leak or a spill, not ill of an outbreak
    elif kind == "other" and noun is None and _count_of(doc, root) is not None:
        toll_what = _count_of(doc, root)   # "put the number of cases at 58"
    elif kind == "other" and noun is None:
        return None  # nothing says what is counted (a bare number)
    if kind == "other" and ph.ne < sent.end - 1 and doc[ph.ne].text in ("-", "\u2013") and _adjacent(doc, ph.ne - 1) \
            and doc[ph.ne + 1].tag_ == "NN" and doc[ph.ne + 1].lower_ != "strong":
        return None  # "its 20-page opinion", "a 10-point plan": a measure of one thing, not a count
    if kind == "other" and _negated(noun if noun is not None else root):
        return None  # "does not make two families": what is not, is not counted
    if kind == "other" and noun is not None and noun.lower_ in COUNT_STATEMENT_NOUNS \
            and root.dep_ == "nummod" and root.head.i == noun.i and not ph.currency:
        return None  # "the two counts": statements of a figure, not things counted
    if ph.superseded:
        relation = "previous"  # "raised its toll to 30, from 12": the 12 is the earlier figure
    if ph.qualifier in ("several", "a few") and kind == "other":
        return None  # "several villages", "a few streets": too vague to count anything
    if kind == "other" and ph.value == 1 and not ph.currency and first.lower_ in ("one", "1") and noun is not None \
            and noun.tag_ == "NN":
        return None  # "one bomb, one car", "one street", "one lane": a single thing is told, not counted
    if noun is not None and ph.qs - 1 >= sent.start and doc[ph.qs - 1].lower_ == "the" and any(
            f["value"] == _num_value(float(ph.value)) and f["what"] and f["what"].split()[-1] in (noun.lower_, noun.lemma_.lower())
            for f in prev_figs):
        return None  # "seized two trawlers ... the two trawlers": the same things named again, not a new count
    if _general_non_figure(doc, ph, noun, root, sent, kind):
        return None  # issue 6: "I have four children", "The two drivers", "samples from two patients"
    before = doc[ph.qs - 1] if ph.qs - 1 >= sent.start else None
    if kind == "other" and before is not None and before.tag_ == "PRP$" and before.lower_ != "its":
        return None  # "with her three children": a detail of one person's story, not a figure
    # increments and subsets are not totals: "a further 1,500 troops", "including nine soldiers"
    inc_s = _increment_start(doc, ph, sent)
    j_after = max(ph.ne, ph.ce)
    if inc_s is not None or (j_after < sent.end and doc[j_after].lower_ in INCREMENT_AFTER
                             and noun is not None and noun.i > j_after):
        relation = "increment"
    elif before is not None and before.i > sent.start and (before.lower_ in SUBSET_BEFORE or (
            before.lower_ in ("them", "those") and before.i - 1 > sent.start
            and doc[before.i - 1].lower_ in ("among", "including"))):
        # ("Among 86 patients, 65 ..." opens with the whole population, not a part)
        relation = "subset"
        inc_s = ph.qs - 1 if before.lower_ in SUBSET_BEFORE else ph.qs - 2   # "including nine soldiers": the span says it is a part
        if kind in ("troops", "other"):
            # "nine people died, including two police officers": a part of the toll, not a force
            whole = [f for f in prev_figs if f["sentence"] == [sent.start_char, sent.end_char]
                     and f["kind"] in CASUALTY and f["relation"] is None]
            if whole:
                kind = whole[-1]["kind"]
    if relation is None and kind in CASUALTY and j_after + 2 < sent.end and doc[j_after].lower_ == "of" \
            and doc[j_after + 1].lower_ in ("the", "those") and doc[j_after + 2].lower_ in PART_OF_WORDS:
        relation = "subset"   # "two of the dead were foreigners": a part of the toll, not a toll
    # ---- span
    s_tok = ph.qs if inc_s is None else inc_s
    e_tok = max(ph.ne, ph.ce)
    if noun is not None and noun.i >= e_tok and noun.i - e_tok <= 8:
        e_tok = noun.i + 1
        if e_tok + 1 < sent.end and doc[e_tok].text == "-" and _adjacent(doc, e_tok - 1) and _adjacent(doc, e_tok) \
                and doc[e_tok + 1].is_alpha:
            e_tok += 2   # "three co-workers": the whole hyphenated word
    if of_them is not None:
        e_tok = max(e_tok, of_them[2].i + 1)
    if pred is not None and pred.sent == sent:
        if pred.i >= e_tok and pred.i - e_tok <= 4 and not any(doc[k].is_punct for k in range(e_tok, pred.i)):
            e_tok = pred.i + 1
        elif pred.i < s_tok and s_tok - pred.i <= 4 and not any(doc[k].is_punct for k in range(pred.i, s_tok)):
            s_tok = pred.i
    if toll is not None and toll.i < s_tok and s_tok - toll.i <= 6:
        lo = toll.left_edge.i if toll.left_edge.i >= sent.start else toll.i
        if not any(doc[k].is_punct for k in range(lo, s_tok)):
            s_tok = lo
    if relation == "previous" and s_tok == ph.qs and s_tok - 1 >= sent.start and doc[s_tok - 1].lower_ == "from":
        s_tok -= 1   # "up from nine": the span says it is an earlier value
        if s_tok - 1 >= sent.start and doc[s_tok - 1].lower_ in ("up", "down"):
            s_tok -= 1
    start = doc[s_tok].idx
    end = doc[e_tok - 1].idx + len(doc[e_tok - 1])
    ns_c = doc[ph.ns].idx
    ne_c = doc[ph.ne - 1].idx + len(doc[ph.ne - 1])
    # ---- what
    if kind == "money":
        what = ph.currency or (_what(noun, doc) if noun is not None else None)
    else:
        what = _what(noun, doc) if noun is not None else toll_what
        if noun is not None and e_tok == noun.i + 3 and doc[noun.i + 1].text == "-":
            what = (what + "-" + doc[noun.i + 2].lower_) if what else what
    # ---- place
    place = _place(doc, sent, ns_c, pred or (noun.head if noun is not None else root.head), places)
    # ---- reported_by
    fig_tokens = set(range(s_tok, e_tok)) | set(num_tokens)
    # the owner of the toll beats the speaker of an enclosing claim: in "X says 200 died; the
    # government's count is 38" the 38 is the government's
    reported_by = _source_from_parse(doc, sent, fig_tokens, text, owner_only=True)
    if reported_by is None:
        # "the ministry's toll stands at 24 dead and 109 wounded": coordinated figures share a source
        last = prev_figs[-1] if prev_figs else None
        if last is not None and last["sentence"] == [sent.start_char, sent.end_char] and last["reported_by"] \
                and text[last["end"]:start].strip() in ("and", ",", "or", ", and") \
                and not any(t.lemma_.lower() in SPEECH for t in doc[ph.ns:min(ph.ne + 4, sent.end)]):
            reported_by = dict(last["reported_by"])
    if reported_by is not None:
        speaker = _owner_inside_speech(doc, sent, fig_tokens, reported_by)
        if speaker is not None:   # "X said six more had died, bringing the hospital's toll to 47": X's count
            s_, e_ = _np(speaker)
            ent = next((x for x in doc.ents if x.start <= speaker.i < x.end and x.label_ in ("ORG", "PERSON")), None)
            if ent is not None:
                s_, e_ = min(s_, ent.start_char), max(e_, ent.end_char)
            reported_by = {"name": text[s_:e_], "start": s_, "end": e_}
    if reported_by is None:   # issue 6: "..., after the ministry recorded 16 new cases"
        reported_by = _clause_recorder(doc, noun if noun is not None else root, text)
    if reported_by is None and noun is not None and noun.lemma_.lower() == "name" and kind in CASUALTY:
        reported_by = _publisher(doc, noun, text)
    best = None
    parsed = _source_from_parse(doc, sent, fig_tokens, text) if reported_by is None else None
    it_said = parsed is not None and parsed["name"].lower() in PRONOUN_SOURCES
    for q in (containers if reported_by is None else ()):
        if q["start"] <= ns_c and ne_c <= q["end"]:
            if best is None or (q["end"] - q["start"]) < (best["end"] - best["start"]):
                sp = _speaker(q, text)
                if sp is not None and it_said and (_person_name(doc, sp) or sp["name"] in _person_speakers(containers)
                                                    or not _party_name(doc, sp)):
                    continue   # "It said 17 remained trapped": "it" is no person quoted before, no "his post"
                if sp is not None and _record_source(doc, sp):
                    continue   # "according to ministry records": the parse names the ministry
                if sp is not None and not _not_a_party(sp["name"]) and not _demonym_at(doc, sp["start"], sp["name"]):
                    best, reported_by = q, sp   # (a lone "Ruritanian" is an adjective, no speaker)
    if reported_by is None:
        reported_by = _source_from_parse(doc, sent, fig_tokens, text)
    # ---- as_of
    as_of = _as_of(doc, text, ph, sent, timexes, ns_c, ne_c, relation, prev_figs, article.published)
    if relation is None and kind in ("troops", "vehicles", "aircraft") and _contributed(noun, root):
        relation = "contribution"   # "sent 2,000 troops", "ordered 600 soldiers": a flow, not a stock
        if reported_by is None:
            reported_by = _sender(doc, noun if noun is not None else root, text)
    if reported_by is None and kind == "money":
        # "fined the company 2.4 million X", "set up a 15 million X fund": the payer / setter
        mtok = noun if noun is not None else (root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else root)
        reported_by = _sender(doc, mtok, text, any_noun=True) \
            or _money_asker(doc, noun if noun is not None else root, text)
    if reported_by is None and kind == "arrested" and relation is None:
        # "police detained two men", "two men held by border police": who made the arrest
        # reports it when nobody is quoted
        reported_by = _arrester(noun if noun is not None else root, pred, text)
    if reported_by is None and kind == "other" and noun is not None and noun.dep_ in ("dobj", "obj") \
            and (noun.head.lemma_.lower() in GIVING_LEMMAS or noun.head.lower_ in MONEY_OBJ_VERBS):
        # "X offered 150,000 Ys to each family": who offers it reports it (the currency may be
        # learnt only later, across the story)
        reported_by = _sender(doc, noun, text, any_noun=True)
    if reported_by is None and kind == "other" and noun is not None:
        # "the council has asked the government for 5 million Xs": who asks for it states it (the
        # currency may be learnt only later)
        reported_by = _money_asker(doc, noun, text)
    if reported_by is None:
        reported_by = _count_giver(doc, sent, ph, text)
    if reported_by is None:   # issue 6: "..., its headmistress, Samira Adel, 41, told the Sentinel."
        reported_by = _trailing_person(doc, sent, fig_tokens, text)
    if reported_by is None:
        reported_by = _same_clause_reporter(doc, sent, ph, prev_figs)
    if reported_by is None and noun is None and root.dep_ in ("nsubj", "nsubjpass") \
            and root.i == sent.start and sent.start > 0:
        # "Hospital officials said 40 people were being treated. Eleven were in a critical
        # condition.": a bare number opening a sentence goes on with the previous sentence's count
        ps = doc[sent.start - 1].sent
        prev = [f for f in prev_figs if f["sentence"] == [ps.start_char, ps.end_char]]
        if prev and prev[-1]["reported_by"] is not None:
            reported_by = dict(prev[-1]["reported_by"])
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "value": _num_value(float(ph.value)),
        "value_max": _num_value(float(ph.vmax)) if ph.vmax is not None else None,
        "qualifier": ph.qualifier,
        "kind": kind,
        "what": what,
        "place": place,
        "reported_by": reported_by,
        "as_of": as_of,
        "number_text": text[ns_c:ne_c],
        "sentence": [sent.start_char, sent.end_char],
        "relation": relation,   # None | "increment" | "subset" | "previous" (an earlier, superseded value)
    }


def _place(doc, sent, anchor_c, clause_tok, places):
    """Nearest GPE/LOC/FAC mention of the sentence that is used as a location (object of "in",
    "near", "from", ...), preferring the figure's clause. Subjects/objects ("Russia lost ...",
    "Israel released ...") are actors, not places, and are skipped."""
    in_sent = []
    for p in places:
        if not (sent.start_char <= p[0] and p[1] <= sent.end_char):
            continue
        span = doc.char_span(p[0], p[1], alignment_mode="expand")
        if span is None or not _locative(span.root):
            continue
        in_sent.append(p)
    if not in_sent:
        return None
    clause = None
    if clause_tok is not None:
        t = clause_tok
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
                break
            t = t.head
        clause = (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))

    def key(p):
        inside = clause is not None and clause[0] <= p[0] and p[1] <= clause[1]
        return (0 if inside else 1, abs(p[0] - anchor_c))

    return min(in_sent, key=key)[2]


def _locative(tok) -> bool:
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head.lower_ in LOC_PREPS
        if tok.dep_ in ("compound", "amod", "nmod", "appos", "conj", "npadvmod") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False


# ---------------------------------------------------------------- general rules (issue 6)
# Rules found on an epidemic and a siege story, written for any war/disaster/epidemic report.

ILLNESS_WORDS = {"outbreak", "epidemic", "pandemic", "disease", "illness", "infection", "infections",
                 "infected", "virus", "cholera", "measles", "ebola", "typhoid", "dengue", "malaria",
                 "diarrhoea", "diarrhea", "mpox", "covid", "covid-19", "influenza", "plague",
                 "meningitis", "diphtheria", "polio", "tuberculosis", "hepatitis", "contagion"}
WOUND_WORDS = INJURY_NOUNS | {"injured", "wounded", "hurt", "gunshot", "shrapnel", "shot", "burned",
                              "blast", "shelling", "bullet", "bullets",
                              # harm by heat or cold is no infection: "admitted with heatstroke"
                              "heat", "heatstroke", "hypothermia", "frostbite"}
ILL_WORDS = {"ill", "sick", "unwell", "infected"}
# routes people leave a besieged or stricken place by: "left through the corridor"
ROUTE_NOUNS = {"corridor", "corridors", "route", "routes", "passage", "evacuation"}
LEAVE_LEMMAS = {"leave", "exit", "escape", "flee", "evacuate"}
USE_LEMMAS = {"use", "take", "cross"}
SPEAKER_LEMMAS = {"say", "tell", "describe", "recall", "recount"}
RECORD_LEMMAS = {"record", "register", "count", "report", "confirm", "document", "log"}
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson"}
ORG_WORDS = ORG_HEADS | {"police", "military", "authorities", "hospital", "institute", "laboratory",
                         "office", "militia", "network", "association", "union", "body"}
APPEAL_NOUNS = {"appeal", "appeals", "request", "call", "bid", "plea"}
# anonymous people whose number counts the witnesses who speak, not a figure of the story
WITNESS_NOUNS = {"people", "persons", "residents", "villagers", "witnesses", "neighbours", "neighbors",
                 "men", "women", "locals", "others", "survivors", "inhabitants", "shopkeepers", "traders"}
# who holds people captive: "the militia was holding 11 men"
CAPTOR_NOUNS = {"militia", "militias", "gunmen", "kidnappers", "captors", "abductors", "rebels", "insurgents",
                "militants", "fighters", "group", "police", "army", "forces", "troops", "guards",
                "prosecutor", "prosecutors", "authorities", "military", "court"}


# the organisation introduced by a description, named with a new description of it: "X (XI), which
# opened ...", "X, a charity that ...", "X, the group that ..."
_NAMED_AGAIN = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*,\s*(?:which|who|a|an|the)\b", re.I)


def _illness_story(doc) -> bool:
    """The article is about an illness (an outbreak): two or more illness words in it."""
    return _words_in_doc(doc, "illness_words", ILLNESS_WORDS) >= 2


EXPOSURE_WORDS = {"poisoning", "poisoned", "toxic", "fumes", "chemical", "chemicals", "leak", "leaked",
                  "spill", "spilled", "spilt", "contaminated", "contamination", "exposure", "exposed",
                  "ammonia", "chlorine", "pesticide", "pesticides", "smoke", "gas", "pollution"}
CARE_LEMMAS = {"treat", "admit", "hospitalise", "hospitalize", "hospitalised", "hospitalized", "examine"}
WARD_NOUNS = {"hospital", "hospitals", "wards", "ward", "care", "clinic", "clinics"}


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
    return _illness_story(verb.doc) and not any(t.lower_ in WOUND_WORDS for t in verb.sent)


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


SAMPLE_NOUNS = {"sample", "specimen", "test", "swab", "biopsy", "blood"}


def _general_non_figure(doc, ph, noun, root, sent, kind) -> bool:
    """Numbers that count no figure of the story:
    - a vague "several" / "a few" with no number, of any kind: "several people were hurt";
    and of kind "other" only:
    - a witness's own family: "I have four children";
    - an anaphoric definite count of things already introduced: "The two drivers are in a stable
      condition" (the drivers were counted before);
    - what samples or tests came from: "samples from two patients";
    - the count of the witnesses who speak: "Two people living near the school said ..."."""
    if ph.qualifier in ("several", "a few") and ph.ne - ph.ns == 1:
        return True
    if kind != "other":
        return False
    tok = noun if noun is not None else root
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() == "have" and any(
            c.dep_ == "nsubj" and c.lower_ == "i" for c in head.children):
        return True
    before = doc[ph.qs - 1] if ph.qs - 1 >= sent.start else None
    if noun is not None and before is not None and before.lower_ in ("the", "these", "those") \
            and any(t.lemma_.lower() == noun.lemma_.lower() for t in doc[:sent.start]):
        return True
    if noun is not None and noun.dep_ == "pobj" and head.lower_ == "from" \
            and head.head.lemma_.lower() in SAMPLE_NOUNS:
        return True
    if noun is not None and noun.dep_ == "nsubj" and head.lemma_.lower() in SPEAKER_LEMMAS \
            and noun.lower_ in WITNESS_NOUNS:
        return True
    if noun is not None and noun.dep_ == "nsubj" and head.lemma_.lower() in ("tell", "describe", "recall", "recount") \
            and noun.lower_ in PERSON_NOUNS and (before is None or before.lower_ not in ("the", "all", "its", "their")):
        return True   # "Two miners who were brought out told the paper that ...": witnesses speaking
    return False


FINAL_DEATH = {"die", "perish", "drown", "succumb"}
FINAL_HELD = {"hold", "capture", "seize", "detain", "abduct", "kidnap", "arrest", "imprison", "jail"}


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
    if r.dep_ == "nsubj" and verb.lemma_ == "be":
        for t in verb.subtree:
            if t.lower_ == "hands" and t.head.lower_ == "in" and any(g.dep_ in ("poss", "compound", "amod") for g in t.children) \
                    and not any(a.dep_ in ("ccomp", "relcl", "advcl") and a.i != verb.i for a in t.ancestors if verb.i in {x.i for x in a.ancestors}):
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


def _person_name(doc, sp) -> bool:
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand") if sp.get("start") is not None else None
    return span is not None and (span.root.ent_type_ == "PERSON" or span.root.lower_ in ("he", "she"))


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


def _party_name(doc, sp) -> bool:
    """A name ("Ministry of Defence") or a party noun ("the ministry"), not "his post"."""
    if sp["name"][:1].isupper() and sp["name"].split()[0].lower() not in POSS_PRONOUNS | {"the", "a", "an"}:
        return True
    span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand") if sp.get("start") is not None else None
    return span is not None and (span.root.ent_type_ == "ORG" or span.root.lower_ in ORG_WORDS | PARTY_NOUNS)


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


# where people trapped are cut off but known to be alive: a place under siege, a flood's roofs
STRANDED_WORDS = {"town", "towns", "city", "cities", "village", "villages", "area", "areas", "region", "district",
                  "country", "enclave", "homes", "home", "houses", "roofs", "rooftops", "roof", "floodwater",
                  "floodwaters", "flood", "floods", "cars", "vehicles", "siege", "fighting", "border"}


RUBBLE_NOUNS = {"rubble", "debris", "ruins", "wreckage", "mud", "snow", "collapsed"}
OUTDOOR_WORDS = {"outdoors", "outside", "open", "cars", "car", "tents", "tent", "streets", "street",
                 "parks", "park", "fields", "squares", "pavements", "vehicles"}


def _subject_verb(tok):
    """The verb a counted subject goes with: "300 people were still under the rubble" -> were."""
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i else None


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


_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|a|an|its|their|this)\s+[^,;.]{0,60}?\b(?:began|started|broke out|erupted|"
                           r"opened|was declared|was imposed|hit|struck)\s+(?:on\s+)?$", re.I)


def _in_since_clause(text, sent_start, date_start) -> bool:
    """The date is the start of a counted period given by a clause: "since the siege of the town
    began on 10 January", "since the outbreak started on May 28"."""
    return bool(_SINCE_CLAUSE.search(text[max(sent_start, date_start - 100):date_start]))
