"""The archive database: one SQLite file in WAL mode.

Tables (``SCHEMA_VERSION`` 1):

* ``articles`` -- one row per distinct cleaned text. ``id`` is the integer key everything else
  points at (and the FTS rowid); ``hash`` is the sha256 of the cleaned text (UNIQUE: re-ingesting
  adds nothing); ``doc`` is the article id from the input, made unique inside the archive
  (``x``, ``x-2``, ...); ``duplicate_of`` links a near-duplicate (syndicated copy, updated
  version) to its original, with the estimated Jaccard similarity in ``similarity``.
* ``minhash`` -- the MinHash signature of each article (a blob of uint64), and ``lsh`` -- its
  band hashes ``(band, key) -> article``: later ingests find near-duplicates of earlier ones by
  indexed look-ups, without rebuilding anything in memory.
* ``articles_fts`` -- FTS5 over title and text (external content, kept in step by triggers).
* ``analyses`` -- the per-article analysis (``newsweave.analyse.analyse_article``) as JSON;
  ``article`` is the primary key and rows are written with INSERT OR IGNORE, so no article is
  ever stored twice.
* ``stories`` / ``article_story`` -- written by clustering (:func:`newsweave.store.stories.run_cluster`, or :func:`set_stories` for single assignments); both recompute rows with :func:`refresh_story_rows`.
* ``meta`` -- key/value settings (schema version, MinHash parameters).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from ..article import Article
from ..errors import InputError

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT,
    published TEXT,
    text TEXT NOT NULL,
    dropped TEXT NOT NULL DEFAULT '[]',
    input TEXT NOT NULL DEFAULT '',
    duplicate_of INTEGER REFERENCES articles(id),
    similarity REAL,
    ingested TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published, id);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE IF NOT EXISTS minhash (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, key, article)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TABLE IF NOT EXISTS analyses (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    data TEXT NOT NULL,
    generator TEXT NOT NULL,
    analysed TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    start TEXT,
    end TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS article_story (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    story INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS article_story_story ON article_story(story, article);
"""

_ARTICLE_COLS = "id, doc, text, source, title, url, published, dropped, input"


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and, with ``create``, initialise) the archive at ``path``.

    WAL mode, ``synchronous=NORMAL`` (a crash loses at most the last transactions, never the
    file), a busy timeout so a reader and the writer can overlap. Autocommit mode: callers
    group writes with :func:`transaction`. Raises :class:`InputError` for a missing archive
    (``create=False``) or a file that is not one.
    """
    path = str(path)
    if not create and path != ":memory:" and not Path(path).exists():
        raise InputError(path, "no such archive (create it with `newsweave ingest ... --db FILE`)")
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        if create:
            conn.executescript(_SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif conn.execute("SELECT 1 FROM sqlite_master WHERE name='articles'").fetchone() is None:
            raise InputError(path, "not a newsweave archive (no articles table)")
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"not a usable SQLite archive ({exc})") from None
    return conn


class transaction:
    """``with transaction(conn): ...`` -- BEGIN IMMEDIATE ... COMMIT, ROLLBACK on error."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, str(value)))


# ---------------------------------------------------------------------------- articles

def row_to_article(row) -> Article:
    """``(id, doc, text, source, title, url, published, dropped, input)`` -> Article (``id`` = doc)."""
    _, doc, text, source, title, url, published, dropped, inp = row
    return Article(id=doc, text=text, source=source, title=title, url=url, published=published,
                   dropped=json.loads(dropped or "[]"), input=inp)


def iter_articles(conn: sqlite3.Connection, *, order: str = "published",
                  include_duplicates: bool = True) -> Iterator[tuple[int, Article]]:
    """``(db id, Article)`` for every stored article, streaming.

    ``order="published"``: publication order (undated articles last, ties by ingest order) --
    what online clustering wants; ``order="id"``: ingest order.
    """
    by = "published IS NULL, published, id" if order == "published" else "id"
    where = "" if include_duplicates else "WHERE duplicate_of IS NULL"
    cur = conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles {where} ORDER BY {by}")
    for row in cur:
        yield row[0], row_to_article(row)


def get_article(conn: sqlite3.Connection, key: int | str) -> tuple[int, Article] | None:
    """One article by db id (int) or by its doc id (str)."""
    col = "id" if isinstance(key, int) else "doc"
    row = conn.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE {col}=?", (key,)).fetchone()
    return (row[0], row_to_article(row)) if row else None


def get_analysis(conn: sqlite3.Connection, article_id: int) -> dict | None:
    row = conn.execute("SELECT data FROM analyses WHERE article=?", (article_id,)).fetchone()
    return json.loads(row[0]) if row else None


def iter_analysed(conn: sqlite3.Connection, *, order: str = "published") -> Iterator[tuple[int, Article, dict]]:
    """``(db id, Article, analysis)`` for every analysed article, streaming, in publication order."""
    by = "a.published IS NULL, a.published, a.id" if order == "published" else "a.id"
    cols = ", ".join(f"a.{c.strip()}" for c in _ARTICLE_COLS.split(","))
    cur = conn.execute(f"SELECT {cols}, n.data FROM articles a JOIN analyses n ON n.article = a.id ORDER BY {by}")
    for row in cur:
        yield row[0], row_to_article(row[:-1]), json.loads(row[-1])


def counts(conn: sqlite3.Connection) -> dict:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "near_duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        "analysed": one("SELECT count(*) FROM analyses"),
        "stories": one("SELECT count(*) FROM stories"),
    }


# ---------------------------------------------------------------------------- stories

