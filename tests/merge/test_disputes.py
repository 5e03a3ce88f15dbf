from newsweave.merge.disputes import (attach_caveats, contradiction_disputes, control_disputes,
                                      denial_disputes, find_disputes)

from dispute_docs import paras as _paras


def _doc(doc_id, sentences):
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append([len(text), len(text) + len(s)])
        text += s
    return {"id": doc_id, "source": f"{doc_id} news", "text": text}, {"doc": doc_id, "sentences": spans, "mentions": []}


def _claim(doc, needle, who, **extra):
    i = doc["text"].index(needle)
    return {"text": needle, "doc": doc["id"], "start": i, "end": i + len(needle),
            "claimant": {"name": who, "entity": None}, **extra}


def test_denial_is_paired_with_the_claim_it_rejects_across_articles():
    a, an_a = _doc("a", ["Rebel spokesman Omar Fadel said government jets bombed the market in Sidi Marwan."])
    b, an_b = _doc("b", ["The defence ministry denied that its jets had bombed the market in Sidi Marwan."])
    claims = [_claim(a, "government jets bombed the market in Sidi Marwan", "Omar Fadel"),
              _claim(b, "its jets had bombed the market in Sidi Marwan", "defence ministry",
                     denial={"cue": "denied", "target": None}, sentence=an_b["sentences"][0])]
    disputes = denial_disputes(claims, [a, b], [an_a, an_b])
    assert len(disputes) == 1
    parties = [p["party"]["name"] for p in disputes[0]["positions"]]
    assert parties == ["Omar Fadel", "defence ministry"]
    assert disputes[0]["positions"][1]["claim"].startswith("The defence ministry denied")


def test_bare_denial_answers_the_report_just_before_it():
    a, an = _doc("a", ["Witnesses said soldiers fired on the crowd near the port of Kessa.",
                       "The army denied the report."])
    claims = [_claim(a, "soldiers fired on the crowd near the port of Kessa", "Witnesses"),
              _claim(a, "the report", "army", denial={"cue": "denied", "target": {"text": "the report"}},
                     sentence=an["sentences"][1])]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    assert disputes[0]["positions"][0]["party"]["name"] == "Witnesses"


def test_a_party_does_not_dispute_itself():
    a, an = _doc("a", ["The ministry said the port of Kessa was calm.", "The ministry denied the report."])
    claims = [_claim(a, "the port of Kessa was calm", "the ministry"),
              _claim(a, "the report", "The Ministry", denial={"cue": "denied", "target": None},
                     sentence=an["sentences"][1])]
    assert denial_disputes(claims, [a], [an]) == []


def test_contradiction_between_negative_and_affirmative_claims():
    a, _ = _doc("a", ["Rebels said two government helicopters attacked the convoy near Ain Dalia.",
                      "The army said no government helicopters attacked the convoy near Ain Dalia."])
    claims = [_claim(a, "two government helicopters attacked the convoy near Ain Dalia", "Rebels"),
              _claim(a, "no government helicopters attacked the convoy near Ain Dalia", "The army")]
    disputes = contradiction_disputes(claims)
    assert len(disputes) == 1 and {p["party"]["name"] for p in disputes[0]["positions"]} == {"Rebels", "The army"}
    same = [claims[0], dict(claims[1], claimant={"name": "rebels", "entity": None})]
    assert contradiction_disputes(same) == []


def test_control_needs_two_controllers_and_caveat_attaches_as_note():
    a, an = _doc("a", ["Rebels said they had taken Tazrit.", "The army said Tazrit was in its hands.",
                       "The claims could not be independently verified."])
    cites = {s: e for s, e in an["sentences"]}
    controls = [
        {"place": "Tazrit", "controller": "Rebels", "controller_key": "rebel", "party": {"name": "Rebels", "entity": None},
         "text": "Rebels said they had taken Tazrit.", "doc": "a", "start": 0, "end": cites[0]},
        {"place": "Tazrit", "controller": "army", "controller_key": "army", "party": {"name": "army", "entity": None},
         "text": "The army said Tazrit was in its hands.", "doc": "a", "start": an["sentences"][1][0],
         "end": an["sentences"][1][1]},
    ]
    disputes = control_disputes(controls)
    assert len(disputes) == 1 and disputes[0]["topic"] == "control of Tazrit"
    assert control_disputes(controls[:1] * 2) == []
    caveats = attach_caveats(disputes, [a], [an])
    assert [c["text"] for c in caveats] == ["The claims could not be independently verified."]
    assert disputes[0]["notes"] == caveats


def test_find_disputes_numbers_them_and_drops_repeats():
    a, an = _doc("a", ["Witnesses said soldiers fired on the crowd near the port of Kessa.",
                       "The army denied the report."])
    claims = [_claim(a, "soldiers fired on the crowd near the port of Kessa", "Witnesses"),
              _claim(a, "the report", "army", denial={"cue": "denied", "target": None},
                     sentence=an["sentences"][1])]
    disputes = find_disputes(claims + claims, [a], [an], [], [], [])
    assert [d["id"] for d in disputes] == ["d1"]


# --- camps, rejections the analyser does not mark, cues, figures, one dispute per matter -------

from newsweave.merge.camps import GOVERNMENT, OPPOSITION, Camps, cue_camp  # noqa: E402
from newsweave.merge.disputes import cue_disputes, figure_disputes  # noqa: E402


