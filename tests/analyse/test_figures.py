"""Tests for the figures component (numbers that matter: tolls, troops, money...)."""

from __future__ import annotations

import pytest

from figure_runs import by_number, one, run


# ---------------------------------------------------------------- number shapes

def test_digits_with_qualifier_and_full_phrase(nlp):
    f = one(nlp, "At least 30 people were killed in the attack.")
    assert f["text"] == "At least 30 people were killed"
    assert (f["value"], f["value_max"], f["qualifier"]) == (30, None, "at least")
    assert (f["kind"], f["what"], f["number_text"]) == ("killed", "people", "30")
    assert f["start"] == 0 and f["sentence"] == [0, len("At least 30 people were killed in the attack.")]


def test_thousands_separator_and_decimal_millions(nlp):
    figs = run(nlp, "Nearly 2,000 soldiers arrived and 1.5 million refugees fled.")
    a = by_number(figs, "2,000")
    assert (a["value"], a["qualifier"], a["kind"], a["what"]) == (2000, "nearly", "troops", "soldiers")
    b = by_number(figs, "1.5 million")
    assert (b["value"], b["kind"], b["what"]) == (1500000, "displaced", "refugees")
    assert isinstance(b["value"], int)


@pytest.mark.parametrize("text,value,what,number_text", [
    ("The UN pledged $2m on Monday.", 2_000_000, "dollars", "2m"),
    ("The EU pledged €40 million for reconstruction.", 40_000_000, "euros", "40 million"),
    ("Donors pledged USD 5 billion.", 5_000_000_000, "dollars", "5 billion"),
    ("Britain gave £3.5bn in loans.", 3_500_000_000, "pounds", "3.5bn"),
    ("Japan gave 5 million dollars.", 5_000_000, "dollars", "5 million"),
])
def test_money(nlp, text, value, what, number_text):
    f = one(nlp, text)
    assert (f["kind"], f["value"], f["what"], f["number_text"]) == ("money", value, what, number_text)


@pytest.mark.parametrize("text,value", [
    ("Twelve civilians died.", 12),
    ("Twenty-five soldiers died.", 25),
    ("Two hundred and fifty people were detained.", 250),
    ("A hundred soldiers were captured.", 100),
    ("Half a million refugees crossed the border.", 500_000),
    ("Two dozen soldiers were wounded.", 24),
])
def test_number_words(nlp, text, value):
    f = one(nlp, text)
    assert f["value"] == value and f["value_max"] is None


def test_a_dozen_is_exact(nlp):
    f = one(nlp, "A dozen jets took part.")
    assert (f["value"], f["value_max"], f["kind"], f["what"]) == (12, None, "aircraft", "jets")
    assert f["text"] == "A dozen jets"


@pytest.mark.parametrize("text,lo,hi,number_text", [
    ("Between 30 and 40 people were wounded.", 30, 40, "30 and 40"),
    ("30 to 40 people were wounded.", 30, 40, "30 to 40"),
    ("30-40 people were wounded.", 30, 40, "30-40"),
    ("Between 1,000 and 1,500 people were wounded.", 1000, 1500, "1,000 and 1,500"),
    ("2-3 million people were wounded.", 2_000_000, 3_000_000, "2-3 million"),
])
def test_ranges(nlp, text, lo, hi, number_text):
    f = one(nlp, text)
    assert (f["value"], f["value_max"], f["qualifier"]) == (lo, hi, "between")
    assert f["number_text"] == number_text and f["kind"] == "injured"


@pytest.mark.parametrize("text,qualifier", [
    ("More than 100 people were killed.", "more than"),
    ("Over 100 people were killed.", "more than"),
    ("Nearly 100 people were killed.", "nearly"),
    ("About 100 people were killed.", "about"),
    ("Some 100 people were killed.", "about"),
    ("Up to 100 people were killed.", "up to"),
    ("No fewer than 100 people were killed.", "at least"),
])
def test_qualifiers(nlp, text, qualifier):
    f = one(nlp, text)
    assert (f["value"], f["qualifier"], f["kind"]) == (100, qualifier, "killed")
    assert f["text"] == text.rstrip(".")


@pytest.mark.parametrize("text,lo,hi,qualifier,what", [
    ("Dozens of people were injured.", 12, 99, "dozens", "people"),
    ("Scores of people were injured.", 20, 99, "scores", "people"),
    ("Hundreds of people were injured.", 100, 999, "hundreds", "people"),
    ("Thousands of people were injured.", 1000, 9999, "thousands", "people"),
    ("Tens of thousands of people were injured.", 10_000, 99_999, "tens of thousands", "people"),
    ("Hundreds of thousands of people were injured.", 100_000, 999_999, "hundreds of thousands",
     "people"),
    # "several hundred" is counted as conservatively as "hundreds" (issue 6 conventions)
    ("Several hundred people were injured.", 100, 999, "hundreds", "people"),
    ("A few thousand residents were injured.", 1000, 9999, "thousands", "residents"),
    ("Hundreds were injured.", 100, 999, "hundreds", None),
])
def test_vague_amounts(nlp, text, lo, hi, qualifier, what):
    f = one(nlp, text)
    assert (f["value"], f["value_max"], f["qualifier"], f["what"]) == (lo, hi, qualifier, what)
    assert f["kind"] == "injured"
    assert f["text"] == text.rstrip(".")


def test_explicit_qualifier_wins_over_vague_label(nlp):
    f = one(nlp, "More than a dozen soldiers were wounded.")
    assert (f["value"], f["qualifier"], f["kind"]) == (12, "more than", "injured")


# ---------------------------------------------------------------- kinds

