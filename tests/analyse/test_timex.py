"""Tests for the temporal tagger (newsweave.analyse.timex)."""

from __future__ import annotations

from datetime import date

import pytest

from newsweave.analyse.timex import extract, resolve_date, tag

SAT = date(2011, 3, 19)  # a Saturday
THU = date(2011, 3, 17)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    from newsweave.nlp import load

    return load()


def _check_offsets(text, items):
    for it in items:
        assert text[it["start"]: it["end"]] == it["text"], it
        assert it["type"] in ("DATE", "TIME", "DURATION", "SET"), it
        assert set(it) == {"text", "start", "end", "type", "value"}, it


def _tag(text, pub=SAT, doc=None):
    items = tag(text, pub, doc)
    _check_offsets(text, items)
    return items


def _one(text, pub=SAT, doc=None):
    items = _tag(text, pub, doc)
    assert len(items) == 1, items
    it = items[0]
    return it["text"], it["type"], it["value"]


def _find(items, text):
    hits = [it for it in items if it["text"] == text]
    assert hits, (text, items)
    return hits[0]


# --- weekdays and tense ---------------------------------------------------------------------


def test_thursday_night_in_saturday_article(nlp):
    text = "Japan said on Thursday night that the reactor was stable."
    assert _one(text, SAT, nlp(text)) == ("Thursday night", "TIME", "2011-03-17TNI")


def test_thursday_night_without_doc_defaults_to_past():
    assert _one("Fires broke out on Thursday night.") == ("Thursday night", "TIME", "2011-03-17TNI")


def test_bare_thursday_is_a_date():
    assert _one("Engineers worked on Thursday.") == ("Thursday", "DATE", "2011-03-17")


def test_said_on_friday_in_saturday_article(nlp):
    text = "The minister said on Friday that talks would resume."
    assert _one(text, SAT, nlp(text)) == ("Friday", "DATE", "2011-03-18")


def test_said_on_friday_despite_future_complement(nlp):
    # the parser hangs "on Friday" on "resume"; the tense must still be that of "said"
    text = "The minister said on Friday the talks will resume."
    assert _one(text, SAT, nlp(text))[2] == "2011-03-18"


def test_will_meet_on_friday_is_six_days_ahead(nlp):
    text = "Leaders will meet on Friday to discuss the crisis."
    assert _one(text, SAT, nlp(text)) == ("Friday", "DATE", "2011-03-25")


def test_is_expected_to_meet_is_future(nlp):
    text = "The council is expected to vote on Monday."
    assert _one(text, SAT, nlp(text))[2] == "2011-03-21"


def test_past_tense_on_publication_weekday_is_same_day(nlp):
    text = "Officials said on Thursday that the plant was safe."
    assert _one(text, THU, nlp(text))[2] == "2011-03-17"


def test_future_tense_on_publication_weekday_is_same_day(nlp):
    text = "Officials will brief reporters on Thursday."
    assert _one(text, THU, nlp(text))[2] == "2011-03-17"


def test_next_weekday_without_doc():
    assert _one("They meet next Friday.") == ("next Friday", "DATE", "2011-03-25")


def test_this_coming_weekday():
    assert _one("The vote is this coming Monday.")[2] == "2011-03-21"


def test_last_weekday():
    assert _one("He arrived last Tuesday.") == ("last Tuesday", "DATE", "2011-03-15")


def test_weekday_possessive_defaults_to_past(nlp):
    text = "Friday's vote will shape the talks."
    assert _one(text, SAT, nlp(text))[2] == "2011-03-18"


def test_weekday_ahead_of_is_future():
    assert _one("Markets were calm ahead of Monday's vote.")[2] == "2011-03-21"


def test_plural_weekday_is_a_set():
    assert _one("Protesters gather on Fridays.") == ("Fridays", "SET", "XXXX-WXX-5")


def test_weekday_with_explicit_date_is_one_expression():
    assert _one("It happened on Thursday, March 17, 2011.") == (
        "Thursday, March 17, 2011", "DATE", "2011-03-17")


