"""``newsweave analyse``: in-process, on a 2-worker local Dask cluster, and resumed after SIGKILL."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from newsweave.analyse import analyse_article
from newsweave.store import db as store
from newsweave.store.analyse import count_pending, run_analyse
from newsweave.store.ingest import ingest

RUNNER = """
import sys
from newsweave import cli as C
from newsweave.commands_archive import COMMANDS
for c in COMMANDS:
    C.cli.add_command(c)
if __name__ == "__main__":
    C.main(sys.argv[1:])
"""


def _corpus(tmp_path, jsonl, texts, n):
    rows = [{"id": f"n{i}", "title": f"Report {i}", "source": f"Outlet {i % 3}",
             "published": f"2026-03-{1 + i % 28:02d}",
             "text": f"Mayor Anna Kowalski said on Tuesday that {i + 3} families had left. " + texts(100 + i, 3)}
            for i in range(n)]
    path = jsonl(tmp_path / "corpus.jsonl", rows)
    db = str(tmp_path / "news.db")
    ingest([str(path)], db)
    return db


def _stored(db):
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*), count(DISTINCT article) FROM analyses").fetchone()
    finally:
        conn.close()


def test_analyse_in_process(tmp_path, group, jsonl, texts, nlp):
    db = _corpus(tmp_path, jsonl, texts, 5)
    runner = CliRunner()
    res = runner.invoke(group, ["analyse", "--db", db, "--batch", "2"])
    assert res.exit_code == 0, res.output
    assert "analysed 5 of 5" in res.output
    assert _stored(db) == (5, 5)
    conn = store.connect(db, create=False)
    for art_id, art, found in store.iter_analysed(conn):
        assert found == json.loads(json.dumps(analyse_article(art, nlp=nlp)))
        assert found["doc"] == art.id
        for m in found["mentions"]:
            assert art.text[m["start"]:m["end"]] == m["text"]
    assert count_pending(conn) == 0
    conn.close()
    res = runner.invoke(group, ["analyse", "--db", db])
    assert res.exit_code == 0 and "nothing to analyse" in res.output


def test_analyse_two_worker_local_cluster(tmp_path, jsonl, texts):
    pytest.importorskip("distributed")
    db = _corpus(tmp_path, jsonl, texts, 6)
    stats = run_analyse(db, workers=2, batch=2)
    assert (stats.pending, stats.analysed, stats.failed) == (6, 6, 0)
    assert _stored(db) == (6, 6)
    # same results as in-process
    (tmp_path / "b").mkdir()
    other = _corpus(tmp_path / "b", jsonl, texts, 6)
    run_analyse(other)
    a, b = sqlite3.connect(db), sqlite3.connect(other)
    q = "SELECT x.doc, n.data FROM analyses n JOIN articles x ON x.id = n.article ORDER BY x.doc"
    assert a.execute(q).fetchall() == b.execute(q).fetchall()


def test_analyse_resumes_after_sigkill(tmp_path, jsonl, texts):
    db = _corpus(tmp_path, jsonl, texts, 40)
    script = tmp_path / "runner.py"
    script.write_text(RUNNER, encoding="utf-8")
    cmd = [sys.executable, str(script), "analyse", "--db", db, "--batch", "2", "--no-progress"]
    proc = subprocess.Popen(cmd + ["--throttle", "0.3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                done = _stored(db)[0]
            except sqlite3.OperationalError:  # busy: try again
                pass
            if done >= 4:
                break
            time.sleep(0.02)
        assert proc.poll() is None, proc.communicate()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    killed_at, distinct = _stored(db)
    assert 4 <= killed_at < 40 and distinct == killed_at

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"analysed {40 - killed_at} of {40 - killed_at} pending" in rerun.stdout
    assert _stored(db) == (40, 40)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles a LEFT JOIN analyses n ON n.article = a.id "
                        "WHERE n.article IS NULL").fetchone()[0] == 0
    conn.close()


def test_analyse_on_an_existing_scheduler(tmp_path, jsonl, texts):
    distributed = pytest.importorskip("distributed")
    db = _corpus(tmp_path, jsonl, texts, 3)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        stats = run_analyse(db, scheduler=cluster.scheduler_address, batch=2)
    assert (stats.analysed, stats.failed) == (3, 0)
    assert _stored(db) == (3, 3)


def test_workers_and_scheduler_are_exclusive(tmp_path, group, jsonl, texts):
    db = _corpus(tmp_path, jsonl, texts, 1)
    res = CliRunner().invoke(group, ["analyse", "--db", db, "--workers", "2", "--scheduler", "tcp://x:1"])
    assert res.exit_code != 0 and "not both" in str(res.exception)
    res = CliRunner().invoke(group, ["analyse", "--db", str(tmp_path / "missing.db")])
    assert "no such archive" in str(res.exception)


def test_pipe_chunks_bound_the_characters_parsed_at_once(nlp, texts, monkeypatch):
    """analyse_batch parses at most MAX_PIPE_CHARS of text per nlp.pipe call (a long article
    alone), and the results are those of one big batch."""
    from newsweave.article import Article
    from newsweave.store.analyse import _pipe_chunks, analyse_batch

    arts = [Article(id=f"a{i}", text=texts(i, n)) for i, n in enumerate([3, 40, 2, 2, 60, 1])]
    chunks = list(_pipe_chunks(arts, limit=3000))
    assert [a for c in chunks for a in c] == arts  # every article once, in order
    for c in chunks:
        assert len(c) == 1 or sum(len(a.text) for a in c) <= 3000
    assert any(len(c) > 1 for c in chunks) and any(len(c[0].text) > 3000 for c in chunks)

    import newsweave.store.analyse as mod
    from newsweave.analyse import analyse_articles

    records = [(i, a.to_dict()) for i, a in enumerate(arts)]
    monkeypatch.setattr(mod, "MAX_PIPE_CHARS", 3000)
    calls = []
    real = mod._pipe_chunks
    monkeypatch.setattr(mod, "_pipe_chunks", lambda arts, limit: calls.append(limit) or real(arts, limit))
    got = analyse_batch(records)
    assert calls == [3000]
    want = list(analyse_articles(arts, nlp=nlp, batch_size=len(arts)))
    assert [json.loads(data) for _, data, _ in got] == want
