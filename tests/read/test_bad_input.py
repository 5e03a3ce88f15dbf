"""Bad input: one named bad file raises InputError; bad items in a batch are skipped;
nothing usable raises; no raw exception escapes; input files are never modified."""

import hashlib
import io
import json
import os

import pytest

from newsweave.errors import InputError
from newsweave.read import formats, read_inputs, read_one

MB = 1024 * 1024
LATIN1_HINT = "convert it, e.g. iconv -f latin1 -t utf-8"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def raises(inputs, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        read_inputs(inputs, **kw)
    return info.value


# ---------------------------------------------------------------------------- missing paths

def test_nonexistent_path_raises(tmp_path):
    missing = str(tmp_path / "nope.txt")
    err = raises([missing])
    assert (err.where, err.problem) == (missing, "no such file or directory")
    assert str(err) == f"{missing}: no such file or directory"


def test_nonexistent_path_raises_even_in_a_batch(tmp_path):
    good = write(tmp_path / "good.txt", "Fine.")
    missing = str(tmp_path / "missing-dir")
    err = raises([good, missing])
    assert (err.where, err.problem) == (missing, "no such file or directory")


# ---------------------------------------------------------------------------- one bad file raises

@pytest.mark.parametrize("name", ["e.txt", "e.html", "e.json", "e.jsonl"])
def test_empty_file(tmp_path, name):
    p = write(tmp_path / name, b"")
    err = raises([p])
    assert (err.where, err.problem) == (p, "empty file")


def test_whitespace_only_file(tmp_path):
    p = write(tmp_path / "w.txt", "  \n\n \t\n")
    assert raises([p]).problem == "no article text (the file holds only whitespace)"


def test_nul_bytes_binary(tmp_path):
    p = write(tmp_path / "b.txt", b"some text\x00\x01\x02 more")
    err = raises([p])
    assert err.problem == "binary file, not text (contains NUL bytes)"


def test_known_binary_format(tmp_path):
    p = write(tmp_path / "report.txt", b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n1 0 obj")
    assert raises([p]).problem == "binary file (a PDF document), not text"


def test_undecodable_binary_noise(tmp_path):
    p = write(tmp_path / "noise.html", bytes(range(1, 32)) * 20 + b"\xff\xfe\xfd" * 50)
    assert raises([p]).problem == "binary file, not text (undecodable bytes)"


def test_not_utf8_text(tmp_path):
    data = "Caf".encode() + "é au lait".encode("latin-1")
    p = write(tmp_path / "latin.txt", b"A" * 120 + data)
    err = raises([p])
    assert err.problem == f"not UTF-8 text (invalid byte 0xe9 at offset 123); {LATIN1_HINT}"


def test_not_utf8_html_names_declared_charset(tmp_path):
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9</p></body></html>'
    p = write(tmp_path / "cp.html", html.encode("cp1252"))
    err = raises([p])
    assert err.problem.startswith("not UTF-8 text (invalid byte 0xe9 at offset")
    assert "iconv -f windows-1252 -t utf-8" in err.problem


def test_utf16_file(tmp_path):
    p = write(tmp_path / "u16.txt", "Hello".encode("utf-16"))
    assert "UTF-16" in raises([p]).problem and "iconv -f utf-16" in raises([p]).problem


@pytest.mark.parametrize("name", ["big.txt", "big.html"])
def test_file_too_large(tmp_path, name):
    p = tmp_path / name
    with open(p, "wb") as f:  # sparse: cheap to create, never read
        f.truncate(50 * MB)
    err = raises([str(p)])
    assert err.problem == "file too large (50.0 MB; the limit for one article file is 10 MB)"


def test_json_file_too_large_suggests_jsonl(tmp_path):
    p = tmp_path / "big.json"
    with open(p, "wb") as f:
        f.truncate(11 * MB)
    assert raises([str(p)]).problem == (
        "file too large (11.0 MB; the limit for one article file is 10 MB); "
        "for many articles use JSONL, one object per line")


def test_invalid_json_file(tmp_path):
    p = write(tmp_path / "bad.json", '{"text": "x",}')
    assert raises([p]).problem.startswith("invalid JSON (")


def test_deeply_nested_json(tmp_path):
    p = write(tmp_path / "deep.json", "[" * 200000 + "]" * 200000)
    assert raises([p]).problem.startswith("invalid JSON")


def test_json_scalar(tmp_path):
    p = write(tmp_path / "s.json", '"just a string"')
    assert raises([p]).problem == "expected a JSON object or a list of objects, got a string"


@pytest.mark.parametrize("obj,reason", [
    ({"title": "No text"}, "no article text (no 'text' or 'html' field)"),
    ({"text": "   "}, "no article text ('text' is empty)"),
    ({"text": 42}, "field 'text' must be a string, got a number"),
])
def test_json_object_without_text(tmp_path, obj, reason):
    p = write(tmp_path / "o.json", json.dumps(obj))
    assert raises([p]).problem == reason


def test_txt_only_leftovers(tmp_path):
    p = write(tmp_path / "nav.txt", "Skip to main content\nHome | News | Sport\n\nAdvertisement\n")
    assert raises([p]).problem == "no article text left after removing page leftovers (3 lines dropped)"


def test_html_without_article_text(tmp_path):
    p = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    assert raises([p]).problem == "no article text found in the HTML"


def test_unknown_suffix_named_explicitly(tmp_path):
    p = write(tmp_path / "notes.md", "Some notes.")
    err = raises([p])
    assert err.problem.startswith("unknown file type .md (expected .txt, .html")


def test_unreadable_file_is_wrapped(tmp_path, monkeypatch):
    p = write(tmp_path / "locked.txt", "Text.")

    def deny(*a, **k):
        raise PermissionError(13, "Permission denied", a[0])

    monkeypatch.setattr(formats, "open", deny, raising=False)
    assert raises([p]).problem == "cannot read it (permission denied)"


# ---------------------------------------------------------------------------- JSONL items are skipped

def test_malformed_jsonl_lines_skipped(tmp_path):
    p = write(tmp_path / "feed.jsonl",
              '{"text": "Good one."}\n{"text": "broken\n[1, 2]\n{"title": "no text"}\n\n{"text": "Good two."}\n')
    r = read_inputs([p])
    assert [a.text for a in r.articles] == ["Good one.", "Good two."]
    assert [a.input for a in r.articles] == [f"{p}:1", f"{p}:6"]
    assert [s["input"] for s in r.skipped] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert r.skipped[0]["reason"].startswith("line 2: invalid JSON (")
    assert r.skipped[1]["reason"] == "line 3: expected a JSON object, got a list"
    assert r.skipped[2]["reason"] == "line 4: no article text (no 'text' or 'html' field)"
    assert r.warnings[0].startswith(f"{p}: skipped: line 2: invalid JSON (")
    assert len(r.warnings) == 3


def test_jsonl_non_utf8_line_skipped(tmp_path):
    good = b'{"text": "Fine."}\n'
    bad = '{"text": "Caf\xe9"}\n'.encode("latin-1")
    p = write(tmp_path / "mixed.jsonl", good + bad)
    r = read_inputs([p])
    assert [a.text for a in r.articles] == ["Fine."]
    assert r.skipped == [{"input": f"{p}:2", "reason":
                          f"line 2: not UTF-8 text (invalid byte 0xe9 at offset {len(good) + 13}); {LATIN1_HINT}"}]


def test_jsonl_all_lines_bad_raises(tmp_path):
    p = write(tmp_path / "bad.jsonl", "{oops\nnot json either\n")
    err = raises([p])
    assert err.where == p
    assert err.problem.startswith("no readable articles: line 1: invalid JSON (")
    assert err.problem.endswith("(and 1 more skipped)")


def test_jsonl_only_blank_lines(tmp_path):
    p = write(tmp_path / "blank.jsonl", "\n\n   \n")
    assert raises([p]).problem == "no articles in it (only blank lines)"


def test_jsonl_binary(tmp_path):
    p = write(tmp_path / "bin.jsonl", b"\x1f\x8b\x08\x00compressed")
    assert raises([p]).problem == "binary file (a gzip archive), not text"


def test_jsonl_line_over_limit_skipped_streaming(tmp_path):
    big = json.dumps({"text": "x" * (10 * MB + 10)})
    p = write(tmp_path / "big.jsonl",
              json.dumps({"text": "Before."}) + "\n" + big + "\n" + json.dumps({"text": "After."}) + "\n")
    r = read_inputs([p])
    assert [(a.text, a.input) for a in r.articles] == [("Before.", f"{p}:1"), ("After.", f"{p}:3")]
    assert r.skipped == [{"input": f"{p}:2", "reason":
                          "line 2: line too large (10.0 MB; the limit for one JSONL line is 10 MB)"}]


def test_large_jsonl_file_is_fine(tmp_path):
    line = json.dumps({"text": "y" * MB})
    p = write(tmp_path / "many.jsonl", "\n".join(
        line.replace("yyy", f"{i:03d}", 1) for i in range(12)) + "\n")
    assert os.path.getsize(p) > 10 * MB
    assert len(read_inputs([p]).articles) == 12


def test_json_list_bad_items_skipped(tmp_path):
    p = write(tmp_path / "l.json", json.dumps([{"text": "One."}, {"title": "none"}, "str"]))
    r = read_inputs([p])
    assert [a.text for a in r.articles] == ["One."]
    assert r.skipped == [
        {"input": f"{p}#2", "reason": "item 2: no article text (no 'text' or 'html' field)"},
        {"input": f"{p}#3", "reason": "item 3: expected a JSON object, got a string"},
    ]


def test_json_empty_list(tmp_path):
    p = write(tmp_path / "l.json", "[]")
    assert raises([p]).problem == "no articles (empty JSON list)"


def test_stdin_bad_lines_and_encoding():
    raw = b'{"text": "Good."}\n{bad\n' + '{"text": "Caf\xe9"}\n'.encode("latin-1")
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    r = read_inputs(["-"], stdin=stream)
    assert [a.text for a in r.articles] == ["Good."]
    assert r.skipped[0]["input"] == "<stdin>:2"
    assert any("not UTF-8 text" in s["reason"] for s in r.skipped)


def test_stdin_text_stream_decode_error_is_wrapped():
    class Stream:  # a text stream without .buffer that fails to decode on line 2
        def __init__(self):
            self.lines = ['{"text": "Good."}\n']

        def readline(self, size=-1):
            if self.lines:
                return self.lines.pop()
            raise UnicodeDecodeError("utf-8", b"\xe9", 0, 1, "invalid continuation byte")

    r = read_inputs(["-"], stdin=Stream())
    assert [a.text for a in r.articles] == ["Good."]
    assert r.skipped == [{"input": "<stdin>:2", "reason": (
        f"line 2: not UTF-8 text (invalid byte 0xe9); {LATIN1_HINT}; the rest of stdin was not read")}]


def test_html_parser_failure_is_wrapped(tmp_path, monkeypatch):
    import trafilatura

    def boom(*a, **k):
        raise ValueError("weird markup")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    p = write(tmp_path / "x.html", "<html><body><p>text</p></body></html>")
    assert raises([p]).problem == "could not parse the HTML (ValueError: weird markup)"


def test_stdin_nothing_usable():
    err = raises(["-"], stdin=io.StringIO("{bad\n"))
    assert err.where == "<stdin>"
    assert err.problem.startswith("no readable articles: line 1: invalid JSON")


def test_stdin_empty():
    assert raises(["-"], stdin=io.StringIO("")).problem == "no readable articles: no articles in it (only blank lines)"


# ---------------------------------------------------------------------------- batches skip

def test_directory_with_some_bad_files(tmp_path):
    d = tmp_path / "d"
    write(d / "a.txt", "Good article.")
    write(d / "b.txt", b"")
    write(d / "c.txt", b"\x00\x01binary")
    write(d / "d.txt", "caf\xe9".encode("latin-1"))
    write(d / "e.json", "{broken")
    p = tmp_path / "d" / "f.html"
    with open(p, "wb") as f:
        f.truncate(50 * MB)
    r = read_inputs([str(d)])
    assert [a.id for a in r.articles] == ["a"]
    reasons = {os.path.basename(s["input"]): s["reason"] for s in r.skipped}
    assert reasons["b.txt"] == "empty file"
    assert reasons["c.txt"].startswith("binary file")
    assert reasons["d.txt"] == f"not UTF-8 text (invalid byte 0xe9 at offset 3); {LATIN1_HINT}"
    assert reasons["e.json"].startswith("invalid JSON")
    assert reasons["f.html"] == "file too large (50.0 MB; the limit for one article file is 10 MB)"
    assert f"{d / 'b.txt'}: skipped: empty file" in r.warnings
    assert len(r.warnings) == 5


def test_several_inputs_one_bad(tmp_path):
    good = write(tmp_path / "good.txt", "Good.")
    bad = write(tmp_path / "bad.txt", b"")
    r = read_inputs([bad, good])
    assert [a.text for a in r.articles] == ["Good."]
    assert r.skipped == [{"input": bad, "reason": "empty file"}]
    assert r.warnings == [f"{bad}: skipped: empty file"]


def test_batch_with_nothing_usable_raises_naming_first(tmp_path):
    d = tmp_path / "d"
    write(d / "a.txt", b"")
    write(d / "b.txt", b"\x00")
    err = raises([str(d)])
    assert err.where == str(d / "a.txt")
    assert err.problem == "no readable articles: empty file (and 1 more skipped)"


def test_empty_directory(tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    write(d / "readme.md", "not an article")
    err = raises([str(d)])
    assert err.where == str(d)
    assert err.problem.startswith("no readable articles: no article files (.txt, .html")


# ---------------------------------------------------------------------------- inputs untouched

def test_inputs_are_not_modified(tmp_path):
    d = tmp_path / "d"
    files = [
        write(d / "a.txt", "Title: T\r\n\r\nSkip to content\r\nBody.  \r\n"),
        write(d / "b.html", "<html><body><p>Some page text that is long enough.</p></body></html>"),
        write(d / "c.jsonl", '{"text": "x"}\n{bad\n'),
        write(d / "d.json", b""),
        write(d / "e.txt", "caf\xe9".encode("latin-1")),
    ]
    old = 1_600_000_000
    for f in files:
        os.utime(f, (old, old))
    before = {f: (os.stat(f).st_mtime, hashlib.sha256(open(f, "rb").read()).hexdigest()) for f in files}
    read_inputs([str(d)])
    read_one(files[0])
    after = {f: (os.stat(f).st_mtime, hashlib.sha256(open(f, "rb").read()).hexdigest()) for f in files}
    assert after == before
    assert sorted(os.listdir(d)) == ["a.txt", "b.html", "c.jsonl", "d.json", "e.txt"]
