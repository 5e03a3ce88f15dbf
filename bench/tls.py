"""Timeline summarization on Timeline17 (dev copy): newsweave's merged timeline vs the references.

For each topic folder (``<topic>_<source>``) the input articles (``InputDocs/<date>/*.htm.txt``,
published on the folder date; Penn-Treebank escapes such as ``-LRB-`` undone) are
analysed and merged with ``merge.timeline.build_timeline``;
``select_timeline`` then keeps as many dates as the reference timeline has (as news-tls does),
with the reference's mean number of sentences per date, day-precision dates only, inside the
reference's time span (news-tls also restricts the collection to it); the chosen sentences are
tokenized with spaCy's tokenizer like the references. Scored with the tilse
package (``reimpl`` ROUGE, no Perl): date F1, concat ROUGE-1/2 F, agreement ROUGE-1/2 F and
align+ m:1 (``align_date_content_costs_many_to_one``) ROUGE-1/2 F, averaged over timelines as
news-tls reports them.

Runtime: at most ``--max-articles`` articles per topic (default 150), taken evenly across the
publication dates, since the spaCy parse dominates. Prints seconds per topic.

Usage: .venv/bin/python bench/tls.py [--max-articles N] [--topics bpoil_bbc,...] [--cache /tmp/DIR]
(``--cache`` keeps the spaCy parses, so that reruns while tuning the merge are quick.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "timeline17-dev"


def read_references(topic: Path) -> list[tuple[str, dict]]:
    """``timelines.jsonl`` (news-tls's copy of the reference timelines: the same as
    ``timelines/*.txt`` minus one malformed date, "2011-04-0" in MJ_bbc) -> [(name, {date: [sentences]})]."""
    out = []
    lines = (topic / "timelines.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(ln for ln in lines if ln.strip()):
        tl: dict = {}
        for d, sents in json.loads(line):
            tl.setdefault(dt.date.fromisoformat(d[:10]), []).extend(s.strip() for s in sents if s.strip())
        out.append((f"{topic.name}/{i}", tl))
    return out


PTB = (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
       ("``", '"'), ("''", '"'), ("\\/", "/"), ("\\*", "*"))


def untokenize(text: str) -> str:
    """The input articles come Penn-Treebank-escaped ("-LRB- Reuters -RRB-", "`` ... ''"):
    give newsweave the plain characters it reads in real news (tokens stay space-separated)."""
    for a, b in PTB:
        text = text.replace(a, b)
    return text


def read_articles(topic: Path, cap: int):
    from newsweave.article import Article

    files = sorted((topic / "InputDocs").glob("*/*.txt"))
    if cap and len(files) > cap:
        step = len(files) / cap
        files = [files[int(i * step)] for i in range(cap)]
    arts = []
    for f in files:
        text = untokenize(f.read_text(encoding="utf-8", errors="replace").strip())
        if not text:
            continue
        arts.append(Article(id=f"{f.parent.name}/{f.stem}", text=text, source=topic.name,
                            published=f.parent.name, input=str(f)))
    return arts


def analyse_cached(arts, nlp, name: str, args) -> list[dict]:
    """Parse once, keep the Docs in ``args.cache``; always re-run the analysis components."""
    from spacy.tokens import DocBin

    from newsweave.analyse import analyse_doc

    path = Path(args.cache) / f"{name}-{args.max_articles}.spacy"
    docs = None
    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] != [a.text for a in arts]:
            docs = None
    if docs is None:
        docs = list(nlp.pipe((a.text for a in arts), batch_size=32))
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return [analyse_doc(doc, a) for a, doc in zip(arts, docs)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-articles", type=int, default=150, help="articles per topic (0: all)")
    ap.add_argument("--topics", default="", help="comma-separated topic folders (default: all)")
    ap.add_argument("--cache", default="", help="folder to keep the spaCy parses in (DocBin), so that a "
                    "rerun only re-runs the cheap analysis components (secs then excludes the parse)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skip: {DATA} is absent (Timeline17 not available)")
        return 0
    try:
        from tilse.data.timelines import GroundTruth, Timeline as TilseTimeline
        from tilse.evaluation import rouge
    except ImportError:
        print("skip: the tilse package is not installed (.venv/bin/pip install tilse)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from newsweave.analyse import analyse_articles
    from newsweave.merge.timeline import build_timeline, select_timeline
    from newsweave.nlp import load

    nlp = load()
    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    topics = sorted(p for p in DATA.iterdir() if (p / "timelines.jsonl").is_file())
    if args.topics:
        want = set(args.topics.split(","))
        topics = [t for t in topics if t.name in want]
    keys = ["date_f1", "concat_r1", "concat_r2", "agree_r1", "agree_r2", "align_r1", "align_r2"]
    rows = []
    print(f"Timeline17 dev: {len(topics)} topic folders, at most {args.max_articles or 'all'} articles each")
    print(f"{'timeline':34s} {'arts':>4s} {'secs':>6s} " + " ".join(f"{k:>9s}" for k in keys))
    for topic in topics:
        t0 = time.perf_counter()
        arts = read_articles(topic, args.max_articles)
        analyses = analyse_cached(arts, nlp, topic.name, args) if args.cache else \
            list(analyse_articles(arts, nlp=nlp))
        documents = [{"id": a.id, "source": a.source, "published": a.published, "text": a.text} for a in arts]
        events = build_timeline(documents, analyses, {}, None)
        secs = time.perf_counter() - t0
        for label, ref in read_references(topic):
            start, end = min(ref), max(ref)
            n_dates = len(ref)
            per_date = max(1, round(sum(len(v) for v in ref.values()) / n_dates))
            inside = [e for e in events if e["precision"] == "day"
                      and start <= dt.date.fromisoformat(e["date"]) <= end]
            chosen = select_timeline(inside, n_dates, per_date, include_background=True, day_only=True)
            pred: dict = {}
            for e in chosen:
                # the references are tokenized and tilse splits on spaces: tokenize ours alike
                sent = " ".join(t.text for t in nlp.tokenizer(e["summary"]) if not t.is_space)
                pred.setdefault(dt.date.fromisoformat(e["date"]), []).append(sent)
            pred_tl = TilseTimeline(pred)
            gt = GroundTruth([TilseTimeline(ref)])
            shared = len(set(pred) & set(ref))
            p = shared / len(pred) if pred else 0.0
            r = shared / len(ref)
            row = {"date_f1": 2 * p * r / (p + r) if p + r else 0.0}
            for name, fn in (("concat", evaluator.evaluate_concat), ("agree", evaluator.evaluate_agreement),
                             ("align", evaluator.evaluate_align_date_content_costs_many_to_one)):
                res = fn(pred_tl, gt)
                row[f"{name}_r1"] = res["rouge_1"]["f_score"]
                row[f"{name}_r2"] = res["rouge_2"]["f_score"]
            rows.append(row)
            print(f"{label:34s} {len(arts):4d} {secs:6.1f} " + " ".join(f"{row[k]:9.3f}" for k in keys),
                  flush=True)
    if rows:
        mean = {k: sum(r[k] for r in rows) / len(rows) for k in keys}
        print(f"{'MEAN over ' + str(len(rows)) + ' timelines':34s} {'':4s} {'':6s} "
              + " ".join(f"{mean[k]:9.3f}" for k in keys))
        print("targets: date F1 >= 0.55, align+ m:1 ROUGE-1 F >= 0.12 "
              "(news-tls DATEWISE on T17: 0.544 / 0.120)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