def set_stories(conn: sqlite3.Connection, assignments: Mapping | Iterable[tuple],
                titles: Mapping | None = None) -> int:
    """Store story assignments (the clustering hook).

    ``assignments``: a mapping or pairs ``article -> story``; ``article`` is the db id (int)
    or the doc id (str); ``story`` an int. The given articles are (re)assigned; every story
    they touch gets its row in ``stories`` recomputed: title (``titles[story]`` when given,
    else the title of its earliest article), first and last publication date, number of
    articles and of distinct sources. Stories left without articles are removed.
    One transaction. Returns the number of assignments written.
    """
    pairs = list(assignments.items() if isinstance(assignments, Mapping) else assignments)
    titles = titles or {}
    n = 0
    with transaction(conn):
        touched: set[int] = set()
        for art, story in pairs:
            if isinstance(art, str):
                row = conn.execute("SELECT id FROM articles WHERE doc=?", (art,)).fetchone()
                if row is None:
                    raise KeyError(f"no article {art!r} in the archive")
                art = row[0]
            old = conn.execute("SELECT story FROM article_story WHERE article=?", (art,)).fetchone()
            if old:
                touched.add(old[0])
            conn.execute("INSERT OR REPLACE INTO article_story(article, story) VALUES (?, ?)", (int(art), int(story)))
            touched.add(int(story))
            n += 1
        refresh_story_rows(conn, touched)
        for story, title in titles.items():
            if story in touched and title:
                conn.execute("UPDATE stories SET title=? WHERE id=?", (title, story))
    return n


def refresh_story_rows(conn: sqlite3.Connection, stories: Iterable[int] | None = None) -> int:
    """Recompute rows of the ``stories`` table from ``article_story`` (title: the earliest
    article's non-empty title; first and last dates; numbers of articles and of distinct sources),
    for ``stories`` or, when None, all of them; a story left without articles loses its row.
    Set-based SQL. Returns the number of stories in the table."""
    ids = None if stories is None else sorted({int(x) for x in stories})
    chunks = [None] if ids is None else [ids[i:i + 500] for i in range(0, len(ids), 500)]
    for chunk in chunks:
        where, args = ("", ()) if chunk is None else (f"IN ({','.join('?' * len(chunk))})", tuple(chunk))
        conn.execute(f"DELETE FROM stories {'WHERE id ' + where if where else ''}", args)
        conn.execute(f"""
            INSERT INTO stories(id, title, start, end, articles, sources)
            SELECT s.story, '', min(a.published), max(a.published), count(*),
                   count(DISTINCT NULLIF(a.source, ''))
            FROM article_story s JOIN articles a ON a.id = s.article
            {'WHERE s.story ' + where if where else ''} GROUP BY s.story""", args)
        conn.execute(f"""
            UPDATE stories SET title = coalesce((
                SELECT a.title FROM article_story s JOIN articles a ON a.id = s.article
                WHERE s.story = stories.id AND a.title != ''
                ORDER BY a.published IS NULL, a.published, a.id LIMIT 1), '')
            {'WHERE id ' + where if where else ''}""", args)
    return conn.execute("SELECT count(*) FROM stories").fetchone()[0]


def clear_stories(conn: sqlite3.Connection) -> None:
    """Forget every story assignment (before re-clustering from scratch)."""
    with transaction(conn):
        conn.execute("DELETE FROM article_story")
        conn.execute("DELETE FROM stories")


def list_stories(conn: sqlite3.Connection) -> list[dict]:
    """Every story: ``{id, title, start, end, articles, sources}``, the largest first."""
    cur = conn.execute("SELECT id, title, start, end, articles, sources FROM stories "
                       "ORDER BY articles DESC, start, id")
    return [dict(zip(("id", "title", "start", "end", "articles", "sources"), r)) for r in cur]


def story_articles(conn: sqlite3.Connection, story: int) -> list[tuple[int, Article]]:
    """The articles of one story in publication order."""
    cols = ", ".join(f"a.{c.strip()}" for c in _ARTICLE_COLS.split(","))
    rows = conn.execute(f"SELECT {cols} FROM article_story s JOIN articles a ON a.id = s.article "
                        "WHERE s.story=? ORDER BY a.published IS NULL, a.published, a.id", (story,)).fetchall()
    return [(r[0], row_to_article(r)) for r in rows]


# ---------------------------------------------------------------------------- search

def fts_query(text: str) -> str:
    """A user's words -> a safe FTS5 query: each word quoted, all required. Text already
    written in FTS5 syntax (quotes, AND/OR/NOT/NEAR, ``*``, ``:``) is passed through."""
    if any(c in text for c in '"*:()') or any(w in ("AND", "OR", "NOT") or w.startswith("NEAR")
                                                for w in text.split()):
        return text
    import re

    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words)


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict]:
    """Full-text search, best match first: ``{id, doc, title, source, published, snippet}``.
    The snippet marks matches with ``[`` ``]``. Raises :class:`InputError` for a bad query."""
    q = fts_query(query)
    if not q.strip():
        raise InputError("query", "nothing to search for")
    try:
        rows = conn.execute(
            "SELECT a.id, a.doc, a.title, a.source, a.published, "
            "snippet(articles_fts, 1, '[', ']', '...', 16) "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 2.0, 1.0) LIMIT ?", (q, limit)).fetchall()
    except sqlite3.OperationalError as exc:
        raise InputError("query", f"not a valid search ({exc})") from None
    keys = ("id", "doc", "title", "source", "published", "snippet")
    return [dict(zip(keys, r)) for r in rows]
