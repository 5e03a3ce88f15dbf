"""The archive path end to end through the CLI, as `make test` runs it: ingest -> analyse on a
2-worker local Dask cluster -> cluster --db -> stories -> brief --db --story."""

import json
import subprocess
import sys

from newsweave.pipeline import SAMPLE_DIR
from newsweave.schema import check_offsets, validate


def run(*args):
    return subprocess.run([sys.executable, "-m", "newsweave", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


def ok(proc):
    assert proc.returncode == 0, (proc.returncode, proc.stdout, proc.stderr)
    return proc.stdout


def test_ingest_analyse_cluster_brief(tmp_path):
    db = tmp_path / "news.db"
    out = ok(run("ingest", SAMPLE_DIR / "articles", "--db", db, "--no-progress"))
    assert "8 added" in out
    ok(run("ingest", SAMPLE_DIR / "articles", "--db", db, "--no-progress"))  # idempotent
    out = ok(run("analyse", "--db", db, "--workers", "2", "--no-progress"))
    assert "analysed 8 of 8" in out
    # a low threshold, so that at least one story has several articles to merge
    out = ok(run("cluster", "--db", db, "--threshold", "0.05", "--no-progress"))
    assert "clustered 8 articles (8 with analysed entities)" in out
    stories = [json.loads(line) for line in ok(run("stories", "--db", db, "--format", "jsonl")).splitlines()]
    assert sum(s["articles"] for s in stories) == 8
    big = max(stories, key=lambda s: s["articles"])

    path = tmp_path / "story.json"
    proc = run("brief", "--db", db, "--story", big["id"], "-o", path,
               "--gazetteer", SAMPLE_DIR / "places.tsv")
    ok(proc)
    b = json.loads(path.read_text(encoding="utf-8"))
    validate(b)
    assert check_offsets(b) == []
    assert len(b["documents"]) == big["articles"]
    assert (b["story"]["start"], b["story"]["end"]) == (big["start"], big["end"])
    texts = {d["id"]: d["text"] for d in b["documents"]}
    for item in b["quotes"] + b["figures"] + b["summary"]:
        for c in item.get("citations", [item] if "doc" in item else []):
            assert texts[c["doc"]][c["start"]:c["end"]] == (c.get("text") or texts[c["doc"]][c["start"]:c["end"]])

    md = ok(run("brief", "--db", db, "--story", big["id"]))
    assert md.startswith("#")

    for args in (("--story", 999), ("--story", "x")):
        proc = run("brief", "--db", db, *args)
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        assert proc.returncode == 2 and len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    proc = run("brief", "--story", 1)
    assert proc.returncode == 2 and "--db and --story go together" in proc.stderr
    proc = run("brief", SAMPLE_DIR / "articles", "--db", db, "--story", 1)
    assert proc.returncode == 2 and "not both" in proc.stderr
