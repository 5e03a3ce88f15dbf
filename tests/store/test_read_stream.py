"""The read stage's public streaming reader (what ``ingest`` uses): no de-duplication, gzipped
JSONL, byte progress, and the same cleaned articles as ``read_inputs``."""

import gzip
import json

import pytest

from newsweave.article import Article
from newsweave.errors import InputError
from newsweave.pipeline import SAMPLE_DIR
from newsweave.read import ArticleStream, Skip, iter_articles, read_inputs


def test_same_articles_as_read_inputs_on_the_sample():
    streamed = [a for a in iter_articles([str(SAMPLE_DIR / "articles")]) if isinstance(a, Article)]
    read = read_inputs([str(SAMPLE_DIR / "articles")]).articles
    assert [(a.id, a.text, a.title, a.published, a.source) for a in streamed] == \
        [(a.id, a.text, a.title, a.published, a.source) for a in read]


def test_no_dedup_gz_in_directories_skips_and_progress(tmp_path, texts):
    d = tmp_path / "feed"
    d.mkdir()
    row = {"id": "a", "title": "T", "published": "2026-01-02", "text": texts(1)}
    with gzip.open(d / "day1.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")
        f.write(json.dumps(row) + "\n")  # an exact duplicate: streamed too (the archive dedups)
        f.write("{broken\n")
        f.write(json.dumps({"id": "b", "published": "someday", "text": texts(2)}) + "\n")
    (d / "notes.bin").write_bytes(b"x")
    warnings = []
    stream = ArticleStream([str(d)], warn=warnings.append)
    items = list(stream)
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in arts] == ["a", "a", "b"]  # ids are not renamed either
    assert arts[0].text == arts[1].text and arts[0].published == "2026-01-02" and arts[2].published is None
    assert [i.input for i in items if isinstance(i, Skip)] == [f"{d / 'day1.jsonl.gz'}:3"]
    assert any("notes.bin" in w for w in warnings) and any("someday" in w for w in warnings)
    assert stream.done == stream.total == (d / "day1.jsonl.gz").stat().st_size


def test_bad_gzip_is_a_whole_file_skip_and_missing_paths_raise(tmp_path):
    bad = tmp_path / "x.jsonl.gz"
    bad.write_bytes(b"not gzip at all")
    (item,) = list(iter_articles([str(bad)]))
    assert isinstance(item, Skip) and item.whole_file and "gzip" in item.reason
    with pytest.raises(InputError, match="no such file"):
        iter_articles([str(tmp_path / "missing.jsonl")])