# --- relative days and parts of days ----------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He left yesterday.", ("yesterday", "DATE", "2011-03-18")),
        ("He leaves today.", ("today", "DATE", "2011-03-19")),
        ("He leaves tomorrow.", ("tomorrow", "DATE", "2011-03-20")),
        ("He speaks tonight.", ("tonight", "TIME", "2011-03-19TNI")),
        ("Shots were heard last night.", ("last night", "TIME", "2011-03-18TNI")),
        ("Rain fell overnight.", ("overnight", "TIME", "2011-03-18TNI")),
        ("Police said this morning.", ("this morning", "TIME", "2011-03-19TMO")),
        ("It rained yesterday afternoon.", ("yesterday afternoon", "TIME", "2011-03-18TAF")),
        ("He arrived the day before yesterday.", ("the day before yesterday", "DATE", "2011-03-17")),
    ],
)
def test_relative_days(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It was announced earlier this week.", ("earlier this week", "DATE", "2011-W11")),
        ("It was announced last week.", ("last week", "DATE", "2011-W10")),
        ("It happens this week.", ("this week", "DATE", "2011-W11")),
        ("It opens next week.", ("next week", "DATE", "2011-W12")),
        ("It opens next month.", ("next month", "DATE", "2011-04")),
        ("It closed last month.", ("last month", "DATE", "2011-02")),
        ("It closed last year.", ("last year", "DATE", "2010")),
        ("It closes this year.", ("this year", "DATE", "2011")),
        ("It closes next year.", ("next year", "DATE", "2012")),
        ("It closes later this year.", ("later this year", "DATE", "2011")),
        ("They met last weekend.", ("last weekend", "DATE", "2011-W10-WE")),
        ("Growth slowed last quarter.", ("last quarter", "DATE", "2010-Q4")),
        ("It happened last summer.", ("last summer", "DATE", "2010-SU")),
    ],
)
def test_relative_units(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It began two days ago.", ("two days ago", "DATE", "2011-03-17")),
        ("It began three weeks ago.", ("three weeks ago", "DATE", "2011-W08")),
        ("It began six months ago.", ("six months ago", "DATE", "2010-09")),
        ("It began 10 years ago.", ("10 years ago", "DATE", "2001")),
        ("It began a decade ago.", ("a decade ago", "DATE", "2001")),
        ("The summit opens in two days.", ("two days", "DATE", "2011-03-21")),
        ("It ends two weeks from now.", ("two weeks from now", "DATE", "2011-W13")),
    ],
)
def test_shifts(text, expected):
    assert _one(text) == expected


def test_in_n_units_after_superlative_is_a_duration():
    assert _one("It was the first rise in three years.") == ("three years", "DURATION", "P3Y")


def test_in_n_units_in_past_clause_is_a_duration(nlp):
    text = "The team built the bridge in two years."
    assert _one(text, SAT, nlp(text)) == ("two years", "DURATION", "P2Y")


def test_within_is_a_duration():
    assert _one("Results are due within 14 days.") == ("14 days", "DURATION", "P14D")


# --- absolute dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It happened on 19 March 2011.", ("19 March 2011", "DATE", "2011-03-19")),
        ("It happened on March 19, 2011.", ("March 19, 2011", "DATE", "2011-03-19")),
        ("It happened on the 19th of March 2011.", ("the 19th of March 2011", "DATE", "2011-03-19")),
        ("It happened on 19 March.", ("19 March", "DATE", "2011-03-19")),
        ("It happened on March 19.", ("March 19", "DATE", "2011-03-19")),
        ("The date was 2011-03-19.", ("2011-03-19", "DATE", "2011-03-19")),
        ("The date was 19/03/2011.", ("19/03/2011", "DATE", "2011-03-19")),
        ("The date was 03/19/2011.", ("03/19/2011", "DATE", "2011-03-19")),
        ("It happened in March 2011.", ("March 2011", "DATE", "2011-03")),
        ("It happened in 2009.", ("2009", "DATE", "2009")),
        ("It grew in the 1990s.", ("the 1990s", "DATE", "199")),
        ("It grew in the early 1990s.", ("the early 1990s", "DATE", "199")),
        ("It was built in the 19th century.", ("the 19th century", "DATE", "18")),
        ("Prices rose in mid-1996.", ("mid-1996", "DATE", "1996")),
        ("Profit fell in the third quarter of 2010.", ("the third quarter of 2010", "DATE", "2010-Q3")),
    ],
)
def test_absolute_dates(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The festival opens on Aug. 7.", ("Aug. 7", "DATE", "2011-08-07")),
        ("The festival opens on 7 August.", ("7 August", "DATE", "2011-08-07")),
        ("The festival runs August 7-8.", ("August 7-8", "DATE", "2011-08-07")),
        ("The festival runs 7-8 August.", ("7-8 August", "DATE", "2011-08-07")),
        ("The festival runs Sept. 7 to 9.", ("Sept. 7 to 9", "DATE", "2011-09-07")),
    ],
)
def test_day_month_forms(text, expected):
    assert _one(text) == expected


