"""``newsweave dates`` and ``newsweave timeline``: the temporal tagger and the merged timeline.

Two ``click.Command`` objects for ``cli.py`` to register (``cli.add_command(dates)``). Like the
other commands, bad input raises :class:`newsweave.errors.InputError` (the CLI prints one line
and exits 2); warnings go to stderr as ``newsweave: warning: ...``.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from .console import warn as _warn

from .errors import InputError




def _parse_date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(where, f"not a date: {value!r} (use YYYY-MM-DD)") from None


def tag_articles(inputs: list[str], published: str | None = None, stdin=None, warn=None) -> list[dict]:
    """Every temporal expression of every article read from ``inputs``."""
    from .analyse.timex import tag
    from .nlp import load
    from .read import read_inputs

    pub_override = _parse_date(published, "--published")
    result = read_inputs(inputs, stdin=stdin)
    for w in result.warnings:
        if warn:
            warn(w)
    nlp = load()
    out = []
    for art, doc in zip(result.articles, nlp.pipe(a.text for a in result.articles)):
        pub = pub_override or _parse_date(art.published, art.input or art.id)
        if pub is None and warn:
            warn(f"{art.input or art.id}: no publication date (give --published): relative dates get no value")
        out.append({"doc": art.id, "published": pub.isoformat() if pub else None,
                    "expressions": tag(art.text, pub, doc)})
    return out


@click.command("dates")
@click.argument("file")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date that relative dates are anchored on (default: the article's own).")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
              help="Output format.")
def dates(file, published, fmt):
    """List the temporal expressions of FILE (text, start, end, type, TIMEX3 value)."""
    docs = tag_articles([file], published, stdin=sys.stdin if file == "-" else None, warn=_warn)
    if fmt == "json":
        click.echo(json.dumps(docs, ensure_ascii=False, indent=2))
        return
    for d in docs:
        click.echo(f"# {d['doc']} (published {d['published'] or 'unknown'})")
        for e in d["expressions"]:
            click.echo(f"{e['start']}\t{e['end']}\t{e['type']}\t{e['value'] or '-'}\t{e['text']}")


def build(inputs: list[str], max_dates: int | None = None, sentences_per_date: int | None = None,
          stdin=None, warn=None) -> dict:
    """The story's merged timeline: ``{"story", "documents", "timeline", "background"}``."""
    from .merge.timeline import select_timeline
    from .pipeline import brief

    b = brief(list(inputs), stdin=stdin, warn=warn)
    events = b["events"]
    keys = ("date", "precision", "date_text", "summary", "summary_citation", "citations", "sources",
            "first_reported_by", "source_count", "background", "planned", "actors", "places")
    main = select_timeline(events, max_dates, sentences_per_date)
    background = [e for e in events if e["background"]]
    docs = [{k: d.get(k) for k in ("id", "source", "title", "url", "published", "text")} for d in b["documents"]]
    text = {d["id"]: d["text"] for d in docs}

    def item(e):
        out = {k: e[k] for k in keys if k in e}
        out["citations"] = [{**c, "text": text[c["doc"]][c["start"]:c["end"]]} for c in e["citations"]]
        return out

    return {"story": b["story"], "documents": docs,
            "timeline": [item(e) for e in main], "background": [item(e) for e in background]}


def to_markdown(t: dict) -> str:
    docs = {d["id"]: d for d in t["documents"]}
    lines = [f"# Timeline: {t['story'].get('title') or 'story'}", ""]

    def entry(e):
        by = ", ".join(e["sources"])
        due = "_(planned)_ " if e.get("planned") else ""
        lines.append(f"- **{e['date']}** {due}{e['summary']}  ")
        lines.append(f"  _first reported by {e['first_reported_by']}; {e['source_count']} source(s): {by}_")
        shown = e.get("summary_citation") or (e["citations"][0] if e["citations"] else None)
        others = [c for c in e["citations"]
                  if not shown or (c["doc"], c["start"], c["end"]) != (shown["doc"], shown["start"], shown["end"])]
        for c in others[:3]:   # other reports of the same event, the summary's own left out
            d = docs.get(c["doc"], {})
            lines.append(f"  - {d.get('source') or c['doc']}: {c['text']}")

    for e in t["timeline"]:
        entry(e)
    if t["background"]:
        lines += ["", "## Background", ""]
        for e in t["background"]:
            entry(e)
    return "\n".join(lines) + "\n"


@click.command("timeline")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--max-dates", type=click.IntRange(min=1), help="Keep the N most reported dates.")
@click.option("--sentences-per-date", type=click.IntRange(min=1), default=2, show_default=True,
              help="At most K entries per date.")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="md", show_default=True,
              help="Output format.")
def timeline(inputs, max_dates, sentences_per_date, fmt):
    """One timeline merged across the outlets of INPUT... (files, directories, or - for JSONL on stdin)."""
    t = build(list(inputs), max_dates, sentences_per_date,
              stdin=sys.stdin if "-" in inputs else None, warn=_warn)
    if fmt == "json":
        out = {k: t[k] for k in ("story", "timeline", "background")}
        out["documents"] = [{k: v for k, v in d.items() if k != "text"} for d in t["documents"]]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo(to_markdown(t), nl=False)
