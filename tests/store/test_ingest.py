"""``newsweave ingest`` / ``search`` / ``stories``: idempotent ingest, near-duplicates, FTS."""

import gzip
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsweave.errors import InputError
from newsweave.pipeline import SAMPLE_DIR
from newsweave.store import db as store
from newsweave.store.ingest import content_hash, ingest


def _counts(path):
    conn = store.connect(path, create=False)
    try:
        return store.counts(conn), conn.execute("SELECT count(*) FROM lsh").fetchone()[0], \
            conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    finally:
        conn.close()


def test_ingest_twice_adds_nothing(tmp_path, group):
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    first = runner.invoke(group, ["ingest", str(SAMPLE_DIR / "articles"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "8 added" in first.output
    before = _counts(db)
    second = runner.invoke(group, ["ingest", str(SAMPLE_DIR / "articles"), "--db", db])
    assert second.exit_code == 0, second.output
    assert "0 added" in second.output and "8 already stored" in second.output
    assert _counts(db) == before
    assert before[0]["articles"] == 8 and before[2] == 8
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for doc, text, h in conn.execute("SELECT doc, text, hash FROM articles"):
        assert h == content_hash(text)


def test_near_duplicate_linked_across_runs(tmp_path, texts, jsonl):
    db = str(tmp_path / "news.db")
    base = texts(1, 12)
    with gzip.open(tmp_path / "wire.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "orig", "title": "Storm hits port", "source": "Wire",
                            "published": "2026-01-02", "text": base}) + "\n")
        f.write(json.dumps({"id": "other", "title": "Vote", "source": "Wire",
                            "published": "2026-01-02", "text": texts(2, 12)}) + "\n")
    stats = ingest([str(tmp_path / "wire.jsonl.gz")], db)
    assert (stats.added, stats.near_duplicates) == (2, 0)
    # a syndicated copy with a credit line, and an updated version, in a later run
    jsonl(tmp_path / "paper.jsonl", [
        {"id": "copy", "source": "Paper", "published": "2026-01-03", "text": base + " Reporting by Jane Doe."},
        {"id": "update", "source": "Wire", "published": "2026-01-03",
         "text": base + " " + texts(3, 1) + " Updated with the mayor's comment."},
        {"id": "fresh", "source": "Paper", "published": "2026-01-03", "text": texts(4, 12)},
    ])
    stats = ingest([str(tmp_path / "paper.jsonl")], db)
    assert (stats.added, stats.near_duplicates) == (3, 2)
    conn = store.connect(db, create=False)
    rows = {doc: (dup, sim) for doc, dup, sim in conn.execute(
        "SELECT a.doc, o.doc, a.similarity FROM articles a LEFT JOIN articles o ON o.id = a.duplicate_of")}
    assert rows["copy"][0] == "orig" and rows["copy"][1] >= 0.7
    assert rows["update"][0] == "orig"
    assert rows["other"] == (None, None) and rows["fresh"] == (None, None) and rows["orig"] == (None, None)
    conn.close()


def test_search_finds_a_word(tmp_path, group, texts, jsonl):
    db = str(tmp_path / "news.db")
    jsonl(tmp_path / "a.jsonl", [
        {"id": "a1", "title": "Flood in the valley", "source": "Wire", "published": "2026-02-01",
         "text": texts(10) + " Volunteers filled sandbags near Kestrelford."},
        {"id": "a2", "title": "Court ruling", "source": "Paper", "published": "2026-02-02", "text": texts(11)},
    ])
    runner = CliRunner()
    assert runner.invoke(group, ["ingest", str(tmp_path / "a.jsonl"), "--db", db]).exit_code == 0
    res = runner.invoke(group, ["search", "--db", db, "kestrelford"])
    assert res.exit_code == 0, res.output
    assert "a1" in res.output and "Flood in the valley" in res.output and "[Kestrelford]" in res.output
    assert "a2" not in res.output
    res = runner.invoke(group, ["search", "--db", db, "Court", "--format", "jsonl"])
    hits = [json.loads(line) for line in res.output.splitlines()]
    assert hits[0]["doc"] == "a2" and hits[0]["source"] == "Paper" and hits[0]["published"] == "2026-02-02"
    res = runner.invoke(group, ["search", "--db", db, "zebra"])
    assert res.exit_code == 0 and "a1" not in res.output


def test_directory_gz_stdin_and_bad_items(tmp_path, texts, jsonl):
    d = tmp_path / "feed"
    (d / "sub").mkdir(parents=True)
    (d / "one.txt").write_text("Title: One\nSource: Wire\nPublished: 2026-03-01\n\n" + texts(20), encoding="utf-8")
    with gzip.open(d / "sub" / "many.jsonl.gz", "wt", encoding="utf-8") as f:
        for i in range(5):
            f.write(json.dumps({"id": f"m{i}", "text": texts(30 + i)}) + "\n")
        f.write("{not json\n")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "notes.csv").write_text("a,b\n", encoding="utf-8")
    warnings = []
    stats = ingest([str(d)], str(tmp_path / "n.db"), warn=warnings.append)
    assert (stats.read, stats.added, stats.skipped) == (6, 6, 2)
    assert any("line 6" in w for w in warnings) and any("empty.txt" in w for w in warnings)
    assert any("notes.csv" in w for w in warnings)
    stdin = io.StringIO(json.dumps({"id": "s1", "text": texts(40)}) + "\n")
    stats = ingest(["-"], str(tmp_path / "n.db"), stdin=stdin)
    assert stats.added == 1