@pytest.mark.parametrize("text,kind", [
    ("30 people were killed.", "killed"),
    ("30 people died.", "killed"),
    ("The attack killed 30 people.", "killed"),
    ("The attack left 30 dead.", "killed"),
    ("Rescuers recovered 30 bodies.", "killed"),
    ("There were 30 deaths.", "killed"),
    ("30 people were wounded.", "injured"),
    ("30 people were hurt.", "injured"),
    ("30 people remain missing.", "missing"),
    ("30 people are unaccounted for.", "missing"),
    ("30 families fled.", "displaced"),
    ("30 families were evacuated.", "displaced"),
    ("The camp holds 30 refugees.", "displaced"),
    ("Police arrested 30 protesters.", "arrested"),
    ("30 protesters were detained.", "arrested"),
    ("The army deployed 30 soldiers.", "troops"),
    ("The army deployed 30 peacekeepers.", "troops"),
    ("The convoy included 30 tanks.", "vehicles"),
    ("The convoy included 30 armoured vehicles.", "vehicles"),
    ("The army used 30 drones.", "aircraft"),
    ("The army used 30 helicopters.", "aircraft"),
    ("The storm destroyed 30 homes.", "other"),
])
def test_kinds(nlp, text, kind):
    assert one(nlp, text)["kind"] == kind


def test_death_toll_rose_to(nlp):
    f = one(nlp, "The death toll rose to 30 on Tuesday.")
    assert (f["kind"], f["value"], f["what"]) == ("killed", 30, None)
    assert f["text"] == "The death toll rose to 30"


def test_toll_change_keeps_only_the_new_figure(nlp):
    f = one(nlp, "The death toll rose from 30 to 45.")
    assert (f["value"], f["kind"], f["qualifier"]) == (45, "killed", None)


def test_raised_toll_with_misattached_to_and_superseded_from(nlp):
    figs = run(nlp, "The health ministry on Saturday raised its death toll from the Tazrit "
                    "fighting to 30, from 12 a day earlier.")
    # the earlier value is kept as a figure of its own (both gold files annotate it), marked as
    # superseded and dated the day before the current one
    assert [(f["value"], f["kind"], f["relation"]) for f in figs] == [(30, "killed", None), (12, "killed", "previous")]
    assert [f["reported_by"]["name"] for f in figs] == ["The health ministry"] * 2
    assert figs[0]["as_of"] == "2026-03-15" and figs[1]["as_of"] == "2026-03-14"  # no timexes: published


def test_one_as_a_count(nlp):
    f = one(nlp, "Only one soldier was wounded.")
    assert (f["value"], f["kind"], f["what"]) == (1, "injured", "soldier")


def test_partitive_including(nlp):
    figs = run(nlp, "At least 9 people, including 3 children, were killed in Odesa.")
    assert by_number(figs, "3")["kind"] == "killed"
    assert by_number(figs, "9")["place"] == "Odesa"


def test_number_of_displaced(nlp):
    f = one(nlp, "The number of displaced people has reached 1.2 million.")
    assert (f["kind"], f["value"], f["what"]) == ("displaced", 1_200_000, "people")


def test_agent_is_not_a_casualty(nlp):
    figs = run(nlp, "3 soldiers killed 10 civilians.")
    assert by_number(figs, "3")["kind"] == "troops"
    assert by_number(figs, "10")["kind"] == "killed"


def test_coordinated_clauses_keep_their_own_verbs(nlp):
    figs = run(nlp, "At least 30 people were killed and more than 100 wounded.")
    a, b = by_number(figs, "30"), by_number(figs, "100")
    assert (a["kind"], a["text"]) == ("killed", "At least 30 people were killed")
    assert (b["kind"], b["text"], b["qualifier"]) == ("injured", "more than 100 wounded", "more than")


def test_casualties_default_to_injured(nlp):
    assert one(nlp, "The attack caused 20 casualties.")["kind"] == "injured"
    assert one(nlp, "There were 12 fatal casualties.")["kind"] == "killed"
    assert one(nlp, "Thirty people were killed or wounded.")["kind"] == "injured"


def test_strong_force_is_troops(nlp):
    f = one(nlp, "A 10,000-strong force crossed the river.")
    assert (f["kind"], f["value"], f["what"]) == ("troops", 10000, "force")


def test_compound_counted_noun(nlp):
    f = one(nlp, "The city deployed 300 police officers.")
    assert (f["kind"], f["what"]) == ("troops", "police officers")


# ---------------------------------------------------------------- not figures

@pytest.mark.parametrize("text", [
    "The war began in 2014.",
    "He was born in 1985.",
    "The victim was aged 34.",
    "A 34-year-old man was arrested.",
    "Smith, 34, was arrested.",
    "He is 34 years old.",
    "The meeting began at 10:30.",
    "The clashes lasted 3 days.",
    "The poll showed 45% support.",
    "The poll showed 45 percent support.",
    "The poll showed 45 per cent support.",
    "See page 12 of the report.",
    "He came 2nd in the race.",
    "The first convoy arrived.",
    "Call 555 0199 for help.",
    "Resolution 2334 was adopted.",
    "One of the soldiers was arrested.",
    "No one was hurt.",
    "The one who fled was arrested.",
    "One day the soldiers left.",
    "One in five children is malnourished.",
    "The team lost 3-1.",
    "The 2014-2015 war ended.",
    "From 2014 to 2016 the town was held.",
    "Boeing 737 jets crashed.",
    "The population is 60,000.",
])
def test_exclusions(nlp, text):
    assert run(nlp, text) == []


def test_timex_spans_are_excluded(nlp):
    text = "The siege lasted 40 nights and 12 soldiers died."
    s = text.index("40 nights")
    timexes = [{"text": "40 nights", "start": s, "end": s + 9, "type": "DURATION", "value": "P40D"}]
    figs = run(nlp, text, found={"timexes": timexes})
    assert [f["number_text"] for f in figs] == ["12"]
    # a timex over a number that would otherwise count removes it
    t2 = "Five people died."
    assert run(nlp, t2, found={"timexes": [{"text": "Five", "start": 0, "end": 4, "type": "DATE",
                                            "value": "XXXX"}]}) == []


