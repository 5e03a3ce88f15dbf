"""Who said what: quotes, reported speech and speakers against PolNeAR and the sample gold.

    .venv/bin/python bench/attribution.py                 # PolNeAR dev + the sample story
    .venv/bin/python bench/attribution.py --split train   # tune on train only (dev is for reporting)
    .venv/bin/python bench/attribution.py --split train --limit 100 --errors 40
    .venv/bin/python bench/attribution.py --split train --cache /tmp/x   # parses kept in a DocBin
                                                     # (iteration only: the parse is not timed)

PolNeAR (``../shared/data/polnear`` next to the repository; read its PROVENANCE.md): brat
standoff, one ``.ann`` per annotator; we take the first annotation file (sorted) of each
article. Each ``E`` line is one gold attribution with a Content span (possibly in several
fragments), a Cue and usually a Source (``Attribution-no-source`` has none).

How our output is mapped (stated so the figures can be judged):

* One predicted attribution per cue, as PolNeAR annotates: quote/reported items sharing a
  ``cue_span`` (a partial quote inside the reported clause of the same verb) are one attribution
  whose content is the union of their spans, and a quote whose speaker is carried over from an
  earlier statement (no cue of its own; ``carried_cue`` = that statement's cue) joins that
  statement's attribution (PolNeAR: ``"A," he said. "B."`` is one attribution with content
  fragments A and B). Items without a speaker are not predictions (the gold only holds
  attributed content).
* Content exact: the same word sequence (``\\w+`` tokens; quote marks, punctuation, spacing and a
  leading "that" ignored — our quote text is inside the marks, PolNeAR's includes them).
  Content overlap: the spans share at least one character. Matching is one-to-one, greedy by
  overlap size.
* Source: compared on the matched pairs. PolNeAR's Source span is the whole source phrase as
  written -- titles, prenominal roles, appositions and relative clauses included ("Huma Abedin,
  vice chairwoman for Clinton's presidential campaign,", "Former Arkansas Gov. Mike Huckabee"),
  and the pronoun itself ("He", "who") when the source is a pronoun -- so "source" rows compare
  our ``speaker.phrase`` span (the same convention; the user-facing ``speaker.name`` and the
  ``speaker.start/end`` mention stay the name), and "mention" rows compare the mention span
  (``speaker.start/end``: the surname or the pronoun), never the resolved name. Exact: the same
  words after dropping a leading article or possessive determiner and titles/honorifics
  ("the", "Mr.", "Sen.") and a trailing "'s" on both sides. Overlap: shares a character. An
  attribution is represented by its first item (the one with the cue). P = correct / matched
  attributions where we give a source; R = correct / gold attributions with a Source.
* "quotes with quotation marks": gold attributions whose content contains a double quote mark
  (straight, curly, guillemets, or the two-character '' and `` marks of PolNeAR's NYT texts),
  predicted attributions whose content lies inside quote marks (kind direct/partial, or a
  reported clause that contains a mark).

* "all attributions" on PolNeAR counts quotes AND stances (``found["stances"]``: "X wants /
  supports / opposes / believes / expects ...", "X's claim that ..."; holder = source, cue =
  cue): PolNeAR annotates those attributions too. Stances never count as "quotes with
  quotation marks" (those rows are quotes only, as before). The sample story's gold lists
  quotes only, so its rows stay quotes-only.

Time: seconds for the whole run (model load excluded), and the attribution stage's share
(``quotes`` + ``stances`` + ``claims`` components) of the per-article analysis time (parse + all components).

The sample story (``src/newsweave/sample/gold.json`` quotes: doc, text, kind, speaker name):
content exact/overlap as above over located gold texts (one gold item per quote, so carried quotes
stay separate items there); source "exact" = the resolved speaker
name equals the gold name (case-insensitive), "overlap" = they share a word.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = (ROOT / ".." / "shared" / "data").resolve()
POLNEAR = DATA / "polnear" / "data"

ATTRIBUTION = ("quotes", "stances", "claims")  # the attribution stage's components (timed)
QMARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
_WORD = re.compile(r"\w+")
_DROP_LEAD = frozenset("the a an his her their its our my your this that these those".split())


# ----------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------
def read_ann(path: str) -> list[dict]:
    spans, events = {}, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("T") and len(p) >= 2:
                typ, _, rng = p[1].partition(" ")
                frags = [tuple(map(int, r.split())) for r in rng.split(";")]
                spans[p[0]] = (typ, frags)
            elif p[0].startswith("E") and len(p) >= 2:
                roles = dict(x.split(":", 1) for x in p[1].split() if ":" in x)
                ev = {k.rstrip("0123456789"): spans[v][1] for k, v in roles.items() if v in spans}
                if "Content" in ev:
                    events.append(ev)
    return events


def polnear_docs(split: str):
    for txt in sorted(glob.glob(str(POLNEAR / split / "text" / "*.txt"))):
        stem = os.path.basename(txt)[:-4]
        anns = sorted(glob.glob(str(POLNEAR / split / "attributions" / (stem + "_*.ann"))))
        if not anns:
            continue
        with open(txt, encoding="utf-8") as fh:
            text = fh.read()
        yield stem, text, read_ann(anns[0])


# ----------------------------------------------------------------------------------------------
# matching
# ----------------------------------------------------------------------------------------------
def _words(text: str, frags) -> list[str]:
    return _WORD.findall(" ".join(text[s:e] for s, e in frags).lower())


def content_words(text, frags):
    w = _words(text, frags)
    return w[1:] if w[:1] == ["that"] else w


def source_words(text, frags):
    from newsweave.analyse.speakers import TITLES

    w = _words(text, frags)
    while len(w) > 1 and (w[0] in _DROP_LEAD or w[0] in TITLES or w[0] + "." in TITLES):
        w = w[1:]
    if len(w) > 1 and w[-1] == "s" and any(text[e - 2:e] in ("'s", "\u2019s") for _s, e in frags[-1:]):
        w = w[:-1]
    return w


def _ov(a, b) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def has_mark(text, frags) -> bool:
    """Quote marks in or right around the span: straight/curly double quotes, guillemets and
    the two-character '' and `` marks of PTB/NYT text (PolNeAR's NYT articles use these)."""
    for s, e in frags:
        w = text[max(0, s - 2):e + 2]
        if any(ch in QMARKS for ch in text[max(0, s - 1):e + 1]) or "''" in w or "``" in w:
            return True
    return False


def stance_items(stances: list[dict]) -> list[dict]:
    """Stances in the shape of quote items (holder -> speaker, cue -> cue_span), never marked."""
    return [{"text": s["text"], "start": s["start"], "end": s["end"], "kind": "stance:" + s["kind"],
             "speaker": s["holder"], "cue_span": [s["cue"]["start"], s["cue"]["end"]]} for s in stances]


def predictions(text: str, quotes: list[dict], join_carried: bool = True, stances=()) -> list[dict]:
    """Our items -> one attribution per cue (see the module docstring). ``join_carried=False``
    keeps a carried quote as its own item (the sample gold lists every quote on its own).
    ``stances`` (found["stances"]) are added as attributions that are never "marked"."""
    by_cue: dict = {}
    out = []
    quotes = list(quotes) + stance_items(stances)
    for q in quotes:
        sp = q.get("speaker") or {}
        if not sp.get("name"):
            continue
        frags = [(p["start"], p["end"]) for p in q.get("parts") or []] or [(q["start"], q["end"])]
        src = [(sp["start"], sp["end"])] if sp.get("start") is not None else []
        phrase = [tuple(sp["phrase"])] if sp.get("phrase") else src
        marked = q["kind"] in ("direct", "partial") or (q["kind"] == "reported" and has_mark(text, frags))
        cue = q.get("cue_span") or (q.get("carried_cue") if join_carried else None)
        key = tuple(cue) if cue else None
        if key is not None and key in by_cue:
            a = by_cue[key]
            a["content"] = sorted(set(a["content"]) | set(frags))
            a["marked"] = a["marked"] or marked
            continue
        a = {"content": frags, "source": src, "phrase": phrase, "marked": marked, "kind": q["kind"], "q": q}
        if key is not None:
            by_cue[key] = a
        out.append(a)
    for a in out:  # nested fragments of one cue: keep the outer ones
        fr = a["content"]
        a["content"] = [f for f in fr if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in fr)]
    return out


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = _ov(g["content"], p["content"])
            if o > 0:
                cands.append((o, i, j))
    cands.sort(reverse=True)
    gi, pj, pairs = set(), set(), []
    for _o, i, j in cands:
        if i in gi or j in pj:
            continue
        gi.add(i)
        pj.add(j)
        pairs.append((i, j))
    return pairs


