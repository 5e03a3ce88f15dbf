"""Word lists and patterns the figure rules read: number words, currencies, qualifiers, the
nouns and predicates of each kind, speech verbs, party and place nouns (one place to look them up)."""

from __future__ import annotations

import re


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
              "massacred perish perished drown drowned behead beheaded assassinate starve starved",
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
INTRANSITIVE = {"die", "died", "perish", "perished", "drown", "drowned", "starve", "starved", "flee", "fled",
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
                "vendors", "commuters", "pedestrians", "clients", "customers", "drivers", "neighbours",
                "neighbors", "colleagues", "friends", "comrades", "classmates", "parishioners", "sons", "daughters",
                "brothers", "sisters", "grandchildren", "grandsons", "granddaughters", "cousins", "nephews", "nieces",
                "husbands", "wives", "siblings", "uncles", "aunts", "elders"}
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


DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)$")


CUSTODY_NOUNS = {"custody", "detention", "jail", "jails", "prison", "prisons", "cells", "cell", "captivity"}
ABDUCTION_WORDS = {"abduct", "abducted", "abduction", "abductions", "abductors", "kidnap", "kidnapped",
                   "kidnappers", "kidnapping", "kidnappings", "hostage", "hostages", "captivity", "captors"}
# "eleven were in intensive care", "remain in a critical condition"
ALREADY_HELD = {"inmates", "prisoners", "detainees", "convicts", "inmate", "prisoner", "detainee"}
CARE_NOUNS = {"care", "hospital", "hospitals", "condition", "coma", "ward", "wards", "icu", "dialysis", "surgery",
              "ventilator", "ventilators", "ventilation"}   # (also "were still on dialysis")
# what people lost that hurt them: "35 patients had lost their sight"
LOST_FACULTIES = {"sight", "eyesight", "vision", "hearing", "limb", "limbs", "leg", "legs", "arm", "arms", "hand",
                  "hands", "foot", "feet", "eye", "eyes"}
# counts of occurrences, not of things the story turns on: "in four flights", "three visits"
OCCASION_NOUNS = {"flights", "trips", "journeys", "visits", "attempts", "occasions", "rounds", "times"}
# distances given in things: "lives two streets from the crater"
STEP_NOUNS = {"streets", "blocks", "doors", "houses", "fields", "villages", "stops", "floors"}
# a price per unit of goods describes a market, not an amount of the story: "60 Xs a bottle"
PRICE_UNITS = {"bottle", "litre", "liter", "kilo", "kilogram", "kg", "bag", "sack", "loaf", "ticket", "glass",
               "pack", "packet", "tonne", "ton", "gallon", "unit", "meal", "cup", "jar", "can", "dose", "piece"}
# what people seek or receive when hurt: "about 300 had sought treatment"
TREATMENT_NOUNS = {"treatment", "care", "attention"}


HOSTAGE_WORDS = {"hostage", "hostages", "captive"}
LEFT_PLACES = {"homes", "home", "province", "city", "town", "country", "area", "region", "village", "villages",
               "island", "islands", "valley", "district", "quarter", "coast", "neighbourhood", "neighborhood"}
# people released or freed were held: the count of the freed counts captives ("freed 12 hostages")
RELEASE_LEMMAS = {"release", "free", "repatriate"}
PERSONISH_RE = re.compile(r"(?:ers|ists|ians|ees|ants|men|ors)$")


PLACE_HOLDERS = SHELTER_NOUNS | CUSTODY_NOUNS | HOSPITAL_NOUNS | {
    "ward", "wards", "building", "hotel", "site", "facility", "ship", "boat", "bus", "train", "plane", "room",
    "rooms", "cellar", "basement", "compound", "base", "town", "city", "village", "area", "zone", "ferry"}


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


EQUIV_SKIP = {"about", "around", "roughly", "some", "nearly", "approximately", "almost", "or", "worth",
              "equivalent", "to", "just", "over", "under", "more", "than", "less", "some"}


CAPACITY_VERBS = {"built", "designed", "meant", "intended", "planned", "equipped", "made"}
UNIT_WORDS = {"brigade", "division", "regiment", "battalion", "corps", "squadron", "commando", "army", "fleet",
              "platoon", "company", "wing"}


BACKING_LEMMAS = {"stand", "repeat", "reiterate", "cite", "back", "endorse", "defend", "uphold",
                  "maintain", "echo", "quote"}


PERSON_REPORTER_HEADS = {"spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor",
                         "president", "commander", "chief", "director", "coordinator", "he", "she"}
TITLE_HEADS = {"president", "minister", "governor", "mayor", "commander", "premier", "chancellor",
               "general", "colonel", "king", "prime"}


BUSINESS_HEADS = {"company", "firm", "operator", "carrier", "airline", "owner", "utility"}
PUBLIC_BODY_WORDS = {"ministry", "government", "police", "army", "department", "agency", "council",
                     "court", "parliament", "office", "directorate", "guard", "service", "authority",
                     "commission", "union", "association", "party"}