def test_years_kept_out_but_counts_with_years_kept(nlp):
    figs = run(nlp, "In 2022, 1,200 people were evacuated.")
    assert [(f["value"], f["kind"]) for f in figs] == [(1200, "displaced")]


# ---------------------------------------------------------------- reported_by / place / as_of

def test_according_to_health_ministry(nlp):
    text = "At least 30 people were killed in Kharkiv, according to the health ministry."
    f = one(nlp, text)
    rb = f["reported_by"]
    assert rb["name"] == "the health ministry"
    assert (rb["start"], rb["end"]) == (text.index("the health"), len(text) - 1)
    assert f["place"] == "Kharkiv"


def test_rebel_officials_said(nlp):
    text = "Rebel officials said 2,000 soldiers and 40 tanks had crossed into Tazrit."
    figs = run(nlp, text)
    for nt in ("2,000", "40"):
        f = by_number(figs, nt)
        assert f["reported_by"] == {"name": "Rebel officials", "start": 0, "end": 15}
    assert by_number(figs, "40")["kind"] == "vehicles"


def test_trailing_said(nlp):
    f = one(nlp, "About 5,000 people were evacuated, officials said.")
    assert f["reported_by"]["name"] == "officials"


def test_figures_from(nlp):
    figs = run(nlp, "Figures from the UN show 3,500 people have been displaced in Darfur.")
    f = by_number(figs, "3,500")
    assert f["reported_by"]["name"] == "the UN"
    assert (f["kind"], f["place"]) == ("displaced", "Darfur")


def test_journalist_states_it(nlp):
    f = one(nlp, "Some 90 Palestinian prisoners were freed in Ramallah on Monday.")
    assert f["reported_by"] is None
    # who releases people, like who arrests them, reports the count (issue 6)
    f = one(nlp, "Israel released 90 Palestinian prisoners.")
    assert f["reported_by"]["name"] == "Israel"
    assert f["place"] is None  # an actor, not a location


def test_reported_by_from_quote_speaker(nlp):
    text = '"We found 40 bodies in the rubble," said Ahmed Ali, a rescuer.'
    q_end = text.index(",\" said") + 2
    s = text.index("Ahmed Ali")
    quotes = [{"text": text[1:q_end - 1], "start": 1, "end": q_end - 1,
               "speaker": {"name": "Ahmed Ali", "start": s, "end": s + 9}}]
    f = one(nlp, text, found={"quotes": quotes})
    assert f["reported_by"] == {"name": "Ahmed Ali", "start": s, "end": s + 9}
    assert f["kind"] == "killed"


def test_reported_by_from_claim_claimant(nlp):
    text = "The rebels claimed that hundreds of soldiers had died, but gave no evidence."
    s = text.index("hundreds")
    claims = [{"start": s, "end": text.index(", but"), "claimant": {"name": "The rebels"}}]
    f = one(nlp, text, found={"claims": claims})
    assert f["reported_by"] == {"name": "The rebels", "start": 0, "end": 10}
    assert (f["value"], f["value_max"], f["kind"]) == (100, 999, "killed")


def test_as_of_from_sentence_date_timex(nlp):
    text = "Two civilians were killed on 3 March, the army said."
    s = text.index("3 March")
    timexes = [{"text": "3 March", "start": s, "end": s + 7, "type": "DATE", "value": "2026-03-03"}]
    f = one(nlp, text, found={"timexes": timexes})
    assert f["as_of"] == "2026-03-03"
    assert f["reported_by"]["name"] == "the army"


def test_as_of_falls_back_to_published(nlp):
    text = "Two civilians were killed on Tuesday."
    s = text.index("Tuesday")
    timexes = [{"text": "Tuesday", "start": s, "end": s + 7, "type": "DATE", "value": "2026-W11"}]
    assert one(nlp, text, found={"timexes": timexes})["as_of"] == "2026-03-15"
    assert one(nlp, text, published=None)["as_of"] is None


def test_place_from_mentions_when_present(nlp):
    text = "Five people were killed near Bakhmut."
    s = text.index("Bakhmut")
    mentions = [{"text": "Bakhmut", "label": "GPE", "start": s, "end": s + 7}]
    assert one(nlp, text, found={"mentions": mentions})["place"] == "Bakhmut"
    assert one(nlp, text, found={"mentions": []})["place"] is None


def test_offsets_hold_on_a_longer_report(nlp):
    text = (
        "TALMIRA, March 15 - The health ministry said on Sunday that 30 people had been killed "
        "and 112 wounded since Thursday, up from the 12 deaths it reported on Saturday. "
        "Rebel commanders put the toll at more than 300, most of them civilians.\n\n"
        "According to the UN refugee agency, about 18,000 people have now been displaced, and "
        "the government sent 2,000 troops and about 40 tanks south. "
        "\"It is hundreds, not thirty,\" said Munir Zayani, 41, a rebel spokesman. "
        "Donors pledged $25 million in aid."
    )
    figs = run(nlp, text)
    got = {(f["number_text"], f["kind"]) for f in figs}
    assert {("30", "killed"), ("112", "injured"), ("12", "killed"), ("300", "killed"),
            ("18,000", "displaced"), ("2,000", "troops"), ("40", "vehicles"),
            ("25 million", "money")} <= got
    assert "41" not in {f["number_text"] for f in figs}
    assert by_number(figs, "300")["reported_by"]["name"] == "Rebel commanders"
    assert by_number(figs, "18,000")["reported_by"]["name"] == "the UN refugee agency"
    # output is in text order and figures do not overlap
    starts = [f["start"] for f in figs]
    assert starts == sorted(starts)
    for a, b in zip(figs, figs[1:]):
        assert a["end"] <= b["start"] or a["start"] <= b["start"]


@pytest.mark.parametrize("text", [
    "The village lies about 15 km west of the town.",
    "The convoy drove 200 miles to the border.",
    "Floodwater covered 3,000 hectares of farmland.",
])
def test_measurements_are_not_figures(nlp, text):
    assert run(nlp, text) == []