def test_month_with_colon_after_day():
    assert _one("The Times said on Monday, Oct. 26: no.", date(1998, 10, 25))[2] == "1998-10-26"


def test_in_month_takes_publication_year():
    assert _one("It happened in March.") == ("March", "DATE", "2011-03")


def test_december_in_january_past_clause_is_last_year(nlp):
    text = "The group was formed in December."
    assert _one(text, date(2011, 1, 10), nlp(text)) == ("December", "DATE", "2010-12")


def test_december_in_january_without_doc_is_nearest():
    assert _one("The group formed in December.", date(2011, 1, 10))[2] == "2010-12"


def test_january_in_december_future_clause_is_next_year(nlp):
    text = "The law will take effect on January 5."
    assert _one(text, date(2011, 12, 20), nlp(text))[2] == "2012-01-05"


def test_past_clause_date_slightly_ahead_stays_in_year(nlp):
    text = "The deadline was set for Feb. 10."
    assert _one(text, date(2000, 1, 7), nlp(text))[2] == "2000-02-10"


def test_month_with_relative_year():
    assert _one("Prices fell in July last year.") == ("July last year", "DATE", "2010-07")


def test_last_month_name():
    assert _one("It closed last November.") == ("last November", "DATE", "2010-11")


def test_holiday():
    assert _one("They met on Christmas Eve.", date(2011, 12, 27)) == ("Christmas Eve", "DATE", "2011-12-24")


# --- false positives --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks may collapse.",
        "He said they may march on the capital.",
        "Thousands joined a protest march.",
        "March organisers said the route was safe.",
        "More than 2,000 people were evacuated.",
        "The army sent 1500 troops.",
        "About 1900 people were evacuated.",
        "Flight 2010 landed safely.",
        "The 45-year-old man was arrested.",
        "The man, 45 years old, was arrested.",
        "The tax rose to 2010 dollars.",
        "It cost $2011.",
        "He finished a second time.",
        "The Daily Mail and USA Today reported it.",
    ],
)
def test_no_false_positives(text):
    assert _tag(text) == []


def test_modal_may_lowercase_but_month_may_found():
    items = _tag("Officials may resign in May.")
    assert [(it["text"], it["value"]) for it in items] == [("May", "2011-05")]


def test_may_as_surname_is_not_a_month(nlp):
    text = "Prime Minister Theresa May said the plan was fair."
    assert _tag(text, SAT, nlp(text)) == []


def test_year_used_as_sentence_subject():
    assert _one("2010 was a hard year for the firm.")[2] == "2010"


def test_year_modifying_singular_noun(nlp):
    text = "The 2008 crisis hit banks."
    assert _one(text, SAT, nlp(text)) == ("2008", "DATE", "2008")


def test_quantity_with_doc_not_a_year(nlp):
    text = "The army sent 1500 troops to the border."
    assert _tag(text, SAT, nlp(text)) == []


def test_percent_not_a_date():
    text = "Inflation hit 19 per cent in 2010."
    assert _tag(text) == [{"text": "2010", "start": 29, "end": 33, "type": "DATE", "value": "2010"}]


