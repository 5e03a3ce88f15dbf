"""``newsweave cluster --db`` and ``brief --db --story``: streaming order, copies, entities,
idempotent re-runs, failed runs leave the old stories, stored analyses are reused."""

import json

import pytest
from click.testing import CliRunner

import newsweave.cluster as cluster_mod
from newsweave.errors import InputError
from newsweave.store import db as store
from newsweave.store.ingest import ingest
from newsweave.store.stories import brief_story, run_cluster


def _corpus(tmp_path, texts, jsonl):
    base = texts(1, 12)
    jsonl(tmp_path / "a.jsonl", [
        {"id": "late", "title": "Late", "source": "Wire", "published": "2026-01-05", "text": texts(2, 10)},
        {"id": "undated-1", "title": "U1", "source": "Wire", "text": texts(3, 10)},
        {"id": "orig", "title": "Original", "source": "Wire", "published": "2026-01-02", "text": base},
        {"id": "early", "title": "", "source": "Paper", "published": "2026-01-01", "text": texts(4, 10)},
    ])
    ingest([str(tmp_path / "a.jsonl")], str(tmp_path / "news.db"))
    # a syndicated copy, dated before its original: it must still get the original's story
    jsonl(tmp_path / "b.jsonl", [
        {"id": "copy", "title": "Copy", "source": "Paper", "published": "2026-01-01",
         "text": base + " Reporting by Jane Doe."},
        {"id": "undated-2", "title": "U2", "source": "Blog", "text": texts(5, 10)},
    ])
    ingest([str(tmp_path / "b.jsonl")], str(tmp_path / "news.db"))
    return str(tmp_path / "news.db")


class Recorder(cluster_mod.StoryClusterer):
    """The real clusterer, recording what it is fed."""
    calls = []

    def add(self, article_id, text, title=None, published=None, entities=None):
        Recorder.calls.append((article_id, published, None if entities is None else list(entities)))
        return super().add(article_id, text, title=title, published=published, entities=entities)


@pytest.fixture()
def recorder(monkeypatch):
    Recorder.calls = []
    monkeypatch.setattr(cluster_mod, "StoryClusterer", Recorder)
    return Recorder


def _doc_of(db, row_id):
    conn = store.connect(db, create=False)
    try:
        return conn.execute("SELECT doc FROM articles WHERE id=?", (row_id,)).fetchone()[0]
    finally:
        conn.close()


def _assignments(db):
    conn = store.connect(db, create=False)
    try:
        return dict(conn.execute("SELECT a.doc, s.story FROM article_story s JOIN articles a ON a.id = s.article"))
    finally:
        conn.close()


def test_publication_order_copies_and_story_rows(tmp_path, texts, jsonl, recorder):
    db = _corpus(tmp_path, texts, jsonl)
    stats = run_cluster(db)
    # originals only, dated by date then undated in ingest order; the copy is never fed
    # (the clusterer is given the row ids, so the refinement's late moves map straight back)
    assert [_doc_of(db, c[0]) for c in recorder.calls] == ["early", "orig", "late", "undated-1", "undated-2"]
    assert (stats.clustered, stats.copies) == (5, 1)
    got = _assignments(db)
    assert set(got) == {"late", "undated-1", "orig", "early", "copy", "undated-2"}
    assert got["copy"] == got["orig"]
    conn = store.connect(db, create=False)
    rows = store.list_stories(conn)
    assert sum(r["articles"] for r in rows) == 6 and len(rows) == stats.stories
    for r in rows:
        members = [a for _, a in store.story_articles(conn, r["id"])]
        dates = [a.published for a in members if a.published]
        assert r["articles"] == len(members)
        assert (r["start"], r["end"]) == ((min(dates), max(dates)) if dates else (None, None))
        assert r["sources"] == len({a.source for a in members if a.source})
        assert r["title"] == next((a.title for a in members if a.title), "")
    conn.close()


def test_analysed_mentions_are_the_entities(tmp_path, texts, jsonl, recorder):
    db = _corpus(tmp_path, texts, jsonl)
    conn = store.connect(db, create=False)
    (orig_id,) = conn.execute("SELECT id FROM articles WHERE doc='orig'").fetchone()
    mentions = [{"text": "Kestrel Bank", "label": "ORG", "start": 0, "end": 12}]
    conn.execute("INSERT INTO analyses(article, data, generator) VALUES (?, ?, 'test')",
                 (orig_id, json.dumps({"doc": "orig", "mentions": mentions})))
    conn.close()
    stats = run_cluster(db)
    calls = {_doc_of(db, c[0]): c[2] for c in recorder.calls}
    assert calls["orig"] == mentions and calls["late"] is None
    assert stats.with_entities == 1