# ---------------------------------------------------------------- issue 6: hard cases

def test_of_them_subset_inherits_the_kind_of_its_total(nlp):
    figs = run(nlp, "According to the health ministry, 12 people were killed, four of them soldiers, "
                    "and 41 were injured in the fighting.")
    f = by_number(figs, "four")
    assert (f["value"], f["kind"], f["what"], f["relation"]) == (4, "killed", "soldiers", "subset")
    assert f["text"] == "four of them soldiers"
    assert f["reported_by"]["name"] == "the health ministry"
    assert by_number(figs, "12")["relation"] is None


def test_of_them_finds_its_antecedent_in_the_previous_sentence(nlp):
    figs = run(nlp, "\u201cI saw the planes with my own eyes. Two of them, flying very low,\u201d said "
                    "Rania Sobhi, 34, who crossed with her three children on Saturday.")
    assert [(f["value"], f["kind"], f["what"]) for f in figs] == [(2, "aircraft", "planes")]
    assert figs[0]["reported_by"]["name"] == "Rania Sobhi"   # not "Two", the other subject


def test_family_details_and_vague_things_are_not_figures(nlp):
    assert run(nlp, "Jana Petrak, 41, fled with her two sons.") == []
    assert run(nlp, "The water swept through several villages in the province.") == []
    f = one(nlp, "The agency opened two new camps near the crossing.")
    assert (f["value"], f["kind"]) == (2, "other")


@pytest.mark.parametrize("text,number,kind", [
    ("The agency said that about 4,000 people had been moved to schools and sports halls.", "4,000", "displaced"),
    ("About 11,000 people remain in shelters, the Red Cross said.", "11,000", "displaced"),
    ("The minister said that 9,500 Kassarians had crossed into Ashkar since Thursday.", "9,500", "displaced"),
    ("The toll rose to 23, and 71 people were being treated in hospital for injuries.", "71", "injured"),
    ("Officials said 15 people were hospitalised after the blast.", "15", "injured"),
])
def test_kinds_from_where_people_are(nlp, text, number, kind):
    assert by_number(run(nlp, text), number)["kind"] == kind


def test_people_moved_to_an_office_are_not_displaced(nlp):
    figs = run(nlp, "The firm said 30 workers had been moved to its new office.")
    assert all(f["kind"] != "displaced" for f in figs)


def test_the_owner_of_the_toll_reports_it(nlp):
    f = one(nlp, "The health ministry's overall death toll stands at 41.")
    assert (f["value"], f["kind"], f["reported_by"]["name"]) == (41, "killed", "The health ministry")
    figs = run(nlp, "The opposition Civic Alliance says more than 200 people have died; "
                    "the Orvanian government\u2019s count is 38.")
    assert by_number(figs, "38")["kind"] == "killed"
    assert by_number(figs, "38")["reported_by"]["name"] == "the Orvanian government"
    assert "Civic Alliance" in by_number(figs, "200")["reported_by"]["name"]


def test_its_claim_belongs_to_the_subject_and_which_to_its_noun(nlp):
    f = one(nlp, "The Civic Alliance repeated its claim that more than 200 people had died.")
    assert f["reported_by"]["name"] == "The Civic Alliance"
    f = one(nlp, "The Civic Alliance, which says more than 200 people died, called for a vote.")
    assert f["reported_by"]["name"] == "The Civic Alliance"
    f = one(nlp, "The Civic Alliance, which puts the toll at more than 200, boycotted the visit.")
    assert (f["value"], f["kind"], f["reported_by"]["name"]) == (200, "killed", "The Civic Alliance")


def test_a_toll_from_a_cause_is_not_its_source(nlp):
    figs = run(nlp, "The death toll from the collapse of the dam rose to 23 on Wednesday, the health "
                    "ministry said, and 71 people were being treated in hospital for injuries.")
    assert [f["reported_by"]["name"] for f in figs] == ["the health ministry", "the health ministry"]


def test_it_and_the_agency_resolve_to_the_organisation_named_before(nlp):
    text = ("The Ministry of Health raised the death toll to 47 on Saturday. "
            "It said 52 people were still missing.")
    f = by_number(run(nlp, text), "52")
    assert f["reported_by"]["name"].endswith("Ministry of Health")
    assert f["reported_by"]["as_written"]["name"] == "It"
    text = ("According to the Civil Protection Agency, nine people were killed. "
            "The agency said that about 4,000 people had been moved to schools.")
    f = by_number(run(nlp, text), "4,000")
    assert f["reported_by"]["name"].endswith("Civil Protection Agency")
    assert f["reported_by"]["as_written"]["name"] == "The agency"


def test_it_without_an_earlier_organisation_stays_as_written(nlp):
    f = one(nlp, "It said 52 people were still missing.")
    assert f["reported_by"]["name"] == "It" and "as_written" not in f["reported_by"]


def test_increments_subsets_and_contributions_are_marked(nlp):
    f = one(nlp, "President Osmane said he had ordered a further 1,500 troops to the town.")
    assert (f["value"], f["kind"], f["relation"], f["text"]) == (1500, "troops", "increment", "a further 1,500 troops")
    figs = run(nlp, "He sent another 200 soldiers and eight more helicopters.")
    assert by_number(figs, "200")["relation"] == "increment"
    assert by_number(figs, "eight")["relation"] == "increment"
    figs = run(nlp, "The ministry raised the death toll to 41 on Monday, including nine soldiers.")
    assert by_number(figs, "nine")["relation"] == "subset" and by_number(figs, "41")["relation"] is None
    assert by_number(figs, "nine")["text"].startswith("including")
    f = one(nlp, "Kaldoria said it had sent four rescue helicopters to the valley.")
    assert (f["kind"], f["relation"]) == ("aircraft", "contribution")
    f = one(nlp, "The army now has 2,100 soldiers in the valley.")
    assert (f["kind"], f["relation"]) == ("troops", None)


