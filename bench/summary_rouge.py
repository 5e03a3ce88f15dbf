"""ROUGE of newsweave's summary beside Lead and sumy's LexRank, TextRank and LSA (issue 5).

Data sets (internal evaluation copies, see each PROVENANCE.md under ../shared/data):

- duc2003            60 clusters, 100-word limit, 4 human abstracts each
- tac2011-multiling  10 English WikiNews clusters, 250-word limit, 3 models each
- multinews-dev      100 Multi-News clusters, limit = the references' average length in words

Every system sees the same input: each article's text goes through
``newsweave.read.clean.clean_text`` and is split into sentences by newsweave's spaCy pipeline
(the full per-article analysis, ``analyse_articles``, whose output newsweave's summarizer reads).
Every system picks whole sentences, best first, skipping any that would overflow the word limit
(words = whitespace tokens); Lead takes the newest article's sentences in order, then the
next newest article's. Scores: ``rouge-score`` (stemming on), recall and F1, averaged over a
cluster's references and then over clusters. The table also shows the seconds each system took.
The speed line times ``summarise`` on a 200-article story (the first 200 analysed articles of
the run) after analysis; target < 3 s.

    .venv/bin/python bench/summary_rouge.py [--sets duc2003,tac2011,multinews] [--limit N]
                                            [--cache DIR] [--systems newsweave,lead,...]

Needs the bench extra: ``pip install rouge-score sumy``.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import pickle
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


# ---------------------------------------------------------------- data sets

def _unwrap(paragraphs: list[str]) -> str:
    """Paragraphs separated by a blank line, hard line wraps inside one joined by spaces."""
    out = [" ".join(p.split()) for p in paragraphs]
    return "\n\n".join(p for p in out if p)


def load_duc2003(limit: int | None) -> list[dict]:
    base = DATA / "duc2003"
    models = base / "detagged.duc2003.abstracts" / "models"
    clusters = []
    for cdir in sorted((base / "docs.without.headlines").iterdir()):
        m = re.fullmatch(r"d(\d+)([a-z])", cdir.name)
        if not m:
            continue
        refs = []
        for f in sorted(models.glob(f"D{m.group(1)}.M.100.{m.group(2).upper()}.*.html")):
            raw = f.read_text(encoding="utf-8", errors="replace")
            sents = re.findall(r"<a[^>]*>\[\d+\]</a>\s*<a[^>]*>(.*?)</a>", raw, re.S)
            text = " ".join(html.unescape(s).strip() for s in sents) if sents else \
                html.unescape(re.sub(r"<[^>]+>", " ", raw))
            refs.append(" ".join(text.split()))
        if not refs:
            continue
        docs = []
        for f in sorted(cdir.iterdir()):
            raw = f.read_text(encoding="utf-8", errors="replace")
            body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
            body = body.group(1) if body else raw
            paras = re.findall(r"<P>(.*?)</P>", body, re.S) or re.split(r"\n\s*\n", body)
            paras = [html.unescape(re.sub(r"<[^>]+>", " ", p)) for p in paras]
            dm = re.search(r"(\d{4})(\d{2})(\d{2})", f.name)
            published = f"{dm.group(1)}-{dm.group(2)}-{dm.group(3)}" if dm else None
            docs.append({"id": f.name, "published": published, "source": f.name[:3], "text": _unwrap(paras)})
        clusters.append({"id": cdir.name, "docs": docs, "refs": refs, "words": 100})
    return clusters[:limit] if limit else clusters


def load_tac2011(limit: int | None) -> list[dict]:
    base = DATA / "tac2011-multiling"
    models = base / "Model Summaries" / "English"
    topics: dict = {}
    for f in sorted((base / "SourceTexts").glob("M*.english")):
        topics.setdefault(f.name[:4], []).append(f)
    clusters = []
    for topic, files in sorted(topics.items()):
        refs = [" ".join(f.read_text(encoding="utf-8", errors="replace").split())
                for f in sorted(models.glob(f"{topic}.*.250"))]
        docs = []
        for f in files:
            lines = f.read_text(encoding="utf-8", errors="replace").split("\n")
            title = lines[0].strip()
            dm = re.match(r"(\d{4})/(\d{2})/(\d{2})\s*", title)
            published = f"{dm.group(1)}-{dm.group(2)}-{dm.group(3)}" if dm else None
            body = "\n".join(lines[1:])
            paras = re.split(r"\n\s*\n", body)
            # the dateline paragraph ("Saturday, January 8, 2005") is a page leftover, not content
            paras = [p for p in paras if not re.fullmatch(r"\s*\w+day, \w+ \d{1,2}, \d{4}\s*", p)]
            docs.append({"id": f.name, "published": published, "source": "wikinews", "text": _unwrap(paras)})
        clusters.append({"id": topic, "docs": docs, "refs": refs, "words": 250})
    return clusters[:limit] if limit else clusters


def load_multinews(limit: int | None) -> list[dict]:
    path = DATA / "multinews-dev" / "multi_news.dev100.jsonl"
    clusters = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        parts = re.split(r"(?:^|\n)Passage \d+:\n", row["context"])
        docs = []
        for k, p in enumerate(x for x in parts if x.strip()):
            paras = p.replace("NEWLINE_CHAR", "\n").split("\n")
            # no dates in Multi-News: passage order stands in for recency (Lead takes passage 1)
            docs.append({"id": f"{row['_id']}-{k}", "published": None, "source": f"passage{k + 1}",
                         "text": _unwrap(paras)})
        ref = row["answers"][0]
        ref = " ".join(ref.lstrip("– ").split())
        clusters.append({"id": row["_id"], "docs": docs, "refs": [ref]})
    avg = round(sum(len(c["refs"][0].split()) for c in clusters) / len(clusters))
    for c in clusters:
        c["words"] = avg
    return clusters[:limit] if limit else clusters


SETS = {"duc2003": load_duc2003, "tac2011": load_tac2011, "multinews": load_multinews}


# ---------------------------------------------------------------- shared input

def prepare(clusters: list[dict], cache: Path | None, name: str) -> None:
    """Clean every article and analyse it once (cached); adds documents/analyses to each cluster."""
    from newsweave import nlp as nlp_mod
    from newsweave.analyse import analyse_doc
    from newsweave.article import Article
    from newsweave.read.clean import clean_text

    key = hashlib.sha1(json.dumps([[c["id"], [d["text"] for d in c["docs"]]] for c in clusters]).encode()).hexdigest()[:12]
    path = cache / f"{name}-{key}.pkl" if cache else None
    if path and path.exists():
        stored = pickle.loads(path.read_bytes())
        for c, (docs, an) in zip(clusters, stored):
            c["documents"], c["analyses"] = docs, an
        return
    articles, owner = [], []
    for ci, c in enumerate(clusters):
        c["documents"], c["analyses"] = [], []
        for d in c["docs"]:
            text, _dropped = clean_text(d["text"])
            if not text.strip():
                continue
            articles.append(Article(id=d["id"], text=text, source=d["source"], title=None, url=None,
                                    published=d["published"], dropped=[], input=d["id"]))
            owner.append(ci)
            c["documents"].append({"id": d["id"], "text": text, "published": d["published"], "source": d["source"]})
    failed = []
    for ci, article, doc in zip(owner, articles, nlp_mod.load().pipe(a.text for a in articles)):
        try:
            an = analyse_doc(doc, article)
        except Exception as exc:  # a component bug must not stop the benchmark: keep the sentences
            failed.append(f"{article.id}: {type(exc).__name__}: {exc}")
            an = {"doc": article.id, "sentences": [[s.start_char, s.end_char] for s in doc.sents]}
        clusters[ci]["analyses"].append(an)
    for f in failed:
        print(f"warning: analysis failed, sentences only for {f}", file=sys.stderr)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([(c["documents"], c["analyses"]) for c in clusters]))


def sentences(cluster: dict) -> list[tuple[int, int, str]]:
    """(document index, position, text) of every sentence, articles in input order."""
    out = []
    for di, (d, a) in enumerate(zip(cluster["documents"], cluster["analyses"])):
        for pos, (s, e) in enumerate(a["sentences"]):
            t = " ".join(d["text"][s:e].split())
            if t:
                out.append((di, pos, t))
    return out


def fill(ranked: list[str], words: int) -> str:
    """Whole sentences, best first, skipping any that would overflow the word limit."""
    picked, n = [], 0
    for t in ranked:
        w = len(t.split())
        if n + w <= words:
            picked.append(t)
            n += w
    return " ".join(picked)


# ---------------------------------------------------------------- systems

def sys_newsweave(cluster: dict, words: int) -> str:
    from newsweave.merge.summary import summarise

    return " ".join(s["text"] for s in summarise(cluster["documents"], cluster["analyses"], max_words=words))


def sys_lead(cluster: dict, words: int) -> str:
    docs = cluster["documents"]
    # newest first (published descending); undated articles (Multi-News) keep input order after
    dated = [i for i in range(len(docs)) if docs[i]["published"]]
    dated.sort(key=lambda i: (docs[i]["published"], -i), reverse=True)
    order = dated + [i for i in range(len(docs)) if not docs[i]["published"]]
    by_doc: dict = {}
    for di, pos, t in sentences(cluster):
        by_doc.setdefault(di, []).append(t)
    return fill([t for di in order for t in by_doc.get(di, [])], words)


_TOKEN = re.compile(r"\w+(?:['’]\w+)?", re.U)


class RegexTokenizer:
    """sumy's tokenizer interface without nltk data: words by a regex (sentences come from spaCy)."""

    language = "english"

    def to_sentences(self, paragraph):  # pragma: no cover - sentences are given
        return [paragraph]

    def to_words(self, sentence):
        return tuple(_TOKEN.findall(sentence))


