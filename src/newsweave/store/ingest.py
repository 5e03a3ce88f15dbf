"""``newsweave ingest``: stream articles from files, directories, ``.jsonl.gz`` or stdin into the archive.

* Everything ``brief`` reads (via :mod:`newsweave.read`'s readers and its cleaning), plus
  ``.jsonl.gz``/``.ndjson.gz``, in directories too. Records are read one at a time and written
  in batches, one transaction per batch: memory stays flat however large the corpus.
* Exact duplicates: the key is the sha256 of the cleaned text; a text already in the archive
  is not stored again (so re-ingesting the same files adds nothing).
* Near-duplicates (syndicated copies, updated versions): MinHash over word 3-shingles, LSH
  bands stored in the ``lsh`` table; a candidate sharing a band is confirmed when the
  estimated Jaccard similarity reaches the threshold, and the new article is linked to the
  candidate's original (``duplicate_of``). Works across runs, since the bands are stored.
* Bad input follows ``brief``: a missing path or one unusable named file is an error
  (:class:`InputError`); inside a batch the bad item is skipped with a warning.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from dataclasses import dataclass, field
from typing import Callable, TextIO

import numpy as np

from ..article import Article
from ..errors import InputError
from ..read import ArticleStream, Skip, check_inputs  # the read stage's streaming reader
from ..read.formats import GZ_SUFFIXES  # noqa: F401 - re-exported (older imports)
from .db import connect, get_meta, set_meta, transaction
from .progress import Meter

NUM_PERM = 128
THRESHOLD = 0.7  # estimated Jaccard of word 3-shingles at or above which two texts are near-duplicates
SHINGLE = 3
BATCH = 500

_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------------------- near-duplicates

class NearDuplicates:
    """MinHash signatures and LSH band look-ups kept in the archive (tables ``minhash``, ``lsh``).

    The parameters (permutations, threshold, bands x rows) are fixed when the archive is
    created and stored in ``meta``, so every later ingest hashes the same way.
    """

    def __init__(self, conn: sqlite3.Connection, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch.lsh import _optimal_param

        stored = get_meta(conn, "minhash")
        if stored:
            cfg = json.loads(stored)
        else:
            bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
            cfg = {"num_perm": num_perm, "threshold": threshold, "bands": bands, "rows": rows,
                   "shingle": SHINGLE, "seed": 1, "hash": "crc32"}
            set_meta(conn, "minhash", json.dumps(cfg))
        self.conn = conn
        self.num_perm, self.threshold = cfg["num_perm"], cfg["threshold"]
        self.bands, self.rows, self.shingle, self.seed = cfg["bands"], cfg["rows"], cfg["shingle"], cfg["seed"]
        self._perms = None

    MAX_BUCKET = 16  # candidates read per band: bounds the work when a text has many copies

    def signature(self, text: str) -> np.ndarray:
        """MinHash of the set of word shingles (lower-cased ``\\w+`` words, 3 in a row).

        Shingles are hashed with CRC-32 (one C call each; datasketch mixes the value before the
        permutations) and the permutations are built once: the signature costs well under a
        millisecond for a typical article."""
        from datasketch import MinHash

        if self._perms is None:
            template = MinHash(num_perm=self.num_perm, seed=self.seed)
            self._perms, self._scheme = template.permutations, template.scheme
        words = _WORD.findall(text.lower())
        k = self.shingle if len(words) >= self.shingle else max(len(words), 1)
        hashes = {zlib.crc32(" ".join(words[i:i + k]).encode("utf-8")) for i in range(max(len(words) - k + 1, 1))}
        m = MinHash(num_perm=self.num_perm, hashfunc=int, permutations=self._perms, scheme=self._scheme)
        m.update_batch(hashes)
        return np.asarray(m.hashvalues)

    def band_keys(self, sig: np.ndarray) -> list[int]:
        keys = []
        for b in range(self.bands):
            chunk = sig[b * self.rows:(b + 1) * self.rows].tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True))
        return keys

    def find(self, sig: np.ndarray, keys: list[int]) -> tuple[int, float] | None:
        """The stored article most similar to ``sig`` at or above the threshold: ``(id, similarity)``."""
        cands: set[int] = set()
        for b, key in enumerate(keys):
            cands.update(r[0] for r in self.conn.execute(
                "SELECT article FROM lsh WHERE band=? AND key=? LIMIT ?", (b, key, self.MAX_BUCKET)))
        best = None
        for cand in sorted(cands):
            row = self.conn.execute("SELECT signature FROM minhash WHERE article=?", (cand,)).fetchone()
            if row is None:
                continue
            other = np.frombuffer(row[0], dtype=sig.dtype)
            if other.shape != sig.shape:
                continue
            sim = float(np.mean(other == sig))
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (cand, sim)
        return best

    def add(self, article_id: int, sig: np.ndarray, keys: list[int], original: bool = True) -> None:
        """Store the signature; the bands only for originals (copies are found through their
        original, which keeps buckets small when a story is syndicated thousands of times)."""
        self.conn.execute("INSERT OR REPLACE INTO minhash(article, signature) VALUES (?, ?)", (article_id, sig.tobytes()))
        if not original:
            return
        self.conn.executemany("INSERT OR IGNORE INTO lsh(band, key, article) VALUES (?, ?, ?)",
                              [(b, k, article_id) for b, k in enumerate(keys)])


# ---------------------------------------------------------------------------- ingest

@dataclass
class IngestStats:
    read: int = 0  # usable articles read
    added: int = 0  # new rows
    near_duplicates: int = 0  # new rows linked to an original
    already_stored: int = 0  # same cleaned text already in the archive (or earlier in this run)
    skipped: int = 0
    skipped_items: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "skipped_items"}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _unique_doc(conn: sqlite3.Connection, wanted: str) -> str:
    if conn.execute("SELECT 1 FROM articles WHERE doc=?", (wanted,)).fetchone() is None:
        return wanted
    k = 2
    while conn.execute("SELECT 1 FROM articles WHERE doc=?", (f"{wanted}-{k}",)).fetchone() is not None:
        k += 1
    return f"{wanted}-{k}"


def _store_batch(conn: sqlite3.Connection, nd: NearDuplicates, batch: list[Article], stats: IngestStats) -> None:
    prepared = []
    for art in batch:
        h = content_hash(art.text)
        prepared.append((art, h))
    with transaction(conn):
        for art, h in prepared:
            if conn.execute("SELECT 1 FROM articles WHERE hash=?", (h,)).fetchone():
                stats.already_stored += 1
                continue
            sig = nd.signature(art.text)
            keys = nd.band_keys(sig)
            match = nd.find(sig, keys)
            original, sim = None, None
            if match:
                original, sim = match
                root = conn.execute("SELECT duplicate_of FROM articles WHERE id=?", (original,)).fetchone()
                if root and root[0] is not None:
                    original = root[0]
            cur = conn.execute(
                "INSERT INTO articles(hash, doc, title, source, url, published, text, dropped, input, "
                "duplicate_of, similarity) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (h, _unique_doc(conn, art.id), art.title or "", art.source or "", art.url, art.published, art.text,
                 json.dumps(art.dropped, ensure_ascii=False), art.input or "", original, sim))
            nd.add(cur.lastrowid, sig, keys, original=original is None)
            stats.added += 1
            if original is not None:
                stats.near_duplicates += 1


def ingest(inputs: list[str] | str, db: str, *, stdin: TextIO | None = None,
           warn: Callable[[str], None] | None = None, batch: int = BATCH,
           progress: bool | None = None) -> IngestStats:
    """Ingest ``inputs`` into the archive ``db`` (created when missing); returns the counts.

    ``progress``: ``None`` shows the bar when stderr is a terminal and the run is long.
    """
    warn = warn or (lambda msg: None)
    inputs, single = check_inputs(inputs)

    conn = connect(db)
    stats = IngestStats()
    try:
        with transaction(conn):
            nd = NearDuplicates(conn)
        source = ArticleStream(inputs, stdin, warn)
        pending: list[Article] = []
        with Meter("ingest", source.total, "articles", enabled=progress) as meter:
            for item in source:
                if isinstance(item, Skip):
                    if single and item.whole_file:
                        raise InputError(item.file, item.reason)
                    stats.skipped += 1
                    if len(stats.skipped_items) < 100:  # the first few, for the summary; warnings name them all
                        stats.skipped_items.append({"input": item.input, "reason": item.reason})
                    warn(item.warning)
                    continue
                stats.read += 1
                pending.append(item)
                if len(pending) >= batch:
                    _store_batch(conn, nd, pending, stats)
                    pending.clear()
                meter.update(completed=source.done, count=stats.read)
            if pending:
                _store_batch(conn, nd, pending, stats)
            meter.update(completed=source.done, count=stats.read)
        if stats.read == 0 and stats.skipped:
            first = stats.skipped_items[0]
            more = f" (and {stats.skipped - 1} more skipped)" if stats.skipped > 1 else ""
            raise InputError(first["input"], f"no readable articles: {first['reason']}{more}")
    finally:
        conn.close()
    return stats
