"""Throughput of `newsweave brief` beside spaCy alone, on the sample story scaled to N articles.

Prints articles/s and words/s of the whole brief (read + analyse + merge, model already loaded)
and of spaCy alone (nlp.pipe, batched, the same pipeline components) on the same cleaned texts,
in the same run, and the ratio. Target (issue 2): brief >= 70% of spaCy-alone throughput.

    .venv/bin/python bench/brief_speed.py [--articles 500] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from newsweave import nlp as nlp_mod
from newsweave.analyse import analyse_articles
from newsweave.merge import merge_story
from newsweave.pipeline import sample_inputs
from newsweave.read import read_inputs


def scaled_corpus(n: int, folder: Path) -> Path:
    inputs, _ = sample_inputs()
    base = read_inputs(inputs).articles
    path = folder / "scaled.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            a = base[k % len(base)]
            # a distinct copy (exact duplicates would be collapsed): same text, a copy note at the end
            out.write(json.dumps({"id": f"{a.id}-copy{k}", "source": a.source, "title": a.title,
                                  "published": a.published, "url": a.url,
                                  "text": f"{a.text}\n\nArchive copy number {k}."}) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    args = ap.parse_args()
    nlp = nlp_mod.load()
    with tempfile.TemporaryDirectory() as tmp:
        path = scaled_corpus(args.articles, Path(tmp))
        nlp("warm up the pipeline once.")

        t0 = time.perf_counter()
        result = read_inputs([str(path)])
        t1 = time.perf_counter()
        analyses = list(analyse_articles(result.articles, nlp=nlp))
        t2 = time.perf_counter()
        briefing = merge_story(result.articles, analyses, skipped=result.skipped, duplicates=result.duplicates)
        t3 = time.perf_counter()
        texts = [a.text for a in result.articles]
        words = sum(len(t.split()) for t in texts)

        s0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        s1 = time.perf_counter()

    brief_s, spacy_s = t3 - t0, s1 - s0
    n = len(texts)
    print(f"articles: {n}  words: {words}  pipeline components: {','.join(nlp.pipe_names)}")
    print(f"brief:       {brief_s:7.2f} s  {n / brief_s:7.1f} articles/s  {words / brief_s:9.0f} words/s"
          f"   (read {t1 - t0:.2f} s, analyse {t2 - t1:.2f} s, merge {t3 - t2:.2f} s)")
    print(f"spaCy alone: {spacy_s:7.2f} s  {n / spacy_s:7.1f} articles/s  {words / spacy_s:9.0f} words/s")
    ratio = spacy_s / brief_s
    print(f"ratio brief/spaCy throughput: {ratio:.2f}  (target >= 0.70: {'met' if ratio >= 0.7 else 'NOT met'})")
    print(f"briefing: {len(briefing['quotes'])} quotes, {len(briefing['figures'])} figures, "
          f"{len(briefing['events'])} events, {len(briefing['disputes'])} disputes")
    sys.exit(0)


if __name__ == "__main__":
    main()
