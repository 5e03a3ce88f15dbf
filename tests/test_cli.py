"""The command line as a user meets it: exit codes, one-line errors, outputs, inputs untouched."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave import __version__
from newsweave.schema import check_offsets, validate

ARTICLE = ("Title: Clashes in Port Kessa\nSource: The Test Wire\nPublished: 2026-03-14\n\n"
           "Rebels seized Port Kessa on Thursday, a rebel spokesman said.\n\n"
           "\"We hold the town,\" said Omar Haddad, the rebel commander. The army denied the report.\n")


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsweave", *map(str, args)], input=stdin,
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def assert_one_line_error(proc, *needles):
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for n in needles:
        assert str(n) in lines[0], (n, lines[0])


def digest(path: Path) -> tuple:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_nonexistent_path(tmp_path):
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run("brief", missing), missing, "no such file")


@pytest.mark.parametrize("name,content,problem", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\x01\x02\x03PNG\x00\xff" * 50, "binary"),
    ("latin.txt", "Le gouvernement a d\u00e9menti.".encode("latin-1"), "UTF-8"),
    ("bad.jsonl", b'{"id": "a", "text": "fine"\n', "JSON"),
    ("notext.jsonl", b'{"id": "a", "title": "no body"}\n', "text"),
])
def test_single_bad_file_is_a_one_line_error(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    before = digest(path)
    assert_one_line_error(run("brief", path), path, problem)
    assert digest(path) == before


def test_huge_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    assert_one_line_error(run("brief", path), path, "too large")


def test_one_bad_article_in_a_batch_is_skipped_and_listed(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("caf\u00e9 cr\u00e8me".encode("latin-1"))
    lines = [json.dumps({"id": "j1", "source": "Wire", "published": "2026-03-15",
                         "text": "The army said on Sunday that Port Kessa was calm."}), "{oops"]
    (tmp_path / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    proc = run("brief", tmp_path, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert "warning" in proc.stderr and "bad.txt" in proc.stderr
    briefing = json.loads(out.read_text(encoding="utf-8"))
    validate(briefing)
    assert check_offsets(briefing) == []
    skipped = " ".join(s["input"] + " " + s["reason"] for s in briefing["skipped"])
    assert "bad.txt" in skipped and "more.jsonl:2" in skipped
    assert {d["id"] for d in briefing["documents"]} == {"good", "j1"}


def test_formats_from_suffix_and_markdown_on_stdout(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    proc = run("brief", src)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.lstrip().startswith("#") and "Summary" in proc.stdout
    html = tmp_path / "b.html"
    assert run("brief", src, "-o", html).returncode == 0
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert_one_line_error(run("brief", src, "-o", tmp_path / "b.pdf"), "b.pdf", "format")
    assert_one_line_error(run("brief", src, "--max-words", "50", "--max-bytes", "300"), "max-bytes")


def test_stdin_jsonl_and_duplicates(tmp_path):
    rec = {"id": "s1", "source": "Wire", "published": "2026-03-15", "title": "T",
           "text": "Rebels said on Sunday that they had taken the port of Kessa."}
    dup = dict(rec, id="s2")
    proc = run("brief", "-", "--format", "json", stdin=json.dumps(rec) + "\n" + json.dumps(dup) + "\n")
    assert proc.returncode == 0, proc.stderr
    briefing = json.loads(proc.stdout)
    assert [d["id"] for d in briefing["documents"]] == ["s1"]
    assert briefing["duplicates"] and briefing["duplicates"][0]["duplicate_of"] == "s1"


def test_demo_writes_both_files_and_prints_paths(tmp_path):
    proc = run("demo", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    html, js = tmp_path / "out" / "briefing.html", tmp_path / "out" / "briefing.json"
    assert html.exists() and js.exists()
    assert str(html) in proc.stdout and str(js) in proc.stdout
    validate(json.loads(js.read_text(encoding="utf-8")))
