import copy
import json
from pathlib import Path

import pytest

from newsweave.schema import BriefingError, check_offsets, check_references, load_schema, validate

FIXTURE = Path(__file__).parent / "fixtures" / "briefing.json"


@pytest.fixture()
def briefing():
    return json.loads(FIXTURE.read_text("utf-8"))


def test_schema_is_valid_json_schema():
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"]["const"] == "newsweave/briefing@1"


def test_fixture_validates(briefing):
    validate(briefing)
    validate(briefing, offsets=True)
    assert check_offsets(briefing) == []
    assert check_references(briefing) == []


def test_extra_fields_are_allowed(briefing):
    briefing["extra"] = {"anything": 1}
    briefing["quotes"][0]["confidence"] = 0.9
    validate(briefing)


@pytest.mark.parametrize("path", [
    ("story", "title"), ("documents", 0, "text"), ("quotes", 0, "speaker"), ("figures", 0, "kind"),
    ("events", 0, "citations"), ("summary",), ("generator",),
])
def test_missing_required_field_fails(briefing, path):
    obj = briefing
    for key in path[:-1]:
        obj = obj[key]
    del obj[path[-1]]
    with pytest.raises(BriefingError) as err:
        validate(briefing)
    assert f"'{path[-1]}' is missing" in str(err.value)


def test_errors_name_the_path(briefing):
    briefing["quotes"][1]["kind"] = "whispered"
    briefing["events"][2]["date"] = "14 May 2024"
    briefing["disputes"][0]["positions"] = briefing["disputes"][0]["positions"][:1]
    with pytest.raises(BriefingError) as err:
        validate(briefing)
    msg = str(err.value)
    assert "quotes[1].kind" in msg and "whispered" in msg
    assert "events[2].date" in msg
    assert "disputes[0].positions" in msg
    assert len(err.value.problems) == 3


def test_wrong_schema_id_fails(briefing):
    briefing["schema"] = "newsweave/briefing@2"
    with pytest.raises(BriefingError, match="schema"):
        validate(briefing)


def test_not_a_dict():
    with pytest.raises(BriefingError):
        validate([])


def test_check_offsets_catches_a_wrong_offset(briefing):
    good = copy.deepcopy(briefing)
    briefing["quotes"][0]["start"] += 1
    briefing["figures"][2]["end"] -= 1
    briefing["claims"][0]["doc"] = "nope"
    problems = check_offsets(briefing)
    assert len(problems) == 3
    assert problems[0].startswith("quotes[0] (q1): text")
    assert any(p.startswith("figures[2]") for p in problems)
    assert any("unknown document 'nope'" in p for p in problems)
    with pytest.raises(BriefingError):
        validate(briefing, offsets=True)
    validate(briefing)  # the shape is still fine
    assert check_offsets(good) == []


def test_check_offsets_citations_in_bounds(briefing):
    n = len(briefing["documents"][0]["text"])
    briefing["events"][2]["citations"][0]["end"] = n + 5
    briefing["disputes"][0]["positions"][1]["citations"][0]["start"] = 10**6
    problems = check_offsets(briefing)
    assert any(p.startswith("events[2].citations[0]") and "outside" in p for p in problems)
    assert any(p.startswith("disputes[0].positions[1].citations[0]") for p in problems)


def test_check_offsets_summary_matches_first_citation(briefing):
    briefing["summary"][1]["text"] = "Something nobody wrote."
    problems = check_offsets(briefing)
    assert problems == [p for p in problems if p.startswith("summary[1]")] and len(problems) == 1


def test_offsets_are_code_points(briefing):
    # d1 holds a character outside the BMP before q2: offsets count it as one character.
    d1 = briefing["documents"][0]["text"]
    q2 = next(q for q in briefing["quotes"] if q["id"] == "q2")
    assert "\U0001F198" in d1[: q2["start"]]
    assert d1[q2["start"]:q2["end"]] == q2["text"]


def test_check_references(briefing):
    briefing["quotes"][0]["speaker"]["entity"] = "e999"
    briefing["figure_groups"][0]["figures"].append("f999")
    problems = check_references(briefing)
    assert "quotes[0].speaker.entity: unknown entity 'e999'" in problems
    assert "figure_groups[0].figures: unknown figure 'f999'" in problems