def test_up_from_an_earlier_value(nlp):
    figs = run(nlp, "The ministry raised the death toll to 38 on Thursday, up from 23 a day earlier.")
    assert [(f["value"], f["kind"], f["relation"]) for f in figs] == [(38, "killed", None), (23, "killed", "previous")]


def test_as_of_skips_the_start_of_a_period_and_never_passes_publication(nlp):
    text = "Officials said 9,500 people had crossed the border since Thursday."
    tx = [{"text": "Thursday", "start": text.index("Thursday"), "end": text.index("Thursday") + 8,
           "type": "DATE", "value": "2026-03-12"}]
    assert one(nlp, text, found={"timexes": tx}, published="2026-03-16")["as_of"] == "2026-03-16"
    text = "Rebels say an air strike on Friday killed 27 people."
    tx = [{"text": "Friday", "start": text.index("Friday"), "end": text.index("Friday") + 6,
           "type": "DATE", "value": "2026-03-20"}]   # a weekday resolved forward by mistake
    assert one(nlp, text, found={"timexes": tx}, published="2026-03-16")["as_of"] == "2026-03-16"


def test_vague_amounts_keep_a_conservative_value_and_range(nlp):
    f = one(nlp, "Rebels accused the army of bombing a market, killing dozens of civilians.")
    assert (f["value"], f["value_max"], f["qualifier"], f["kind"]) == (12, 99, "dozens", "killed")
    f = one(nlp, 'The rebels again said "hundreds" had died.')
    assert (f["value"], f["value_max"], f["qualifier"], f["kind"]) == (100, 999, "hundreds", "killed")


def test_among_opening_a_sentence_is_the_whole_not_a_part(nlp):
    figs = run(nlp, "Among 86 patients treated at the hospital, 65 were children.")
    assert all(f["relation"] is None for f in figs)
    figs = run(nlp, "Five people were wounded, among them two police officers.")
    assert by_number(figs, "Five")["relation"] is None


# ---------------------------------------------------------------- issue 6, round 2: general rules
# (wording and names differ from every bundled story on purpose)

def test_part_of_a_toll_keeps_the_casualty_kind_not_a_force(nlp):
    figs = run(nlp, "Fourteen people were killed in the clashes in Veldra, including three soldiers, "
                    "the health ministry said.")
    part = by_number(figs, "three")
    assert (part["kind"], part["relation"]) == ("killed", "subset")
    assert part["text"] == "including three soldiers"


def test_part_of_a_deployment_stays_a_force(nlp):
    figs = run(nlp, "The army sent 500 troops to the border, including 40 officers.")
    assert by_number(figs, "40")["kind"] == "troops"


def test_treated_for_wounds_with_the_for_on_the_object_is_injured(nlp):
    f = by_number(run(nlp, "Medics in the port said they had treated dozens of people for burns overnight."),
                  "dozens")
    assert (f["kind"], f["value"], f["qualifier"]) == ("injured", 12, "dozens")


def test_treated_for_an_illness_is_not_injured(nlp):
    figs = run(nlp, "The clinic treated 40 patients for malaria last month.")
    assert all(f["kind"] != "injured" for f in figs)


@pytest.mark.parametrize("text,number", [
    ("About 85 demonstrators remain in detention, their lawyers said.", "85"),
    ("Forty students were taken into custody after the march.", "Forty"),
    ("The interior ministry said 150 people were in custody.", "150"),
])
def test_people_in_custody_are_arrested(nlp, text, number):
    assert by_number(run(nlp, text), number)["kind"] == "arrested"


def test_people_in_a_square_or_a_shelter_are_not_arrested(nlp):
    figs = run(nlp, "Some 3,000 people were in the square. Another 200 people remain in shelters.")
    assert all(f["kind"] != "arrested" for f in figs)


def test_bare_number_in_intensive_care_is_injured_and_continues_the_previous_reporter(nlp):
    figs = run(nlp, "Hospital officials said 40 people were being treated for burns. "
                    "Eleven were in a critical condition on Friday.")
    f = by_number(figs, "Eleven")
    assert f["kind"] == "injured"
    assert f["reported_by"]["name"] == "Hospital officials"


def test_bare_number_somewhere_is_not_a_figure(nlp):
    assert run(nlp, "Nine were in the square when the rally began.") == []


def test_bare_number_without_an_earlier_reporter_has_none(nlp):
    f = one(nlp, "Seven remained in intensive care.")
    assert f["kind"] == "injured" and f["reported_by"] is None


@pytest.mark.parametrize("text,number,value", [
    ("The council approved a reconstruction fund of 45 million korunas for the flooded towns.",
     "45 million", 45_000_000),
    ("The old fuel subsidy cost the state more than two billion lempiras a year.", "two billion",
     2_000_000_000),
    ("Parliament approved a 12 million tugrik compensation package.", "12 million", 12_000_000),
])
def test_unknown_currency_word_in_a_money_sentence_is_money(nlp, text, number, value):
    f = by_number(run(nlp, text), number)
    assert (f["kind"], f["value"]) == ("money", value)


@pytest.mark.parametrize("text,number", [
    ("The charity shipped 5 million doses to the region.", "5 million"),        # no money word
    ("About 2 million people were displaced by the fighting.", "About 2 million"),  # people
    ("Officials said 3 million sandbags cost less than expected.", "3 million"),  # the things cost
    ("The fund said 4 million children were out of school.", "4 million"),     # people
])
def test_millions_of_things_are_not_money(nlp, text, number):
    figs = run(nlp, text)
    assert all(f["kind"] != "money" for f in figs), figs


def test_a_list_of_names_after_deaths_counts_the_dead_and_its_owner_reports_it(nlp):
    figs = run(nlp, "Dozens of villagers died in the raid. The governor rejected the activists' list "
                    "of 57 names.")
    f = by_number(figs, "57")
    assert f["kind"] == "killed"
    assert f["reported_by"]["name"] == "the activists"


