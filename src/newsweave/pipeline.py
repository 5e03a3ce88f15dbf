"""read -> analyse each article -> merge the story: the whole path, as one function."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, TextIO

from .analyse import analyse_articles
from .errors import InputError
from .merge import merge_story
from .read import read_inputs

SAMPLE_DIR = Path(__file__).parent / "sample"


def brief(inputs: list[str], *, stdin: TextIO | None = None, max_words: int | None = 200,
          max_bytes: int | None = None, gazetteer: str | Path | None = None, nlp=None,
          warn: Callable[[str], None] | None = None) -> dict:
    """Read ``inputs`` (files, directories, ``-``), analyse every article, merge one briefing."""
    result = read_inputs(list(inputs), stdin=stdin)
    for w in result.warnings:
        if warn:
            warn(w)
    gaz = load_gazetteer(gazetteer)
    analyses = list(analyse_articles(result.articles, nlp=nlp))
    if warn:
        for a in analyses:
            for e in a.get("errors", []):
                warn(f"{a['doc']}: {e['component']} failed ({e['error']}); its other parts are kept")
    return merge_story(result.articles, analyses, skipped=result.skipped, duplicates=result.duplicates,
                       max_words=max_words, max_bytes=max_bytes, gazetteer=gaz)


def load_gazetteer(gazetteer: str | Path | None):
    """``--gazetteer FILE`` -> the extra places tried before the built-in gazetteer (None: default)."""
    if not gazetteer:
        return None
    from .merge.places import Gazetteer, combine

    path = Path(gazetteer)
    if not path.is_file():
        raise InputError(str(path), "no such gazetteer file")
    try:
        return combine(Gazetteer.from_tsv(path), Gazetteer.default())
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"unreadable gazetteer ({exc})") from None


def brief_stored(db: str, story: int, *, max_words: int | None = 200, max_bytes: int | None = None,
                 gazetteer: str | Path | None = None, nlp=None,
                 warn: Callable[[str], None] | None = None) -> dict:
    """The briefing of story ``story`` of the archive ``db``, from its stored analyses
    (see :func:`newsweave.store.stories.brief_story`)."""
    from .store.stories import brief_story

    return brief_story(db, story, max_words=max_words, max_bytes=max_bytes,
                       gazetteer=load_gazetteer(gazetteer), nlp=nlp, warn=warn)


def sample_inputs() -> tuple[list[str], Path]:
    """The bundled sample story: (article paths, its gazetteer of fictional places)."""
    return [str(SAMPLE_DIR / "articles")], SAMPLE_DIR / "places.tsv"
