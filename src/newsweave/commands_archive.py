"""``newsweave ingest``, ``analyse``, ``stories`` and ``search``: the article archive (issue 7).

Four ``click.Command`` objects for ``cli.py`` to register (``cli.add_command(ingest)`` ...).
Like the other commands, bad input raises :class:`newsweave.errors.InputError` (the CLI prints
one line and exits 2); warnings go to stderr as ``newsweave: warning: ...``. The archive is
one SQLite file (see :mod:`newsweave.store.db`).
"""

from __future__ import annotations

import json
import sys

import click

from .console import warn as _warn

from .errors import InputError

DB_HELP = "The archive (one SQLite file)."




def _clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help=DB_HELP + " Created when missing.")
@click.option("--batch", default=500, show_default=True, type=click.IntRange(min=1),
              help="Articles written per transaction.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for runs over a few seconds).")
def ingest(inputs, db, batch, progress):
    """Store INPUT... (.txt .html .json .jsonl .jsonl.gz files, directories, - for JSONL on stdin)
    in the archive: exact duplicates are stored once, near-duplicates are linked to their original,
    and everything is indexed for full-text search."""
    from .store.db import connect, counts
    from .store.ingest import ingest as run

    stats = run(list(inputs), db, stdin=sys.stdin if "-" in inputs else None, warn=_warn,
                batch=batch, progress=progress)
    conn = connect(db, create=False)
    try:
        total = counts(conn)
    finally:
        conn.close()
    click.echo(f"read {stats.read} articles: {stats.added} added ({stats.near_duplicates} near-duplicates linked), "
               f"{stats.already_stored} already stored, {stats.skipped} skipped")
    click.echo(f"{db}: {total['articles']} articles, {total['near_duplicates']} near-duplicates, "
               f"{total['analysed']} analysed")


@click.command("analyse")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help=DB_HELP)
@click.option("--workers", type=click.IntRange(min=1),
              help="Start a local Dask cluster of N worker processes (one thread each).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Use an existing Dask cluster (`dask scheduler`, then `dask worker tcp://HOST:8786 --nthreads 1`).")
@click.option("--batch", default=32, show_default=True, type=click.IntRange(min=1),
              help="Articles per task (parsed together with nlp.pipe).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for runs over a few seconds).")
@click.option("--throttle", default=0.0, type=float, hidden=True)  # tests: slow a run down enough to kill it
def analyse(db, workers, scheduler, batch, progress, throttle):
    """Analyse every archived article that has no analysis yet (resumable: a killed run
    continues where it stopped; no article is analysed twice)."""
    from .store.analyse import run_analyse

    if workers and scheduler:
        raise InputError("analyse", "use either --workers or --scheduler, not both")
    stats = run_analyse(db, workers=workers, scheduler=scheduler, batch=batch, warn=_warn,
                        progress=progress, throttle=throttle)
    if stats.pending == 0:
        click.echo("nothing to analyse: every article has its analysis")
        return
    rate = stats.analysed / stats.seconds if stats.seconds else 0.0
    failed = f", {stats.failed} failed (left for the next run)" if stats.failed else ""
    click.echo(f"analysed {stats.analysed} of {stats.pending} pending articles in {stats.seconds:.1f} s "
               f"({rate:.1f}/s; start-up {stats.startup:.1f} s){failed}")


@click.command("stories")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def stories(db, fmt):
    """List the stories of the archive: id, title, dates, number of articles and of sources."""
    from .store.db import connect, list_stories

    conn = connect(db, create=False)
    try:
        rows = list_stories(conn)
    finally:
        conn.close()
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("no stories yet (run `newsweave cluster --db ...`)", err=True)
        return
    click.echo(_table([[r["id"], r["start"] or "", r["end"] or "", r["articles"], r["sources"], _clip(r["title"], 70)]
                       for r in rows], ["id", "start", "end", "articles", "sources", "title"]))


@click.command("search")
@click.argument("query")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help=DB_HELP)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def search(query, db, limit, fmt):
    """Full-text search of titles and texts (words are all required; FTS5 syntax such as
    "exact phrase", OR, NOT, prefix* also works). Best matches first."""
    from .store.db import connect, search as run

    conn = connect(db, create=False)
    try:
        hits = run(conn, query, limit=limit)
    finally:
        conn.close()
    if fmt == "jsonl":
        for h in hits:
            click.echo(json.dumps(h, ensure_ascii=False))
        return
    if not hits:
        click.echo("no matches", err=True)
        return
    for h in hits:
        click.echo(f"{h['doc']}  {h['published'] or '----------'}  {_clip(h['source'], 30)}  {_clip(h['title'], 80)}")
        click.echo(f"    {_clip(h['snippet'], 150)}")


COMMANDS = (ingest, analyse, stories, search)
