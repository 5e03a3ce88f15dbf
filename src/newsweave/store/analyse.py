"""``newsweave analyse``: run the per-article analysis on every stored article that has none yet.

The work unit is a batch of articles (32 by default) handed to :func:`analyse_batch`, which
parses them with ``nlp.pipe`` and runs :func:`newsweave.analyse.analyse_articles`; the spaCy
model is loaded once per process (``newsweave.nlp.load`` is cached), so once per Dask worker,
before the first task (``client.run``). Inside a batch ``nlp.pipe`` parses at most
``MAX_PIPE_CHARS`` characters at a time, which bounds a worker's peak memory on long articles.

Where it runs:

* in this process (default);
* ``workers=N``: a local Dask distributed cluster of N single-threaded worker processes;
* ``scheduler="tcp://host:8786"``: an existing Dask cluster (``dask scheduler`` on one machine,
  ``dask worker tcp://host:8786 --nthreads 1`` on each worker machine; the workers need newsweave
  and the spaCy model installed, they never see the database).

Results are stored as they complete, each task's results in one short transaction with
``INSERT OR IGNORE`` on the article id: a run that is killed loses at most the tasks in flight,
the next run picks up the articles still without an analysis, and no article is stored twice.
Only a bounded number of tasks is in flight at a time, so the archive is never all in memory.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

from .db import connect, transaction
from .progress import Meter

BATCH = 32

_COLS = "id, doc, text, source, title, url, published, dropped, input"


def analyse_batch(records: list[tuple[int, dict]]) -> list[tuple[int, str | None, str | None]]:
    """``[(db id, article dict)]`` -> ``[(db id, analysis JSON or None, error or None)]``.

    Runs anywhere (a Dask worker imports this module and newsweave). One bad article does not
    sink its batch: on an error the batch is redone one article at a time.
    """
    from ..analyse import analyse_article, analyse_articles
    from ..article import Article
    from ..nlp import load

    nlp = load()
    arts = [(i, Article.from_dict(d)) for i, d in records]
    try:
        found = []
        for chunk in _pipe_chunks([a for _, a in arts], MAX_PIPE_CHARS):
            found.extend(analyse_articles(chunk, nlp=nlp, batch_size=len(chunk)))
        return [(i, json.dumps(f, ensure_ascii=False, separators=(",", ":")), None) for (i, _), f in zip(arts, found)]
    except Exception:  # noqa: BLE001 - isolate the article that fails
        out = []
        for i, art in arts:
            try:
                out.append((i, json.dumps(analyse_article(art, nlp=nlp), ensure_ascii=False, separators=(",", ":")), None))
            except Exception as exc:  # noqa: BLE001
                out.append((i, None, f"{type(exc).__name__}: {exc}"))
        return out


MAX_PIPE_CHARS = 50_000


def _pipe_chunks(arts: list, limit: int) -> Iterator[list]:
    """Consecutive runs of ``arts`` of at most ``limit`` characters of text (a longer article
    alone): what ``nlp.pipe`` parses at once. spaCy holds a whole pipe batch in memory at each
    layer, so a batch of 32 long articles (10,000 words each is not rare in archives) took a
    worker past 1 GB; bounding the characters bounds the peak, while short articles still get
    batched. Results are the same: the analysis is per article."""
    chunk, size = [], 0
    for a in arts:
        n = len(a.text)
        if chunk and size + n > limit:
            yield chunk
            chunk, size = [], 0
        chunk.append(a)
        size += n
    if chunk:
        yield chunk


def count_pending(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                        "(SELECT 1 FROM analyses n WHERE n.article = a.id)").fetchone()[0]


def iter_pending(conn: sqlite3.Connection, batch: int = BATCH) -> Iterator[list[tuple[int, dict]]]:
    """Batches of ``(db id, article dict)`` without an analysis, in id order (keyset paging: no
    read cursor stays open while results are written)."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {_COLS} FROM articles a WHERE a.id > ? AND NOT EXISTS "
            "(SELECT 1 FROM analyses n WHERE n.article = a.id) ORDER BY a.id LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [(r[0], {"id": r[1], "text": r[2], "source": r[3], "title": r[4], "url": r[5],
                       "published": r[6], "dropped": json.loads(r[7] or "[]"), "input": r[8]}) for r in rows]