# generic heads that an apposition may name: "the relatives' group, the X Association, said"
APPOS_HEADS = {"group", "association", "body", "organisation", "organization", "union",
               "committee", "campaign", "alliance", "coalition", "charity", "network"}


CONTRIBUTION_LEMMAS = {"send", "deploy", "dispatch", "order", "give", "donate", "pledge", "offer",
                      "provide", "promise", "deliver", "supply", "lend", "commit", "mobilise",
                      "mobilize", "rush", "fly"}
EARLIER_AFTER = (("a", "day", "earlier"), ("the", "day", "before"), ("the", "previous", "day"),
                 ("a", "day", "before"), ("the", "day", "earlier"))
SINCE_WORDS = {"since", "from"}


ABOARD = (("on", "board"), ("aboard",), ("on", "the", "manifest"), ("on", "its", "manifest"),
          ("on", "the", "passenger", "list"))


PUBLISH_LEMMAS = {"publish", "release", "compile", "post", "issue", "hand", "submit", "draw", "read"}


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


SEAT_NOUNS = {"spectators", "spectator", "seats", "seat"}
# animals are counted as losses, never as casualties: "killed more than 300 cattle"
ANIMAL_NOUNS = {"cattle", "cows", "goats", "sheep", "livestock", "animals", "camels", "horses", "donkeys",
                "chickens", "pigs", "herds", "oxen", "poultry"}
DIMENSION_ADJS = {"wide", "long", "deep", "high", "tall", "thick", "across"}


DELIVERY_LEMMAS = {"carry", "deliver", "distribute", "send", "bring", "supply", "ship", "truck", "airlift",
                   "airdrop", "donate", "provide", "hand", "unload", "drop", "fly", "transport"}


GIVE_COUNT_LEMMAS = {"give", "offer", "provide", "publish", "release", "issue", "have", "cite", "report"}


COMPARING = {"than", "against", "compared", "versus", "unlike", "above", "below", "beyond", "contradicting",
             "contradicts", "disputed", "disputes", "rejected", "rejects", "dismissed"}


# ---------------------------------------------------------------- general rules (issue 6)
# Rules found on an epidemic and a siege story, written for any war/disaster/epidemic report.

ILLNESS_WORDS = {"outbreak", "epidemic", "pandemic", "disease", "illness", "infection", "infections",
                 "malnutrition", "malnourished", "starvation",
                 "infected", "virus", "cholera", "measles", "ebola", "typhoid", "dengue", "malaria",
                 "diarrhoea", "diarrhea", "mpox", "covid", "covid-19", "influenza", "plague",
                 "meningitis", "diphtheria", "polio", "tuberculosis", "hepatitis", "contagion"}
# words that name no particular illness ("the outbreak of poisoning"): a story of them is an
# illness story only with a second illness word
GENERIC_ILLNESS = {"outbreak", "epidemic", "pandemic", "disease", "illness", "contagion"}
SPECIFIC_ILLNESS = ILLNESS_WORDS - GENERIC_ILLNESS
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


EXPOSURE_WORDS = {"poisoning", "poisoned", "toxic", "fumes", "chemical", "chemicals", "leak", "leaked",
                  "spill", "spilled", "spilt", "contaminated", "contamination", "exposure", "exposed",
                  "ammonia", "chlorine", "pesticide", "pesticides", "smoke", "gas", "pollution"}
CARE_LEMMAS = {"treat", "admit", "hospitalise", "hospitalize", "hospitalised", "hospitalized", "examine"}
WARD_NOUNS = {"hospital", "hospitals", "wards", "ward", "care", "clinic", "clinics"}


SAMPLE_NOUNS = {"sample", "specimen", "test", "swab", "biopsy", "blood"}


FINAL_DEATH = {"die", "perish", "drown", "succumb"}
FINAL_HELD = {"hold", "capture", "seize", "detain", "abduct", "kidnap", "arrest", "imprison", "jail"}


# where people trapped are cut off but known to be alive: a place under siege, a flood's roofs
STRANDED_WORDS = {"town", "towns", "city", "cities", "village", "villages", "area", "areas", "region", "district",
                  "country", "enclave", "homes", "home", "houses", "roofs", "rooftops", "roof", "floodwater",
                  "floodwaters", "flood", "floods", "cars", "vehicles", "siege", "fighting", "border"}


RUBBLE_NOUNS = {"rubble", "debris", "ruins", "wreckage", "mud", "snow", "collapsed"}
OUTDOOR_WORDS = {"outdoors", "outside", "open", "cars", "car", "tents", "tent", "streets", "street",
                 "parks", "park", "fields", "squares", "pavements", "vehicles"}


_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|a|an|its|their|this)\s+[^,;.]{0,60}?\b(?:began|started|broke out|erupted|"
                           r"opened|was declared|was imposed|hit|struck)\s+(?:on\s+)?$", re.I)