# --- durations and sets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Fighting raged for the past three days.", ("the past three days", "DURATION", "P3D")),
        ("Fighting raged for three days.", ("three days", "DURATION", "P3D")),
        ("Three years of war left the city in ruins.", ("Three years", "DURATION", "P3Y")),
        ("He served 12 years in prison.", ("12 years", "DURATION", "P12Y")),
        ("The strike lasted 48 hours.", ("48 hours", "DURATION", "PT48H")),
        ("The meeting lasted five hours.", ("five hours", "DURATION", "PT5H")),
        ("He waited two weeks.", ("two weeks", "DURATION", "P2W")),
        ("It took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("It took two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("They called a 24-hour strike.", ("24-hour", "DURATION", "PT24H")),
        ("It lasted two decades.", ("two decades", "DURATION", "P20Y")),
        ("It has lasted for years.", ("years", "DURATION", "PXY")),
        ("Talks lasted several days.", ("several days", "DURATION", "PXD")),
        ("Prices rose over the past week.", ("the past week", "DURATION", "P1W")),
    ],
)
def test_durations(text, expected):
    assert _one(text) == expected


def test_durations_are_never_dates():
    for text in ["three years", "for three years", "the last three years", "two months"]:
        for it in _tag(text):
            assert it["type"] == "DURATION", it


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Inspectors visit every week.", ("every week", "SET", "P1W")),
        ("The paper is published weekly.", ("weekly", "SET", "P1W")),
        ("Patrols run daily.", ("daily", "SET", "P1D")),
        ("Reports come every two weeks.", ("every two weeks", "SET", "P2W")),
        ("The council meets every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
        ("It costs $5 a day.", ("a day", "SET", "P1D")),
        ("They meet twice a year.", ("a year", "SET", "P1Y")),
    ],
)
def test_sets(text, expected):
    assert _one(text) == expected


def test_count_before_a_relative_day_is_not_a_rate():
    # "41 from 12 a day earlier": "a day" measures the gap back, it is not "12 per day"
    types = {it["text"]: it["type"] for it in _tag("The toll rose to 41 from 12 a day earlier.")}
    assert types.get("a day") != "SET"


# --- present/past refs and times --------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The plant is now stable.", ("now", "DATE", "PRESENT_REF")),
        ("The plant is currently stable.", ("currently", "DATE", "PRESENT_REF")),
        ("The plant was recently inspected.", ("recently", "DATE", "PAST_REF")),
        ("Such things happened in the past.", ("the past", "DATE", "PAST_REF")),
        ("It may change in the future.", ("the future", "DATE", "FUTURE_REF")),
    ],
)
def test_refs(text, expected):
    assert _one(text) == expected


def test_now_defunct_is_not_a_ref():
    assert _tag("The now-defunct agency closed.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The blast hit at 3pm.", ("3pm", "TIME", "2011-03-19T15:00")),
        ("The blast hit at 3:30 p.m.", ("3:30 p.m.", "TIME", "2011-03-19T15:30")),
        ("The blast hit at 14:00 GMT.", ("14:00 GMT", "TIME", "2011-03-19T14:00")),
        ("The blast hit at 0735 GMT.", ("0735 GMT", "TIME", "2011-03-19T07:35")),
        ("The blast hit at noon.", ("noon", "TIME", "2011-03-19T12:00")),
    ],
)
def test_clock_times(text, expected):
    assert _one(text) == expected


def test_clock_time_takes_day_of_adjacent_date():
    items = _tag("The quake struck at 2:46 p.m. on Friday, March 11.")
    assert _find(items, "2:46 p.m.")["value"] == "2011-03-11T14:46"
    assert _find(items, "Friday, March 11")["value"] == "2011-03-11"


def test_clock_time_following_date():
    items = _tag("Voting ends Sunday at 8 p.m.", date(2011, 3, 17))
    assert _find(items, "8 p.m.")["value"] == "2011-03-13T20:00"


# --- unknown publication date -----------------------------------------------------------------


