"""``newsweave cluster INPUT... --format jsonl``: group articles into stories (no database), and
``newsweave cluster --db news.db``: group the archive's articles into stored stories (see
:mod:`newsweave.store.stories`; listed by ``newsweave stories --db``).

A ``click.Command`` for ``cli.py`` to register (``cli.add_command(cluster)``). Articles are read
like ``brief`` reads them, clustered online in publication order by
:class:`newsweave.cluster.StoryClusterer` (undated articles last, in input order), and printed in
input order, one JSON object a line: ``{"id": article id, "story": story id}``. Bad input raises
:class:`newsweave.errors.InputError` (the CLI prints one line and exits 2); warnings go to stderr
as ``newsweave: warning: ...``.
"""

from __future__ import annotations

import json
import sys

import click

from .console import warn as _warn




def cluster_inputs(inputs: list[str], stdin=None, warn=None, **params) -> list[dict]:
    """``[{"id", "story"}]`` for every article read from ``inputs``, in input order."""
    from .cluster import StoryClusterer, cluster as run
    from .read import read_inputs

    result = read_inputs(list(inputs), stdin=stdin)
    for w in result.warnings:
        if warn:
            warn(w)
    stories = run(result.articles, StoryClusterer(**params))
    return [{"id": a.id, "story": stories[a.id]} for a in result.articles]


@click.command("cluster")
@click.argument("inputs", nargs=-1)
@click.option("--db", type=click.Path(dir_okay=False),
              help="Cluster the articles of this archive instead of INPUT... (stories are stored; "
                   "list them with `newsweave stories --db`). Re-clusters the whole archive each run.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one {\"id\", \"story\"} object a line (not with --db).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Similarity a long article needs to join a story (default tuned); "
                   "higher gives smaller, purer stories.")
@click.option("--half-life", "half_life", type=click.FloatRange(min=0.0, min_open=True), default=None,
              help="Days after which the time decay for date-only articles halves the similarity (default 2).")
@click.option("--progress/--no-progress", default=None,
              help="With --db: progress bar on stderr (default: on a terminal, for runs over a few seconds).")
def cluster(inputs, db, fmt, threshold, half_life, progress):
    """Group INPUT... (files, directories, - for JSONL on stdin), or the archive --db, into
    stories, in publication order."""
    from .errors import InputError

    params = {}
    if threshold is not None:
        params["threshold"] = threshold
    if half_life is not None:
        params["date_half_life"] = half_life
    if db is not None:
        if inputs:
            raise InputError("cluster", "give either INPUT... or --db, not both")
        from .store.stories import run_cluster

        stats = run_cluster(db, progress=progress, **params)
        rate = stats.clustered / stats.seconds if stats.seconds else 0.0
        click.echo(f"clustered {stats.clustered} articles ({stats.with_entities} with analysed entities) "
                   f"into {stats.stories} stories in {stats.seconds:.1f} s ({rate:.0f}/s); "
                   f"{stats.copies} near-duplicates joined their original's story")
        return
    if not inputs:
        raise InputError("cluster", "missing INPUT... (files, directories, - for stdin) or --db")
    rows = cluster_inputs(list(inputs), stdin=sys.stdin if "-" in inputs else None, warn=_warn, **params)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))
