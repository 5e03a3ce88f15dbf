"""The pipeline against the hand-written gold of the bundled sample story.

The thresholds are regression floors a little under the current figures (the README lists
them; bench/sample_gold.py prints the figures themselves).
"""

import pytest

from newsweave.evaluate import score

THRESHOLDS = {
    ("quotes", "recall"): 0.90,
    ("quotes", "precision"): 0.90,
    ("quotes", "speaker_accuracy"): 0.90,
    ("figures", "recall"): 0.90,
    ("figures", "precision"): 0.90,
    ("figures", "reporter_accuracy"): 0.90,
    ("disputes", "recall"): 0.90,
    ("disputes", "precision"): 0.90,
    ("timeline", "recall"): 0.75,
    ("entities", "fully_merged"): 0.80,
}


@pytest.fixture(scope="module")
def scores(sample_briefing, sample_gold):
    return score(sample_briefing, sample_gold)


@pytest.mark.parametrize("part,metric", sorted(THRESHOLDS))
def test_sample_story_meets_gold_threshold(scores, part, metric):
    assert scores[part][metric] >= THRESHOLDS[part, metric], scores[part]


def test_no_two_gold_entities_merged(scores):
    assert scores["entities"]["wrongly_joined"] == 0


def test_gold_is_consistent_with_the_articles(sample_briefing, sample_gold):
    texts = {d["id"]: d["text"] for d in sample_briefing["documents"]}
    for q in sample_gold["quotes"]:
        assert q["text"] in texts[q["doc"]], q
    for part in ("figures", "timeline"):
        for g in sample_gold[part]:
            assert g["contains"] in texts[g["doc"]], g
    for d in sample_gold["disputes"]:
        for side in d["sides"]:
            assert side["contains"] in texts[side["doc"]], side