def test_no_publication_date_relative_values_none():
    text = "Yesterday he said on Thursday night that last week was hard; now it is 19 March 2011."
    items = _tag(text, None)
    vals = {it["text"]: it["value"] for it in items}
    assert vals["Yesterday"] is None
    assert vals["Thursday night"] is None
    assert vals["last week"] is None
    assert vals["19 March 2011"] == "2011-03-19"
    assert vals["now"] == "PRESENT_REF"


def test_no_publication_date_durations_keep_values():
    assert _one("It lasted three days.", None) == ("three days", "DURATION", "P3D")


# --- offsets, ordering, mixed text -------------------------------------------------------------


MIXED = (
    "TOKYO (Reuters) - Engineers battled on Thursday night and overnight to cool the reactors, "
    "officials said on Saturday. The quake struck on March 11, the worst since records began in "
    "1900. More than 2,000 people died and 1500 troops were sent; some may never return. "
    "Ministers will meet on Friday, and again next month. Radiation levels have risen for the past "
    "three days, officials said, and are now checked every hour. Since the 1990s, the plant has been "
    "inspected weekly. At 14:00 GMT on 19/03/2011, a spokesman said the crisis could last "
    "three years. In May, a protest march was held; March organisers said turnout was high.\n"
    "Earlier this week, the 45-year-old minister said the 2008 plan (Aug. 7, 2008) had failed."
)


def test_offsets_invariant_on_mixed_text(nlp):
    for doc in (None, nlp(MIXED)):
        items = tag(MIXED, SAT, doc)
        _check_offsets(MIXED, items)
        starts = [it["start"] for it in items]
        assert starts == sorted(starts)
        for a, b in zip(items, items[1:]):
            assert a["end"] <= b["start"]


def test_mixed_text_values(nlp):
    items = tag(MIXED, SAT, nlp(MIXED))
    got = {it["text"]: (it["type"], it["value"]) for it in items}
    assert got["Thursday night"] == ("TIME", "2011-03-17TNI")
    assert got["overnight"] == ("TIME", "2011-03-18TNI")
    assert got["Saturday"] == ("DATE", "2011-03-19")
    assert got["March 11"] == ("DATE", "2011-03-11")
    assert got["1900"] == ("DATE", "1900")
    assert got["Friday"] == ("DATE", "2011-03-25")
    assert got["next month"] == ("DATE", "2011-04")
    assert got["the past three days"] == ("DURATION", "P3D")
    assert got["every hour"] == ("SET", "PT1H")
    assert got["the 1990s"] == ("DATE", "199")
    assert got["weekly"] == ("SET", "P1W")
    assert got["14:00 GMT"] == ("TIME", "2011-03-19T14:00")
    assert got["19/03/2011"] == ("DATE", "2011-03-19")
    assert got["three years"] == ("DURATION", "P3Y")
    assert got["May"] == ("DATE", "2011-05")
    assert got["Earlier this week"] == ("DATE", "2011-W11")
    assert got["2008"] == ("DATE", "2008")
    assert got["Aug. 7, 2008"] == ("DATE", "2008-08-07")
    assert not any("2,000" in k for k in got)
    assert not any("1500" in k for k in got)
    assert not any(k.lower() in ("may", "march") and v[1] is None for k, v in got.items())
    assert "March" not in got  # "a protest march" / "March organisers"
    assert not any("45" in k for k in got)


def test_unicode_lowercasing_does_not_shift_offsets():
    text = "İstanbul officials said on Thursday that İzmir was calm yesterday."
    items = _tag(text)
    assert [it["text"] for it in items] == ["Thursday", "yesterday"]


def test_empty_text():
    assert tag("", SAT) == []


# --- resolve_date and the pipeline component ---------------------------------------------------


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2011-03-17TNI", ("2011-03-17", "day")),
        ("2011-03-17T14:00", ("2011-03-17", "day")),
        ("2011-03-17", ("2011-03-17", "day")),
        ("2011-03", ("2011-03", "month")),
        ("2011", ("2011", "year")),
        ("PRESENT_REF", None),
        ("PAST_REF", None),
        ("2011-W11", None),
        ("2011-W11-WE", None),
        ("2011-Q1", None),
        ("2011-SU", None),
        ("199", None),
        ("P3D", None),
        ("XXXX-WXX-5", None),
        (None, None),
        ("2011-02-30", None),
    ],
)
def test_resolve_date(value, expected):
    assert resolve_date(value) == expected