def _sumy(kind: str):
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    if kind == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as S
    elif kind == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as S
    else:
        from sumy.summarizers.lsa import LsaSummarizer as S

    def run(cluster: dict, words: int) -> str:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        tok = RegexTokenizer()
        sents = sentences(cluster)
        paras: dict = {}
        objs = []
        for di, pos, t in sents:
            s = Sentence(t, tok)
            objs.append(s)
            paras.setdefault(di, []).append(s)
        document = ObjectDocumentModel([Paragraph(v) for _, v in sorted(paras.items())])
        summarizer = S(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        captured = {}

        def capture(sentences_, count, rating, *args, **kwargs):
            captured["rating"] = rating
            return ()

        summarizer._get_best_sentences = capture
        summarizer(document, len(objs))
        rating = captured.get("rating")
        if rating is None:
            return ""
        rate = (lambda s: rating[s]) if isinstance(rating, dict) else rating
        order = sorted(range(len(objs)), key=lambda i: (-rate(objs[i]), i))
        return fill([sents[i][2] for i in order], words)

    return run


SYSTEMS = {"newsweave": sys_newsweave, "lead": sys_lead, "lexrank": _sumy("lexrank"),
           "textrank": _sumy("textrank"), "lsa": _sumy("lsa")}


# ---------------------------------------------------------------- scoring

def evaluate(clusters: list[dict], systems: list[str]) -> dict:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    res = {}
    for name in systems:
        fn = SYSTEMS[name]
        tot = {k: 0.0 for k in ("r1", "f1", "r2", "f2", "rl", "fl")}
        secs = 0.0
        words = 0
        for c in clusters:
            t0 = time.perf_counter()
            summary = fn(c, c["words"])
            secs += time.perf_counter() - t0
            words += len(summary.split())
            acc = {k: 0.0 for k in tot}
            for ref in c["refs"]:
                sc = scorer.score(ref, summary)
                for m, k in (("rouge1", "1"), ("rouge2", "2"), ("rougeL", "l")):
                    acc["r" + k] += sc[m].recall
                    acc["f" + k] += sc[m].fmeasure
            for k in tot:
                tot[k] += acc[k] / len(c["refs"])
        n = len(clusters)
        res[name] = {k: 100 * v / n for k, v in tot.items()} | {"secs": secs, "words": words / n}
    return res


def print_table(title: str, res: dict) -> None:
    print(f"\n{title}")
    print(f"{'system':<10} {'R1-R':>6} {'R1-F':>6} {'R2-R':>6} {'R2-F':>6} {'RL-R':>6} {'RL-F':>6} {'words':>6} {'secs':>7}")
    for name, r in res.items():
        print(f"{name:<10} {r['r1']:6.2f} {r['f1']:6.2f} {r['r2']:6.2f} {r['f2']:6.2f} "
              f"{r['rl']:6.2f} {r['fl']:6.2f} {r['words']:6.1f} {r['secs']:7.2f}")
    peers = [r["r2"] for n, r in res.items() if n != "newsweave"]
    if "newsweave" in res and peers:
        print(f"newsweave ROUGE-2 recall margin over the best peer: {res['newsweave']['r2'] - max(peers):+.2f} (target >= +1.50)")


def speed(clusters: list[dict]) -> None:
    from newsweave.merge.summary import summarise

    docs, ans = [], []
    for c in clusters:
        for d, a in zip(c["documents"], c["analyses"]):
            if len(docs) < 200:
                docs.append(d)
                ans.append(a)
    if len(docs) < 200:
        print(f"\nspeed: only {len(docs)} articles available; timing those")
    t0 = time.perf_counter()
    summarise(docs, ans, max_words=200)
    dt = time.perf_counter() - t0
    print(f"\nspeed: summarise() on a {len(docs)}-article story after analysis: {dt:.2f} s (target < 3 s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="duc2003,tac2011,multinews")
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--limit", type=int, default=None, help="only the first N clusters of each set")
    ap.add_argument("--cache", type=Path, default=None, help="keep per-article analyses here between runs")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipping: {DATA} is absent (the evaluation data sets are not here)")
        return
    try:
        import rouge_score  # noqa: F401
        import sumy  # noqa: F401
    except ImportError as exc:
        print(f"skipping: {exc.name} is not installed (pip install rouge-score sumy)")
        return
    systems = [s for s in args.systems.split(",") if s]
    pool = []
    for name in [s for s in args.sets.split(",") if s]:
        sub = {"duc2003": "duc2003", "tac2011": "tac2011-multiling", "multinews": "multinews-dev"}[name]
        if not (DATA / sub).is_dir():
            print(f"\n{name}: skipping, {DATA / sub} is absent")
            continue
        clusters = SETS[name](args.limit)
        t0 = time.perf_counter()
        prepare(clusters, args.cache, name)
        prep = time.perf_counter() - t0
        res = evaluate(clusters, systems)
        print_table(f"{name}: {len(clusters)} clusters, {clusters[0]['words']}-word limit, "
                    f"{sum(len(c['refs']) for c in clusters) / len(clusters):.1f} refs/cluster "
                    f"(clean + analyse: {prep:.1f} s)", res)
        sys.stdout.flush()
        pool.extend(clusters)
    if pool and "newsweave" in systems:
        speed(pool)


if __name__ == "__main__":
    main()
