"""Disputes, round 6 (one dispute per matter), on invented text (names are not those of any bundled
story): a rejection of an act that shares a sentence with a count is not folded into the count
dispute; who holds one place is one dispute however the place is spelt and however many rejections
it joins; one act denied twice in other words, and a bare 'denied any role' by the same rejecter,
are one dispute; names mentioned do not make two rejections one matter; a rejection matched to a
statement that says none of what it rejects is no dispute; 'control of X, the largest town in Y'
is control of X."""

from newsweave.analyse import analyse_article
from newsweave.article import Article
from newsweave.merge.camps import Camps
from newsweave.merge.disputes import (_one_per_matter, _rehome_rejections, _same_matter,
                                      control_disputes)
from dispute_docs import paras as _paras


def _span(doc, needle):
    i = doc["text"].index(needle)
    return {"doc": doc["id"], "start": i, "end": i + len(needle)}


def _pos(doc, needle, who, **extra):
    return {"party": {"name": who, "entity": None}, "claim": needle, "citations": [_span(doc, needle)], **extra}


def _place(an, doc, needle, label="GPE"):
    i = doc["text"].find(needle)
    while i >= 0:
        an["mentions"].append({"text": needle, "label": label, "start": i, "end": i + len(needle)})
        i = doc["text"].find(needle, i + 1)


# ---------------------------------------------------------------- an act next to a count

def _strike_story():
    a, an = _paras("a", [["The health ministry said 14 people had been killed in the fighting in Morvelle.",
                          "The Iron Banner said the toll was more than 200."],
                         ["Rebels say a government air strike on Kessit killed 31 people at the market.",
                          "No aircraft flew over Kessit that night, an air force spokesman said."]])
    _place(an, a, "Morvelle")
    _place(an, a, "Kessit")
    fig = {"topic": "number killed", "kind": "figures", "figure_group": "g1", "positions": [
        _pos(a, "14 people had been killed in the fighting in Morvelle", "health ministry", values=[14]),
        _pos(a, "the toll was more than 200", "Iron Banner", values=[200]),
        _pos(a, "killed 31 people at the market", "Rebels", values=[31])]}
    den = {"topic": "a government air strike on Kessit killed 31 people at the market", "kind": "denial",
           "positions": [_pos(a, "Rebels say a government air strike on Kessit killed 31 people at the market.", "Rebels"),
                         _pos(a, "No aircraft flew over Kessit that night, an air force spokesman said.", "air force")]}
    return a, an, fig, den


def test_a_rejected_strike_on_a_village_is_not_folded_into_the_toll_of_a_town():
    a, an, fig, den = _strike_story()
    out = _one_per_matter([fig, den], [a], Camps(), [an])
    assert [d["kind"] for d in out] == ["figures", "denial"]
    for d in out:
        for p in d["positions"]:
            for c in p["citations"]:
                assert a["text"][c["start"]:c["end"]]


def test_a_rejection_that_names_the_count_joins_the_count_dispute():
    a, an, fig, den = _strike_story()
    den["positions"][1] = _pos(a, "The Iron Banner said the toll was more than 200.", "health ministry")
    den["positions"][0] = _pos(a, "Rebels say a government air strike on Kessit killed 31 people at the market.", "Rebels")
    den["topic"] = "the toll"
    out = _one_per_matter([fig, den], [a], Camps(), [an])
    assert len(out) == 1


def test_a_rejection_of_an_act_whose_accuser_also_gives_a_count_stays_apart():
    a, an = _paras("a", [["The Harrow Families Circle says the trade ran for months under the eye of local "
                          "officers.", "Its chair said the circle had the names of 58 people who had died."],
                         ["Commander Ivo Tarn rejected the accusation.", "\"Not one of my officers has protected anyone,\" he said."]])
    fig = {"topic": "number killed", "kind": "figures", "positions": [
        _pos(a, "58 people who had died", "Harrow Families Circle", values=[58]),
        _pos(a, "Harrow Families Circle", "health ministry", values=[20])]}
    fig["positions"][1]["citations"] = []
    den = {"topic": "the trade ran for months under the eye of local officers", "kind": "denial", "positions": [
        {"party": {"name": "Harrow Families Circle", "entity": None}, "claim": "x",
         "citations": [_span(a, "The Harrow Families Circle says the trade ran for months under the eye of local officers."),
                       _span(a, "Its chair said the circle had the names of 58 people who had died.")]},
        _pos(a, "\"Not one of my officers has protected anyone,\" he said.", "Ivo Tarn")]}
    assert len(_one_per_matter([fig, den], [a], Camps(), [an])) == 2
    # the rejecter giving a count of the group, saying there were none, disputes the count
    a2, an2 = _paras("b", [["The Ridge Front said it was holding nine soldiers captured in the raid.",
                            "The army insisted that no soldier had been captured."]])
    fig2 = {"topic": "number arrested", "kind": "figures", "positions": [
        _pos(a2, "nine soldiers captured", "Ridge Front", values=[9]),
        {"party": {"name": "Army", "entity": None}, "claim": "two soldiers", "citations": [], "values": [2]}]}
    den2 = {"topic": "it was holding nine soldiers captured in the raid", "kind": "denial", "positions": [
        _pos(a2, "The Ridge Front said it was holding nine soldiers captured in the raid.", "Ridge Front"),
        _pos(a2, "The army insisted that no soldier had been captured.", "army")]}
    assert len(_one_per_matter([fig2, den2], [a2], Camps(), [an2])) == 1


