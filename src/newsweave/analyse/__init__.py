"""Analyse one article: a pure function from an :class:`Article` to a plain, JSON-serializable dict.

This is the seam the whole design turns on. ``analyse_article`` reads nothing but its argument
and the (read-only) spaCy model, and returns plain data, so it can run in another process or on
a Dask worker and its result can be stored and merged later (see :mod:`newsweave.merge`).

Each component is a small function ``extract(doc, article, found) -> list[dict]`` with one job;
``found`` holds what earlier components produced. All offsets are character offsets into
``article.text``.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from ..article import Article

Component = Callable[[object, Article, dict], list]

# name -> component, in the order they run. Later components may read earlier results.
COMPONENTS: dict[str, Component] = {}


def component(name: str):
    """Register an analysis component under ``name`` (the key of its output)."""

    def deco(fn: Component) -> Component:
        COMPONENTS[name] = fn
        return fn

    return deco


# The built-in components, in the order they run; components registered by others run after.
BUILTIN = ("mentions", "timexes", "quotes", "stances", "claims", "figures", "events", "controls")


def pipeline() -> list[tuple[str, Component]]:
    """The components in run order (importing the built-in ones registers them)."""
    from . import claims, controls, events, figures, mentions, quotes, stances, timex  # noqa: F401

    rest = [n for n in COMPONENTS if n not in BUILTIN]
    return [(n, COMPONENTS[n]) for n in (*BUILTIN, *rest)]


def analyse_doc(doc, article: Article) -> dict:
    """Run every component over an already parsed spaCy ``doc`` of ``article.text``."""
    found: dict = {
        "doc": article.id,
        "sentences": [[s.start_char, s.end_char] for s in doc.sents],
    }
    for name, fn in pipeline():
        try:
            found[name] = fn(doc, article, found)
        except Exception as exc:  # one component's bug must not lose the article or the batch
            found[name] = []
            found.setdefault("errors", []).append(
                {"component": name, "error": f"{type(exc).__name__}: {exc}"})
    return found


def analyse_article(article: Article, nlp=None) -> dict:
    """Analyse one article. Pure: same article in, same plain dict out."""
    from .. import nlp as nlp_mod

    nlp = nlp or nlp_mod.load()
    return analyse_doc(nlp(article.text), article)


def analyse_articles(articles: Iterable[Article], nlp=None, batch_size: int = 32) -> Iterator[dict]:
    """Analyse many articles, parsing them in batches with ``nlp.pipe`` (same results as one by one)."""
    from .. import nlp as nlp_mod

    nlp = nlp or nlp_mod.load()
    articles = list(articles)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    for article, doc in zip(articles, docs):
        yield analyse_doc(doc, article)
