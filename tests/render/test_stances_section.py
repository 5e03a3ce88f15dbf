"""The optional ``stances`` key: schema, offset/reference checks and the Markdown/HTML section."""

import copy
import json
import re
from pathlib import Path

import pytest

from newsweave.render import render
from newsweave.schema import BriefingError, check_offsets, check_references, validate

FIXTURE = Path(__file__).parent / "fixtures" / "briefing.json"


def _stance(b, sid, quote_id, kind, negated=False):
    """A stance over a quote's passage of the fixture (cue = the passage's last word)."""
    q = next(q for q in b["quotes"] if q["id"] == quote_id)
    text = next(d["text"] for d in b["documents"] if d["id"] == q["doc"])
    k = text.rfind(" ", q["start"], q["end"]) + 1
    return {"id": sid, "text": q["text"], "kind": kind,
            "holder": {"name": q["speaker"]["name"], "entity": q["speaker"]["entity"], "role": None},
            "cue": {"text": text[k:q["end"]], "start": k, "end": q["end"]}, "negated": negated,
            "doc": q["doc"], "start": q["start"], "end": q["end"]}


@pytest.fixture()
def briefing():
    b = json.loads(FIXTURE.read_text("utf-8"))
    b["stances"] = [_stance(b, "s1", "q3", "belief"), _stance(b, "s2", "q4", "intention"),
                    _stance(b, "s3", "q1", "support", negated=True)]
    return b


def test_valid_with_stances_and_without(briefing):
    validate(briefing, offsets=True)
    assert check_offsets(briefing) == [] and check_references(briefing) == []
    del briefing["stances"]  # optional key: older briefings stay valid
    validate(briefing, offsets=True)


def test_stance_kind_and_holder_are_checked(briefing):
    bad = copy.deepcopy(briefing)
    bad["stances"][0]["kind"] = "whispered"
    with pytest.raises(BriefingError, match=r"stances\[0\]\.kind"):
        validate(bad)
    bad = copy.deepcopy(briefing)
    del bad["stances"][1]["holder"]
    with pytest.raises(BriefingError, match=r"stances\[1\]"):
        validate(bad)


def test_stance_offsets_and_cue_offsets_are_checked(briefing):
    briefing["stances"][0]["start"] += 1
    briefing["stances"][1]["cue"]["start"] -= 1
    problems = check_offsets(briefing)
    assert len(problems) == 2
    assert problems[0].startswith("stances[0] (s1): text")
    assert any(p.startswith("stances[1].cue: text") for p in problems)
    with pytest.raises(BriefingError):
        validate(briefing, offsets=True)


def test_stance_holder_entity_is_checked(briefing):
    briefing["stances"][2]["holder"]["entity"] = "e999"
    assert "stances[2].holder.entity: unknown entity 'e999'" in check_references(briefing)


def test_markdown_section_after_who_said_what_grouped_by_holder(briefing):
    md = render(briefing, "md")
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    assert heads.index("## Stances") == heads.index("## Who said what") + 1
    part = md.split("## Stances", 1)[1].split("## Claims", 1)[0]
    assert part.count("**Tomas Reld**") == 1  # two stances, one holder line
    reld = part.split("**Tomas Reld**", 1)[1].split("- **", 1)[0]
    assert "_believes_" in reld and "_wants / intends_" in reld
    assert "_not supports_" in part.split("**Ilse Varga**", 1)[1]


def test_markdown_without_stances_key_has_no_section(briefing):
    del briefing["stances"]
    assert "## Stances" not in render(briefing, "md")


def test_html_section_and_toc(briefing):
    html = render(briefing, "html")
    assert re.search(r'href="#stances">Stances <span class="count">3</span>', html)
    sec = re.search(r'<section id="stances">.*?</section>', html, re.S).group(0)
    assert html.index('<section id="quotes">') < html.index('<section id="stances">') < html.index(
        '<section id="claims">')
    assert sec.count('<article class="holder">') == 2
    assert 'id="stance-s1"' in sec and "not supports" in sec
    del briefing["stances"]
    assert 'id="stances"' not in render(briefing, "html")