def test_rerun_is_idempotent_and_takes_in_new_articles(tmp_path, texts, jsonl):
    db = _corpus(tmp_path, texts, jsonl)
    run_cluster(db)
    first = _assignments(db)
    conn = store.connect(db, create=False)
    rows1 = store.list_stories(conn)
    conn.close()
    run_cluster(db)
    assert _assignments(db) == first
    conn = store.connect(db, create=False)
    assert store.list_stories(conn) == rows1
    conn.close()
    jsonl(tmp_path / "c.jsonl", [{"id": "new", "source": "Wire", "published": "2026-01-03", "text": texts(9, 10)}])
    ingest([str(tmp_path / "c.jsonl")], db)
    run_cluster(db)
    assert set(_assignments(db)) == set(first) | {"new"}


def test_a_failed_run_keeps_the_previous_stories(tmp_path, texts, jsonl, monkeypatch):
    db = _corpus(tmp_path, texts, jsonl)
    run_cluster(db)
    before = _assignments(db)

    class Broken(cluster_mod.StoryClusterer):
        def add(self, *a, **k):
            if self.n_docs >= 2:
                raise RuntimeError("boom")
            return super().add(*a, **k)

    monkeypatch.setattr(cluster_mod, "StoryClusterer", Broken)
    with pytest.raises(RuntimeError):
        run_cluster(db)
    assert _assignments(db) == before
    conn = store.connect(db, create=False)
    assert store.counts(conn)["stories"] == len(set(before.values()))
    conn.close()


def test_brief_story_reuses_stored_analyses(tmp_path, texts, jsonl, nlp, monkeypatch):
    import newsweave.analyse as analyse_mod
    from newsweave.schema import check_offsets, validate
    from newsweave.store.analyse import run_analyse

    db = _corpus(tmp_path, texts, jsonl)
    run_analyse(db)
    run_cluster(db, threshold=0.0, short_threshold=0.0)  # everything into as few stories as it takes
    story = _assignments(db)["orig"]

    def no_parse(*a, **k):
        raise AssertionError("an analysed article was parsed again")

    monkeypatch.setattr(analyse_mod, "analyse_articles", no_parse)
    b = brief_story(db, story, nlp=nlp)
    validate(b)
    assert check_offsets(b) == []
    docs = {d["id"] for d in b["documents"]}
    assert {"orig", "copy"} <= docs


def test_brief_story_analyses_what_is_missing_and_rejects_unknown_ids(tmp_path, texts, jsonl, nlp):
    from newsweave.schema import check_offsets, validate

    db = _corpus(tmp_path, texts, jsonl)
    with pytest.raises(InputError, match="run `newsweave cluster"):
        brief_story(db, 1, nlp=nlp)
    run_cluster(db)
    story = _assignments(db)["late"]
    b = brief_story(db, story, nlp=nlp)  # nothing analysed yet: analysed on the fly
    validate(b)
    assert check_offsets(b) == []
    with pytest.raises(InputError, match="no story 999"):
        brief_story(db, 999, nlp=nlp)
    conn = store.connect(db, create=False)
    assert store.counts(conn)["analysed"] == 0  # briefing only reads the archive
    conn.close()


def test_cluster_command_with_db(tmp_path, texts, jsonl):
    from newsweave.commands_cluster import cluster

    db = _corpus(tmp_path, texts, jsonl)
    res = CliRunner().invoke(cluster, ["--db", db])
    assert res.exit_code == 0, res.output
    assert "clustered 5 articles" in res.output and "1 near-duplicates" in res.output
    res = CliRunner().invoke(cluster, ["--db", db, str(tmp_path / "a.jsonl")])
    assert res.exit_code != 0 and isinstance(res.exception, InputError)


def test_cluster_db_stores_the_refined_stories_not_the_online_ids(tmp_path, texts, jsonl, monkeypatch):
    """Articles the end-of-stream refinement moves after add() are stored in their final story."""
    class Moving(cluster_mod.StoryClusterer):
        def finish(self):
            out = super().finish()
            out[self.first] = 999          # as if the split pass gave the first article its own story
            return out

        def add(self, article_id, *a, **k):
            self.__dict__.setdefault("first", article_id)
            return super().add(article_id, *a, **k)

    monkeypatch.setattr(cluster_mod, "StoryClusterer", Moving)
    db = _corpus(tmp_path, texts, jsonl)
    run_cluster(db)
    got = _assignments(db)
    assert got["early"] == 999 and got["copy"] == got["orig"]
    assert 999 in {r["id"] for r in store.list_stories(store.connect(db, create=False))}