def test_a_list_of_names_without_deaths_is_no_toll(nlp):
    figs = run(nlp, "The party submitted a list of 300 names to the electoral commission.")
    assert all(f["kind"] != "killed" for f in figs)


def test_earlier_value_after_up_from_takes_the_figure_s_kind(nlp):
    figs = run(nlp, "Officials said 18 people had died in the storm, up from 11 a day earlier.",
               published="2026-04-10")
    f = by_number(figs, "11")
    assert (f["kind"], f["relation"], f["text"]) == ("killed", "previous", "up from 11")
    assert f["as_of"] == "2026-04-09"


def test_raising_its_figure_from_an_earlier_value(nlp):
    figs = run(nlp, "Forty people are missing after the landslide, the agency said, raising its figure from 25.")
    f = by_number(figs, "25")
    assert (f["kind"], f["relation"]) == ("missing", "previous")


def test_up_from_without_a_casualty_figure_is_nothing(nlp):
    assert run(nlp, "Exports were up from 250 last year, the trade office said.") == []


def test_the_figure_in_the_next_sentence_is_the_same_count(nlp):
    figs = run(nlp, "The interior ministry says 95 people were arrested. Rights groups put the number "
                    "at more than 300.")
    f = by_number(figs, "300")
    assert (f["kind"], f["qualifier"]) == ("arrested", "more than")
    assert f["reported_by"]["name"] == "Rights groups"


def test_the_figure_after_a_sentence_without_a_count_is_nothing(nlp):
    assert run(nlp, "The ministry announced new rules. Critics put the number at 300.") == []


@pytest.mark.parametrize("text", [
    "Not one shot was fired, the colonel said.",
    "Not one bullet hit the crowd.",
])
def test_not_one_is_an_emphatic_zero(nlp, text):
    assert run(nlp, text) == []


def test_the_sender_of_troops_reports_them(nlp):
    f = one(nlp, "Chancellor Maria Ostrova visited the base on Friday and sent 600 soldiers to the border.")
    assert (f["kind"], f["relation"]) == ("troops", "contribution")
    assert f["reported_by"]["name"] == "Chancellor Maria Ostrova"


def test_a_pronoun_sender_is_not_a_reporter(nlp):
    f = one(nlp, "They sent 600 soldiers to the border.")
    assert f["reported_by"] is None


# ---------------------------------------------------------------- round 3: generalising (issue 6)

def test_unknown_currency_object_of_a_paying_verb_is_money(nlp):
    f = by_number(run(nlp, "The airline said it would pay 5,000 dinars to each passenger."), "5,000")
    assert f["kind"] == "money"
    f = by_number(run(nlp, "The regulator fined the operator 3.1 million korunas on Monday."), "3.1 million")
    assert f["kind"] == "money"
    assert f["reported_by"] is not None and f["reported_by"]["name"] == "The regulator"


def test_small_count_that_is_not_paid_is_not_money(nlp):
    # the object of a non-paying verb, and a person noun after a paying verb
    figs = run(nlp, "The charity delivered 5,000 blankets to the camp.")
    assert all(f["kind"] != "money" for f in figs)
    figs = run(nlp, "The firm will pay 40 workers to clear the road.")
    assert all(f["kind"] != "money" for f in figs)


def test_a_currency_word_learned_in_the_article_stays_money(nlp):
    text = ("The governor set up a 20 million ostral fund for the victims and said each family "
            "would receive 45,000 ostrals.")
    figs = run(nlp, text)
    fund, each = by_number(figs, "20 million"), by_number(figs, "45,000")
    assert fund["kind"] == "money" and each["kind"] == "money"
    # the actor who set up the fund reports it
    assert fund["reported_by"] is not None and "governor" in fund["reported_by"]["name"]
    # without the earlier money figure, "45,000 liras" after "receive" is not known to be money
    f = by_number(run(nlp, "Each family would receive 45,000 ostrals."), "45,000")
    assert f["kind"] != "money"


def test_a_multiplier_is_not_a_count(nlp):
    figs = run(nlp, "The union says 90 miners are trapped, three times the company's count.")
    assert [f["number_text"] for f in figs] == ["90"]
    assert run(nlp, "The gap between the two tallies has grown.") == []


def test_missing_phrasings(nlp):
    f = one(nlp, "More than 60 villagers who went to the lake have not been found, the sheriff said.")
    assert f["kind"] == "missing" and f["value"] == 60
    f = one(nlp, "The police put the number still missing at 17.")
    assert (f["kind"], f["value"]) == ("missing", 17)
    f = one(nlp, "The sheriff puts the number of missing at 22.")
    assert (f["kind"], f["value"]) == ("missing", 22)
    f = by_number(run(nlp, "The group released the names of 58 climbers it says are still missing on the peak."), "58")
    assert f["kind"] == "missing"
    # negative: found people are not missing
    figs = run(nlp, "Rescuers said 12 hikers had been found alive.")
    assert all(f["kind"] != "missing" for f in figs)


def test_a_names_list_takes_the_kind_of_the_nearest_casualty_word(nlp):
    text = ("Rangers say 4 hikers died and 9 are still missing. Crews searched the valley. "
            "The mayor dismissed the list of 70 names published by the Hikers' Club.")
    f = by_number(run(nlp, text), "70")
    assert f["kind"] == "missing"
    assert f["reported_by"] is not None and "Hikers' Club" in f["reported_by"]["name"]
    text = "Rangers say 4 hikers are missing and 9 died. The club published a list of 13 names of the dead."
    assert by_number(run(nlp, text), "13")["kind"] == "killed"


def test_count_noun_before_at_or_to_gives_the_kind(nlp):
    f = by_number(run(nlp, "The number of people confirmed dead in the blaze rose to 27 on Friday, police said."), "27")
    assert f["kind"] == "killed"
    assert f["reported_by"] is not None and f["reported_by"]["name"] == "police"
    # no casualty word between the count noun and the number: no casualty kind is made up
    f = one(nlp, "The number of buses rose to 27 on Friday.")
    assert f["kind"] == "vehicles"