def test_extract_component(nlp):
    from newsweave.analyse import COMPONENTS
    from newsweave.article import Article

    art = Article(id="a1", text="Officials said on Friday that the plant was safe.", published="2011-03-19")
    doc = nlp(art.text)
    out = extract(doc, art, {})
    assert out == [{"text": "Friday", "start": 18, "end": 24, "type": "DATE", "value": "2011-03-18"}]
    assert COMPONENTS["timexes"] is extract

    art2 = Article(id="a2", text=art.text, published=None)
    assert extract(doc, art2, {})[0]["value"] is None


# --- results reporting, spoken years, holidays, seasons (issue 4) ----------------------------

OCT26 = date(1989, 10, 26)


def test_year_ago_in_a_quarterly_results_article_is_the_same_quarter_a_year_before():
    text = ("Net income in the third quarter rose to $5 million from $3 million a year earlier. "
            "Sales in the latest quarter were flat. The year-ago quarter included a gain.")
    items = _tag(text, OCT26)
    assert _find(items, "the third quarter")["value"] == "1989-Q3"
    assert _find(items, "a year earlier")["value"] == "1988-Q3"
    assert _find(items, "the latest quarter")["value"] == "1989-Q3"
    assert _find(items, "The year-ago quarter")["value"] == "1988-Q3"


def test_year_ago_outside_results_is_the_year_before():
    assert _one("The plant closed a year ago.", OCT26)[2] == "1988"
    assert _one("Prices were lower a year earlier.", OCT26)[2] == "1988"


def test_fourth_quarter_in_january_is_the_one_just_ended():
    assert _one("Profit fell in the fourth quarter.", date(1998, 1, 26))[2] == "1997-Q4"


def test_results_periods_and_halves():
    items = _tag("Earnings for the last half of 1989 and this year's third quarter will fall.", OCT26)
    assert _find(items, "the last half of 1989")["value"] == "1989-H2"
    assert _find(items, "this year's third quarter")["value"] == "1989-Q3"


def test_the_year_and_the_future():
    items = _tag("Sales for the full year rose. The company will grow in the future.", OCT26)
    assert _find(items, "the full year")["value"] == "1989"
    assert _find(items, "the future")["value"] == "FUTURE_REF"
    items = _tag("For the year ended June 30, it earned $1.", OCT26)
    assert (_find(items, "the year")["type"], _find(items, "the year")["value"]) == ("DURATION", "P1Y")


def test_spoken_years_and_relative_holidays():
    pub = date(2000, 2, 10)
    assert _one("January nineteen ninety-seven. Atlanta again.", pub)[2] == "1997-01"
    assert _one("It happened in nineteen ninety-six.", pub)[2] == "1996"
    assert _one("He was found last Thanksgiving.", pub) == ("last Thanksgiving", "DATE", "1999-11-25")
    assert _one("They will meet next Christmas.", pub)[2] == "2000-12-25"


def test_bare_season_and_current_and_year_end():
    assert _one("Problems lasted well into the summer.", OCT26)[2] == "1989-SU"
    assert _one("He reflected on his current position.", OCT26)[1:] == ("DATE", "PRESENT_REF")
    assert _one("The deal should close by year-end.", OCT26)[2] == "1989-12-31"


def test_quarterly_dividend_is_not_a_frequency():
    assert _tag("The company raised its quarterly dividend.", OCT26) == []
    assert _one("Interest is paid quarterly.", OCT26)[1:] == ("SET", "P3M")


def test_scheduled_event_on_a_weekday_is_ahead(nlp):
    text = "The university has scheduled a news conference Thursday to announce the results."
    assert _one(text, date(1999, 5, 5), nlp(text))[2] == "1999-05-06"
