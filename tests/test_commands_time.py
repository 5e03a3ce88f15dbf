"""``newsweave dates`` and ``newsweave timeline`` through click's test runner."""

import json

import click
import pytest
from click.testing import CliRunner

from newsweave.commands_time import dates, timeline
from newsweave.errors import InputError
from newsweave.pipeline import sample_inputs

ARTICLE = ("Title: Clashes in Port Kessa\nSource: The Test Wire\nPublished: 2026-03-14\n\n"
           "Rebels seized Port Kessa on Thursday night, a rebel spokesman said.\n\n"
           "Talks will resume next month. The port was built in 1902 and has been shut for three days.\n")


@pytest.fixture()
def group():
    g = click.Group("newsweave")
    g.add_command(dates)
    g.add_command(timeline)
    return g


@pytest.fixture()
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_dates_json_anchors_on_the_article_date(group, article):
    res = CliRunner().invoke(group, ["dates", str(article), "--format", "json"])
    assert res.exit_code == 0, res.output
    (doc,) = json.loads(res.output)
    assert doc["published"] == "2026-03-14"
    by_text = {e["text"]: e for e in doc["expressions"]}
    assert by_text["Thursday night"]["value"] == "2026-03-12TNI"
    assert by_text["next month"]["value"] == "2026-04"
    assert by_text["1902"]["value"] == "1902"
    assert by_text["three days"]["type"] == "DURATION" and by_text["three days"]["value"] == "P3D"
    text = article.read_text(encoding="utf-8").split("\n\n", 1)[1]
    for e in doc["expressions"]:
        assert set(e) == {"text", "start", "end", "type", "value"}
        assert text[e["start"]:e["end"]] == e["text"]


def test_dates_published_option_and_text_format(group, article):
    res = CliRunner().invoke(group, ["dates", str(article), "--published", "2026-03-20"])
    assert res.exit_code == 0, res.output
    assert "published 2026-03-20" in res.output
    assert "\tTIME\t2026-03-19TNI\tThursday night" in res.output


def test_dates_bad_input_raises_input_error(group, tmp_path, article):
    res = CliRunner().invoke(group, ["dates", str(tmp_path / "missing.txt")])
    assert isinstance(res.exception, InputError) and "no such file" in str(res.exception)
    res = CliRunner().invoke(group, ["dates", str(article), "--published", "14/03/2026"])
    assert isinstance(res.exception, InputError) and "--published" in str(res.exception)


def test_timeline_on_the_sample_story(group):
    inputs, _ = sample_inputs()
    res = CliRunner().invoke(group, ["timeline", *inputs, "--format", "json", "--max-dates", "3",
                                     "--sentences-per-date", "1"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    entries = out["timeline"]
    assert 1 <= len(entries) <= 3
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    for e in entries:
        assert set(e) >= {"date", "summary", "citations", "sources", "first_reported_by", "source_count",
                          "background"}
        assert e["first_reported_by"] == e["sources"][0] and e["source_count"] == len(e["sources"])
        assert not e["background"]
        for c in e["citations"]:
            assert c["text"]
        # the summary is one of the reports, and the citation says which
        sc = e["summary_citation"]
        assert {k: sc[k] for k in ("doc", "start", "end")} in [{k: c[k] for k in ("doc", "start", "end")}
                                                                for c in e["citations"]]


def test_timeline_markdown_lists_other_reports_not_the_summary_again(group):
    inputs, _ = sample_inputs()
    res = CliRunner().invoke(group, ["timeline", *inputs, "--format", "md", "--sentences-per-date", "1"])
    assert res.exit_code == 0, res.output
    blocks = res.output.split("\n- **")[1:]
    assert blocks
    for block in blocks:
        summary = block.split("** ", 1)[1].split("  \n", 1)[0]
        others = [ln.split(": ", 1)[1] for ln in block.splitlines() if ln.startswith("  - ")]
        assert summary not in others


def test_timeline_markdown(group, article):
    res = CliRunner().invoke(group, ["timeline", str(article)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("# Timeline")
    assert "**2026-03-12** Rebels seized Port Kessa on Thursday night" in res.output
    assert "## Background" in res.output and "1902" in res.output
