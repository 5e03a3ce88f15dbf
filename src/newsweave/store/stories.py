"""``newsweave cluster --db``: group the archive's articles into stories, and brief one story.

Clustering (:func:`run_cluster`)

* Re-clusters the whole archive from scratch on every run (online clustering depends on the
  order of the stream, so adding late articles to an old run's state would not give the same
  stories as one clean pass). The old assignments are replaced in the same transaction as the
  new ones are written: a run that fails or is killed leaves the previous stories intact, and
  running twice gives the same stories.
* Originals (``duplicate_of IS NULL``) are streamed from SQLite in publication order (dated
  articles by date, then undated ones in ingest order) through
  :class:`newsweave.cluster.StoryClusterer`; only the clusterer's live state is in memory.
  Near-duplicate copies are not clustered: one SQL statement gives each its original's story.
* An analysed article contributes its NER mentions as entities (``analyses.data -> mentions``,
  extracted in SQLite); an unanalysed one the clusterer's capitalised-phrase heuristic.

Briefing (:func:`brief_story`): the story's articles (copies included, as ``brief`` would read
them) with their stored analyses; only articles without one are analysed now.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from typing import Callable, Iterator

from ..article import Article
from ..errors import InputError
from .db import _ARTICLE_COLS, connect, refresh_story_rows, row_to_article, transaction
from .progress import Meter

WRITE_BATCH = 1000


@dataclass
class ClusterStats:
    clustered: int = 0  # originals fed to the clusterer
    copies: int = 0  # near-duplicates given their original's story
    stories: int = 0
    with_entities: int = 0  # originals clustered with their analysed NER mentions
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _iter_originals(conn: sqlite3.Connection) -> Iterator[tuple[int, Article, list | None]]:
    """``(db id, Article, mentions or None)`` for every original, in publication order.

    Two queries (dated by ``(published, id)``, which the ``articles_published`` index serves,
    then undated by id) so SQLite never sorts the texts."""
    cols = ", ".join(f"a.{c.strip()}" for c in _ARTICLE_COLS.split(","))
    base = (f"SELECT {cols}, json_extract(n.data, '$.mentions') FROM articles a "
            "LEFT JOIN analyses n ON n.article = a.id WHERE a.duplicate_of IS NULL AND ")
    for where in ("a.published IS NOT NULL ORDER BY a.published, a.id", "a.published IS NULL ORDER BY a.id"):
        for row in conn.execute(base + where):
            ments = json.loads(row[-1]) if row[-1] else None
            yield row[0], row_to_article(row[:-1]), ments


def run_cluster(db: str, *, progress: bool | None = None, use_entities: bool = True,
                **params) -> ClusterStats:
    """Cluster every article of ``db`` into stories (replacing earlier stories); see the module
    docstring. ``params`` go to :class:`~newsweave.cluster.StoryClusterer`."""
    from ..cluster import StoryClusterer

    t0 = time.monotonic()
    stats = ClusterStats()
    reader = connect(db, create=False)
    writer = connect(db, create=False)
    try:
        total = reader.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
        clusterer = StoryClusterer(**params)
        # The writer holds the write lock for the whole run; the reader streams from its own
        # snapshot (WAL), so the old stories stay visible to others until the commit.
        with transaction(writer), Meter("cluster", total, "articles", enabled=progress) as meter:
            writer.execute("DELETE FROM article_story")
            pending: list[tuple[int, int]] = []
            for art_id, art, ments in _iter_originals(reader):
                ents = ments if (use_entities and ments is not None) else None
                if ents is not None:
                    stats.with_entities += 1
                # the row id names the article to the clusterer, so its late moves map straight back
                story = clusterer.add(art_id, art.text, title=art.title or None, published=art.published,
                                      entities=ents)
                pending.append((art_id, story))
                stats.clustered += 1
                if len(pending) >= WRITE_BATCH:
                    writer.executemany("INSERT INTO article_story(article, story) VALUES (?, ?)", pending)
                    pending.clear()
                    meter.update(completed=stats.clustered, count=stats.clustered)
            if pending:
                writer.executemany("INSERT INTO article_story(article, story) VALUES (?, ?)", pending)
            meter.update(completed=stats.clustered, count=stats.clustered)
            # the refinement passes (split, move, merge) may have moved articles after add()
            moves = [(story, art_id) for art_id, story in clusterer.finish().items()]
            for i in range(0, len(moves), WRITE_BATCH):
                writer.executemany("UPDATE article_story SET story=? WHERE article=?", moves[i:i + WRITE_BATCH])
            # copies: their original's story (originals are roots: duplicate_of is never chained)
            cur = writer.execute(
                "INSERT INTO article_story(article, story) SELECT a.id, s.story FROM articles a "
                "JOIN article_story s ON s.article = a.duplicate_of WHERE a.duplicate_of IS NOT NULL")
            stats.copies = cur.rowcount
            stats.stories = refresh_story_rows(writer)
    finally:
        reader.close()
        writer.close()
    stats.seconds = time.monotonic() - t0
    return stats


def brief_story(db: str, story: int, *, max_words: int | None = 200, max_bytes: int | None = None,
                gazetteer=None, nlp=None, warn: Callable[[str], None] | None = None) -> dict:
    """The briefing of one stored story, from the stored per-article analyses (articles not
    analysed yet are analysed here, and not stored: the archive is only read)."""
    from ..analyse import analyse_articles
    from ..merge import merge_story
    from .db import story_articles

    conn = connect(db, create=False)
    try:
        if conn.execute("SELECT 1 FROM stories WHERE id=?", (story,)).fetchone() is None:
            n = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
            hint = "run `newsweave cluster --db ...` first" if n == 0 else "see `newsweave stories --db ...`"
            raise InputError("--story", f"no story {story} in {db} ({hint})")
        arts = story_articles(conn, story)
        analyses: dict[int, dict] = {}
        for i in range(0, len(arts), 500):
            ids = [a_id for a_id, _ in arts[i:i + 500]]
            q = f"SELECT article, data FROM analyses WHERE article IN ({','.join('?' * len(ids))})"
            analyses.update((r[0], json.loads(r[1])) for r in conn.execute(q, ids))
    finally:
        conn.close()
    missing = [a for a_id, a in arts if a_id not in analyses]
    fresh = iter(analyse_articles(missing, nlp=nlp)) if missing else iter(())
    articles, found = [], []
    for a_id, art in arts:
        f = analyses.get(a_id)
        if f is None:
            f = next(fresh)
        if f.get("doc") != art.id:  # a stored analysis always names its article; keep them in step
            f["doc"] = art.id
        articles.append(art)
        found.append(f)
    if warn:
        for f in found:
            for e in f.get("errors", []):
                warn(f"{f['doc']}: {e['component']} failed ({e['error']}); its other parts are kept")
    return merge_story(articles, found, max_words=max_words, max_bytes=max_bytes, gazetteer=gazetteer)
