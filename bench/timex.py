"""Temporal tagger on TempEval-3 train (TimeBank + AQUAINT, TimeML TIMEX3 gold).

The document creation time is the TIMEX3 with functionInDocument="CREATION_TIME"; only the
TIMEX3s inside <TEXT> are scored. Scoring follows the official TempEval-3 scorer:
strict = identical span, relaxed = overlapping span (one-to-one), type accuracy and value
accuracy over relaxed matches, and value F1 = value-correct matches counted as both the
precision and the recall numerator (so value F1 = value accuracy * relaxed F1).

Usage: .venv/bin/python bench/timex.py [--errors N] [--limit DOCS]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "tempeval3-train" / "TBAQ-cleaned"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(path: Path):
    """(text, dct date, gold timexes) from one .tml file; offsets into the tag-free TEXT."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        a = dict(_ATTR.findall(m.group(1)))
        if a.get("functionInDocument") == "CREATION_TIME":
            v = a.get("value", "")
            mm = re.match(r"(\d{4})-(\d{2})-(\d{2})", v)
            if mm:
                dct = date(int(mm.group(1)), int(mm.group(2)), int(mm.group(3)))
            break
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out, gold, pos, open_ = [], [], 0, None
    n = 0
    for m in _TAG.finditer(body):
        seg = body[pos:m.start()].replace("&amp;", "&")
        out.append(seg)
        n += len(seg)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_ = (n, dict(_ATTR.findall(m.group(3))))
        elif open_:
            s, a = open_
            gold.append({"start": s, "end": n, "type": a.get("type"), "value": a.get("value")})
            open_ = None
    out.append(body[pos:].replace("&amp;", "&"))  # the only entity the files hold
    text = "".join(out)
    for g in gold:
        g["text"] = text[g["start"]:g["end"]]
    return text, dct, gold


def score(pairs):
    """pairs: [(gold list, system list)] -> dict of TempEval-3 measures."""
    c = Counter()
    for gold, sys_ in pairs:
        c["gold"] += len(gold)
        c["sys"] += len(sys_)
        used = set()
        for g in gold:
            best = None
            for j, s in enumerate(sys_):
                if j in used or s["end"] <= g["start"] or s["start"] >= g["end"]:
                    continue
                if best is None or (s["start"], s["end"]) == (g["start"], g["end"]):
                    best = j
            if best is None:
                continue
            used.add(best)
            s = sys_[best]
            c["relaxed"] += 1
            c["strict"] += (s["start"], s["end"]) == (g["start"], g["end"])
            c["type"] += s["type"] == g["type"]
            c["value"] += (s["value"] or "") == (g["value"] or "")
    def prf(k):
        p = c[k] / c["sys"] if c["sys"] else 0.0
        r = c[k] / c["gold"] if c["gold"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    return c, prf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print this many value errors")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--no-parse", action="store_true", help="tag without the spaCy parse (no tense)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skip: {DATA} is absent (TempEval-3 train not available)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from newsweave.analyse.timex import tag
    from newsweave.nlp import load

    files = sorted(DATA.glob("*/*.tml"))
    if args.limit:
        files = files[: args.limit]
    docs = [parse(f) for f in files]
    nlp = None if args.no_parse else load()
    t0 = time.perf_counter()
    parsed = list(nlp.pipe([d[0] for d in docs], batch_size=16)) if nlp else [None] * len(docs)
    t_parse = time.perf_counter() - t0
    t1 = time.perf_counter()
    pairs = [(gold, tag(text, dct, pd)) for (text, dct, gold), pd in zip(docs, parsed)]
    t_tag = time.perf_counter() - t1
    c, prf = score(pairs)
    print(f"TempEval-3 train (TBAQ-cleaned): {len(docs)} documents, {c['gold']} gold TIMEX3, {c['sys']} tagged")
    for k in ("strict", "relaxed"):
        p, r, f = prf(k)
        print(f"  {k:8s} extraction  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    rel = c["relaxed"] or 1
    print(f"  type accuracy  {c['type'] / rel:.3f}   value accuracy {c['value'] / rel:.3f}  (over relaxed matches)")
    p, r, f = prf("value")
    print(f"  value          P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    p, r, f = prf("type")
    print(f"  type           P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  seconds: tagger {t_tag:.2f} s ({t_tag / len(docs) * 1000:.1f} ms/doc), spaCy parse {t_parse:.2f} s")
    if args.errors:
        shown = 0
        for (gold, sys_), (text, dct, _) in zip(pairs, docs):
            for g in gold:
                hits = [s for s in sys_ if not (s["end"] <= g["start"] or s["start"] >= g["end"])]
                if not hits:
                    tag_ = "MISS"
                elif (hits[0]["value"] or "") != (g["value"] or ""):
                    tag_ = "VAL "
                else:
                    continue
                ctx = text[max(0, g["start"] - 50): g["end"] + 30].replace("\n", " ")
                got = f"{hits[0]['text']!r} {hits[0]['type']} {hits[0]['value']}" if hits else "-"
                print(f"{tag_} dct={dct} gold={g['text']!r} {g['type']} {g['value']}  sys={got}  | {ctx}")
                shown += 1
                if shown >= args.errors:
                    return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
