"""Online story clustering (newsweave.cluster) and the ``cluster`` command."""

import json

import click
import pytest
from click.testing import CliRunner

from newsweave.article import Article
from newsweave.cluster import StoryClusterer, cluster, features, to_days
from newsweave.commands_cluster import cluster as cluster_cmd

QUAKE = [
    ("A magnitude 7.1 earthquake struck southern Peru near Arequipa on Monday, collapsing homes "
     "and killing at least 12 people, the Peruvian civil defence institute said. Rescue teams "
     "searched the rubble of adobe houses in the Andean villages around Arequipa.",
     "Earthquake kills 12 in southern Peru"),
    ("Rescuers in Arequipa dug through collapsed adobe homes after the powerful quake in southern "
     "Peru raised the death toll to 15. Peru's civil defence said aftershocks rattled the Andean "
     "region and thousands of villagers spent the night outdoors.",
     "Peru quake death toll rises to 15 as rescuers search rubble"),
    ("Peru declared a state of emergency in the Arequipa region, where the earthquake destroyed "
     "hundreds of adobe homes. The civil defence institute said aid convoys reached Andean villages "
     "cut off by landslides after the quake.",
     "Peru declares emergency after Arequipa earthquake"),
]
TRANSFER = [
    ("Manchester United agreed a club-record fee with Benfica for the Portuguese midfielder Joao "
     "Neves, the Premier League side announced, with the player due for a medical at Old Trafford "
     "this week before signing a five-year contract.",
     "Manchester United agree record deal for Benfica's Joao Neves"),
    ("Joao Neves will sign a five-year contract at Old Trafford after Manchester United and Benfica "
     "settled the transfer fee, according to the Premier League club. The Portuguese midfielder "
     "passed his medical on Tuesday.",
     "Neves passes Manchester United medical"),
]


def _feed(c, items, day="2026-03-02"):
    return [c.add(f"a{i}", text, title, day) for i, (text, title) in enumerate(items)]


def test_two_different_stories_stay_apart_and_each_holds_together():
    c = StoryClusterer()
    stream = [QUAKE[0], TRANSFER[0], QUAKE[1], TRANSFER[1], QUAKE[2]]
    s = _feed(c, stream)
    quake, transfer = {s[0], s[2], s[4]}, {s[1], s[3]}
    assert len(quake) == 1 and len(transfer) == 1
    assert quake != transfer


def test_same_story_in_different_words_joins():
    c = StoryClusterer()
    a = c.add("a", *QUAKE[0], "2026-03-02")
    b = c.add("b", "Villagers near Arequipa slept outdoors on Tuesday, fearing more tremors after "
                   "Monday's deadly earthquake flattened adobe houses across southern Peru; civil "
                   "defence officials counted the dead and injured in the Andean towns.",
              "Fear of aftershocks keeps Peru's quake survivors outdoors", "2026-03-03")
    assert a == b


def test_time_decay_splits_far_apart_similar_stories():
    near, far = StoryClusterer(), StoryClusterer()
    first = near.add("a", *QUAKE[0], "2026-03-02")
    assert near.add("b", *QUAKE[1], "2026-03-03") == first
    first = far.add("a", *QUAKE[0], "2026-03-02")
    assert far.add("b", *QUAKE[1], "2026-09-20") != first  # half a year later: another quake
    # without decay, the same pair joins
    none = StoryClusterer(half_life=None)
    assert none.add("a", *QUAKE[0], "2026-03-02") == none.add("b", *QUAKE[1], "2026-09-20")


def test_timestamped_feed_decays_by_the_hour():
    c = StoryClusterer()
    t0 = 20_000.0  # days since the epoch, i.e. precise times
    first = c.add("a", *QUAKE[0], t0)
    assert c.add("b", *QUAKE[1], t0 + 10 / 1440) == first   # ten minutes later
    assert c.add("c", *QUAKE[2], t0 + 1.0) != first         # a day of silence in a busy feed