# ---------------------------------------------------------------- one place, one dispute

def test_one_place_spelt_two_ways_is_one_control_dispute():
    a, _an = _paras("a", [["Fighters of the Red Reed said they had taken Doumar.",
                           "The governor said Dumar was fully in government hands."]])

    def ctl(needle, place, entity, controller, who):
        return {**_span(a, needle), "place": place, "place_entity": entity, "controller": controller,
                "controller_key": controller.lower(), "party": {"name": who, "entity": None}, "text": needle}
    controls = [ctl("Fighters of the Red Reed said they had taken Doumar.", "Doumar", "e1", "Red Reed", "Red Reed"),
                ctl("The governor said Dumar was fully in government hands.", "Dumar", None, "government", "governor")]
    out = control_disputes(controls, Camps())
    assert len(out) == 1 and out[0]["topic"] == "control of Doumar"
    # a place spelt otherwise is another place
    controls[1]["place"] = "Dormia"
    assert control_disputes(controls, Camps()) == []


def test_a_control_dispute_joins_every_rejection_it_shares_a_sentence_with():
    a, _an = _paras("a", [["The Red Reed said it had taken Ostrevo.", "The army called the claim a fantasy."],
                          ["Troops retook Ostrevo on Monday, the army said.", "The Red Reed rejected the account."]])
    d1 = {"topic": "it had taken Ostrevo", "kind": "denial", "positions": [
        _pos(a, "The Red Reed said it had taken Ostrevo.", "Red Reed"), _pos(a, "The army called the claim a fantasy.", "army")]}
    d2 = {"topic": "Troops retook Ostrevo", "kind": "denial", "positions": [
        _pos(a, "Troops retook Ostrevo on Monday, the army said.", "army"), _pos(a, "The Red Reed rejected the account.", "Red Reed")]}
    ctl = {"topic": "control of Ostrevo", "kind": "control", "positions": [
        _pos(a, "The Red Reed said it had taken Ostrevo.", "Red Reed"),
        _pos(a, "Troops retook Ostrevo on Monday, the army said.", "army")]}
    out = _one_per_matter([d1, d2, ctl], [a], Camps(), [])
    assert len(out) == 1 and out[0]["topic"] == "control of Ostrevo"


# ---------------------------------------------------------------- one act denied twice

def test_one_act_denied_twice_in_other_words_is_one_dispute():
    a, _an = _paras("a", [["A pathologist said four of the prisoners had been shot after they had surrendered.",
                           "\"Nobody was shot after surrendering,\" the minister said."],
                          ["The Open Gate group said guards had shot men lying on the floor.",
                           "The ministry denied that any prisoner had been shot after surrendering."]])
    d1 = {"topic": "four of the prisoners had been shot", "kind": "denial", "_target": "", "positions": [
        _pos(a, "A pathologist said four of the prisoners had been shot after they had surrendered.", "pathologist"),
        _pos(a, "\"Nobody was shot after surrendering,\" the minister said.", "minister")]}
    d2 = {"topic": "any prisoner had been shot after surrendering", "kind": "denial",
          "_target": "any prisoner had been shot after surrendering", "positions": [
              _pos(a, "The Open Gate group said guards had shot men lying on the floor.", "Open Gate"),
              _pos(a, "The ministry denied that any prisoner had been shot after surrendering.", "ministry")]}
    camps = Camps()
    assert camps.of({"name": "minister"}) == camps.of({"name": "ministry"})
    assert len(_same_matter([d1, d2], camps=camps)) == 1
    # another act denied by the same camp stays apart
    d3 = {"topic": "the riot was planned by a gang", "kind": "denial", "_target": "the riot was planned by a gang",
          "positions": [_pos(a, "The Open Gate group said guards had shot men lying on the floor.", "Open Gate"),
                        _pos(a, "The ministry denied that any prisoner had been shot after surrendering.", "ministry")]}
    d3["positions"][0]["claim"] = "the riot was planned by a gang"
    d3["positions"][1]["claim"] = "it was planned by a gang"
    assert len(_same_matter([d1, d3], camps=camps)) == 2