class Tally:
    def __init__(self):
        self.c = dict.fromkeys(("gold", "pred", "c_exact", "c_ov", "s_gold", "s_pred", "s_exact", "s_ov", "p_exact", "p_ov"), 0)

    def add(self, text, gold, pred, errors=None, name=""):
        self.c["gold"] += len(gold)
        self.c["pred"] += len(pred)
        self.c["s_gold"] += sum(1 for g in gold if g.get("Source"))
        matched_p = set()
        for i, j in match(gold, pred):
            g, p = gold[i], pred[j]
            matched_p.add(j)
            self.c["c_ov"] += 1
            if content_words(text, g["content"]) == content_words(text, p["content"]):
                self.c["c_exact"] += 1
            if p["source"]:
                self.c["s_pred"] += 1
                gs = g.get("Source") or []
                ok = bool(gs) and source_words(text, gs) == source_words(text, p["source"])
                self.c["s_exact"] += ok
                self.c["s_ov"] += bool(gs) and _ov(gs, p["source"]) > 0
                self.c["p_exact"] += bool(gs) and source_words(text, gs) == source_words(text, p["phrase"])
                self.c["p_ov"] += bool(gs) and _ov(gs, p["phrase"]) > 0
                ok = bool(gs) and source_words(text, gs) == source_words(text, p["phrase"])
                if errors is not None and not ok:
                    errors.append(("SRC", name, " | ".join(text[s:e] for s, e in gs) or "-",
                                   text[p["phrase"][0][0]:p["phrase"][0][1]], text[p["content"][0][0]:p["content"][0][1]][:70]))
            elif errors is not None and g.get("Source"):
                pass
            if errors is not None and content_words(text, g["content"]) != content_words(text, p["content"]):
                errors.append(("CON", name, " | ".join(text[s:e] for s, e in g["content"])[:200],
                               " | ".join(text[s:e] for s, e in p["content"])[:200]))
        if errors is not None:
            gm = {i for i, _ in match(gold, pred)}
            for i, g in enumerate(gold):
                if i not in gm:
                    errors.append(("MISS", name, " | ".join(text[s:e] for s, e in g["content"])[:160],
                                   " | ".join(text[s:e] for s, e in g.get("Cue", []))))
            for j, p in enumerate(pred):
                if j not in matched_p:
                    cs = p["q"].get("cue_span") or [0, 0]
                    errors.append(("FP", name, p["kind"], text[cs[0]:cs[1]], text[p["content"][0][0]:p["content"][0][1]][:160]))

    @staticmethod
    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def lines(self, label):
        c = self.c
        rows = [
            ("content exact", self.prf(c["c_exact"], c["pred"], c["gold"])),
            ("content overlap", self.prf(c["c_ov"], c["pred"], c["gold"])),
            ("source exact", self.prf(c["p_exact"], c["s_pred"], c["s_gold"])),
            ("source overlap", self.prf(c["p_ov"], c["s_pred"], c["s_gold"])),
            ("mention exact", self.prf(c["s_exact"], c["s_pred"], c["s_gold"])),
            ("mention overlap", self.prf(c["s_ov"], c["s_pred"], c["s_gold"])),
        ]
        out = [f"  {label}: gold {c['gold']}  predicted {c['pred']}  (gold with a source {c['s_gold']})"]
        for name, (p, r, f) in rows:
            out.append(f"    {name:16s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        return out


# ----------------------------------------------------------------------------------------------
# runs
# ----------------------------------------------------------------------------------------------
def analyse_timed(nlp, article, timing):
    from newsweave.analyse import pipeline

    t0 = time.perf_counter()
    doc = nlp(article.text)
    t1 = time.perf_counter()
    found = {"doc": article.id, "sentences": [[s.start_char, s.end_char] for s in doc.sents]}
    for name, fn in pipeline():
        a = time.perf_counter()
        found[name] = fn(doc, article, found)
        timing[name] = timing.get(name, 0.0) + time.perf_counter() - a
    timing["parse"] = timing.get("parse", 0.0) + t1 - t0
    return found


def cached_docs(nlp, split, limit, cache):
    """{stem: Doc} from a DocBin in ``cache`` (parsing and saving what is missing)."""
    from spacy.tokens import DocBin

    path = Path(cache) / f"polnear-{split}.spacy"
    docs = {}
    if path.exists():
        db = DocBin().from_disk(path)
        stems = (path.with_suffix(".stems")).read_text().split()
        docs = dict(zip(stems, db.get_docs(nlp.vocab)))
    todo = [(stem, text) for k, (stem, text, _g) in enumerate(polnear_docs(split))
            if (not limit or k < limit) and stem not in docs]
    if todo:
        for (stem, _t), doc in zip(todo, nlp.pipe(t for _s, t in todo)):
            docs[stem] = doc
        db = DocBin(store_user_data=False)
        stems = list(docs)
        for st in stems:
            db.add(docs[st])
        path.parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
        path.with_suffix(".stems").write_text("\n".join(stems))
    return docs


class _Cached:
    """Stands in for the model: returns the cached parse (timing then excludes the parse)."""

    def __init__(self, nlp, docs):
        self.nlp, self.docs, self.stem = nlp, docs, None

    def __call__(self, text):
        doc = self.docs[self.stem]
        assert doc.text == text
        return doc


def run_polnear(split, limit, n_errors, cache=None):
    from newsweave.article import Article
    from newsweave.nlp import load

    nlp = load()
    docs = cached_docs(nlp, split, limit, cache) if cache else None
    if docs is not None:
        nlp = _Cached(nlp, docs)
    allq, marked = Tally(), Tally()
    timing: dict = {}
    errors = [] if n_errors else None
    t0 = time.perf_counter()
    n = 0
    for stem, text, gold in polnear_docs(split):
        if limit and n >= limit:
            break
        n += 1
        if docs is not None:
            nlp.stem = stem
        found = analyse_timed(nlp, Article(id=stem, text=text), timing)
        pred = predictions(text, found["quotes"], stances=found.get("stances") or [])
        for g in gold:
            g["marked"] = has_mark(text, g["Content"])
            g["content"] = g["Content"]
        allq.add(text, gold, pred, errors, stem)
        marked.add(text, [g for g in gold if g["marked"]], [p for p in pred if p["marked"]])
    seconds = time.perf_counter() - t0
    return n, allq, marked, timing, seconds, errors


def run_sample():
    from newsweave.evaluate import load_gold
    from newsweave.nlp import load
    from newsweave.pipeline import SAMPLE_DIR, sample_inputs
    from newsweave.read import read_inputs

    nlp = load()
    gold = load_gold(SAMPLE_DIR / "gold.json")
    arts = {a.id: a for a in read_inputs(sample_inputs()[0]).articles}
    timing: dict = {}
    res = {"all": [0, 0, 0, 0, 0, 0], "marked": [0, 0, 0, 0, 0, 0]}  # gold pred c_exact c_ov s_exact s_ov
    t0 = time.perf_counter()
    for doc_id, art in arts.items():
        found = analyse_timed(nlp, art, timing)
        text = art.text
        golds = []
        for g in gold["quotes"]:
            if g["doc"] != doc_id:
                continue
            k = text.find(g["text"])
            if k >= 0:
                golds.append({"content": [(k, k + len(g["text"]))], "speaker": g.get("speaker"),
                              "marked": True})
        pred = predictions(text, found["quotes"], join_carried=False)
        for key, ps in (("all", pred), ("marked", [p for p in pred if p["marked"]])):
            r = res[key]
            r[0] += len(golds)
            r[1] += len(ps)
            for i, j in match(golds, ps):
                g, p = golds[i], ps[j]
                r[3] += 1
                r[2] += content_words(text, g["content"]) == content_words(text, p["content"])
                name = (p["q"]["speaker"].get("name") or "").lower()
                gname = (g["speaker"] or "").lower()
                r[4] += bool(gname) and name == gname
                r[5] += bool(gname) and bool(set(_WORD.findall(name)) & set(_WORD.findall(gname)))
    seconds = time.perf_counter() - t0
    return len(arts), res, timing, seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--errors", type=int, default=0, help="print N mismatches (use on train)")
    ap.add_argument("--no-sample", action="store_true")
    ap.add_argument("--cache", default="", help="DocBin parse cache directory (iteration only; "
                    "the parse time is then not measured)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    if not POLNEAR.is_dir():
        print(f"attribution bench: PolNeAR not found at {POLNEAR} (expected ../shared/data/polnear "
              "next to the repository); nothing to measure.")
        return 0
    from newsweave.nlp import load

    load()  # model load is not part of the timing
    n, allq, marked, timing, seconds, errors = run_polnear(args.split, args.limit, args.errors, args.cache or None)
    print(f"PolNeAR {args.split}: {n} articles")
    print("\n".join(marked.lines("quotes with quotation marks")))
    print("\n".join(allq.lines("all attributions")))
    total = sum(timing.values())
    attr = sum(timing.get(k, 0.0) for k in ATTRIBUTION)
    print(f"  seconds {seconds:.1f}  (analysis {total:.1f}: parse {timing.get('parse', 0):.1f}, "
          f"attribution {attr:.2f} = {100 * attr / total:.1f}% of per-article analysis time; target <= 15%)")
    if not args.no_sample:
        na, res, st, ss = run_sample()
        print(f"sample story: {na} articles")
        for key, label in (("marked", "quotes with quotation marks"), ("all", "all attributions")):
            g, p, ce, co, se, so = res[key]
            print(f"  {label}: gold {g}  predicted {p}")
            for name, tp in (("content exact", ce), ("content overlap", co)):
                pp, rr, ff = Tally.prf(tp, p, g)
                print(f"    {name:16s} P {pp:.3f}  R {rr:.3f}  F1 {ff:.3f}")
            for name, tp in (("speaker name", se), ("speaker overlap", so)):
                pp, rr, ff = Tally.prf(tp, co, g)
                print(f"    {name:16s} P {pp:.3f}  R {rr:.3f}  F1 {ff:.3f}  (of matched quotes)")
        tot = sum(st.values())
        at = sum(st.get(k, 0.0) for k in ATTRIBUTION)
        print(f"  seconds {ss:.2f}  attribution {100 * at / tot:.1f}% of per-article analysis time")
    if errors:
        for e in errors[: args.errors]:
            print("\t".join(map(str, e)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