def test_stale_stories_are_pruned_but_keep_their_ids():
    c = StoryClusterer(prune_every=1)
    ids = [c.add(f"q{i}", *QUAKE[i % 3], f"2026-0{1 + i}-01") for i in range(5)]
    assert len(set(ids)) == 5 and ids == sorted(ids)
    assert len(c.stories) <= 2 and c.n_pruned >= 3
    assert all(len(v) > 0 for v in c.index.values())
    assert all(sid in c.stories for v in c.index.values() for sid in v)


def test_cluster_feeds_in_publication_order_and_returns_every_id():
    arts = [Article(id="late", text=QUAKE[1][0], title=QUAKE[1][1], published="2026-03-03"),
            Article(id="early", text=QUAKE[0][0], title=QUAKE[0][1], published="2026-03-02"),
            Article(id="other", text=TRANSFER[0][0], title=TRANSFER[0][1], published=None)]
    out = cluster(arts)
    assert set(out) == {"late", "early", "other"}
    assert out["early"] == 1 and out["late"] == 1 and out["other"] == 2


def test_features_and_times():
    kw, ents, title = features("Lindsay Lohan checked into the Betty Ford Center in 2013. Lohan's lawyer "
                               "spoke.", "Lohan enters rehab")
    assert {"lindsay lohan", "lohan", "betty ford center", "2013"} <= set(ents)
    assert "lawyer" in kw and "the" not in kw
    assert set(title) == {"lohan", "enter", "rehab"}
    # headline capitals say nothing about names
    assert not features("Fed Risks Falling Behind The Curve, Plosser Says")[1]
    assert features("x", entities=["Charles Plosser"])[1] == {"charles plosser": 1}
    assert to_days("1970-01-03") == (2.0, False)
    assert to_days("1970-01-01T12:00:00Z") == (0.5, True)
    assert to_days(None) == (None, False) and to_days("soon") == (None, False)