def test_bad_inputs_are_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest([str(tmp_path / "missing.jsonl")], str(tmp_path / "n.db"))
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="bad.jsonl.gz"):
        ingest([str(bad)], str(tmp_path / "n.db"))
    with pytest.raises(InputError, match="no such archive"):
        store.connect(tmp_path / "none.db", create=False)


def test_duplicate_ids_made_unique(tmp_path, texts, jsonl):
    jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": texts(50)}])
    jsonl(tmp_path / "b.jsonl", [{"id": "x", "text": texts(51)}])
    db = str(tmp_path / "n.db")
    ingest([str(tmp_path / "a.jsonl")], db)
    ingest([str(tmp_path / "b.jsonl")], db)
    conn = store.connect(db, create=False)
    assert sorted(r[0] for r in conn.execute("SELECT doc FROM articles")) == ["x", "x-2"]
    conn.close()


def test_set_stories_and_stories_command(tmp_path, group, texts, jsonl):
    db = str(tmp_path / "n.db")
    jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "title": "Storm nears coast", "source": "Wire", "published": "2026-01-01", "text": texts(60)},
        {"id": "b", "title": "Storm makes landfall", "source": "Paper", "published": "2026-01-03", "text": texts(61)},
        {"id": "c", "title": "Budget vote", "source": "Wire", "published": "2026-01-02", "text": texts(62)},
    ])
    ingest([str(tmp_path / "a.jsonl")], db)
    conn = store.connect(db, create=False)
    assert store.set_stories(conn, {"a": 1, "b": 1, "c": 2}) == 3
    order = [art.id for _, art in store.iter_articles(conn)]
    assert order == ["a", "c", "b"]
    conn.close()
    runner = CliRunner()
    res = runner.invoke(group, ["stories", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows[0] == {"id": 1, "title": "Storm nears coast", "start": "2026-01-01", "end": "2026-01-03",
                       "articles": 2, "sources": 2}
    assert rows[1]["id"] == 2 and rows[1]["articles"] == 1
    res = runner.invoke(group, ["stories", "--db", db])
    assert res.exit_code == 0 and "Storm nears coast" in res.output and "Budget vote" in res.output
    # re-assigning moves an article and updates both stories
    conn = store.connect(db, create=False)
    store.set_stories(conn, [("b", 2)])
    stories = {s["id"]: s for s in store.list_stories(conn)}
    assert stories[1]["articles"] == 1 and stories[2]["articles"] == 2 and stories[2]["end"] == "2026-01-03"
    conn.close()