def test_insisted_answers_the_contrary_statement_not_its_own_side():
    a, an_a = _doc("a", ["The interior minister said the sirens sounded in the town shortly after 4am."])
    b, an_b = _paras("b", [["Residents disputed the account of the night.",
                            "\"There was no siren,\" said a retired teacher.",
                            "The interior ministry insisted that the sirens had sounded across the town."]])
    claims = [_claim(a, "the sirens sounded in the town shortly after 4am", "interior minister"),
              _claim(b, "There was no siren", "a retired teacher"),
              _claim(b, "the sirens had sounded across the town", "interior ministry",
                     denial={"cue": "insist", "target": None})]
    disputes = find_disputes(claims, [a, b], [an_a, an_b], [], [], [])
    assert len(disputes) == 1
    parties = {p["party"]["name"] for p in disputes[0]["positions"]}
    assert "a retired teacher" in parties and "interior ministry" in parties
    assert "interior minister" not in parties        # it agrees with the ministry


def test_camps_from_names_roles_and_context():
    assert cue_camp("Rebels in the south") == OPPOSITION and cue_camp("rebel officials") == OPPOSITION
    assert cue_camp("the defence ministry") == GOVERNMENT and cue_camp("a former army colonel") is None
    text = "Fighters of the outlawed Northern Star movement attacked. Its spokesman, Ali Kamal, said they held the town."
    s, k = text.index("Northern Star"), text.index("Ali Kamal")
    an = {"doc": "a", "sentences": [[0, len(text)]],
          "mentions": [{"text": "Northern Star", "label": "ORG", "start": s, "end": s + 13},
                       {"text": "Ali Kamal", "label": "PERSON", "start": k, "end": k + 9,
                        "role": {"text": "Its spokesman", "start": k - 15, "end": k - 2}}]}
    ents = [{"id": "e1", "name": "Northern Star", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e2", "name": "Ali Kamal", "aliases": [], "roles": ["Its spokesman"], "type": "PERSON"}]
    camps = Camps(ents, [{"id": "a", "text": text}], [an])
    assert camps.of({"name": "Northern Star", "entity": "e1"}) == OPPOSITION
    assert camps.of({"name": "Ali Kamal", "entity": "e2"}) == OPPOSITION
    assert camps.same({"name": "rebels", "entity": None}, {"name": "Kamal", "entity": None})
    assert not camps.same({"name": "a teacher", "entity": None}, {"name": "a nurse", "entity": None})


def test_rebels_do_not_dispute_rebels():
    a, _ = _doc("a", ["Rebels said two government helicopters attacked the convoy near Ain Dalia.",
                      "Rebels in the south said no government helicopters attacked the convoy near Ain Dalia."])
    claims = [_claim(a, "two government helicopters attacked the convoy near Ain Dalia", "Rebels"),
              _claim(a, "no government helicopters attacked the convoy near Ain Dalia", "Rebels in the south")]
    assert contradiction_disputes(claims) == []


def test_rejections_without_a_denial_verb():
    a, an = _paras("a", [["The opposition alliance repeated its claim that more than 200 people had died.",
                          "The interior ministry said the claim had \"no basis\"."]])
    claims = [_claim(a, "more than 200 people had died", "opposition alliance"),
              _claim(a, "the claim had \"no basis\"", "interior ministry")]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    assert [p["party"]["name"] for p in disputes[0]["positions"]] == ["opposition alliance", "interior ministry"]


def test_bare_rejection_opening_a_paragraph_answers_the_paragraph_before_and_keeps_its_spokesman():
    a, an = _paras("a", [["\"The town is back under the authority of the state,\" the defence minister said.",
                          "\"The terrorists have fled.\""],
                         ["The movement rejected the account.",
                          "Its spokesman, Ali Kamal, said the movement's fighters still held the centre."]])
    claims = [_claim(a, "The town is back under the authority of the state", "defence minister"),
              _claim(a, "The terrorists have fled.", "defence minister"),
              _claim(a, "the account", "rebel movement", denial={"cue": "rejected", "target": {"text": "the account"}}),
              _claim(a, "the movement's fighters still held the centre", "rebel spokesman Ali Kamal")]
    disputes = denial_disputes(claims, [a], [an])
    assert len(disputes) == 1
    gov, reb = disputes[0]["positions"]
    assert gov["party"]["name"] == "defence minister" and len(gov["citations"]) == 2
    assert reb["party"]["name"] == "rebel movement" and len(reb["citations"]) == 2
    for p in disputes[0]["positions"]:
        for c in p["citations"]:
            assert a["text"][c["start"]:c["end"]] in p["claim"]


def test_conflicting_reports_cue_opens_its_own_dispute():
    a, an = _paras("a", [["There were conflicting reports about Lenka, a village downstream.",
                          "Its mayor said the village had been evacuated in time.",
                          "A police commander said 15 residents of Lenka were still missing."]])
    claims = [_claim(a, "the village had been evacuated in time", "mayor"),
              _claim(a, "15 residents of Lenka were still missing", "police commander")]
    disputes = cue_disputes(claims, [a], [an])
    assert len(disputes) == 1 and disputes[0]["kind"] == "cue"
    assert {p["party"]["name"] for p in disputes[0]["positions"]} == {"mayor", "police commander"}
    assert disputes[0]["notes"][0]["text"].startswith("There were conflicting reports")
    # agreement after the cue is no dispute
    same = [claims[0], dict(claims[1], claimant={"name": "mayor", "entity": None})]
    assert cue_disputes(same, [a], [an]) == []


def _f(fid, value, who, kind="killed"):
    return {"id": fid, "text": str(value), "value": value, "kind": kind, "doc": "a", "start": 0, "end": 1,
            "reported_by": {"name": who, "entity": None}}


def test_figure_disputes_need_opposed_camps_far_apart():
    def group(figs, kind="killed"):
        return [{"id": "g1", "kind": kind, "place": None, "spread": "disagreement", "figures": [f["id"] for f in figs]}]
    toll = [_f("f1", 30, "health ministry"), _f("f2", 41, "health ministry"), _f("f3", 300, "rebels")]
    d = figure_disputes(group(toll), toll)
    assert len(d) == 1 and {p["party"]["name"] for p in d[0]["positions"]} == {"health ministry", "rebels"}
    # a hospital's count inside the ministry's range over time: scope, not disagreement
    wounded = [_f("f1", 41, "health ministry", "injured"), _f("f2", 112, "health ministry", "injured"),
               _f("f3", 86, "a surgeon at the hospital", "injured")]
    assert figure_disputes(group(wounded, "injured"), wounded) == []
    # an increment ('a further 1,500 troops') and a total from one camp; and troops are not casualties
    troops = [_f("f1", 2000, "defence ministry", "troops"), _f("f2", 1500, "President", "troops")]
    assert figure_disputes(group(troops, "troops"), troops) == []
    same_camp = [_f("f1", 30, "health ministry"), _f("f2", 14, "defence minister")]
    assert figure_disputes(group(same_camp), same_camp) == []
    # one stray count of another incident on the opposition side does not hide the disagreement
    stray = [*toll, _f("f4", 300, "rebels"), _f("f5", 27, "rebels")]
    d = figure_disputes(group(stray), stray)
    assert len(d) == 1 and {p["party"]["name"] for p in d[0]["positions"]} == {"health ministry", "rebels"}


def test_rejection_of_a_disputed_count_joins_the_figure_dispute():
    a, an = _paras("a", [["The health ministry raised the death toll to 38."],
                         ["The opposition alliance said more than 200 people had died.",
                          "The interior ministry said the claim had \"no basis\"."]])
    claims = [_claim(a, "the death toll to 38", "health ministry"),
              _claim(a, "more than 200 people had died", "opposition alliance"),
              _claim(a, "the claim had \"no basis\"", "interior ministry")]
    i38, i200 = a["text"].index("38"), a["text"].index("more than 200")
    figs = [{"id": "f1", "text": "38", "value": 38, "kind": "killed", "doc": "a", "start": i38, "end": i38 + 2,
             "reported_by": {"name": "health ministry", "entity": None}},
            {"id": "f2", "text": "more than 200", "value": 200, "kind": "killed", "doc": "a", "start": i200,
             "end": i200 + 13, "reported_by": {"name": "opposition alliance", "entity": None}}]
    groups = [{"id": "g1", "kind": "killed", "place": None, "spread": "disagreement", "figures": ["f1", "f2"]}]
    disputes = find_disputes(claims, [a], [an], groups, figs, [])
    assert len(disputes) == 1 and disputes[0]["topic"] == "number killed"
    assert {p["party"]["name"] for p in disputes[0]["positions"]} == {"health ministry", "opposition alliance",
                                                                      "interior ministry"}
    assert [p["camp"] for p in disputes[0]["positions"]] == ["government", "government", "opposition"]


def test_rejecting_a_proposal_is_not_a_dispute_over_facts():
    a, an = _paras("a", [["Analysts said the chief executive's pay package of 14 million pounds was generous."],
                         ["Shareholders rejected the pay package of 14 million pounds for the chief executive."]])
    claims = [_claim(a, "the chief executive's pay package of 14 million pounds was generous", "Analysts"),
              _claim(a, "the pay package of 14 million pounds for the chief executive", "Shareholders",
                     denial={"cue": "rejected", "target": {"text": "the pay package of 14 million pounds"}})]
    assert denial_disputes(claims, [a], [an]) == []


def test_insisting_on_what_another_party_just_said_is_agreement():
    a, an = _paras("a", [["A child may say they were scared by the storm.",
                          "\"Children love coming back here,\" the lawyer insists."]])
    claims = [_claim(a, "they were scared by the storm", "A child"),
              _claim(a, "Children love coming back here", "the lawyer", denial={"cue": "insist", "target": None})]
    assert denial_disputes(claims, [a], [an]) == []


def test_negation_in_a_side_clause_is_no_contradiction():
    a, _ = _doc("a", ["The president said he was angry and frustrated at the company's failure to plug the leak.",
                      "The chief executive said everyone is angry and frustrated that the leak has not been plugged."])
    claims = [_claim(a, "he was angry and frustrated at the company's failure to plug the leak", "The president"),
              _claim(a, "everyone is angry and frustrated that the leak has not been plugged", "The chief executive")]
    assert contradiction_disputes(claims) == []


# ---------------------------------------------------------------- issue 6, round 2: general rules
# (wording and names differ from every bundled story on purpose)

from newsweave.merge.disputes import aggressor_disputes  # noqa: E402


def _group(figs, kind):
    return [{"id": "g1", "kind": kind, "place": None, "spread": "disagreement", "figures": [f["id"] for f in figs]}]


def test_detention_counts_are_disputed_like_casualties():
    held = [_f("f1", 90, "interior ministry", "arrested"), _f("f2", 150, "interior ministry", "arrested"),
            _f("f3", 600, "rebels", "arrested")]
    d = figure_disputes(_group(held, "arrested"), held)
    assert len(d) == 1 and d[0]["topic"] == "number arrested"
    assert {p["party"]["name"] for p in d[0]["positions"]} == {"interior ministry", "rebels"}


def test_an_independent_count_far_above_the_state_s_is_a_dispute():
    held = [_f("f1", 90, "interior ministry", "arrested"), _f("f2", 150, "interior ministry", "arrested"),
            _f("f3", 500, "the Kovar Lawyers' Guild", "arrested")]
    d = figure_disputes(_group(held, "arrested"), held)
    assert len(d) == 1
    assert {p["party"]["name"] for p in d[0]["positions"]} == {"interior ministry", "the Kovar Lawyers' Guild"}


def test_an_independent_count_below_the_state_s_is_scope_not_a_dispute():
    # one clinic's count, far below the ministry's city-wide toll
    toll = [_f("f1", 80, "health ministry"), _f("f2", 12, "St Anne's clinic")]
    assert figure_disputes(_group(toll, "killed"), toll) == []
    # and an independent count close to the state's is no disagreement either
    close = [_f("f1", 80, "health ministry"), _f("f2", 95, "Red Crescent")]
    assert figure_disputes(_group(close, "killed"), close) == []


def test_an_act_denial_answers_the_report_just_before_it():
    a, an = _doc("a", ["Activists and residents said phone lines had been severed across Dornholm since Friday.",
                       "The telecoms regulator denied cutting any lines and blamed a storm."])
    claims = [_claim(a, "phone lines had been severed across Dornholm since Friday", "Activists and residents"),
              _claim(a, "cutting any lines", "telecoms regulator",
                     denial={"cue": "denied", "target": {"text": "cutting any lines"}},
                     sentence=an["sentences"][1])]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1
    assert [p["party"]["name"] for p in d[0]["positions"]] == ["Activists and residents", "telecoms regulator"]


def test_an_act_denial_with_nothing_said_before_it_stands_alone():
    a, an = _doc("a", ["The weather was cold.", "The telecoms regulator denied cutting any lines."])
    claims = [_claim(a, "cutting any lines", "telecoms regulator",
                     denial={"cue": "denied", "target": {"text": "cutting any lines"}},
                     sentence=an["sentences"][1])]
    assert denial_disputes(claims, [a], [an]) == []


def _who_started():
    a, _ = _doc("a", ["An army spokesman said the soldiers had come under attack from gunmen before they returned fire.",
                      "\"The soldiers opened fire first,\" said a shopkeeper who saw the clash.",
                      "Organisers said the clashes began only when troops charged the sit-in."])
    return a, [_claim(a, "the soldiers had come under attack from gunmen before they returned fire",
                      "An army spokesman"),
               _claim(a, "The soldiers opened fire first", "a shopkeeper"),
               _claim(a, "the clashes began only when troops charged the sit-in", "Organisers")]


def test_who_started_the_violence_is_a_dispute_between_camps():
    _a, claims = _who_started()
    d = aggressor_disputes(claims)
    assert len(d) == 1 and d[0]["topic"] == "who started the violence"
    parties = [p["party"]["name"] for p in d[0]["positions"]]
    assert parties[0] == "An army spokesman"            # the state's account first
    assert set(parties[1:]) == {"a shopkeeper", "Organisers"}


def test_self_defence_accounts_on_one_side_only_are_no_dispute():
    a, claims = _who_started()
    assert aggressor_disputes(claims[:1]) == []
    # a witness blaming the gunmen agrees with the army
    agree = [claims[0], _claim(a, "the soldiers had come under attack", "a shopkeeper")]
    agree[1]["text"] = "gunmen fired first at the soldiers"
    assert aggressor_disputes(agree) == []


def test_unrest_beginning_after_a_policy_is_not_about_who_fired():
    a, _ = _doc("a", ["The unrest began after the government raised bread prices, the finance ministry said.",
                      "\"Nobody was armed,\" said a student."])
    claims = [_claim(a, "The unrest began after the government raised bread prices", "finance ministry")]
    assert aggressor_disputes(claims) == []


def test_a_denial_of_provocation_blames_the_state_against_its_self_defence():
    a, _ = _doc("a", ["Police said officers fired only after they were attacked with stones.",
                      "\"No one was armed, and then they began shooting,\" said a teacher at the rally."])
    claims = [_claim(a, "officers fired only after they were attacked with stones", "Police"),
              _claim(a, "No one was armed, and then they began shooting", "a teacher at the rally")]
    d = aggressor_disputes(claims)
    assert len(d) == 1
    assert [p["party"]["name"] for p in d[0]["positions"]] == ["Police", "a teacher at the rally"]


def test_an_independent_count_is_set_against_the_state_s_count_of_its_day():
    def f(fid, value, who, day):
        return {**_f(fid, value, who, "arrested"), "as_of": f"2026-07-{day:02d}"}
    held = [f("f1", 100, "interior ministry", 1), f("f2", 300, "interior ministry", 3),
            f("f3", 200, "the Kovar Lawyers' Guild", 1)]
    d = figure_disputes(_group(held, "arrested"), held)
    assert len(d) == 1 and "the Kovar Lawyers' Guild" in {p["party"]["name"] for p in d[0]["positions"]}
    assert all("_dated" not in p for p in d[0]["positions"])
    # the same 200 two days later, under the state's own later count, is no disagreement
    later = held[:2] + [f("f3", 200, "the Kovar Lawyers' Guild", 3)]
    assert figure_disputes(_group(later, "arrested"), later) == []


# ---------------------------------------------------------------- round 3: generalising (issue 6)

def test_parts_of_a_toll_are_not_the_state_s_count():
    # a foreign minister's "three of the dead were our citizens" (a part) must not stand for the
    # state's count, or one rescue team's earlier 9 bodies would look "far above" it
    figs = [dict(_f("f1", 3, "foreign minister"), relation="subset", as_of="2026-04-03"),
            dict(_f("f2", 9, "Red Cross team"), relation=None, as_of="2026-04-01"),
            dict(_f("f3", 40, "interior ministry"), relation=None, as_of="2026-04-03")]
    assert figure_disputes(_group(figs, "killed"), figs) == []
    # the same values with the part counted as a total do make the team look far above the state
    whole = [dict(f, relation=None) for f in figs]
    assert len(figure_disputes(_group(whole, "killed"), whole)) == 1


def test_state_services_belong_to_the_government_camp():
    for name in ("the coast guard", "National Coastguard", "the navy", "Road Safety Directorate",
                 "border guards"):
        assert cue_camp(name) == GOVERNMENT, name
    for name in ("coastal villagers", "the Harbour Pilots' Club", "Guardian Angels charity"):
        assert cue_camp(name) is None, name


def test_a_message_denied_in_other_words_answers_the_report_before_it():
    a, an = _doc("a", ["The ministry said the airline had been sent the storm alert at noon.",
                       "The airline's chief said no such alert had reached the cockpit."])
    claims = [_claim(a, "the airline had been sent the storm alert at noon", "ministry"),
              _claim(a, "no such alert had reached the cockpit", "airline chief")]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1
    assert [p["party"]["name"] for p in d[0]["positions"]] == ["ministry", "airline chief"]
    # "no rain had fallen" denies no message
    b, bn = _doc("b", ["The ministry said the dam had been inspected in May.",
                       "The farmers' union said no rain had fallen since March."])
    claims = [_claim(b, "the dam had been inspected in May", "ministry"),
              _claim(b, "no rain had fallen since March", "farmers' union")]
    assert denial_disputes(claims, [b], [bn]) == []


def test_a_denial_sharing_a_word_with_the_paragraph_before_answers_it():
    a, an = _paras("a", [["The minister told parliament the safety alert had been sent to the operator at 3pm."],
                         ["The operator again denied that its drivers had ignored any alert."]])
    claims = [_claim(a, "the safety alert had been sent to the operator at 3pm", "minister"),
              _claim(a, "its drivers had ignored any alert", "operator",
                     denial={"cue": "denied", "target": {"text": "its drivers had ignored any alert"}})]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1 and [p["party"]["name"] for p in d[0]["positions"]] == ["minister", "operator"]
    # the paragraph before is about something else: no dispute is made up
    b, bn = _paras("b", [["The minister told parliament the bridge had been repainted in May."],
                         ["The operator again denied that its drivers had ignored any alert."]])
    claims = [_claim(b, "the bridge had been repainted in May", "minister"),
              _claim(b, "its drivers had ignored any alert", "operator",
                     denial={"cue": "denied", "target": {"text": "its drivers had ignored any alert"}})]
    assert denial_disputes(claims, [b], [bn]) == []


def test_a_rejected_claim_made_over_two_paragraphs_is_cited_whole():
    a, an = _paras("a", [["A drivers' union said the coach had carried far more people than declared.",
                          "Its leader, Pavel Kon, said 80 people had been aboard."],
                         ["\"They sold seats in the aisle,\" Kon told reporters."],
                         ["The coach company rejected the claim outright."]])
    claims = [_claim(a, "the coach had carried far more people than declared", "drivers' union"),
              _claim(a, "80 people had been aboard", "drivers' union"),
              _claim(a, "They sold seats in the aisle", "drivers' union"),
              _claim(a, "the claim", "coach company", denial={"cue": "rejected", "target": {"text": "the claim"}})]
    d = denial_disputes(claims, [a], [an])
    assert len(d) == 1
    union = d[0]["positions"][0]
    assert union["party"]["name"] == "drivers' union"
    cited = {a["text"][c["start"]:c["end"]] for c in union["citations"]}
    assert any("80 people had been aboard" in t for t in cited)
    assert any("sold seats in the aisle" in t for t in cited)
    # a paragraph by the rejecting side itself stops the walk back
    b, bn = _paras("b", [["The coach company said 50 people had been aboard."],
                         ["A drivers' union said the coach had carried far more people than declared."],
                         ["The coach company rejected the claim outright."]])
    claims = [_claim(b, "50 people had been aboard", "coach company"),
              _claim(b, "the coach had carried far more people than declared", "drivers' union"),
              _claim(b, "the claim", "coach company", denial={"cue": "rejected", "target": {"text": "the claim"}})]
    d = denial_disputes(claims, [b], [bn])
    assert len(d) == 1
    assert all("50 people" not in c["text"] if "text" in c else True for c in d[0]["positions"][0]["citations"])
    assert all(b["text"][c["start"]:c["end"]] != "The coach company said 50 people had been aboard."
               for c in d[0]["positions"][0]["citations"])


def test_a_rejection_repeated_in_other_words_is_one_dispute():
    a, an = _paras("a", [["Residents and Wirewatch, a monitoring group, said radio masts had been switched off.",
                          "The communications ministry denied ordering any shutdown."],
                         ["Wirewatch said the shutdown had been deliberate.",
                          "The communications ministry again said no order had been given."]])
    claims = [_claim(a, "radio masts had been switched off", "Residents and Wirewatch"),
              _claim(a, "ordering any shutdown", "communications ministry",
                     denial={"cue": "denied", "target": {"text": "ordering any shutdown"}}),
              _claim(a, "the shutdown had been deliberate", "Wirewatch"),
              _claim(a, "no order had been given", "communications ministry")]
    d = find_disputes(claims, [a], [an], [], [], [])
    assert len(d) == 1
    # two rejections between the same two parties about different things stay apart: the
    # parties' names in common do not make one matter
    b, bn = _paras("b", [["Wirewatch said news websites had been blocked.",
                          "The communications ministry denied blocking any website."],
                         ["Wirewatch said reporters' phones had been tapped.",
                          "The communications ministry dismissed the claim as fantasy."]])
    claims = [_claim(b, "news websites had been blocked", "Wirewatch"),
              _claim(b, "blocking any website", "communications ministry",
                     denial={"cue": "denied", "target": {"text": "blocking any website"}}),
              _claim(b, "reporters' phones had been tapped", "Wirewatch"),
              _claim(b, "the claim as fantasy", "communications ministry",
                     denial={"cue": "dismissed", "target": {"text": "the claim"}})]
    assert len(find_disputes(claims, [b], [bn], [], [], [])) == 2


# ---------------------------------------------------------------- issue 6: two states at war

from newsweave.merge.camps import opposed, state_key  # noqa: E402
from newsweave.merge.disputes import _same_matter, accusation_disputes  # noqa: E402


def _two_states():
    """Entities of a border war: each state's ministry, general staff and spokesmen."""
    ents = [{"id": "e1", "name": "Ruritanian defence ministry", "aliases": ["defence ministry"], "roles": [], "type": "ORG"},
            {"id": "e2", "name": "Corvish General Staff", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e3", "name": "General Staff", "aliases": [], "roles": [], "type": "ORG"},
            {"id": "e4", "name": "Ivo Brandt", "aliases": [], "roles": ["the Ruritanian defence ministry's spokesman"],
             "type": "PERSON"},
            {"id": "e5", "name": "Lea Moss", "aliases": [], "roles": ["Corvish Foreign Minister"], "type": "PERSON"},
            {"id": "e6", "name": "Anna Berg", "aliases": [], "roles": ["Defence Minister"], "type": "PERSON"}]
    return Camps(ents, [], [])


def test_two_states_are_two_sides():
    assert state_key("Ruritania") == state_key("Ruritanian") == state_key("Ruritania's") == "rurit"
    camps = _two_states()
    assert camps.states == {"rurit", "corv"}
    side = {n: camps.side({"name": n, "entity": e}) for n, e in [
        ("defence ministry", "e1"), ("The General Staff", "e3"), ("Ivo Brandt", "e4"), ("Lea Moss", "e5"),
        ("Ruritania", None), ("the Corvish government", None), ("Anna Berg", "e6")]}
    assert side["defence ministry"] == side["Ivo Brandt"] == side["Ruritania"] == "government:rurit"
    assert side["The General Staff"] == side["Lea Moss"] == side["the Corvish government"] == "government:corv"
    assert side["Anna Berg"] == GOVERNMENT          # nothing says which state: compatible with both
    assert not camps.same({"name": "Ivo Brandt", "entity": "e4"}, {"name": "Lea Moss", "entity": "e5"})
    assert camps.same({"name": "Ivo Brandt", "entity": "e4"}, {"name": "Ruritania", "entity": None})
    assert camps.same({"name": "Anna Berg", "entity": "e6"}, {"name": "Lea Moss", "entity": "e5"})
    assert opposed("government:rurit", "government:corv") and opposed(GOVERNMENT, OPPOSITION)
    assert not opposed("government:rurit", "government:rurit") and not opposed(GOVERNMENT, "name:red cross")
    # a town's possessive is no state: "Kelvo's police" and the Ruritanian army
    town = Camps([{"id": "e1", "name": "Ruritanian army", "aliases": [], "roles": [], "type": "ORG"},
                  {"id": "e2", "name": "Kelvo's police", "aliases": [], "roles": [], "type": "ORG"}], [], [])
    assert town.states == {"rurit"} and town.side({"name": "Kelvo's police", "entity": "e2"}) == GOVERNMENT
    # one state only: every government voice is one camp, as before
    one = Camps([{"id": "e1", "name": "Ruritanian defence ministry", "aliases": [], "roles": [], "type": "ORG"}], [], [])
    assert one.side({"name": "Ruritanian defence ministry", "entity": "e1"}) == GOVERNMENT


def test_a_state_denying_the_other_state_s_account_is_a_dispute():
    a, an = _paras("a", [["The Corvish General Staff said Ruritania had fired first, at 10.40pm on Sunday."],
                         ["Ruritanian Foreign Minister Ivo Brandt denied that account.",
                          "\"No Ruritanian drone was in the air on Sunday night,\" he said."]])
    claims = [_claim(a, "Ruritania had fired first, at 10.40pm on Sunday", "Corvish General Staff"),
              _claim(a, "that account", "Ivo Brandt", denial={"cue": "denied", "target": {"text": "that account"}},
                     sentence=an["sentences"][1]),
              _claim(a, "No Ruritanian drone was in the air on Sunday night", "Ivo Brandt")]
    ents = [{"id": "e1", "name": "Ivo Brandt", "aliases": [], "roles": ["Ruritanian Foreign Minister"], "type": "PERSON"}]
    # the analysis keeps where each speaker is named ("The Corvish General Staff said")
    an["claims"] = [{"claimant": {"name": "Corvish General Staff", "start": 4, "end": 25}}]
    disputes = find_disputes(claims, [a], [an], [], [], [], entities=ents)
    assert len(disputes) == 1
    assert [p["party"]["name"] for p in disputes[0]["positions"]] == ["Corvish General Staff", "Ivo Brandt"]


def test_an_accusation_answered_by_the_other_side_is_a_dispute():
    a, an = _paras("a", [["Corvish border police detained two Ruritanian men, accusing them of spying.",
                          "Ruritania says they are shepherds who had strayed after their flock."],
                         ["The Red Cross said it had visited the men."]])
    claims = [_claim(a, "them of spying", "Corvish border police", cue="accuse"),
              _claim(a, "they are shepherds who had strayed after their flock", "Ruritania", cue="say"),
              _claim(a, "it had visited the men", "The Red Cross", cue="say")]
    camps = _two_states()
    disputes = accusation_disputes(claims, [a], [an], camps)
    assert len(disputes) == 1
    d = disputes[0]
    assert d["kind"] == "accusation" and d["topic"] == "accused of spying"
    assert [p["party"]["name"] for p in d["positions"]] == ["Corvish border police", "Ruritania"]
    for p in d["positions"]:
        for c in p["citations"]:
            assert a["text"][c["start"]:c["end"]] in an_texts(a, an)
    # an answer by a neutral voice, or no answer at all, is no dispute
    assert accusation_disputes([claims[0], claims[2]], [a], [an], camps) == []


def an_texts(doc, an):
    return [doc["text"][s:e] for s, e in an["sentences"]]


def test_two_states_disagree_over_one_side_s_losses_not_over_their_own_tolls():
    def f(fid, value, who, text, as_of="2026-11-10"):
        return {"id": fid, "text": text, "value": value, "value_max": 99 if value == 12 else None,
                "kind": "killed", "doc": "a", "start": 0, "end": 1, "as_of": as_of,
                "reported_by": {"name": who, "entity": None}}
    figs = [f("f1", 12, "Ruritanian defence ministry", 'dozens" of Corvish soldiers'),
            f("f2", 3, "Corvish General Staff", "Three Corvish soldiers died"),
            f("f3", 2, "Ruritanian defence ministry", "two soldiers had been killed"),
            f("f4", 9, "Corvish General Staff", "nine soldiers killed", as_of="2026-11-12")]
    camps = _two_states()
    groups = [{"id": "g1", "kind": "killed", "place": None, "spread": "disagreement", "figures": ["f1", "f2", "f3", "f4"]}]
    d = figure_disputes(groups, figs, camps)
    assert len(d) == 1
    values = {p["party"]["name"]: p["values"] for p in d[0]["positions"]}
    # the Corvish dead: dozens by Ruritania against three and nine by Corvia; Ruritania's own
    # two dead are another count
    assert values == {"Ruritanian defence ministry": [12], "Corvish General Staff": [3, 9]}
    # each state counting its own dead, far apart, is no dispute
    own = [figs[2], figs[3]]
    groups = [{"id": "g1", "kind": "killed", "place": None, "spread": "disagreement", "figures": ["f3", "f4"]}]
    assert figure_disputes(groups, own, camps) == []


def test_what_was_said_before_is_by_publication_date():
    later, an_l = _doc("a-later", ["The defence ministry denied that its jets had bombed the market in Sidi Marwan."])
    earlier, an_e = _doc("z-earlier", ["Rebel spokesman Omar Fadel said government jets bombed the market in Sidi Marwan."])
    later["published"], earlier["published"] = "2026-03-15", "2026-03-14"
    claims = [_claim(earlier, "government jets bombed the market in Sidi Marwan", "Omar Fadel"),
              _claim(later, "its jets had bombed the market in Sidi Marwan", "defence ministry",
                     denial={"cue": "denied", "target": None}, sentence=an_l["sentences"][0])]
    disputes = denial_disputes(claims, [later, earlier], [an_l, an_e])
    assert len(disputes) == 1 and disputes[0]["positions"][0]["party"]["name"] == "Omar Fadel"


def test_one_statement_denied_by_two_voices_is_one_dispute():
    def dispute(denier, words):
        return {"topic": "t", "kind": "denial", "positions": [
            {"party": {"name": "Transport Minister Lidia Varga", "entity": None},
             "claim": "the weather office had issued a gale warning for the strait", "citations": []},
            {"party": {"name": denier, "entity": None}, "claim": words, "citations": []}]}
    merged = _same_matter([dispute("the captain", "he said no warning had been passed to him before he sailed"),
                           dispute("the company", "its chief said the weather office gale warning never arrived on the bridge")])
    assert len(merged) == 1
    assert [p["party"]["name"] for p in merged[0]["positions"]] == ["Transport Minister Lidia Varga", "the captain", "the company"]


def test_two_states_blaming_each_other_for_the_first_shot():
    a, _ = _doc("a", ["Ruritanian army spokesman Ivo Brandt said Ruritanian guns returned fire only after the first "
                      "rounds hit the village.",
                      "The Corvish General Staff said Ruritania had fired first, at 10.40pm.",
                      "Lea Moss said only then did our guns reply."])
    camps = _two_states()
    claims = [_claim(a, "Ruritanian guns returned fire only after the first rounds hit the village", "Ivo Brandt"),
              _claim(a, "Ruritania had fired first, at 10.40pm", "Corvish General Staff"),
              _claim(a, "only then did our guns reply", "Lea Moss")]
    for c, e in zip(claims, ["e4", None, "e5"]):
        c["claimant"]["entity"] = e
    d = aggressor_disputes(claims, camps)
    assert len(d) == 1 and d[0]["topic"] == "who fired first"
    assert [p["party"]["name"] for p in d[0]["positions"]] == ["Ivo Brandt", "Corvish General Staff", "Lea Moss"]
    # both accounts from one state: no dispute
    assert aggressor_disputes([claims[1], claims[2]], camps) == []
    # the actor is the state before the verb, not its target: 'they fired on us first' blames them
    b, _ = _doc("b", ["The Corvish General Staff said Ruritanian guns attacked Corvish posts first."])
    c = _claim(b, "Ruritanian guns attacked Corvish posts first", "Corvish General Staff")
    d = aggressor_disputes([claims[0], c], camps)
    assert len(d) == 1 and [p["party"]["name"] for p in d[0]["positions"]] == ["Ivo Brandt", "Corvish General Staff"]


def test_an_accusation_answered_in_the_next_paragraph_but_not_later():
    camps = _two_states()
    a, an = _paras("a", [["The Corvish government blamed Ruritania for the blast at the dam."],
                         ["Ruritania says its forces were nowhere near the dam."]])
    claims = [_claim(a, "Ruritania for the blast at the dam", "the Corvish government", cue="blame"),
              _claim(a, "its forces were nowhere near the dam", "Ruritania", cue="say")]
    d = accusation_disputes(claims, [a], [an], camps)
    assert len(d) == 1 and d[0]["topic"].startswith("blamed: Ruritania for the blast")
    far, an2 = _paras("a", [["The Corvish government blamed Ruritania for the blast at the dam."],
                            ["The dam had been repaired in May."],
                            ["Ruritania says its forces were nowhere near the dam."]])
    claims2 = [_claim(far, "Ruritania for the blast at the dam", "the Corvish government", cue="blame"),
               _claim(far, "its forces were nowhere near the dam", "Ruritania", cue="say")]
    assert accusation_disputes(claims2, [far], [an2], camps) == []


def test_a_lone_surname_speaks_for_the_state_of_the_full_name():
    camps = _two_states()
    assert camps.side({"name": "Brandt", "entity": None}) == "government:rurit"
    assert camps.side({"name": "Moss", "entity": "e99"}) == "government:corv"


def test_an_accusation_denied_is_named_by_what_was_alleged():
    from newsweave.merge.disputes import _accused_topic
    assert _accused_topic("accuse", "Ruritania on Wednesday of breaking the day-old truce") == \
        "accused of breaking the day-old truce"
    assert _accused_topic("blame", "Ruritania for the blast") == "blamed: Ruritania for the blast"
    a, an = _paras("a", [["The Corvish government accused Ruritania on Wednesday of breaking the truce."],
                         ["Ruritania denied firing."]])
    claims = [_claim(a, "Ruritania on Wednesday of breaking the truce", "Corvish government", cue="accuse"),
              _claim(a, "firing", "Ruritania", cue="deny", denial={"cue": "denied", "target": {"text": "firing"}},
                     sentence=an["sentences"][1])]
    d = denial_disputes(claims, [a], [an], camps=_two_states())
    assert len(d) == 1 and d[0]["topic"] == "accused of breaking the truce"


def test_two_states_each_naming_the_other_as_attacker_is_who_fired_first():
    camps = _two_states()
    a, an = _paras("a", [["The Ruritanian defence ministry said a Corvish patrol boat rammed the frigate."],
                         ["The General Staff said the Ruritanian frigate had rammed its patrol boat."],
                         ["Ivo Brandt said there was no doubt about who fired first."]])
    claims = [_claim(a, "a Corvish patrol boat rammed the frigate", "defence ministry"),
              _claim(a, "the Ruritanian frigate had rammed its patrol boat", "The General Staff"),
              _claim(a, "there was no doubt about who fired first", "Ivo Brandt")]
    claims[0]["claimant"]["entity"], claims[1]["claimant"]["entity"], claims[2]["claimant"]["entity"] = "e1", "e3", "e4"
    (d,) = aggressor_disputes(claims, camps)
    assert d["topic"] == "who fired first"
    assert {p["party"]["name"] for p in d["positions"]} == {"defence ministry", "The General Staff"}