@dataclass
class AnalyseStats:
    pending: int = 0  # articles without an analysis at the start
    analysed: int = 0  # analyses stored by this run
    failed: int = 0  # articles whose analysis raised (left pending; named in warnings)
    seconds: float = 0.0
    startup: float = 0.0  # of ``seconds``: until the workers were up with the model loaded
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "errors"}


def _store(conn: sqlite3.Connection, results, stats: AnalyseStats, generator: str, warn) -> None:
    rows = [(i, data, generator) for i, data, err in results if data is not None]
    for i, data, err in results:
        if err is not None:
            stats.failed += 1
            if len(stats.errors) < 100:
                stats.errors.append(f"article {i}: {err}")
            warn(f"article {i}: analysis failed ({err}); left for the next run")
    if rows:
        with transaction(conn):
            before = conn.total_changes
            conn.executemany("INSERT OR IGNORE INTO analyses(article, data, generator) VALUES (?, ?, ?)", rows)
            stats.analysed += conn.total_changes - before


def run_analyse(db: str, *, workers: int | None = None, scheduler: str | None = None, batch: int = BATCH,
                warn: Callable[[str], None] | None = None, progress: bool | None = None,
                throttle: float = 0.0) -> AnalyseStats:
    """Analyse every article of ``db`` that has no analysis yet; see the module docstring.

    ``throttle`` sleeps that many seconds after storing each task's results (for tests that
    need a run to be slow enough to kill)."""
    from .. import __version__

    warn = warn or (lambda msg: None)
    generator = f"newsweave {__version__}"
    conn = connect(db, create=False)
    stats = AnalyseStats()
    t0 = time.monotonic()
    try:
        stats.pending = count_pending(conn)
        if stats.pending == 0:
            return stats
        with Meter("analyse", stats.pending, "articles", enabled=progress) as meter:
            def stored(results):
                _store(conn, results, stats, generator, warn)
                meter.update(advance=len(results), count=stats.analysed)
                if throttle:
                    time.sleep(throttle)

            def ready():
                stats.startup = time.monotonic() - t0

            if workers is None and scheduler is None:
                _warm()
                ready()
                for records in iter_pending(conn, batch):
                    stored(analyse_batch(records))
            else:
                _run_dask(conn, workers, scheduler, batch, stored, warn, ready)
    finally:
        stats.seconds = time.monotonic() - t0
        conn.close()
    return stats


def _warm() -> None:
    """Load the spaCy model in this process (once: ``newsweave.nlp.load`` is cached)."""
    from ..nlp import load

    load()


def _run_dask(conn, workers, scheduler, batch, stored, warn, ready=lambda: None) -> None:
    from ..errors import InputError

    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InputError("--scheduler" if scheduler else "--workers",
                         "needs Dask distributed (pip install 'dask[distributed]')") from None

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise InputError("--scheduler", f"cannot connect to {scheduler} ({exc})") from None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        client.run(_warm)  # every worker loads the model before the first task: no straggler start
        ready()
        nthreads = sum(client.nthreads().values()) or 1
        limit = max(2, 2 * nthreads)  # tasks in flight: keeps every worker busy, memory bounded
        batches = iter_pending(conn, batch)
        ac = as_completed()
        inflight = {}

        def submit_next() -> bool:
            records = next(batches, None)
            if records is None:
                return False
            fut = client.submit(analyse_batch, records, pure=False)
            inflight[fut.key] = records
            ac.add(fut)
            return True

        # keyset paging skips ids already handed out, so nothing is submitted twice in one run
        for _ in range(limit):
            if not submit_next():
                break
        for fut in ac:
            records = inflight.pop(fut.key, [])
            try:
                results = fut.result()
            except Exception as exc:  # noqa: BLE001 - a killed worker, a lost connection
                warn(f"a task of {len(records)} articles failed ({type(exc).__name__}: {exc}); "
                     "they stay pending for the next run")
                results = []
            finally:
                fut.release()
            if results:
                stored(results)
            submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
