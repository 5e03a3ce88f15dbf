"""How far two people agree when they annotate the same story: the ceiling of bench/disputes.py.

A second annotator, who never saw a story's gold or its README, annotated the figures and
disputes of some bundled stories again from the cleaned texts, `docs/figure-kinds.md` and one
worked example (the entity names were given, so that reporters are spelt alike). This script scores
the second annotation against the story's gold with exactly the matching of ``bench/disputes.py``
(the second annotation plays the part of the briefing), so the two sets of figures can be set side
by side: if two careful people agree on only 85 % of the figures, no rule will score 95 % on a
story it has never seen.

    .venv/bin/python bench/agreement.py             # every story that has a second annotation
    .venv/bin/python bench/agreement.py --errors    # and every figure the two disagree on
    .venv/bin/python bench/agreement.py --against-extraction   # also score newsweave's briefing
                                                                # (and its precision against either annotation)

Second annotations live in ``bench/agreement/<story>.json`` (figures and disputes, gold schema).

Caveat: the writers of the stories and the second annotators were helpers of the same kind (one
language model, separate sessions, no shared notes), so their agreement is an upper bound on what
two independent people would reach; it says the gold follows the written conventions closely
enough to be reproduced, not that every reader would read them alike.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from disputes import _sentence, _sentence_span, score_disputes, score_figures  # noqa: E402

from newsweave.evaluate import load_gold  # noqa: E402
from newsweave.pipeline import SAMPLE_DIR  # noqa: E402
from newsweave.read import read_inputs  # noqa: E402

SECOND = Path(__file__).parent / "agreement"
SAMPLES = SAMPLE_DIR.parent / "samples"


def as_briefing(second: dict, documents: list[dict]) -> dict:
    """The second annotation in the shape the scorers read: each figure and each dispute side cites
    the sentence its ``contains`` lies in."""
    briefing = {"documents": documents, "entities": [], "figures": [], "disputes": []}
    for i, f in enumerate(second.get("figures", [])):
        span = _sentence_span(briefing, f["doc"], f["contains"])
        if span is None:
            raise SystemExit(f"second annotation: {f['contains']!r} is not in {f['doc']}")
        briefing["figures"].append({"id": f"b{i}", "doc": f["doc"], "start": span[0], "end": span[1],
                                    "text": f["contains"], "value": f["value"], "kind": f["kind"],
                                    "reported_by": {"name": f["reported_by"]} if f.get("reported_by") else None})
    for i, d in enumerate(second.get("disputes", [])):
        positions = []
        for side in d["sides"]:
            span = _sentence_span(briefing, side["doc"], side["contains"])
            if span is None:
                raise SystemExit(f"second annotation: {side['contains']!r} is not in {side['doc']}")
            positions.append({"party": {"name": side["party"]},
                              "citations": [{"doc": side["doc"], "start": span[0], "end": span[1]}]})
        briefing["disputes"].append({"id": f"d{i}", "topic": d["topic"], "positions": positions})
    return briefing


def _line(label: str, s: dict) -> str:
    return (f"{label:<10} gold {s['gold']:3d}  found {s['found']:3d}  "
            f"precision {s['precision']:.2f}  recall {s['recall']:.2f}")


def _loose(briefing: dict, gold: dict) -> dict:
    """Value and kind only (the reporter not asked), as in bench/disputes.py's parenthesis."""
    unparty = {**gold, "figures": [{**g, "reported_by": None} for g in gold.get("figures", [])]}
    found = {**briefing, "figures": [{**f, "reported_by": None} for f in briefing["figures"]]}
    return score_figures(found, unparty)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every figure the two annotations disagree on")
    ap.add_argument("--against-extraction", action="store_true",
                    help="also score newsweave's briefing of the same story, for comparison")
    args = ap.parse_args()
    nlp = None
    totals = {"agree": [0, 0, 0], "extract": [0, 0, 0], "either": [0, 0, 0]}
    for path in sorted(SECOND.glob("*.json")):
        folder = SAMPLES / path.stem
        gold = load_gold(folder / "gold.json")
        second = json.loads(path.read_text(encoding="utf-8"))
        documents = [{"id": a.id, "text": a.text} for a in read_inputs([str(folder / "articles")]).articles]
        b = as_briefing(second, documents)
        f, d = score_figures(b, gold), score_disputes(b, gold)
        loose = _loose(b, gold)
        print(f"== {path.stem}: second annotator against the gold")
        print(_line("disputes", d))
        print(_line("figures", f) + f"  (value+kind only: precision {loose['precision']:.2f}  recall {loose['recall']:.2f})")
        totals["agree"][0] += f["gold"] - len(f["missed"])
        totals["agree"][1] += f["gold"]
        totals["agree"][2] += f["found"]
        if args.against_extraction:
            from newsweave.nlp import load
            from newsweave.pipeline import brief

            nlp = nlp or load()
            found = brief([str(folder / "articles")], gazetteer=folder / "places.tsv", nlp=nlp)
            fe = score_figures(found, gold)
            # a figure the gold lacks but the second annotator has is one a careful reader would give too
            either = score_figures({**found, "figures": fe["false_positives"]}, second)
            n_either = fe["gold"] - len(fe["missed"]) + either["gold"] - len(either["missed"])
            print(_line("newsweave", fe) + "  (figures, for comparison; precision against either "
                  f"annotation {n_either / fe['found'] if fe['found'] else 1.0:.2f})")
            totals["either"][0] += n_either
            totals["extract"][0] += fe["gold"] - len(fe["missed"])
            totals["extract"][1] += fe["gold"]
            totals["extract"][2] += fe["found"]
        if args.errors:
            for g in f["missed"]:
                print(f"  only gold  {g['doc']}: {g['value']:g} {g['kind']} by {g.get('reported_by') or '-'} ({g['contains']!r})")
            for x in f["false_positives"]:
                print(f"  only 2nd   {x['doc']}: {x['value']:g} {x['kind']} by {(x.get('reported_by') or {}).get('name') or '-'} "
                      f"({x['text']!r}) in: {_sentence(b, x['doc'], x['start'], x['end'])}")
    for key, label in (("agree", "second annotator"), ("extract", "newsweave")):
        hit, n_gold, n_found = totals[key]
        if n_gold:
            print(f"== all stories, {label}: figures gold {n_gold}  found {n_found}  "
                  f"precision {hit / n_found:.2f}  recall {hit / n_gold:.2f}")
    if totals["extract"][2]:
        print(f"== all stories, newsweave: figure precision against either annotation "
              f"{totals['either'][0] / totals['extract'][2]:.2f}")


if __name__ == "__main__":
    main()