def test_cluster_command_prints_jsonl(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": f"q{i}", "title": t, "text": x, "published": f"2026-03-0{2 + i}"} for i, (x, t) in enumerate(QUAKE)]
    rows.insert(1, {"id": "t0", "title": TRANSFER[0][1], "text": TRANSFER[0][0], "published": "2026-03-02"})
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    group = click.Group("newsweave")
    group.add_command(cluster_cmd)
    res = CliRunner().invoke(group, ["cluster", str(feed), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.output.splitlines()]
    assert [o["id"] for o in out] == ["q0", "t0", "q1", "q2"]
    story = {o["id"]: o["story"] for o in out}
    assert story["q0"] == story["q1"] == story["q2"] != story["t0"]


def test_cluster_command_bad_input_is_an_input_error(tmp_path):
    group = click.Group("newsweave")
    group.add_command(cluster_cmd)
    res = CliRunner().invoke(group, ["cluster", str(tmp_path / "missing.jsonl")])
    assert res.exit_code != 0
    assert "missing.jsonl" in str(res.exception)


# Another earthquake (another country, other figures and names): the same kind of event as QUAKE,
# so the two share most of their keywords; what tells them apart is places, names and figures.
QUAKE2 = [
    ("A magnitude 6.4 earthquake hit eastern Turkey near Van on Thursday, destroying houses and "
     "killing at least 41 people, Turkey's disaster agency AFAD said. Rescue teams searched the "
     "rubble of apartment blocks in Van and the town of Ercis through the night.",
     "Earthquake kills 41 in eastern Turkey"),
    ("Rescuers in Van and Ercis pulled survivors from collapsed apartment blocks as the death toll "
     "from eastern Turkey's quake rose to 58, the AFAD disaster agency said. Aftershocks shook the "
     "Kurdish-majority province and families slept in tents in freezing weather.",
     "Turkey quake death toll rises to 58"),
    ("Turkey sent 3,000 tents and field kitchens to Van province, where the earthquake flattened "
     "apartment blocks in Ercis. AFAD said rescue teams from Azerbaijan and Iran joined the search "
     "of the rubble after the quake.",
     "Turkey sends aid to Van after earthquake"),
]


def test_finish_splits_two_events_of_one_kind_that_the_stream_merged():
    # a very low join threshold makes the online pass lump both earthquakes together ...
    c = StoryClusterer(threshold=0.02)
    ids = {}
    for i, (text, title) in enumerate(q for pair in zip(QUAKE, QUAKE2) for q in pair):
        ids[("peru", "turkey")[i % 2] + str(i // 2)] = c.add(i, text, title, "2026-03-02")
    assert len(set(ids.values())) == 1
    # ... and the refinement pass after the stream tells them apart again
    final = c.finish()
    peru = {final[i] for i in range(0, 6, 2)}
    turkey = {final[i] for i in range(1, 6, 2)}
    assert len(peru) == 1 and len(turkey) == 1 and peru != turkey


def test_finish_keeps_a_real_story_whole_and_without_refine_changes_nothing():
    c = StoryClusterer()
    for i, (text, title) in enumerate(QUAKE + QUAKE):  # six reports of one event: no split
        c.add(i, text, title, "2026-03-02")
    assert len(set(c.finish().values())) == 1
    off = StoryClusterer(refine=False, threshold=0.02)
    for i, (text, title) in enumerate(QUAKE + QUAKE2):
        off.add(i, text, title, "2026-03-02")
    assert off.finish() == {} and all(not s.members for s in off.stories.values())


def test_cluster_separates_two_earthquakes_in_one_stream():
    arts = [Article(id=f"p{i}", text=t, title=h, published="2026-03-02") for i, (t, h) in enumerate(QUAKE)]
    arts += [Article(id=f"t{i}", text=t, title=h, published="2026-03-02") for i, (t, h) in enumerate(QUAKE2)]
    out = cluster(arts, StoryClusterer(threshold=0.02))
    assert len({out[f"p{i}"] for i in range(3)}) == 1 and len({out[f"t{i}"] for i in range(3)}) == 1
    assert out["p0"] != out["t0"]


def test_moves_made_before_a_prune_are_reported_by_finish():
    c = StoryClusterer(threshold=0.02, prune_every=1)
    first = [c.add(f"x{i}", text, title, f"2026-01-0{1 + i // 2}")
             for i, (text, title) in enumerate(q for pair in zip(QUAKE, QUAKE2) for q in pair)]
    later = c.add("later", *TRANSFER[0], "2026-06-01")  # months later: the earthquakes' story is pruned
    assert len(set(first)) == 1 and c.n_pruned >= 1
    assert list(c.stories) == [later]  # only the transfer story is live; no members kept for others
    assert [m[0] for s in c.stories.values() for m in s.members] == ["later"]
    final = c.finish()
    stories = {i: final.get(f"x{i}", first[i]) for i in range(6)}
    assert stories[0] == stories[2] == stories[4] != stories[1] == stories[3] == stories[5]


def test_figures_are_entity_terms():
    _, ents, _ = features("The magnitude 7.1 quake killed 26 people on the 117th day; AK47 rifles and "
                          "1,200 tents. In 2011 it rained.")
    assert {"#7.1", "#26", "#1,200", "2011"} <= set(ents)
    assert "#2011" not in ents and not any(e.startswith("#117") or e == "#47" for e in ents)


# -- the learned join decision (JOIN_MODEL / model=, trace) ----------------------------------------

HEADLINES = [
    "Volcano erupts on Iceland's Reykjanes peninsula, lava reaches Grindavik",
    "Grindavik evacuated as Reykjanes volcano erupts again",
    "Central bank raises interest rates by half a point to curb inflation",
]


def _trace(c):
    rows = []
    c.trace = lambda aid, cands, chosen: rows.append((aid, cands, chosen))
    return rows


def test_trace_reports_every_candidate_with_named_features_and_the_choice():
    from newsweave.cluster import FEATURES

    c = StoryClusterer(model=None)
    rows = _trace(c)
    ids = [c.add(f"q{i}", text, title, "2026-03-02") for i, (text, title) in enumerate(QUAKE)]
    assert [r[0] for r in rows] == ["q0", "q1", "q2"]
    assert rows[0][1] == [] and rows[0][2] is None           # nothing to join yet: a new story
    assert rows[1][2] == ids[1] == ids[0]                     # joined the first story ...
    (sid, f), = rows[1][1]
    assert sid == ids[0] and len(f) == len(FEATURES)
    assert f[FEATURES.index("margin")] > 0                    # ... because it cleared the threshold
    # feature 0 is the threshold rule's score (same date, so no decay)
    st = c.stories[ids[0]]
    assert f[0] > 0 and f[FEATURES.index("log_size")] == 0.0  # the story had one article then
    assert st.n == 3


def test_a_model_decides_joins_and_the_threshold_rule_remains_for_the_other_regime():
    from newsweave.cluster import FEATURES

    n = len(FEATURES)
    always, never = ((0.0,) * n, 50.0), ((0.0,) * n, -50.0)
    t0 = 20_000.0
    # headlines (few keywords) use the headline model: "always" lumps unrelated stories that share
    # a word (only stories sharing one of the article's terms are candidates at all) ...
    unrelated = ["Iceland volcano erupts near fishing town", "Iceland beat England in football friendly",
                 "Central bank raises interest rates"]
    c = StoryClusterer(model=(None, always), refine=False)
    ids = [c.add(i, h, None, t0 + i / 1440) for i, h in enumerate(unrelated)]
    assert ids[0] == ids[1] != ids[2]
    c = StoryClusterer(model=(None, never), refine=False)
    assert len({c.add(i, h, None, t0 + i / 1440) for i, h in enumerate(unrelated)}) == 3
    # ... "never" keeps even the same story apart (no refinement to undo it)
    c = StoryClusterer(model=(None, never), refine=False)
    assert len({c.add(i, h, None, t0 + i / 1440) for i, h in enumerate(HEADLINES)}) == 3
    # long texts use the long-text slot: None there is the threshold rule, as with model=None
    for model in ((None, never), None):
        c = StoryClusterer(model=model, refine=False)
        s = [c.add(i, text, title, "2026-03-02") for i, (text, title) in enumerate(QUAKE + TRANSFER)]
        assert s[0] == s[1] == s[2] != s[3] == s[4]
    c = StoryClusterer(model=(never, None), refine=False)
    assert len({c.add(i, text, title, "2026-03-02") for i, (text, title) in enumerate(QUAKE)}) == 3


def test_a_fitted_style_model_uses_similarity_not_just_the_bias():
    from newsweave.cluster import FEATURES

    # join when the score clears the threshold by a margin: margin coefficient 1, intercept 0
    coef = tuple(1.0 if name == "margin" else 0.0 for name in FEATURES)
    c = StoryClusterer(model=(None, (coef, 0.0)))
    t0 = 20_000.0
    s = [c.add(i, h, None, t0 + i / 1440) for i, h in enumerate(HEADLINES)]
    assert s[0] == s[1] != s[2]


def test_the_shipped_model_serves_headlines_and_leaves_long_texts_to_the_threshold_rule():
    from newsweave.cluster import JOIN_MODEL

    c = StoryClusterer()
    assert c.model == JOIN_MODEL and c.headline_terms == 12
    t0 = 20_000.0
    feed = HEADLINES + ["Lava flows toward Grindavik as Iceland volcano eruption continues",
                        "Inflation slows after central bank rate rise"]
    out = {}
    for i, h in enumerate(feed):
        out[i] = c.add(i, h, None, t0 + i / 1440)
    out.update(c.finish())
    assert out[0] == out[1] == out[3] != out[2]
    # long texts: exactly the threshold rule's stories, refinement included
    arts = [Article(id=f"p{i}", text=t, title=h, published="2026-03-02") for i, (t, h) in enumerate(QUAKE)]
    arts += [Article(id=f"t{i}", text=t, title=h, published="2026-03-02") for i, (t, h) in enumerate(QUAKE2)]
    arts += [Article(id=f"m{i}", text=t, title=h, published="2026-03-02") for i, (t, h) in enumerate(TRANSFER)]
    assert cluster(arts) == cluster(arts, StoryClusterer(model=None))


# -- the event split (two events of one kind that two-means cannot tell apart) --------------------

# Two drunk-driving arrests of players of one club, weeks apart: the same kind of event, told in
# the same words; what tells them apart is the player, and the figures each event's reports repeat.
DUI_A = [
    ("Harbor City Gulls linebacker Marcus Dell, 27, was arrested on suspicion of drunk driving early "
     "Tuesday after police stopped his car at 94 mph on Route 9. His blood alcohol level was 0.14, "
     "police said, and Dell was released on $5,000 bail.",
     "Gulls linebacker Dell arrested on suspicion of drunk driving"),
    ("Police said Marcus Dell was driving 94 mph on Route 9 with a blood alcohol level of 0.14 when he "
     "was pulled over. The 27-year-old Gulls linebacker posted $5,000 bail and will play on Sunday, "
     "the club said.",
     "Dell will play for Gulls after drunk driving arrest"),
    ("The Gulls said they were aware of the arrest of linebacker Marcus Dell, 27, who was stopped at "
     "94 mph on Route 9 and registered 0.14 on a breath test. Dell was freed on $5,000 bail and faces "
     "a court date next month.",
     "Gulls aware of Dell arrest"),
    ("Marcus Dell apologised to Gulls fans after his drunk driving arrest on Route 9, where police "
     "clocked him at 94 mph with a blood alcohol level of 0.14. The linebacker, 27, was released on "
     "$5,000 bail.",
     "Dell apologises after arrest"),
]
DUI_B = [
    ("Kicker Tom Okafor became the second Harbor City Gulls player charged with drunk driving this "
     "season. Troopers said Okafor, 31, registered 0.19 after being stopped on Interstate 40 late on "
     "Saturday.",
     "Second Gulls player, kicker Okafor, charged with drunk driving"),
    ("Okafor was stopped on Interstate 40 on Saturday night, troopers said; a breath test showed 0.19, "
     "more than twice the limit. The Gulls suspended the 31-year-old kicker for two games.",
     "Gulls suspend kicker Okafor for two games"),
    ("Gulls coach Rita Vance said Tom Okafor let the team down. The kicker, 31, was charged after "
     "troopers measured 0.19 on Interstate 40, and he will miss two games.",
     "Vance: Okafor let the Gulls down"),
    ("Tom Okafor's lawyer said the kicker would contest the charge; troopers had recorded 0.19 when "
     "they stopped the 31-year-old on Interstate 40. The Gulls have suspended him for two games.",
     "Okafor to contest drunk driving charge"),
]


def _one_story_then_finish(items, **kw):
    # a very low join threshold lumps everything together online, and split_threshold=0 turns the
    # two-means split off: only the event split can separate the articles
    c = StoryClusterer(threshold=0.02, split_threshold=0.0, **kw)
    ids = {aid: c.add(aid, text, title, "2026-03-02") for aid, (text, title) in items}
    assert len(set(ids.values())) == 1
    ids.update(c.finish())
    return ids


def _interleaved():
    return [(f"{k}{i}", item) for i, pair in enumerate(zip(DUI_A, DUI_B)) for k, item in zip("ab", pair)]


def test_event_split_separates_two_events_of_one_kind_by_their_names_and_figures():
    out = _one_story_then_finish(_interleaved())
    a, b = {out[f"a{i}"] for i in range(4)}, {out[f"b{i}"] for i in range(4)}
    assert len(a) == 1 and len(b) == 1 and a != b
    # without it the story stays whole
    out = _one_story_then_finish(_interleaved(), event_split=None)
    assert len(set(out.values())) == 1
    # nor does it split when the groups' main figures are shared (figure cover over the limit)
    out = _one_story_then_finish(_interleaved(), event_split=(0.75, -0.01))
    assert len(set(out.values())) == 1


def test_event_split_keeps_the_reports_of_one_event_together():
    items = [(f"a{i}", item) for i, item in enumerate(DUI_A + DUI_A)]  # 8 reports repeating the figures
    out = _one_story_then_finish(items)
    assert len(set(out.values())) == 1


def test_cover_measures_how_far_groups_repeat_each_others_main_figures_and_names():
    from newsweave.cluster import _cover

    def m(*ents):
        return ("id", [{}, {e: 1.0 for e in ents}, {}])

    a = [m("e:#0.14", "e:#27", "e:dell", "e:gulls"), m("e:#0.14", "e:dell", "e:gulls")]
    b = [m("e:#0.19", "e:#31", "e:okafor", "e:gulls"), m("e:#0.19", "e:gulls", "e:#0.14")]
    # figures: a's top figures #0.14 (in 1/2 of b), #27 (0/2); b's #0.19 (0/2), #31 (0/2), #0.14 (2/2)
    assert _cover(a, b, figures=True) == pytest.approx(((0.5 + 0.0) / 2 + (0.0 + 0.0 + 1.0) / 3) / 2)
    # names: a's dell (0), gulls (1); b's gulls (1), okafor (0)
    assert _cover(a, b, figures=False) == pytest.approx(0.5)
    # "salient": only figures reported by at least that share of their own group count
    assert _cover(a, b, figures=True, salient=0.75) == pytest.approx((0.5 + 0.0) / 2)
    assert _cover(a, [m("e:gulls")], figures=True) is None  # no figures on one side: no evidence


def test_pair_sims_match_the_pairwise_group_similarity():
    from newsweave.cluster import _local_reweight

    c = StoryClusterer()
    for i, (text, title) in enumerate(DUI_A + DUI_B):
        c.add(i, text, title, "2026-03-02")
    vecs = _local_reweight([m[1] for st in c.stories.values() for m in st.members])
    sims = c._pair_sims(vecs)
    ones = [1.0, 1.0, 1.0]
    for i in range(len(vecs)):
        assert sims[i, i] == float("-inf")
        for j in range(len(vecs)):
            if i != j:
                assert sims[i, j] == pytest.approx(c._simv(vecs[i], ones, vecs[j], ones), abs=1e-9)


# -- the normalised-cut fallback, the figure-evidence merge, keeping split halves apart -------------

def test_spectral_halves_cut_a_two_block_similarity_matrix():
    import numpy as np

    from newsweave.cluster import _spectral_halves

    sim = np.full((6, 6), 0.05)
    sim[:3, :3] = sim[3:, 3:] = 0.8
    np.fill_diagonal(sim, -np.inf)
    groups = _spectral_halves(sim)
    assert sorted(map(sorted, groups)) == [[0, 1, 2], [3, 4, 5]]
    sim[5, :5] = sim[:5, 5] = 0.0  # an article like none of the others: no cut
    assert _spectral_halves(sim) is None


def _each_alone_then_finish(items, **kw):
    # a join threshold no article reaches: every article starts its own story; the centroid merge
    # (merge_threshold) is out of reach too, so only the figure-evidence merge can join stories
    kw = {"event_cut": None, "keep_apart": False, **kw}
    c = StoryClusterer(threshold=5.0, short_threshold=5.0, model=None, merge_threshold=50.0, **kw)
    ids = {aid: c.add(aid, text, title, "2026-03-02") for aid, (text, title) in items}
    assert len(set(ids.values())) == len(items)
    ids.update(c.finish())
    return ids


def test_evidence_merge_joins_reports_that_repeat_each_others_figures():
    out = _each_alone_then_finish(_interleaved(), evidence_merge=(0.0, 0.4, 1.0))
    a, b = {out[f"a{i}"] for i in range(4)}, {out[f"b{i}"] for i in range(4)}
    # each arrest's reports repeat its figures (94 mph, 0.14, $5,000 / 0.19, 31): one story each
    assert len(a) == 1 and len(b) == 1 and a != b
    # off (as before Dec 2026), or asking for more shared figures than they have: no merge
    assert len(set(_each_alone_then_finish(_interleaved(), evidence_merge=None).values())) == 8
    assert len(set(_each_alone_then_finish(_interleaved(), evidence_merge=(0.0, 1.01, 1.0)).values())) == 8
    # only a fragment (at most half the other story's size) merges: two single articles do not
    assert len(set(_each_alone_then_finish(_interleaved(), evidence_merge=(0.0, 0.4, 0.5)).values())) == 8


def test_event_split_halves_are_kept_apart_by_the_move_and_merge_steps():
    c = StoryClusterer(threshold=0.02, split_threshold=0.0, keep_apart=True, event_cut=None)
    for aid, (text, title) in _interleaved():
        c.add(aid, text, title, "2026-03-02")
    out = c.finish()
    a, b = {out[f"a{i}"] for i in range(4)}, {out[f"b{i}"] for i in range(4)}
    assert len(a) == 1 and len(b) == 1 and a != b
    (sa,), (sb,) = a, b
    assert c.stories[sa].apart == {sb} and c.stories[sb].apart == {sa}
    # without keep_apart nothing records the split
    c = StoryClusterer(threshold=0.02, split_threshold=0.0, keep_apart=False, event_cut=None)
    for aid, (text, title) in _interleaved():
        c.add(aid, text, title, "2026-03-02")
    c.finish()
    assert all(not st.apart for st in c.stories.values())


def test_leans_compares_a_member_with_both_halves_of_a_split():
    from newsweave.cluster import _entity_counts, _leans

    def m(*ents):
        return ("id", [{}, {e: 1.0 for e in ents}, {}])

    x = m("e:okafor", "e:#0.19", "e:gulls")
    home = [x, m("e:dell", "e:#0.14", "e:gulls"), m("e:dell", "e:#0.14")]
    other = [m("e:okafor", "e:#0.19", "e:gulls"), m("e:okafor", "e:#0.19")]
    # x reports the other half's kicker and figure (2 + 2 + 1 of 2 members) more than its own
    # half's (its 2 other members: gulls once): it may cross back
    assert _leans(x, _entity_counts(other), _entity_counts(home))
    y = home[1]
    assert not _leans(y, _entity_counts(other), _entity_counts(home))


def test_the_move_step_decides_by_the_join_model_for_the_articles_it_serves():
    from newsweave.cluster import FEATURES

    never = ((0.0,) * len(FEATURES), -50.0)
    feed = HEADLINES[:2] + ["Lava from Reykjanes volcano reaches Grindavik homes", HEADLINES[2]]

    def stories(**kw):
        # no merge step: only the move step may reunite the headlines the stream kept apart
        c = StoryClusterer(model=(None, never), merge_threshold=100.0, evidence_merge=None, **kw)
        out = {i: c.add(i, h, None, 20_000.0 + i / 1440) for i, h in enumerate(feed)}
        out.update(c.finish())
        return out

    # the headline model kept every headline apart when it came in; the move step asks it again
    # and it still says no (move_model=True, the default) ...
    assert StoryClusterer().move_model is True
    assert len(set(stories().values())) == 4
    # ... while the threshold rule in the move step brings reports of the eruption together
    out = stories(move_model=False)
    assert len(set(out.values())) < 4 and out[1] == out[2] != out[3]


def test_finish_absorbs_a_fragment_that_fits_a_story_nearly_well_enough():
    # a late report of the Peru quake in other words: under the join threshold of its story, so the
    # stream and the refinement passes leave it alone ...
    late = ("Schools in Arequipa will stay shut while engineers inspect buildings cracked by the earthquake, "
            "the regional education office said, and the mayor asked the government for emergency funds.")
    items = QUAKE + TRANSFER + [(late, None)]

    def stories(absorb):
        c = StoryClusterer(absorb=absorb)
        out = {i: c.add(i, text, title, "2026-03-02") for i, (text, title) in enumerate(items)}
        out.update(c.finish())
        return out

    assert StoryClusterer().absorb == (0.65, 3)
    out = stories(None)
    assert out[0] == out[1] == out[2] != out[5] and out[3] == out[4] != out[5]
    # ... while the fragment absorption of finish() joins it to the quake story, and leaves the
    # unrelated two-article transfer story as it is
    out = stories((0.65, 2))
    assert out[0] == out[1] == out[2] == out[5] != out[3] == out[4]
    # only into a larger story than a fragment: with fragments of up to three articles (the
    # default) the three quake reports are one too, and nothing moves
    out = stories((0.65, 3))
    assert out[0] == out[1] == out[2] != out[5] and out[3] == out[4] != out[5]
    # it still needs its share of the join threshold: a bar above the threshold keeps it apart
    out = stories((5.0, 2))
    assert out[5] not in (out[0], out[3])
