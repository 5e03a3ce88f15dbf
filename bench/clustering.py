"""Story clustering (newsweave.cluster) against gold events: B-cubed and pairwise P/R/F1, articles/s.

Data (relative to the repo root; a missing set is skipped with a message):

* ``../shared/data/ecbplus-dev/ECB+/<topic>/<topic>_<n>ecb.xml | ..ecbplus.xml`` -- 772 news texts,
  33 topics (the dev split); within a topic the ``ecb`` and ``ecbplus`` files are two different real-world events,
  so the gold story is topic + sub-topic (66 stories). All documents of all topics go in as ONE
  stream. The texts are the XML tokens joined per sentence; the ``ecbplus`` files' sentence 0
  (the page URL) is dropped, so URLs give nothing away. ECB+ has no publication dates: the stream
  is a seeded random shuffle (``--seed``; ``--seeds N`` averages N orders) and the articles carry
  no date, so no time decay applies.
* ``../shared/data/uci-news-slice/uci-news-aggregator.csv`` -- 6,366 headlines (2014-03-10..12)
  with Google News STORY ids as gold; headline only (no bodies), ordered by TIMESTAMP, which is
  passed as the publication time (so the decay acts on hours).

Scores are those of the final stories (``StoryClusterer.finish()`` after the stream, as
``newsweave.cluster.cluster`` returns them); the line "ids as add() returned them" gives the
pure online pass for comparison. Speed includes the refinement passes.

The join decision is the clusterer's default (``newsweave.cluster.JOIN_MODEL``: None, the
threshold rule, as of Nov 2026). bench/fit_cluster.py fits the optional learned decision and
scores it on held-out folds; with ``--model`` this bench loads a model printed by it
(``--model "(None, ((...), b))"``); its figures here are then in-sample, not a held-out score.

The event split (``StoryClusterer(event_split=...)``, see its ``_event_split``) is on by default;
``--event-split none`` turns it off, ``--event-split 0.75,0.1`` sets its (names, figures) cover
limits. Its held-out check is ``bench/fit_cluster.py --event-cv``.

The refinements added in Dec 2026 (see StoryClusterer: ``event_cut``, ``evidence_merge``,
``keep_apart``) are on by default; ``--event-cut none --evidence-merge none --no-keep-apart``
gives the clusterer before them. Their held-out check is ``bench/fit_cluster.py --refine-cv``.

Two more in Dec 2026 (StoryClusterer ``move_model``, ``absorb``): the move step decides a
headline's move by the learned join model, and finish() absorbs fragments into the story they
nearly fit; ``--no-move-model --absorb none`` turns them off. Held-out checks:
``bench/fit_cluster.py --move-only --no-final`` and ``bench/fit_cluster.py --refine-cv absorb``.

Usage: .venv/bin/python bench/clustering.py [--threshold T] [--weights W,E,T] [--half-life D]
       [--seeds N] [--only ecb|uci] [--model LITERAL] [--event-split none|N,F]
       [--event-cut none|N,F] [--evidence-merge none|S,F,R] [--no-keep-apart]
       [--no-move-model] [--absorb none|R,N]
"""

from __future__ import annotations

import argparse
import ast
import csv
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.cluster import StoryClusterer  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
ECB = DATA / "ecbplus-dev" / "ECB+"
UCI = DATA / "uci-news-slice" / "uci-news-aggregator.csv"