def test_a_bare_denial_of_any_role_joins_the_rejecters_answer_to_the_same_camp():
    a, _an = _paras("a", [["Police said they had detained a fourth man over the blast.",
                           "The Grey Hand has denied any role."]])
    b, _bn = _paras("b", [["The interior minister said the Grey Hand had planted the bomb.",
                           "The Grey Hand denied any involvement."]])
    d1 = {"topic": "any role", "kind": "denial", "_target": "any role", "positions": [
        _pos(a, "Police said they had detained a fourth man over the blast.", "Police"),
        _pos(a, "The Grey Hand has denied any role.", "Grey Hand")]}
    d2 = {"topic": "any involvement", "kind": "denial", "_target": "any involvement", "positions": [
        _pos(b, "The interior minister said the Grey Hand had planted the bomb.", "interior minister"),
        _pos(b, "The Grey Hand denied any involvement.", "Grey Hand")]}
    out = _same_matter([d1, d2], camps=Camps())
    assert len(out) == 1 and len(out[0]["positions"]) == 3
    # another rejecter's bare denial stays apart
    d1 = {**d1, "positions": [d1["positions"][0], _pos(a, "The Grey Hand has denied any role.", "Lantern Party")]}
    d2 = {**d2, "positions": [_pos(b, "The interior minister said the Grey Hand had planted the bomb.", "interior minister"),
                              _pos(b, "The Grey Hand denied any involvement.", "Grey Hand")]}
    assert len(_same_matter([d1, d2], camps=Camps())) == 2


def test_names_mentioned_do_not_make_two_rejections_one_matter():
    a, _an = _paras("a", [["Dr Ilse Varga said on Saturday that Dr Ilse Varga had warned the ministry on Monday.",
                           "Spokeswoman Mira Toll said on Saturday Dr Ilse Varga was wrong."],
                          ["Dr Ilse Varga said on Saturday the ward ran out of serum on Monday.",
                           "Spokeswoman Mira Toll said on Saturday stocks had always been sufficient."]])
    d1 = {"topic": "warned", "kind": "denial", "positions": [
        _pos(a, "Dr Ilse Varga said on Saturday that Dr Ilse Varga had warned the ministry on Monday.", "doctors"),
        _pos(a, "Spokeswoman Mira Toll said on Saturday Dr Ilse Varga was wrong.", "ministry")]}
    d2 = {"topic": "serum", "kind": "denial", "positions": [
        _pos(a, "Dr Ilse Varga said on Saturday the ward ran out of serum on Monday.", "nurse"),
        _pos(a, "Spokeswoman Mira Toll said on Saturday stocks had always been sufficient.", "health ministry")]}
    assert len(_same_matter([d1, d2], camps=Camps())) == 2


def test_a_rejection_matched_to_a_statement_saying_none_of_it_is_no_dispute():
    a, _an = _paras("a", [["The Green Bench party said at least 90 people had died in the heat."]])
    b, _bn = _paras("b", [["The minister dismissed the Green Bench party's accusation that the power company "
                           "had cut poor suburbs first."]])
    d = {"topic": "x", "kind": "denial",
         "_target": "the Green Bench party's accusation that the power company had cut poor suburbs first",
         "positions": [_pos(a, "The Green Bench party said at least 90 people had died in the heat.", "Green Bench party"),
                       _pos(b, "The minister dismissed the Green Bench party's accusation that the power company "
                               "had cut poor suburbs first.", "minister")]}
    assert _rehome_rejections([d]) == []
    # one that shares what it rejects stays
    d["positions"][0] = _pos(a, "The Green Bench party said at least 90 people had died in the heat.", "Green Bench party")
    d["positions"][0]["claim"] = "the power company had cut poor suburbs first"
    assert len(_rehome_rejections([d])) == 1


# ---------------------------------------------------------------- control of X, the largest town in Y

def test_control_of_a_town_described_by_its_province_is_control_of_the_town(nlp):
    t = ("Fighters of the Amber Ridge movement said on Sunday they had taken full control of Velmont, the "
         "largest town in Harsk province, after a day of fighting.")
    a = analyse_article(Article(id="t", text=t), nlp=nlp)
    cs = a.get("controls", [])
    for c in cs:
        assert t[c["start"]:c["end"]] == c["text"]
    assert cs and {c["place"] for c in cs} == {"Velmont"}
