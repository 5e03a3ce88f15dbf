"""The archive at scale (issue 7): ingest rate, analysis rate with 1 and 2 Dask workers, cluster
rate, and peak memory of the whole run, on a synthetic archive of N articles.

The archive is resampled from real texts: the bundled sample story and, when present, the
timeline17-dev input documents and the multinews-dev source articles of ``--data``
(../shared/data). Each synthetic article takes a base article, drops some of its sentences,
mixes in sentences from other articles of the same source (same outlet and topic), and gets a
date shifted by whole "epochs" (so the archive spans years, as a real one does) plus a few days;
a small share are syndicated copies (a credit line added: near-duplicates) and exact
re-sends (same text: stored once). Written as ``.jsonl.gz`` files of 10,000 lines in a temp dir.

Every stage runs the real CLI in a subprocess (``python -m newsweave ...``):

1. ``ingest DIR --db full.db``: articles read per second (hashing, MinHash LSH, FTS, SQLite).
2. ``analyse`` with ``--workers 1`` and ``--workers 2`` on two copies of one archive of the first
   ``--analyse-n`` articles (the same work twice): analysed articles per second, wall clock
   including the local cluster's start-up, and the rate after start-up (cluster up, model
   loaded in every worker); scaling = rate(2) / rate(1). Target >= 1.8x.
3. ``cluster --db full.db``: articles clustered per second (no analyses in full.db: the
   clusterer's own entity heuristic).

Peak memory: the largest sum of the RSS of this process and all its descendants (sampled
every 0.2 s with psutil), and getrusage's max RSS of the largest single process. Target <= 2 GB.

    .venv/bin/python bench/archive_speed.py                 # 100,000 articles (long: minutes)
    .venv/bin/python bench/archive_speed.py --n 5000 --analyse-n 200   # a quick look
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
FILE_LINES = 10_000

_SENT = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")
_DETOK = [(re.compile(r" ([.,;:!?%)])"), r"\1"), (re.compile(r"([($]) "), r"\1"), (re.compile(r" (n't|'s|'re|'ll|'ve|'d)\b"), r"\1"),
          (re.compile(r"``\s*|\s*''"), '"')]


# ---------------------------------------------------------------------------- base texts

def _detok(line: str) -> str:
    for rx, rep in _DETOK:
        line = rx.sub(rep, line)
    return " ".join(line.split())


def _sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        out.extend(s.strip() for s in _SENT.split(para) if s.strip())
    return out


def load_bases(data: Path) -> dict[str, list[dict]]:
    """``{group: [{"source", "title", "published", "sentences"}]}``; a group is one outlet on one
    topic, the pool sentences are mixed within."""
    from newsweave.pipeline import sample_inputs
    from newsweave.read import read_inputs

    groups: dict[str, list[dict]] = defaultdict(list)
    for a in read_inputs(sample_inputs()[0]).articles:
        groups["sample"].append({"source": a.source, "title": a.title, "published": a.published,
                                 "sentences": _sentences(a.text)})
    t17 = data / "timeline17-dev"
    if t17.is_dir():
        for folder in sorted(p for p in t17.iterdir() if (p / "InputDocs").is_dir()):
            outlet = folder.name.rsplit("_", 1)[-1]
            for day in sorted((folder / "InputDocs").iterdir()):
                for f in sorted(day.glob("*.txt")):
                    lines = [_detok(x) for x in f.read_text(encoding="utf-8", errors="replace").splitlines()]
                    sents = [x for x in lines if len(x.split()) >= 4]
                    if len(sents) < 3:
                        continue
                    groups[folder.name].append({"source": outlet, "title": " ".join(sents[0].split()[:10]),
                                                "published": day.name, "sentences": sents})
    mn = data / "multinews-dev" / "multi_news.dev100.jsonl"
    if mn.is_file():
        for i, line in enumerate(mn.read_text(encoding="utf-8").splitlines()):
            ctx = json.loads(line).get("context", "")
            for j, passage in enumerate(re.split(r"Passage \d+:\n", ctx)):
                sents = _sentences(passage.replace("NEWLINE_CHAR", "\n"))
                if len(sents) >= 3:
                    groups[f"multinews-{i}"].append({"source": f"outlet-{i % 17}-{j}", "title": "",
                                                     "published": None, "sentences": sents})
    return {g: arts for g, arts in groups.items() if arts}


def synthesise(bases: dict[str, list[dict]], n: int, out_dir: Path, subset_n: int, seed: int = 7) -> dict:
    """Write ``n`` articles as part-*.jsonl.gz in ``out_dir`` and the first ``subset_n`` distinct
    ones to subset.jsonl.gz beside it; returns counts."""
    rng = random.Random(seed)
    names = sorted(bases)
    weights = [len(bases[g]) for g in names]
    total_bases = sum(weights)
    start = date(2005, 1, 1)
    recent: list[dict] = []
    stats = {"articles": 0, "copies": 0, "resends": 0, "groups": len(names), "base_articles": total_bases}
    out_dir.mkdir(parents=True, exist_ok=True)
    part = None
    subset = gzip.open(out_dir.parent / "subset.jsonl.gz", "wt", encoding="utf-8", compresslevel=1)
    for k in range(n):
        if k % FILE_LINES == 0:
            if part:
                part.close()
            part = gzip.open(out_dir / f"part-{k // FILE_LINES:04d}.jsonl.gz", "wt", encoding="utf-8", compresslevel=1)
        roll = rng.random()
        if recent and roll < 0.01:  # an exact re-send of a recent article
            row = dict(rng.choice(recent), id=f"syn{k}")
            stats["resends"] += 1
        elif recent and roll < 0.04:  # a syndicated copy: same text, a credit line, another outlet
            orig = rng.choice(recent)
            row = dict(orig, id=f"syn{k}", source=f"{orig['source']}-syndication",
                       text=orig["text"] + "\n\n(Distributed by a news agency.)")
            stats["copies"] += 1
        else:
            g = rng.choices(names, weights)[0]
            pool = bases[g]
            base = rng.choice(pool)
            sents = [s for s in base["sentences"] if rng.random() < 0.75] or base["sentences"][:3]
            for _ in range(max(1, len(sents) // 3)):
                donor = rng.choice(pool)["sentences"]
                sents.insert(rng.randrange(len(sents) + 1), rng.choice(donor))
            for _ in range(len(sents) // 5):  # a few swaps: the same facts in another order
                i, j = rng.randrange(len(sents)), rng.randrange(len(sents))
                sents[i], sents[j] = sents[j], sents[i]
            paras = ["\n\n".join(" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3))]
            epoch = k // max(total_bases, 1)  # each pass over the bases: a later period
            d0 = date.fromisoformat(base["published"]) if base["published"] else start + timedelta(days=(k // 50) % 3650)
            pub = d0 + timedelta(days=400 * epoch + rng.randint(0, 2))
            row = {"id": f"syn{k}", "source": base["source"], "title": base["title"],
                   "published": pub.isoformat(), "text": paras[0]}
            recent.append(row)
            if len(recent) > 200:
                recent.pop(0)
        line = json.dumps(row, ensure_ascii=False) + "\n"
        part.write(line)
        if k < subset_n:
            subset.write(line)
        stats["articles"] += 1
    if part:
        part.close()
    subset.close()
    return stats


# ---------------------------------------------------------------------------- measuring

class PeakRSS:
    """Peak of the summed RSS of this process and all its descendants, sampled in a thread."""

    def __init__(self, every: float = 0.2):
        import psutil

        self.psutil, self.every, self.peak, self._stop = psutil, every, 0, threading.Event()
        self.me = psutil.Process()
        self.stage_peak = 0
        self._t = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> int:
        total = 0
        try:
            procs = [self.me, *self.me.children(recursive=True)]
        except self.psutil.Error:
            procs = [self.me]
        for p in procs:
            try:
                total += p.memory_info().rss
            except self.psutil.Error:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            v = self.sample()
            self.peak = max(self.peak, v)
            self.stage_peak = max(self.stage_peak, v)
            self._stop.wait(self.every)

    def start(self):
        self._t.start()
        return self

    def stop(self):
        self._stop.set()
        self._t.join()


def newsweave(*args) -> tuple[str, float]:
    """Run the CLI; (stdout, wall seconds). Exits with its stderr on failure."""
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "newsweave", *map(str, args)], capture_output=True, text=True)
    secs = time.monotonic() - t0
    if proc.returncode != 0:
        sys.exit(f"newsweave {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout, secs


def copy_db(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles in the synthetic archive (default 100,000)")
    ap.add_argument("--analyse-n", type=int, default=2000, help="articles analysed with 1 and with 2 workers")
    ap.add_argument("--data", type=Path, default=DATA, help="shared data folder (timeline17-dev, multinews-dev)")
    ap.add_argument("--tmp", type=Path, default=None, help="work folder (default: a fresh temp dir, removed after)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--skip-analyse", action="store_true")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="archive-speed-", dir=args.tmp))
    mem = PeakRSS().start()
    try:
        t0 = time.monotonic()
        bases = load_bases(args.data)
        syn = synthesise(bases, args.n, tmp / "archive", min(args.analyse_n, args.n))
        gz_mb = sum(p.stat().st_size for p in (tmp / "archive").glob("*.gz"))
        print(f"synthetic archive: {syn['articles']:,} articles from {syn['base_articles']:,} base texts in "
              f"{syn['groups']} source groups ({syn['copies']:,} syndicated copies, {syn['resends']:,} exact "
              f"re-sends), {_mb(gz_mb)} of .jsonl.gz, built in {time.monotonic() - t0:.1f} s")

        full = tmp / "full.db"
        mem.stage_peak = 0
        out, secs = newsweave("ingest", tmp / "archive", "--db", full, "--no-progress")
        read = int(re.search(r"read (\d+) articles", out).group(1))
        print(f"ingest:   {read:,} articles in {secs:.1f} s = {read / secs:,.0f} articles/s   "
              f"[{out.splitlines()[0]}] (peak RSS {_mb(mem.stage_peak)}; archive {_mb(full.stat().st_size)})")

        if not args.skip_analyse:
            sub = tmp / "subset.db"
            newsweave("ingest", tmp / "subset.jsonl.gz", "--db", sub, "--no-progress")
            rates = {}
            for w in (1, 2):
                db = tmp / f"subset-{w}.db"
                copy_db(sub, db)
                mem.stage_peak = 0
                out, secs = newsweave("analyse", "--db", db, "--workers", w, "--no-progress")
                m = re.search(r"analysed (\d+) of (\d+) pending articles in ([\d.]+) s .*?start-up ([\d.]+) s", out)
                done, pending, inner, startup = int(m.group(1)), int(m.group(2)), float(m.group(3)), float(m.group(4))
                rates[w] = (done / secs, done / max(inner - startup, 1e-9))
                print(f"analyse --workers {w}: {done:,}/{pending:,} articles in {secs:.1f} s wall = {rates[w][0]:.2f}/s; "
                      f"{rates[w][1]:.2f}/s after {startup:.1f} s start-up (peak RSS {_mb(mem.stage_peak)})")
            print(f"scaling 1 -> 2 workers: {rates[2][0] / rates[1][0]:.2f}x wall, "
                  f"{rates[2][1] / rates[1][1]:.2f}x after start-up (target >= 1.8x)")

        mem.stage_peak = 0
        out, secs = newsweave("cluster", "--db", full, "--no-progress")
        m = re.search(r"clustered (\d+) articles .*? into (\d+) stories", out)
        n_cl, n_st = int(m.group(1)), int(m.group(2))
        print(f"cluster:  {n_cl:,} articles (originals) into {n_st:,} stories in {secs:.1f} s = "
              f"{n_cl / secs:,.0f} articles/s (peak RSS {_mb(mem.stage_peak)})")
    finally:
        mem.stop()
        if args.keep:
            print(f"work folder kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak memory: {_mb(mem.peak)} (sum of this process and its descendants, sampled); "
          f"largest single process {_mb(max(self_kb, child_kb) * 1024)} (target <= 2 GB for the whole run)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
