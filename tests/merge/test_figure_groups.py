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