_TOK = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')
_UNSPACE = [(re.compile(r" ([,.;:!?%)\]}])"), r"\1"), (re.compile(r"([(\[{$]) "), r"\1"),
            (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b"), r"\1"), (re.compile(r"`` | ''"), '"')]


def load_ecb():
    """[(doc id, text, gold)] for every ECB+ document."""
    docs = []
    for path in sorted(ECB.glob("*/*.xml")):
        m = re.match(r"(\d+)_(\d+)(ecbplus|ecb)\.xml$", path.name)
        if not m:
            continue
        sents: dict[int, list[str]] = defaultdict(list)
        for s, tok in _TOK.findall(path.read_text(encoding="utf-8")):
            sents[int(s)].append(tok.replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'"))
        lines = []
        for s in sorted(sents):
            line = " ".join(sents[s])
            if m.group(3) == "ecbplus" and s == 0 and line.startswith("http"):
                continue
            for pat, rep in _UNSPACE:
                line = pat.sub(rep, line)
            lines.append(line)
        docs.append((path.stem, "\n".join(lines), f"{m.group(1)}{m.group(3)}"))
    return docs


def load_uci():
    """[(id, headline, gold story, timestamp in days)] in timestamp order (truncated row dropped)."""
    rows = []
    with UCI.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if not r.get("TIMESTAMP") or not r["TIMESTAMP"].isdigit() or not r.get("STORY"):
                continue
            rows.append((r["ID"], r["TITLE"], r["STORY"], int(r["TIMESTAMP"]) / 86_400_000))
    rows.sort(key=lambda r: (r[3], int(r[0])))
    return rows


def scores(pred: dict, gold: dict) -> dict:
    """B-cubed and pairwise precision/recall/F1 of ``pred`` against ``gold`` (id -> cluster)."""
    ids = list(gold)
    pc, gc = Counter(pred[i] for i in ids), Counter(gold[i] for i in ids)
    both = Counter((pred[i], gold[i]) for i in ids)
    bp = sum(both[(pred[i], gold[i])] / pc[pred[i]] for i in ids) / len(ids)
    br = sum(both[(pred[i], gold[i])] / gc[gold[i]] for i in ids) / len(ids)
    pairs = lambda n: n * (n - 1) / 2  # noqa: E731
    tp = sum(pairs(n) for n in both.values())
    pp = tp / (sum(pairs(n) for n in pc.values()) or 1)
    pr = tp / (sum(pairs(n) for n in gc.values()) or 1)
    f = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0  # noqa: E731
    return {"b3_p": bp, "b3_r": br, "b3_f": f(bp, br), "pw_p": pp, "pw_r": pr, "pw_f": f(pp, pr),
            "pred": len(pc), "gold": len(gc)}


def make(args) -> StoryClusterer:
    extra = {} if args.model is None else {"model": ast.literal_eval(args.model)}
    if args.event_split is not None:
        extra["event_split"] = None if args.event_split == "none" else tuple(
            float(x) for x in args.event_split.split(","))
    for name in ("event_cut", "evidence_merge"):
        value = getattr(args, name)
        if value is not None:
            extra[name] = None if value == "none" else tuple(float(x) for x in value.split(","))
    if args.no_keep_apart:
        extra["keep_apart"] = False
    if args.no_move_model:
        extra["move_model"] = False
    if args.absorb is not None:
        extra["absorb"] = None if args.absorb == "none" else tuple(
            t(x) for t, x in zip((float, int), args.absorb.split(",")))
    return StoryClusterer(**extra, threshold=args.threshold, short_threshold=args.short_threshold,
                          weights=tuple(float(x) for x in args.weights.split(",")),
                          half_life=args.half_life, top_k=args.top_k, refine=not args.no_refine,
                          split_threshold=args.split_threshold, merge_threshold=args.merge_threshold)


def final(c: StoryClusterer, online: dict) -> dict:
    """The stories after the clusterer's refinement passes (``finish``), as :func:`cluster` returns."""
    out = dict(online)
    out.update(c.finish())
    return out


def run_ecb(args):
    if not ECB.is_dir():
        print(f"ecbplus-dev: skipped ({ECB} not found)")
        return None
    docs = load_ecb()
    gold = {d[0]: d[2] for d in docs}
    results, online, secs = [], [], 0.0
    for seed in range(args.seed, args.seed + args.seeds):
        order = docs[:]
        random.Random(seed).shuffle(order)
        c = make(args)
        t0 = time.perf_counter()
        pred = {doc_id: c.add(doc_id, text, None, None) for doc_id, text, _ in order}
        refined = final(c, pred)
        secs += time.perf_counter() - t0
        online.append(scores(pred, gold))
        results.append(scores(refined, gold))
    mean = {k: sum(r[k] for r in results) / len(results) for k in results[0]}
    report("ecbplus-dev", f"{len(docs)} docs, one shuffled stream, no dates; "
           f"mean of {args.seeds} order(s) from seed {args.seed}", mean, len(docs) * args.seeds / secs)
    print(f"  online    B-cubed F1 {sum(r['b3_f'] for r in online) / len(online):.3f} "
          "(ids as add() returned them, before the refinement passes)")
    if args.seeds > 1:
        print(f"  B-cubed F1 per order: min {min(r['b3_f'] for r in results):.3f}, "
              f"max {max(r['b3_f'] for r in results):.3f}")
    return mean


def run_uci(args):
    if not UCI.is_file():
        print(f"uci-news-slice: skipped ({UCI} not found)")
        return None
    rows = load_uci()
    gold = {r[0]: r[2] for r in rows}
    c = make(args)
    t0 = time.perf_counter()
    pred = {i: c.add(i, title, None, ts) for i, title, _, ts in rows}
    refined = final(c, pred)
    secs = time.perf_counter() - t0
    s = scores(refined, gold)
    report("uci-news-slice", f"{len(rows)} headlines in timestamp order", s, len(rows) / secs)
    print(f"  online    B-cubed F1 {scores(pred, gold)['b3_f']:.3f} "
          "(ids as add() returned them, before the refinement passes)")
    return s


def report(name, what, s, rate):
    print(f"{name}: {what}")
    print(f"  stories: {s['pred']:.0f} predicted, {s['gold']:.0f} gold")
    print(f"  B-cubed   P {s['b3_p']:.3f}  R {s['b3_r']:.3f}  F1 {s['b3_f']:.3f}")
    print(f"  pairwise  P {s['pw_p']:.3f}  R {s['pw_r']:.3f}  F1 {s['pw_f']:.3f}")
    print(f"  speed     {rate:,.0f} articles/s")


def main(argv=None):
    d = StoryClusterer()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=d.threshold)
    ap.add_argument("--weights", default=",".join(str(w) for w in d.weights), help="keyword,entity,title")
    ap.add_argument("--half-life", type=float, default=d.half_life, help="days")
    ap.add_argument("--top-k", type=int, default=d.top_k)
    ap.add_argument("--short-threshold", type=float, default=d.short_threshold)
    ap.add_argument("--split-threshold", type=float, default=d.split_threshold)
    ap.add_argument("--merge-threshold", type=float, default=d.merge_threshold)
    ap.add_argument("--event-split", help='"NAMES,FIGURES" cover limits of the event split, or "none" '
                    f"(default: {d.event_split})")
    ap.add_argument("--event-cut", help='"NAMES,FIGURES" cover limits of the event split\'s normalised-cut '
                    f'fallback, or "none" (default: {d.event_cut})')
    ap.add_argument("--evidence-merge", help='"SIM,FIGURES,RATIO" of the figure-evidence merge, or "none" '
                    f"(default: {d.evidence_merge})")
    ap.add_argument("--no-keep-apart", action="store_true",
                    help="let the move and merge steps undo event splits freely")
    ap.add_argument("--no-move-model", action="store_true",
                    help="the move step decides by the threshold rule for headlines too")
    ap.add_argument("--absorb", help='"RATIO,SIZE" of the fragment absorption of finish(), or "none" '
                    f"(default: {d.absorb})")
    ap.add_argument("--no-refine", action="store_true", help="online pass only (no split/move/merge passes)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--only", choices=["ecb", "uci"])
    ap.add_argument("--model", help="a JOIN_MODEL literal as bench/fit_cluster.py prints it, or None")
    args = ap.parse_args(argv)
    print(f"StoryClusterer(threshold={args.threshold}, short_threshold={args.short_threshold}, weights=({args.weights}), "
          f"half_life={args.half_life}, top_k={args.top_k}, refine={not args.no_refine}, "
          f"split_threshold={args.split_threshold}, merge_threshold={args.merge_threshold}, "
          f"event_split={d.event_split if args.event_split is None else args.event_split}, "
          f"event_cut={d.event_cut if args.event_cut is None else args.event_cut}, "
          f"evidence_merge={d.evidence_merge if args.evidence_merge is None else args.evidence_merge}, "
          f"keep_apart={d.keep_apart and not args.no_keep_apart}, "
          f"move_model={d.move_model and not args.no_move_model}, "
          f"absorb={d.absorb if args.absorb is None else args.absorb}"
          + ("" if args.model is None else f", model={args.model}") + ")")
    if args.only in (None, "ecb"):
        run_ecb(args)
    if args.only in (None, "uci"):
        run_uci(args)


if __name__ == "__main__":
    main()
