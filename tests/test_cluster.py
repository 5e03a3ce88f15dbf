"""Online story clustering (newsweave.cluster) and the ``cluster`` command."""

import json

import click
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
