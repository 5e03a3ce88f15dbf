"""Reading every supported format from real files."""

import io
import json
from pathlib import Path

import pytest

from newsweave.article import Article
from newsweave.errors import InputError
from newsweave.read import ReadResult, read_inputs, read_one
from newsweave.read.formats import normalise_date, split_header

HTML = """<!DOCTYPE html>
<html><head><title>Storm hits coast - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Storm hits coast">
<meta property="og:url" content="https://example.com/news/storm">
<meta property="article:published_time" content="2026-03-14T09:00:00Z">
</head><body>
<nav><a href="#main">Skip to main content</a> <a>Home</a> | <a>News</a> | <a>Sport</a></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Saturday, officials said, forcing thousands
of residents to leave their homes.</p>
<p>"We have never seen anything like this," said Mayor Jane Smith, speaking to reporters in
the harbour town.</p>
<p>Advertisement</p>
<p>Emergency services said 12 people were injured and two were missing. The coastguard
launched a search operation late on Saturday.</p>
<p>Share this article</p>
</article>
<aside><h2>Most read</h2><ul><li>Other story one</li><li>Other story two</li></ul></aside>
<footer>&copy; 2026 Example News. All rights reserved.</footer>
</body></html>
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------------------- .txt

def test_txt_with_header(tmp_path):
    p = write(tmp_path / "storm.txt",
              "Title: Storm hits coast\nSource: Daily Post\nPublished: 2026-03-14T09:00:00Z\n"
              "URL: https://www.dailypost.example/storm\nAuthor: Jane Doe\n\n"
              "A storm hit the coast on Saturday.\n\nTwo people were hurt.\n")
    [a] = read_one(p)
    assert isinstance(a, Article)
    assert a.id == "storm"
    assert a.title == "Storm hits coast"
    assert a.source == "Daily Post"
    assert a.published == "2026-03-14"
    assert a.url == "https://www.dailypost.example/storm"
    assert a.text == "A storm hit the coast on Saturday.\n\nTwo people were hurt."
    assert a.input == p
    assert a.dropped == []


def test_txt_header_id_and_date_key(tmp_path):
    p = write(tmp_path / "x.txt", "ID: dp-001\nDate: March 14, 2026\n\nBody text here.")
    [a] = read_one(p)
    assert a.id == "dp-001"
    assert a.published == "2026-03-14"
    assert a.source == ""


def test_txt_without_header_whole_file_is_body(tmp_path):
    p = write(tmp_path / "plain.txt",
              "Storm hits coast\n\nA storm hit the coast on Saturday.\nTwo people were hurt.\n")
    [a] = read_one(p)
    assert a.text == "Storm hits coast\n\nA storm hit the coast on Saturday.\nTwo people were hurt."
    assert a.title == "Storm hits coast"  # short first line -> default title
    assert a.source == ""
    assert a.url is None and a.published is None


def test_txt_first_line_sentence_is_not_a_title(tmp_path):
    p = write(tmp_path / "s.txt", "A storm hit the coast on Saturday.\n\nMore text.")
    assert read_one(p)[0].title == ""


def test_txt_header_only_if_first_line(tmp_path):
    text = "A storm hit.\nTitle: Not a header\n\nBody."
    p = write(tmp_path / "late.txt", text)
    [a] = read_one(p)
    assert a.title == ""
    assert "Title: Not a header" in a.text


def test_txt_header_needs_blank_line():
    assert split_header("Title: Foo\nBody starts here without a blank line.") == (
        {}, "Title: Foo\nBody starts here without a blank line.")
    # a URL line is not a header line
    assert split_header("Title: Foo\nhttps://example.com\n\nBody")[0] == {}
    assert split_header("Title: Foo\r\nSource: Bar\r\n\r\nBody")[0] == {"title": "Foo", "source": "Bar"}
    assert split_header("Quote: this is not a known key\n\nBody")[0] == {}


def test_txt_cleaning_and_dropped(tmp_path):
    p = write(tmp_path / "c.txt",
              "Skip to main content\nHome | News | Sport\n\nA storm hit.\n\nShare this article\n\n"
              "Officials declined to share details.\n\n© 2026 Example News\n")
    [a] = read_one(p)
    assert a.text == "A storm hit.\n\nOfficials declined to share details."
    assert a.dropped == ["Skip to main content", "Home | News | Sport", "Share this article",
                         "© 2026 Example News"]


def test_txt_utf8_bom_and_crlf(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffTitle: Café\r\n\r\nZoë said it rained.\r\n".encode("utf-8"))
    [a] = read_one(str(p))
    assert a.title == "Café"
    assert a.text == "Zoë said it rained."


# ---------------------------------------------------------------------------- .html

@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html(tmp_path, name):
    p = write(tmp_path / name, HTML)
    [a] = read_one(p)
    assert a.title == "Storm hits coast"
    assert a.source == "Example News"
    assert a.published == "2026-03-14"
    assert a.url == "https://example.com/news/storm"
    assert "A powerful storm struck the northern coast" in a.text
    assert "Mayor Jane Smith" in a.text
    assert "Advertisement" not in a.text and "Share this article" not in a.text
    assert "Advertisement" in a.dropped
    assert "Most read" not in a.text and "Other story one" not in a.text
    assert "All rights reserved" not in a.text
    assert "\n\n" in a.text and "\n\n\n" not in a.text


# ---------------------------------------------------------------------------- .jsonl / .json

def test_jsonl(tmp_path):
    lines = [
        {"id": "a1", "source": "Daily Post", "url": "https://dp.example/a1", "title": "Storm",
         "published": "14 March 2026", "text": "A storm hit.\nAdvertisement\nTwo were hurt."},
        {"source": "Web Times", "title": "Storm page", "html": HTML},
        {"text": "Third article text.", "published": "March 15, 2026"},
    ]
    p = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    r = read_inputs([p])
    assert isinstance(r, ReadResult)
    a, b, c = r.articles
    assert (a.id, a.source, a.url, a.title, a.published) == (
        "a1", "Daily Post", "https://dp.example/a1", "Storm", "2026-03-14")
    assert a.text == "A storm hit.\n\nTwo were hurt."
    assert a.dropped == ["Advertisement"]
    assert a.input == f"{p}:1"
    # html goes through trafilatura; explicit JSON fields win over page metadata
    assert b.id == "feed-2" and b.source == "Web Times" and b.title == "Storm page"
    assert b.published == "2026-03-14" and b.url == "https://example.com/news/storm"
    assert "Mayor Jane Smith" in b.text and "Advertisement" not in b.text
    assert c.id == "feed-3" and c.published == "2026-03-15" and c.input == f"{p}:3"
    assert r.skipped == [] and r.duplicates == [] and r.warnings == []


def test_json_single_object(tmp_path):
    p = write(tmp_path / "one.json", json.dumps({"title": "T", "text": "Body text."}))
    [a] = read_one(p)
    assert (a.id, a.title, a.text, a.input) == ("one", "T", "Body text.", p)


def test_json_list_and_newsapi_style(tmp_path):
    data = {"status": "ok", "articles": [
        {"source": {"id": None, "name": "Wire"}, "title": "One", "url": "https://w.example/1",
         "publishedAt": "2026-03-14T10:00:00Z", "content": "First body."},
        {"title": "Two", "body": ["Para one.", "Para two."]},
    ]}
    p = write(tmp_path / "list.json", json.dumps(data))
    a, b = read_one(p)
    assert (a.id, a.source, a.published, a.text, a.input) == (
        "list-1", "Wire", "2026-03-14", "First body.", f"{p}#1")
    assert (b.id, b.text) == ("list-2", "Para one.\n\nPara two.")


def test_json_numeric_id(tmp_path):
    p = write(tmp_path / "n.json", json.dumps([{"id": 17, "text": "x y"}]))
    assert read_one(p)[0].id == "17"


def test_source_falls_back_to_url_host(tmp_path):
    p = write(tmp_path / "h.json", json.dumps({"url": "https://www.bbc.co.uk/news/1", "text": "T."}))
    assert read_one(p)[0].source == "bbc.co.uk"


# ---------------------------------------------------------------------------- stdin

def test_stdin_jsonl():
    stream = io.StringIO('{"id": "s1", "text": "From stdin."}\n\n{"text": "Second."}\n')
    r = read_inputs(["-"], stdin=stream)
    assert [(a.id, a.text, a.input) for a in r.articles] == [
        ("s1", "From stdin.", "<stdin>:1"), ("stdin-3", "Second.", "<stdin>:3")]


def test_stdin_mixed_with_files(tmp_path):
    p = write(tmp_path / "a.txt", "File text.")
    r = read_inputs([p, "-"], stdin=io.StringIO('{"text": "Stdin text."}\n'))
    assert [a.text for a in r.articles] == ["File text.", "Stdin text."]


# ---------------------------------------------------------------------------- directories

def test_directory_recursive_sorted_known_suffixes(tmp_path):
    d = tmp_path / "news"
    write(d / "b.txt", "B text.")
    write(d / "a.txt", "A text.")
    write(d / "sub" / "c.json", json.dumps({"text": "C text."}))
    write(d / "sub" / "deeper" / "d.jsonl", json.dumps({"text": "D text."}) + "\n")
    write(d / "z.html", HTML)
    write(d / "notes.md", "ignored")
    write(d / "sub" / "logo.png.bak", "ignored")
    write(d / ".hidden.txt", "hidden files are skipped")
    write(d / ".git" / "x.txt", "hidden dirs are skipped")
    r = read_inputs([str(d)])
    assert [a.id for a in r.articles] == ["a", "b", "c", "d-1", "z"]
    assert [a.input for a in r.articles][:3] == [str(d / "a.txt"), str(d / "b.txt"),
                                                 str(d / "sub" / "c.json")]
    assert r.warnings == [f"{d}: ignored 2 files with unknown suffixes (notes.md, sub/logo.png.bak)"]
    assert r.skipped == []


def test_directory_order_files_before_subdirectory_contents_by_path(tmp_path):
    d = tmp_path / "d"
    write(d / "m" / "x.txt", "MX.")
    write(d / "a.txt", "A.")
    write(d / "z.txt", "Z.")
    assert [a.text for a in read_one(str(d))] == ["A.", "MX.", "Z."]


# ---------------------------------------------------------------------------- ids and duplicates

def test_duplicate_ids_get_suffixes(tmp_path):
    p1 = write(tmp_path / "one" / "story.txt", "First version.")
    p2 = write(tmp_path / "two" / "story.txt", "Second version.")
    p3 = write(tmp_path / "three" / "story.txt", "Third version.")
    p4 = write(tmp_path / "x.json", json.dumps([{"id": "story-2", "text": "Fourth."}]))
    r = read_inputs([p1, p2, p3, p4])
    assert [a.id for a in r.articles] == ["story", "story-2", "story-3", "story-2-2"]
    assert len({a.id for a in r.articles}) == 4
    assert r.warnings == []


def test_exact_duplicates_collapsed(tmp_path):
    p1 = write(tmp_path / "a.txt", "A storm hit.\n\nTwo were hurt.")
    p2 = write(tmp_path / "b.txt", "A storm  hit.\nTwo were\thurt.\n")  # same after folding
    p3 = write(tmp_path / "c.txt", "Share this article\nA storm hit.\n\nTwo were hurt.")  # same after cleaning
    p4 = write(tmp_path / "d.txt", "A storm hit.\n\nThree were hurt.")
    r = read_inputs([p1, p2, p3, p4])
    assert [a.id for a in r.articles] == ["a", "d"]
    assert r.duplicates == [{"input": p2, "duplicate_of": "a"}, {"input": p3, "duplicate_of": "a"}]
    assert sum("duplicate of article 'a'" in w for w in r.warnings) == 2


def test_duplicate_does_not_consume_id(tmp_path):
    p1 = write(tmp_path / "x" / "s.txt", "Same.")
    p2 = write(tmp_path / "y" / "s.txt", "Same.")
    p3 = write(tmp_path / "z" / "s.txt", "Different.")
    r = read_inputs([p1, p2, p3])
    assert [a.id for a in r.articles] == ["s", "s-2"]


# ---------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value,expected", [
    ("2026-03-14T09:00:00Z", "2026-03-14"),
    ("2026-03-14T23:30:00-05:00", "2026-03-14"),  # the date as written, not converted
    ("2026-03-14", "2026-03-14"),
    ("14 March 2026", "2026-03-14"),
    ("March 14, 2026", "2026-03-14"),
    ("Sat, 14 Mar 2026 09:00:00 GMT", "2026-03-14"),
    ("14/03/2026", "2026-03-14"),
    ("Published 14 March 2026, 09:00 GMT", "2026-03-14"),
    (None, None),
    ("", None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == (expected, None)


@pytest.mark.parametrize("value", ["March 2026", "yesterday", "03/04/2026", "2026-02-30", 20260314])
def test_normalise_date_rejects(value):
    iso, problem = normalise_date(value)
    assert iso is None and problem


def test_bad_date_is_a_warning_not_an_error(tmp_path):
    p = write(tmp_path / "d.txt", "Published: sometime soon\n\nBody.")
    r = read_inputs([p])
    assert r.articles[0].published is None
    assert r.warnings == [f"{p}: published date 'sometime soon' not understood; left empty"]


def test_read_inputs_accepts_path_objects(tmp_path):
    p = tmp_path / "a.txt"
    write(p, "Body.")
    assert read_inputs([p]).articles[0].text == "Body."


def test_no_inputs():
    with pytest.raises(InputError):
        read_inputs([])


SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "timeline17-dev" / "H1N1_bbc"


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/data (timeline17-dev)")
def test_real_scraped_directory_reads_cleanly():
    r = read_inputs([str(SHARED / "InputDocs")])
    assert len(r.articles) > 100
    assert len({a.id for a in r.articles}) == len(r.articles)
    assert all(s["reason"] == "empty file" for s in r.skipped)
    for a in r.articles:
        assert a.text and "\r" not in a.text and "\n\n\n" not in a.text
        assert a.text == a.text.strip()
