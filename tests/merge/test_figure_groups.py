from newsweave.merge.disputes import figure_disputes
from newsweave.merge.figures import group_figures


def _fig(fid, value, kind="killed", who=None, as_of="2026-03-12", place="Kessa", value_max=None):
    return {"id": fid, "text": f"{value} killed", "value": value, "value_max": value_max, "kind": kind,
            "what": "people", "place": place, "as_of": as_of, "doc": "a", "start": 0, "end": 3,
            "reported_by": {"name": who, "entity": None} if who else None}


def test_rising_toll_from_one_party_is_an_update():
    groups = group_figures([_fig("f1", 12, who="health ministry", as_of="2026-03-12"),
                            _fig("f2", 30, who="health ministry", as_of="2026-03-14")])
    assert len(groups) == 1 and groups[0]["spread"] == "update"
    assert groups[0]["conservative"] == 12 and groups[0]["max"] == 30


def test_parties_with_different_numbers_disagree_and_become_a_dispute():
    figs = [_fig("f1", 30, who="health ministry"), _fig("f2", 100, value_max=999, who="rebel officials"),
            _fig("f3", 5000, kind="troops", place=None)]
    groups = group_figures(figs)
    killed = [g for g in groups if g["kind"] == "killed"]
    assert len(killed) == 1 and killed[0]["spread"] == "disagreement"
    assert killed[0]["min"] == 30 and killed[0]["max"] == 999
    disputes = figure_disputes(groups, figs)
    assert len(disputes) == 1
    assert {p["party"]["name"] for p in disputes[0]["positions"]} == {"health ministry", "rebel officials"}


def test_same_number_is_agreement_not_dispute():
    figs = [_fig("f1", 30, who="health ministry"), _fig("f2", 30, who="UN")]
    groups = group_figures(figs)
    assert groups[0]["spread"] == "agreement"
    assert figure_disputes(groups, figs) == []


# ---------------------------------------------------------------- issue 6: hard cases

def _f(fid, value, kind="killed", who=None, as_of="2026-03-12", place=None, text=None, what="people",
       doc="a", value_max=None, **extra):
    f = _fig(fid, value, kind=kind, who=who, as_of=as_of, place=place, value_max=value_max)
    f.update({"what": what, "doc": doc, "text": text or f"{value} {what}"}, **extra)
    return f


def test_an_increment_is_not_set_against_a_total():
    figs = [_f("f1", 2000, kind="troops", what="troops", who="defence ministry", as_of="2026-03-14"),
            _f("f2", 1500, kind="troops", what="troops", who="president", as_of="2026-03-15",
               text="a further 1,500 troops")]
    assert group_figures(figs) == []
    figs = [_f("f1", 14, kind="aircraft", what="helicopters", who="army"),
            _f("f2", 8, kind="aircraft", what="helicopters", who="prime minister", text="eight more helicopters")]
    assert group_figures(figs) == [] and figure_disputes(group_figures(figs), figs) == []


def test_a_subset_is_not_set_against_its_total():
    figs = [_f("f1", 40, who="health ministry"),
            _f("f2", 12, who="health ministry", what="children", text="including 12 children"),
            _f("f3", 14, who="interior ministry", what="soldiers", as_of="2026-03-13"),
            _f("f4", 4, who="health ministry", what="soldiers", text="four of them soldiers", as_of="2026-03-13")]
    assert group_figures(figs) == []


def test_relation_from_the_analysis_wins_and_contributions_stay_out():
    figs = [_f("f1", 6, kind="aircraft", what="army helicopters", who="prime minister", relation="contribution"),
            _f("f2", 4, kind="aircraft", what="rescue helicopters", who="foreign minister", relation="contribution"),
            _f("f3", 14, kind="aircraft", what="helicopters", who="army", relation=None),
            _f("f4", 13, kind="aircraft", what="helicopters", who="army", relation=None, as_of="2026-03-13")]
    groups = group_figures(figs)
    assert [g["figures"] for g in groups] == [["f3", "f4"]]
    assert groups[0]["spread"] == "agreement"


def test_money_from_different_donors_is_two_amounts_not_a_dispute():
    figs = [_f("f1", 20_000_000, kind="money", what="euros", who="European Union"),
            _f("f2", 90_000_000, kind="money", what="euros", who="prime minister", as_of="2026-03-16"),
            _f("f3", 25_000_000, kind="money", what="dollars", who="foreign minister"),
            _f("f4", 25_000_000, kind="money", what="dollars", who="foreign minister", doc="b")]
    groups = group_figures(figs)
    assert len(groups) == 1 and groups[0]["figures"] == ["f3", "f4"] and groups[0]["spread"] == "agreement"
    assert groups[0]["what"] == "dollars"
    assert figure_disputes(groups, figs) == []


def test_a_place_named_by_one_article_only_is_its_own_scope():
    figs = [_f("f1", 12000, kind="displaced", who="civil protection agency", doc="a"),
            _f("f2", 11000, kind="displaced", who="red cross", doc="b", as_of="2026-03-14"),
            _f("f3", 1200, kind="displaced", who="mayor", doc="c", place="Port Isra", as_of="2026-03-14")]
    groups = group_figures(figs)
    assert [g["figures"] for g in groups] == [["f1", "f2"]]
    assert groups[0]["scope"] == "story" and groups[0]["spread"] == "agreement"