def test_people_aboard_and_rescued_bare_numbers(nlp):
    f = by_number(run(nlp, "The skipper said the trawler was licensed for 40 people and had 37 on board."), "37")
    assert f["kind"] == "other"
    f = one(nlp, "Fishermen pulled 11 from the river.")
    assert (f["kind"], f["value"]) == ("other", 11)
    # a bare number after a verb that pulls no one out is dropped
    assert run(nlp, "The rally drew 11 from the district.") == []


def test_hospital_counts_are_injured(nlp):
    text = "The wounded went to St Luke's Hospital, where surgeons were treating 26 people, four of them in a critical condition."
    figs = run(nlp, text)
    assert by_number(figs, "26")["kind"] == "injured"
    assert by_number(figs, "four")["kind"] == "injured"
    f = one(nlp, "About 15 survivors remained in hospital.")
    assert f["kind"] == "injured"
    # survivors sent home are not injured
    figs = run(nlp, "About 15 survivors went home on Friday.")
    assert all(f["kind"] != "injured" for f in figs)


def test_reporter_is_the_party_not_a_noun_phrase(nlp):
    text = ("The coach, run by Valtra Lines, left at noon with 48 people aboard, according to the "
            "company's passenger list.")
    f = by_number(run(nlp, text, found={"mentions": [
        {"text": "Valtra Lines", "label": "ORG", "start": text.index("Valtra"), "end": text.index("Valtra") + 12}]}), "48")
    assert f["reported_by"]["name"] == "Valtra Lines"
    assert f["reported_by"]["as_written"]["name"] == "the company"
    text = "The miners' committee, the Dorla Pit Families Union, says at least 80 men remain unaccounted for."
    f = one(nlp, text)
    assert f["kind"] == "missing" and f["reported_by"]["name"].endswith("Dorla Pit Families Union")
    # quantifiers are not sources
    text = "Dozens of relatives gathered at the gate, and many of them say 300 people were inside."
    f = by_number(run(nlp, text), "300")
    assert f["reported_by"] is None or f["reported_by"]["name"].lower() not in ("many", "many of them")


def test_named_speaker_reports_the_organisation_s_figures(nlp):
    text = "The fire service's figures were unchanged at 12 dead, Chief Officer Ruth Kamau said on Sunday."
    f = by_number(run(nlp, text), "12")
    assert f["reported_by"]["name"].endswith("Ruth Kamau")
    # without a named speaker, the owner of the figures reports them
    f = by_number(run(nlp, "The fire service's figures were unchanged at 12 dead."), "12")
    assert f["reported_by"]["name"] == "The fire service"


def test_part_of_the_dead_is_a_subset(nlp):
    f = one(nlp, "Three of the dead were tourists from abroad, the consul confirmed.")
    assert (f["value"], f["kind"], f["relation"]) == (3, "killed", "subset")
    # a plain toll is not a part
    f = one(nlp, "Three people were killed, the consul confirmed.")
    assert f["relation"] is None


# ---------------------------------------------------------------- issue 6: a border war (two states)

def test_killed_and_wounded_with_their_own_objects_are_two_counts(nlp):
    figs = run(nlp, "The General Staff said shelling had killed four civilians in the village and wounded nine.")
    assert by_number(figs, "four")["kind"] == "killed"
    assert by_number(figs, "nine")["kind"] == "injured"
    # one object shared by both verbs is still a combined count
    assert one(nlp, "The blast killed or wounded 30 people.")["kind"] == "injured"


def test_generations_hypotheticals_are_no_figures(nlp):
    assert run(nlp, "They drove the flock to the river, as the family has done for three generations.") == []
    assert run(nlp, '"Counting a family at breakfast and again at supper does not make two families," he said.') == []


def test_people_treated_at_a_hospital_are_injured_and_their_part_too(nlp):
    figs = run(nlp, "Dr Ana Kel, director of the district hospital, said her staff were treating 14 people, "
                    "two of them children.")
    f = by_number(figs, "14")
    assert (f["kind"], f["text"]) == ("injured", "treating 14 people")
    part = by_number(figs, "two")
    assert (part["kind"], part["relation"]) == ("injured", "subset")
    # treated for an illness is not an injury
    assert all(f["kind"] != "injured" for f in run(nlp, "The hospital treated 40 patients for malaria."))


def test_people_moved_to_a_town_or_held_in_shelters_are_displaced(nlp):
    assert one(nlp, "Some 900 residents of the village had been moved to Corvale.")["kind"] == "displaced"
    f = by_number(run(nlp, "The mayor said the town's three emergency shelters held 2,600 people on Tuesday."), "2,600")
    assert f["kind"] == "displaced"


def test_a_fronted_whole_names_what_a_bare_part_counts(nlp):
    figs = run(nlp, "Of its roughly 700 residents, only about 80 had come back, the mayor said.")
    assert by_number(figs, "700")["what"] == "residents"
    f = by_number(figs, "80")
    assert (f["kind"], f["what"], f["qualifier"]) == ("other", "residents", "about")


def test_who_made_an_arrest_reports_it(nlp):
    f = one(nlp, "Border police detained two Corvish men near the river on Monday.")
    assert f["kind"] == "arrested" and f["reported_by"]["name"] == "Border police"
    f = one(nlp, "Two men held by the border police since Monday were charged with espionage.")
    assert f["kind"] == "arrested" and f["reported_by"]["name"] == "the border police"


def test_people_named_by_nationality_held_are_detained_and_a_question_is_not_the_answer(nlp):
    f = one(nlp, "Asked about the two Corvish shepherds held in Oromil, the president said he had raised their case.")
    assert f["kind"] == "arrested"
    assert f["reported_by"] is None     # the question's words, not the president's


def test_it_said_is_the_organisation_that_reported_the_figures_before(nlp):
    text = ("The General Staff now puts the toll at six civilians and three soldiers killed, with 14 people "
            "wounded. It said some 900 residents had been moved to Corvale.")
    f = by_number(run(nlp, text), "900")
    assert f["reported_by"]["name"] == "The General Staff"
    assert f["reported_by"]["as_written"]["name"] == "It"


def test_the_president_is_the_president_named_before(nlp):
    text = ("President Anton Belric yesterday pledged an 80 million sorin fund to rebuild homes. Every family "
            "whose house was damaged will receive 3,000 sorins within a month, the president told residents.")
    f = by_number(run(nlp, text), "3,000")
    assert f["kind"] == "money" and f["reported_by"]["name"] == "Anton Belric"
    assert f["reported_by"]["as_written"]["name"] == "the president"


def test_a_person_standing_by_another_party_s_estimate_reports_it(nlp):
    f = one(nlp, "Ms Dovran stood by the army's estimate that dozens of enemy soldiers were killed, and said the "
                 "truce had held.")
    assert (f["value"], f["kind"], f["reported_by"]["name"]) == (12, "killed", "Ms Dovran")
    # the owner of a count still reports it when nobody stands by it
    assert one(nlp, "The ministry's toll stands at 41.")["reported_by"]["name"] == "The ministry"


def test_a_described_network_is_the_name_it_describes(nlp):
    f = one(nlp, "The president brushed aside the figures of Valley Relief, a volunteer network that says at "
                 "least 15,000 people fled the valley.")
    assert (f["kind"], f["reported_by"]["name"]) == ("displaced", "Valley Relief")


def test_a_headline_s_generic_reporter_is_the_body_s_party_of_the_same_count(nlp):
    text = ("Volunteers say more than 12,000 have fled the valley\n\n"
            "Hill Country Aid, the volunteer network, said on Tuesday that more than 12,000 people had left their homes.")
    figs = run(nlp, text)
    head = [f for f in figs if f["start"] < text.index("\n")]
    assert len(head) == 1 and head[0]["reported_by"]["name"] == "Hill Country Aid"
    assert head[0]["reported_by"]["as_written"]["name"] == "Volunteers"


def test_a_quoted_vague_amount_still_has_its_counted_noun(nlp):
    f = one(nlp, 'The spokesman said the counter-fire had killed "dozens" of enemy soldiers.')
    assert (f["value"], f["kind"], f["what"]) == (12, "killed", "enemy soldiers")
    assert f["text"] == 'dozens" of enemy soldiers'


def test_an_unknown_currency_given_per_household_is_money(nlp):
    f = one(nlp, "The interior ministry has promised 1,500 lorens to every evacuated household.")
    assert (f["kind"], f["what"], f["reported_by"]["name"]) == ("money", "lorens", "The interior ministry")
    f = one(nlp, "Each family will receive 300 lorens per damaged house.")
    assert f["kind"] == "money" and f["reported_by"] is None    # the recipient is no sender
    # goods handed out per family are not money
    assert one(nlp, "The agency promised two blankets to every family.")["kind"] == "other"


def test_a_title_the_parser_missed_still_names_the_person(nlp):
    text = "Mayor Ana Ruiz said 200 homes were destroyed. The mayor said 40 families had been moved to Lanford."
    f = by_number(run(nlp, text), "40")
    assert f["kind"] == "displaced" and f["reported_by"]["name"] == "Ana Ruiz"


def test_shooting_and_stabbing_people(nlp):
    figs = run(nlp, "A worker fatally shot three co-workers and injured three others.")
    f = figs[0]
    assert (f["kind"], f["text"], f["what"]) == ("killed", "shot three co-workers", "co-workers")
    assert figs[1]["kind"] == "injured"
    assert one(nlp, "Gunmen shot dead four villagers.")["kind"] == "killed"
    assert one(nlp, "Police shot two protesters.")["kind"] == "injured"
    # "a few streets" is no one shot
    assert run(nlp, "He was shot on Sunday night a few streets from the square.") == []


def test_a_measure_of_one_thing_and_a_negated_argument_are_no_counts_but_a_detail_is(nlp):
    assert run(nlp, "The court wrote in its 20-page opinion.") == []
    assert run(nlp, "There is not a one-to-one ratio of reports to children.") == []
    f = one(nlp, "The police did not release details about the six victims.")
    assert f["value"] == 6


def test_hyphenated_dozens_and_shot_then_killed(nlp):
    f = one(nlp, "As many as two-dozen people were hurt.")
    assert (f["value"], f["kind"], f["qualifier"]) == (24, "injured", "up to")
    assert one(nlp, "A medical official said one man was shot in the neck and killed.")["kind"] == "killed"


def test_he_said_is_the_person_quoted_just_before_and_a_demonym_is_no_speaker(nlp):
    text = ("Colonel Ivo Brandt told reporters the barrage began at 11pm. "
            "He said the army had destroyed four enemy artillery positions.")
    def claim(needle, who_text, who_at):
        s = text.index(needle)
        w = text.index(who_text, who_at)
        return {"text": needle, "start": s, "end": s + len(needle),
                "claimant": {"name": who_text, "start": w, "end": w + len(who_text)}}
    found = {"claims": [claim("the barrage began at 11pm", "Colonel Ivo Brandt", 0),
                        # a speaker resolver that took an adjective for the speaker
                        claim("the army had destroyed four enemy artillery positions", "He", 0)]}
    f = one(nlp, text, found=found)
    assert f["reported_by"]["name"] == "Colonel Ivo Brandt" and f["reported_by"]["as_written"]["name"] == "He"
    text2 = "Colonel Ivo Brandt said the army had destroyed four Corvish artillery positions, a Ruritanian said."
    s2 = text2.index("the army")
    w = text2.index("Ruritanian")
    bad = {"claims": [{"text": text2[s2:text2.index(",")], "start": s2, "end": text2.index(","),
                       "claimant": {"name": "Ruritanian", "start": w, "end": w + len("Ruritanian")}}]}
    assert one(nlp, text2, found=bad)["reported_by"]["name"] == "Colonel Ivo Brandt"