def test_a_place_recurring_across_articles_is_the_story():
    figs = [_f("f1", 23, who="health ministry", doc="a", place="Dravina Dam", as_of="2026-03-12"),
            _f("f2", 38, who="health ministry", doc="b", place="Dravina Dam", as_of="2026-03-13"),
            _f("f3", 47, who="health ministry", doc="c", as_of="2026-03-15")]
    groups = group_figures(figs)
    assert len(groups) == 1 and groups[0]["figures"] == ["f1", "f2", "f3"]
    assert groups[0]["place"] == "Dravina Dam" and groups[0]["spread"] == "update"


def test_different_parties_on_different_days_is_an_update_on_the_same_day_a_disagreement():
    rising = [_f("f1", 600, kind="troops", what="soldiers", who="prime minister", as_of="2026-05-05"),
              _f("f2", 2100, kind="troops", what="soldiers", who="army spokesman", as_of="2026-05-10")]
    assert group_figures(rising)[0]["spread"] == "update"
    clash = [_f("f1", 38, who="health ministry", as_of="2026-05-07"),
             _f("f2", 200, value_max=None, who="opposition", as_of="2026-05-07", qualifier="more than")]
    g = group_figures(clash)[0]
    assert g["spread"] == "disagreement" and g["conservative"] == 38 and (g["min"], g["max"]) == (38, 200)
    # a later count from one party far below an earlier one from another
    falling = [_f("f1", 300, who="rebels", as_of="2026-03-14"), _f("f2", 41, who="health ministry", as_of="2026-03-16")]
    assert group_figures(falling)[0]["spread"] == "disagreement"


def test_each_value_keeps_its_source_and_date():
    figs = [_f("f1", 12, who="health ministry", as_of="2026-03-13"),
            _f("f2", 100, value_max=999, who="rebels", as_of="2026-03-13", qualifier="hundreds")]
    g = group_figures(figs)[0]
    assert g["values"] == [
        {"figure": "f1", "value": 12, "value_max": None, "qualifier": None, "party": "health ministry",
         "as_of": "2026-03-13", "doc": "a"},
        {"figure": "f2", "value": 100, "value_max": 999, "qualifier": "hundreds", "party": "rebels",
         "as_of": "2026-03-13", "doc": "a"}]
    assert g["conservative"] == 12 and g["max"] == 999 and g["spread"] == "disagreement"
    # the old fields are all still there
    assert {"id", "kind", "what", "place", "figures", "min", "max", "conservative", "spread", "parties"} <= set(g)


def test_a_nationality_counted_by_name_is_not_everyone():
    figs = [_f("f1", 26000, kind="displaced", who="UN refugee agency", as_of="2026-03-16"),
            _f("f2", 9500, kind="displaced", who="foreign minister", as_of="2026-03-16", what="kassarians",
               text="9,500 Kassarians had crossed")]
    assert group_figures(figs) == []


# ---------------------------------------------------------------- issue 6, round 2

from newsweave.merge.figures import resolve_descriptors  # noqa: E402


def _rb(f, name, entity=None):
    f["reported_by"] = {"name": name, "entity": entity}
    return f


def test_a_descriptor_reporter_is_the_one_party_so_described():
    figs = [_rb(_f("f1", 70), "The opposition Unity Front", "e7"),
            _rb(_f("f2", 70, doc="b"), "Unity Front", "e3"),
            _rb(_f("f3", 70, doc="c"), "the opposition")]
    resolve_descriptors(figs)
    assert figs[2]["reported_by"] == {"name": "the opposition", "entity": "e3"}   # the plain name's entity
    figs = [_rb(_f("f1", 70), "the rebel Dawn Brigade", "e9"), _rb(_f("f2", 70, doc="c"), "the rebels'")]
    resolve_descriptors(figs)
    assert figs[1]["reported_by"]["entity"] is None        # 'rebels' is not 'rebel'


def test_a_descriptor_shared_by_two_parties_stays_unresolved():
    figs = [_rb(_f("f1", 70), "the opposition Unity Front", "e7"),
            _rb(_f("f2", 90), "the opposition Green League", "e8"),
            _rb(_f("f3", 70, doc="c"), "the opposition")]
    resolve_descriptors(figs)
    assert figs[2]["reported_by"]["entity"] is None
    # a descriptor the story never attaches to a name stays as it is
    figs = [_rb(_f("f1", 70), "the ministry")]
    resolve_descriptors(figs)
    assert figs[0]["reported_by"] == {"name": "the ministry", "entity": None}


def test_a_currency_learned_in_one_article_is_money_in_the_others():
    from newsweave.merge.figures import learn_currencies
    figs = [_f("f1", 80_000_000, kind="money", what="sorin fund", who="president", doc="a"),
            _f("f2", 1500, kind="other", what="sorins", who="interior ministry", doc="b"),
            _f("f3", 1500, kind="other", what="tents", who="interior ministry", doc="b"),
            _f("f4", 3, kind="other", what="emergency shelters", who="mayor", doc="b")]
    learn_currencies(figs)
    assert [f["kind"] for f in figs] == ["money", "money", "other", "other"]
    # nothing learned: nothing changes
    plain = [_f("f1", 1500, kind="other", what="sorins", doc="b")]
    learn_currencies(plain)
    assert plain[0]["kind"] == "other"


def test_a_counted_noun_in_a_money_phrase_is_never_learned_as_a_currency():
    from newsweave.merge.figures import learn_currencies

    figs = [{"kind": "money", "what": "families"}, {"kind": "other", "what": "families"},
            {"kind": "money", "what": "lerras"}, {"kind": "other", "what": "lerra"}]
    learn_currencies(figs)
    assert [f["kind"] for f in figs] == ["money", "other", "money", "money"]
